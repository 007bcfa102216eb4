import type { UnseenDocument } from "../unseen/types";

/** Tuning set v22: letters and amendments (side, comfort, consent, engagement, offer and facility letters; amendments, addenda, deeds of variation). */
export const LETTERS_AND_AMENDMENTS_V22: UnseenDocument[] = [
  {
    id: "v22-letters-and-amendments-lease-deed-of-variation-reading",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
relating to a lease of Unit 4, Riverside Works, Mill Lane, Reading RG1 8QT
Dated the 3rd day of March 2026
(1) HARCOURT & VANE PROPERTY NOMINEES (NO. 2) LIMITED and HARCOURT & VANE PROPERTY NOMINEES (NO. 3) LIMITED as trustees of the Harcourt Vane Property Unit Trust
(2) BELLWETHER COFFEE ROASTERS LTD
Aldgate Pryce Solicitors LLP, 40 Gracechurch Street, London EC3V 0BT (Ref: JMK/HV/2231)
===
THIS DEED is dated the 3rd day of March 2026
# PARTIES
(1) HARCOURT & VANE PROPERTY NOMINEES (NO. 2) LIMITED (company number 09876543) and HARCOURT & VANE PROPERTY NOMINEES (NO. 3) LIMITED (company number 09876544), both having their registered office at 7 Berkeley Square, London W1J 6BX, acting as trustees of the Harcourt Vane Property Unit Trust (together the “Landlord”); and
(2) BELLWETHER COFFEE ROASTERS LTD, a company incorporated and registered in England and Wales with company number 11223344 whose registered office is at Unit 4, Riverside Works, Mill Lane, Reading RG1 8QT (the “Tenant”).
# BACKGROUND
(A) By a lease dated 14 June 2019 and made between Thamesmead Industrial Estates Limited (1) and Quayside Espresso Limited (2) (the “Lease”) the Property was let for a term of ten years from and including 24 June 2019.
(B) The reversion immediately expectant on the determination of the Lease is now vested in the Landlord and the residue of the term granted by the Lease is now vested in the Tenant.
(C) The Landlord and the Tenant have agreed to vary the Lease on the terms of this Deed.
# AGREED TERMS
1. Interpretation
1.1 Words and expressions defined in the Lease have the same meaning in this Deed. “Property” means the property demised by the Lease.
2. Variations
2.1 With effect from the date of this Deed the Lease is varied as follows:
(a) in clause 1.1, the definition of “Permitted Use” is deleted and replaced with “use as a coffee roastery with ancillary retail sales and café within Class E of the Town and Country Planning (Use Classes) Order 1987”;
(b) in clause 4.12, the words “between 8.00 am and 6.00 pm” are deleted and replaced with “between 7.00 am and 10.00 pm”; and
(c) a new clause 7.9 is inserted: “The Tenant may install and maintain an extraction flue in the position shown on Plan 2, subject to first obtaining all necessary statutory consents.”
2.2 Save as varied by this Deed, the Lease remains in full force and effect. Nothing in this Deed affects the Tenant's break right in clause 9 of the Lease, which remains exercisable on not less than six months' written notice.
3. Costs
3.1 The Tenant shall pay the Landlord's reasonable and proper legal costs in connection with this Deed within 14 days of written demand.
4. Third party rights and governing law
4.1 Bellwether Holdings plc, which guaranteed the Tenant's obligations under the Lease by a separate deed dated 1 October 2022 and has confirmed by letter that it consents to the variations, is not a party to this Deed.
4.2 This Deed and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it or its subject matter shall be governed by and construed in accordance with the law of England and Wales.
This document has been executed as a deed and is delivered and takes effect on the date stated at the beginning of it.
===
Executed as a deed by HARCOURT & VANE PROPERTY NOMINEES (NO. 2) LIMITED acting by Oliver St John Pemberton, a director, in the presence of: Fiona MacAulay (witness), 22 Curzon Street, London W1J 7TQ
Executed as a deed by HARCOURT & VANE PROPERTY NOMINEES (NO. 3) LIMITED acting by Oliver St John Pemberton, a director, in the presence of: Fiona MacAulay (witness), 22 Curzon Street, London W1J 7TQ
Executed as a deed by BELLWETHER COFFEE ROASTERS LTD acting by Sunil Mehta-Clarke, director, and Rebecca O'Dowd, director`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Harcourt & Vane Property Nominees (No. 2) Limited", "Harcourt & Vane Property Nominees (No. 3) Limited", "Bellwether Coffee Roasters Ltd"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-03",
      amends: "Lease",
    },
  },
  {
    id: "v22-letters-and-amendments-comfort-letter-kuala-lumpur",
    format: "pdf",
    source: `# SYARIKAT TAN & LIM HOLDINGS BERHAD
Registration No. 199701012345 (432101-K)
Level 18, Menara Tan & Lim, Jalan Sultan Ismail, 50250 Kuala Lumpur, Malaysia
12 February 2026
Our ref: TLH/TRY/2026/017
PRIVATE AND CONFIDENTIAL
Perdana Utama Bank Berhad
Corporate Banking Division, Level 9, Wisma Perdana, Jalan Tun Razak, 50400 Kuala Lumpur
Attention: Encik Hafiz bin Rahman, Head of Corporate Credit
Dear Sirs,
# Letter of Comfort
We refer to the facility letter dated 5 January 2026 issued by you to our wholly-owned subsidiary, Tan & Lim Plantations Sdn. Bhd. (Registration No. 200301023456 (612345-A)) (the "Borrower"), under which you have agreed to make available term loan facilities of up to RM85,000,000 for a tenor of five (5) years (the "Facilities").
In consideration of your granting the Facilities to the Borrower, we confirm that:
1. we are aware of the Facilities and of the terms of the facility letter, and we approve of the Borrower entering into them;
2. it is our present intention to maintain our direct ownership of the entire issued share capital of the Borrower, and we will give you not less than thirty (30) days' prior written notice should we intend to reduce our shareholding below 51%;
3. it is our policy to ensure that our subsidiaries are managed so as to be in a position to meet their financial obligations as they fall due, including their obligations to you under the Facilities; and
4. we will not, without your prior written consent, cause the Borrower to amend its constitution in a manner that would adversely affect your interests.
This letter is a statement of our present intention and policy only. It is not, and shall not be construed as, a guarantee or an indemnity, and it does not create any legally binding obligation on our part to pay any amount owed by the Borrower. The corporate guarantee given by Tan & Lim Estates Sdn. Bhd. under the facility letter is not affected by this letter.
This letter shall be governed by and construed in accordance with the laws of Malaysia.
Yours faithfully,
For and on behalf of
SYARIKAT TAN & LIM HOLDINGS BERHAD
Dato' Lim Chee Keong, Group Managing Director
Tan Mei Ling, Group Company Secretary
c.c. Messrs. Zainal, Wong & Partners, Advocates & Solicitors`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Syarikat Tan & Lim Holdings Berhad", "Perdana Utama Bank Berhad"],
      governingLaw: "Malaysia",
      effectiveDate: "2026-02-12",
    },
  },
  {
    id: "v22-letters-and-amendments-offer-letter-toronto",
    format: "docx",
    storedPageCount: 2,
    source: `MAPLE & BIRCH ANALYTICS INC.
200 Bay Street, Suite 3100, Toronto, Ontario M5J 2J2
March 3, 2026
PERSONAL AND CONFIDENTIAL
Ms. Amélie Côté-Tremblay
48 Rue Sainte-Catherine Est, Apt. 5
Montréal, Québec H2X 1K4
Dear Amélie:
# Re: Offer of Employment
We are pleased to offer you employment with Maple & Birch Analytics Inc. (the "Company") in the position of Senior Data Scientist, reporting to the Director of Applied Research. This offer was arranged with the assistance of Northbound Talent Partners Ltd., whose fees are payable by the Company alone.
1. Start Date and Term. Your employment will begin on April 6, 2026 (the "Commencement Date"). Your employment is for an indefinite term and will continue until terminated by you or by the Company in accordance with this letter.
2. Probation. The first three (3) months of your employment will be a probationary period, during which the Company will review your performance with you monthly.
3. Compensation. Your base salary will be CAD $142,000 per year, paid bi-weekly in arrears, subject to applicable withholdings. You will be eligible for an annual performance bonus of up to 15% of base salary under the Company's bonus plan as in effect from time to time.
4. Benefits and Vacation. You will be eligible to join the Company's group health and dental benefits plan after ninety (90) days of continuous employment, and you will receive three (3) weeks of paid vacation per calendar year.
5. Termination. You may resign by giving the Company four (4) weeks' written notice. The Company may terminate your employment at any time by providing you with the notice or pay in lieu of notice, severance and benefits continuation required by the Employment Standards Act, 2000 (Ontario), and no further amount.
6. Confidentiality and Non-Solicitation. As a condition of this offer you must sign the enclosed Confidentiality and Intellectual Property Agreement. For twelve (12) months after your employment ends, you will not solicit any client of the Company with whom you dealt in the last year of your employment.
7. Governing Law. This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in that province.
===
8. Acceptance. This offer remains open until 5:00 p.m. (Toronto time) on March 13, 2026. To accept, please sign and return a copy of this letter to me.
We look forward to welcoming you to the team.
Yours truly,
MAPLE & BIRCH ANALYTICS INC.
Per: Priya Raman
Vice-President, People & Culture
cc: Daniel Okafor, Director of Applied Research
# ACCEPTANCE
I, Amélie Côté-Tremblay, have read and understood this letter and accept employment with the Company on the terms set out above.
Signature: ______________________
Date: March 9, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Maple & Birch Analytics Inc.", "Amélie Côté-Tremblay"],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-06",
      term: "Until terminated",
    },
  },
  {
    id: "v22-letters-and-amendments-msa-amendment-no-2-delaware",
    format: "pdf",
    pageFooters: true,
    source: `# AMENDMENT NO. 2 TO MASTER SERVICES AGREEMENT
This Amendment No. 2 to Master Services Agreement (this "Amendment") is made and entered into as of the 15th day of January, 2026 (the "Amendment Effective Date"), by and between Northwind Logistics Holdings, LLC, a Delaware limited liability company with its principal place of business at 1200 Market Street, Wilmington, Delaware 19801 ("Customer"), and Quill, Sato & Brandt Technologies, Inc., a California corporation with offices at 455 Mission Street, Suite 900, San Francisco, California 94105 ("Provider").
# RECITALS
WHEREAS, Customer and Provider are parties to that certain Master Services Agreement dated as of June 1, 2023 (as amended by Amendment No. 1 dated as of September 18, 2024, the "Agreement"), which is governed by the laws of the State of New York;
WHEREAS, Provider performs Services for Customer's affiliate, Northwind Freight Canada ULC, under Statement of Work No. 4, which affiliate is not a party to the Agreement or to this Amendment; and
WHEREAS, the parties wish to amend the Agreement to add warehouse analytics services, revise the fee schedule and change the governing law, as set forth below.
NOW, THEREFORE, in consideration of the mutual covenants herein and other good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the parties agree as follows:
1. Definitions. Capitalized terms used but not defined in this Amendment have the meanings given to them in the Agreement.
2. Additional Services. Exhibit A (Services) to the Agreement is amended by adding a new Section A-7 (Warehouse Analytics) in the form attached to this Amendment as Annex 1.
3. Fees. Exhibit B (Fees) to the Agreement is deleted in its entirety and replaced with Annex 2 to this Amendment. Section 5.2 of the Agreement is amended by replacing "thirty (30) days" with "forty-five (45) days".
4. Service Credits. Section 6.3 of the Agreement is amended so that Customer must claim any service credit within sixty (60) days after the end of the month in which the service level failure occurred.
5. Governing Law. Section 14.2 of the Agreement is deleted in its entirety and replaced with the following: "14.2 Governing Law. This Agreement, and any claim or controversy arising out of or relating to it, shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles."
6. Term Unaffected. Nothing in this Amendment extends or otherwise modifies the Term of the Agreement, which had an initial term of three (3) years and renews automatically for successive one (1) year periods under Section 12.1 of the Agreement unless either party gives at least ninety (90) days' notice of non-renewal.
7. Effect of Amendment. Except as expressly amended by this Amendment, the Agreement remains unchanged and in full force and effect. This Amendment is governed by Section 14.2 of the Agreement as amended hereby. In the event of any conflict between this Amendment and the Agreement, this Amendment shall control.
8. Counterparts. This Amendment may be executed in counterparts, including by electronic signature, each of which shall be deemed an original and all of which together constitute one instrument.
===
IN WITNESS WHEREOF, the parties have caused this Amendment to be executed by their duly authorized representatives as of the Amendment Effective Date.
| NORTHWIND LOGISTICS HOLDINGS, LLC | QUILL, SATO & BRANDT TECHNOLOGIES, INC. |
| By: /s/ Marcus J. Whitfield | By: /s/ Kenji Sato |
| Name: Marcus J. Whitfield | Name: Kenji Sato |
| Title: Chief Operating Officer | Title: President and Chief Executive Officer |
| Date: January 15, 2026 | Date: January 16, 2026 |
Annex 1 – Section A-7 (Warehouse Analytics)
Annex 2 – Exhibit B (Fees), effective as of the Amendment Effective Date`,
    truth: {
      title: "Amendment No. 2 to Master Services Agreement",
      documentType: "Amendment",
      parties: ["Northwind Logistics Holdings, LLC", "Quill, Sato & Brandt Technologies, Inc."],
      governingLaw: "Delaware",
      effectiveDate: "2026-01-15",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v22-letters-and-amendments-engagement-letter-dublin",
    format: "txt",
    source: `Ó BRIAIN KEOGH LLP
Solicitors
Riverside Two, Sir John Rogerson's Quay, Dublin 2, D02 KV60
27 January 2026
Our ref: OBK/CBR/0412
Your ref: NF/legal/26
By email
The Board of Directors
Cairn Bridge Renewables Designated Activity Company
Unit 3, Ballymount Business Park, Dublin 12, D12 X9P7
For the attention of: Ms Niamh Farrelly, Chief Financial Officer
Dear Niamh,
# Letter of Engagement
Matter: proposed acquisition of the Knockbeg Wind Farm project
Thank you for instructing us. This letter, together with our enclosed Terms of Business (version 2025.2), sets out the basis on which we will act for you on this matter. If there is any conflict between them, this letter prevails.
1. Client. Our client is Cairn Bridge Renewables Designated Activity Company only. We do not act for Cairn Bridge Holdings Limited or any other member of your group, nor for the seller, Knockbeg Energy Limited, or its advisers, Haddington Ross & Co.
2. Scope. We will carry out legal due diligence on the project company, negotiate the share purchase agreement and ancillary documents, and manage completion. Tax, planning and grid-connection advice are outside the scope of this engagement.
3. People. Ciarán Ó Briain, partner, will have overall responsibility for the matter, assisted by Aoife Keogh, senior associate.
4. Fees. In accordance with section 150 of the Legal Services Regulation Act 2015, our estimate of fees is as follows:
| Phase | Estimate (excluding VAT) |
| Due diligence | €38,000 |
| Transaction documents and completion | €52,000 |
Outlay such as search fees and stamp duty is additional. Our invoices are payable within 30 days of issue.
5. Records. We will retain our file for seven years after the matter closes, after which it may be destroyed without further reference to you.
6. Ending the engagement. You may end our engagement at any time by written notice. We may stop acting on reasonable notice in the circumstances set out in our Terms of Business.
7. Governing law. This letter and our Terms of Business are governed by the laws of Ireland, and the Irish courts have exclusive jurisdiction.
Please sign and return a copy of this letter to confirm your agreement.
Yours sincerely,
Ó Briain Keogh LLP
Ciarán Ó Briain, Partner
Acknowledged and agreed for and on behalf of Cairn Bridge Renewables Designated Activity Company
Niamh Farrelly, Director and Chief Financial Officer
Date: 2 February 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Ó Briain Keogh LLP", "Cairn Bridge Renewables Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-01-27",
    },
  },
  {
    id: "v22-letters-and-amendments-consent-letter-st-helier",
    format: "pdf",
    pdfMargin: 84,
    source: `RAVENSCROFT FIDUCIARIES (JERSEY) LIMITED
PO Box 881, 28 Esplanade, St Helier, Jersey JE4 9WB
Regulated by the Jersey Financial Services Commission
To: Le Gallais & Noël Property Management Limited
Les Vaux House, 14 Hill Street, St Helier, Jersey JE2 4UA
For the attention of: The Directors
Date: 9 March 2026
Dear Sirs
# Consent to Assignment
Property Management Agreement dated 1 July 2021 relating to Le Marais Court, St Clement (the “Agreement”)
We write in our capacity as trustee of The Saint Aubin Settlement and as owner of Le Marais Court, and as your counterparty under the Agreement, which was made between us (1) and you (2) for a term of fifteen (15) years from 1 July 2021.
You have asked for our consent under clause 18.2 of the Agreement to the assignment of all of your rights and obligations under the Agreement to your associated company, Le Gallais & Noël Property Services (CI) Limited (registered in Jersey with number 141207) (the “Assignee”).
We consent to that assignment on the following conditions:
(a) the assignment is made by a deed of assignment in the form approved by us, and a certified copy is delivered to us within five (5) business days after it is signed;
(b) the Assignee enters into a direct deed of covenant with us to perform the manager's obligations under the Agreement;
(c) you remain liable to us for any breach of the Agreement occurring before the date of the assignment; and
(d) you pay our reasonable costs, including those of our Jersey advocates, Carteret Voisin, within twenty-one (21) days of written demand.
This consent is limited to the assignment described above. It does not waive any other provision of the Agreement, which remains unchanged and in full force and effect, including the notice period of six (6) months in clause 21.
This letter is governed by the laws of the Island of Jersey.
Please sign and return the enclosed copy of this letter to confirm your acceptance of these conditions.
Yours faithfully
For and on behalf of Ravenscroft Fiduciaries (Jersey) Limited as trustee of The Saint Aubin Settlement
Hélène de Carteret, Director
James Le Breton, Authorised Signatory
We acknowledge and accept the conditions above.
For and on behalf of Le Gallais & Noël Property Management Limited
Paul Le Gallais, Director
Date: 12 March 2026`,
    truth: {
      title: "Consent to Assignment",
      documentType: "Letter",
      parties: ["Ravenscroft Fiduciaries (Jersey) Limited", "Le Gallais & Noël Property Management Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-03-09",
    },
  },
  {
    id: "v22-letters-and-amendments-saas-addendum-bengaluru",
    format: "docx",
    source: `# ADDENDUM No. 1 TO THE SOFTWARE SUBSCRIPTION AGREEMENT
| Addendum Reference | VIP/SSA/2024/118-A1 |
| Principal Agreement | Software Subscription Agreement dated 15 May 2024 between the Provider and the Customer |
| Provider | Vihaan Infotech Private Limited (CIN U72200KA2011PTC058812), a company incorporated under the Companies Act, 1956, having its registered office at 3rd Floor, Prestige Tech Park, Outer Ring Road, Bengaluru 560103 |
| Customer | Sharma, Iyer & Associates LLP (LLPIN AAK-4471), a limited liability partnership registered under the Limited Liability Partnership Act, 2008, having its office at 71 Nariman Bhavan, Nariman Point, Mumbai 400021 |
| Addendum Effective Date | 1 April 2026 |
| Additional Module | DocuVault Records Retention Module (up to 150 named users) |
| Addendum Term | twenty-four (24) months from the Addendum Effective Date |
This Addendum is entered into at Bengaluru on 18 March 2026 between the Provider and the Customer named above, each a "Party".
1. Background. The Principal Agreement, which has an initial subscription term of three (3) years from 15 May 2024, grants the Customer a non-exclusive, non-transferable licence to use the Provider's DocuVault platform. The Parties wish to add the Additional Module on the terms of this Addendum.
2. Amendment. With effect from the Addendum Effective Date, Schedule 1 (Licensed Modules) of the Principal Agreement is amended by adding the Additional Module, and the Customer is granted a licence to use the Additional Module on the terms of the Principal Agreement as supplemented by this Addendum.
3. Term. This Addendum shall come into force on the Addendum Effective Date and shall continue for a period of twenty-four (24) months from the Addendum Effective Date. Thereafter it shall automatically renew for successive periods of twelve (12) months each, unless either Party gives the other written notice of non-renewal at least ninety (90) days before the end of the then-current period.
4. Fees. The Customer shall pay an additional subscription fee of INR 18,50,000 per annum (exclusive of GST), invoiced annually in advance and payable within thirty (30) days of the date of invoice.
5. Data Retention. Records archived in the Additional Module shall be retained for eight (8) years or such longer period as the Customer may specify in writing.
6. Principal Agreement. Save as amended by this Addendum, the Principal Agreement remains in full force and effect. Clause 21 (Governing Law and Jurisdiction) of the Principal Agreement, under which it is governed by the laws of India and the courts at Bengaluru have exclusive jurisdiction, applies to this Addendum as if set out in full.
===
IN WITNESS WHEREOF the Parties have signed this Addendum on the date first written above.
| For Vihaan Infotech Private Limited | For Sharma, Iyer & Associates LLP |
| Name: Rohan Venkataraman | Name: CA Meera Iyer |
| Designation: Chief Revenue Officer | Designation: Designated Partner |
| Witness: Suresh Gowda | Witness: Anil D'Souza |`,
    truth: {
      title: "Addendum No. 1 to the Software Subscription Agreement",
      documentType: "Amendment",
      parties: ["Vihaan Infotech Private Limited", "Sharma, Iyer & Associates LLP"],
      governingLaw: "India",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-04-01",
      term: "24 months",
      renewal: "12 months",
      amends: "Software Subscription Agreement",
    },
  },
  {
    id: "v22-letters-and-amendments-facility-letter-hong-kong",
    format: "pdf",
    pageFooters: true,
    source: `KOWLOON PACIFIC BANK LIMITED
Commercial Banking Centre, 18/F, Pacific Place Tower Two, 88 Queensway, Admiralty, Hong Kong
20 February 2026
Our Ref: CBC/FL/2026/0331
STRICTLY PRIVATE AND CONFIDENTIAL
Lam & Chow Trading (H.K.) Company Limited
Unit 1203, 12/F, Kwun Tong Harbour Plaza, 182 Wai Yip Street, Kwun Tong, Kowloon
Attn: Mr. Lam Wai Keung, Managing Director
Dear Sirs,
# Banking Facilities Letter
We, Kowloon Pacific Bank Limited (the "Bank"), are pleased to offer Lam & Chow Trading (H.K.) Company Limited (the "Borrower") the banking facilities described below (the "Facilities") on the terms of this letter and the Bank's Standard Terms and Conditions for Commercial Banking Facilities (the "Standard Terms").
# Part A – Key Details
| Borrower | Lam & Chow Trading (H.K.) Company Limited (Business Registration No. 31248765) |
| Facilities | (1) Revolving Loan Facility of up to HK$40,000,000; (2) Import Trade Facilities of up to HK$25,000,000 |
| Term | three (3) years from the date of this letter |
| Availability Period | three (3) months from the date of the Borrower's acceptance of this letter |
| Interest | HIBOR plus 1.85% per annum, for interest periods of one, three or six months |
| Security | Personal guarantee from Mr. Lam Wai Keung for HK$65,000,000; corporate guarantee from Chow Holdings (BVI) Limited |
| Review | The Facilities will be reviewed annually; any continuation beyond the Term is at the Bank's sole discretion |
===
# Part B – Conditions
1. Conditions precedent. The Facilities may not be utilised until the Bank has received a certified copy of the Borrower's board resolutions, the duly executed guarantees referred to in Part A and all customer due diligence documents it requires.
2. Undertakings. The Borrower shall maintain a tangible net worth of not less than HK$80,000,000 and deliver its audited financial statements to the Bank within 180 days after the end of each financial year.
3. Fees. An arrangement fee of HK$120,000 is payable on acceptance. A commitment fee of 0.25% per annum accrues on the undrawn amount of the Revolving Loan Facility.
4. Prepayment. The Borrower may prepay any loan on not less than ten (10) business days' prior written notice, subject to break costs.
5. Governing law. This letter shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
6. Acceptance. Please sign and return the duplicate of this letter within fourteen (14) days of its date, failing which this offer will lapse.
Yours faithfully,
For and on behalf of KOWLOON PACIFIC BANK LIMITED
Grace Ho Ka Yan, Senior Vice President, Commercial Banking
Alvin Cheung, Relationship Manager
# ACCEPTANCE
We accept the Facilities on the terms of this letter and the Standard Terms.
For and on behalf of LAM & CHOW TRADING (H.K.) COMPANY LIMITED
Lam Wai Keung, Director and Chow Siu Ming, Director
Date: 24 February 2026`,
    truth: {
      title: "Banking Facilities Letter",
      documentType: "Facility agreement",
      parties: ["Kowloon Pacific Bank Limited", "Lam & Chow Trading (H.K.) Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-02-20",
      expiryDate: "2029-02-20",
      term: "3 years",
    },
  },
];
