import type { UnseenDocument } from "../unseen/types";

/** Technology contracts (SaaS, licences, hosting, development, data processing, order forms, outsourcing) drafted independently for generalisation tuning. */
export const TECHNOLOGY_V25: UnseenDocument[] = [
  {
    id: "v25-technology-hosted-services-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# HOSTED SERVICES AGREEMENT
# Agreement Details
| Item | Details |
| Supplier | Kookaburra Analytics Pty Ltd (ACN 612 345 678) of Level 9, 1 Macquarie Place, Sydney NSW 2000 |
| Customer | Harbourside Health & Aged Care Services Limited (ACN 098 765 432) of 40 Pittwater Road, Manly NSW 2095 |
| Authorised Users | Personnel of the Customer and of its Related Bodies Corporate, including Harbourside Home Care Pty Ltd |
| Hosting Provider | Supplier's subcontractor, Southern Cross Data Halls Pty Ltd (Equinix SY4 facility) |
| Commencement Date | 1 July 2026 |
| Initial Term | 36 months commencing on the Commencement Date |
| Renewal | At the end of the Initial Term and each Renewal Term this Agreement automatically renews for a further Renewal Term of 12 months, unless either party gives notice of non-renewal at least 90 days before the end of the then-current term |
| Fees | A$18,400 per month, invoiced monthly in advance and payable within 30 days of the invoice date |
| Governing law | New South Wales |
These Agreement Details and the attached General Terms together form the Agreement between the Supplier and the Customer.
===
# General Terms
1. Definitions. In this Agreement, Agreement Date means the date on which this Agreement is signed by the last of the parties to sign it. Hosted Services means the clinical rostering and incident-reporting platform described in Schedule 1, made available by the Supplier over the internet.
2. Provision of the Hosted Services. From the Commencement Date the Supplier will provide the Hosted Services to the Customer in accordance with the service levels in Schedule 2, including availability of 99.9% in each calendar month, measured excluding scheduled maintenance notified at least 5 Business Days in advance.
3. Service credits. If availability falls below the target in any month, the Customer is entitled to the service credits in Schedule 2, capped at 15% of the monthly Fees.
4. Customer Data. The Supplier will host all Customer Data in Australia. On expiry or termination the Supplier will make Customer Data available for export for 60 days, after which it will be securely deleted.
5. Termination. Either party may terminate this Agreement by notice if the other commits a material breach that is not remedied within 30 days of notice requiring it to be remedied. Clauses 4, 7 and 9 survive termination for 2 years.
6. Liability. Each party's aggregate liability in any Contract Year is limited to the Fees paid or payable in the preceding 12 months.
7. Confidentiality. Each party must keep the other's Confidential Information confidential.
8. Privacy. The Supplier must comply with the Privacy Act 1988 (Cth) and the Health Records and Information Privacy Act 2002 (NSW).
9. Governing law. This Agreement is governed by the laws of New South Wales, and each party submits to the non-exclusive jurisdiction of its courts.
===
# Execution
Executed by Kookaburra Analytics Pty Ltd (ACN 612 345 678) in accordance with section 127 of the Corporations Act 2001 (Cth):
| Director: Priya Raman | Director/Company Secretary: Thomas O'Neill |
Executed by Harbourside Health & Aged Care Services Limited (ACN 098 765 432) in accordance with section 127 of the Corporations Act 2001 (Cth):
| Director: Margaret Chen | Company Secretary: Luke Abernethy |
Date signed by the last party: 12 June 2026`,
    truth: {
      title: "Hosted Services Agreement",
      documentType: "Services agreement",
      parties: ["Kookaburra Analytics Pty Ltd", "Harbourside Health & Aged Care Services Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v25-technology-software-licence-ontario",
    format: "docx",
    storedPageCount: 3,
    source: `# SOFTWARE LICENSE AGREEMENT
between
MAPLE LEDGER TECHNOLOGIES INC.
and
LES ENTREPRISES BÉLANGER & FILS LTÉE
Toronto, Ontario
===
# SOFTWARE LICENSE AGREEMENT
This Software License Agreement (the "Agreement") is made and entered into as of March 3, 2026 (the "Signing Date") by and between Maple Ledger Technologies Inc., a corporation incorporated under the laws of the Province of Ontario, with its head office at 200 Bay Street, Suite 1400, Toronto, Ontario M5J 2J2 ("Licensor"), and Les Entreprises Bélanger & Fils Ltée, a corporation governed by the Business Corporations Act (Québec), having its principal place of business at 1250 boulevard René-Lévesque Ouest, Montréal, Québec H3B 4W8 ("Licensee").
# RECITALS
A. Licensor has developed proprietary fleet accounting software known as LedgerRoute Enterprise.
B. Licensee wishes to obtain a licence to use that software for itself and for its affiliate Bélanger Transport Holdings Inc., and Licensor is willing to grant such licence on the terms of this Agreement.
# 1. DEFINITIONS
"Effective Date" means April 1, 2026.
"Software" means LedgerRoute Enterprise in object code form, together with all Updates delivered under Section 6.
# 2. GRANT OF LICENSE
Subject to payment of the License Fee, Licensor grants to Licensee a non-exclusive, non-transferable licence to install and use the Software on up to 400 workstations in Canada for the internal business purposes of Licensee and its affiliates.
# 3. TERM
This Agreement shall commence on the Effective Date and continue for an initial term of five (5) years, ending on March 31, 2031 (the "Initial Term"). Licensee may, by written notice given not less than one hundred twenty (120) days before the end of the Initial Term, elect to renew this Agreement for one further term of three (3) years.
# 4. FEES
Licensee shall pay a License Fee of CAD 480,000 in three equal instalments, each payable within thirty (30) days of invoice, and an annual maintenance fee of CAD 72,000.
# 5. WARRANTY
Licensor warrants that the Software will perform substantially in accordance with its documentation for a period of ninety (90) days from delivery.
# 6. SOURCE CODE ESCROW
Licensor shall deposit the source code of the Software with Laurentian Escrow Services Corp. under a separate three-party escrow agreement and shall update the deposit within thirty (30) days of each major release.
# 7. GOVERNING LAW
This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein. The parties have expressly required that this Agreement be drawn up in English. Les parties ont expressément exigé que la présente convention soit rédigée en anglais.
===
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Signing Date.
| MAPLE LEDGER TECHNOLOGIES INC. | LES ENTREPRISES BÉLANGER & FILS LTÉE |
| By: Aisha Karim | By: Jean-François Bélanger |
| Title: Chief Executive Officer | Title: Président |
| I have authority to bind the corporation. | J'ai l'autorité de lier la société. |`,
    truth: {
      title: "Software License Agreement",
      documentType: "Licence agreement",
      parties: ["Maple Ledger Technologies Inc.", "Les Entreprises Bélanger & Fils Ltée"],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-01",
      expiryDate: "2031-03-31",
      term: "5 years",
    },
  },
  {
    id: "v25-technology-data-processing-addendum-ireland",
    format: "txt",
    source: `# DATA PROCESSING ADDENDUM
This Data Processing Addendum (the "Addendum") is entered into between:
(1) CEANN CLOUD SERVICES DESIGNATED ACTIVITY COMPANY, a company incorporated in Ireland with registered number 654321 and having its registered office at Block 4, Harcourt Centre, Harcourt Road, Dublin 2 (the "Processor"); and
(2) FÁILTE TRAVEL GROUP UNLIMITED COMPANY, a company incorporated in Ireland with registered number 512300 and having its registered office at Unit 7, Eastgate Business Park, Little Island, Co. Cork (the "Controller").
# BACKGROUND
(A) The Controller and Ceann Software Limited entered into a Master Services Agreement dated 14 February 2024 (the "Principal Agreement") under which a cloud booking platform is provided to the Controller for an initial term of three years from 1 March 2024.
(B) By a deed of novation dated 30 June 2025, Ceann Software Limited transferred all of its rights and obligations under the Principal Agreement to the Processor.
(C) The parties wish to supplement and amend the Principal Agreement so that it meets the requirements of Article 28 of the General Data Protection Regulation (EU) 2016/679.
# 1. EFFECT
1.1 This Addendum takes effect on the date on which it has been signed by both parties (the "Addendum Effective Date") and from that date forms part of the Principal Agreement.
1.2 This Addendum terminates automatically on the expiry or termination of the Principal Agreement, save that clause 5 continues for so long as the Processor holds any Controller Personal Data.
# 2. PROCESSING
2.1 The Processor shall process Controller Personal Data only on the documented instructions of the Controller, as described in Schedule 1.
2.2 The Controller authorises the sub-processors listed in Schedule 2. The Processor shall give the Controller at least 30 days' notice of any new sub-processor.
# 3. SECURITY AND BREACHES
3.1 The Processor shall implement the technical and organisational measures set out in Schedule 3.
3.2 The Processor shall notify the Controller without undue delay, and in any event within 48 hours, after becoming aware of a Personal Data Breach.
# 4. AUDIT
The Controller may audit the Processor's compliance with this Addendum not more than once in any 12-month period, on 20 Business Days' notice.
# 5. DELETION
Within 30 days after the Principal Agreement ends, the Processor shall delete or return all Controller Personal Data, at the Controller's election.
# 6. GOVERNING LAW
This Addendum and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
# SCHEDULE 2 – AUTHORISED SUB-PROCESSORS
| Sub-processor | Service | Location |
| Amazon Web Services EMEA SARL | Infrastructure hosting | Ireland |
| Zendesk International Limited | Customer support ticketing | Ireland |
# SIGNATURES
Signed for and on behalf of CEANN CLOUD SERVICES DESIGNATED ACTIVITY COMPANY
Name: Siobhán Ní Dhomhnaill    Title: Director    Date: 12 May 2026
Signed for and on behalf of FÁILTE TRAVEL GROUP UNLIMITED COMPANY
Name: Declan Moriarty    Title: Chief Financial Officer    Date: 19 May 2026`,
    truth: {
      title: "Data Processing Addendum",
      documentType: "Amendment",
      parties: ["Ceann Cloud Services Designated Activity Company", "Fáilte Travel Group Unlimited Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-19",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v25-technology-it-outsourcing-scotland",
    format: "pdf",
    pageFooters: true,
    source: `# IT OUTSOURCING AGREEMENT
MINUTE OF AGREEMENT
between
THISTLE DIGITAL SERVICES LIMITED, a company incorporated under the Companies Acts (registered number SC612345) and having its registered office at 22 Castle Street, Edinburgh EH2 3AH (the "Supplier")
and
LOCHABER AND SKYE HOUSING ASSOCIATION LIMITED, a registered society under the Co-operative and Community Benefit Societies Act 2014 (registered number 2456R(S)) and having its registered office at An Aird, Fort William PH33 6AN (the "Association")
WHEREAS the Association, following a procurement exercise under the Procurement Reform (Scotland) Act 2014, has selected the Supplier to provide managed IT services, and the obligations of the Supplier are guaranteed by its parent company, Thistle Group Holdings plc, under a separate parent company guarantee;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. Definitions. In this Agreement: "Commencement Date" means 1 October 2026; "Transition Period" means the period from the date of execution of this Agreement until the Commencement Date; "Exit Period" means the period of six months before the end of this Agreement.
2. Duration. This Agreement shall come into force on the Commencement Date and, subject to earlier termination, shall continue for a period of seven years from the Commencement Date, expiring on the seventh anniversary of the Commencement Date. The Association may extend this Agreement by up to two further periods of one year each by giving the Supplier not less than six months' written notice before the date on which it would otherwise expire.
3. Services. The Supplier shall provide the service desk, infrastructure management, end-user computing and cyber security monitoring services described in Schedule 1 in accordance with the service levels in Schedule 2.
4. Staff. The parties acknowledge that the Transfer of Undertakings (Protection of Employment) Regulations 2006 will apply on the Commencement Date to the employees listed in Schedule 5.
5. Charges. The Association shall pay the Charges monthly in arrears within 30 days of receipt of a valid invoice.
6. Non-solicitation. Neither party shall solicit any of the other's key personnel during this Agreement and for 12 months after it ends.
7. Termination for convenience. The Association may terminate this Agreement at any time after the third anniversary of the Commencement Date on nine months' written notice, subject to payment of the Termination Charge.
8. Law and jurisdiction. This Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the exclusive jurisdiction of the Scottish Courts.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
They are subscribed for and on behalf of THISTLE DIGITAL SERVICES LIMITED at Edinburgh on 17 August 2026 by Fiona Galbraith, Director, in the presence of Callum Reid, Solicitor, 5 Rutland Square, Edinburgh EH1 2AS, witness;
and for and on behalf of LOCHABER AND SKYE HOUSING ASSOCIATION LIMITED at Fort William on 20 August 2026 by Morag MacInnes, Chief Executive, in the presence of Ewan Cameron, Office Manager, An Aird, Fort William PH33 6AN, witness.
| Fiona Galbraith | Callum Reid (witness) |
| Morag MacInnes | Ewan Cameron (witness) |`,
    truth: {
      title: "IT Outsourcing Agreement",
      documentType: "Services agreement",
      parties: ["Thistle Digital Services Limited", "Lochaber and Skye Housing Association Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-10-01",
      expiryDate: "2033-10-01",
      term: "7 years",
    },
  },
  {
    id: "v25-technology-order-form-delaware",
    format: "docx",
    source: `# ORDER FORM
Order Form No. NWS-2026-0418
This Order Form is entered into under the Master Subscription Agreement dated September 9, 2024 between Northwind Signal, LLC and Customer (the "MSA"). Capitalized terms not defined here have the meanings given in the MSA.
| Provider | Northwind Signal, LLC, a Delaware limited liability company, 1201 N. Market Street, Wilmington, DE 19801 |
| Customer | Briggs, Hollander & Marsh LLP, 600 Congress Avenue, Suite 2200, Austin, TX 78701 |
| Customer Billing Contact | Renee Okafor, Director of Finance |
| Reseller | Pinecrest Channel Partners, Inc. (invoicing agent only) |
| Subscription Services | Northwind Matter Intelligence – Enterprise Edition; 350 Named Users |
| Subscription Start Date | July 1, 2026 (the "Order Effective Date") |
| Subscription Term | Twelve (12) months |
| Subscription End Date | June 30, 2027 |
| Renewal | This Order Form will automatically renew for successive renewal terms of twelve (12) months unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term |
| Fees | US$214,200 per year, invoiced annually in advance; payment due net forty-five (45) days |
| Price Protection | Fees for any renewal term will not increase by more than 5% over the prior term |
# Order Terms
1. Access Rights. Subject to the MSA and payment of the Fees, Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access and use the Subscription Services for Customer's internal business purposes.
2. Implementation. Forty (40) hours of onboarding services are included and must be used within ninety (90) days after the Order Effective Date.
3. Data Residency. Customer Data will be stored only in data centers located in the United States.
4. Governing Law. Section 14.1 of the MSA (which selects the laws of the State of California) does not apply to this Order Form. This Order Form, and any dispute arising out of or relating to it, is governed by the laws of the State of Delaware, without regard to its conflict of laws principles.
5. Order of Precedence. If this Order Form conflicts with the MSA, this Order Form controls with respect to the Subscription Services ordered here.
===
| NORTHWIND SIGNAL, LLC | BRIGGS, HOLLANDER & MARSH LLP |
| By: /s/ Marcus Feld | By: /s/ Hannah L. Briggs |
| Name: Marcus Feld | Name: Hannah L. Briggs |
| Title: VP, Revenue | Title: Managing Partner |
| Date: June 12, 2026 | Date: June 15, 2026 |`,
    truth: {
      title: "Order Form",
      documentType: "Licence agreement",
      parties: ["Northwind Signal, LLC", "Briggs, Hollander & Marsh LLP"],
      governingLaw: "Delaware",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-06-30",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v25-technology-software-development-singapore",
    format: "txt",
    source: `# SOFTWARE DEVELOPMENT AGREEMENT
THIS AGREEMENT is dated 3 March 2026
BETWEEN
(1) LION CITY CODE WORKS PTE. LTD. (UEN 201912345K), a company incorporated in Singapore whose registered office is at 71 Ayer Rajah Crescent, #05-12, Singapore 139951 (the "Developer");
(2) PERMATA LOGISTIK (M) SDN. BHD. (Registration No. 201801023456 (1283746-X)), a company incorporated in Malaysia whose registered office is at Level 15, Menara Permata, Jalan Sultan Ismail, 50250 Kuala Lumpur (the "Customer"); and
(3) DR. ARJUN NAIR s/o KRISHNAN NAIR (NRIC No. S7712345D) of 18 Jalan Kemuning, Singapore 769612 (the "Founder").
# BACKGROUND
(A) The Customer wishes to have a warehouse management mobile application developed for its operations in Malaysia and Singapore, on a budget approved by its ultimate holding company, Permata Holdings Berhad.
(B) The Founder is the controlling shareholder and chief technology officer of the Developer and has agreed to give the undertakings in clause 9.
# IT IS AGREED as follows:
1. Duration. This Agreement commences on the date of this Agreement and continues until terminated in accordance with clause 10.
2. Development. The Developer shall design, develop, test and deliver the Application in accordance with the Specification and the milestones in Schedule 1. The Developer shall begin the discovery phase no later than 16 March 2026.
3. Acceptance. The Customer shall carry out acceptance tests within 10 Business Days after delivery of each milestone.
4. Fees. The Customer shall pay the milestone fees in Schedule 1 within 30 days after acceptance of the relevant milestone.
5. Warranty. The Developer shall correct, free of charge, any defect reported within 90 days after Final Acceptance.
6. Intellectual property. All intellectual property rights in the Application vest in the Customer on payment of the relevant fees. The Developer grants the Customer a perpetual licence of its Background IP embedded in the Application.
7. Source code. On each milestone the Developer shall deliver the current source code to the Customer's GitLab repository.
8. Non-solicitation. Neither the Developer nor the Customer shall solicit the other's employees during this Agreement and for 12 months after it ends.
9. Founder undertakings. The Founder shall remain actively involved in the project for at least 18 months from the date of this Agreement.
10. Termination. Either the Developer or the Customer may terminate this Agreement on 60 days' written notice to the other parties.
11. Governing law and disputes. This Agreement is governed by the laws of Singapore. Any dispute shall be finally resolved by arbitration administered by the Singapore International Arbitration Centre, seated in Singapore.
# SCHEDULE 1 – MILESTONES
| Milestone | Target date | Fee (SGD) |
| Discovery and design | 30 April 2026 | 45,000 |
| Beta release | 31 August 2026 | 120,000 |
| Final Acceptance | 30 November 2026 | 85,000 |
# EXECUTION
Signed by TAN MEI LING, Director, for and on behalf of LION CITY CODE WORKS PTE. LTD.
Signed by AHMAD FAIZAL BIN HASHIM, Director, for and on behalf of PERMATA LOGISTIK (M) SDN. BHD.
Signed by DR. ARJUN NAIR s/o KRISHNAN NAIR in the presence of LIM BOON KENG (Witness)`,
    truth: {
      title: "Software Development Agreement",
      documentType: "Services agreement",
      parties: ["Lion City Code Works Pte. Ltd.", "Permata Logistik (M) Sdn. Bhd.", "Arjun Nair s/o Krishnan Nair"],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-03",
      term: "Until terminated",
    },
  },
  {
    id: "v25-technology-consent-letter-india",
    format: "pdf",
    source: `SAHYADRI DATA CENTRES PRIVATE LIMITED
CIN: U72900MH2015PTC123456
Plot R-7, TTC Industrial Area, Rabale MIDC, Navi Mumbai 400701
14 September 2026
Ref: SDC/LEG/2026/117
By email and courier
The Company Secretary
Vellore Fintech Solutions Private Limited
4th Floor, Olympia Tech Park, Guindy, Chennai 600032
Dear Sir/Madam,
# Consent to Assignment
Re: Colocation and Managed Hosting Agreement dated 2 January 2024 (the "Hosting Agreement")
We refer to the Hosting Agreement between Sahyadri Data Centres Private Limited ("SDC") and Vellore Fintech Solutions Private Limited ("you"), which commenced on 1 February 2024 for an initial period of sixty (60) months and is governed by the laws of India, and to your letter dated 28 August 2026 requesting our consent under clause 21.2 of the Hosting Agreement to the assignment of the Hosting Agreement to your wholly-owned subsidiary, Vellore Payments Technologies Private Limited (the "Assignee").
1. Subject to the conditions in paragraph 2, SDC consents to the assignment of the Hosting Agreement to the Assignee, provided the assignment is completed no later than 31 December 2026.
2. Our consent is conditional on: (a) the Assignee executing a deed of adherence in the form enclosed; (b) you remaining jointly and severally liable with the Assignee for all obligations under the Hosting Agreement until the end of its current term on 31 January 2029; and (c) the security deposit of INR 45,00,000 continuing to be held by SDC.
3. Except as set out in this letter, the Hosting Agreement remains unchanged, and this letter does not waive any right of SDC under it, including the 180-day notice period for termination.
4. This letter is governed by the laws of India, and the courts at Mumbai shall have exclusive jurisdiction over any dispute arising from it.
Please sign and return the enclosed copy of this letter to confirm your agreement to these conditions.
Yours faithfully,
For Sahyadri Data Centres Private Limited
Rohan Deshpande
Head – Legal & Compliance
cc: Mehta & Iyer Advocates (counsel to SDC)
We acknowledge and agree to the conditions set out above.
For Vellore Fintech Solutions Private Limited
Name: S. Lakshmi Narayanan    Designation: Director    Date: 21 September 2026`,
    truth: {
      title: "Consent to Assignment",
      documentType: "Letter",
      parties: ["Sahyadri Data Centres Private Limited", "Vellore Fintech Solutions Private Limited"],
      governingLaw: "India",
      effectiveDate: "2026-09-14",
    },
  },
  {
    id: "v25-technology-confidentiality-new-zealand",
    format: "docx",
    storedPageCount: 2,
    source: `# MUTUAL CONFIDENTIALITY AGREEMENT
Proposed integration of autonomous orchard robotics with orchard management systems
1. Background. The parties identified in the Execution section at the end of this agreement (each a "party") are considering a technology partnership under which one party's harvesting robots would be integrated with the other's orchard management platform (the "Purpose").
2. Confidential Information. "Confidential Information" means all information of a party (the "Discloser") that is disclosed to the other party (the "Recipient") in connection with the Purpose, including source code, APIs, yield data and pricing, but excluding information that is or becomes public other than through a breach of this agreement.
3. Obligations. The Recipient must use the Discloser's Confidential Information only for the Purpose and must not disclose it except to its directors, employees, professional advisers and financiers (including Southern Cross Community Bank Limited) who need to know it and are bound by obligations of confidence.
4. Term. This agreement has a term of two years from the date of this agreement. The obligations in clause 3 continue for five years after this agreement ends.
5. Non-solicitation. During the term and for 12 months afterwards, neither party will solicit for employment any engineer of the other party with whom it had contact in connection with the Purpose.
6. Return of information. Within 10 working days of a written request, the Recipient must return or destroy the Discloser's Confidential Information.
7. No obligation. Nothing in this agreement obliges either party to enter into the technology partnership or grants any licence of intellectual property.
8. Governing law. This agreement is governed by the laws of New Zealand, and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
===
# Execution
Dated: 26 November 2026
| Party | Kōwhai Robotics Limited (company number 7712345), 14 Ward Street, Hamilton 3204 |
| Signed by | Aroha Tipene, Director |
| Party | Te Matau Orchards Limited Partnership, acting by its general partner Te Matau GP Limited (company number 8123456), 220 Te Mata Road, Havelock North 4130 |
| Signed by | Hamish McAlister, Director of Te Matau GP Limited |`,
    truth: {
      title: "Mutual Confidentiality Agreement",
      documentType: "NDA",
      parties: ["Kōwhai Robotics Limited", "Te Matau Orchards Limited Partnership"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-11-26",
      expiryDate: "2028-11-26",
      term: "2 years",
    },
  },
];
