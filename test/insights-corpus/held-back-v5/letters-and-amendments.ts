import type { UnseenDocument } from "../unseen/types";

/** Engagement letters, side and extension letters, notices, an offer letter, a comfort letter, and amendments, variations and addenda. */
export const LETTERS_AND_AMENDMENTS_V5: UnseenDocument[] = [
  {
    id: "v5-engagement-letter-london",
    format: "pdf",
    pageFooters: true,
    source: `CARROW WHITFIELD LLP
Solicitors
40 Queen Street, London EC4R 1BN | T +44 20 7946 0000 | carrowwhitfield.co.uk
Authorised and regulated by the Solicitors Regulation Authority (SRA No. 612233)
Our ref: CW/JH/40112
Your ref: -
2 September 2024
Private & Confidential
The Board of Directors
Larkspur Biotech Limited
Unit 5, Milton Park
Abingdon OX14 4RU
Dear Members of the Board
Re: Letter of engagement – proposed Series B financing
Thank you for asking us to act for Larkspur Biotech Limited (the "Company") in connection with its proposed Series B equity financing led by Meridian Life Sciences Fund III (the "Financing"). This letter and our Terms of Business set out the basis on which we will act.
1. Scope of work
We will advise the Company on the Financing, including preparing the subscription and shareholders' agreements and new articles of association, and managing completion. Our engagement does not extend to tax structuring, employment matters or the Company's lease of its premises at Milton Park (granted for a term of 10 years from 2021), on which we will be happy to advise separately.
2. Responsibility
Jessica Hale, Partner, will be responsible for this matter, assisted by Tom Okonjo, Senior Associate.
3. Fees
Our fees will be calculated on the time spent at the hourly rates in the attached schedule. We estimate our fees at £85,000 to £110,000 plus VAT and disbursements. We will invoice monthly and our invoices are payable within 30 days.
===
4. Termination
You may end our engagement at any time by writing to us. We may stop acting on reasonable notice.
5. Terms of Business
Our Terms of Business, enclosed, apply to this engagement. They and this letter are governed by the law of England and Wales.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
Carrow Whitfield LLP
Jessica Hale, Partner
I confirm my agreement, on behalf of Larkspur Biotech Limited, to the terms of this letter and the Terms of Business.
Signed: Dr Anika Bose, Chief Executive Officer
Date: 9 September 2024`,
    truth: {
      title: "Letter of engagement – proposed Series B financing",
      documentType: "Engagement letter",
      parties: ["Carrow Whitfield LLP", "Larkspur Biotech Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2024-09-02",
    },
  },
  {
    id: "v5-engagement-letter-boston",
    format: "docx",
    storedPageCount: 2,
    source: `PEMBERTON HAAS & LOWELL LLP
One Federal Street, 27th Floor
Boston, Massachusetts 02110
September 30, 2024
VIA EMAIL
Ms. Renata Alvarez
General Counsel
Quarry Hill Brewing Company
88 Water Street
Portland, Maine 04101
Re: Engagement Letter and Terms of Engagement
Dear Renata:
We are pleased that Quarry Hill Brewing Company (the "Client") has selected Pemberton Haas & Lowell LLP (the "Firm") to represent it in connection with the trademark opposition proceedings brought by Granite State Ales, Inc. before the Trademark Trial and Appeal Board (the "Matter"). This letter confirms the terms of our engagement.
Scope. Our engagement is limited to the Matter. It does not include any appeal, or the renegotiation of the Client's distribution agreement with Downeast Beverage Co., which has a term of five years from January 1, 2022.
Staffing. Michael Lowell will be the partner primarily responsible for the Matter.
Fees. Our fees will be based on hourly rates, currently $650 to $1,050 for partners and $395 to $720 for associates. We ask for a retainer of $25,000, to be held in our client trust account and applied to our final invoice. Invoices are due within thirty (30) days of receipt.
Conflicts. We have conducted a conflicts check and are not aware of any conflict of interest.
Termination. The Client may terminate our engagement at any time. We may withdraw as permitted by the Massachusetts Rules of Professional Conduct.
Governing Law. This engagement letter shall be governed by the laws of the Commonwealth of Massachusetts.
===
If these terms are acceptable, please sign below and return a copy to me.
Very truly yours,
PEMBERTON HAAS & LOWELL LLP
By: Michael Lowell, Partner
AGREED AND ACCEPTED:
QUARRY HILL BREWING COMPANY
By: Renata Alvarez, General Counsel
Date: October 4, 2024`,
    truth: {
      title: "Engagement Letter and Terms of Engagement",
      documentType: "Engagement letter",
      parties: ["Pemberton Haas & Lowell LLP", "Quarry Hill Brewing Company"],
      governingLaw: "Massachusetts",
      effectiveDate: "2024-09-30",
    },
  },
  {
    id: "v5-costs-agreement-sydney",
    format: "txt",
    source: `HARBOUR LANE LAWYERS PTY LTD
ABN 12 345 678 901
Level 12, 1 Macquarie Place, Sydney NSW 2000
14 February 2025
Mr Liam O'Connor
Director
Saltbush Interiors Pty Ltd
Shop 9, 220 Pitt Street
Sydney NSW 2000
By email: liam@saltbushinteriors.com.au
Our ref: PK:2025-0142
Dear Mr O'Connor
Your retail lease dispute - our engagement and costs disclosure
Thank you for instructing us to act for Saltbush Interiors Pty Ltd (you) in your dispute with the lessor of Shop 9, 220 Pitt Street, Sydney. We understand that the lease was granted for a term of 7 years from 1 July 2021 and that the lessor has issued a notice to remedy breach on 3 February 2025, which expires on 3 March 2025.
This letter is our costs agreement and disclosure under the Legal Profession Uniform Law (NSW).
1. Scope of work: We will advise you on the notice to remedy breach, negotiate with the lessor and, if necessary, commence proceedings in the NSW Civil and Administrative Tribunal.
2. Legal costs: We charge on the basis of time at the following hourly rates (excluding GST): Principal $720; Senior Associate $540; Solicitor $390. We estimate our total legal costs for the advice and negotiation stage at $12,000 to $18,000 (excluding GST and disbursements).
3. Billing: We will bill you monthly. Each bill is payable within 14 days.
4. Your rights: You have the right to negotiate this costs agreement, to receive an itemised bill, and to seek the assistance of the NSW Legal Services Commissioner in the event of a dispute about legal costs.
5. Ending the engagement: You may end our engagement at any time by telling us in writing.
6. Law: This costs agreement is governed by the law of New South Wales.
Please sign the enclosed copy and return it to us.
Yours sincerely
Priya Kaur
Principal
Harbour Lane Lawyers Pty Ltd
I accept this costs agreement on behalf of Saltbush Interiors Pty Ltd.
Signed: Liam O'Connor, Director     Date: 17 February 2025`,
    truth: {
      title: "Your retail lease dispute - our engagement and costs disclosure",
      documentType: "Engagement letter",
      parties: ["Harbour Lane Lawyers Pty Ltd", "Saltbush Interiors Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2025-02-14",
    },
  },
  {
    id: "v5-side-letter-facilities",
    format: "txt",
    source: `NORTHUMBRIAN BANK PLC
Corporate Banking, 10 Grey Street, Newcastle upon Tyne NE1 6AE
To: Strathmore Foods Holdings Limited
Attention: Alan Strathmore, Director
3 March 2025
Dear Sirs
Re: £15,000,000 Term and Revolving Facilities Agreement dated 30 September 2024 - side letter
1. We refer to the £15,000,000 term and revolving facilities agreement dated 30 September 2024 between you as borrower and us as lender (the "Facility Agreement"). Terms defined in the Facility Agreement have the same meaning in this letter.
2. You have asked us to agree to a change to the financial covenant in clause 6.1 of the Facility Agreement for the Relevant Period ending on 31 March 2025, because of the delayed commissioning of your Perth production line.
3. With effect from the date of this letter, the Facility Agreement is amended so that, for the Relevant Period ending on 31 March 2025 only, Leverage shall not exceed 3.25:1 (instead of 2.75:1).
4. In consideration of our agreement, you shall pay us an amendment fee of £15,000 within 5 Business Days of the date of this letter.
5. Except as amended by this letter, the Facility Agreement remains in full force and effect. This letter is a Finance Document.
6. This letter and any non-contractual obligations arising out of or in connection with it are governed by English law.
Please confirm your agreement by signing and returning the enclosed copy of this letter.
Yours faithfully
Joanne Tait
Director, Corporate Banking
for and on behalf of Northumbrian Bank plc
We agree to the terms of this letter.
for and on behalf of Strathmore Foods Holdings Limited
Alan Strathmore, Director
Date: 5 March 2025`,
    truth: {
      title: "£15,000,000 Term and Revolving Facilities Agreement dated 30 September 2024 - side letter",
      documentType: "Amendment",
      parties: ["Northumbrian Bank plc", "Strathmore Foods Holdings Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2025-03-03",
      amends: "£15,000,000 Term and Revolving Facilities Agreement",
    },
  },
  {
    id: "v5-termination-notice-singapore",
    format: "docx",
    source: `LUMEN HARBOUR PTE. LTD.
1 Marina Boulevard, #20-01, Singapore 018989
UEN 201507788D
10 March 2025
BY HAND AND BY EMAIL (legal@tessaract.sg)
Tessaract Consulting Pte. Ltd.
80 Robinson Road, #14-02
Singapore 068898
Attention: Ms Rachel Goh, Director
Dear Sirs
Re: Notice of Termination – Master Services Agreement dated 3 June 2024
1. We refer to the Master Services Agreement dated 3 June 2024 between Tessaract Consulting Pte. Ltd. as Service Provider and Lumen Harbour Pte. Ltd. as Client (the "Agreement").
2. Pursuant to Clause 4.1 of the Agreement, we hereby give you ninety (90) days' written notice of termination of the Agreement. The Agreement will accordingly terminate on 8 June 2025 (the "Termination Date").
3. In accordance with Clause 4.2 of the Agreement, each Statement of Work currently in force will terminate on the Termination Date.
4. Please contact our Head of IT, Mr Daniel Seah, within fourteen (14) days of the date of this letter to agree an exit plan for the orderly transfer of the Services.
5. Your obligations of confidentiality under Clause 5 of the Agreement continue for three (3) years after the Termination Date.
6. This notice is without prejudice to any rights or remedies accrued to us under the Agreement as at the Termination Date.
Yours faithfully
For and on behalf of
LUMEN HARBOUR PTE. LTD.
Vincent Ong
Chief Operating Officer`,
    truth: {
      title: "Notice of Termination – Master Services Agreement dated 3 June 2024",
      documentType: "Notice",
      parties: ["Lumen Harbour Pte. Ltd.", "Tessaract Consulting Pte. Ltd."],
      effectiveDate: "2025-03-10",
    },
  },
  {
    id: "v5-rent-review-notice-scotland",
    format: "pdf",
    source: `DRUMMOND KERR LLP
Solicitors and Estate Agents
160 St Vincent Street, Glasgow G2 5NR
DX GW 45
Recorded Delivery and Email
Mackinnon & Reid Limited
Unit 12, Hillington Park
Glasgow G52 4XX
Date: 2 June 2025
Our Ref: DK/FK/CLY.112
# NOTICE OF RENT REVIEW
Dear Sirs
Unit 12, Hillington Park, Glasgow
Lease between The Clydeside Pension Trustees Limited and Mackinnon & Reid Limited
We act on behalf of our clients The Clydeside Pension Trustees Limited, as trustee for the Clydeside Engineering Pension Scheme, the Landlords under the Lease of the above subjects dated 21 and 25 November 2024 (the "Lease").
On behalf of the Landlords, we hereby give you notice in terms of Part 3 of the Schedule to the Lease that the Landlords require the rent payable under the Lease to be reviewed with effect from the Review Date of 28 November 2027.
The Landlords propose that the rent payable from the Review Date shall be ONE HUNDRED AND TWENTY-TWO THOUSAND POUNDS (£122,000) per annum, exclusive of VAT.
If the rent is not agreed by 28 August 2027, either party may apply to the Chairman for the time being of the Royal Institution of Chartered Surveyors in Scotland for the appointment of an independent surveyor, acting as an expert, to determine the rent.
The Lease continues until 27 November 2029 and nothing in this notice affects its other terms.
Yours faithfully
Drummond Kerr LLP
for and on behalf of The Clydeside Pension Trustees Limited`,
    truth: {
      title: "Notice of Rent Review",
      documentType: "Notice",
      parties: ["The Clydeside Pension Trustees Limited", "Mackinnon & Reid Limited"],
      effectiveDate: "2025-06-02",
    },
  },
  {
    id: "v5-extension-letter-consultancy-nz",
    format: "txt",
    source: `Te Awa Energy Limited
Level 6, 22 Customhouse Quay, Wellington 6011
20 June 2025
Hemi Tauroa
14 Rata Street
Lower Hutt 5010
Kia ora Hemi
Re: Extension of Consultancy Agreement dated 9 July 2024
We refer to the consultancy agreement between Te Awa Energy Limited and you dated 9 July 2024 (the "Agreement"). Under clause 1.2 of the Agreement, your engagement ends on 14 July 2025.
We are delighted with the progress of the consent applications and would like you to continue working with us through the hearing stage. We therefore propose that the Agreement is varied as follows:
1. Clause 1.2 of the Agreement is amended so that the engagement ends on 14 January 2026, unless ended earlier under clause 8.
2. From 15 July 2025, the daily fee in clause 2.1 increases to NZ$1,550 (plus GST).
3. All other terms of the Agreement remain unchanged, including the 20 working days' notice period in clause 8.1.
If you agree, please sign and return a copy of this letter by 4 July 2025.
Ngā mihi
Mereana Walker
Chief Executive
Te Awa Energy Limited
I agree to the variation of the Agreement on the terms of this letter.
Hemi Tauroa
Date: 24 June 2025`,
    truth: {
      title: "Extension of Consultancy Agreement dated 9 July 2024",
      documentType: "Amendment",
      parties: ["Te Awa Energy Limited", "Hemi Tauroa"],
      effectiveDate: "2025-06-20",
      expiryDate: "2026-01-14",
      amends: "Consultancy Agreement",
    },
  },
  {
    id: "v5-offer-of-employment-dublin",
    format: "docx",
    source: `LIFFEY QUAY SOLICITORS LLP
North Wall Quay, Dublin 1, D01 H104
www.liffeyquay.ie
5 May 2025
PRIVATE AND CONFIDENTIAL
Ms Aoife Brennan
12 Seaview Terrace
Howth, Co. Dublin D13 K2X7
Dear Aoife,
Re: Offer of Employment – Senior Associate, Commercial Property
Following your recent interviews, I am delighted to offer you the position of Senior Associate in our Commercial Property department on the terms below.
1. Start date: Your employment will commence on 1 July 2025. Your period of continuous employment will begin on that date.
2. Probation: The first six months of your employment will be a probationary period, which may be extended by up to a further two months in accordance with the Employment (Miscellaneous Provisions) Act 2018.
3. Salary: €98,000 per annum, paid monthly in arrears by credit transfer, reviewed annually in January.
4. Hours: 9.00 a.m. to 5.30 p.m., Monday to Friday, with such additional hours as the proper performance of your duties requires.
5. Annual leave: 25 days per year, in addition to public holidays.
6. Notice: After probation, either party may terminate your employment by giving three months' written notice; during probation the notice period is one week.
7. Practising certificate: The firm will pay your annual practising certificate fee and Law Society subscription.
8. Conditions: This offer is conditional on satisfactory references and on your holding a current practising certificate issued by the Law Society of Ireland.
9. Law: This offer and your contract of employment are governed by Irish law.
Please confirm your acceptance by signing and returning the enclosed copy of this letter within 14 days.
Yours sincerely,
Cormac Doyle
Managing Partner
For and on behalf of Liffey Quay Solicitors LLP
I accept the offer of employment on the terms set out above.
Signed: Aoife Brennan     Date: 9 May 2025`,
    truth: {
      title: "Offer of Employment – Senior Associate, Commercial Property",
      documentType: "Employment agreement",
      parties: ["Liffey Quay Solicitors LLP", "Aoife Brennan"],
      governingLaw: "Ireland",
      effectiveDate: "2025-05-05",
    },
  },
  {
    id: "v5-comfort-letter-hong-kong",
    format: "pdf",
    source: `GOLDEN HARBOUR HOLDINGS LIMITED
金港控股有限公司
28/F, Gloucester Tower, The Landmark, 15 Queen's Road Central, Hong Kong
20 November 2024
Pearl River Commercial Bank Limited
Corporate Banking Division
8 Des Voeux Road Central
Hong Kong
Attention: Mr. Alex Yip, Director, Corporate Banking
Dear Sirs,
Re: Letter of Comfort – Kowloon Precision Instruments Limited – Banking Facilities of HK$30,000,000
1. We understand that you have offered banking facilities of up to HK$30,000,000 (the "Facilities") to our wholly-owned subsidiary, Kowloon Precision Instruments Limited (the "Subsidiary"), under your facility letter dated 4 November 2024, which provides for a tenor of 3 years.
2. We confirm that we are aware of the Facilities and approve of the Subsidiary entering into them.
3. It is our present intention to maintain our shareholding in the Subsidiary for so long as the Facilities remain outstanding, and we will give you not less than 30 days' prior notice of any proposed disposal of our shares in it.
4. It is our policy to ensure that the Subsidiary is at all times in a position to meet its financial obligations as they fall due.
5. This letter is not, and shall not be construed as, a guarantee, and does not create any legally binding obligation on our part other than under paragraph 3.
6. This letter shall be governed by and construed in accordance with the laws of Hong Kong.
Yours faithfully,
For and on behalf of
GOLDEN HARBOUR HOLDINGS LIMITED
Kwok Man Hin
Director`,
    truth: {
      title: "Letter of Comfort – Kowloon Precision Instruments Limited – Banking Facilities of HK$30,000,000",
      documentType: "Letter",
      parties: ["Golden Harbour Holdings Limited", "Pearl River Commercial Bank Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2024-11-20",
    },
  },
  {
    id: "v5-second-amendment-subscription",
    format: "pdf",
    pageFooters: true,
    source: `# SECOND AMENDMENT TO CLOUD SUBSCRIPTION AGREEMENT
This Second Amendment to Cloud Subscription Agreement (this "Amendment") is entered into as of October 1, 2025 (the "Amendment Effective Date") by and between Northwind Analytics, Inc. ("Provider") and Halberd & Crane LLP ("Customer").
RECITALS
A. Provider and Customer are parties to that certain Cloud Subscription Agreement dated as of March 1, 2025, as amended by the First Amendment dated June 12, 2025 (as so amended, the "Agreement"), under which Provider provides Customer access to the Platform for an Initial Subscription Term of thirty-six (36) months.
B. Customer wishes to increase its number of Authorized Users and add the Northwind Translate module, and the parties wish to amend the Agreement accordingly.
NOW, THEREFORE, the parties agree as follows:
1. Authorized Users. Effective as of the Amendment Effective Date, the number of Authorized Users set out in the Order Form is increased from 250 to 400.
2. Northwind Translate. Section 1 of the Agreement is amended by adding the following definition: "Translate Module" means Provider's machine translation add-on for the Platform, which forms part of the Platform for all purposes of the Agreement.
3. Fees. The annual Fees are increased by $84,000, prorated for the remainder of the current contract year and invoiced on the Amendment Effective Date. Invoices under this Amendment are due net thirty (30) days.
4. Effect of Amendment. Except as expressly amended by this Amendment, the Agreement remains unchanged and in full force and effect. In the event of a conflict between this Amendment and the Agreement, this Amendment controls.
5. Miscellaneous. This Amendment shall be governed by the governing law provision of the Agreement. This Amendment may be executed in counterparts, including by electronic signature.
IN WITNESS WHEREOF, the parties have executed this Amendment as of the Amendment Effective Date.
NORTHWIND ANALYTICS, INC.
By: /s/ Dana Whitlock
Name: Dana Whitlock
Title: Chief Revenue Officer
HALBERD & CRANE LLP
By: /s/ Thomas Crane
Name: Thomas Crane
Title: Managing Partner`,
    truth: {
      title: "Second Amendment to Cloud Subscription Agreement",
      documentType: "Amendment",
      parties: ["Northwind Analytics, Inc.", "Halberd & Crane LLP"],
      effectiveDate: "2025-10-01",
      amends: "Cloud Subscription Agreement",
    },
  },
  {
    id: "v5-deed-of-variation-supply-au",
    format: "txt",
    source: `# DEED OF VARIATION
Supply Agreement - Redgum Packaging Pty Ltd and Coastal Fresh Foods Pty Limited
Date: 2 June 2025
Parties
1. Redgum Packaging Pty Ltd ACN 123 456 789 of 14 Foundry Road, Seven Hills NSW 2147 (Supplier)
2. Coastal Fresh Foods Pty Limited ACN 987 654 321 of 2 Harbour Drive, Coffs Harbour NSW 2450 (Purchaser)
Background
A. The Supplier and the Purchaser are parties to a supply agreement dated 19 September 2024 for an initial term of 3 years from 1 October 2024 (Supply Agreement).
B. The parties wish to vary the Supply Agreement to add compostable products and to change the pricing in Schedule 2.
Operative provisions
1. Definitions
Words defined in the Supply Agreement have the same meaning in this deed. Variation Date means 1 July 2025.
2. Variation
2.1 With effect on and from the Variation Date, the Supply Agreement is varied as follows:
(a) the definition of "Products" in clause 1 is amended by adding "and the compostable fibre containers described in Schedule 1A";
(b) Schedule 2 (Pricing) is deleted and replaced by the Schedule to this deed; and
(c) in clause 2.2, "14 days" is replaced by "10 Business Days".
3. Confirmation
3.1 Except as varied by this deed, the Supply Agreement continues in full force and effect, and the parties confirm that the Expiry Date remains unchanged.
4. Costs
4.1 Each party must pay its own costs of negotiating and executing this deed.
5. Governing law
5.1 This deed is governed by the law in force in New South Wales.
Schedule - Replacement Schedule 2 (Pricing)
| Product | Unit | Price (ex GST) |
| 500 ml clamshell | carton of 400 | $121.00 |
| 1 L clamshell | carton of 250 | $134.50 |
| 750 ml fibre bowl | carton of 300 | $149.00 |
Executed as a deed.
Executed by Redgum Packaging Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth)
Executed by Coastal Fresh Foods Pty Limited in accordance with section 127 of the Corporations Act 2001 (Cth)`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Redgum Packaging Pty Ltd", "Coastal Fresh Foods Pty Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2025-07-01",
      amends: "Supply Agreement",
    },
  },
  {
    id: "v5-addendum-nda-india",
    format: "docx",
    storedPageCount: 1,
    source: `# ADDENDUM NO. 1 TO NON-DISCLOSURE AGREEMENT
This Addendum No. 1 ("Addendum") is made at Mumbai on this 10th day of March, 2025
BETWEEN
KAVERI FINTECH PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having its registered office at 402, Nariman Bhavan, Nariman Point, Mumbai 400 021 (the "Disclosing Party") of the ONE PART;
AND
MR. ARJUN MEHTA, residing at Flat 12B, Sea Breeze Apartments, Bandra (West), Mumbai 400 050 (the "Recipient") of the OTHER PART.
WHEREAS:
A. The Parties have entered into a Non-Disclosure Agreement dated 5th September, 2024 (the "Principal Agreement"), which is valid for a period of three (3) years from its date of execution.
B. The Disclosing Party now also wishes to seek the Recipient's advice on the proposed acquisition of a payment aggregator licence (the "Second Project").
NOW THIS ADDENDUM WITNESSETH AS FOLLOWS:
1. With effect from the date of this Addendum, the term "Project" in the Principal Agreement shall include the Second Project.
2. Clause 3 of the Principal Agreement is amended by replacing "seven (7) days" with "three (3) business days".
2A. The Recipient confirms that he has not disclosed any Confidential Information received under the Principal Agreement to any third party.
2B. Each Party represents that it has full power and authority to enter into this Addendum.
3. All other terms of the Principal Agreement shall remain unchanged and in full force and effect. This Addendum shall be read together with the Principal Agreement as one instrument.
4. This Addendum shall be governed by the laws of India and the courts at Mumbai shall have exclusive jurisdiction.
IN WITNESS WHEREOF the Parties have signed this Addendum on the day and year first above written.
For KAVERI FINTECH PRIVATE LIMITED
Neha Kulkarni, Director
ARJUN MEHTA`,
    truth: {
      title: "Addendum No. 1 to Non-Disclosure Agreement",
      documentType: "Amendment",
      parties: ["Kaveri Fintech Private Limited", "Arjun Mehta"],
      governingLaw: "India",
      effectiveDate: "2025-03-10",
      amends: "Non-Disclosure Agreement",
    },
  },
];
