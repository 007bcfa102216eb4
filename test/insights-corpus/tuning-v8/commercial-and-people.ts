import type { UnseenDocument } from "../unseen/types";

/** Tuning set v8: commercial and people documents (NDA, services, SaaS, licence, supply, agency, employment, consulting). */
export const COMMERCIAL_AND_PEOPLE_V8: UnseenDocument[] = [
  {
    id: "v8-commercial-mutual-nda-ontario",
    format: "pdf",
    pageFooters: true,
    source: `# MUTUAL NON-DISCLOSURE AGREEMENT
This Mutual Non-Disclosure Agreement (this “Agreement”) is made as of the 14th day of January, 2026 (the “Effective Date”).
BETWEEN:
NORTHBRIDGE ANALYTICS INC., a corporation incorporated under the laws of the Province of Ontario, having its registered office at 220 Bay Street, Suite 1400, Toronto, Ontario M5J 2W4 (“Northbridge”)
- and -
LARCHMONT ROBOTICS LTD., a corporation incorporated under the laws of British Columbia, having its head office at 1055 West Georgia Street, Vancouver, British Columbia V6E 3P3 (“Larchmont”)
WHEREAS the parties wish to explore a possible joint development of warehouse automation software (the “Purpose”) and, in doing so, each may disclose Confidential Information to the other;
NOW THEREFORE in consideration of the mutual covenants herein, the parties agree as follows:
# 1. Confidential Information
1.1 “Confidential Information” means all non-public information disclosed by a party (the “Discloser”) to the other (the “Recipient”), whether oral, written or electronic, that is marked confidential or would reasonably be understood to be confidential.
1.2 The Recipient shall use Confidential Information solely for the Purpose and shall not disclose it except to its employees and advisers who need to know it and are bound by duties of confidence no less protective than this Agreement.
# 2. Return of Materials
2.1 Within ten (10) business days of a written request, the Recipient shall return or destroy all Confidential Information in its possession.
===
# 3. Term
3.1 This Agreement shall remain in force for a period of three (3) years from the Effective Date, unless terminated earlier by either party on thirty (30) days’ written notice.
3.2 The Recipient’s obligations under section 1 shall survive expiry or termination of this Agreement for five (5) years.
# 4. Non-Solicitation
4.1 During the term of this Agreement and for twelve (12) months thereafter, neither party shall solicit for employment any employee of the other who was involved in the Purpose.
# 5. General
5.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
5.2 Each party irrevocably attorns to the exclusive jurisdiction of the courts of Ontario sitting in Toronto.
IN WITNESS WHEREOF the parties have executed this Agreement as of the Effective Date.
NORTHBRIDGE ANALYTICS INC.
Per: ______________________ Name: Priya Raman, Title: Chief Executive Officer
LARCHMONT ROBOTICS LTD.
Per: ______________________ Name: Graham Kessler, Title: President`,
    truth: {
      title: "Mutual Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Northbridge Analytics Inc.", "Larchmont Robotics Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-01-14",
      expiryDate: "2029-01-14",
      term: "3 years",
    },
  },
  {
    id: "v8-commercial-facilities-services-scotland",
    format: "docx",
    storedPageCount: 3,
    source: `# FACILITIES MANAGEMENT SERVICES AGREEMENT
MINUTE OF AGREEMENT
between
CALEDONIAN ESTATES SERVICES LIMITED, incorporated under the Companies Acts (Registered Number SC482119) and having its registered office at 14 Melville Street, Edinburgh EH3 7NS (the “Provider”)
and
THE GLENMORRAN DISTILLING COMPANY LIMITED, incorporated under the Companies Acts (Registered Number SC097354) and having its registered office at Glenmorran, Dufftown, Keith AB55 4DH (the “Client”)
===
WHEREAS the Client wishes to appoint the Provider to provide cleaning, maintenance and security services at its premises at Dufftown and Elgin (the “Sites”);
NOW THEREFORE the parties have agreed and do hereby agree as follows:
# 1. Definitions
In this Agreement: “Commencement Date” means 1 April 2026; “Services” means the services described in the Schedule; “Contract Year” means each period of twelve months beginning on the Commencement Date or an anniversary of it.
# 2. Duration
2.1 This Agreement shall commence on the Commencement Date and shall continue for an initial period of thirty-six (36) months (the “Initial Period”).
2.2 On expiry of the Initial Period this Agreement shall renew automatically for successive periods of twelve (12) months each unless either party gives the other not less than six (6) months’ written notice of non-renewal before the end of the Initial Period or the then current renewal period.
# 3. Services and Charges
3.1 The Provider shall perform the Services in accordance with the service levels in the Schedule.
3.2 The Client shall pay the Charges within thirty (30) days of receipt of a valid invoice. The Charges shall be reviewed at the start of each Contract Year.
# 4. Defects
4.1 The Provider shall remedy at its own cost any defect in maintenance work notified within ninety (90) days of completion of that work.
# 5. Law
5.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule are executed as follows:
Subscribed for and on behalf of CALEDONIAN ESTATES SERVICES LIMITED at Edinburgh on 11 March 2026 by Fiona McLeish, Director, before this witness: Alasdair Ross, 3 Dean Park Crescent, Edinburgh
Subscribed for and on behalf of THE GLENMORRAN DISTILLING COMPANY LIMITED at Dufftown on 17 March 2026 by Euan Grant, Director, before this witness: Morag Innes, 8 Balvenie Street, Dufftown
===
# SCHEDULE – THE SERVICES
| Service | Frequency | Sites |
| Daily cleaning | Monday to Friday | Dufftown and Elgin |
| Planned maintenance | Quarterly | Dufftown and Elgin |
| Manned security | 24 hours | Dufftown |`,
    truth: {
      title: "Facilities Management Services Agreement",
      documentType: "Services agreement",
      parties: ["Caledonian Estates Services Limited", "The Glenmorran Distilling Company Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v8-commercial-saas-subscription-delaware",
    format: "pdf",
    source: `# CLOUD SOFTWARE SUBSCRIPTION AGREEMENT
Order Form and Key Terms
| Provider | Quillfeather Software, LLC, a Delaware limited liability company, 1201 N. Orange Street, Wilmington, DE 19801 |
| Customer | Harbor Point Credit Union, 45 Wharf Road, Portland, ME 04101 |
| Start Date | March 2, 2026 |
| Subscription Term | Twenty-four (24) months from the Start Date |
| Renewal | Automatic, for successive renewal terms of one (1) year |
| Fees | USD 84,000 per year, payable annually in advance, net thirty (30) days |
| Authorized Users | 250 |
This Cloud Software Subscription Agreement (the “Agreement”) is entered into by Provider and Customer as of the Start Date and consists of the Key Terms above and the General Terms below.
# GENERAL TERMS
1. License Grant. Subject to payment of the Fees, Provider grants Customer a non-exclusive, non-transferable license during the Subscription Term to access and use Provider’s hosted loan-servicing software (the “Software”) for Customer’s internal business purposes, for up to the number of Authorized Users.
2. Restrictions. Customer shall not sublicense, reverse engineer or permit any third party to use the Software.
3. Term and Renewal. The Subscription Term shall automatically renew for successive renewal terms of one (1) year each unless either party notifies the other of non-renewal at least sixty (60) days before the end of the then-current term.
4. Warranty. Provider warrants that the Software will perform materially in accordance with its documentation for ninety (90) days from the Start Date.
5. Customer Data. Upon termination, Provider will make Customer Data available for export for thirty (30) days and will then delete it.
6. Source Code Escrow. Provider shall deposit the source code of the Software with an escrow agent within forty-five (45) days of the Start Date and keep the deposit current during the Subscription Term.
7. Governing Law. This Agreement is governed by the laws of the State of Delaware, without regard to its conflict of laws principles. Nothing in this Agreement limits Customer’s obligations under the credit union regulations of the State of Maine.
QUILLFEATHER SOFTWARE, LLC
By: ______________________ Name: Owen Bradley Title: Managing Member
HARBOR POINT CREDIT UNION
By: ______________________ Name: Lena Marchetti Title: Chief Operating Officer Date: March 4, 2026`,
    truth: {
      title: "Cloud Software Subscription Agreement",
      documentType: "Licence agreement",
      parties: ["Quillfeather Software, LLC", "Harbor Point Credit Union"],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-02",
      expiryDate: "2028-03-02",
      term: "24 months",
      renewal: "1 year",
    },
  },
  {
    id: "v8-commercial-supply-new-south-wales",
    format: "docx",
    source: `# SUPPLY AGREEMENT
THIS AGREEMENT is dated 9 February 2026
BETWEEN
(1) HUNTER VALLEY PACKAGING PTY LTD (ACN 612 004 781) of 18 Glenwood Drive, Thornton NSW 2322 (Supplier); and
(2) BRIGHTWATER BEVERAGES PTY LIMITED (ACN 150 338 902) of Level 9, 60 Castlereagh Street, Sydney NSW 2000 (Purchaser).
BACKGROUND
A. The Supplier manufactures recyclable aluminium cans and closures.
B. The Purchaser wishes to buy, and the Supplier wishes to sell, those goods on the terms of this agreement.
AGREED TERMS
# 1. Definitions
Commencement Date means 1 March 2026.
Goods means the products listed in Schedule 1.
Term means the period from 1 March 2026 to 28 February 2029 (inclusive), unless terminated earlier under clause 7.
# 2. Term
2.1 This agreement operates for the Term.
2.2 The Purchaser may, by written notice given at least three (3) months before the end of the Term, extend this agreement once for a further period of twelve (12) months. If no notice is given, this agreement ends on the last day of the Term.
# 3. Orders and Payment
3.1 The Purchaser will place purchase orders at least twenty-one (21) days before the required delivery date.
3.2 Invoices are payable within forty-five (45) days after the end of the month in which they are issued.
# 4. Warranty
4.1 The Supplier warrants that the Goods will be free from defects for a period of twelve (12) months after delivery.
# 5. Exclusivity
5.1 For the first eighteen (18) months of the Term the Purchaser will buy all its requirements of cans from the Supplier.
# 6. Governing Law
6.1 This agreement is governed by the laws of New South Wales, and each party submits to the non-exclusive jurisdiction of its courts.
===
# Schedule 1 – Goods
| Item | Description | Price (AUD per 1,000) |
| 1 | 375 ml aluminium can, printed | 142.00 |
| 2 | 250 ml aluminium can, slimline | 118.50 |
| 3 | Stay-on-tab end | 21.75 |
EXECUTED as an agreement.
Executed by Hunter Valley Packaging Pty Ltd (ACN 612 004 781) in accordance with section 127 of the Corporations Act 2001 (Cth): Director: Marcus Webb / Director/Secretary: Kylie Tran
Executed by Brightwater Beverages Pty Limited (ACN 150 338 902) in accordance with section 127 of the Corporations Act 2001 (Cth): Director: Sophie Aldridge / Director: James Okoro`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Hunter Valley Packaging Pty Ltd", "Brightwater Beverages Pty Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-03-01",
      expiryDate: "2029-02-28",
      term: "36 months",
    },
  },
  {
    id: "v8-commercial-sales-agency-singapore",
    format: "txt",
    source: `# SALES AGENCY AGREEMENT
This Agreement is made on 5 May 2026
Between
MERLION MARINE COATINGS PTE. LTD. (UEN 201432187K), a company incorporated in Singapore with its registered office at 30 Tuas Avenue 8, Singapore 639246 (the "Principal")
And
TAN WEI MING (NRIC No. S7712345D), of Block 412 Bedok North Avenue 2, #08-117, Singapore 460412 (the "Agent")
1. Appointment
1.1 The Principal appoints the Agent as its non-exclusive sales agent to solicit orders for the Principal's antifouling and hull coating products (the "Products") from shipyards in Peninsular Malaysia and the Riau Islands (the "Territory"). The Agent has no authority to conclude contracts on the Principal's behalf.
2. Commission
2.1 The Principal shall pay the Agent a commission of 6% of the net invoice value of orders accepted from customers introduced by the Agent, within thirty (30) days after the end of each calendar quarter.
3. Duration
3.1 This Agreement takes effect on the date written above and shall continue until terminated by either party giving to the other not less than three (3) months' written notice.
3.2 Termination shall not affect commission on orders accepted before the date of termination, which shall remain payable for six (6) months after termination.
4. Restraint
4.1 For a period of twelve (12) months after termination the Agent shall not promote competing marine coatings in the Territory.
5. Governing Law
5.1 This Agreement shall be governed by the laws of Singapore and the parties submit to the exclusive jurisdiction of the Singapore courts. Sales contracts between the Principal and customers in the Territory may be governed by Malaysian law.
Signed by LIM HUI LING, Director, for and on behalf of MERLION MARINE COATINGS PTE. LTD.
Signature: ____________________
Signed by TAN WEI MING
Signature: ____________________`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Merlion Marine Coatings Pte. Ltd.", "Tan Wei Ming"],
      governingLaw: "Singapore",
      effectiveDate: "2026-05-05",
      term: "Until terminated",
    },
  },
  {
    id: "v8-commercial-offer-letter-ireland",
    format: "txt",
    source: `Corrib Bay Pharmaceuticals DAC
Unit 7, Parkmore Business Park West, Galway H91 X2C4, Ireland
Registered in Ireland No. 598812
12 March 2026
Private and Confidential
Ms Aoife Brennan
24 Sea Road, Salthill, Galway H91 K7P3
Our ref: HR/2026/044
Dear Aoife,
# Offer of Employment
Further to your interview on 26 February 2026 and our letter of 2 March 2026, I am pleased to offer you the position of Senior Quality Assurance Specialist on the following terms.
Commencement: Your employment will commence on 4 May 2026 (the "Commencement Date").
Duration: This is a fixed-term contract for a period of eighteen (18) months commencing on the Commencement Date, to cover the validation of our new sterile fill line. The Unfair Dismissals Acts 1977 to 2015 shall not apply to a dismissal consisting only of the expiry of this term.
Probation: The first six (6) months of your employment will be a probationary period, during which either party may end your employment on one week's notice.
Salary: EUR 68,000 per annum, paid monthly in arrears by credit transfer.
Hours and leave: 39 hours per week; 23 days' annual leave plus public holidays.
Notice: After probation, either party may terminate your employment by giving one (1) month's written notice.
Restrictions: For six (6) months after your employment ends you will not solicit any customer of the Company with whom you dealt in your final year of employment.
Law: Your employment will be governed by the laws of Ireland.
This offer is open for acceptance until 26 March 2026. Please sign and return the enclosed copy to confirm your acceptance.
Yours sincerely,
Declan Fahy
Head of People, Corrib Bay Pharmaceuticals DAC
I accept the offer of employment on the terms set out above.
Signed: Aoife Brennan    Date: 16 March 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Corrib Bay Pharmaceuticals DAC", "Aoife Brennan"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-04",
      expiryDate: "2027-11-03",
      term: "18 months",
    },
  },
  {
    id: "v8-commercial-consulting-california",
    format: "pdf",
    pageFooters: true,
    source: `# CONSULTING AGREEMENT
This Consulting Agreement (this “Agreement”) is effective as of June 1, 2026 (the “Effective Date”) and is between the company and the individual consultant identified in the signature blocks at the end of this Agreement (respectively, the “Company” and “Consultant”).
1. Services. Consultant will provide regulatory strategy advice in connection with the Company’s investigational new drug application, as described in Exhibit A (the “Services”). Consultant is an independent contractor and not an employee of the Company.
2. Compensation. The Company will pay Consultant USD 275 per hour, invoiced monthly and payable within fifteen (15) days of receipt.
3. Term. This Agreement will continue for a period of six (6) months from the Effective Date unless terminated earlier. Either party may terminate this Agreement on ten (10) days’ written notice. The parties may extend the term only by mutual written agreement.
4. Confidentiality. Consultant will hold the Company’s Confidential Information in strict confidence during the term and for three (3) years thereafter, and trade secrets for as long as they remain trade secrets.
5. Non-Solicitation. During the term and for one (1) year after it ends, Consultant will not solicit any employee of the Company to leave the Company.
6. Intellectual Property. All work product created by Consultant in performing the Services is assigned to the Company upon creation.
===
7. Governing Law. This Agreement is governed by the laws of the State of California, without giving effect to conflict of laws rules. Any dispute will be resolved in the state or federal courts in San Diego County.
8. Entire Agreement. This Agreement, including Exhibit A, is the entire agreement between the parties about its subject matter and supersedes the parties’ prior consulting agreement dated January 15, 2025, which was governed by Massachusetts law.
IN WITNESS WHEREOF, the parties have signed this Agreement as of the Effective Date.
COMPANY: RIVERSTONE BIOLOGICS, INC., a Delaware corporation, 10935 Vista Sorrento Parkway, San Diego, CA 92130
By: ______________________  Name: Hannah Liu  Title: Chief Executive Officer  Date: May 27, 2026
CONSULTANT: DANIEL OKAFOR, 88 Beacon Hill Lane, Cambridge, MA 02138
Signature: ______________________  Date: May 29, 2026
# EXHIBIT A – SERVICES
| Workstream | Description | Estimated hours |
| FDA pre-IND meeting | Prepare briefing package and attend meeting | 60 |
| CMC strategy | Review chemistry, manufacturing and controls plan | 40 |`,
    truth: {
      title: "Consulting Agreement",
      documentType: "Services agreement",
      parties: ["Riverstone Biologics, Inc.", "Daniel Okafor"],
      governingLaw: "California",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-12-01",
      term: "6 months",
    },
  },
  {
    id: "v8-commercial-software-licence-northern-ireland",
    format: "docx",
    storedPageCount: 3,
    source: `# SOFTWARE LICENCE AGREEMENT
relating to the FleetSense telematics platform
Dated 3rd June 2026
(1) MOURNE DIGITAL SYSTEMS LIMITED
(2) FOYLE & BANN LOGISTICS LLP
===
THIS AGREEMENT is dated 3rd June 2026
PARTIES
(1) MOURNE DIGITAL SYSTEMS LIMITED, incorporated and registered in Northern Ireland with company number NI650217, whose registered office is at 5 Lanyon Place, Belfast BT1 3LP (the "Licensor").
(2) FOYLE & BANN LOGISTICS LLP, a limited liability partnership registered in Northern Ireland with number NC001284, whose registered office is at 2 Strand Road, Londonderry BT48 7AB (the "Licensee").
AGREED TERMS
# 1. Interpretation
"Commencement Date" means 1 July 2026.
"Software" means the FleetSense telematics software in object code form, together with its Documentation.
# 2. Licence
2.1 In consideration of the Licence Fee, the Licensor grants the Licensee a non-exclusive, non-transferable licence to install and use the Software at the Licensee's depots in Northern Ireland and the Republic of Ireland.
2.2 The licence shall commence on the Commencement Date and shall continue for a period of five years, after which it shall expire unless renewed by written agreement of the parties.
# 3. Support and Warranty
3.1 The Licensor shall provide support and maintenance for the first twelve (12) months after the Commencement Date; thereafter support may be purchased annually.
3.2 The Licensor warrants that the Software will conform to the Documentation for ninety (90) days after delivery.
# 4. Source Code Escrow
4.1 Within thirty (30) days of the date of this agreement the Licensor shall deposit the source code with an escrow agent under a three-party escrow agreement governed by the law of England and Wales.
# 5. Fees
5.1 The Licence Fee of £48,000 is payable in two equal instalments, on the Commencement Date and six months later.
# 6. Confidentiality
6.1 Each party's confidentiality obligations shall survive termination for three (3) years.
# 7. Governing Law and Jurisdiction
7.1 This agreement and any dispute arising out of it shall be governed by the law of Northern Ireland, and the courts of Northern Ireland shall have exclusive jurisdiction.
===
This agreement has been entered into on the date stated at the beginning of it.
Signed by Ciaran Doherty, Director, for and on behalf of MOURNE DIGITAL SYSTEMS LIMITED
Signed by Niamh Quinn, Designated Member, for and on behalf of FOYLE & BANN LOGISTICS LLP`,
    truth: {
      title: "Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Mourne Digital Systems Limited", "Foyle & Bann Logistics LLP"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-07-01",
      expiryDate: "2031-06-30",
      term: "5 years",
    },
  },
];
