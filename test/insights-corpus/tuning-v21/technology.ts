import type { UnseenDocument } from "../unseen/types";

/** Tuning set v21, technology: SaaS, licences, hosting, development, order forms and IT outsourcing, varied in how the parties appear. */
export const TECHNOLOGY_V21: UnseenDocument[] = [
  {
    id: "v21-technology-saas-subscription-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# SOFTWARE-AS-A-SERVICE SUBSCRIPTION AGREEMENT
# Key Details
| Item | Details |
| Supplier | Kookaburra Cloud Pty Ltd (ACN 612 384 907) of Level 9, 60 Martin Place, Sydney NSW 2000 |
| Customer | Marlow Family Holdings Pty Ltd (ACN 143 220 518) in its capacity as trustee of the Marlow Family Trust, of 4 Bay Road, Waverton NSW 2060 |
| Introducing reseller (not a party) | Southern Cross IT Partners Pty Ltd (ABN 71 604 118 223) |
| Services | Hosted practice-management platform, helpdesk support and nightly data backup, as described in Schedule 1 |
| Commencement Date | 1 July 2026 |
| Initial Term | 36 months commencing on the Commencement Date |
| Renewal | At the end of the Initial Term and each renewal term, this Agreement automatically renews for a further 12 months unless either party gives the other not less than 90 days' written notice of non-renewal |
| Fees | AUD 4,850 per month (excluding GST), invoiced monthly in advance and payable within 30 days of the invoice date |
| Governing law | New South Wales |
This Agreement consists of these Key Details, the General Terms below and the Schedules. It is dated the date on which it is signed by the last party to sign it.
# General Terms
1. Provision of the Services
1.1 The Supplier will provide the Services to the Customer from the Commencement Date in accordance with the service levels in Schedule 2.
1.2 The Services are provided as a managed service. No licence of any software is granted to the Customer; the Customer receives the Services only.
2. Term
2.1 This Agreement starts on the Commencement Date and continues for the Initial Term, after which it renews as set out in the Key Details unless terminated earlier under clause 9.
3. Customer Data
3.1 The Supplier will keep Customer Data in data centres located in Australia and will return or delete it within 60 days after this Agreement ends.
4. Service credits
4.1 If availability in any month falls below 99.8%, the Supplier will credit 5% of that month's Fees for each 0.1% shortfall, up to 25% of the monthly Fees.
5. Trustee capacity
5.1 The Customer enters into this Agreement only in its capacity as trustee of the Marlow Family Trust, and its liability is limited to the extent it can be satisfied out of the assets of that trust.
6. Survival
6.1 Clauses 3, 5 and 8 survive termination for a period of 2 years.
===
# Execution
Executed by Kookaburra Cloud Pty Ltd (ACN 612 384 907) in accordance with section 127 of the Corporations Act 2001 (Cth):
| Director: Aroha Ngata | Director/Secretary: William O'Shea |
| Date: 18 June 2026 | Date: 18 June 2026 |
Executed by Marlow Family Holdings Pty Ltd (ACN 143 220 518) as trustee of the Marlow Family Trust, in accordance with section 127 of the Corporations Act 2001 (Cth), by its sole director and secretary:
| Sole Director and Secretary: Penelope J. Marlow | Date: 22 June 2026 |`,
    truth: {
      title: "Software-as-a-Service Subscription Agreement",
      documentType: "Services agreement",
      parties: ["Kookaburra Cloud Pty Ltd", "Marlow Family Holdings Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v21-technology-software-licence-england",
    format: "docx",
    storedPageCount: 3,
    source: `# SOFTWARE LICENCE AGREEMENT
relating to the CaseLedger document automation platform
(1) QUILLFEATHER SOFTWARE LTD
(2) BROWN, OKAFOR & LANG LLP
Prepared by Hartwell Price Solicitors, 22 Queen Square, Bristol BS1 4ND
===
THIS AGREEMENT is dated 14 April 2026
# PARTIES
(1) QUILLFEATHER SOFTWARE LTD, incorporated and registered in England and Wales with company number 10984432, whose registered office is at Unit 4, Temple Quay, Bristol BS1 6DZ (the "Licensor"); and
(2) BROWN, OKAFOR & LANG LLP, a limited liability partnership registered in England and Wales with number OC402117, whose registered office is at 9 Cheapside, London EC2V 6AA (the "Licensee").
# BACKGROUND
(A) The Licensor owns the CaseLedger document automation software and is willing to license it to the Licensee on the terms of this agreement.
(B) The Licensee wishes to use the Software for itself and its Affiliates, including Brown Okafor & Lang (Services) Limited, which is not a party to this agreement.
# AGREED TERMS
1. Definitions
"Effective Date" means 1 May 2026.
"Escrow Agent" means NCC Group Escrow Limited.
"Initial Term" means the period of five (5) years from the Effective Date.
2. Licence
2.1 In consideration of the Licence Fee, the Licensor grants to the Licensee a non-exclusive, non-transferable licence to install and use the Software for up to 250 Named Users during the Initial Term.
3. Term
3.1 This agreement shall come into force on the Effective Date and shall continue for the Initial Term, unless terminated earlier in accordance with clause 11.
3.2 The Licensee may renew this agreement for one further period of two (2) years by giving the Licensor not less than six (6) months' written notice before the end of the Initial Term. This agreement shall not otherwise be renewed or extended.
4. Fees
4.1 The Licence Fee of £186,000 is payable in five equal annual instalments, each within 45 days of the date of the Licensor's invoice.
5. Warranty
5.1 The Licensor warrants that for a period of ninety (90) days from delivery the Software will perform substantially in accordance with the Documentation.
6. Escrow
6.1 Within 30 days of the Effective Date the Licensor shall deposit the source code of the Software with the Escrow Agent under a three-party escrow agreement to be entered into between the Licensor, the Licensee and the Escrow Agent.
7. Confidentiality
7.1 Each party's obligations under this clause 7 continue for three (3) years after termination or expiry of this agreement.
8. Governing law and jurisdiction
8.1 This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
===
This agreement has been entered into on the date stated at the beginning of it.
Signed by Eleanor Voss, director, for and on behalf of QUILLFEATHER SOFTWARE LTD
Signed by Tobias Lang, designated member, for and on behalf of BROWN, OKAFOR & LANG LLP`,
    truth: {
      title: "Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Quillfeather Software Ltd", "Brown, Okafor & Lang LLP"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2031-05-01",
      term: "5 years",
    },
  },
  {
    id: "v21-technology-mdr-order-form-south-africa",
    format: "txt",
    source: `# ORDER FORM
Order Form No.: PCD-2026-0147
Issued under the Master Services Agreement dated 12 August 2023 between the Supplier and the Customer (the "MSA").
| Supplier | Protea Cyber Defence (Pty) Ltd, registration number 2015/204877/07, 3rd Floor, The Towers, 2 Heerengracht, Cape Town, 8001 |
| Customer | Umhlanga Mutual Assurance Society (RF) NPC, registration number 2009/018833/08, 14 Lighthouse Road, Umhlanga Rocks, 4319 |
| Customer contact | Ms N. Dlamini, Head of IT Risk |
| Supplier account manager | Mr P. van der Merwe |
| Services | 24/7 managed detection and response for up to 1,200 endpoints; monthly threat reports; incident response retainer of 40 hours per year |
| Service Start Date | 1 March 2026 |
| Service Term | from 1 March 2026 to 28 February 2027 |
| Fees | R96,500 per month (excluding VAT), invoiced monthly and payable within 30 days of statement |
| Renewal | None. This Order Form does not renew automatically; any further period requires a new signed Order Form. |
Order Terms
1. This Order Form takes effect on the Service Start Date and incorporates the terms of the MSA. If this Order Form conflicts with the MSA, this Order Form prevails for these Services only.
2. Clause 21 of the MSA, under which the MSA renews automatically for successive periods of 24 months, does not apply to this Order Form. The Service Term is fixed.
3. Either party may terminate this Order Form on 60 days' written notice if the other party commits a material breach that it fails to remedy within that period.
4. The Supplier will retain security event logs for 13 months after the end of the Service Term and will then destroy them.
5. This Order Form and any dispute arising from it are governed by the laws of the Republic of South Africa, and the parties submit to the jurisdiction of the Western Cape Division of the High Court, Cape Town.
Accepted for and on behalf of Protea Cyber Defence (Pty) Ltd
Name: Pieter van der Merwe, Account Director
Signature date: 20/02/2026
Accepted for and on behalf of Umhlanga Mutual Assurance Society (RF) NPC
Name: Nomvula Dlamini, Head of IT Risk, who warrants that she is duly authorised
Signature date: 24/02/2026`,
    truth: {
      title: "Order Form",
      documentType: "Services agreement",
      parties: ["Protea Cyber Defence (Pty) Ltd", "Umhlanga Mutual Assurance Society (RF) NPC"],
      governingLaw: "South Africa",
      effectiveDate: "2026-03-01",
      expiryDate: "2027-02-28",
      term: "12 months",
    },
  },
  {
    id: "v21-technology-it-outsourcing-minute-scotland",
    format: "pdf",
    pageFooters: true,
    source: `# MINUTE OF AGREEMENT
between
CALEDONIAN DATA SERVICES LIMITED, a company incorporated under the Companies Acts with registered number SC548210 and having its registered office at 40 Lothian Road, Edinburgh EH3 9BY ("the Supplier");
STRATHEARN AND TAY HOUSING ASSOCIATION LIMITED, a registered society under the Co-operative and Community Benefit Societies Act 2014 with registered number 2461R(S) and a Scottish charity (SC031877), having its registered office at 7 Atholl Crescent, Perth PH1 5NG ("the Association"); and
TAY HOMES MAINTENANCE LIMITED, a company incorporated under the Companies Acts with registered number SC402976 and having its registered office at 7 Atholl Crescent, Perth PH1 5NG ("the Subsidiary", and together with the Association, "the Customers")
relative to the provision of managed IT infrastructure, service desk and end-user computing services
WHEREAS the Customers wish to outsource their information technology functions, currently provided by Grampian Network Solutions Limited, and the Supplier has agreed to provide the Services: NOW THEREFORE the parties have agreed and do hereby agree as follows:
# 1. Definitions
"Commencement Date" means 1 April 2026.
"Exit Period" means the period of twelve (12) months before expiry or termination of this Agreement during which the Supplier shall assist the Customers with the transfer of the Services to a replacement supplier.
"Transition Period" means the period of three (3) months starting on the Commencement Date.
# 2. Duration
2.1 This Agreement shall be for a period of seven (7) years commencing on the Commencement Date (the "Initial Period").
2.2 The Customers may, by giving the Supplier not less than nine months' written notice before the end of the Initial Period, extend this Agreement for up to two further periods of twelve months each. Failing such notice this Agreement shall expire at the end of the Initial Period.
# 3. Services and Charges
3.1 The Supplier shall provide the Services to the Customers in accordance with the Service Levels set out in Schedule 2, and service credits shall not exceed fifteen per cent (15%) of the monthly Charges.
3.2 The Charges shall be invoiced quarterly in arrears and paid within twenty-eight (28) days of receipt of a valid invoice.
3.3 The obligations of the Supplier are guaranteed by Caledonian Group Holdings plc under a separate parent company guarantee, which does not form part of this Agreement.
# 4. Staff and Non-Solicitation
4.1 The parties acknowledge that the transfer of employees from the incumbent supplier may be a relevant transfer under TUPE. No party shall solicit the other's key staff during this Agreement and for six (6) months thereafter.
# 5. Law and Jurisdiction
5.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:
| Party | Signed at / on | Signatory | Witness |
| CALEDONIAN DATA SERVICES LIMITED | Edinburgh, on the tenth day of March Two thousand and twenty-six | Fiona MacLeod, Director | Callum Ross, Trainee Solicitor, 12 Melville Street, Edinburgh |
| STRATHEARN AND TAY HOUSING ASSOCIATION LIMITED | Perth, on 12 March 2026 | Morag Buchanan, Chair, and Ian McTavish, Secretary | none required (two signatories) |
| TAY HOMES MAINTENANCE LIMITED | Perth, on 12 March 2026 | Ian McTavish, Director | Elspeth Gow, Office Manager, 7 Atholl Crescent, Perth |`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Services agreement",
      parties: ["Caledonian Data Services Limited", "Strathearn and Tay Housing Association Limited", "Tay Homes Maintenance Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      expiryDate: "2033-03-31",
      term: "7 years",
    },
  },
  {
    id: "v21-technology-hosting-deed-of-variation-guernsey",
    format: "docx",
    source: `# DEED OF VARIATION
relating to the Managed Hosting Agreement dated 9 September 2022
THIS DEED is made on the 3rd day of June 2026
BETWEEN:
(1) SARNIA HOSTING LIMITED, a company incorporated in Guernsey with registered number 58231, whose registered office is at Les Banques House, St Peter Port, Guernsey GY1 2HT (the "Supplier"); and
(2) BAILIWICK FUND ADMINISTRATION (GUERNSEY) LIMITED, a company incorporated in Guernsey with registered number 61904, whose registered office is at Le Truchot Chambers, St Peter Port, Guernsey GY1 1WD (the "Customer").
WHEREAS:
(A) The Supplier and Castel Fund Services Limited entered into a managed hosting agreement dated 9 September 2022 (the "Managed Hosting Agreement"), which was novated to the Customer by a deed of novation dated 30 November 2024 made between the Supplier, Castel Fund Services Limited and the Customer.
(B) Under clause 3 of the Managed Hosting Agreement, it continues for an initial term of five (5) years from 9 September 2022 and renews automatically for successive periods of twelve (12) months unless either party gives six months' notice.
(C) The parties wish to vary the service levels and charges under the Managed Hosting Agreement as set out in this Deed.
NOW THIS DEED WITNESSES as follows:
1. Variation
1.1 With effect from 1 July 2026 (the "Variation Date") the Managed Hosting Agreement is varied as set out in the Schedule.
1.2 Save as varied by this Deed, the Managed Hosting Agreement continues in full force and effect. Nothing in this Deed changes the term of the Managed Hosting Agreement or its renewal provisions.
2. Guarantee
2.1 The guarantee given by Sarnia Hosting Group Limited dated 9 September 2022 in respect of the Supplier's obligations is not affected by this Deed.
3. Governing law
3.1 This Deed is governed by and shall be construed in accordance with the laws of the Island of Guernsey, and the parties submit to the exclusive jurisdiction of the Royal Court of Guernsey.
# SCHEDULE
# Variations to the Managed Hosting Agreement
(a) In Schedule 2 (Service Levels), the Availability target of 99.9% is replaced with 99.95% and the Recovery Time Objective of 8 hours is replaced with 4 hours.
(b) In Schedule 3 (Charges), the monthly hosting charge of £11,200 is replaced with £12,450, payable monthly in advance within 14 days of invoice.
(c) A new clause 14A is inserted: "14A Data residency. The Supplier shall ensure that all Customer Data is stored and processed only within the Bailiwick of Guernsey or the Bailiwick of Jersey."
===
IN WITNESS whereof this Deed has been executed and delivered on the date stated at the beginning of it.
Executed as a deed by SARNIA HOSTING LIMITED acting by Jean-Pierre Le Page, Director, in the presence of: Witness: Rachel Ogier, Advocate, St Peter Port
Executed as a deed by BAILIWICK FUND ADMINISTRATION (GUERNSEY) LIMITED acting by Catriona de Sausmarez, Director, and Martin Brehaut, Director`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Sarnia Hosting Limited", "Bailiwick Fund Administration (Guernsey) Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-07-01",
      amends: "Managed Hosting Agreement",
    },
  },
  {
    id: "v21-technology-software-development-texas",
    format: "pdf",
    source: `# SOFTWARE DEVELOPMENT AGREEMENT
This Software Development Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026 (the "Effective Date"), by and among BLUEBONNET ROBOTICS, INC., a Texas corporation with its principal office at 1100 Congress Avenue, Suite 400, Austin, Texas 78701 ("Client"), IYER CODE WORKS LLC, a Texas limited liability company with its principal office at 2207 Elm Street, Dallas, Texas 75201 ("Developer"), and RAJESH K. IYER, an individual residing at 4815 Lakeshore Drive, Plano, Texas 75093 ("Key Person"), who joins this Agreement solely for the purposes of Sections 4, 5 and 7. Client, Developer and Key Person are each a "Party."
RECITALS
WHEREAS, Client designs and manufactures autonomous warehouse robots and wishes to engage Developer to design and develop fleet-management software; and
WHEREAS, Developer is willing to perform such services on the terms of this Agreement;
NOW, THEREFORE, in consideration of the mutual covenants herein, the Parties agree as follows:
1. Services. Developer shall perform the development services described in each statement of work signed by Client and Developer (each, an "SOW"). SOW No. 1, dated March 3, 2026, has an estimated duration of six (6) months.
2. Term. This Agreement commences on the Effective Date and shall continue in effect until terminated by Client or Developer in accordance with Section 10.
3. Fees. Client shall pay Developer at the rate of $165 per hour, invoiced monthly, with payment due net thirty (30) days.
4. Key Person. Developer shall cause Key Person to lead the Services, and Key Person agrees to be bound by Sections 5 and 7 personally.
5. Intellectual Property. All Deliverables are "works made for hire" for Client. To the extent any Deliverable is not a work made for hire, Developer and Key Person hereby assign to Client all right, title and interest in it.
6. Warranty. Developer warrants that each Deliverable will conform to its specifications for ninety (90) days after acceptance.
7. Non-Solicitation. During the term of this Agreement and for twelve (12) months thereafter, neither Developer nor Key Person shall solicit any employee of Client.
8. Subcontractors. Developer may subcontract testing to its affiliate Iyer Code Works India Private Limited only with Client's prior written consent, and remains responsible for its affiliate's performance.
9. Confidentiality. The obligations in this Section 9 survive for five (5) years after termination.
10. Termination. Either Client or Developer may terminate this Agreement for convenience on thirty (30) days' written notice, or immediately for material breach not cured within fifteen (15) days.
11. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles, and venue shall lie exclusively in Travis County, Texas.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
| BLUEBONNET ROBOTICS, INC. | IYER CODE WORKS LLC | KEY PERSON |
| By: /s/ Dana Whitcombe-Ruiz | By: /s/ Rajesh K. Iyer | /s/ Rajesh K. Iyer |
| Name: Dana Whitcombe-Ruiz | Name: Rajesh K. Iyer | Rajesh K. Iyer, individually |
| Title: Chief Technology Officer | Title: Managing Member | |
| Date: March 5, 2026 | Date: March 4, 2026 | Date: March 4, 2026 |`,
    truth: {
      title: "Software Development Agreement",
      documentType: "Services agreement",
      parties: ["Bluebonnet Robotics, Inc.", "Iyer Code Works LLC", "Rajesh K. Iyer"],
      governingLaw: "Texas",
      effectiveDate: "2026-03-03",
      term: "Until terminated",
    },
  },
  {
    id: "v21-technology-subcontracting-consent-letter-malaysia",
    format: "txt",
    source: `PERAK HERITAGE TEXTILES BERHAD
Registration No. 199701023456 (441982-K)
Lot 12, Jalan Kuala Kangsar, 30010 Ipoh, Perak, Malaysia
16 February 2026
Our ref: PHT/IT/2026/009
Your ref: LCS/CUST/0882
PRIVATE AND CONFIDENTIAL
Lim Cloud Services Sdn. Bhd.
Level 18, Menara Binjai, 2 Jalan Binjai, 50450 Kuala Lumpur
Attention: Mr. Daniel Lim Wei Jie, Chief Executive Officer
Dear Mr. Lim,
# Consent to Sub-contracting
Cloud Hosting Services Agreement dated 1 October 2024 between us (the "Agreement")
We refer to your letter dated 2 February 2026 requesting our consent under clause 19.2 of the Agreement to sub-contract the provision of co-location and data centre facilities to Nusantara Data Centres Sdn. Bhd. (the "Sub-contractor").
We consent to the sub-contracting on the following conditions:
(a) all of our data shall remain in data centres located in Malaysia;
(b) you shall remain fully responsible for the acts and omissions of the Sub-contractor as if they were your own;
(c) you shall notify us not less than 30 days before any change of data centre site; and
(d) we may withdraw this consent on 90 days' written notice if the Sub-contractor commits a material breach of its security obligations.
This letter does not amend the Agreement, which remains in full force and effect, and it does not extend or renew the term of the Agreement.
This letter is governed by the laws of Malaysia.
Please sign and return the enclosed copy of this letter to confirm your acceptance of these conditions.
Yours faithfully,
for and on behalf of PERAK HERITAGE TEXTILES BERHAD
Puan Siti Rahmah binti Othman
Chief Information Officer
cc: Messrs. Azman, Chong & Partners (legal advisers to Perak Heritage Textiles Berhad)
Accepted and agreed for and on behalf of Lim Cloud Services Sdn. Bhd.
Name: Daniel Lim Wei Jie
Date: 20/02/2026`,
    truth: {
      title: "Consent to Sub-contracting",
      documentType: "Letter",
      parties: ["Perak Heritage Textiles Berhad", "Lim Cloud Services Sdn. Bhd."],
      governingLaw: "Malaysia",
      effectiveDate: "2026-02-16",
    },
  },
  {
    id: "v21-technology-enterprise-licence-singapore",
    format: "pdf",
    pdfMargin: 90,
    source: `# ENTERPRISE SOFTWARE LICENCE AGREEMENT
Agreement reference: TAP/ESL/2026/031
This Agreement is entered into between the Licensor and the Licensee whose names, registration numbers and addresses are set out in the execution blocks at the end of this Agreement.
# 1. Definitions
"Licence Start Date" means 1 August 2026.
"Licensee Group" means the Licensee and its subsidiaries from time to time, including Kaveri Cold Chain Solutions Private Limited.
"Software" means the FleetIQ route-optimisation software in object code form, including all Updates provided under this Agreement.
# 2. Grant of Licence
2.1 The Licensor grants the Licensee a non-exclusive, non-transferable licence to install and use the Software at the Sites for the internal business purposes of the Licensee Group during the Licence Term.
2.2 This Agreement takes effect on the Licence Start Date.
# 3. Licence Term
3.1 The licence is granted from 1 August 2026 to 31 July 2029 (the "Initial Licence Term").
3.2 On expiry of the Initial Licence Term, this Agreement shall automatically renew for successive periods of one (1) year each unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.
# 4. Fees
4.1 The annual Licence Fee is SGD 312,000, payable within thirty (30) days of invoice. The Licensor may increase the Licence Fee on each renewal by not more than four per cent (4%).
# 5. Support, Escrow and Audit
5.1 The Licensor shall provide Support Services throughout the Licence Term in accordance with Schedule 2.
5.2 The Licensor shall maintain a deposit of the source code with an independent escrow agent for the Licence Term and six (6) months afterwards.
5.3 The Licensor may audit the Licensee's use of the Software once in each year on fourteen (14) days' notice.
# 6. Implementation Partner
6.1 The Licensee acknowledges that Deccan Systems Integrators LLP acts as the Licensor's implementation partner in India and is not a party to this Agreement.
# 7. Governing Law and Disputes
7.1 This Agreement is governed by the laws of Singapore. Any dispute shall be finally resolved by arbitration administered by the Singapore International Arbitration Centre, seated in Singapore.
# Execution
| Licensor | Licensee |
| Signed for and on behalf of TEMBUSU ANALYTICS (ASIA PACIFIC) PTE. LTD. (UEN 201534219K) | Signed for and on behalf of KAVERI FREIGHT & WAREHOUSING PRIVATE LIMITED (CIN U63030KA2011PTC058812) |
| Address: 10 Anson Road, #21-07 International Plaza, Singapore 079903 | Address: No. 45, 2nd Cross, Indiranagar, Bengaluru 560038, India |
| Name: Mr. Goh Wen Liang | Name: Ms. Ananya Subramaniam |
| Designation: Director | Designation: Chief Financial Officer |
| Date: 21 July 2026 | Date: 24 July 2026 |`,
    truth: {
      title: "Enterprise Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Tembusu Analytics (Asia Pacific) Pte. Ltd.", "Kaveri Freight & Warehousing Private Limited"],
      governingLaw: "Singapore",
      effectiveDate: "2026-08-01",
      expiryDate: "2029-07-31",
      term: "36 months",
      renewal: "1 year",
    },
  },
];
