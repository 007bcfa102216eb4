import type { UnseenDocument } from "../unseen/types";

/** Tuning set v22: eight technology contracts (hosting, licences, outsourcing, data processing, order forms, development, a variation and a consent letter). */
export const TECHNOLOGY_V22: UnseenDocument[] = [
  {
    id: "v22-technology-hosted-payroll-services-delaware",
    format: "pdf",
    pageFooters: true,
    source: `# HOSTED SERVICES AGREEMENT
This Hosted Services Agreement (this “Agreement”) is made and entered into as of the 3rd day of March, 2026 (the “Effective Date”) by and between Brightline Analytics, Inc., a Delaware corporation with its principal offices at 400 Market Street, Suite 1200, Wilmington, Delaware 19801 (“Provider”), and Harbor & Vale Outfitters, LLC, a Colorado limited liability company with its principal place of business at 1550 Wynkoop Street, Denver, Colorado 80202 (“Customer”).
# RECITALS
WHEREAS, Provider operates a hosted payroll processing and workforce analytics service, and Customer wishes to receive that service for its retail and warehouse employees;
WHEREAS, the parties previously operated under a Pilot Services Agreement dated June 1, 2025, which was governed by the laws of the State of Colorado and which this Agreement supersedes in its entirety;
NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the parties agree as follows:
# 1. Services
1.1 Provider shall provide the hosted payroll processing services described in Exhibit A (the “Services”) from data centers operated by its subcontractor, Northgate Cloud Services LLC. Northgate Cloud Services LLC is not a party to this Agreement and Provider remains responsible for its performance.
1.2 The Services are provided as a service only. No license to any software is granted to Customer, and Customer shall not receive or install any copy of Provider’s software.
# 2. Term and Renewal
2.1 This Agreement shall remain in effect for an initial term of thirty-six (36) months from the Effective Date (the “Initial Term”).
2.2 Thereafter, this Agreement shall automatically renew for successive twelve (12) month periods (each, a “Renewal Term”) unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.
# 3. Fees and Payment
3.1 Customer shall pay a monthly fee of $4.50 per active employee record, with a minimum monthly fee of $3,000. Invoices are payable net thirty (30) days from the invoice date.
3.2 Provider may increase the fees once in each Renewal Term on ninety (90) days’ prior written notice.
# 4. Warranties
Provider warrants that the Services will perform materially in accordance with Exhibit A. If Customer reports a non-conformity within ninety (90) days after a payroll run, Provider shall re-perform the affected run at no charge.
# 5. Confidentiality
Each party’s obligations under this Section 5 shall survive for five (5) years after termination or expiration of this Agreement.
# 6. Governing Law
This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles. Any action arising under this Agreement shall be brought in the state or federal courts located in Denver, Colorado.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| BRIGHTLINE ANALYTICS, INC. | HARBOR & VALE OUTFITTERS, LLC |
| By: /s/ Marisa K. Olen | By: /s/ Thomas J. Whitcombe III |
| Name: Marisa K. Olen | Name: Thomas J. Whitcombe III |
| Title: Chief Executive Officer | Title: Managing Member |
| Date: March 5, 2026 | Date: March 6, 2026 |`,
    truth: {
      title: "Hosted Services Agreement",
      documentType: "Services agreement",
      parties: ["Brightline Analytics, Inc.", "Harbor & Vale Outfitters, LLC"],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-03",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v22-technology-software-licence-ireland",
    format: "pdf",
    pdfMargin: 90,
    source: `# SOFTWARE LICENCE AGREEMENT
THIS AGREEMENT is dated 20 May 2026
BETWEEN:
(1) TRÉAN SOFTWARE DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with company number 654321 and having its registered office at Block C, Riverside Business Park, Ballincollig, County Cork, P31 XY12, Ireland (the “Licensor”); and
(2) MUNSTER VETERINARY PARTNERS UNLIMITED COMPANY, an unlimited company incorporated in Ireland with company number 712908 and having its registered office at 14 Grand Parade, Cork, T12 AB34, Ireland, acting for itself and as agent for each of its Affiliates (the “Licensee”).
# BACKGROUND
(A) The Licensor is a wholly owned subsidiary of Tréan Holdings plc and develops the practice-management software known as “VetLedger”.
(B) The Licensee has appointed Fenwick Byrne Consulting Limited as its implementation adviser. Fenwick Byrne Consulting Limited is not a party to this Agreement.
# 1. DEFINITIONS
In this Agreement: “Commencement Date” means 1 June 2026; “Licence Term” has the meaning given in clause 3.1; “Software” means VetLedger version 9 in object code form, together with the Documentation.
# 2. GRANT OF LICENCE
2.1 The Licensor grants to the Licensee a non-exclusive, non-transferable licence to install and use the Software on up to 60 workstations at the Licensee’s premises for the Licence Term.
2.2 The Licensee may permit its Affiliates to use the Software, provided that the Licensee remains liable for their acts and omissions.
# 3. TERM
3.1 This Agreement shall continue for a period of five (5) years commencing on the Commencement Date and ending on 31 May 2031 (the “Licence Term”), unless terminated earlier under clause 9.
3.2 The Licensee may, by giving not less than six (6) months’ written notice before the end of the Licence Term, elect to renew this Agreement for one further period of three (3) years on the Licensor’s then-current terms. This Agreement does not otherwise renew.
# 4. FEES
The Licensee shall pay a licence fee of €48,000 per annum, invoiced annually in advance and payable within thirty (30) days of the date of invoice.
# 5. WARRANTY AND ESCROW
5.1 The Licensor warrants that for ninety (90) days from installation the Software will perform substantially in accordance with the Documentation.
5.2 The Licensor shall deposit the source code of the Software with Castlebar Escrow Services Limited under a separate tripartite escrow agreement, which shall remain in force for the Licence Term and twelve (12) months afterwards.
# 6. GOVERNING LAW
This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by the laws of Ireland, and the parties submit to the exclusive jurisdiction of the courts of Ireland.
This Agreement has been entered into on the date stated at the beginning of it.
| Signed for and on behalf of TRÉAN SOFTWARE DESIGNATED ACTIVITY COMPANY | Signed for and on behalf of MUNSTER VETERINARY PARTNERS UNLIMITED COMPANY |
| Name: Siobhán Ní Riain | Name: Dr. Pádraig Hennessy |
| Title: Director | Title: Managing Director |`,
    truth: {
      title: "Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Tréan Software Designated Activity Company", "Munster Veterinary Partners Unlimited Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      expiryDate: "2031-05-31",
      term: "5 years",
    },
  },
  {
    id: "v22-technology-it-outsourcing-scotland",
    format: "pdf",
    pageFooters: true,
    source: `# IT OUTSOURCING AGREEMENT
between
CALEDON MANAGED IT SERVICES LIMITED
and
THE ROYAL BURGH OF KIRKMUIR HOUSING ASSOCIATION LIMITED
relating to the provision of managed desktop, network and service desk services
Harper Lindsay LLP, Solicitors, 40 Queen Street, Edinburgh EH2 3NH
===
MINUTE OF AGREEMENT between CALEDON MANAGED IT SERVICES LIMITED, incorporated under the Companies Acts with registered number SC612345 and having its registered office at 7 Melville Crescent, Edinburgh EH3 7JA (the “Supplier”); and THE ROYAL BURGH OF KIRKMUIR HOUSING ASSOCIATION LIMITED, a registered society under the Co-operative and Community Benefit Societies Act 2014 with registered number 2245R(S) and having its registered office at 22 Tolbooth Wynd, Kirkmuir KY99 1AB (the “Customer”)
WHEREAS the Customer’s information technology services are at present provided by Tayside Network Solutions Ltd under a contract which expires on 31 July 2026, and the Customer has selected the Supplier following a competitive tendering exercise;
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
# 1. Definitions
“Commencement Date” means 1 August 2026; “Exit Period” means the period of six (6) months before the expiry or termination of this Agreement; “Services” means the services described in Schedule 1.
# 2. Duration
2.1 This Agreement shall be in force from 1 August 2026 to 31 July 2029 (the “Term”), unless terminated earlier in accordance with Clause 14.
2.2 The Customer may extend the Term by a single period of up to twenty-four (24) months by giving the Supplier not less than nine (9) months’ written notice. If the Customer does not do so, this Agreement shall expire at the end of the Term.
# 3. Transfer of Staff
The parties acknowledge that the Transfer of Undertakings (Protection of Employment) Regulations 2006 may apply on the Commencement Date in respect of employees of Tayside Network Solutions Ltd.
# 4. Charges
The Customer shall pay the Charges set out in Schedule 2 monthly in arrears within thirty (30) days of receipt of a valid invoice.
# 5. Non-Solicitation
Neither party shall solicit any key personnel of the other during the Term and for twelve (12) months after its expiry or termination.
# 6. Law and Jurisdiction
This Agreement shall be governed by and construed in accordance with the law of Scotland and the parties prorogate the exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
Subscribed for and on behalf of CALEDON MANAGED IT SERVICES LIMITED by Alasdair Munro, Director, at Edinburgh on 14 July 2026 in the presence of Fiona Lindsay, 3 Dean Park Street, Edinburgh EH4 1JN (witness)
Subscribed for and on behalf of THE ROYAL BURGH OF KIRKMUIR HOUSING ASSOCIATION LIMITED by Morag Keir, Chief Executive, at Kirkmuir on 16 July 2026 in the presence of Euan Baird, 9 Harbour Brae, Kirkmuir KY99 2CD (witness)`,
    truth: {
      title: "IT Outsourcing Agreement",
      documentType: "Services agreement",
      parties: ["Caledon Managed IT Services Limited", "The Royal Burgh of Kirkmuir Housing Association Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-08-01",
      expiryDate: "2029-07-31",
      term: "36 months",
    },
  },
  {
    id: "v22-technology-data-processing-addendum-singapore",
    format: "pdf",
    source: `# DATA PROCESSING ADDENDUM
This Data Processing Addendum (the “Addendum”) is entered into on the Addendum Date between the Customer and the Provider named in the Particulars below, and supplements and amends the Principal Agreement identified below.
# Particulars
| Addendum Date | 9 March 2026 |
| Customer | Lion City Fintech Pte. Ltd. (UEN 201912345K), 8 Marina View, #28-01, Singapore 018960 |
| Provider | Merlion Cloud Infrastructure Pte. Ltd. (UEN 201534567W), 1 Fusionopolis Way, #10-10, Singapore 138632 |
| Principal Agreement | Cloud Hosting Agreement dated 2 January 2025 between the Customer and the Provider, which has an initial term of three (3) years and renews automatically for successive periods of one (1) year |
| Approved Sub-processors | Straits Data Centre Services Pte. Ltd. (colocation); Kampong Backup Solutions Sdn. Bhd., Kuala Lumpur (offsite backup) |
| Customer Data Protection Officer | Ms. Grace Lim Hui Min |
# 1. Interpretation
Terms defined in the Principal Agreement have the same meaning in this Addendum. “PDPA” means the Personal Data Protection Act 2012 of Singapore. In the event of conflict between this Addendum and the Principal Agreement in relation to the processing of Customer Personal Data, this Addendum prevails.
# 2. Amendment of the Principal Agreement
With effect from the Addendum Date, clause 11 (Data Protection) of the Principal Agreement is deleted and replaced by the provisions of this Addendum, and Schedule 4 of the Principal Agreement is replaced by the Annex to this Addendum.
# 3. Processing Obligations
3.1 The Provider shall process Customer Personal Data only on the documented instructions of the Customer and in accordance with the PDPA.
3.2 The Provider shall notify the Customer of any data breach affecting Customer Personal Data without undue delay and in any event within forty-eight (48) hours of becoming aware of it.
3.3 The Provider may engage the Approved Sub-processors. The Provider shall give the Customer thirty (30) days’ prior notice of any new sub-processor.
# 4. Transfers
The Provider shall not transfer Customer Personal Data outside Singapore, save to Malaysia for the purpose of offsite backup by Kampong Backup Solutions Sdn. Bhd., under a written agreement providing a standard of protection comparable to the PDPA.
# 5. Duration
This Addendum remains in force for as long as the Principal Agreement remains in force and terminates automatically on the termination or expiry of the Principal Agreement. Clause 3.1 survives for so long as the Provider retains any Customer Personal Data.
# 6. Governing Law
This Addendum is governed by the laws of Singapore and the parties submit to the exclusive jurisdiction of the courts of Singapore.
| Signed for and on behalf of LION CITY FINTECH PTE. LTD. | Signed for and on behalf of MERLION CLOUD INFRASTRUCTURE PTE. LTD. |
| Name: Rajesh s/o Muthusamy | Name: Tan Wei Jie |
| Designation: Chief Technology Officer | Designation: Director |`,
    truth: {
      title: "Data Processing Addendum",
      documentType: "Amendment",
      parties: ["Lion City Fintech Pte. Ltd.", "Merlion Cloud Infrastructure Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-09",
      amends: "Cloud Hosting Agreement",
    },
  },
  {
    id: "v22-technology-order-form-new-south-wales",
    format: "pdf",
    pageFooters: true,
    source: `# ORDER FORM
Order Form No. SCF-2026-0147 under the Master Software Licence Terms (version 4.2)
# Key Details
| Supplier | Southern Cross Fleet Software Pty Ltd (ACN 098 765 432), Level 9, 60 Castlereagh Street, Sydney NSW 2000 |
| Customer | Koala Creek Logistics Pty Ltd (ACN 612 345 678) as trustee for the Koala Creek Unit Trust (ABN 12 345 678 901), 15 Wharf Road, Newcastle NSW 2300 |
| Reseller | Dataway Solutions Pty Ltd (ACN 145 222 901). The Reseller introduced the Customer and is not a party to this Order Form. |
| Order Date | 18 June 2026 |
| Commencement Date | 1 July 2026 |
| Licence Term | 24 months commencing on the Commencement Date and ending on 30 June 2028 |
| Renewal | At the end of the Licence Term, the Licence Term renews automatically for further periods of 12 months unless either party gives the other at least 60 days’ written notice before the end of the then current term |
| Products | FleetTrack Depot Edition (40 named users); Route Optimiser module; Telematics Connector |
| Fees | AUD 86,400 per annum (excluding GST), invoiced annually in advance and payable within 30 days of invoice |
| Governing law | New South Wales |
# Terms
1. This Order Form incorporates the Master Software Licence Terms (version 4.2). If there is any inconsistency, this Order Form prevails.
2. The Supplier grants the Customer a non-exclusive, non-transferable licence to install and use the Products on the Customer’s own servers for its internal business purposes during the Licence Term.
3. The Supplier warrants that each Product will materially conform to its documentation for 60 days after delivery.
4. Implementation services will be performed by the Supplier’s related body corporate, SCF Services (NZ) Limited, under a separate statement of work.
5. This Order Form is governed by the laws of New South Wales, Australia, and each party submits to the non-exclusive jurisdiction of the courts of that State.
# Execution
| Executed by Southern Cross Fleet Software Pty Ltd (ACN 098 765 432) in accordance with section 127 of the Corporations Act 2001 (Cth) | Executed by Koala Creek Logistics Pty Ltd (ACN 612 345 678) as trustee for the Koala Creek Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth) |
| Director: Liam O’Connell | Director: Priya Raman |
| Director/Secretary: Hannah Wu | Director/Secretary: Mitchell J. Bryce |
| Date: 18 June 2026 | Date: 22 June 2026 |`,
    truth: {
      title: "Order Form",
      documentType: "Licence agreement",
      parties: ["Southern Cross Fleet Software Pty Ltd", "Koala Creek Logistics Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v22-technology-software-development-india",
    format: "docx",
    storedPageCount: 2,
    source: `# SOFTWARE DEVELOPMENT AGREEMENT
This Software Development Agreement (“Agreement”) is made at Bengaluru on this 15th day of October, 2026
BY AND BETWEEN
Nilgiri Codeworks Private Limited, a company incorporated under the Companies Act, 2013, having CIN U72200KA2018PTC112345 and its registered office at No. 42, 3rd Floor, 80 Feet Road, Koramangala 4th Block, Bengaluru 560034, Karnataka, represented by its authorised signatory Mr. Arvind Krishnamurthy (hereinafter referred to as the “Developer”, which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) of the ONE PART;
AND
Sahyadri Agro Foods (India) Pvt. Ltd., a company incorporated under the Companies Act, 1956, having CIN U15400MH2004PTC145678 and its registered office at Plot 7, MIDC Industrial Area, Chakan, Pune 410501, Maharashtra, represented by its Director Ms. Deepa Kulkarni (hereinafter referred to as the “Client”, which expression shall include its successors and permitted assigns) of the OTHER PART.
The Developer and the Client are hereinafter individually referred to as a “Party” and collectively as the “Parties”.
WHEREAS the Client wishes to have a farm-procurement mobile application and web portal developed, and the Developer has agreed to design, develop and deliver the same on the terms set out below. The Client’s holding company, Sahyadri Group Holdings Limited, has issued a letter of comfort in favour of the Developer but is not a party to this Agreement.
# 1. Scope of Work
1.1 The Developer shall develop the deliverables described in Annexure A in accordance with the milestones set out therein. The target date for Go-Live is one hundred and twenty (120) days from the date of this Agreement.
1.2 Additional work shall be undertaken only under a written change request signed by both Parties.
# 2. Term
This Agreement shall come into force on the date first written above and shall continue until terminated by either Party in accordance with Clause 7.
# 3. Fees
The Client shall pay the Developer a total fee of ₹ 38,50,000 (Rupees Thirty-Eight Lakh Fifty Thousand only) plus applicable GST, in instalments linked to the milestones in Annexure A, each payable within fifteen (15) days of invoice.
===
# 4. Intellectual Property
All intellectual property rights in the deliverables shall vest in the Client upon payment in full of the relevant milestone fees.
# 5. Warranty
The Developer shall remedy, free of charge, any defect in the deliverables notified within a warranty period of six (6) months after Go-Live.
# 6. Non-Solicitation
Neither Party shall solicit any employee of the other Party engaged in the project during the term of this Agreement and for twelve (12) months thereafter.
# 7. Termination
Either Party may terminate this Agreement for convenience by giving thirty (30) days’ written notice to the other Party.
# 8. Governing Law and Dispute Resolution
This Agreement shall be governed by and construed in accordance with the laws of India. Disputes shall be referred to arbitration under the Arbitration and Conciliation Act, 1996, seated at Bengaluru, and subject thereto the courts at Bengaluru shall have exclusive jurisdiction.
IN WITNESS WHEREOF the Parties have executed this Agreement on the day, month and year first above written.
| For Nilgiri Codeworks Private Limited | For Sahyadri Agro Foods (India) Pvt. Ltd. |
| Arvind Krishnamurthy, Authorised Signatory | Deepa Kulkarni, Director |
| Witness 1: Ramesh Gowda | Witness 2: Shalini Iyer |`,
    truth: {
      title: "Software Development Agreement",
      documentType: "Services agreement",
      parties: ["Nilgiri Codeworks Private Limited", "Sahyadri Agro Foods (India) Pvt. Ltd."],
      governingLaw: "India",
      effectiveDate: "2026-10-15",
      term: "Until terminated",
    },
  },
  {
    id: "v22-technology-hosting-deed-of-variation-guernsey",
    format: "docx",
    source: `# DEED OF VARIATION
THIS DEED is made on 2 February 2027
BETWEEN:
(1) SARNIA DATA CENTRES LIMITED, a company incorporated in Guernsey with registered number 58231 whose registered office is at Les Banques Business Centre, St Peter Port, Guernsey GY1 2HZ (the “Supplier”);
(2) HAVELET BAY FUND ADMINISTRATION LIMITED, a company incorporated in Guernsey with registered number 41907 whose registered office is at Havelet House, South Esplanade, St Peter Port, Guernsey GY1 1AW (the “Customer”); and
(3) CASTEL CAPITAL PARTNERS (GP) LIMITED, a company incorporated in Guernsey with registered number 66014 whose registered office is at Trafalgar Court, Les Banques, St Peter Port, Guernsey GY1 3QL, in its capacity as general partner of Castel Capital Partners II LP (the “Additional Recipient”).
# RECITALS
(A) The Supplier and the Customer are parties to the Hosting Services Agreement dated 1 March 2024 (the “Hosting Agreement”), under which the Supplier provides private cloud hosting and disaster recovery services to the Customer for an initial term of five (5) years from that date.
(B) Clause 24.1 of the Hosting Agreement provides that it is governed by the law of England and Wales.
(C) The parties wish to vary the Hosting Agreement so that the Additional Recipient may receive the Services, to replace the service levels and to change the governing law, as set out in this Deed.
# 1. VARIATION
1.1 With effect from 1 March 2027 (the “Variation Date”) the Hosting Agreement is varied as follows:
(a) the Additional Recipient is added as a Service Recipient, and the Supplier shall provide the Services to it on the terms of the Hosting Agreement;
(b) Schedule 2 (Service Levels) is deleted and replaced with the schedule in the Appendix to this Deed, which raises the availability commitment to 99.95% in each calendar month;
(c) the Monthly Hosting Charge is increased from £11,200 to £13,650; and
(d) clause 24.1 is deleted and replaced with: “This Agreement and any non-contractual obligations arising out of it are governed by the laws of the Island of Guernsey.”
1.2 Save as varied by this Deed, the Hosting Agreement remains in full force and effect, and nothing in this Deed changes its term or the Customer’s right to terminate on twelve (12) months’ notice.
# 2. GOVERNING LAW
This Deed and any non-contractual obligations arising out of it are governed by the laws of the Island of Guernsey and the parties submit to the exclusive jurisdiction of the Royal Court of Guernsey.
IN WITNESS of which this Deed has been executed and delivered on the date first written above.
EXECUTED as a DEED by SARNIA DATA CENTRES LIMITED acting by Jean-Pierre Ozanne, Director, and Michelle Brehaut, Director
EXECUTED as a DEED by HAVELET BAY FUND ADMINISTRATION LIMITED acting by Dr. Rosalind M. Le Page, Director, in the presence of Kieran Mahy, Witness, Ozanne Gallienne Advocates, St Peter Port
EXECUTED as a DEED by CASTEL CAPITAL PARTNERS (GP) LIMITED as general partner of CASTEL CAPITAL PARTNERS II LP acting by Nicholas de Garis, Director, and Sophie Tostevin, Alternate Director`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Sarnia Data Centres Limited", "Havelet Bay Fund Administration Limited", "Castel Capital Partners (GP) Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2027-03-01",
      amends: "Hosting Services Agreement",
    },
  },
  {
    id: "v22-technology-consent-to-assignment-letter-ontario",
    format: "txt",
    source: `Lakeshore Ridge Software Corp.
200 Bay Street, Suite 3100, Toronto, Ontario M5J 2J1
legal@lakeshoreridge.example | 416-555-0188
April 7, 2026
BY EMAIL
Maple & Birch Dental Group Inc.
55 King Street West, Kitchener, Ontario N2G 4W1
Attention: Dr. Nadia Haddad, Chief Operating Officer
Our reference: LRS/CA/2026-031
# Consent to Assignment of Subscription Agreement
Dear Dr. Haddad:
We refer to the Subscription Agreement dated September 15, 2023 between Lakeshore Ridge Software Corp. and Maple & Birch Dental Group Inc. (the “Agreement”), which has an initial term of three years and renews automatically for successive one-year terms, and to your letter of March 20, 2026 requesting our consent to the assignment of the Agreement to 2718281 Ontario Inc. (the “Assignee”) in connection with the sale of your Waterloo clinics.
Pursuant to section 14.2 of the Agreement, we consent to the assignment of the Agreement to the Assignee, subject to the following conditions:
(a) the Assignee delivers to us a signed assumption agreement in our standard form before the assignment takes effect;
(b) all invoices outstanding on the date of assignment are paid within thirty (30) days after that date; and
(c) Maple & Birch Dental Group Inc. remains liable for all obligations under the Agreement arising before the date of assignment.
This consent is limited to the assignment described above and does not amend the Agreement or waive any of our rights under it. Our consent is given by this letter on the date of this letter.
This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
Please confirm your agreement to these conditions by countersigning and returning a copy of this letter.
Yours truly,
Lakeshore Ridge Software Corp.
Per: Gregory Tam, General Counsel
cc: Okafor & Lindqvist LLP, counsel to the Assignee
Agreed and accepted this 14th day of April, 2026.
Maple & Birch Dental Group Inc.
Per: Dr. Nadia Haddad, Chief Operating Officer`,
    truth: {
      title: "Consent to Assignment of Subscription Agreement",
      documentType: "Letter",
      parties: ["Lakeshore Ridge Software Corp.", "Maple & Birch Dental Group Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-07",
    },
  },
];
