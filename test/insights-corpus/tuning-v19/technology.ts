import type { UnseenDocument } from "../unseen/types";

/** Tuning set v19: eight technology contracts (SaaS, licences, hosting, development, outsourcing, order forms) with a lawyer's answers. */
export const TECHNOLOGY_V19: UnseenDocument[] = [
  {
    id: "v19-technology-ny-saas-licence",
    format: "pdf",
    pageFooters: true,
    source: `# SOFTWARE SUBSCRIPTION AND LICENSE AGREEMENT
This Software Subscription and License Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between Hudson Analytics LLC, a Delaware limited liability company with its principal place of business at 450 Park Avenue South, 9th Floor, New York, NY 10016 ("Provider"), and Meridian Health Partners, Inc., a New York corporation with offices at 1200 Delaware Avenue, Buffalo, NY 14209 ("Customer").
# 1. License Grant
1.1 Subject to the terms of this Agreement and payment of the Fees, Provider hereby grants to Customer a non-exclusive, non-transferable, non-sublicensable license during the Term to access and use the ClearPath Analytics software, as hosted by Provider (the "Software"), solely for Customer's internal business purposes.
1.2 Customer may permit its employees, its Affiliates and its contractors ("Authorized Users") to use the Software on Customer's behalf, provided that Customer remains responsible for their compliance with this Agreement. Authorized Users are not parties to this Agreement.
1.3 Provider will host the Software on infrastructure operated by its subprocessor, Amazon Web Services, Inc., and will use commercially reasonable efforts to make the Software available to Customer by April 1, 2026.
# 2. Fees and Payment
2.1 Customer shall pay the annual subscription fee of US$186,000, invoiced annually in advance. Invoices are due net thirty (30) days from the invoice date, and late amounts bear interest at one percent (1%) per month.
# 3. Term and Termination
3.1 The initial term of this Agreement shall be thirty-six (36) months commencing on the Effective Date (the "Initial Term").
3.2 Upon expiration of the Initial Term, this Agreement shall automatically renew for successive renewal terms of twelve (12) months each (each, a "Renewal Term" and, together with the Initial Term, the "Term"), unless either party gives the other written notice of non-renewal at least sixty (60) days before the end of the then-current term.
3.3 Either party may terminate this Agreement upon thirty (30) days' written notice if the other party materially breaches this Agreement and fails to cure the breach within such notice period.
3.4 Sections 5 (Confidentiality) and 6 (General) survive any termination or expiration, and the obligations under Section 5 continue for five (5) years thereafter.
# 4. Warranty
4.1 Provider warrants that, for a period of ninety (90) days following the date on which the Software is first made available to Customer, the Software will perform materially in accordance with its documentation.
# 5. Confidentiality
5.1 Each party shall hold the other party's Confidential Information in strict confidence and shall use it only to perform its obligations or exercise its rights under this Agreement.
# 6. General
6.1 This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles. Each party irrevocably submits to the exclusive jurisdiction of the state and federal courts located in New York County, New York.
6.2 This Agreement, together with Exhibit A (Order Details), constitutes the entire agreement between the parties regarding its subject matter.
===
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| HUDSON ANALYTICS LLC | MERIDIAN HEALTH PARTNERS, INC. |
| By: /s/ Daniel Okafor | By: /s/ Rebecca Lin |
| Name: Daniel Okafor | Name: Rebecca Lin |
| Title: Managing Member | Title: Chief Operating Officer |
| Date: March 2, 2026 | Date: March 3, 2026 |`,
    truth: {
      title: "Software Subscription and License Agreement",
      documentType: "Licence agreement",
      parties: ["Hudson Analytics LLC", "Meridian Health Partners, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v19-technology-dublin-engagement-letter",
    format: "docx",
    storedPageCount: 2,
    source: `Fitzwilliam Hart LLP
Solicitors
40 Fitzwilliam Place, Dublin 2, D02 XY12, Ireland
Private and Confidential
Ms Aoife Brennan
General Counsel
Corrib Payments DAC
Block C, Galway Technology Park, Parkmore, Galway H91 K2E3
Our ref: FH/CD/22871-004
Your ref: CP-LEGAL-0219
17 February 2026
# Letter of Engagement
Matter: Proposed managed IT services agreement with Northgate Digital Services Limited
Dear Aoife,
Thank you for your instructions and for your letter of 2 February 2026. We are pleased to confirm that Fitzwilliam Hart LLP (the "Firm") will act for Corrib Payments DAC ("you") in the matter described below. This letter and our enclosed Standard Terms of Business set out the basis on which we will act.
Scope of work. We will review the draft Managed IT Services Agreement issued by Northgate Digital Services Limited ("Northgate"), advise you on its terms, including the proposed initial term of sixty (60) months, the automatic renewal for successive periods of twelve months, the service credit regime and the exit provisions required by the Digital Operational Resilience Act, and negotiate the agreement with Northgate's solicitors, Marlow Pryce LLP, through to signing.
Northgate proposes that its agreement be governed by the laws of England and Wales. We will advise on Irish law only and, if you wish, will coordinate advice from English counsel.
Our team. Ciarán Dunne, Partner, will be responsible for this matter, assisted by Niamh O'Sullivan, Senior Associate.
Fees. We estimate our fees at between €38,000 and €45,000 plus VAT, calculated at the hourly rates in the Appendix. We will invoice monthly, and each invoice is payable within thirty (30) days of its date.
Files. We will retain our file for seven (7) years after the matter closes, after which it may be destroyed without further reference to you.
Governing law. This letter and our Standard Terms of Business are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction over any dispute arising from them.
Please sign and return the enclosed copy of this letter to confirm your acceptance.
Yours sincerely,
Ciarán Dunne
Partner, for and on behalf of Fitzwilliam Hart LLP
===
# Acceptance
We, Corrib Payments DAC, confirm our agreement to the terms of this letter and the Standard Terms of Business.
Signed: Aoife Brennan, General Counsel, for and on behalf of Corrib Payments DAC
Date: 24 February 2026
# Appendix: Hourly Rates
| Partner | €525 per hour |
| Senior Associate | €360 per hour |
| Trainee Solicitor | €150 per hour |`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Fitzwilliam Hart LLP", "Corrib Payments DAC"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-17",
    },
  },
  {
    id: "v19-technology-scottish-software-minute",
    format: "txt",
    source: `# MINUTE OF AGREEMENT
between
ALBA LEDGER SYSTEMS LIMITED, incorporated under the Companies Acts (registered number SC612345) and having its registered office at 14 Melville Street, Edinburgh EH3 7NS (the "Licensor")
and
GLENMORE TRUSTEES LIMITED, incorporated under the Companies Acts (registered number SC598877) and having its registered office at 3 Academy Street, Inverness IV1 1JN, as sole trustee of the Glenmore Heritage Trust, a Scottish charity (SC045678) (the "Licensee")
WHEREAS the Licensee wishes to use the Licensor's Curator collections management software at the museums operated by the Glenmore Heritage Trust, THE PARTIES HAVE AGREED AND DO HEREBY AGREE as follows:
1. Definitions. In this Minute of Agreement: "Commencement Date" means 1 May 2026; "Software" means the object code of the Curator software, version 7, together with any updates supplied under Clause 4; and "Sites" means the Highland Folk Collection at Newtonmore and the Glenmore Archive at Kingussie.
2. Licence. With effect from the Commencement Date, the Licensor grants to the Licensee a non-exclusive and non-transferable licence to install and use the Software on up to forty (40) workstations at the Sites for the Licensee's own internal purposes.
3. Duration. This Minute of Agreement shall commence on the Commencement Date and shall continue in force until terminated in accordance with Clause 8.
4. Licence Fee and Support. The Licensee shall pay a one-off licence fee of £64,000 plus VAT within thirty (30) days of the Commencement Date. The Licensor shall provide Support Services for an initial period of twelve (12) months from the Commencement Date. The Licensee may, by written notice given not less than thirty (30) days before the end of that period, elect to renew the Support Services for a further period of twelve (12) months, and may make the same election at the end of each further period.
5. Warranty. The Licensor warrants that for ninety (90) days from installation the Software will perform substantially in accordance with its documentation.
6. Escrow. The Licensor shall deposit the source code of the Software with NCC Group Escrow Limited under a separate escrow agreement, which shall provide for release of the source code to the Licensee if the Licensor becomes insolvent. NCC Group Escrow Limited is not a party to this Minute of Agreement.
7. Restrictions. The Licensee shall not copy, modify, decompile or reverse engineer the Software except to the extent permitted by law.
8. Termination. Either party may terminate this Minute of Agreement by written notice if the other commits a material breach which is not remedied within thirty (30) days of notice requiring it to be remedied. The Licensee may terminate this Minute of Agreement at any time on three (3) months' written notice.
9. Law. This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Court of Session.
IN WITNESS WHEREOF these presents are subscribed as follows:
Subscribed for and on behalf of ALBA LEDGER SYSTEMS LIMITED at Edinburgh on the fourteenth day of April Two thousand and twenty-six by Fiona Mackintosh, Director, before this witness: Callum Reid, 9 Dean Path, Edinburgh EH4 3AY, Solicitor
Subscribed for and on behalf of GLENMORE TRUSTEES LIMITED at Inverness on the twenty-second day of April Two thousand and twenty-six by Alasdair Grant, Director, before this witness: Morag Fraser, 21 Culduthel Road, Inverness IV2 4AG, Administrator`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Licence agreement",
      parties: ["Alba Ledger Systems Limited", "Glenmore Trustees Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-01",
      term: "Until terminated",
    },
  },
  {
    id: "v19-technology-nz-order-form",
    format: "pdf",
    pdfMargin: 96,
    source: `# ORDER FORM
Order Form No. TCS-2026-0418
This Order Form is entered into under, and incorporates, the Tūī Cloud Master Subscription Terms (version 4.2) (the "Terms"). If this Order Form conflicts with the Terms, this Order Form prevails.
| Supplier | Tūī Cloud Services Limited (NZBN 9429047712345), Level 6, 22 Customs Street East, Auckland 1010 |
| Customer | Rangitoto Freight Limited (NZBN 9429031234567), 5 Hewletts Road, Mount Maunganui 3116 |
| Billing Partner | Southern Cross IT Partners Limited (invoicing agent for the Supplier only; not a party to this Order Form) |
| Order Date | 12 June 2026 |
| Commencement Date | 1 July 2026 |
| Subscription Term | 24 months commencing on the Commencement Date |
| Renewal | At the end of the Subscription Term this Order Form renews automatically for successive periods of 12 months unless either party gives at least 90 days' written notice before the end of the then-current term |
| Services | FreightDesk hosted dispatch and tracking platform (Professional tier), 150 named users, 99.9% monthly availability |
| Fees | NZD 7,850 per month plus GST, invoiced monthly in advance and payable within 20 days of the invoice date |
| Onboarding | Onboarding services to be completed within 45 days after the Commencement Date |
| Governing Law | New Zealand; the parties submit to the non-exclusive jurisdiction of the New Zealand courts |
# Special Terms
1. The Supplier will provide the Services as a hosted service from its own infrastructure. No software is licensed or delivered to the Customer; the Customer receives access to the Services only.
2. Price lock: the Fees will not increase during the first 12 months after the Commencement Date.
3. Customer Data will be hosted in the Supplier's Sydney region and deleted 30 days after this Order Form ends.
4. The Customer's former provider, Harbourline Logistics Software Limited, will supply an export of historical data; it is not a party to this Order Form.
# Signatures
Signed for Tūī Cloud Services Limited by Hemi Walker, Chief Revenue Officer, on 12 June 2026
Signed for Rangitoto Freight Limited by Grace Liu, Chief Financial Officer, on 15 June 2026`,
    truth: {
      title: "Order Form",
      documentType: "Services agreement",
      parties: ["Tūī Cloud Services Limited", "Rangitoto Freight Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v19-technology-guernsey-deed-of-variation",
    format: "txt",
    source: `# DEED OF VARIATION
THIS DEED is made on the 9th day of September 2026
BETWEEN:
(1) SARNIA FUND ADMINISTRATION LIMITED, a company incorporated in Guernsey with registered number 51234, whose registered office is at Les Echelons Court, Les Echelons, St Peter Port, Guernsey GY1 1AR (the "Customer");
(2) BAILIWICK TECHNOLOGY SERVICES LIMITED, a company incorporated in Guernsey with registered number 60987, whose registered office is at Admiral Park, St Peter Port, Guernsey GY1 2HT (the "Supplier"); and
(3) BAILIWICK TECHNOLOGY GROUP LIMITED, a company incorporated in Jersey with registered number 112233, whose registered office is at 28 Esplanade, St Helier, Jersey JE2 3QA (the "Guarantor").
RECITALS
(A) The Customer and the Supplier are parties to an agreement entitled "IT Services Outsourcing Agreement" dated 2 February 2023 (the "Outsourcing Agreement"), under which the Supplier provides managed infrastructure, service desk and cyber-security services to the Customer for an initial term of five (5) years from 1 March 2023.
(B) The Guarantor guaranteed the Supplier's obligations under the Outsourcing Agreement by a deed of guarantee dated 2 February 2023.
(C) The Outsourcing Agreement is governed by the laws of England and Wales. The parties wish to vary the Outsourcing Agreement as set out in this Deed, including so that it is governed by Guernsey law from the Variation Effective Date.
1. INTERPRETATION
1.1 "Variation Effective Date" means 1 October 2026. Capitalised terms not defined in this Deed have the meanings given to them in the Outsourcing Agreement.
2. VARIATIONS
2.1 With effect from the Variation Effective Date the Outsourcing Agreement is varied as follows:
(a) Schedule 3 (Service Levels) is deleted and replaced by the schedule set out in the Annex to this Deed;
(b) in clause 14.1 the Monthly Charge of £42,500 is replaced by £39,900;
(c) a new clause 18A (Data Location) is inserted requiring all Customer Data to be stored only in Guernsey or Jersey; and
(d) clause 31 (Governing Law) is deleted and replaced by: "This Agreement is governed by the laws of the Island of Guernsey."
2.2 The Supplier shall deliver an updated exit plan to the Customer within sixty (60) days after the Variation Effective Date.
3. CONTINUATION
3.1 Nothing in this Deed extends or otherwise alters the duration of the Outsourcing Agreement. Save as varied by this Deed, the Outsourcing Agreement remains in full force and effect.
3.2 The Guarantor consents to the variations and confirms that its guarantee continues in full force and extends to the Outsourcing Agreement as varied.
4. GOVERNING LAW
4.1 This Deed and any non-contractual obligations arising out of it are governed by the laws of the Island of Guernsey, and the Royal Court of Guernsey has exclusive jurisdiction.
IN WITNESS of which this Deed has been executed and delivered on the date written at the beginning of it.
EXECUTED as a DEED by SARNIA FUND ADMINISTRATION LIMITED acting by two directors: Helen Le Page and Mark Ogier
EXECUTED as a DEED by BAILIWICK TECHNOLOGY SERVICES LIMITED acting by a director in the presence of a witness: Director Richard Mahy; Witness Sophie Brehaut
EXECUTED as a DEED by BAILIWICK TECHNOLOGY GROUP LIMITED acting by its authorised signatory: Peter Le Sueur`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Sarnia Fund Administration Limited", "Bailiwick Technology Services Limited", "Bailiwick Technology Group Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-10-01",
      amends: "IT Services Outsourcing Agreement",
    },
  },
  {
    id: "v19-technology-victoria-development-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# AGREEMENT
This agreement is made between the parties named in the Execution section at the end of this document, referred to as the Customer and the Developer.
# Background
A. The Customer publishes the YarraMove journey-planning and ticketing mobile application.
B. The Customer wishes to engage the Developer to design, build, test and deliver version 5 of the application, and the Developer has agreed to do so on the terms of this agreement.
# 1. Definitions
1.1 Start Date means 1 June 2026.
1.2 Term means the period from and including the Start Date to and including 30 November 2027, unless this agreement is terminated earlier.
1.3 Defects Period means, for each Milestone, the period of 90 days after the Customer's acceptance of that Milestone.
1.4 Statement of Work means the statement of work in Schedule 1, as varied by written agreement of the parties.
# 2. Development Services
2.1 The Developer must perform the development services described in the Statement of Work (Services) during the Term, with due care and skill and by the Milestone dates.
2.2 The Developer may engage Kestrel Test Labs Pty Ltd to perform accessibility testing as its subcontractor. Kestrel Test Labs Pty Ltd is not a party to this agreement, and the Developer remains responsible for its work.
2.3 The Developer must correct, at no charge, any defect notified to it during the Defects Period.
# 3. Fees
3.1 The Customer must pay the Milestone fees set out in Schedule 1, totalling A$1,240,000 excluding GST, within 14 days after receiving a valid tax invoice.
# 4. Intellectual Property
4.1 All intellectual property rights in the Deliverables vest in the Customer on creation. The Developer retains ownership of its pre-existing tools and grants the Customer a perpetual, royalty-free licence to use them as part of the Deliverables.
# 5. Non-solicitation
5.1 During the Term and for 12 months after it ends, neither party may solicit for employment any person who was engaged in performing the Services.
# 6. Termination
6.1 The Customer may terminate this agreement for convenience on 30 days' written notice. Either party may terminate this agreement immediately by notice if the other party suffers an insolvency event.
# 7. Governing law
7.1 This agreement is governed by the law in force in Victoria, Australia, and each party submits to the non-exclusive jurisdiction of the courts of Victoria.
===
# Execution
Customer: Executed by Yarra Transit Apps Pty Ltd (ACN 631 204 118) in accordance with section 127 of the Corporations Act 2001 (Cth):
| Director: Priya Raman | Director/Secretary: Thomas Whitfield |
| Date: 18/05/2026 | Date: 18/05/2026 |
Developer: Executed by Banksia Code Collective Pty Ltd (ACN 648 771 902) as trustee for the Banksia Code Unit Trust, in accordance with section 127 of the Corporations Act 2001 (Cth):
| Sole Director and Secretary: Jack O'Brien | Date: 22/05/2026 |`,
    truth: {
      title: "Agreement",
      documentType: "Services agreement",
      parties: ["Yarra Transit Apps Pty Ltd", "Banksia Code Collective Pty Ltd"],
      governingLaw: "Victoria",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-11-30",
      term: "18 months",
    },
  },
  {
    id: "v19-technology-hk-colocation-licence",
    format: "docx",
    source: `# COLOCATION LICENCE
relating to Rack Space at Suite 12, 8/F, Tsuen Wan Data Centre, 48 Wang Lung Street, Tsuen Wan, New Territories, Hong Kong
between
KOWLOON DATACENTRES LIMITED
and
PEARL DELTA TRADING (HK) LIMITED
===
THIS LICENCE is dated 20 July 2026
# Parties
(1) KOWLOON DATACENTRES LIMITED (Company No. 2212345), whose registered office is at 17/F, Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong (the "Licensor"); and
(2) PEARL DELTA TRADING (HK) LIMITED (Company No. 3011223), whose registered office is at Room 1502, 15/F, Nathan Commercial Building, 430 Nathan Road, Kowloon, Hong Kong (the "Licensee").
# Background
(A) The Licensor holds the Tsuen Wan Data Centre (the "Building") under a lease dated 1 March 2015 granted by Tsuen Wan Properties Limited (the "Landlord") for a term of twenty-five years from 1 March 2015 (the "Headlease").
(B) The Licensee wishes to install and operate its servers in the Rack Space, and the Licensor has agreed to permit it to do so on the terms of this Licence.
# 1. Definitions
1.1 "Licence Period" means the period of two years commencing on 1 August 2026 (the "Start Date"), subject to earlier termination under this Licence.
1.2 "Rack Space" means the four 42U cabinets numbered C12-01 to C12-04 in Suite 12 on the eighth floor of the Building, or any substitute cabinets allocated under clause 2.3.
# 2. Grant
2.1 The Licensor grants the Licensee, for the Licence Period, a personal and non-exclusive licence to occupy the Rack Space and to use the shared areas of the Building for access to it.
2.2 This Licence is a licence only. It confers no tenancy, no right to exclusive possession and no interest in land, and the Licensee occupies the Rack Space as licensee only.
2.3 The Licensor may on 14 days' notice require the Licensee to move its equipment to substitute cabinets of equivalent specification within the Building.
# 3. Ancillary Services
3.1 The Licensor will supply power of up to 8 kW per cabinet, cooling, 24-hour security and cross-connects to carriers present in the Building.
# 4. Licence Fee and Deposit
4.1 The Licensee shall pay a licence fee of HK$38,000 per month, monthly in advance, fixed for the Licence Period.
4.2 The Licensee shall pay a deposit equal to three months' licence fee, refundable within 30 days after the end of the Licence Period.
# 5. Ending the Licence
5.1 The Licensee may request an extension of the Licence Period for a further 12 months by notice given not later than six months before the end of the Licence Period. Any extension is at the Licensor's discretion and must be agreed in writing.
5.2 After the first 12 months of the Licence Period either party may terminate this Licence on three months' written notice. This Licence ends automatically if the Headlease ends.
5.3 The Licensee must remove all of its equipment within 14 days after this Licence ends.
# 6. Governing Law
6.1 This Licence is governed by the laws of the Hong Kong Special Administrative Region, and the parties submit to the exclusive jurisdiction of the Hong Kong courts.
===
Signed by Winnie Cheung, Director, for and on behalf of KOWLOON DATACENTRES LIMITED
Signed by Raymond Ho, Director, for and on behalf of PEARL DELTA TRADING (HK) LIMITED`,
    truth: {
      title: "Colocation Licence",
      documentType: "Licence agreement",
      parties: ["Kowloon Datacentres Limited", "Pearl Delta Trading (HK) Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-08-01",
      expiryDate: "2028-07-31",
      term: "2 years",
    },
  },
  {
    id: "v19-technology-difc-platform-services",
    format: "pdf",
    source: `# PLATFORM SERVICES AGREEMENT
THIS AGREEMENT is made on the fifteenth day of January, 2026
BETWEEN:
(1) FALCON LEDGER TECHNOLOGIES LIMITED, a company incorporated in the Dubai International Financial Centre with registration number 4417, whose registered office is at Unit 903, Level 9, Gate Village Building 4, DIFC, Dubai, United Arab Emirates (the "Provider"); and
(2) GULF MERCANTILE RETAIL L.L.C., a limited liability company registered in the Emirate of Dubai under commercial licence number 771234, whose principal office is at Al Quoz Industrial Area 3, Dubai, United Arab Emirates (the "Customer").
# 1. Definitions
"Effective Date" means 1 February 2026.
"Initial Term" means the period of three (3) years from the Effective Date.
"Minimum Commitment Period" means the first eighteen (18) months of the Initial Term, during which the Customer may not terminate this Agreement for convenience.
"Permitted Users" means the Customer's Affiliates listed in Schedule 2.
"Platform" means the Provider's hosted loyalty, gift-card and payments platform known as FalconPay Loyalty.
# 2. Services
2.1 From the Effective Date the Provider shall provide the Customer with access to the Platform as a managed service, together with the hosting, support, monitoring and reporting services described in Schedule 1 (the "Services").
2.2 The Platform is operated and hosted exclusively by the Provider. No software is installed at the Customer's premises, and no licence of any software or other intellectual property is granted to the Customer under this Agreement.
2.3 The Provider shall meet the service levels in Schedule 1, including 99.95% monthly availability; service credits are the Customer's sole remedy for availability failures.
# 3. Permitted Users
3.1 The Permitted Users may use the Services. They are not parties to this Agreement, and the Customer is liable for their acts and omissions.
# 4. Charges
4.1 The Customer shall pay a platform fee of AED 95,000 per month and the transaction fees set out in Schedule 1, within forty-five (45) days of the date of each invoice.
# 5. Duration
5.1 This Agreement comes into force on the Effective Date and, unless terminated earlier, continues for the Initial Term. It expires at the end of the Initial Term unless the parties agree in writing to extend it; there is no automatic renewal.
5.2 After the Minimum Commitment Period, the Customer may terminate this Agreement for convenience on six (6) months' written notice.
5.3 On expiry or termination the Provider shall provide transition assistance for up to six (6) months, and shall return and then delete Customer Data within ninety (90) days.
# 6. Data Protection
6.1 The Provider processes personal data as a processor on the Customer's behalf in accordance with Schedule 3 and the DIFC Data Protection Law, DIFC Law No. 5 of 2020.
# 7. Governing Law and Jurisdiction
7.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of the Dubai International Financial Centre, and the Courts of the DIFC have exclusive jurisdiction.
===
# Schedule 2 - Permitted Users
| Gulf Mercantile Hypermarkets L.L.C. | Dubai |
| Gulf Mercantile Online FZ-LLC | Dubai Internet City |
SIGNED by Khalid Al Mansoori, Chief Executive Officer, for and on behalf of FALCON LEDGER TECHNOLOGIES LIMITED
SIGNED by Priyanka Menon, Chief Financial Officer, for and on behalf of GULF MERCANTILE RETAIL L.L.C.`,
    truth: {
      title: "Platform Services Agreement",
      documentType: "Services agreement",
      parties: ["Falcon Ledger Technologies Limited", "Gulf Mercantile Retail L.L.C."],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-02-01",
      expiryDate: "2029-02-01",
      term: "3 years",
    },
  },
];
