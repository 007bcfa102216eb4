import type { UnseenDocument } from "../unseen/types";

/** Tuning set v28: letters and amendments — side, comfort, consent, engagement and offer letters; amendments, addenda, variations, deeds of variation. */
export const LETTERS_AND_AMENDMENTS_V28: UnseenDocument[] = [
  {
    id: "v28-letters-and-amendments-deed-of-variation-facility-ew",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
relating to a facility agreement dated 9 September 2022
THIS DEED is dated 24 March 2026
PARTIES
(1) NORTHGATE CAPITAL PARTNERS LLP, a limited liability partnership incorporated in England and Wales with registered number OC398112 whose registered office is at 40 Gresham Street, London EC2V 7BY (the "Lender");
(2) PENHALLOW FOODS LIMITED, a company incorporated in England and Wales with company number 08812345 whose registered office is at Unit 4, Treloggan Industrial Estate, Newquay TR7 2SX (the "Borrower"); and
(3) PENHALLOW GROUP HOLDINGS LIMITED, a company incorporated in England and Wales with company number 08812001 whose registered office is at Unit 4, Treloggan Industrial Estate, Newquay TR7 2SX (the "Guarantor").
BACKGROUND
(A) The Lender and the Borrower entered into a facility agreement dated 9 September 2022 under which the Lender made available a term loan facility of £4,500,000 (the "Facility Agreement"). The Guarantor guaranteed the obligations of the Borrower under a guarantee of the same date.
(B) The parties have agreed to vary the Facility Agreement on the terms of this deed.
# 1. Definitions and interpretation
1.1 Terms defined in the Facility Agreement have the same meaning when used in this deed unless given a different meaning in this deed.
1.2 "Effective Date" means 1 April 2026.
# 2. Variations
2.1 With effect from the Effective Date, the Facility Agreement is varied as follows:
(a) in clause 1.1 (Definitions) the definition of "Margin" is deleted and replaced with: "Margin" means 3.25 per cent. per annum;
(b) in clause 21.2 (Leverage) the ratio "2.50:1" is replaced with "3.00:1" for each Relevant Period ending on or before 31 December 2027.
2.2 For the avoidance of doubt, the Termination Date remains the date falling five years after the date of the Facility Agreement and the repayment instalments set out in Schedule 5 of the Facility Agreement are unchanged.
# 3. Guarantor confirmation
3.1 The Guarantor consents to the variations made by this deed and confirms that its guarantee extends to the obligations of the Borrower under the Facility Agreement as varied by this deed.
# 4. Continuation
4.1 Save as varied by this deed, the Facility Agreement remains in full force and effect. The Facility Agreement and this deed shall be read and construed as one document.
# 5. Costs
5.1 The Borrower shall, within ten Business Days of demand, pay the Lender the amount of all legal costs reasonably incurred by it in connection with this deed.
# 6. Governing law and jurisdiction
6.1 This deed and any non-contractual obligations arising out of or in connection with it are governed by the law of England and Wales.
6.2 The courts of England have exclusive jurisdiction to settle any dispute arising out of or in connection with this deed.
This document is executed as a deed and delivered on the date stated at the beginning of it.
===
# Execution
Executed as a deed by NORTHGATE CAPITAL PARTNERS LLP acting by two members:
Member: Rupert Ashdown
Member: Helena Marchetti
Executed as a deed by PENHALLOW FOODS LIMITED acting by a director in the presence of a witness:
Director: Tamsin Trevithick
Witness: Owen Pascoe, solicitor, 3 Lemon Street, Truro TR1 2LQ
Executed as a deed by PENHALLOW GROUP HOLDINGS LIMITED acting by a director in the presence of a witness:
Director: Tamsin Trevithick
Witness: Owen Pascoe, solicitor, 3 Lemon Street, Truro TR1 2LQ`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Northgate Capital Partners LLP", "Penhallow Foods Limited", "Penhallow Group Holdings Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-01",
      amends: "Facility Agreement",
    },
  },
  {
    id: "v28-letters-and-amendments-offer-of-employment-singapore",
    format: "docx",
    storedPageCount: 2,
    source: `Meridian Quay Analytics Pte. Ltd.
UEN 201912345K, 8 Marina View, #22-01 Asia Square Tower 1, Singapore 018960
12 May 2026
PRIVATE AND CONFIDENTIAL
Ms Priya Ramasamy
Blk 415 Ang Mo Kio Avenue 10, #09-1123
Singapore 560415
Dear Priya,
# Offer of Employment
We are delighted to offer you the position of Senior Data Engineer with Meridian Quay Analytics Pte. Ltd. (the "Company") on the terms set out in this letter.
1. Commencement. Your employment will commence on 1 July 2026 (the "Commencement Date"). Your employment is permanent and will continue until terminated in accordance with paragraph 6.
2. Probation. The first three (3) months of your employment will be a probationary period. During probation either party may end your employment by giving one (1) week's written notice.
3. Salary. Your basic salary is S$9,800 per month, payable in arrears on or before the 25th day of each month. You will also be eligible for an annual wage supplement equal to one month's basic salary, pro-rated in your first year.
4. Hours and place of work. Your normal working hours are 9.00 a.m. to 6.00 p.m., Monday to Friday. Your place of work is the Company's office at Marina View, although you may be permitted to work remotely up to two days a week.
5. Annual leave. You are entitled to eighteen (18) working days' paid annual leave in each calendar year, in addition to gazetted public holidays.
6. Termination. After your employment is confirmed, either party may terminate your employment by giving two (2) months' written notice or paying salary in lieu of notice.
===
7. Non-solicitation. For a period of six (6) months after your employment ends, you shall not solicit any client of the Company with whom you had material dealings in the final twelve (12) months of your employment.
8. Confidentiality. You must keep the Company's confidential information secret both during your employment and after it ends.
9. Staff handbook. The Company's staff handbook, as amended from time to time, applies to you but does not form part of your contract.
10. Governing law. This letter and your employment are governed by the laws of the Republic of Singapore.
This offer remains open for acceptance until 26 May 2026. To accept, please sign and return the duplicate copy of this letter.
Yours sincerely,
Daniel Koh
Head of People
For and on behalf of Meridian Quay Analytics Pte. Ltd.
# Acceptance
I, Priya Ramasamy (NRIC S8834512D), accept the offer of employment on the terms set out in this letter.
Signature: ______________________
Date: 19 May 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Meridian Quay Analytics Pte. Ltd.", "Priya Ramasamy"],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-01",
      term: "Until terminated",
    },
  },
  {
    id: "v28-letters-and-amendments-audit-engagement-ireland",
    format: "txt",
    source: `BRENNAN WALSH & CO.
Chartered Accountants and Registered Auditors
Block C, Grand Canal Quay, Dublin 2, D02 X576
Our ref: HL/AUD/2026/041
The Board of Directors
Harbourview Logistics Limited
Unit 9, Ringaskiddy Business Park
Ringaskiddy, Co. Cork P43 KX82
3rd February 2026
Dear Directors,
# Terms of Engagement
Statutory audit of the financial statements for the year ending 31 December 2026 and subsequent years
1. Purpose of this letter. This letter sets out the basis on which Brennan Walsh & Co. ("we", "us") will act as statutory auditors of Harbourview Logistics Limited (the "Company") and the respective responsibilities of the directors and of ourselves. It replaces our letter of engagement dated 14 January 2023.
2. Responsibilities of the directors. Under the Companies Act 2014 the directors are responsible for keeping adequate accounting records and for preparing financial statements that give a true and fair view of the assets, liabilities, financial position and profit or loss of the Company.
3. Our responsibilities. We will report to the members whether, in our opinion, the financial statements give a true and fair view and have been properly prepared in accordance with the Companies Act 2014. Our audit will be conducted in accordance with International Standards on Auditing (Ireland).
4. Other services. We will also prepare the Company's corporation tax return (Form CT1) for each audited year. Any other work will be the subject of a separate letter.
5. Fees. Our fees are based on the time spent by our partners and staff. We estimate the fee for the 2026 audit at €18,500 plus VAT. We will invoice in two stages and each invoice is payable within thirty (30) days of its date.
6. Working papers. Our working papers are our property. We retain them for a period of six (6) years after the completion of each audit.
7. Limitation of liability. Our aggregate liability for any one audit year is limited to €1,000,000, save where the law does not permit us to limit it.
8. Duration. This engagement will continue in force until it is terminated by either of us on written notice, or until we cease to hold office as auditors, or until it is replaced by a new letter of engagement.
9. Governing law. This letter shall be governed by and construed in accordance with the laws of Ireland, and the Irish courts shall have exclusive jurisdiction in relation to any dispute arising from it.
Please confirm your agreement to these terms by signing and returning the enclosed copy.
Yours faithfully,
Brennan Walsh & Co.
Siobhán Brennan, Partner
We agree to the terms of this letter.
Signed for and on behalf of Harbourview Logistics Limited
Director: Declan Moriarty
Date: 11 February 2026`,
    truth: {
      title: "Terms of Engagement",
      documentType: "Engagement letter",
      parties: ["Brennan Walsh & Co.", "Harbourview Logistics Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-03",
      term: "Until terminated",
    },
  },
  {
    id: "v28-letters-and-amendments-letter-of-comfort-hong-kong",
    format: "pdf",
    pdfMargin: 80,
    source: `SINO-PACIFIC HOLDINGS LIMITED
(incorporated in Bermuda with limited liability)
Level 28, Two Exchange Square, 8 Connaught Place, Central, Hong Kong
To: Harbour Commercial Bank (Hong Kong) Limited
Corporate Banking Division, 88 Des Voeux Road Central, Hong Kong
Attention: Ms Winnie Lau, Director, Corporate Banking
Date: 20 January 2026
Dear Sirs,
# Letter of Comfort
Re: Banking facilities of up to HK$120,000,000 granted to Golden Lotus Trading Company Limited
We refer to the facility letter dated 5 December 2025 (the "Facility Letter") issued by you to our wholly-owned subsidiary, Golden Lotus Trading Company Limited (the "Subsidiary"), under which you have made available revolving credit and term loan facilities with a final maturity date of 4 December 2030.
In consideration of your making the facilities available to the Subsidiary, we confirm to you that:
1. we are aware of, and have approved, the Subsidiary's acceptance of the Facility Letter;
2. it is our present intention to maintain our entire shareholding in the Subsidiary for so long as any amount is outstanding under the Facility Letter, and we will give you not less than thirty (30) days' prior written notice of any proposal to dispose of any part of that shareholding;
3. it is our policy to ensure that the Subsidiary is managed in such a way that it is at all times in a position to meet its financial obligations as they fall due; and
4. we will not take any step to require repayment of any loan made by us to the Subsidiary while any amount remains outstanding under the Facility Letter, save with your prior written consent.
This letter is a statement of our present policy and intention only. It does not constitute a guarantee, indemnity or other legally binding obligation on our part to pay any sum owing by the Subsidiary.
This letter shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
Yours faithfully,
For and on behalf of
SINO-PACIFIC HOLDINGS LIMITED
Chan Ka-wing, Executive Director
Cheung Mei-ling, Company Secretary`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Sino-Pacific Holdings Limited", "Harbour Commercial Bank (Hong Kong) Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-01-20",
    },
  },
  {
    id: "v28-letters-and-amendments-first-amendment-msa-delaware",
    format: "docx",
    source: `# FIRST AMENDMENT TO MASTER SERVICES AGREEMENT
This First Amendment to Master Services Agreement (this "Amendment") is made and entered into as of March 3, 2026 (the "Amendment Effective Date"), by and between Bluestem Clinical Systems, Inc., a Delaware corporation with its principal place of business at 1200 Market Street, Suite 900, Wilmington, Delaware 19801 ("Client"), and Arcadia Cloud Operations LLC, a Texas limited liability company with offices at 500 West 5th Street, Austin, Texas 78701 ("Provider").
# RECITALS
WHEREAS, Client and Provider are parties to that certain Master Services Agreement dated as of June 15, 2023 (the "Agreement"), which has an initial term of three (3) years and renews automatically for successive one (1) year periods unless either party gives ninety (90) days' notice of non-renewal;
WHEREAS, the parties wish to amend the Agreement to add disaster recovery services and to revise the fee schedule and service levels, as provided below.
NOW, THEREFORE, in consideration of the mutual covenants set forth herein and other good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the parties agree as follows:
1. Defined Terms. Capitalized terms used but not defined in this Amendment have the meanings given to them in the Agreement.
2. Additional Services. Exhibit A (Statement of Work No. 1) is amended by adding the Disaster Recovery Services described in Attachment 1 to this Amendment.
3. Fees. Exhibit B (Fee Schedule) is deleted in its entirety and replaced with the Exhibit B attached to this Amendment. The revised fees apply to invoices issued on or after the Amendment Effective Date. Undisputed invoices remain payable within forty-five (45) days of receipt.
4. Service Levels. Section 7.2 of the Agreement is amended by replacing "99.5%" with "99.9%". Service credits accrued in any calendar month shall not exceed fifteen percent (15%) of the monthly fees for that month.
5. No Other Changes. Except as expressly set forth herein, the Agreement remains unmodified and in full force and effect. In the event of any conflict between this Amendment and the Agreement, this Amendment shall control.
6. Governing Law. This Amendment shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles.
7. Counterparts. This Amendment may be executed in counterparts, each of which shall be deemed an original, and signatures delivered by electronic means shall be effective as originals.
IN WITNESS WHEREOF, the parties have executed this Amendment as of the Amendment Effective Date.
| BLUESTEM CLINICAL SYSTEMS, INC. | ARCADIA CLOUD OPERATIONS LLC |
| By: /s/ Margaret Ostrowski | By: /s/ Luis Echeverría |
| Name: Margaret Ostrowski | Name: Luis Echeverría |
| Title: Chief Operating Officer | Title: Managing Member |
| Date: March 5, 2026 | Date: March 3, 2026 |
===
# ATTACHMENT 1 – DISASTER RECOVERY SERVICES
1. Provider will maintain a warm standby environment in a geographically separate data center.
2. Recovery Time Objective: four (4) hours. Recovery Point Objective: fifteen (15) minutes.
3. Provider will conduct a failover test twice each calendar year and deliver a written report within ten (10) business days after each test.`,
    truth: {
      title: "First Amendment to Master Services Agreement",
      documentType: "Amendment",
      parties: ["Bluestem Clinical Systems, Inc.", "Arcadia Cloud Operations LLC"],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v28-letters-and-amendments-consent-change-of-control-ontario",
    format: "txt",
    source: `LAKEHEAD OUTDOOR BRANDS INC.
2200 Yonge Street, Suite 1500, Toronto, Ontario M4S 2C6
April 8, 2026
DELIVERED BY EMAIL
Northshore Paddle Supply Ltd.
41 Cumberland Street North, Thunder Bay, Ontario P7A 4K8
Attention: Mr. Graham Whitlock, President
Dear Mr. Whitlock:
# Consent to Change of Control
Exclusive Distribution Agreement dated November 1, 2021 (the "Distribution Agreement")
We refer to the Distribution Agreement between Lakehead Outdoor Brands Inc. ("Lakehead") and Northshore Paddle Supply Ltd. ("Northshore"), under which Northshore was appointed the exclusive distributor of Lakehead products in northwestern Ontario for an initial term of five (5) years. Section 14.3 of the Distribution Agreement requires Lakehead's prior written consent to any change of control of Northshore.
You have advised us that Cascadia Watersports Holdings Corp. (the "Purchaser") proposes to acquire all of the issued and outstanding shares of Northshore under a share purchase agreement expected to close on or about May 29, 2026 (the "Transaction").
Lakehead consents to the Transaction for the purposes of Section 14.3 of the Distribution Agreement, subject to the following conditions:
(a) the Transaction closes on or before July 31, 2026, failing which this consent will lapse;
(b) Northshore notifies Lakehead in writing within five (5) business days after closing; and
(c) for a period of twenty-four (24) months after closing, neither Northshore nor the Purchaser will distribute any competing line of kayaks or canoes in the territory.
This consent is limited to the Transaction. It is not a waiver of any other provision of the Distribution Agreement and does not amend the Distribution Agreement, which remains in full force and effect in accordance with its terms.
This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
Please confirm your agreement to the conditions above by signing and returning a copy of this letter.
Yours truly,
LAKEHEAD OUTDOOR BRANDS INC.
Per: Sandra Okafor, General Counsel
I have authority to bind the corporation.
ACKNOWLEDGED AND AGREED this 10th day of April, 2026.
NORTHSHORE PADDLE SUPPLY LTD.
Per: Graham Whitlock, President`,
    truth: {
      title: "Consent to Change of Control",
      documentType: "Letter",
      parties: ["Lakehead Outdoor Brands Inc.", "Northshore Paddle Supply Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-08",
    },
  },
  {
    id: "v28-letters-and-amendments-side-letter-sha-difc",
    format: "pdf",
    pageFooters: true,
    source: `QAMAR HEALTH TECHNOLOGIES LTD
A private company registered in the Dubai International Financial Centre (registered number 8841)
Unit 1402, Level 14, Index Tower, DIFC, PO Box 507211, Dubai, United Arab Emirates
2 March 2026
Falcon Ridge Ventures Fund I LP
acting by its general partner, Falcon Ridge GP Limited
Gate Village Building 3, Level 2, DIFC, Dubai, United Arab Emirates
Dear Sirs
# Side Letter
Shareholders' Agreement dated 16 February 2026 relating to Qamar Health Technologies Ltd (the "SHA")
1. We refer to the SHA made between Qamar Health Technologies Ltd (the "Company"), the Founders and the Investors named in it, including Falcon Ridge Ventures Fund I LP (the "Investor"). Words defined in the SHA have the same meaning in this letter.
2. This letter is supplemental to the SHA. It grants the Investor the additional rights set out below; it does not amend the SHA and the SHA continues in full force and effect.
3. Information rights. The Company shall deliver to the Investor its monthly management accounts within twenty (20) days after the end of each month, and its annual budget not later than thirty (30) days before the start of each financial year.
4. Board observer. The Investor may appoint one observer to attend meetings of the Board. The observer may speak but not vote.
5. Most favoured nation. If the Company grants any other Investor information or observer rights more favourable than those in this letter, it shall offer the same rights to the Investor within ten (10) Business Days.
6. Lock-in. The Investor acknowledges that the lock-in period of one hundred and eighty (180) days following a Qualifying IPO under clause 19 of the SHA continues to apply to its Shares.
7. Termination of rights. The rights in paragraphs 3 to 5 end on the earlier of a Qualifying IPO and the date on which the Investor ceases to hold at least five per cent. of the issued Shares.
===
8. Confidentiality. The terms of this letter are confidential. This paragraph 8 survives for two (2) years after the rights in this letter end.
9. Governing law. This letter and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Dubai International Financial Centre, and the DIFC Courts shall have exclusive jurisdiction.
Yours faithfully
For and on behalf of Qamar Health Technologies Ltd
Dr Layla Haddad, Chief Executive Officer
We agree to the terms of this letter.
For and on behalf of Falcon Ridge Ventures Fund I LP, acting by its general partner Falcon Ridge GP Limited
Omar Siddiqui, Director, Falcon Ridge GP Limited
Date: 4 March 2026`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Qamar Health Technologies Ltd", "Falcon Ridge Ventures Fund I LP"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-03-02",
    },
  },
  {
    id: "v28-letters-and-amendments-minute-of-variation-lease-scotland",
    format: "docx",
    storedPageCount: 2,
    source: `# MINUTE OF VARIATION
between
CLYDEBANK PROPERTY LP, a limited partnership registered in Scotland under the Limited Partnerships Act 1907 with registered number SL031876 and having its principal place of business at 150 St Vincent Street, Glasgow G2 5NE, acting by its general partner Clydebank Property GP Limited, a company incorporated in Scotland with registered number SC612044 (the "Landlord")
and
BRODIE & KERR OPTOMETRISTS LIMITED, incorporated under the Companies Acts with registered number SC287310 and having its registered office at 22 High Street, Paisley PA1 2AY (the "Tenant")
relating to the subjects at Unit 3, Abbey Mill Retail Park, Paisley
===
CONSIDERING THAT:
(A) By Lease between Renfrew Estates Limited, as landlord, and the Tenant dated 2 and 9 June 2015 and registered in the Books of Council and Session on 18 June 2015 (the "Lease"), the subjects known as Unit 3, Abbey Mill Retail Park, Paisley were let to the Tenant for a period of fifteen years from and after 28 May 2015;
(B) the landlord's interest in the Lease is now vested in the Landlord; and
(C) the Landlord and the Tenant have agreed to vary the Lease as set out in this Minute of Variation.
NOW THEREFORE the Landlord and the Tenant HAVE AGREED and DO HEREBY AGREE as follows:
1. In this Minute of Variation "Variation Date" means 1 May 2026, and words and expressions defined in the Lease have the same meanings.
2. With effect from and including the Variation Date, the Lease is varied as follows:
2.1 the permitted use in Clause 4 of the Lease is extended to include the provision of audiology and hearing-aid services;
2.2 the rent payable under the Lease is £38,500 per annum, payable quarterly in advance on the usual quarter days, until the next rent review date under the Lease; and
2.3 Clause 12.3 of the Lease is amended so that the Tenant's period for remedying disrepair after service of a schedule of dilapidations is three months instead of six weeks.
3. Save as varied by this Minute of Variation, the Lease remains in full force and effect.
4. The Tenant shall pay the Landlord's reasonable legal costs in connection with this Minute of Variation, together with any registration dues.
5. The parties consent to the registration of this Minute of Variation for preservation and execution.
6. This Minute of Variation is governed by the law of Scotland.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
| Subscribed for and on behalf of CLYDEBANK PROPERTY LP, acting by its general partner Clydebank Property GP Limited | Subscribed for and on behalf of BRODIE & KERR OPTOMETRISTS LIMITED |
| at Glasgow on 14 April 2026 | at Paisley on 20 April 2026 |
| Director: Alasdair Buchanan | Director: Morag Kerr |
| Witness: Catriona Webster, Trainee Solicitor, 150 St Vincent Street, Glasgow | Witness: Ewan Brodie, 7 Causeyside Street, Paisley |`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Clydebank Property LP", "Brodie & Kerr Optometrists Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-01",
      amends: "Lease",
    },
  },
];
