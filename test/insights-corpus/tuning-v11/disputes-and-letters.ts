import type { UnseenDocument } from "../unseen/types";

/** Tuning set v11: disputes and letters (settlements, tolling, engagement letters, notices, consent letters, amendments and variations). */
export const DISPUTES_AND_LETTERS_V11: UnseenDocument[] = [
  {
    id: "v11-disputes-settlement-release-california",
    format: "pdf",
    pageFooters: true,
    source: `# SETTLEMENT AGREEMENT AND MUTUAL RELEASE
This Settlement Agreement and Mutual Release (this "Agreement") is made and entered into as of February 17, 2026 (the "Effective Date"), by and among REDWOOD COAST BREWING COMPANY, LLC, a California limited liability company with its principal place of business at 2150 Harbor Lane, Eureka, California 95501, and MARISOL T. ECHEVERRÍA-LUND, an individual residing in Humboldt County, California (together, "Plaintiffs"), on the one hand, and PACIFIC CANNING SYSTEMS, INC., an Oregon corporation, and HAROLD B. WHITCOMBE, an individual residing in Multnomah County, Oregon (together, "Defendants"), on the other hand. Plaintiffs and Defendants are each a "Party" and together the "Parties."
# RECITALS
A. On September 8, 2025, Plaintiffs filed a complaint in the Superior Court of California, County of Humboldt, Case No. CV2501187 (the "Action"), alleging breach of an Equipment Supply Agreement dated May 1, 2023, which is governed by Oregon law, and breach of its two-year equipment warranty.
B. Defendants deny all liability. The Parties wish to resolve the Action without further litigation.
# AGREEMENT
1. Settlement Payment. Defendants shall pay Plaintiffs the sum of US$412,500 by wire transfer within thirty (30) days after the Effective Date.
2. Dismissal. Within five (5) business days after receipt of the Settlement Payment, Plaintiffs shall file a request for dismissal of the Action with prejudice.
3. Mutual Releases. Each Party releases the other Parties from all claims arising out of or relating to the Action or the Equipment Supply Agreement, known or unknown, through the Effective Date.
4. Waiver of Civil Code Section 1542. The Parties expressly waive the benefit of California Civil Code Section 1542 with respect to the claims released in Section 3.
5. Confidentiality. The terms of this Agreement are confidential; this obligation survives for five (5) years after the Effective Date.
6. No Admission. This Agreement is a compromise of disputed claims and is not an admission of liability by any Party.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflict of laws principles.
8. Counterparts. This Agreement may be executed in counterparts, including by electronic signature.
===
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
REDWOOD COAST BREWING COMPANY, LLC    By: ______________    Name: Owen P. Kessler    Title: Managing Member    Date: February 19, 2026
MARISOL T. ECHEVERRÍA-LUND    ______________    Date: February 18, 2026
PACIFIC CANNING SYSTEMS, INC.    By: ______________    Name: Ruth Anne Sadowski    Title: President    Date: February 20, 2026
HAROLD B. WHITCOMBE    ______________    Date: February 20, 2026
APPROVED AS TO FORM: Lamont & Ibarra LLP, counsel for Plaintiffs; Greer Halvorsen LLP, counsel for Defendants`,
    truth: {
      title: "Settlement Agreement and Mutual Release",
      documentType: "Settlement agreement",
      parties: ["Redwood Coast Brewing Company, LLC", "Marisol T. Echeverría-Lund", "Pacific Canning Systems, Inc.", "Harold B. Whitcombe"],
      governingLaw: "California",
      effectiveDate: "2026-02-17",
    },
  },
  {
    id: "v11-disputes-tolling-new-york",
    format: "docx",
    storedPageCount: 2,
    source: `# TOLLING AGREEMENT
This Tolling Agreement (the "Agreement") is entered into as of May 28, 2026 by and among Hudson Valley Dairy Cooperative, Inc., a New York cooperative corporation ("HVDC"), Keystone Refrigeration Contractors LLC, a Pennsylvania limited liability company ("Keystone"), and Atlas Mutual Insurance Company, an Ohio insurance company ("Atlas") (each a "Party" and collectively the "Parties").
WHEREAS, HVDC contends that the cold-storage system installed by Keystone at HVDC's facility in Kingston, New York under a construction contract dated March 14, 2022, which carried a two-year warranty, was defective (the "Claims");
WHEREAS, Atlas issued a commercial general liability policy to Keystone for the period January 1, 2022 to January 1, 2023; and
WHEREAS, the Parties wish to explore resolution of the Claims without litigation and without prejudice to their respective positions;
NOW, THEREFORE, the Parties agree as follows:
1. Definitions. "Effective Date" means June 1, 2026. "Tolling Period" means the period commencing on the Effective Date and ending on November 30, 2026 (the "Expiration Date").
2. Tolling. Any statute of limitations, statute of repose or other time-related defense applicable to the Claims, including the six-year period under CPLR 213, shall be tolled during the Tolling Period.
3. Early Termination. Any Party may terminate this Agreement before the Expiration Date by giving fifteen (15) days' written notice to the other Parties, in which case the Tolling Period ends on the fifteenth day after that notice.
4. Duration. This Agreement remains in effect for the Tolling Period and expires on the Expiration Date unless the Parties extend it by a written agreement signed by all of them.
===
5. No Admission. Nothing in this Agreement is an admission of liability or coverage by any Party, and it revives no claim already time-barred before the Effective Date.
6. Governing Law. This Agreement shall be governed by the laws of the State of New York.
7. Entire Agreement. This Agreement is the entire agreement of the Parties on its subject matter and may be amended only in a writing signed by all Parties.
HUDSON VALLEY DAIRY COOPERATIVE, INC.    By: Gerald M. Van Alstyne    Title: Chief Executive Officer
KEYSTONE REFRIGERATION CONTRACTORS LLC    By: Dana K. Pruitt    Title: Managing Member
ATLAS MUTUAL INSURANCE COMPANY    By: Lorraine E. Castellano    Title: Vice President, Claims`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Hudson Valley Dairy Cooperative, Inc.", "Keystone Refrigeration Contractors LLC", "Atlas Mutual Insurance Company"],
      governingLaw: "New York",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
    },
  },
  {
    id: "v11-disputes-engagement-letter-london",
    format: "pdf",
    pageFooters: true,
    source: `ASHGROVE WHITLEY LLP
Solicitors | 1 Bread Street, London EC4M 9BE | DX 98 London Chancery Lane | www.ashgrovewhitley.co.uk
Authorised and regulated by the Solicitors Regulation Authority (SRA number 612004). A limited liability partnership registered in England and Wales with number OC398127.
Private and confidential
Ms Priya K. Raman, Finance Director
Calder Textiles Limited
Mill House, Canal Street, Halifax HX1 1QF
12 January 2026
Our ref: JDW/CAL0007/1    Your ref: PKR/legal
Dear Priya
# Letter of Engagement
Thank you for instructing us on 5 January 2026 to act for Calder Textiles Limited in its claim against Northern Looms plc for breach of the supply agreement between them dated 1 June 2021, which is governed by Scots law. This letter and our enclosed Terms of Business set out the basis on which we will act.
1. Scope. We will advise on the merits of the claim, send a letter before claim and, if instructed, issue and conduct proceedings in the Business and Property Courts in Leeds. We will instruct Scottish counsel on questions of Scots law.
2. People. Jonathan D. Whitley, partner, will be responsible for the matter, assisted by Hannah Osei, senior associate.
3. Fees. We charge by the hour at the following rates, which we review each year on 1 May:
| Grade | Hourly rate (excluding VAT) |
| Partner | £520 |
| Senior associate | £390 |
| Trainee solicitor | £180 |
4. Estimate. We estimate our fees to the end of disclosure at £85,000 plus VAT and disbursements. Invoices are issued monthly and payable within thirty (30) days.
5. Ending our engagement. Our engagement will end when the matter is concluded, or earlier if either of us ends it by writing to the other. We keep files for seven (7) years after the matter ends.
6. Governing law. This letter and our Terms of Business are governed by the law of England and Wales, and the courts of England and Wales have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours sincerely
Ashgrove Whitley LLP
===
# Client acceptance
We have read and agree to this letter and the Terms of Business.
Signed for and on behalf of Calder Textiles Limited: Priya K. Raman, Finance Director
Date: 19 January 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Ashgrove Whitley LLP", "Calder Textiles Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-01-12",
    },
  },
  {
    id: "v11-disputes-deed-of-variation-hong-kong",
    format: "pdf",
    source: `# DEED OF VARIATION
relating to the Tenancy Agreement of Shop 3, Ground Floor, Harbour Crest Building, 88 Des Voeux Road Central, Hong Kong
THIS DEED is made on 8 April 2026
BETWEEN:
(1) VICTORIA HARBOUR ESTATES LIMITED (Company No. 0583211), whose registered office is at 30/F, Harbour Crest Building, 88 Des Voeux Road Central, Hong Kong (the "Landlord");
(2) LANTAU PEARL TRADING COMPANY LIMITED (Company No. 2764019), whose registered office is at Unit 1205, 12/F, Kowloon Commerce Centre, 51 Kwai Cheong Road, Kwai Chung, New Territories (the "Tenant"); and
(3) CHAN WAI MING KENNETH (HKID No. A123456(7)), of Flat B, 21/F, Block 3, Taikoo Shing, Quarry Bay, Hong Kong (the "Guarantor").
RECITALS
(A) By a tenancy agreement dated 15 December 2021 (the "Tenancy Agreement") made between the Landlord, the Tenant and the Guarantor, the Landlord let the Premises to the Tenant for a term of six (6) years commencing on 1 January 2022 and expiring on 31 December 2027, with an option for the Tenant to renew for a further term of three (3) years.
(B) The parties have agreed to vary the Tenancy Agreement as set out in this Deed.
1. DEFINITIONS
1.1 "Effective Date" means 1 May 2026. Words defined in the Tenancy Agreement have the same meaning in this Deed.
2. VARIATIONS
2.1 With effect from the Effective Date:
(a) the monthly rent is reduced from HK$168,000 to HK$152,000, exclusive of rates, government rent and management fees;
(b) the permitted user of the Premises is extended to include the retail sale of packaged tea and tea ware; and
(c) the Tenant shall pay the rent monthly in advance on the first day of each calendar month instead of quarterly.
3. GUARANTOR
3.1 The Guarantor consents to this Deed and confirms that his guarantee extends to the Tenancy Agreement as varied.
4. CONTINUATION
4.1 Save as varied by this Deed, the Tenancy Agreement remains in full force and effect, and the term and the option to renew are not affected.
5. GOVERNING LAW
5.1 This Deed is governed by the laws of the Hong Kong Special Administrative Region.
===
THE COMMON SEAL of VICTORIA HARBOUR ESTATES LIMITED was affixed in the presence of: Leung Siu Fong Doris, Director
THE COMMON SEAL of LANTAU PEARL TRADING COMPANY LIMITED was affixed in the presence of: Ho Chun Yip, Director
SIGNED SEALED AND DELIVERED by CHAN WAI MING KENNETH in the presence of: Wong Ka Yan, Solicitor, Hong Kong SAR`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Victoria Harbour Estates Limited", "Lantau Pearl Trading Company Limited", "Chan Wai Ming Kenneth"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-05-01",
      amends: "Tenancy Agreement",
    },
  },
  {
    id: "v11-disputes-notice-of-termination-south-africa",
    format: "txt",
    source: `KAROO FREIGHT (PTY) LTD
Registration number 2009/012345/07
14 Loop Street, Cape Town, 8001 | Tel +27 21 555 0142
27 February 2026
BY EMAIL AND REGISTERED POST
The Managing Director
Umhlanga Packaging Solutions (Pty) Ltd
3 Palm Boulevard, Umhlanga Ridge, Durban, 4319
Dear Sir
# NOTICE OF TERMINATION
Distribution Agreement dated 1 March 2023 (the "Agreement")
1. We refer to the Agreement between Karoo Freight (Pty) Ltd ("Karoo") and Umhlanga Packaging Solutions (Pty) Ltd ("UPS"), under which UPS was appointed exclusive distributor in KwaZulu-Natal for an initial period of five (5) years, and which is governed by the laws of the Republic of South Africa.
2. We refer also to our letter of 3 February 2026, in which we recorded UPS's failure to meet the minimum purchase targets for the 2025 contract year, and to your reply of 10 February 2026.
3. In terms of clause 18.2 of the Agreement, either party may terminate the Agreement by giving not less than three (3) calendar months' written notice to the other.
4. Karoo hereby gives notice of termination of the Agreement, which will accordingly terminate on 31 May 2026 (the "Termination Date").
5. Until the Termination Date the parties must continue to perform the Agreement. The restraint in clause 21 will apply for twelve (12) months after the Termination Date.
6. UPS must return all unsold stock and marketing material to Karoo within fourteen (14) days after the Termination Date.
7. This notice is given without prejudice to any of Karoo's rights in respect of breaches that occurred before the Termination Date.
Yours faithfully
for KAROO FREIGHT (PTY) LTD
Johannes P. van der Merwe
Chief Executive Officer`,
    truth: {
      title: "Notice of Termination",
      documentType: "Notice",
      parties: ["Karoo Freight (Pty) Ltd", "Umhlanga Packaging Solutions (Pty) Ltd"],
      effectiveDate: "2026-02-27",
    },
  },
  {
    id: "v11-disputes-consent-letter-kenya",
    format: "docx",
    source: `WESTLANDS COMMERCIAL PROPERTIES LIMITED
P.O. Box 40213-00100, Nairobi | 12th Floor, Delta Corner Towers, Waiyaki Way, Westlands, Nairobi
5th May 2026
Our Ref: WCP/LSE/114/26
Savannah Fintech Solutions Limited
7th Floor, Delta Corner Towers
Waiyaki Way, Nairobi
Attention: Ms. Wanjiru N. Kamau, Company Secretary
Dear Madam,
We refer to your letter dated 14th April 2026 requesting our consent to the assignment to Jambo Pay Holdings Limited (the "Assignee") of the lease of the 7th Floor, Delta Corner Towers (the "Premises") dated 1st June 2023 and made between ourselves as landlord and yourselves as tenant (the "Lease").
The Lease was granted for a term of six (6) years from 1st June 2023 at a monthly rent of KES 1,850,000, subject to a review every two (2) years.
We confirm that we consent to the assignment of the Lease to the Assignee on the following conditions:
(a) the deed of assignment is in a form approved by our advocates and is registered at the Lands Registry;
(b) the Assignee provides a rent deposit equal to three (3) months' rent and enters into a direct covenant with us to observe the tenant's obligations under the Lease; and
(c) you pay our legal costs of KES 150,000 within fourteen (14) days of the date of this letter.
This consent does not vary the Lease or release you from any liability for breaches occurring before the date of the assignment.
This letter shall be governed by and construed in accordance with the laws of Kenya.
Please sign and return the enclosed copy of this letter to confirm your acceptance of these conditions.
Yours faithfully,
For and on behalf of Westlands Commercial Properties Limited
David K. Mwangi
Director
We accept the above conditions.
For and on behalf of Savannah Fintech Solutions Limited: Wanjiru N. Kamau, Company Secretary    Date: 8th May 2026`,
    truth: {
      title: "Letter",
      documentType: "Letter",
      parties: ["Westlands Commercial Properties Limited", "Savannah Fintech Solutions Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-05-05",
    },
  },
  {
    id: "v11-disputes-minute-of-variation-scotland",
    format: "txt",
    source: `# MINUTE OF VARIATION
between
LOCHSIDE FOODS LIMITED, incorporated under the Companies Acts (registered number SC187431) and having its registered office at Lochside Works, Dunblane Road, Stirling FK9 4PT ("Lochside")
and
GRAMPIAN COLD CHAIN LOGISTICS LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (registered number SO305512) and having its registered office at 4 Harbour Road, Aberdeen AB11 5DP ("GCCL")
WHEREAS:
(A) Lochside and GCCL are parties to an agreement entitled "Framework Agreement for Refrigerated Haulage Services" dated 12 and 19 March 2024 (the "Framework Agreement"), under which GCCL provides services for an initial period of three years from 1 April 2024, with an option for Lochside to extend it by a further two years.
(B) The parties wish to vary the Framework Agreement as set out in this Minute.
NOW THEREFORE the parties agree as follows:
1. In this Minute, the "Variation Date" means 1 April 2026, being the date on which this Minute takes effect.
2. With effect from the Variation Date, Schedule 2 (Rates) to the Framework Agreement is deleted and replaced by the Schedule annexed to this Minute.
3. In Clause 9.4 (Payment), the words "within forty-five (45) days" are replaced by the words "within thirty (30) days".
4. A new Clause 14.6 is inserted: "GCCL shall maintain goods in transit insurance of not less than £2,000,000 for any one event."
5. Save as varied by this Minute, the Framework Agreement remains in full force and effect.
6. This Minute is governed by the law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this page and the Schedule annexed are executed as follows:
Subscribed for and on behalf of LOCHSIDE FOODS LIMITED at Stirling on 18 March 2026 by Euan R. Drummond, Director
Subscribed for and on behalf of GRAMPIAN COLD CHAIN LOGISTICS LLP at Aberdeen on 23 March 2026 by Morag Isla Fraser, Designated Member
# SCHEDULE – RATES
| Route | Rate per pallet (£) |
| Central Belt | 42.50 |
| North East | 51.00 |
| Highlands and Islands | 68.00 |`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Lochside Foods Limited", "Grampian Cold Chain Logistics LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      amends: "Framework Agreement for Refrigerated Haulage Services",
    },
  },
  {
    id: "v11-disputes-second-addendum-india",
    format: "pdf",
    source: `# SECOND ADDENDUM TO THE MASTER SERVICES AGREEMENT
This Second Addendum (the "Addendum") is entered into on the date and between the parties set out in the table below.
| Item | Particulars |
| Addendum Date | 20 March 2026 |
| Service Provider | Deccan Cloudworks Private Limited, a company incorporated under the Companies Act, 2013 (CIN U72900KA2015PTC081234), having its registered office at 5th Floor, Prestige Tech Park, Outer Ring Road, Marathahalli, Bengaluru 560103, Karnataka, India |
| Customer | Indus Valley Retail Limited, a company incorporated under the Companies Act, 1956 (CIN L52100MH2004PLC145678), having its registered office at Unit 9, Lodha Excelus, N. M. Joshi Marg, Mahalaxmi, Mumbai 400011, Maharashtra, India |
| Addendum Effective Date | 1 April 2026 |
| Agreement amended | Master Services Agreement dated 1 April 2023 between the Service Provider and the Customer (the "MSA"), as amended by the First Addendum dated 15 September 2024, with an initial term of five (5) years and automatic renewal for successive periods of one (1) year |
# 1. AMENDMENTS
1.1 With effect from the Addendum Effective Date, the availability service level in paragraph 2 of Schedule 3 (Service Levels) of the MSA is increased from 99.9% to 99.95% per calendar month, and the service credits in paragraph 5 of that Schedule are replaced by those in Annexure A.
1.2 Clause 8.3 of the MSA is amended so that undisputed invoices are payable within forty-five (45) days of receipt instead of thirty (30) days.
1.3 The Service Provider shall provide the disaster recovery services described in Annexure B for the remainder of the term of the MSA, for a fixed monthly charge of INR 6,40,000 plus applicable GST.
# 2. GENERAL
2.1 This Addendum forms part of the MSA. Save as amended by this Addendum, the MSA continues in full force and effect, and in the event of any conflict this Addendum prevails.
2.2 This Addendum shall be governed by the laws of India, and the courts at Mumbai shall have exclusive jurisdiction.
===
IN WITNESS WHEREOF the parties have executed this Addendum through their authorised signatories on the Addendum Date.
For Deccan Cloudworks Private Limited — Authorised Signatory: Ravi Shankar Iyer, Director
For Indus Valley Retail Limited — Authorised Signatory: Meenakshi S. Kulkarni, Chief Digital Officer
Witnesses: 1. Arjun Mehta, Bengaluru   2. Farah Qureshi, Mumbai`,
    truth: {
      title: "Second Addendum to the Master Services Agreement",
      documentType: "Amendment",
      parties: ["Deccan Cloudworks Private Limited", "Indus Valley Retail Limited"],
      governingLaw: "India",
      effectiveDate: "2026-04-01",
      amends: "Master Services Agreement",
    },
  },
];
