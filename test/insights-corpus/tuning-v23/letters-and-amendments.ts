import type { UnseenDocument } from "../unseen/types";

/** Tuning set v23: letters and amendments (side, consent, engagement, offer and facility letters; amendments and variations). */
export const LETTERS_AND_AMENDMENTS_V23: UnseenDocument[] = [
  {
    id: "v23-letters-and-amendments-deed-of-variation-lease-trustees",
    format: "pdf",
    pdfMargin: 72,
    source: `DATED 12 February 2026
(1) BRAMLEY & HART TRUSTEES LIMITED and MARGARET ELEANOR O'NEILL as trustees of the Bramley & Hart Retirement Benefits Scheme
(2) KINGFISHER OPTICS (UK) LIMITED
# DEED OF VARIATION
relating to a lease of Unit 7, Meridian Business Park, Basingstoke Road, Reading RG2 6AZ
Thackeray Lomax LLP, 20 Forbury Square, Reading RG1 3EB (Ref: PJW/KIN/0412)
===
THIS DEED is dated 12 February 2026 and is made BETWEEN:
(1) BRAMLEY & HART TRUSTEES LIMITED (company number 04418872) whose registered office is at 3 Friar Street, Reading RG1 1DB and MARGARET ELEANOR O'NEILL of Orchard House, 14 Church Lane, Sonning, Berkshire RG4 6UR, together as trustees of the Bramley & Hart Retirement Benefits Scheme (together the “Landlord”); and
(2) KINGFISHER OPTICS (UK) LIMITED (company number 07733120) whose registered office is at Unit 7, Meridian Business Park, Basingstoke Road, Reading RG2 6AZ (the “Tenant”).
# BACKGROUND
(A) This deed is supplemental to a lease dated 29 September 2016 made between Ashdown Estates Limited (1) and the Tenant (2) of the Premises for a term of fifteen (15) years from and including 29 September 2016 (the “Lease”).
(B) The reversion immediately expectant on the determination of the Lease is now vested in the Landlord, and Ashdown Estates Limited has no continuing interest in it.
(C) The Landlord and the Tenant have agreed to vary the Lease on the terms of this deed.
# 1. DEFINITIONS AND INTERPRETATION
1.1 “Premises” has the meaning given in the Lease, and “Variation Date” means 25 March 2026, being the date on which the variations in clause 2 take effect.
1.2 Words and expressions defined in the Lease have the same meaning in this deed.
# 2. VARIATIONS
2.1 With effect from the Variation Date the Lease is varied as follows: (a) clause 9 (Tenant's Break Option), which permitted the Tenant to end the Lease on 29 September 2026 on not less than six months' notice, is deleted; (b) the Annual Rent is £148,500 per annum exclusive of VAT; and (c) the Permitted Use is extended to include the assembly and repair of optical instruments.
2.2 The next rent review under the Lease shall take place on 29 September 2027 and not on 29 September 2026.
# 3. RENT DEPOSIT
The rent deposit held under the rent deposit deed dated 29 September 2016 shall be repaid to the Tenant within twenty (20) Working Days after the Variation Date.
# 4. CONTINUATION
Save as varied by this deed, the Lease continues in full force and effect, and the term granted by the Lease is not extended or otherwise affected.
# 5. GOVERNING LAW
This deed and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
This document has been executed as a deed and is delivered and takes effect on the date stated at the beginning of it.
| Executed as a deed by BRAMLEY & HART TRUSTEES LIMITED acting by a director in the presence of a witness | Director: Gareth Lloyd-Pryce | Witness: Priya Chandrasekar, Solicitor, 20 Forbury Square, Reading |
| Signed as a deed by MARGARET ELEANOR O'NEILL in the presence of a witness | Signature: M. E. O'Neill | Witness: Priya Chandrasekar, Solicitor, 20 Forbury Square, Reading |
| Executed as a deed by KINGFISHER OPTICS (UK) LIMITED acting by two directors | Director: Hannah J. Whitcombe | Director: Tomasz Nowak |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Bramley & Hart Trustees Limited", "Margaret Eleanor O'Neill", "Kingfisher Optics (UK) Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-25",
      amends: "Lease",
    },
  },
  {
    id: "v23-letters-and-amendments-side-letter-jersey-fund",
    format: "pdf",
    source: `Aurelian Capital Partners III GP Limited
(incorporated in Jersey with registered number 139204)
44 Esplanade, St Helier, Jersey JE4 9WG
PRIVATE & CONFIDENTIAL
To: Kōwhai Superannuation Trustee Limited, in its capacity as trustee of the Kōwhai Retirement Savings Scheme
Level 9, 2 Hunter Street, Wellington 6011, New Zealand
Attention: Ms R. T. Paewai, Head of Private Markets
20 January 2026
# Side Letter
Aurelian Capital Partners III, L.P. (the “Partnership”)
Dear Ms Paewai,
1. We refer to the limited partnership agreement of the Partnership dated 6 October 2025 (the “LPA”) made between ourselves as general partner, Aurelian Founder Partner LP as founder partner and the limited partners from time to time, and to your subscription agreement dated 28 November 2025, by which you committed US$40,000,000 to the Partnership (your “Commitment”). Terms defined in the LPA have the same meanings in this letter.
2. In consideration of your Commitment, we confirm to you that:
(a) the Management Fee payable in respect of your Commitment shall be calculated at 1.50 per cent. per annum instead of 1.75 per cent. per annum for the whole of the Investment Period of five (5) years;
(b) you will be offered the opportunity to co-invest alongside the Partnership in any investment in which the Partnership's share exceeds US$60,000,000, without management fee or carried interest on the co-investment;
(c) you may elect to be excused from any investment in a business that manufactures tobacco products or controlled weapons; and
(d) if we enter into a side letter with any other Limited Partner whose commitment does not exceed yours on terms more favourable than those in this letter, we will offer those terms to you within thirty (30) days.
3. Aurelian Investment Management LLP, as manager of the Partnership, and Ravenscroft Fund Administration (Jersey) Limited, as administrator, have been informed of the terms of this letter and will give effect to them, but neither is a party to it.
4. This letter is supplemental to, and does not amend, the LPA. As between you and us, if there is any conflict between this letter and the LPA, this letter shall prevail.
5. You shall keep the terms of this letter confidential during the life of the Partnership and for two (2) years after its dissolution.
6. This letter and any non-contractual obligations arising out of or in connection with it are governed by the laws of Jersey, and the courts of Jersey have exclusive jurisdiction.
Please countersign and return a copy of this letter to confirm your agreement.
Yours sincerely,
for and on behalf of Aurelian Capital Partners III GP Limited
| Director: Philippe Le Marquand | Director: Sarah Vibert |
We acknowledge and agree to the terms of this letter.
for and on behalf of Kōwhai Superannuation Trustee Limited as trustee of the Kōwhai Retirement Savings Scheme
| Name: Aroha Tūhoe-Grant | Title: Authorised Signatory | Date: 3 February 2026 |`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Aurelian Capital Partners III GP Limited", "Kōwhai Superannuation Trustee Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-01-20",
    },
  },
  {
    id: "v23-letters-and-amendments-offer-letter-ontario",
    format: "pdf",
    pageFooters: true,
    source: `MAPLE & BIRCH ANALYTICS INC.
180 Bloor Street West, Suite 1100, Toronto, Ontario M5S 2V6
April 14, 2026
PERSONAL AND CONFIDENTIAL — DELIVERED BY EMAIL
Ms. Amélie Gagnon-Roy
4127 rue Saint-Denis, Montréal, Québec H2W 2M7
# Offer of Employment
Dear Amélie:
On behalf of Maple & Birch Analytics Inc. (the “Company”), I am delighted to offer you the position of Senior Data Scientist, reporting to Dr. Olusegun Adeyemi, Vice-President, Applied Research. This letter replaces our conditional offer letter of March 30, 2026, which is withdrawn.
1. Start Date. Your employment will commence on June 1, 2026 (the “Commencement Date”), and your service with the Company will be counted from that date.
2. Term. Your employment is for an indefinite period and will continue until terminated by you or by the Company in accordance with section 8 of this letter.
3. Probation. The first three (3) months of your employment will be a probationary period, during which your performance and suitability will be reviewed.
4. Salary. Your base salary will be CAD $142,000 per year, less applicable deductions, paid bi-weekly in arrears and reviewed each January.
5. Signing Bonus. You will receive a signing bonus of CAD $10,000, repayable in full if you resign within twelve (12) months after the Commencement Date.
6. Benefits and Vacation. You will be eligible for the Company's group benefits plan from your first day and for four (4) weeks of paid vacation per calendar year.
7. Relocation. The Company will reimburse reasonable relocation expenses up to CAD $15,000, arranged through its provider, Northwind Relocation Services Ltd.
8. Termination. You may resign on four (4) weeks' written notice. The Company may terminate your employment without cause by providing the notice, termination pay and severance required by the Employment Standards Act, 2000 (Ontario), and for just cause without notice.
9. Non-Solicitation. For twelve (12) months after your employment ends, you will not solicit any client or employee of the Company with whom you dealt in your last year of employment.
10. Governing Law. This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
This offer is open for acceptance until April 24, 2026, after which it will lapse. We look forward to welcoming you to the team.
Sincerely,
MAPLE & BIRCH ANALYTICS INC.
Per: Jonathan Whitfield-Ng, Chief People Officer
===
# Acceptance
I, Amélie Gagnon-Roy, have read and understood this letter, have had the opportunity to obtain independent legal advice, and accept employment with Maple & Birch Analytics Inc. on the terms set out above.
| Signature: Amélie Gagnon-Roy | Date: April 20, 2026 |
| Witness: Luc Tremblay | Date: April 20, 2026 |`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Maple & Birch Analytics Inc.", "Amélie Gagnon-Roy"],
      governingLaw: "Ontario",
      effectiveDate: "2026-06-01",
      term: "Until terminated",
    },
  },
  {
    id: "v23-letters-and-amendments-engagement-letter-singapore",
    format: "pdf",
    pdfMargin: 90,
    source: `Tan, Rahman & Partners LLP
Advocates & Solicitors (Unique Entity Number T09LL1234K)
80 Robinson Road, #22-01, Singapore 068898
| Our Ref: TRP/CORP/26/0147 | Date: 16 February 2026 |
PRIVATE AND CONFIDENTIAL
The Board of Directors
Orchid Bay Holdings Pte. Ltd.
1 HarbourFront Avenue, #14-03 Keppel Bay Tower, Singapore 098632
Attention: Mr. Lim Wei Jie, Group Chief Financial Officer
# Letter of Engagement
Dear Sirs,
1. Thank you for instructing us in connection with the proposed acquisition by Orchid Bay Holdings Pte. Ltd. (the “Client”) of the entire issued share capital of Lim Kee Heritage Foods Pte. Ltd. (the “Target”) (the “Transaction”). This letter, together with our Standard Terms of Business enclosed (the “Terms”), sets out the basis on which we will act for the Client.
2. Our engagement takes effect from 9 February 2026 (the “Engagement Date”), being the date on which we began work on your instructions, notwithstanding the date of this letter.
3. Scope. We will (a) carry out legal due diligence on the Target, (b) prepare and negotiate the share purchase agreement with the vendors, Mr. Lim Chong Boon and Lim Family Holdings (S) Pte. Ltd., who are separately represented by Chia & Oei LLC, and (c) advise on completion. We will not advise on tax, on which you will be advised by Straits Ledger Tax Advisory Pte. Ltd.
4. Team. The matter will be led by Ms. Nurul Huda binte Rahman, Partner, assisted by Mr. Ravi Shankar s/o Muthusamy, Senior Associate.
5. Fees. Our fees will be charged at the hourly rates in the Schedule, and we estimate them at S$185,000 (exclusive of GST and disbursements). Invoices are rendered monthly and are payable within thirty (30) days of the invoice date.
6. Limitation of liability. Our aggregate liability in connection with the Transaction is limited to S$5,000,000.
7. Files. We will keep our files for six (6) years after the matter closes and may then destroy them without further reference to you.
8. Governing law. This letter and the Terms are governed by the laws of Singapore, and the courts of Singapore have exclusive jurisdiction over any dispute arising from our engagement.
Please sign and return the enclosed duplicate of this letter to confirm your agreement.
Yours faithfully,
Tan, Rahman & Partners LLP
Nurul Huda binte Rahman, Partner
| Schedule: hourly rates | Partner S$980 | Senior Associate S$620 | Associate S$420 |
# Acknowledgement
We agree to the terms of this letter and the Terms. For and on behalf of Orchid Bay Holdings Pte. Ltd.
| Name: Lim Wei Jie | Designation: Group Chief Financial Officer | Date: 19 February 2026 |`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Tan, Rahman & Partners LLP", "Orchid Bay Holdings Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v23-letters-and-amendments-second-amendment-subscription-new-york",
    format: "pdf",
    pageFooters: true,
    source: `# SECOND AMENDMENT TO MASTER SUBSCRIPTION AGREEMENT
This Second Amendment to Master Subscription Agreement (this “Second Amendment”) is made and entered into as of the 3rd day of March, 2026 (the “Second Amendment Effective Date”), by and between QUILLFEATHER SOFTWARE, LLC, a Delaware limited liability company with offices at 500 Seventh Avenue, 12th Floor, New York, New York 10018 (“Provider”), and BLUEWATER HEALTH PARTNERS, P.C., a New Jersey professional corporation with its principal place of business at 101 Hudson Street, Jersey City, New Jersey 07302 (“Customer”).
# RECITALS
WHEREAS, Quillfeather Labs, Inc. and Customer entered into that certain Master Subscription Agreement dated as of April 1, 2023 (as amended by the First Amendment dated as of January 15, 2024, the “Agreement”), which provides for an initial Subscription Term of thirty-six (36) months and for automatic renewal for successive one (1) year periods;
WHEREAS, effective as of October 1, 2025, Quillfeather Labs, Inc. assigned all of its rights and obligations under the Agreement to Provider with Customer's consent, and Quillfeather Labs, Inc. is no longer a party to the Agreement; and
WHEREAS, the parties desire to amend the Agreement to add the Clinical Notes Module, revise certain fees and change the governing law, as set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants contained herein and other good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the parties agree as follows:
1. Definitions. Capitalized terms used but not defined in this Second Amendment have the meanings given to them in the Agreement.
2. Additional Services. Exhibit A (Order Form) to the Agreement is amended to add the Clinical Notes Module for two hundred fifty (250) named users at a fee of US$38 per user per month, beginning on the Second Amendment Effective Date.
3. Fees. Section 6.1 of the Agreement is amended so that all invoices are payable within forty-five (45) days after the invoice date, and any increase in fees on renewal shall not exceed five percent (5%) of the fees for the preceding twelve (12) months.
4. Hosting. Provider may host Customer Data with its subcontractor, Nimbus Hosting Corp., provided that the Business Associate Agreement dated April 1, 2023 continues to apply to all Customer Data.
5. Governing Law. Section 14.2 of the Agreement (which provided for the laws of the State of Delaware) is deleted and replaced with the following: “This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.” This Second Amendment shall be governed by the laws of the State of New York.
6. Term Unaffected. Nothing in this Second Amendment extends or otherwise modifies the Subscription Term, which shall continue to expire or renew in accordance with Section 11 of the Agreement.
7. Effect. Except as expressly amended by this Second Amendment, the Agreement remains unchanged and in full force and effect. This Second Amendment may be executed in counterparts and by electronic signature.
IN WITNESS WHEREOF, the parties have executed this Second Amendment as of the Second Amendment Effective Date.
| QUILLFEATHER SOFTWARE, LLC | BLUEWATER HEALTH PARTNERS, P.C. |
| By: /s/ Dana R. Okafor | By: /s/ Michael J. Esposito, M.D. |
| Name: Dana R. Okafor | Name: Michael J. Esposito, M.D. |
| Title: Chief Revenue Officer | Title: President |
| Date: March 5, 2026 | Date: March 4, 2026 |`,
    truth: {
      title: "Second Amendment to Master Subscription Agreement",
      documentType: "Amendment",
      parties: ["Quillfeather Software, LLC", "Bluewater Health Partners, P.C."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      amends: "Master Subscription Agreement",
    },
  },
  {
    id: "v23-letters-and-amendments-facility-letter-hong-kong",
    format: "pdf",
    pageFooters: true,
    source: `HARBOURLINE BANK (HONG KONG) LIMITED
Commercial Banking Centre, 18/F, 88 Queensway, Admiralty, Hong Kong
| Our Ref: CB/TF/2026/0388 | Date: 15 April 2026 |
The Directors
Sun Tak & Sons Trading Company Limited
Unit 1203, 12/F, Kwun Tong Harbour Plaza, 182 Wai Yip Street, Kwun Tong, Kowloon
Dear Sirs,
# Facility Letter
Harbourline Bank (Hong Kong) Limited (the “Bank”) is pleased to offer Sun Tak & Sons Trading Company Limited (the “Borrower”) the banking facility described below, subject to the terms of this letter and the Bank's Standard Terms and Conditions for Banking Facilities (the “Standard Terms”).
| Facility | Revolving import trade facility by way of import letters of credit and trust receipt loans |
| Limit | HK$25,000,000 (Hong Kong Dollars Twenty-Five Million only) or its equivalent in United States Dollars or Renminbi |
| Tenor of each drawing | Trust receipt loans: up to one hundred and twenty (120) days from the date of drawing; letters of credit: at sight or up to ninety (90) days usance |
| Interest | 1.75% per annum over one-month HIBOR, payable monthly in arrears |
| Availability Period | Twelve (12) months commencing on the date of this letter |
| Renewal | On expiry of the Availability Period, the Facility shall automatically renew for successive further periods of twelve (12) months each, unless the Bank gives the Borrower not less than thirty (30) days' written notice of non-renewal |
| Security | (a) an all monies corporate guarantee from Sun Tak Holdings Limited; (b) a personal guarantee from Mr. Wong Kar-fai limited to HK$25,000,000; and (c) a charge over a time deposit of not less than HK$5,000,000, each in form satisfactory to the Bank |
| Arrangement fee | HK$37,500, payable on acceptance and not refundable |
1. Conditions precedent. The Facility may not be drawn until the Bank has received the guarantees and charge described above, duly executed, and a certified copy of the Borrower's board resolution accepting this letter.
2. Repayment on demand. Notwithstanding any other provision of this letter, the Facility is subject to the Bank's overriding right to require repayment on demand and to cancel or suspend it at any time.
3. Undertakings. The Borrower shall deliver its audited financial statements within one hundred and eighty (180) days after each financial year end.
4. Governing law. This letter and the Facility are governed by the laws of the Hong Kong Special Administrative Region, and the Borrower submits to the non-exclusive jurisdiction of the Hong Kong courts.
This offer will lapse unless the Bank receives the duplicate of this letter duly signed by the Borrower on or before 15 May 2026.
Yours faithfully,
For and on behalf of Harbourline Bank (Hong Kong) Limited
| Vivian Cheung Wai-ling, Director, Commercial Banking | Kelvin Ho Ka-lok, Relationship Manager |
===
# Acceptance
We, Sun Tak & Sons Trading Company Limited, accept the Facility on the terms and conditions of this letter and the Standard Terms.
| For and on behalf of Sun Tak & Sons Trading Company Limited | Wong Kar-fai, Director | Leung Mei-yee, Director |
| Date of acceptance | 22 April 2026 | |`,
    truth: {
      title: "Facility Letter",
      documentType: "Facility agreement",
      parties: ["Harbourline Bank (Hong Kong) Limited", "Sun Tak & Sons Trading Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-04-15",
      expiryDate: "2027-04-14",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v23-letters-and-amendments-minute-of-variation-scotland",
    format: "docx",
    storedPageCount: 2,
    source: `# MINUTE OF VARIATION
between
STRATHKELVIN HOUSING ASSOCIATION LIMITED, a registered society under the Co-operative and Community Benefit Societies Act 2014 (registered number 2148R(S)) and a Scottish charity (SC031277), having its registered office at 40 Kirkintilloch Road, Bishopbriggs, Glasgow G64 2AL (the “Association”)
and
CALEDONIAN ESTATE SERVICES (SCOTLAND) LTD, incorporated under the Companies Acts (registered number SC512847) and having its registered office at Unit 3, Hillington Park, Glasgow G52 4BL (the “Contractor”)
WHEREAS
(A) The Association and the Contractor are parties to a contract entitled “Grounds Maintenance and Cleaning Services Contract” dated 19 and 24 March 2022 (the “Contract”), under which the Contractor provides grounds maintenance and communal cleaning services for a period of five (5) years from 1 April 2022;
(B) the Contract was awarded following a tender exercise conducted on behalf of the Association by West of Scotland Procurement Consortium, which is not a party to the Contract; and
(C) the parties wish to vary the Contract on the terms of this Minute of Variation.
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. Interpretation. In this Minute of Variation, “Variation Date” means 1 July 2026, on which date this Minute of Variation takes effect, and terms defined in the Contract have the same meanings here.
2. Variation. With effect from the Variation Date: (a) Schedule 2 (Service Specification) to the Contract is deleted and replaced by the Schedule annexed and signed as relative to this Minute of Variation; (b) the Contract Price in Schedule 3 is increased to £412,600 per annum (exclusive of VAT); and (c) in clause 21.2 the minimum level of public liability insurance is increased to £10,000,000.
3. Payment. Invoices for the varied services shall be paid within thirty (30) days of receipt of a valid invoice.
===
4. Continuation. Save as varied by this Minute of Variation, the Contract continues in full force and effect, and nothing in this Minute of Variation alters the duration of the Contract or the parties' rights to terminate it.
5. Law. This Minute of Variation is governed by the law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
6. Counterparts. This Minute of Variation may be executed in any number of counterparts and delivered electronically in accordance with the Legal Writings (Counterparts and Delivery) (Scotland) Act 2015.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows:
| Subscribed for and on behalf of STRATHKELVIN HOUSING ASSOCIATION LIMITED | Subscribed for and on behalf of CALEDONIAN ESTATE SERVICES (SCOTLAND) LTD |
| at Glasgow on 2 June 2026 | at Paisley on 9 June 2026 |
| by Fiona McLeish, Chief Executive | by Iain R. Drummond, Director |
| before this witness: Catriona Baird, 40 Kirkintilloch Road, Bishopbriggs | before this witness: Sandeep Grewal, 7 Glen Lane, Paisley |`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Strathkelvin Housing Association Limited", "Caledonian Estate Services (Scotland) Ltd"],
      governingLaw: "Scotland",
      effectiveDate: "2026-07-01",
      amends: "Grounds Maintenance and Cleaning Services Contract",
    },
  },
  {
    id: "v23-letters-and-amendments-consent-letter-isle-of-man",
    format: "txt",
    source: `ELLAN VANNIN PROPERTY HOLDINGS LIMITED
(Company No. 019872C)
Fort Anne House, South Quay, Douglas, Isle of Man IM1 5PD
Directors: A. J. Kermode, L. M. Quayle-Brew
6 May 2026
By email and recorded delivery
The Directors
Tynwald Street Café Limited
Unit 4, Tynwald Mills, St John's, Isle of Man IM4 3AD
Dear Sirs,
# Landlord's Consent to Alterations
Unit 4, Tynwald Mills, St John's (the “Premises”)
We refer to the lease of the Premises dated 1 September 2021 made between Manx Heritage Mills Limited (1) and you (2) (the “Lease”), under which the Premises are let for a term of ten (10) years from 1 September 2021, and to your letter dated 14 April 2026 requesting our consent. The reversion to the Lease is now vested in us.
1. Consent. Subject to the conditions below, we consent under clause 4.12 of the Lease to the installation of a commercial kitchen extract system and a new shopfront at the Premises, as shown on drawing nos. TM4/01 to TM4/06 prepared by Corrin Byrne Architects (the “Works”).
2. Conditions. (a) The Works must be started within three (3) months and completed within six (6) months after the date of this letter; (b) they must be carried out in a good and workmanlike manner and in accordance with all necessary planning and building control approvals; (c) if we so require by giving you not less than six (6) months' notice before the end of the term, you must reinstate the Premises at the end of the term; and (d) you must pay within fourteen (14) days the fees of our surveyors, Kermode & Corlett Chartered Surveyors, of £1,250 plus VAT.
3. No variation. This letter does not vary the Lease, and the covenants in the Lease continue to apply. The guarantor under the Lease, Mr. Daniel P. Cregeen, is not released by this consent.
4. Lapse. This consent is personal to you and will lapse if the Works have not been started within the period in condition 2(a).
5. Law. This letter is governed by the laws of the Isle of Man, and the courts of the Isle of Man have exclusive jurisdiction.
Please sign and return the enclosed copy to confirm your agreement to the conditions above.
Yours faithfully,
Andrew J. Kermode
Director, for and on behalf of Ellan Vannin Property Holdings Limited
cc: Kermode & Corlett Chartered Surveyors; Mr. Daniel P. Cregeen (Guarantor)
We agree to the conditions set out in this letter.
Signed for and on behalf of Tynwald Street Café Limited by Niamh Kinvig, Director
Date: 11 May 2026`,
    truth: {
      title: "Landlord's Consent to Alterations",
      documentType: "Letter",
      parties: ["Ellan Vannin Property Holdings Limited", "Tynwald Street Café Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-05-06",
    },
  },
];
