import type { UnseenDocument } from "../unseen/types";

/** Tuning set v11: commercial and technology documents (services, SaaS, licences, supply, distribution, outsourcing, NDAs). */
export const COMMERCIAL_AND_TECHNOLOGY_V11: UnseenDocument[] = [
  {
    id: "v11-commercial-msa-delaware-llc",
    format: "pdf",
    pageFooters: true,
    source: `# MASTER SERVICES AGREEMENT
This Master Services Agreement (this “Agreement”) is made and entered into as of the 3rd day of March, 2026 (the “Effective Date”) by and between Redwood Ridge Software, LLC, a Delaware limited liability company with its principal place of business at 1200 Market Street, Suite 400, Wilmington, Delaware 19801 (“Provider”), and Atlantic Harbor Logistics, Inc., a New Jersey corporation with offices at 55 Ferry Terminal Road, Newark, New Jersey 07105 (“Client”).
WHEREAS, Client wishes to engage Provider to perform software development, integration and support services, and Provider wishes to perform such services, on the terms set out below.
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
# 1. Services and Statements of Work
1.1 Provider shall perform the services described in each statement of work executed by the parties (each, an “SOW”). Each SOW shall be governed by this Agreement.
1.2 Provider warrants that the services will be performed in a professional manner and will remedy any non-conforming deliverable reported within ninety (90) days after acceptance.
# 2. Fees and Payment
2.1 Client shall pay each undisputed invoice within forty-five (45) days after receipt. Late amounts bear interest at one percent (1%) per month.
===
# 3. Term and Termination
3.1 This Agreement shall commence on the Effective Date and continue for an initial term of thirty-six (36) months (the “Initial Term”).
3.2 Upon expiration of the Initial Term, this Agreement shall automatically renew for successive renewal terms of twelve (12) months each unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.
3.3 Either party may terminate this Agreement for material breach not cured within thirty (30) days after written notice.
3.4 Sections 4 (Confidentiality) and 6 (Indemnification) shall survive termination for a period of three (3) years.
# 4. Confidentiality
Each party shall hold the other party’s Confidential Information in confidence and use it only to perform this Agreement.
# 5. Non-Solicitation
During the term and for twelve (12) months thereafter, neither party shall solicit for employment any employee of the other party engaged in the services.
# 6. Governing Law
This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| REDWOOD RIDGE SOFTWARE, LLC | ATLANTIC HARBOR LOGISTICS, INC. |
| By: Daniel P. Okafor, Managing Member | By: Laura M. Castellanos, Chief Operating Officer |`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Redwood Ridge Software, LLC", "Atlantic Harbor Logistics, Inc."],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v11-commercial-saas-subscription-singapore",
    format: "pdf",
    source: `# SOFTWARE SUBSCRIPTION AGREEMENT – CLOUD FREIGHT MANAGEMENT PLATFORM (ENTERPRISE EDITION, ASIA-PACIFIC REGION)
# Key Details
| Provider | Merlion Ledger Pte. Ltd. (UEN 201912345K), a company incorporated in Singapore with its registered office at 80 Robinson Road, #14-02, Singapore 068898 |
| Customer | Tanjong Pagar Freight Forwarders Pte. Ltd. (UEN 200598765D), a company incorporated in Singapore with its registered office at 7 Keppel Road, #05-11, Singapore 089053 |
| Date of Agreement | 25 March 2026 |
| Commencement Date | 1 April 2026 |
| Initial Subscription Term | 24 months from the Commencement Date |
| Renewal | At the end of the Initial Subscription Term this Agreement renews automatically for successive periods of 12 months unless either party gives not less than 90 days’ written notice |
| Authorised Users | Up to 150 named users |
| Fees | SGD 18,400 per quarter, payable within 30 days of invoice |
This Agreement consists of these Key Details and the Subscription Terms below. If there is a conflict, the Key Details prevail.
# Subscription Terms
1. Grant. Subject to payment of the Fees, the Provider grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to access and use the Software for its internal business purposes through the Authorised Users.
2. Support. The Provider will respond to priority one incidents within 4 hours and will make the Software available 99.5% of each calendar month, excluding scheduled maintenance.
3. Customer Data. On expiry or termination the Provider will make Customer Data available for export for 60 days, after which it will be deleted.
4. Term. This Agreement starts on the Commencement Date and continues for the Initial Subscription Term and any renewal period, unless terminated earlier under clause 8.
5. Liability. Neither party’s aggregate liability in any 12-month period will exceed the Fees paid in that period.
6. Confidentiality. The obligations in this clause continue for 3 years after this Agreement ends.
7. Intellectual Property. All rights in the Software remain with the Provider and its licensors.
8. Termination. Either party may terminate by notice if the other commits a material breach and fails to remedy it within 30 days.
9. Governing Law and Jurisdiction. This Agreement is governed by the laws of Singapore. The parties submit to the exclusive jurisdiction of the courts of Singapore.
| Signed for Merlion Ledger Pte. Ltd. | Signed for Tanjong Pagar Freight Forwarders Pte. Ltd. |
| Name: Lim Wei Jie, Director | Name: Siti Nurhaliza binte Ahmad, Chief Financial Officer |`,
    truth: {
      title: "Software Subscription Agreement",
      documentType: "Licence agreement",
      parties: ["Merlion Ledger Pte. Ltd.", "Tanjong Pagar Freight Forwarders Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-04-01",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v11-commercial-supply-ontario-defined-term",
    format: "docx",
    storedPageCount: 2,
    source: `# SUPPLY AGREEMENT
NORTHFIELD POLYMERS INC.
(as Supplier)
- and -
GREAT LAKES PACKAGING LTD.
(as Buyer)
Dated June 15, 2026
===
THIS SUPPLY AGREEMENT is dated June 15, 2026 between Northfield Polymers Inc., a corporation existing under the laws of Ontario, of 410 Industrial Parkway North, Aurora, Ontario L4G 4C3 (the “Supplier”) and Great Lakes Packaging Ltd., a corporation existing under the laws of Ontario, of 88 Harbour Street, Hamilton, Ontario L8L 1A2 (the “Buyer”).
# 1. Definitions
In this Agreement:
“Commencement Date” means July 1, 2026;
“Initial Term” means the period commencing on the Commencement Date and ending on the last day of the twenty-fourth (24th) month of that period;
“Products” means the polymer resins listed in Schedule A;
“Warranty Period” means eighteen (18) months from the date of delivery of the relevant Products.
# 2. Supply
2.1 The Supplier shall sell and the Buyer shall purchase the Products in accordance with purchase orders issued under this Agreement.
2.2 The Buyer shall pay each invoice within sixty (60) days of the invoice date.
# 3. Term
3.1 This Agreement shall be in force for the Initial Term.
3.2 The Buyer may extend this Agreement for one further period of twelve (12) months by giving the Supplier written notice at least ninety (90) days before the end of the Initial Term. Absent such notice, this Agreement expires at the end of the Initial Term.
# 4. Warranty
The Supplier warrants that the Products will conform to their specifications throughout the Warranty Period.
# 5. Governing Law
This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in that province.
| NORTHFIELD POLYMERS INC. | GREAT LAKES PACKAGING LTD. |
| Per: Graham T. Whitfield, President | Per: Anika R. Desrosiers, Vice-President, Procurement |`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Northfield Polymers Inc.", "Great Lakes Packaging Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "24 months",
    },
  },
  {
    id: "v11-commercial-mutual-nda-england",
    format: "txt",
    source: `# MUTUAL NON-DISCLOSURE AGREEMENT
THIS AGREEMENT is dated 9 February 2026
BETWEEN
(1) HARROW & FINCH CAPITAL LLP, a limited liability partnership incorporated in England and Wales with registered number OC412233 whose registered office is at 14 Cornhill, London EC3V 3ND ("Harrow & Finch"); and
(2) QUILLON BIOTECH LIMITED, a company incorporated in England and Wales with company number 10987654 whose registered office is at Unit 3, Science Park, Milton Road, Cambridge CB4 0FY ("Quillon").
BACKGROUND
The parties wish to exchange confidential information in connection with a possible investment by Harrow & Finch in Quillon (the "Purpose").
AGREED TERMS
1. Each party shall keep the other party's Confidential Information secret and use it only for the Purpose.
2. Neither party shall, for 12 months from the date of this Agreement, solicit any senior employee of the other party with whom it has had contact in connection with the Purpose.
3. This Agreement shall continue until terminated by either party giving not less than 30 days' written notice to the other.
4. Notwithstanding termination, the obligations in clause 1 shall continue for a period of five years from the date of termination.
5. On request, each party shall within 10 Business Days return or destroy the other party's Confidential Information.
6. This Agreement and any dispute or claim arising out of it shall be governed by the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This Agreement has been entered into on the date stated at the beginning of it.
Signed by Eleanor J. Prentice, designated member, for and on behalf of HARROW & FINCH CAPITAL LLP
Signed by Dr Rohan Mehta, director, for and on behalf of QUILLON BIOTECH LIMITED`,
    truth: {
      title: "Mutual Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Harrow & Finch Capital LLP", "Quillon Biotech Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-02-09",
      term: "Until terminated",
    },
  },
  {
    id: "v11-commercial-sales-agency-south-africa",
    format: "pdf",
    pageFooters: true,
    source: `# SALES AGENCY AGREEMENT
entered into by and between
KAROO FRESH PRODUCE (PTY) LTD, a private company duly incorporated in accordance with the company laws of the Republic of South Africa under registration number 2014/123456/07, having its registered address at Unit 9, Montague Park Business Estate, Montague Gardens, Cape Town, 7441
and
KAROO COLD CHAIN (PTY) LTD, a private company duly incorporated in accordance with the company laws of the Republic of South Africa under registration number 2017/654321/07, of the same address
(together “the Principals”)
and
THABO JOHANNES MOKOENA, an adult male with identity number 8405125123081, residing at 22 Jacaranda Avenue, Lynnwood, Pretoria, 0081 (“the Agent”)
# 1. Definitions
1.1 “Effective Date” means 1 August 2026, notwithstanding the date of signature of this Agreement by the Parties.
1.2 “Territory” means the provinces of Gauteng, Limpopo and Mpumalanga.
# 2. Appointment
2.1 The Principals appoint the Agent as their exclusive sales agent in the Territory to solicit orders for the Products, which the Principals alone will accept and supply.
===
# 3. Duration
3.1 The appointment of the Agent shall commence on the Effective Date and, subject to clause 12 (Termination), shall endure for the Initial Period referred to in clause 3.2.
3.2 The Initial Period is a period of three (3) years.
3.3 On expiry of the Initial Period this Agreement shall automatically renew for successive periods of one (1) year each, unless either Party gives the other not less than three (3) months’ written notice of termination before the end of the Initial Period or any renewal period.
# 4. Commission
The Principals shall pay the Agent a commission of 6% of the net invoiced value of orders accepted, within 30 days after the end of each month.
# 5. Restraint
For a period of six (6) months after termination the Agent shall not act as agent for any competitor of the Principals in the Territory.
# 12. Termination
Either Party may terminate this Agreement on 14 days’ written notice if the other Party commits a material breach which it fails to remedy within that period.
# 13. Governing Law
This Agreement shall be governed by and interpreted in accordance with the laws of the Republic of South Africa.
Signed at Cape Town on 18 July 2026 for Karoo Fresh Produce (Pty) Ltd and Karoo Cold Chain (Pty) Ltd by Pieter W. van der Merwe, duly authorised.
Signed at Pretoria on 21 July 2026 by Thabo Johannes Mokoena.`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Karoo Fresh Produce (Pty) Ltd", "Karoo Cold Chain (Pty) Ltd", "Thabo Johannes Mokoena"],
      governingLaw: "South Africa",
      effectiveDate: "2026-08-01",
      expiryDate: "2029-07-31",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v11-commercial-outsourcing-deed-of-amendment-ireland",
    format: "docx",
    source: `# DEED OF AMENDMENT
THIS DEED OF AMENDMENT is made on the 20th day of May 2026
BETWEEN:
(1) LIFFEY DATA SERVICES DAC, a designated activity company incorporated in Ireland (registered number 654321) having its registered office at 2 Grand Canal Square, Dublin 2, D02 A342 (the "Supplier");
(2) CORMORANT INSURANCE PLC, a public limited company incorporated in Ireland (registered number 123987) having its registered office at 40 Merrion Square, Dublin 2, D02 XK50 (the "Customer"); and
(3) CORMORANT GROUP HOLDINGS LIMITED, a company incorporated in Ireland (registered number 334455) having its registered office at the same address (the "Guarantor").
RECITALS
(A) The Supplier and the Customer are parties to a business process outsourcing agreement dated 1 June 2021 (the "Agreement"), under which the Supplier provides claims-handling services for an initial term of five (5) years from 1 June 2021. The Agreement, as originally made, is governed by the laws of the State of New York.
(B) The parties wish to amend the Agreement as set out in this Deed.
IT IS AGREED as follows:
1. In this Deed, "Amendment Effective Date" means 1 June 2026.
2. With effect from the Amendment Effective Date, Schedule 3 (Charges) of the Agreement is deleted and replaced with the Schedule to this Deed, and the service credit cap in clause 14.4 of the Agreement is increased from 10% to 15% of the monthly charges.
3. With effect from the Amendment Effective Date, clause 32 (Governing Law) of the Agreement is deleted and replaced with: "This Agreement is governed by the laws of Ireland."
4. The Guarantor confirms that its guarantee in clause 28 of the Agreement extends to the Agreement as amended by this Deed.
5. Save as amended by this Deed, the Agreement continues in full force and effect.
6. This Deed and any non-contractual obligations arising out of it are governed by the laws of Ireland.
IN WITNESS whereof this Deed has been executed and delivered on the date first written above.
GIVEN under the common seal of LIFFEY DATA SERVICES DAC in the presence of Siobhán M. Brennan, Director
GIVEN under the common seal of CORMORANT INSURANCE PLC in the presence of Declan F. O'Rourke, Director
GIVEN under the common seal of CORMORANT GROUP HOLDINGS LIMITED in the presence of Aoife Nic Giolla Phádraig, Secretary`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Liffey Data Services DAC", "Cormorant Insurance plc", "Cormorant Group Holdings Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      amends: "Business Process Outsourcing Agreement",
    },
  },
  {
    id: "v11-commercial-consent-letter-hong-kong",
    format: "txt",
    source: `KOWLOON LEDGER SYSTEMS LIMITED
18/F, Pacific Trade Tower, 33 Canton Road, Tsim Sha Tsui, Kowloon, Hong Kong
12 March 2026
Pearl Harbour Trading Company Limited
Room 1203, 9 Queen's Road Central
Central, Hong Kong
Attention: Mr Raymond K. W. Cheung, Director
Our ref: KLS/LIC/0417
Dear Sirs
# Consent to Assignment
We refer to the Software Licence Agreement dated 4 January 2023 between Kowloon Ledger Systems Limited and Pearl Harbour Trading Company Limited (the "Licence Agreement"), which has an initial term of five (5) years, and to your letter of 2 March 2026 requesting our consent to the assignment of the Licence Agreement to Victoria Harbour Logistics Holdings Limited (the "Assignee").
We consent to the assignment on condition that (a) the Assignee enters into a deed of covenant with us in the agreed form within 14 days of the date of this letter; and (b) all licence fees outstanding are paid within 30 days of the date of this letter.
This consent does not waive any breach of the Licence Agreement and does not vary its terms, which remain in full force.
This letter is governed by the laws of the Hong Kong Special Administrative Region.
Please countersign and return a copy of this letter to confirm your agreement.
Yours faithfully
Helen Y. L. Ho
General Counsel, for and on behalf of Kowloon Ledger Systems Limited
We agree to the above.
Signed for and on behalf of Pearl Harbour Trading Company Limited by Raymond K. W. Cheung on 19 March 2026`,
    truth: {
      title: "Consent to Assignment",
      documentType: "Letter",
      parties: ["Kowloon Ledger Systems Limited", "Pearl Harbour Trading Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-03-12",
    },
  },
  {
    id: "v11-commercial-managed-hosting-nsw-signature-parties",
    format: "pdf",
    source: `# MANAGED HOSTING SERVICES AGREEMENT
# Operative provisions
1. Interpretation. In this agreement the Provider and the Customer are the parties identified in the execution clause at the end of this agreement. “Commencement Date” means 1 May 2026.
2. Term. This agreement runs from the Commencement Date to 30 April 2028 (the Term). The parties may agree in writing to renew it for a further term, but it does not renew automatically.
3. Services. The Provider will host, operate, monitor and back up the Customer’s retail e-commerce environment in its Sydney data centres and deliver the services described in the Service Description.
4. Minimum commitment. The Customer commits to a minimum spend over the first 12 months of the Term and may not reduce the number of contracted virtual servers during that lock-in period.
5. Service levels. If availability falls below 99.9% in any month the Provider will credit the Customer in accordance with the service credit table; credits must be claimed within 60 days after the end of the month.
6. Source code escrow. The Provider will deposit the source code of its orchestration tools with the escrow agent and keep the deposit current for the Term and 6 months afterwards.
7. Payment. The Customer must pay each invoice within 14 days after receiving it.
8. Transition out. For 90 days after the Term ends, the Provider will provide reasonable transition assistance at its then current rates.
9. Governing law. This agreement is governed by the law in force in New South Wales and each party submits to the non-exclusive jurisdiction of the courts of that State.
# Execution
Executed by Harbourline Cloud Pty Ltd (ACN 612 345 678), of Level 12, 1 Martin Place, Sydney NSW 2000, as the Provider, in accordance with section 127 of the Corporations Act 2001 (Cth), on 14 April 2026:
| Director: Michael J. Tran | Director/Secretary: Olivia S. Barrington |
Executed by Bondi Retail Group Pty Limited (ACN 098 765 432), of 5 Campbell Parade, Bondi Beach NSW 2026, as the Customer, in accordance with section 127 of the Corporations Act 2001 (Cth), on 16 April 2026:
| Director: Catherine A. Nguyen-Hale | Director: Liam P. Doherty |`,
    truth: {
      title: "Managed Hosting Services Agreement",
      documentType: "Services agreement",
      parties: ["Harbourline Cloud Pty Ltd", "Bondi Retail Group Pty Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-04-30",
      term: "24 months",
    },
  },
];
