import type { UnseenDocument } from "../unseen/types";

/** Tuning set v19: corporate documents (subscriptions, share sales, joint ventures, minutes, asset sales, shareholders' agreements, variations, consents). */
export const CORPORATE_V19: UnseenDocument[] = [
  {
    id: "v19-corporate-jersey-investment-subscription",
    format: "pdf",
    pageFooters: true,
    source: `# INVESTMENT AGREEMENT
THIS AGREEMENT is dated 14 April 2026
BETWEEN:
(1) TIDEWATER MARINE HOLDINGS LIMITED, a company incorporated in Jersey with registered number 128844 whose registered office is at 22 Grenville Street, St Helier, Jersey JE4 8PX (the "Company");
(2) ANCHORSTONE VENTURES LIMITED, a company incorporated in Jersey with registered number 140217 whose registered office is at 3 Mulcaster Street, St Helier, Jersey JE2 3NJ (the "Investor"); and
(3) MARC ANTOINE LE BRETON of La Maison du Coin, Rue de la Pointe, St Brelade, Jersey JE3 8HF (the "Founder").
BACKGROUND
(A) The Company has an issued share capital of 1,000,000 ordinary shares of £0.01 each, all of which are held by the Founder.
(B) The Investor has agreed to subscribe for new A ordinary shares in the Company, and the Founder has agreed to give the warranties and undertakings in this agreement, on the terms set out below.
# 1. Interpretation
"Completion" means completion of the subscription in accordance with clause 3, which shall take place on the date of this agreement.
"Subscription Shares" means 250,000 new A ordinary shares of £0.01 each in the capital of the Company.
"Subscription Price" means £2,500,000, being £10.00 for each Subscription Share.
# 2. Subscription
2.1 The Investor shall subscribe for, and the Company shall allot and issue to the Investor credited as fully paid, the Subscription Shares for the Subscription Price. No existing share in the Company is sold or transferred under this agreement.
2.2 The Founder irrevocably waives all rights of pre-emption he may have in respect of the allotment of the Subscription Shares.
2.3 The Investor may direct that the Subscription Shares be registered in the name of Anchorstone Nominees Limited, which is not a party to this agreement and shall have no rights under it.
# 3. Completion
3.1 At Completion the Company shall enter the Investor (or its nominee) in the register of members and issue a share certificate, and the Investor shall pay the Subscription Price to the Company's account within two (2) Business Days after receiving the certificate.
# 4. Warranties
4.1 The Company and the Founder jointly and severally warrant to the Investor that each Warranty in Schedule 2 is true and accurate at the date of this agreement.
4.2 No claim may be brought under the Warranties unless written notice of it is given within eighteen (18) months after Completion (or, for the Tax Warranties, within six (6) years after Completion).
# 5. Lock-in and Restrictive Covenants
5.1 The Founder shall not transfer or otherwise dispose of any interest in any share in the Company for a period of three (3) years from Completion.
5.2 The Founder shall not, during the period he is a director of the Company and for twenty-four (24) months after he ceases to be one, be engaged in any business in the Channel Islands that competes with the Company's yacht management business.
# 6. Governing Law and Jurisdiction
6.1 This agreement and any dispute or claim arising out of or in connection with it are governed by the laws of the Island of Jersey, and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
===
This agreement has been entered into on the date stated at the beginning of it.
Signed by FIONA CARTERET, director, for and on behalf of TIDEWATER MARINE HOLDINGS LIMITED
Signed by GRAHAM PIPON, director, for and on behalf of ANCHORSTONE VENTURES LIMITED
Signed by MARC ANTOINE LE BRETON in the presence of: Witness: Helen Vibert, Advocate, 7 Bond Street, St Helier`,
    truth: {
      title: "Investment Agreement",
      documentType: "Share subscription agreement",
      parties: ["Tidewater Marine Holdings Limited", "Anchorstone Ventures Limited", "Marc Antoine Le Breton"],
      governingLaw: "Jersey",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v19-corporate-scottish-minute-share-sale",
    format: "pdf",
    source: `# MINUTE OF AGREEMENT
among
ALASTAIR JOHN MACLEOD, residing at 4 Culduthel Road, Inverness IV2 4AG ("Mr Macleod");
CATRIONA ANNE MACLEOD, residing at 4 Culduthel Road, Inverness IV2 4AG ("Mrs Macleod") (Mr Macleod and Mrs Macleod being together the "Sellers"); and
STRATHMORE PRECISION GROUP LIMITED, incorporated under the Companies Acts (Registered Number SC612309) and having its registered office at 9 Atholl Crescent, Edinburgh EH3 8HA (the "Purchaser")
concerning the sale and purchase of the entire issued share capital of LOCHSIDE ENGINEERING LIMITED (Registered Number SC201477) (the "Company")
WHEREAS the Sellers are the registered holders and beneficial owners of the whole 10,000 ordinary shares of £1 each in the capital of the Company (the "Sale Shares") and have agreed to sell the Sale Shares to the Purchaser on the terms of this Minute of Agreement;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
# 1. Sale and Purchase
1.1 The Sellers shall sell and the Purchaser shall purchase the Sale Shares with full title guarantee and free from all Encumbrances, with effect from Completion.
1.2 The price for the Sale Shares is £4,200,000, of which £3,700,000 is payable at Completion and £500,000 (the "Retention") shall be held in an escrow account by Caledonian Law LLP, as escrow agent, for eighteen months after Completion.
# 2. Completion
2.1 Completion shall take place at the offices of Caledonian Law LLP, 21 Union Street, Inverness immediately following the execution of this Minute of Agreement by all the parties.
2.2 At Completion the Sellers shall deliver duly executed stock transfer forms in favour of the Purchaser together with the resignations of Mr Macleod and Mrs Macleod as directors of the Company.
# 3. Warranties
3.1 The Sellers jointly and severally warrant to the Purchaser in the terms of the Schedule. No claim shall be made unless notified to the Sellers within two years after Completion (or within seven years after Completion in the case of a claim under the tax warranties).
# 4. Restrictive Covenants
4.1 Each of the Sellers undertakes to the Purchaser that he or she shall not, for a period of thirty-six months after Completion, be engaged or interested in any business within Scotland which competes with the business of the Company.
# 5. Consultancy
5.1 At Completion the Purchaser shall procure that the Company enters into a consultancy agreement with Mr Macleod for a fixed period of six months at a fee of £6,000 per month.
# 6. Law and Jurisdiction
6.1 This Minute of Agreement shall be governed by and construed in accordance with the law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the two preceding pages together with the Schedule annexed are executed as follows:
===
SUBSCRIBED by the said ALASTAIR JOHN MACLEOD at Inverness on the second day of June Two thousand and twenty-six before this witness: Morag Fraser, Trainee Solicitor, 21 Union Street, Inverness
SUBSCRIBED by the said CATRIONA ANNE MACLEOD at Inverness on the second day of June Two thousand and twenty-six before this witness: Morag Fraser, Trainee Solicitor, 21 Union Street, Inverness
SUBSCRIBED for and on behalf of the said STRATHMORE PRECISION GROUP LIMITED by Iain Drummond, Director, at Edinburgh on the second day of June Two thousand and twenty-six before this witness: Eilidh Ross, Solicitor, 9 Atholl Crescent, Edinburgh
This is the Schedule referred to in the foregoing Minute of Agreement among Alastair John Macleod, Catriona Anne Macleod and Strathmore Precision Group Limited`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Share purchase agreement",
      parties: ["Alastair John Macleod", "Catriona Anne Macleod", "Strathmore Precision Group Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-02",
    },
  },
  {
    id: "v19-corporate-singapore-jv-cover-page",
    format: "pdf",
    pageFooters: true,
    source: `DATED 20 JUNE 2026
MERLION AGRITECH PTE. LTD.
and
PADI HIJAU BERHAD
# AGREEMENT
relating to the establishment and operation of Verdant Rice Technologies Pte. Ltd.
===
THIS AGREEMENT is dated 20 June 2026 and is made BETWEEN:
(1) MERLION AGRITECH PTE. LTD. (UEN 201834567K), a company incorporated in Singapore with its registered office at 1 Raffles Place, #20-61 One Raffles Place Tower 2, Singapore 048616 ("Merlion"); and
(2) PADI HIJAU BERHAD (Registration No. 199701023456 (441234-X)), a company incorporated in Malaysia with its registered office at Menara Hijau, Jalan Sultan Ismail, 50250 Kuala Lumpur ("Padi Hijau"),
(each a "Party" and together the "Parties").
RECITALS
(A) The Parties wish to co-operate, through a jointly owned company, in developing and commercialising drought-resistant rice seed technology in South-East Asia.
(B) Verdant Rice Technologies Pte. Ltd. (the "JV Company") was incorporated in Singapore on 2 May 2026. It is not a party to this Agreement.
(C) Padi Hijau will license its seed patents to the JV Company under a technology licence agreement governed by the laws of Malaysia (the "Technology Licence").
# 1. Definitions
"Effective Date" means 1 July 2026.
"Business Plan" means the business plan of the JV Company for the financial years 2026 to 2029, as amended from time to time by the Board.
# 2. Shareholding and Funding
2.1 The issued shares of the JV Company shall be held as to 60 per cent by Merlion and 40 per cent by Padi Hijau.
2.2 Each Party shall subscribe for its shares in cash within fourteen (14) days after the Effective Date and shall provide further funding only as the Business Plan requires.
# 3. Board and Deadlock
3.1 The board of the JV Company shall have five directors, three appointed by Merlion and two by Padi Hijau.
3.2 If a Deadlock Matter is not resolved within thirty (30) days after its referral to the chief executives of the Parties, either Party may serve a Deadlock Notice under clause 12.
# 4. Duration
4.1 This Agreement shall come into force on the Effective Date and, unless terminated earlier under clause 11, shall continue for a period of ten (10) years from the Effective Date (the "Initial Term").
4.2 On the expiry of the Initial Term and of each Renewal Term this Agreement shall renew automatically for a further period of five (5) years (each a "Renewal Term"), unless either Party gives the other not less than twelve (12) months' written notice of non-renewal.
# 5. Non-competition
5.1 Neither Party shall, while it holds shares in the JV Company and for two (2) years after it ceases to do so, carry on any business in South-East Asia which competes with the JV Company.
# 6. Governing Law and Arbitration
6.1 This Agreement is governed by and shall be construed in accordance with the laws of Singapore.
6.2 Any dispute shall be finally resolved by arbitration administered by the Singapore International Arbitration Centre, seated in Singapore.
Signed by TAN WEI MING, Director, for and on behalf of MERLION AGRITECH PTE. LTD.
Signed by DATO' AHMAD FARID BIN ISMAIL, Managing Director, for and on behalf of PADI HIJAU BERHAD`,
    truth: {
      title: "Agreement",
      documentType: "Joint venture agreement",
      parties: ["Merlion Agritech Pte. Ltd.", "Padi Hijau Berhad"],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-01",
      expiryDate: "2036-07-01",
      term: "10 years",
      renewal: "5 years",
    },
  },
  {
    id: "v19-corporate-india-board-minutes",
    format: "pdf",
    pdfMargin: 90,
    source: `# MINUTES OF THE MEETING OF THE BOARD OF DIRECTORS
of KAVERI LOGISTICS PRIVATE LIMITED (CIN: U63030KA2011PTC058812) held on Thursday, 10 September 2026 at 11:00 a.m. at the registered office of the Company at No. 14, 3rd Cross, Indiranagar, Bengaluru 560038, Karnataka
Directors present:
| Mr. Suresh Narayan Iyer | Chairman and Managing Director |
| Mrs. Lakshmi Venkataraman | Whole-time Director |
| Mr. Arjun Mehta | Independent Director (through video conferencing) |
In attendance: Ms. Neha Kulkarni, Company Secretary; Mr. Rohit Desai, Partner, Desai & Rao, Chartered Accountants, Statutory Auditors.
1. CHAIRMAN AND QUORUM
Mr. Suresh Narayan Iyer took the chair. The requisite quorum being present throughout, the Chairman called the meeting to order.
2. CONFIRMATION OF THE MINUTES OF THE PREVIOUS MEETING
The minutes of the previous meeting of the Board held on 18 June 2026 were read, confirmed and signed.
3. LEASE OF WAREHOUSE AT HOSUR
The Board considered the draft lease deed with Sri Ganesha Estates LLP for a warehouse of 60,000 sq. ft. at Hosur for a term of nine (9) years commencing on 1 October 2026, with a lock-in period of three (3) years and rent escalation of 5% every year.
"RESOLVED THAT pursuant to Section 179 of the Companies Act, 2013, the consent of the Board be and is hereby accorded to the Company entering into the lease deed with Sri Ganesha Estates LLP substantially in the form placed before the meeting, and that Mr. Suresh Narayan Iyer, Managing Director, be and is hereby authorised to execute the same on behalf of the Company."
4. WORKING CAPITAL FACILITY
The Board noted the sanction letter dated 2 September 2026 from Deccan Commercial Bank Limited for a cash credit facility of INR 25,00,00,000 for a tenor of twelve (12) months, to be documented in a facility agreement governed by the laws of India and subject to the courts at Mumbai.
"RESOLVED THAT the sanction letter be accepted and that any two Directors be and are hereby jointly authorised to execute the facility agreement and the related hypothecation deed."
5. RE-APPOINTMENT OF MANAGING DIRECTOR
"RESOLVED THAT, subject to the approval of the members at the ensuing Annual General Meeting, Mr. Suresh Narayan Iyer be re-appointed as Managing Director for a period of five (5) years with effect from 1 April 2027."
Mr. Suresh Narayan Iyer, being interested, did not participate in the discussion on this item.
6. CONCLUSION
There being no other business, the meeting concluded at 12:40 p.m. with a vote of thanks to the Chair.
Place: Bengaluru
Date of entry in the minute book: 24 September 2026
Sd/- Suresh Narayan Iyer, Chairman`,
    truth: {
      title: "Minutes of the Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Kaveri Logistics Private Limited"],
      effectiveDate: "2026-09-10",
    },
  },
  {
    id: "v19-corporate-sa-sale-of-business",
    format: "docx",
    storedPageCount: 3,
    source: `# SALE OF BUSINESS AGREEMENT
(Sale of a business as a going concern)
# Part A – Key Terms
| Seller | Umhlanga Coffee Roasters (Pty) Ltd, registration number 2014/187654/07, of 31 Lagoon Drive, Umhlanga Rocks, 4319 |
| Purchaser | Jacaranda Beverage Company (Pty) Ltd, registration number 2019/045512/07, of 88 Rivonia Road, Sandton, 2196 |
| Business | the specialty coffee roasting and wholesale business conducted by the Seller under the name "Umhlanga Roast" |
| Purchase Price | R18 500 000 (eighteen million five hundred thousand rand), exclusive of VAT, which is levied at zero per cent on the sale of a going concern |
| Signature Date | the date of signature of this agreement by the last party to sign |
| Effective Date | 1 October 2026, being the date on which ownership, risk and benefit in the Business pass to the Purchaser |
| Restraint Period | 3 (three) years from the Effective Date |
| Governing Law | the law of the Republic of South Africa |
===
# Part B – Terms and Conditions
1. Sale. The Seller sells the Business to the Purchaser as a going concern, together with the assets listed in Annexure 1 (the roasting plant and equipment, stock, the "Umhlanga Roast" trade marks, the goodwill and the book debts), and the Purchaser purchases the Business, with effect from the Effective Date. No shares in the Seller are sold under this agreement.
2. Payment. The Purchaser shall pay R16 000 000 of the Purchase Price on the Effective Date. The balance of R2 500 000 shall be held in trust by Mthembu & Pillay Attorneys and released within 10 (ten) Business Days after the final determination of the closing stock count.
3. Premises. The Seller's rights and obligations under the lease of the roastery at 7 Briardene Industrial Park, Durban, which has an unexpired period of 4 (four) years, are ceded and delegated to the Purchaser, subject to the written consent of the landlord, Briardene Properties (Pty) Ltd.
4. Employees. All employees of the Business transfer to the Purchaser on the Effective Date in terms of section 197 of the Labour Relations Act, 1995.
5. Warranties. The Seller gives the warranties in Annexure 2. The Purchaser must notify any warranty claim within 12 (twelve) months after the Effective Date.
6. Restraint. The Seller shall not, and shall procure that none of its shareholders shall, during the Restraint Period carry on or be interested in any coffee roasting business in KwaZulu-Natal.
7. Domicilium. Each party chooses its address in Part A as its domicilium citandi et executandi.
8. Governing Law and Jurisdiction. This agreement is governed by the law of the Republic of South Africa and the parties consent to the jurisdiction of the High Court of South Africa, Gauteng Division, Johannesburg.
9. Whole Agreement. This agreement is the whole agreement between the parties about its subject matter.
===
SIGNED at Durban on 15 September 2026.
For: Umhlanga Coffee Roasters (Pty) Ltd
Name: Sipho Ndlovu | Capacity: Director, who warrants that he is duly authorised
As witness: Zanele Khumalo
SIGNED at Sandton on 17 September 2026.
For: Jacaranda Beverage Company (Pty) Ltd
Name: Ayesha Patel | Capacity: Chief Executive Officer, who warrants that she is duly authorised
As witness: Pieter van der Merwe`,
    truth: {
      title: "Sale of Business Agreement",
      documentType: "Asset purchase agreement",
      parties: ["Umhlanga Coffee Roasters (Pty) Ltd", "Jacaranda Beverage Company (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-10-01",
    },
  },
  {
    id: "v19-corporate-ontario-unanimous-sha",
    format: "docx",
    source: `# UNANIMOUS SHAREHOLDER AGREEMENT
THIS AGREEMENT is made as of the 15th day of January, 2026.
AMONG:
2468135 ONTARIO INC., a corporation incorporated under the laws of the Province of Ontario ("HoldCo")
- and -
PRIYA RAMAN, an individual resident in the City of Toronto, in the Province of Ontario ("Raman")
- and -
NORTHBANK VENTURES II LIMITED PARTNERSHIP, a limited partnership formed under the laws of the Province of Ontario, by its general partner, NORTHBANK VENTURES II GP INC. ("Northbank")
(HoldCo, Raman and Northbank being collectively the "Shareholders")
- and -
MAPLEWOOD ANALYTICS INC., a corporation incorporated under the Business Corporations Act (Ontario) (the "Corporation")
RECITALS: The Shareholders are the registered and beneficial owners of all of the issued shares of the Corporation: HoldCo of 4,500,000 Common Shares, Raman of 1,500,000 Common Shares and Northbank of 2,000,000 Class A Preferred Shares. The parties wish to set out their rights respecting the management of the Corporation and the ownership of its shares.
ARTICLE 1 – INTERPRETATION
1.1 This Agreement is intended to be a unanimous shareholder agreement within the meaning of the Business Corporations Act (Ontario).
ARTICLE 2 – MANAGEMENT OF THE CORPORATION
2.1 The board of directors shall consist of five directors, of whom two shall be nominated by HoldCo, one by Raman and two by Northbank.
2.2 The matters listed in Schedule A shall require the prior written approval of Northbank.
ARTICLE 3 – RESTRICTIONS ON TRANSFER
3.1 No Shareholder shall Transfer any Shares before the third anniversary of the date of this Agreement, except to a Permitted Transferee.
3.2 A Shareholder wishing to sell Shares shall first offer them to the other Shareholders, who shall have thirty (30) days to accept the offer.
3.3 After the third anniversary of the date of this Agreement, any Shareholder may initiate the buy-sell procedure in Schedule B.
ARTICLE 4 – NON-COMPETITION AND NON-SOLICITATION
4.1 Raman shall not, while she is a Shareholder and for twenty-four (24) months after she ceases to be a Shareholder, compete with the Corporation in Canada or solicit any of its customers or employees.
ARTICLE 5 – TERM
5.1 This Agreement shall take effect on the date first written above and shall continue in force until terminated in accordance with Section 5.2.
5.2 This Agreement shall terminate on the earliest of (a) the written agreement of all of the Shareholders, (b) one Shareholder becoming the holder of all of the issued Shares, and (c) the completion of an Initial Public Offering.
ARTICLE 6 – GENERAL
6.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
6.2 This Agreement supersedes the shareholders' agreement among HoldCo, Raman and the Corporation made as of March 3, 2022, which is terminated.
===
IN WITNESS WHEREOF the parties have executed this Agreement.
2468135 ONTARIO INC. Per: Daniel Okafor, President. I have authority to bind the corporation.
SIGNED, SEALED AND DELIVERED by PRIYA RAMAN in the presence of: Witness: Marc Tremblay
NORTHBANK VENTURES II LIMITED PARTNERSHIP, by its general partner NORTHBANK VENTURES II GP INC. Per: Helen Zhou, Managing Director. I have authority to bind the partnership.
MAPLEWOOD ANALYTICS INC. Per: Priya Raman, Chief Executive Officer. I have authority to bind the corporation.`,
    truth: {
      title: "Unanimous Shareholder Agreement",
      documentType: "Shareholders' agreement",
      parties: ["2468135 Ontario Inc.", "Priya Raman", "Northbank Ventures II Limited Partnership", "Maplewood Analytics Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-01-15",
      term: "Until terminated",
    },
  },
  {
    id: "v19-corporate-irish-deed-of-variation",
    format: "txt",
    source: `# DEED OF VARIATION
relating to the Joint Venture Agreement dated 12 March 2021
THIS DEED is made on the 24th day of July 2026 by the persons whose names appear in the execution blocks at the end of this Deed (together the "Parties" and each a "Party").
BACKGROUND
(A) The Parties entered into a joint venture agreement dated 12 March 2021 (the "Agreement") in relation to Shannon Offshore Wind DAC (the "JV Company"). The Agreement has an initial term of fifteen (15) years from its date.
(B) Clause 27 of the Agreement provides that it may be varied only by an instrument in writing executed by all of the Parties.
(C) The Parties wish to vary the Agreement to increase the shareholders' funding commitments and the size of the board of the JV Company.
IT IS AGREED as follows:
1. DEFINITIONS. Terms defined in the Agreement have the same meaning in this Deed. "Variation Effective Date" means 1 August 2026.
2. VARIATION. With effect on and from the Variation Effective Date the Agreement is varied as follows:
2.1 in clause 5.1, the words "EUR 40,000,000" are deleted and replaced with "EUR 65,000,000";
2.2 in clause 8.2, the words "five (5) directors" are deleted and replaced with "seven (7) directors, of whom four shall be appointed by Atlantic Breeze and three by Nordvind"; and
2.3 a new clause 5.6 is inserted: "Each Shareholder shall fund its proportion of any Additional Funding Request within twenty (20) Business Days after receiving it."
3. CONTINUATION. Save as varied by this Deed, the Agreement remains in full force and effect and this Deed and the Agreement shall be read and construed as one instrument. Nothing in this Deed extends or shortens the term of the Agreement.
4. COSTS. Each Party shall bear its own costs in connection with this Deed.
5. GOVERNING LAW. This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
GIVEN under the common seal of ATLANTIC BREEZE ENERGY LIMITED (registered number 612345), of 10 Earlsfort Terrace, Dublin 2, D02 T380 ("Atlantic Breeze"), and DELIVERED AS A DEED in the presence of: Director: Ciara Byrne; Secretary: Eoin Walsh
EXECUTED AS A DEED by NORDVIND HOLDING AS (organisation number 923 456 789), a company incorporated in Norway, of Strandkaien 4, 5013 Bergen, Norway ("Nordvind"), acting by Ingrid Solberg, its attorney appointed under a power of attorney dated 15 July 2026, in the presence of: Witness: Tomás Ó Briain, Solicitor, Dublin
GIVEN under the common seal of SHANNON OFFSHORE WIND DAC (registered number 689012), of Harbour House, Dock Road, Limerick, V94 K2X7, and DELIVERED AS A DEED in the presence of: Director: Seán Gallagher; Director: Astrid Lund`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Atlantic Breeze Energy Limited", "Nordvind Holding AS", "Shannon Offshore Wind DAC"],
      governingLaw: "Ireland",
      effectiveDate: "2026-08-01",
      amends: "Joint Venture Agreement",
    },
  },
  {
    id: "v19-corporate-guernsey-consent-letter",
    format: "txt",
    source: `KESTREL CAPITAL LIMITED
PO Box 418, Trafalgar Court, Les Banques, St Peter Port, Guernsey GY1 3QL
Registered in Guernsey no. 58213. Licensed by the Guernsey Financial Services Commission.
12 November 2026
Private and confidential
The Board of Directors
Brightwater Foods Limited
Unit 3, Pitronnerie Road Industrial Estate, St Peter Port, Guernsey GY1 2RQ
Our ref: KC/BWF/0192
Dear Sirs
# Investor Consent
1. We write in connection with the shareholders' agreement dated 4 May 2023 between Kestrel Capital Limited, Brightwater Foods Limited (the "Company") and the Managers named in it (the "Agreement"), and we refer to your letter of 28 October 2026 requesting our consent under clause 9.1(c) of the Agreement to the proposed acquisition by the Company of the entire issued share capital of Glenholm Bakeries Limited for £3,100,000 (the "Acquisition"), to be funded in part by a three-year term loan of £1,500,000 from Sarnia Bank Limited.
2. As the Investor under the Agreement, we consent to the Acquisition and to the Company incurring that term loan, on condition that (a) the Acquisition completes on terms not materially different from the draft share purchase agreement sent to us on 6 November 2026, and (b) the Company provides us with copies of the completion documents within ten (10) Business Days after completion.
3. This consent is limited to the matters in paragraph 2. All other provisions of the Agreement, including the restrictions in clause 14 (which continue for twelve (12) months after a Manager ceases to be employed), remain in full force and effect, and nothing in this letter waives any other right we have under the Agreement.
4. The Agreement is governed by the laws of England and Wales. This letter, however, and any non-contractual obligations arising out of or in connection with it, are governed by the laws of the Island of Guernsey.
Please sign and return the enclosed copy of this letter to acknowledge its terms.
Yours faithfully
Marguerite Le Page
Director, for and on behalf of Kestrel Capital Limited
We acknowledge and agree to the terms of this letter.
For and on behalf of Brightwater Foods Limited
Owen Tostevin, Director
Date: 19 November 2026`,
    truth: {
      title: "Investor Consent",
      documentType: "Letter",
      parties: ["Kestrel Capital Limited", "Brightwater Foods Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-11-12",
    },
  },
];
