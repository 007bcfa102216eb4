import type { UnseenDocument } from "../unseen/types";

/** Held-back v7 technology set: software licences, SaaS, hosting, data processing, IT outsourcing and escrow. */
export const TECHNOLOGY_V7: UnseenDocument[] = [
  {
    id: "v7-technology-software-license-california",
    format: "pdf",
    pageFooters: true,
    source: `# SOFTWARE LICENSE AGREEMENT
This Software License Agreement (the “Agreement”) is entered into as of January 15, 2026 (the “Effective Date”) by and between Redwood Circuitry, Inc., a California corporation with offices at 455 Market Street, Suite 900, San Francisco, California 94105 (“Licensor”), and Mission Bay Logistics LLC, a Delaware limited liability company with offices at 1800 Owens Street, San Francisco, California 94158 (“Licensee”).
1. License Grant. Subject to the terms of this Agreement, Licensor grants Licensee a non-exclusive, non-transferable license to install and use the RouteWise fleet optimization software (the “Software”) on up to 250 devices for Licensee’s internal business purposes.
2. Restrictions. Licensee shall not reverse engineer, decompile or sublicense the Software, or use it to provide services to third parties.
3. Fees. Licensee shall pay the annual license fee set out in Exhibit A. Invoices are payable net thirty (30) days from the invoice date.
4. Warranty. Licensor warrants that the Software will perform materially in accordance with its documentation for ninety (90) days after delivery.
===
5. Term and Renewal. This Agreement has an initial term of three (3) years from the Effective Date. Thereafter, this Agreement will automatically renew for successive one (1) year periods unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.
6. Termination. Either party may terminate this Agreement upon thirty (30) days’ written notice if the other party materially breaches it and fails to cure the breach within that period.
7. Effect of Termination. On termination Licensee shall cease using the Software and certify its deletion within fifteen (15) days. Sections 2, 8 and 9 survive termination.
8. Limitation of Liability. Neither party’s aggregate liability shall exceed the fees paid in the twelve (12) months before the claim.
9. Governing Law. This Agreement shall be governed by the laws of the State of California, without reference to its choice of law rules. The state and federal courts located in San Francisco County shall have exclusive jurisdiction.
| REDWOOD CIRCUITRY, INC. | MISSION BAY LOGISTICS LLC |
| By: Priya Natarajan, Chief Revenue Officer | By: Marcus Bell, Chief Operating Officer |
| Date: January 15, 2026 | Date: January 15, 2026 |`,
    truth: {
      title: "Software License Agreement",
      documentType: "Licence agreement",
      parties: ["Redwood Circuitry, Inc.", "Mission Bay Logistics LLC"],
      governingLaw: "California",
      effectiveDate: "2026-01-15",
      expiryDate: "2029-01-15",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v7-technology-saas-licence-england",
    format: "docx",
    storedPageCount: 2,
    source: `# SAAS SUBSCRIPTION LICENCE AGREEMENT
THIS AGREEMENT is dated 3 November 2025
BETWEEN
(1) LEDGERLINE SOFTWARE LIMITED, a company incorporated in England and Wales (company number 11223344) whose registered office is at 20 Station Road, Cambridge CB1 2JD (“Provider”); and
(2) HARTWELL & PIKE LLP, a limited liability partnership registered in England and Wales (registered number OC401234) whose registered office is at 7 Temple Row, Birmingham B2 5LS (“Customer”).
1. Definitions
“Commencement Date” means 1 December 2025.
“Initial Subscription Term” means the period of 24 months starting on the Commencement Date.
“Software” means the Ledgerline time-recording and billing application made available online by the Provider.
2. Licence. The Provider grants the Customer a non-exclusive, non-transferable licence, during the Subscription Term, to access and use the Software through a web browser for up to 120 Authorised Users, for the Customer’s internal business purposes only.
3. Fees. The Subscription Fees are payable annually in advance within 30 days of the date of each invoice.
4. Subscription Term. This Agreement starts on the Commencement Date and continues for the Initial Subscription Term. It then renews automatically for successive periods of 12 months (each a “Renewal Period”) unless either party gives at least 90 days’ notice before the end of the Initial Subscription Term or the current Renewal Period.
===
5. Customer data. On termination the Provider will make the Customer Data available for download for 30 days and will then delete it.
6. Liability. The Provider’s total liability in each year is limited to the Subscription Fees paid in that year.
7. Governing law. This Agreement and any dispute or claim arising out of it are governed by the law of England and Wales. The courts of England and Wales have exclusive jurisdiction.
This Agreement has been entered into on the date stated at the beginning of it.
| Signed by Oliver Grant, Director, for and on behalf of Ledgerline Software Limited |
| Signed by Catherine Pike, Designated Member, for and on behalf of Hartwell & Pike LLP |`,
    truth: {
      title: "SaaS Subscription Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Ledgerline Software Limited", "Hartwell & Pike LLP"],
      governingLaw: "England and Wales",
      effectiveDate: "2025-12-01",
      expiryDate: "2027-11-30",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v7-technology-saas-service-ireland-key-details",
    format: "txt",
    source: `# CLOUD SERVICES AGREEMENT
# Key Details
| Provider | Corrib Cloud Solutions Limited, registered in Ireland under number 654321, of Unit 3, Galway Technology Park, Parkmore, Galway H91 X2Y4 |
| Customer | Midlands Veterinary Group Designated Activity Company, registered in Ireland under number 612987, of Dublin Road, Tullamore, Co. Offaly R35 K8T2 |
| Effective Date | 1 April 2026 |
| Service Term | 12 months from the Effective Date |
| Renewal | The Service Term renews automatically for further periods of 12 months unless either party gives at least 60 days’ written notice before the end of the current period |
| Monthly Charge | €4,850 plus VAT, invoiced monthly and payable within 21 days |
| Service Levels | 99.8% monthly availability, with service credits as set out in Schedule 2 |
The parties agree to the Key Details above and the terms below.
1. The Services. The Provider will host, operate, maintain and support its practice management platform and deliver it to the Customer as a managed service, including data back-up, security monitoring and a helpdesk available from 08:00 to 20:00 on Business Days.
2. No licence. The platform remains under the Provider’s sole control. No licence of any software is granted to the Customer; the Customer receives the Services only.
3. Customer obligations. The Customer will provide accurate data and ensure that its users keep their log-in credentials secure.
4. Data. The Provider processes personal data only on the Customer’s documented instructions, under the data processing terms in Schedule 3. After the Service Term ends the Provider will retain Customer Data for 90 days and then securely delete it.
5. Liability. Each party’s total liability is limited to the Charges paid in the 12 months preceding the claim.
6. Governing law. This Agreement is governed by the laws of Ireland and the Irish courts have exclusive jurisdiction.
Signed for Corrib Cloud Solutions Limited: Niamh Fitzgerald, Director
Signed for Midlands Veterinary Group Designated Activity Company: Declan Moran, Director`,
    truth: {
      title: "Cloud Services Agreement",
      documentType: "Services agreement",
      parties: ["Corrib Cloud Solutions Limited", "Midlands Veterinary Group Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-04-01",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v7-technology-hosting-letter-hong-kong",
    format: "pdf",
    source: `VICTORIA HARBOUR DATA CENTRES LIMITED
18/F, Harbourfront Tower, 33 Hung To Road, Kwun Tong, Kowloon, Hong Kong | Tel: +852 2345 6789
18 August 2025
Kowloon Bay Trading Company Limited
Unit 1205, 12/F, Enterprise Square, 9 Sheung Yuet Road, Kowloon Bay, Hong Kong
Attention: Mr. Albert Chan, Head of IT
Our ref: VHDC/MH/2025/0417
Dear Mr. Chan,
# Managed Hosting Services Agreement
Further to our proposal dated 2 July 2025 and our meeting on 30 July 2025, we are pleased to set out the terms on which we will provide managed hosting services to you. This letter, once countersigned, will form a binding agreement between Victoria Harbour Data Centres Limited (“we”) and Kowloon Bay Trading Company Limited (“you”).
1. Services. We will provide, operate and manage two dedicated servers, firewall and load balancer in our Tier III facility at Kwun Tong, together with operating system patching, daily back-ups and 24/7 monitoring, as described in the Annex.
2. Commencement and term. The Service Commencement Date is 1 September 2025. The services will run for a minimum term of twenty-four (24) months from the Service Commencement Date. At the end of that minimum term the services will end unless we and you agree a renewal in writing.
3. Charges. The monthly charge is HK$38,500, invoiced monthly in advance and payable within 30 days of the invoice date. A one-off set-up fee of HK$12,000 is payable on countersignature.
4. Service credits. If availability in any month falls below 99.9%, you will receive the service credits set out in the Annex.
5. Exit. On expiry or termination we will give you reasonable assistance for up to 30 days to migrate your data to a new provider.
6. Governing law. This agreement is governed by the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours sincerely,
Karen Leung
Commercial Director, for and on behalf of Victoria Harbour Data Centres Limited
Agreed and accepted for and on behalf of Kowloon Bay Trading Company Limited
Albert Chan, Head of IT    Date: 25 August 2025`,
    truth: {
      title: "Managed Hosting Services Agreement",
      documentType: "Services agreement",
      parties: ["Victoria Harbour Data Centres Limited", "Kowloon Bay Trading Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2025-09-01",
      expiryDate: "2027-09-01",
      term: "24 months",
    },
  },
  {
    id: "v7-technology-data-processing-addendum-nz",
    format: "docx",
    source: `# DATA PROCESSING ADDENDUM
This Addendum is made on 9 February 2026
between
Tasman Payroll Services Limited (company number 1234567), a company incorporated in New Zealand with its registered office at Level 5, 88 The Terrace, Wellington 6011 (the “Processor”)
and
Kauri Health Partners Limited (company number 2345678), a company incorporated in New Zealand with its registered office at 41 Shortland Street, Auckland 1010 (the “Customer”).
Background
A. The parties are parties to a Payroll Services Agreement dated 14 May 2024 (the “Principal Agreement”), which has an initial term of five years from that date.
B. The parties wish to supplement and amend the Principal Agreement so that it sets out how the Processor handles personal information on the Customer’s behalf in accordance with the Privacy Act 2020.
It is agreed:
1. Effect. This Addendum takes effect on 1 March 2026 (the “Addendum Effective Date”) and forms part of the Principal Agreement. It remains in force for so long as the Processor holds personal information on behalf of the Customer.
2. Processing. The Processor will process the Customer’s personal information only to provide the payroll services and on the Customer’s documented instructions.
3. Sub-processors. The Processor will give the Customer at least 30 days’ notice before engaging any new sub-processor, and the Customer may object within 10 working days of that notice.
4. Privacy breaches. The Processor will notify the Customer without undue delay, and in any event within 48 hours, after becoming aware of a privacy breach affecting the Customer’s personal information.
5. Return and deletion. Within 60 days after the Principal Agreement ends, the Processor will return or securely destroy all of the Customer’s personal information.
6. Precedence. If this Addendum conflicts with the Principal Agreement, this Addendum prevails. In all other respects the Principal Agreement continues unchanged.
7. Governing law. This Addendum is governed by the laws of New Zealand.
Signed for Tasman Payroll Services Limited by Hemi Walker, Director
Signed for Kauri Health Partners Limited by Sarah Thompson, Chief Executive`,
    truth: {
      title: "Data Processing Addendum",
      documentType: "Amendment",
      parties: ["Tasman Payroll Services Limited", "Kauri Health Partners Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-01",
      amends: "Payroll Services Agreement",
    },
  },
  {
    id: "v7-technology-it-outsourcing-india-cover",
    format: "pdf",
    pageFooters: true,
    source: `# MASTER IT OUTSOURCING AGREEMENT
between
DECCAN MUTUAL INSURANCE COMPANY LIMITED
and
SAHYADRI INFOTECH PRIVATE LIMITED
Dated 5th January 2026
===
This Master IT Outsourcing Agreement is executed at Pune on this 5th day of January 2026 by and between:
DECCAN MUTUAL INSURANCE COMPANY LIMITED, a company incorporated under the Companies Act, 2013, having CIN U66010MH2001PLC123456 and its registered office at Deccan House, Senapati Bapat Road, Pune 411016 (hereinafter referred to as the “Customer”, which expression shall, unless repugnant to the context, include its successors and permitted assigns) of the ONE PART;
AND
SAHYADRI INFOTECH PRIVATE LIMITED, a company incorporated under the Companies Act, 1956, having CIN U72200MH2004PTC654321 and its registered office at Plot 7, Rajiv Gandhi Infotech Park, Hinjawadi, Pune 411057 (hereinafter referred to as the “Service Provider”) of the OTHER PART.
1. Definitions. “Effective Date” means 1 February 2026. “Transition Period” means the period of six (6) months beginning on the Effective Date.
2. Scope. The Service Provider shall provide infrastructure management, application support and service desk services for the Customer’s policy administration and claims systems as set out in the Statements of Work.
3. Term. This Agreement shall commence on the Effective Date and shall continue for a period of five (5) years, unless terminated earlier in accordance with Clause 14.
4. Minimum commitment. The Customer shall not terminate this Agreement for convenience during a lock-in period of twenty-four (24) months from the Effective Date.
===
5. Fees. The Customer shall pay undisputed invoices within forty-five (45) days of receipt, subject to deduction of tax at source.
6. Regulatory compliance. The Service Provider shall comply with the IRDAI guidelines on outsourcing and permit inspection by the Customer and the regulator.
7. Exit management. On expiry or termination the Service Provider shall provide exit assistance for up to twelve (12) months.
8. Governing law and arbitration. This Agreement shall be governed by the laws of India. Disputes shall be referred to arbitration under the Arbitration and Conciliation Act, 1996, seated in Mumbai.
IN WITNESS WHEREOF the parties have executed this Agreement on the date first written above.
| For DECCAN MUTUAL INSURANCE COMPANY LIMITED: Anand Kulkarni, Chief Technology Officer | For SAHYADRI INFOTECH PRIVATE LIMITED: Shruti Deshpande, Director |
| Witness: Rohan Joshi | Witness: Meera Patil |`,
    truth: {
      title: "Master IT Outsourcing Agreement",
      documentType: "Services agreement",
      parties: ["Deccan Mutual Insurance Company Limited", "Sahyadri Infotech Private Limited"],
      governingLaw: "India",
      effectiveDate: "2026-02-01",
      expiryDate: "2031-01-31",
      term: "5 years",
    },
  },
  {
    id: "v7-technology-source-code-escrow-isle-of-man",
    format: "txt",
    source: `# SOURCE CODE ESCROW AGREEMENT
THIS AGREEMENT is dated 22 July 2025 and is made BETWEEN:
(1) MANNIN ESCROW SERVICES LIMITED, a company incorporated in the Isle of Man (company number 012345C) whose registered office is at 15 Athol Street, Douglas, Isle of Man IM1 1JA (the “Escrow Agent”);
(2) RAMSEY SOFTWORKS LIMITED, a company incorporated in the Isle of Man (company number 134567C) whose registered office is at 3 Parliament Street, Ramsey, Isle of Man IM8 1AS (the “Owner”); and
(3) DOUGLAS BAY BANK PLC, a company incorporated in the Isle of Man (company number 009876C) whose registered office is at 1 Prospect Hill, Douglas, Isle of Man IM1 1ET (the “Licensee”).
BACKGROUND
(A) By a software licence agreement dated 1 June 2025, which is governed by the laws of England and Wales and has a term of three years, the Owner licensed its core banking software to the Licensee.
(B) The Owner has agreed to deposit the source code of that software with the Escrow Agent for release to the Licensee in the circumstances set out below.
OPERATIVE PROVISIONS
1. Deposit. The Owner shall deliver the Source Code to the Escrow Agent within 14 days of the date of this Agreement and shall deliver an updated deposit within 30 days after each new major release, and in any event every six (6) months.
2. Verification. The Licensee may require the Escrow Agent to carry out a verification test, which the Escrow Agent shall complete within 30 days of the request.
3. Release events. The Escrow Agent shall release the deposit to the Licensee if the Owner becomes insolvent, ceases to carry on business, or fails to remedy a material failure to support the software within 60 days of notice.
4. Fees. The Owner shall pay the Escrow Agent’s annual fee within 30 days of invoice.
5. Duration. This Agreement continues until terminated in accordance with clause 6.
6. Termination. This Agreement terminates on release of the deposit, on the termination of the licence agreement, or on the Escrow Agent giving 90 days’ notice.
7. Governing law. This Agreement is governed by the laws of the Isle of Man and the parties submit to the exclusive jurisdiction of the courts of the Isle of Man.
Signed by Alan Kermode for Mannin Escrow Services Limited
Signed by Joanne Corlett for Ramsey Softworks Limited
Signed by Stephen Quayle for Douglas Bay Bank PLC`,
    truth: {
      title: "Source Code Escrow Agreement",
      documentType: "Other",
      parties: ["Mannin Escrow Services Limited", "Ramsey Softworks Limited", "Douglas Bay Bank PLC"],
      governingLaw: "Isle of Man",
      effectiveDate: "2025-07-22",
      term: "Until terminated",
    },
  },
  {
    id: "v7-technology-enterprise-licence-difc",
    format: "docx",
    storedPageCount: 2,
    source: `# ENTERPRISE SOFTWARE LICENCE AGREEMENT
This Agreement is made on the first day of October two thousand and twenty-five
BETWEEN
FALCON LEDGER TECHNOLOGIES LTD, a company registered in the Dubai International Financial Centre with registration number 4567, whose registered office is at Unit 1402, Gate Village Building 3, DIFC, Dubai, United Arab Emirates (the “Licensor”)
AND
GULF MERIDIAN HOLDINGS LIMITED, a company registered in the Abu Dhabi Global Market with registration number 000009876, whose registered office is at Al Maryah Tower, Al Maryah Island, Abu Dhabi, United Arab Emirates (the “Licensee”).
1. Definitions. “Commencement Date” means 1 January 2026. “Software” means the Falcon Treasury suite in object code form.
2. Licence. The Licensor grants the Licensee a non-exclusive licence to use the Software for the internal treasury operations of the Licensee and its subsidiaries in the United Arab Emirates.
3. Term. The licence is granted for a term of two (2) years commencing on the Commencement Date.
4. Renewal option. The Licensee may renew the licence for one further term of two (2) years by giving written notice not later than ninety (90) days before the end of the term, at the licence fees then current.
5. Support. Support and maintenance are provided in accordance with Schedule 2 for so long as the licence continues; response targets are four (4) business hours for critical incidents.
===
6. Fees. The Licence Fee is payable in two equal instalments, on the Commencement Date and on the first anniversary of the Commencement Date, each within thirty (30) days of invoice.
7. Entire agreement. This Agreement supersedes the evaluation licence between the parties dated 3 March 2025, which was governed by the laws of the Emirate of Dubai and the federal laws of the United Arab Emirates.
8. Governing law. This Agreement is governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction.
| Signed for and on behalf of Falcon Ledger Technologies Ltd by Omar Haddad, Chief Executive Officer |
| Signed for and on behalf of Gulf Meridian Holdings Limited by Fatima Al Mansoori, Group Chief Financial Officer |`,
    truth: {
      title: "Enterprise Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Falcon Ledger Technologies Ltd", "Gulf Meridian Holdings Limited"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-01-01",
      expiryDate: "2027-12-31",
      term: "2 years",
    },
  },
];
