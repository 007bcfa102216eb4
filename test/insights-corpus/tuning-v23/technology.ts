import type { UnseenDocument } from "../unseen/types";

/** Tuning set v23: technology contracts (licences, SaaS, hosting, outsourcing, escrow, data processing, order forms, variations). */
export const TECHNOLOGY_V23: UnseenDocument[] = [
  {
    id: "v23-technology-enterprise-licence-ireland",
    format: "pdf",
    pageFooters: true,
    source: `# ENTERPRISE SOFTWARE LICENCE AGREEMENT
relating to the HarbourLedger fleet accounting platform
between
BRENNAN & HOLT SOFTWARE LIMITED
(as Licensor)
and
KINSALE HARBOUR FISHERIES CO-OPERATIVE SOCIETY LIMITED
(as Licensee)
Ref: BH/LIC/2026/017
===
# ENTERPRISE SOFTWARE LICENCE AGREEMENT
THIS AGREEMENT is dated 19 January 2026
PARTIES
(1) BRENNAN & HOLT SOFTWARE LIMITED, a private company limited by shares incorporated in Ireland with registered number 604512, whose registered office is at Unit 7, Blackpool Business Park, Cork T23 X2F9, Ireland (the "Licensor"); and
(2) KINSALE HARBOUR FISHERIES CO-OPERATIVE SOCIETY LIMITED, a co-operative society registered under the Industrial and Provident Societies Acts 1893 to 2021 with register number 5288R, whose registered office is at The Pier Road, Kinsale, Co. Cork, Ireland (the "Licensee").
BACKGROUND
(A) The Licensor owns the HarbourLedger software. First-line support will be provided by the Licensor's parent company, Brennan & Holt Group Holdings plc, under a separate support agreement to which the Licensee is not a party.
# 1. DEFINITIONS
1.1 "Commencement Date" means 1 February 2026.
1.2 "Software" means the HarbourLedger software in object code form, version 6.2, and any updates supplied under this Agreement.
1.3 "Warranty Period" means the period of ninety (90) days from the date of delivery of the Software.
# 2. LICENCE
2.1 The Licensor grants to the Licensee a non-exclusive, non-transferable licence to install and use the Software for up to 150 named users for the Licensee's internal business purposes.
# 3. TERM
3.1 This Agreement shall commence on the Commencement Date and shall continue for an initial period of three (3) years (the "Initial Term").
3.2 At the end of the Initial Term, and at the end of each Renewal Period, this Agreement shall automatically renew for a further period of twelve (12) months (each a "Renewal Period") unless either party gives the other not less than six (6) months' written notice of non-renewal.
# 4. FEES
4.1 The Licensee shall pay an annual licence fee of EUR 48,000 (exclusive of VAT) within thirty (30) days of the date of each invoice.
# 5. SOURCE CODE ESCROW
5.1 The Licensor shall deposit the source code of the Software with Escrow Europe (Ireland) DAC under a three-party escrow agreement to be entered into within sixty (60) days of the Commencement Date.
# 6. CONFIDENTIALITY
6.1 The obligations in this clause shall survive termination of this Agreement for a period of five (5) years.
# 7. GOVERNING LAW AND JURISDICTION
7.1 This Agreement and any dispute or claim arising out of it shall be governed by and construed in accordance with the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.
===
# EXECUTION
| SIGNED for and on behalf of BRENNAN & HOLT SOFTWARE LIMITED | SIGNED for and on behalf of KINSALE HARBOUR FISHERIES CO-OPERATIVE SOCIETY LIMITED |
| by Siobhán Ní Bhriain, Director | by Declan P. O'Callaghan, Secretary |
| ______________________ | ______________________ |
| Date: 19 January 2026 | Date: 19 January 2026 |`,
    truth: {
      title: "Enterprise Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Brennan & Holt Software Limited", "Kinsale Harbour Fisheries Co-operative Society Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-01",
      expiryDate: "2029-01-31",
      term: "3 years",
      renewal: "12 months",
    },
  },
  {
    id: "v23-technology-saas-platform-massachusetts",
    format: "pdf",
    pdfMargin: 84,
    source: `# PLATFORM SUBSCRIPTION AND SERVICES AGREEMENT
This Platform Subscription and Services Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026 (the "Effective Date"), by and between NORTHWIND CLOUD SYSTEMS, LLC, a Delaware limited liability company having its principal place of business at 200 Seaport Boulevard, Suite 1100, Boston, Massachusetts 02210 ("Provider"), and MERIDIAN GROWTH FUND III, L.P., a Cayman Islands exempted limited partnership ("Customer").
Meridian Capital Advisers LLC, the investment manager of Customer, executes this Agreement solely as agent for and on behalf of Customer and is not a party to this Agreement.
RECITALS
WHEREAS, Provider operates a hosted portfolio-monitoring and investor-reporting service known as Northwind Lens (the "Service"); and
WHEREAS, Customer wishes to subscribe to the Service on the terms set forth below;
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
# 1. Services
1.1 Provider shall make the Service available to Customer's authorized users via the internet and shall host, operate and maintain the Service in accordance with the Service Level Agreement attached as Exhibit B. No software is licensed or delivered to Customer under this Agreement.
1.2 Provider may use Amazon Web Services, Inc. and the other subprocessors listed in Exhibit C to host the Service.
# 2. Term
2.1 The initial term of this Agreement shall be thirty-six (36) months commencing on the Effective Date (the "Initial Term").
2.2 Upon expiry of the Initial Term, the parties may, by mutual written agreement executed not later than ninety (90) days before expiry, renew this Agreement for one additional period of twelve (12) months. This Agreement shall not renew automatically.
# 3. Fees and Payment
3.1 Customer shall pay the annual subscription fee of US$186,000 in advance. Invoices are payable net forty-five (45) days from the invoice date.
# 4. Data Retention
4.1 For sixty (60) days following termination or expiration, Provider shall make Customer Data available for export, after which it shall be permanently deleted.
# 5. Non-Solicitation
5.1 During the Initial Term and for twelve (12) months thereafter, neither party shall solicit for employment any employee of the other party.
# 6. Governing Law
6.1 This Agreement shall be governed by and construed in accordance with the laws of the Commonwealth of Massachusetts, without regard to its conflict of laws principles.
6.2 This Agreement supersedes the pilot evaluation agreement between Provider and Customer dated September 12, 2025, which was governed by the laws of the State of New York.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| NORTHWIND CLOUD SYSTEMS, LLC | MERIDIAN GROWTH FUND III, L.P. |
| By: ______________________ | By: Meridian Capital Advisers LLC, as agent |
| Name: Rachel T. Okonkwo-Baines | By: ______________________ |
| Title: Chief Executive Officer | Name: Howard J. Feldstein III, Managing Member |`,
    truth: {
      title: "Platform Subscription and Services Agreement",
      documentType: "Services agreement",
      parties: ["Northwind Cloud Systems, LLC", "Meridian Growth Fund III, L.P."],
      governingLaw: "Massachusetts",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
    },
  },
  {
    id: "v23-technology-data-processing-addendum-ni",
    format: "pdf",
    pageFooters: true,
    source: `# DATA PROCESSING ADDENDUM
to the Cloud Hosting Agreement dated 8 July 2024
This Data Processing Addendum (the "Addendum") is entered into by the Provider and the Customer named in the execution blocks at the end of this Addendum, and supplements and amends the Cloud Hosting Agreement made between them dated 8 July 2024 (the "Principal Agreement").
# 1. Background and effect
1.1 The Principal Agreement commenced on 1 August 2024 for an initial term of five (5) years. Clause 24 of the Principal Agreement provides that it is governed by the laws of England and Wales.
1.2 With effect from 1 May 2026 (the "Addendum Effective Date"), clause 14 (Data Protection) of the Principal Agreement is deleted and replaced by this Addendum. Save as amended by this Addendum, the Principal Agreement remains in full force and effect.
# 2. Processing of Personal Data
2.1 The Provider shall process Customer Personal Data only on the documented instructions of the Customer, as described in Annex 1.
2.2 The Customer authorises the engagement of the sub-processors listed in Annex 2, including Belfast Fibre Exchange Limited and Sperrin Backup Services Ltd. The Provider shall give the Customer not less than thirty (30) days' notice of any intended new sub-processor.
2.3 The Provider shall notify the Customer without undue delay, and in any event within forty-eight (48) hours, after becoming aware of a Personal Data Breach.
# 3. Audit
3.1 The Customer may audit the Provider's compliance with this Addendum once in any period of twelve (12) months on not less than twenty (20) Business Days' notice.
# 4. Deletion
4.1 Within ninety (90) days after the termination of the Principal Agreement, the Provider shall delete or return all Customer Personal Data.
# 5. Duration
5.1 This Addendum shall remain in force for as long as the Principal Agreement remains in force.
# 6. Governing law
6.1 Notwithstanding clause 24 of the Principal Agreement, this Addendum and any non-contractual obligations arising out of or in connection with it are governed by the law of Northern Ireland, and the courts of Northern Ireland shall have exclusive jurisdiction.
===
# Annex 1 – Details of Processing
| Subject matter | Hosting of the Customer's tenancy management system, document store and associated nightly backups |
| Categories of data subjects | Tenants, applicants for housing, guarantors of tenants, and employees of the Customer |
| Duration of processing | For the term of the Principal Agreement and the deletion period in clause 4 |
===
# Execution
| Provider | Customer |
| LAGAN VALLEY DATA CENTRES LIMITED (company number NI654321), Unit 3, Lisburn Enterprise Park, Lisburn BT28 2ZZ | MOURNE AND SPERRIN HOUSING ASSOCIATION LIMITED (registered society number R00412), 40 Scarva Street, Banbridge BT32 3AD |
| Signed: ______________________ | Signed: ______________________ |
| Name: Ciarán McAleese, Director | Name: Mrs. Eileen M. Gilliland, Chief Executive |
| Date: 16 April 2026 | Date: 22 April 2026 |`,
    truth: {
      title: "Data Processing Addendum",
      documentType: "Amendment",
      parties: ["Lagan Valley Data Centres Limited", "Mourne and Sperrin Housing Association Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-05-01",
      amends: "Cloud Hosting Agreement",
    },
  },
  {
    id: "v23-technology-managed-it-minute-scotland",
    format: "docx",
    storedPageCount: 2,
    source: `# MINUTE OF AGREEMENT
between
TAY DIGITAL SERVICES LIMITED, incorporated under the Companies Acts (registered number SC712044) and having its registered office at 18 South Tay Street, Dundee DD1 1PD (the "Supplier")
and
STRATHEARN TRUSTEE COMPANY LIMITED, incorporated under the Companies Acts (registered number SC398120) and having its registered office at 2 Atholl Crescent, Perth PH1 5NG, as sole trustee of the Strathearn Heritage Trust, a charity registered in Scotland (SC041877) (the "Customer")
relative to the provision of Managed IT Services
WHEREAS the Customer wishes to outsource the management of its IT infrastructure, end-user devices and service desk to the Supplier; NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
# 1. Definitions
1.1 In this Agreement "Services Commencement Date" means 1 June 2026, and "Exit Period" means the period of six (6) months before expiry or termination during which the Supplier shall provide the exit services described in Schedule 4.
# 2. Duration
2.1 The Supplier shall provide the Services for the period from 1 June 2026 to 31 May 2029 (both dates inclusive) (the "Term"), unless terminated earlier in accordance with Clause 11.
2.2 The Customer may extend the Term once, for a further period of up to two (2) years, by giving written notice not less than nine (9) months before the end of the Term. The Term shall not be extended automatically.
# 3. Charges
3.1 The Customer shall pay the Service Charges set out in Schedule 2 monthly in arrears within twenty-one (21) days of receipt of a valid invoice.
# 4. Staff
4.1 The parties acknowledge that the Transfer of Undertakings (Protection of Employment) Regulations 2006 may apply on the Services Commencement Date to employees of the Customer's outgoing provider, Grampian Network Solutions Ltd.
# 5. Restrictions
5.1 Neither party shall, during the Term and for a period of twelve (12) months after it, employ or solicit any person engaged in the provision or receipt of the Services.
# 6. Law and Jurisdiction
6.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the exclusive jurisdiction of the Scottish Courts.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed as follows:
| Subscribed for and on behalf of TAY DIGITAL SERVICES LIMITED | Subscribed for and on behalf of STRATHEARN TRUSTEE COMPANY LIMITED as trustee foresaid |
| at Dundee on the twelfth day of May Two Thousand and Twenty-Six | at Perth on the fourteenth day of May Two Thousand and Twenty-Six |
| by Kirsty E. Morrison, Director | by The Hon. Archibald D. Menzies-Drummond, Director |
| before this witness: Callum Fraser, Solicitor, 9 Nethergate, Dundee | before this witness: Morag Lindsay, Trainee Solicitor, 5 Tay Street, Perth |`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Services agreement",
      parties: ["Tay Digital Services Limited", "Strathearn Trustee Company Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2029-05-31",
      term: "36 months",
    },
  },
  {
    id: "v23-technology-subscription-order-form-singapore",
    format: "txt",
    source: `# SOFTWARE SUBSCRIPTION ORDER FORM
Order Form No. MA-SG-2026-0443
This Order Form is entered into between the Licensor and the Customer identified below and incorporates the Merlion Analytics Master Subscription Terms version 4.1 (the "Terms").
| Licensor | Merlion Analytics Pte. Ltd. (UEN 201912345K), 71 Ayer Rajah Crescent, #05-12, Singapore 139951 |
| Customer | Tan, Lim & Partners LLP (UEN T15LL0987J), 1 Raffles Place, #44-01, One Raffles Place Tower 1, Singapore 048616 |
| Reseller (not a party) | Straits Cloud Resellers Pte Ltd, which will invoice the Customer on the Licensor's behalf |
| Products | MerlionDocs Review – Professional Edition, 85 named users; MerlionDocs Clause Library add-on |
| Licence | The Licensor grants the Customer a non-exclusive, non-transferable licence to access and use the Products during the Subscription Term for the Customer's internal legal practice only |
| Subscription Start Date | 1 July 2026 |
| Subscription Term | Twelve (12) months, ending on 30 June 2027 |
| Renewal | The Subscription Term will automatically renew for successive periods of twelve (12) months each unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term |
| Fees | SGD 92,400 per year, payable within thirty (30) days of invoice |
| Price lock | Fees will not increase during the first twenty-four (24) months |
| Support | Standard support, 09:00 to 18:00 SGT on Business Days |
| Governing law | This Order Form and the Terms are governed by the laws of Singapore, and the parties submit to the non-exclusive jurisdiction of the Singapore courts |
If there is any conflict between this Order Form and the Terms, this Order Form prevails.
Accepted and agreed:
| For Merlion Analytics Pte. Ltd. | For Tan, Lim & Partners LLP |
| Name: Goh Wei Ming, Head of Sales APAC | Name: Ms. Lim Hui Shan, Managing Partner |
| Date: 18 June 2026 | Date: 20 June 2026 |`,
    truth: {
      title: "Software Subscription Order Form",
      documentType: "Licence agreement",
      parties: ["Merlion Analytics Pte. Ltd.", "Tan, Lim & Partners LLP"],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-06-30",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v23-technology-source-code-escrow-deed-jersey",
    format: "pdf",
    pdfMargin: 76,
    source: `# SOURCE CODE ESCROW DEED
THIS DEED is made on the 3rd day of March 2026
BETWEEN:
(1) CHANNEL CODE VAULT LIMITED, a company incorporated in Jersey with registered number 128876, whose registered office is at 3rd Floor, Conway House, Conway Street, St Helier, Jersey JE2 3NT (the "Escrow Agent");
(2) JEAN-LUC A. VAUTIER, software developer, of Les Prés Cottage, La Rue du Moulin, St Ouen, Jersey JE3 2AB (the "Owner"); and
(3) BANQUE DE LA BAIE PRIVÉE (JERSEY) LIMITED, a company incorporated in Jersey with registered number 45190, whose registered office is at 12 Esplanade, St Helier, Jersey JE4 8QR (the "Licensee").
RECITALS
(A) By a software licence agreement dated 14 October 2024 (the "Licence Agreement"), the Owner granted the Licensee a licence to use the TideMark payments reconciliation software for a term of five (5) years from 1 November 2024. The Licence Agreement is governed by English law.
(B) The Owner has agreed to deposit the Source Code of that software with the Escrow Agent for the benefit of the Licensee on the terms of this Deed. The Licensee's parent, Baie Privée Holdings S.A., is not a party to this Deed.
# OPERATIVE PROVISIONS
# 1. Deposit
1.1 The Owner shall deposit the Source Code within fourteen (14) days after the date of this Deed and shall deposit each new release within thirty (30) days of its general release.
1.2 The Escrow Agent shall verify each deposit and store it in a secure facility for so long as this Deed remains in force.
# 2. Release Events
2.1 The Escrow Agent shall release the Deposit to the Licensee if the Owner dies, is declared en désastre, or fails to remedy a material support failure within sixty (60) days of written notice.
# 3. Fees
3.1 The Licensee shall pay the Escrow Agent an annual fee of GBP 3,250, payable in advance on each anniversary of the date of this Deed.
# 4. Duration and termination
4.1 This Deed shall continue in force until terminated in accordance with this clause 4.
4.2 This Deed shall terminate on the release of the Deposit, on the Licensee giving the Escrow Agent and the Owner not less than three (3) months' written notice, or on the expiry or termination of the Licence Agreement.
4.3 Clauses 5 (Confidentiality) and 6 (Liability) shall survive termination for two (2) years.
# 5. Governing law
5.1 This Deed shall be governed by and construed in accordance with the laws of the Island of Jersey and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
===
IN WITNESS of which this Deed has been executed and delivered on the date first written above.
| Executed as a deed by CHANNEL CODE VAULT LIMITED acting by a director in the presence of a witness | Signed as a deed by JEAN-LUC A. VAUTIER in the presence of a witness |
| Director: Marguerite Le Brocq | Signature: ______________________ |
| Witness: Advocate P. R. Falle, Ogier & Renouf, St Helier | Witness: Sophie Hamon, 4 La Route de la Haule, St Aubin |
| Executed as a deed by BANQUE DE LA BAIE PRIVÉE (JERSEY) LIMITED acting by two authorised signatories | |
| Authorised signatory: Thérèse Mauger | Authorised signatory: Nigel O. de Gruchy |`,
    truth: {
      title: "Source Code Escrow Deed",
      documentType: "Deed",
      parties: ["Channel Code Vault Limited", "Jean-Luc A. Vautier", "Banque de la Baie Privée (Jersey) Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-03-03",
      term: "Until terminated",
    },
  },
  {
    id: "v23-technology-colocation-key-details-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# DATA CENTRE COLOCATION SERVICES AGREEMENT
# Part A – Key Details
| Item | Details |
| 1. Provider | Harbourside Data Halls Pty Ltd (ACN 612 345 678) of Level 4, 88 Bourke Road, Alexandria NSW 2015 |
| 2. Customer | Wattle & Gum Logistics Pty Ltd (ACN 159 876 002) in its capacity as trustee for the Wattle Family Trust (ABN 41 159 876 002), of Unit 9, 14 Prosperity Parade, Warriewood NSW 2102 |
| 3. Facility | SYD-2, 1 Bourke Road, Alexandria NSW 2015 (Data Hall 3) |
| 4. Services | Two (2) 42RU lockable racks, 8 kW power per rack (A+B feeds), two cross-connects, remote hands of up to 4 hours per month, and 24/7 physical security monitoring |
| 5. Service Start Date | 1 September 2026 |
| 6. Initial Term | Twenty-four (24) months commencing on the Service Start Date |
| 7. Renewal | At the end of the Initial Term this Agreement renews automatically for successive further terms of twelve (12) months unless either party gives at least ninety (90) days' notice before the end of the current term |
| 8. Monthly Charges | AUD 7,860 plus GST, invoiced monthly in advance and payable within fourteen (14) days |
| 9. Security | Bank guarantee for AUD 23,580 issued by Southern Cross Mutual Bank Limited, to be provided before the Service Start Date and maintained until three (3) months after the end of the Term |
| 10. Governing Law | New South Wales |
===
# Part B – General Terms
1. Agreement. This Agreement comprises Part A (Key Details), these General Terms and the Facility Rules. It is entered into on the date on which it has been signed by both parties.
2. Nature of rights. The Customer is granted contractual access to the Facility only for the purpose of receiving the Services, and no lease, tenancy or other interest in land is created. The Provider's own lease of the Facility from Alexandria Industrial Trust Nominees Pty Ltd expires on 30 June 2036.
3. Customer as trustee. The Customer enters into this Agreement as trustee of the Wattle Family Trust and warrants that it has power under the trust deed to do so. Mr. Graham R. Wattle, a director of the Customer, has agreed to give a personal guarantee under a separate deed; he is not a party to this Agreement.
4. Service levels. The Provider will use reasonable endeavours to achieve 99.982% power availability. Service credits are the Customer's sole remedy for failure to meet service levels.
5. Termination. Either party may terminate this Agreement by notice if the other commits a material breach that is not remedied within thirty (30) days of notice requiring it to be remedied.
6. Removal of equipment. The Customer must remove its equipment within ten (10) Business Days after the end of the Term.
7. Governing law. This Agreement is governed by the laws of the State of New South Wales and each party submits to the non-exclusive jurisdiction of its courts.
===
# Execution
| Executed by Harbourside Data Halls Pty Ltd (ACN 612 345 678) in accordance with section 127 of the Corporations Act 2001 (Cth) | Executed by Wattle & Gum Logistics Pty Ltd (ACN 159 876 002) as trustee for the Wattle Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth) |
| Director: Anjali K. Deshpande | Director: Graham R. Wattle |
| Director/Secretary: Thomas O'Rourke-Lee | Director/Secretary: Mei-Ling Wattle |
| Date: 11 August 2026 | Date: 13 August 2026 |`,
    truth: {
      title: "Data Centre Colocation Services Agreement",
      documentType: "Services agreement",
      parties: ["Harbourside Data Halls Pty Ltd", "Wattle & Gum Logistics Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-09-01",
      expiryDate: "2028-08-31",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v23-technology-development-variation-letter-nz",
    format: "pdf",
    pdfMargin: 72,
    source: `TŪĪ BYTE STUDIOS LIMITED
Level 2, 150 Cuba Street, Te Aro, Wellington 6011, New Zealand | NZBN 9429049876543
9 October 2026
Our ref: TBS/TARC/V2
Your ref: ICT-2026-118
Ms Aroha Ngata
Chief Digital Officer
Te Awa Regional Council
Private Bag 3012
Whanganui 4540
By email
Dear Aroha
# Variation to Software Development Agreement
We refer to the Software Development Agreement between Tūī Byte Studios Limited ("we" or "us") and Te Awa Regional Council ("you" or the "Council") dated 15 January 2026 (the "Agreement"), under which we are building the Council's consenting and compliance portal, and to your letter of 2 September 2026 requesting additional features.
The Agreement commenced on 1 February 2026 for a term of eighteen (18) months. This letter does not change the term of the Agreement.
With effect from 1 November 2026 (the "Variation Date"), the Agreement is varied as follows:
1. Schedule 1 (Specification) is amended by adding Module 7 (Online Payments), to be integrated with the Council's payment provider, Kōtare Payments Limited.
2. The fixed price in Schedule 3 is increased from NZD 640,000 to NZD 712,500 (excluding GST). The additional amount is payable in three equal instalments on acceptance of each Module 7 milestone, within twenty (20) working days of invoice.
3. The warranty period for Module 7 is six (6) months from its acceptance date.
Except as set out in this letter, the Agreement continues in full force and effect. This letter is governed by the laws of New Zealand.
Please confirm your agreement by countersigning and returning a copy of this letter.
Yours sincerely
Hemi J. Walker-Tautahi
Managing Director
For and on behalf of Tūī Byte Studios Limited
cc: Kauri Lane Lawyers (our solicitors)
===
# Countersignature
We agree to the variation set out in this letter.
Signed for and on behalf of Te Awa Regional Council by its authorised signatory:
Signature: ______________________
Name: Aroha Ngata
Title: Chief Digital Officer
Date: 14 October 2026`,
    truth: {
      title: "Variation to Software Development Agreement",
      documentType: "Amendment",
      parties: ["Tūī Byte Studios Limited", "Te Awa Regional Council"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-11-01",
      amends: "Software Development Agreement",
    },
  },
];
