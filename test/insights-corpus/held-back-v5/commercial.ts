import type { UnseenDocument } from "../unseen/types";

/** Licences, SaaS, services, supply, distribution, consultancy and NDAs: US, UK, Irish, Singapore, Indian, Australian, Canadian, NZ, South African and Hong Kong drafting. */
export const COMMERCIAL_V5: UnseenDocument[] = [
  {
    id: "v5-saas-us-delaware",
    format: "pdf",
    pageFooters: true,
    source: `# CLOUD SUBSCRIPTION AGREEMENT
This Cloud Subscription Agreement (this "Agreement") is entered into by Northwind Analytics, Inc. ("Provider") and Halberd & Crane LLP ("Customer") and is effective as of March 1, 2025 (the "Effective Date").
# 1. Definitions
"Platform" means Provider's hosted document analytics platform known as Northwind Review, including all updates made generally available during the Subscription Term.
"Authorized Users" means employees and contractors of Customer, up to the number stated in the Order Form.
"Order Form" means the ordering document executed by the parties that references this Agreement.
# 2. Access Rights
2.1 Subject to Customer's payment of the Fees, Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access and use the Platform solely for Customer's internal business purposes.
2.2 Customer shall not sublicense, resell, frame or mirror the Platform, or use it to build a competing product.
# 3. Fees and Payment
3.1 Customer shall pay the annual Fees set out in the Order Form in advance. Invoices are due net thirty (30) days from the invoice date.
3.2 Late amounts bear interest at the lesser of 1.0% per month or the maximum rate permitted by law.
===
# 4. Term and Renewal
4.1 The initial subscription term of thirty-six (36) months begins on the Effective Date and ends on February 29, 2028 (the "Initial Subscription Term").
4.2 Thereafter this Agreement will automatically renew for successive twelve (12) month periods (each a "Renewal Term") unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.
4.3 Either party may terminate this Agreement on thirty (30) days' written notice if the other party materially breaches it and fails to cure the breach within that period.
# 5. Data
5.1 Customer Data remains the property of Customer. Provider will return or delete Customer Data within forty-five (45) days after termination.
# 6. Warranties; Limitation of Liability
6.1 Provider warrants that the Platform will perform materially in accordance with the Documentation. EXCEPT AS EXPRESSLY SET FORTH HEREIN, THE PLATFORM IS PROVIDED "AS IS".
6.2 Neither party's aggregate liability shall exceed the Fees paid in the twelve (12) months preceding the claim.
# 7. General
7.1 This Agreement shall be governed by the laws of the State of Delaware, without regard to its conflict of laws principles.
7.2 This Agreement, together with each Order Form, is the entire agreement of the parties.
IN WITNESS WHEREOF, the parties have executed this Agreement by their duly authorized representatives.
NORTHWIND ANALYTICS, INC.
By: /s/ Dana Whitlock
Name: Dana Whitlock
Title: Chief Revenue Officer
HALBERD & CRANE LLP
By: /s/ Thomas Crane
Name: Thomas Crane
Title: Managing Partner`,
    truth: {
      title: "Cloud Subscription Agreement",
      documentType: "Licence agreement",
      parties: ["Northwind Analytics, Inc.", "Halberd & Crane LLP"],
      governingLaw: "Delaware",
      effectiveDate: "2025-03-01",
      expiryDate: "2028-02-29",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v5-saas-uk-key-details",
    format: "docx",
    storedPageCount: 4,
    source: `# SOFTWARE AS A SERVICE AGREEMENT
# KEY DETAILS
| Agreement Date | 14 January 2025 |
| Supplier | Quillstone Software Limited (company number 09876543) whose registered office is at 3 Pennine Court, Leeds LS1 4AP |
| Customer | Marlow Pryce Solicitors LLP (OC401122) of 18 Bridge Street, Chester CH1 1NQ |
| Commencement Date | 1 February 2025 |
| Initial Term | 24 months from the Commencement Date, ending on 31 January 2027 |
| Renewal | The Agreement renews automatically for successive periods of 12 months unless either party serves notice under clause 12.2 |
| Subscription Fee | £48,000 per annum, payable annually in advance |
| Governing law | England and Wales |
This Agreement comprises these Key Details, the Conditions below and the Service Level Schedule.
===
# CONDITIONS
1. Interpretation
1.1 Capitalised terms have the meanings given in the Key Details or in this clause 1.
2. Licence
2.1 In consideration of the Subscription Fee, the Supplier grants the Customer a non-exclusive, non-transferable licence, for the Term, to access and use the Services and the Documentation for the Customer's internal business purposes.
2.2 The Customer may permit up to 120 Authorised Users to use the Services.
3. Supplier's obligations
3.1 The Supplier shall provide the Services with reasonable skill and care and in accordance with the Service Level Schedule.
3.2 The Supplier shall use commercially reasonable endeavours to make the Services available 99.8% of the time in each month.
4. Customer data
4.1 The Customer owns all rights in the Customer Data. The Supplier shall process personal data only on the documented instructions of the Customer.
===
5. Fees
5.1 The Supplier shall invoice the Subscription Fee on the Commencement Date and on each anniversary of it. Invoices are payable within 30 days of receipt.
12. Term and termination
12.1 This Agreement starts on the Commencement Date and continues for the Initial Term and any renewal periods.
12.2 Either party may prevent renewal by giving the other not less than 90 days' written notice before the end of the Initial Term or the current renewal period.
12.3 Either party may terminate this Agreement immediately by notice if the other commits a material breach which is not remedied within 30 days of being notified of it.
18. Governing law and jurisdiction
18.1 This Agreement and any dispute arising out of it shall be governed by the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
===
Signed by Harriet Moss, director, for and on behalf of Quillstone Software Limited
Signed by Edward Pryce, designated member, for and on behalf of Marlow Pryce Solicitors LLP`,
    truth: {
      title: "Software as a Service Agreement",
      documentType: "Licence agreement",
      parties: ["Quillstone Software Limited", "Marlow Pryce Solicitors LLP"],
      governingLaw: "England and Wales",
      effectiveDate: "2025-02-01",
      expiryDate: "2027-01-31",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v5-msa-singapore-until-terminated",
    format: "txt",
    source: `# MASTER SERVICES AGREEMENT
THIS AGREEMENT is dated 3 June 2024
BETWEEN
(1) TESSARACT CONSULTING PTE. LTD. (UEN 201912345K), a company incorporated in Singapore with its registered office at 80 Robinson Road, #14-02, Singapore 068898 (the "Service Provider"); and
(2) LUMEN HARBOUR PTE. LTD. (UEN 201507788D), a company incorporated in Singapore with its registered office at 1 Marina Boulevard, #20-01, Singapore 018989 (the "Client").
WHEREAS the Client wishes to engage the Service Provider to provide IT managed services and the Service Provider has agreed to do so on the terms of this Agreement.
IT IS AGREED as follows:
# 1. DEFINITIONS
1.1 "Effective Date" means 1 July 2024.
1.2 "Statement of Work" means a statement of work in the form of Schedule 1 signed by both parties.
# 2. SERVICES
2.1 The Service Provider shall perform the Services described in each Statement of Work with the degree of skill, care and diligence reasonably expected of a leading provider of such services in Singapore.
2.2 Each Statement of Work forms a separate contract incorporating the terms of this Agreement.
# 3. CHARGES
3.1 The Client shall pay the Charges within thirty (30) days of receipt of a valid tax invoice. GST shall be payable in addition.
# 4. DURATION
4.1 This Agreement commences on the Effective Date and shall continue until terminated by either party giving to the other not less than ninety (90) days' prior written notice.
4.2 Termination of this Agreement shall terminate every Statement of Work then in force unless the parties agree otherwise in writing.
# 5. CONFIDENTIALITY
5.1 Each party shall keep the other party's Confidential Information confidential during this Agreement and for three (3) years after its termination.
# 6. NON-SOLICITATION
6.1 Neither party shall, during the term of this Agreement and for twelve (12) months thereafter, solicit any employee of the other party engaged in the Services.
# 7. GOVERNING LAW AND DISPUTE RESOLUTION
7.1 This Agreement shall be governed by and construed in accordance with the laws of Singapore.
7.2 Any dispute shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre.
IN WITNESS WHEREOF this Agreement has been entered into on the date stated at the beginning.
Signed by Rachel Goh, Director
for and on behalf of TESSARACT CONSULTING PTE. LTD.
Signed by Vincent Ong, Chief Operating Officer
for and on behalf of LUMEN HARBOUR PTE. LTD.`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Tessaract Consulting Pte. Ltd.", "Lumen Harbour Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2024-07-01",
      term: "Until terminated",
    },
  },
  {
    id: "v5-nda-us-signature-blocks",
    format: "txt",
    source: `# MUTUAL NONDISCLOSURE AGREEMENT
This Mutual Nondisclosure Agreement (this "Agreement") is entered into as of August 19, 2024 (the "Effective Date") by and between the parties signing below (each, a "Party") in connection with their discussions concerning a possible supply of warehouse automation systems (the "Purpose").
1. Confidential Information. "Confidential Information" means all non-public information disclosed by a Party ("Discloser") to the other Party ("Recipient"), whether orally or in writing, that is designated as confidential or that reasonably should be understood to be confidential.
2. Obligations. Recipient shall (a) use Confidential Information only for the Purpose, (b) not disclose it to any third party other than its employees and advisers who need to know it and are bound by obligations no less protective, and (c) protect it with at least reasonable care.
3. Exclusions. The obligations do not apply to information that is or becomes public through no fault of Recipient, was known to Recipient before disclosure, or is independently developed.
4. Compelled Disclosure. Recipient may disclose Confidential Information if required by law, provided it gives Discloser prompt notice where lawful.
5. Term. This Agreement shall remain in effect for two (2) years from the Effective Date. Recipient's obligations with respect to Confidential Information disclosed during the term shall survive for five (5) years after expiration or termination.
6. Return of Materials. Upon written request, Recipient shall within ten (10) business days return or destroy all Confidential Information.
7. No License. Nothing in this Agreement grants any license under any patent, copyright or other intellectual property right.
8. Governing Law. This Agreement shall be governed by the laws of the State of California, without reference to conflict of laws principles. The state and federal courts in Santa Clara County shall have exclusive jurisdiction.
9. Miscellaneous. This Agreement may be executed in counterparts and by electronic signature.
BELLWETHER ROBOTICS CORP.
By: ______________________
Name: Priya Natarajan
Title: General Counsel
Date: August 19, 2024
SABLE POINT VENTURES, L.P.
By: Sable Point GP, LLC, its general partner
By: ______________________
Name: Jonah Weiss
Title: Managing Member
Date: August 20, 2024`,
    truth: {
      title: "Mutual Nondisclosure Agreement",
      documentType: "NDA",
      parties: ["Bellwether Robotics Corp.", "Sable Point Ventures, L.P."],
      governingLaw: "California",
      effectiveDate: "2024-08-19",
      expiryDate: "2026-08-19",
      term: "2 years",
    },
  },
  {
    id: "v5-nda-india-individual",
    format: "pdf",
    source: `# NON-DISCLOSURE AGREEMENT
This Non-Disclosure Agreement ("Agreement") is executed at Mumbai on this 5th day of September, 2024
BY AND BETWEEN
KAVERI FINTECH PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having its registered office at 402, Nariman Bhavan, Nariman Point, Mumbai 400 021 (hereinafter referred to as the "Disclosing Party", which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) of the ONE PART;
AND
MR. ARJUN MEHTA, son of Mr. Rakesh Mehta, aged about 41 years, residing at Flat 12B, Sea Breeze Apartments, Bandra (West), Mumbai 400 050 (hereinafter referred to as the "Recipient", which expression shall include his heirs, executors and administrators) of the OTHER PART.
The Disclosing Party and the Recipient are hereinafter individually referred to as a "Party" and collectively as the "Parties".
WHEREAS:
A. The Disclosing Party is engaged in the business of digital lending and payment solutions.
B. The Recipient has been approached to advise the Disclosing Party on its proposed expansion into merchant credit (the "Project"), and in that connection will receive certain confidential information.
NOW THEREFORE THIS AGREEMENT WITNESSETH AS FOLLOWS:
1. The Recipient shall hold all Confidential Information in strict confidence and shall not disclose the same to any person without the prior written consent of the Disclosing Party.
2. The Recipient shall use the Confidential Information solely for the purpose of the Project.
3. The Recipient shall, within seven (7) days of a written request, return all documents containing Confidential Information.
4. This Agreement shall be valid for a period of three (3) years from the date of its execution. The obligations under Clause 1 shall survive for a further period of two (2) years.
5. The Recipient acknowledges that any breach may cause irreparable injury for which damages may not be an adequate remedy, and the Disclosing Party shall be entitled to seek injunctive relief.
6. This Agreement shall be governed by and construed in accordance with the laws of India, and the courts at Mumbai shall have exclusive jurisdiction.
7. This Agreement is executed on non-judicial stamp paper of appropriate value.
IN WITNESS WHEREOF the Parties have set their hands on the day, month and year first hereinabove written.
For KAVERI FINTECH PRIVATE LIMITED
Authorised Signatory: Neha Kulkarni, Director
MR. ARJUN MEHTA
Witnesses:
1. Sameer Joshi
2. Farida Khan`,
    truth: {
      title: "Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Kaveri Fintech Private Limited", "Arjun Mehta"],
      governingLaw: "India",
      effectiveDate: "2024-09-05",
      expiryDate: "2027-09-05",
      term: "3 years",
    },
  },
  {
    id: "v5-supply-au-details",
    format: "docx",
    source: `# SUPPLY AGREEMENT
# Details
| Date | 19 September 2024 |
| Supplier | Redgum Packaging Pty Ltd ACN 123 456 789 of 14 Foundry Road, Seven Hills NSW 2147 |
| Purchaser | Coastal Fresh Foods Pty Limited ACN 987 654 321 of 2 Harbour Drive, Coffs Harbour NSW 2450 |
| Commencement Date | 1 October 2024 |
| Term | 3 years from the Commencement Date |
| Expiry Date | 30 September 2027 |
| Further Term | One option of 2 years (clause 3.2) |
| Payment terms | 45 days from the end of the month of invoice |
| Governing law | New South Wales |
# Agreed terms
1. Definitions and interpretation
In this agreement, words defined in the Details have the meaning given there.
2. Supply
2.1 The Supplier must supply the Products to the Purchaser in accordance with Orders placed by the Purchaser from time to time.
2.2 The Supplier must deliver each Order within 14 days after acceptance of the Order.
3. Term
3.1 This agreement starts on the Commencement Date and ends on the Expiry Date unless terminated earlier.
3.2 The Purchaser may extend this agreement for the Further Term by giving notice to the Supplier not less than 3 months before the Expiry Date.
4. Price
4.1 The price for each Product is set out in Schedule 2. Prices may be adjusted once in each year by reference to the CPI.
5. Quality
5.1 The Products must comply with the Specifications and with all applicable food contact standards.
6. GST
6.1 Unless stated otherwise, amounts are exclusive of GST.
7. Termination
7.1 Either party may terminate this agreement by notice if the other party suffers an Insolvency Event.
8. Governing law
8.1 This agreement is governed by the law in force in New South Wales. Each party submits to the non-exclusive jurisdiction of the courts of that State.
# Schedule 2 - Pricing
| Product | Unit | Price (ex GST) |
| 500 ml clamshell | carton of 400 | $118.00 |
| 1 L clamshell | carton of 250 | $131.50 |
Executed as an agreement.
Executed by Redgum Packaging Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth)
Executed by Coastal Fresh Foods Pty Limited in accordance with section 127 of the Corporations Act 2001 (Cth)`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Redgum Packaging Pty Ltd", "Coastal Fresh Foods Pty Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2024-10-01",
      expiryDate: "2027-09-30",
      term: "3 years",
    },
  },
  {
    id: "v5-distribution-ontario",
    format: "pdf",
    pageFooters: true,
    source: `# EXCLUSIVE DISTRIBUTION AGREEMENT
THIS AGREEMENT made as of the 15th day of April, 2024.
BETWEEN:
MAPLECREST BEVERAGES INC.,
a corporation incorporated under the laws of the Province of Ontario
(the "Supplier")
- and -
NORTHERN LIGHTS TRADING LTD.,
a corporation incorporated under the laws of Canada
(the "Distributor")
WHEREAS the Supplier manufactures a range of sparkling maple beverages and wishes to appoint the Distributor as its distributor in the Territory;
NOW THEREFORE in consideration of the mutual covenants herein, the parties agree as follows:
# ARTICLE 1 - APPOINTMENT
1.1 The Supplier appoints the Distributor as its exclusive distributor of the Products in the Provinces of Manitoba, Saskatchewan and Alberta (the "Territory"). The exclusivity granted in this Section 1.1 shall apply for the first eighteen (18) months of the Term and thereafter only while the Distributor meets the Minimum Purchase Targets.
1.2 The Distributor shall not actively market the Products outside the Territory.
# ARTICLE 2 - TERM
2.1 This Agreement shall be for an initial term of five (5) years commencing on the date hereof (the "Initial Term").
2.2 Upon expiry of the Initial Term, this Agreement shall be automatically renewed for successive periods of one (1) year each unless either party delivers notice of non-renewal not less than six (6) months before the end of the then current term.
===
# ARTICLE 3 - PURCHASE AND PAYMENT
3.1 The Distributor shall purchase the Products at the prices in Schedule A. Payment shall be made within sixty (60) days of the date of invoice.
3.2 Title and risk pass to the Distributor on delivery FCA the Supplier's facility in Guelph, Ontario.
# ARTICLE 4 - MINIMUM PURCHASE TARGETS
4.1 The Distributor shall purchase not less than 40,000 cases in each Contract Year.
# ARTICLE 5 - GENERAL
5.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
5.2 Any notice shall be in writing and delivered by hand, courier or email.
IN WITNESS WHEREOF the parties have executed this Agreement.
MAPLECREST BEVERAGES INC.
Per: Sylvie Gagnon, President
I have authority to bind the corporation.
NORTHERN LIGHTS TRADING LTD.
Per: Harpreet Sandhu, Chief Executive Officer
I have authority to bind the corporation.`,
    truth: {
      title: "Exclusive Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Maplecrest Beverages Inc.", "Northern Lights Trading Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2024-04-15",
      expiryDate: "2029-04-14",
      term: "5 years",
      renewal: "1 year",
    },
  },
  {
    id: "v5-licence-ireland-escrow",
    format: "txt",
    source: `# SOFTWARE LICENCE AGREEMENT
THIS AGREEMENT is dated 22 November 2024
BETWEEN:
(1) CLOCHAR SYSTEMS DESIGNATED ACTIVITY COMPANY, a company incorporated in Ireland (registered number 612345) whose registered office is at Block C, Eastpoint Business Park, Dublin 3 (the "Licensor"); and
(2) BRADÁN ASSURANCE DAC, a company incorporated in Ireland (registered number 498876) whose registered office is at 7 Lapp's Quay, Cork (the "Licensee").
BACKGROUND
(A) The Licensor has developed the policy administration software known as "Clochar PAS".
(B) The Licensee wishes to obtain, and the Licensor has agreed to grant, a licence to use that software on the terms of this Agreement.
AGREED TERMS
1. DEFINITIONS
In this Agreement "Effective Date" means 1 December 2024 and "Software" means Clochar PAS version 9 in object code form together with all Updates.
2. GRANT OF LICENCE
2.1 The Licensor grants to the Licensee a non-exclusive, non-transferable licence to install and use the Software at the Licensee's sites in Ireland and the United Kingdom for the Licensee's internal business purposes.
2.2 The Licence shall commence on the Effective Date and shall continue for a period of five years and, unless terminated earlier in accordance with clause 9, shall expire on 30 November 2029.
3. FEES
3.1 The Licensee shall pay the Licence Fee of EUR 640,000 in four equal annual instalments, each within 30 days of the Licensor's invoice.
4. SOURCE CODE ESCROW
4.1 Within 60 days after the Effective Date the Licensor shall deposit the Source Code with NCC Group Escrow Limited under a three-party escrow agreement.
4.2 The Source Code shall be held in escrow for a period of seven (7) years from the date of deposit and shall be released to the Licensee on the occurrence of a Release Event.
5. SUPPORT
5.1 The Licensor shall provide the Support Services for so long as the Licence subsists.
9. TERMINATION
9.1 Either party may terminate this Agreement by 30 days' written notice if the other party commits a material breach which it fails to remedy within that period.
14. GOVERNING LAW
14.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of Ireland and the parties submit to the exclusive jurisdiction of the Irish courts.
SIGNED by Ciarán Ó Dálaigh, director, for and on behalf of CLOCHAR SYSTEMS DESIGNATED ACTIVITY COMPANY
SIGNED by Maeve Fitzgerald, director, for and on behalf of BRADÁN ASSURANCE DAC`,
    truth: {
      title: "Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Clochar Systems Designated Activity Company", "Bradán Assurance DAC"],
      governingLaw: "Ireland",
      effectiveDate: "2024-12-01",
      expiryDate: "2029-11-30",
      term: "5 years",
    },
  },
  {
    id: "v5-consultancy-nz-individual",
    format: "docx",
    storedPageCount: 3,
    source: `# CONSULTANCY AGREEMENT
Date: 9 July 2024
# Parties
TE AWA ENERGY LIMITED, a company having its registered office at Level 6, 22 Customhouse Quay, Wellington ("Client")
HEMI TAUROA of 14 Rata Street, Lower Hutt, consultant ("Consultant")
# Background
A. The Client is developing a portfolio of grid-scale battery projects in the lower North Island.
B. The Client wishes to engage the Consultant to provide regulatory and stakeholder engagement advice, and the Consultant has agreed to do so as an independent contractor.
# Agreement
1. Engagement
1.1 The Client engages the Consultant to provide the Services described in the Schedule.
1.2 The engagement begins on 15 July 2024 and ends on 14 July 2025, unless it is ended earlier under clause 8.
2. Fees
2.1 The Client will pay the Consultant a fee of NZ$1,450 (plus GST) for each full day of Services.
2.2 The Consultant will invoice monthly in arrears and the Client will pay each invoice by the 20th of the month following the month of invoice.
3. Relationship
3.1 The Consultant is an independent contractor and nothing in this agreement creates an employment relationship. The Consultant is responsible for the Consultant's own tax, including any GST and ACC levies.
4. Confidentiality
4.1 The Consultant must keep the Client's confidential information confidential during the engagement and for 2 years after it ends.
===
5. Intellectual property
5.1 All intellectual property created by the Consultant in providing the Services belongs to the Client on creation.
8. Ending the engagement
8.1 Either party may end this agreement by giving the other party 20 working days' written notice.
8.2 The Client may end this agreement immediately if the Consultant seriously breaches it.
9. Governing law
9.1 This agreement is governed by New Zealand law and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
# Schedule - Services
Advice on Electricity Authority and Transpower connection processes; engagement with iwi and hapū; preparation of consent applications under the Resource Management Act 1991.
===
Signed for Te Awa Energy Limited by Mereana Walker, Chief Executive
Signed by Hemi Tauroa`,
    truth: {
      title: "Consultancy Agreement",
      documentType: "Services agreement",
      parties: ["Te Awa Energy Limited", "Hemi Tauroa"],
      governingLaw: "New Zealand",
      effectiveDate: "2024-07-15",
      expiryDate: "2025-07-14",
      term: "12 months",
    },
  },
  {
    id: "v5-services-south-africa",
    format: "pdf",
    source: `# FACILITIES MANAGEMENT SERVICES AGREEMENT
entered into between
PROTEA FACILITIES MANAGEMENT (PTY) LTD
(Registration number 2011/123456/07)
("the Service Provider")
and
UMHLANGA LEGAL INCORPORATED
(Registration number 2004/009876/21)
("the Client")
# 1. INTERPRETATION
1.1 In this Agreement, unless the context indicates otherwise:
1.1.1 "Effective Date" means 1 March 2025, notwithstanding the Signature Date;
1.1.2 "Initial Period" means a period of 24 (twenty-four) months from the Effective Date, ending on 28 February 2027;
1.1.3 "Premises" means the Client's offices at 2 Ncondo Place, Umhlanga Ridge, KwaZulu-Natal;
1.1.4 "Signature Date" means the date of signature of this Agreement by the Party signing last.
# 2. DURATION
2.1 This Agreement shall commence on the Effective Date and endure for the Initial Period.
2.2 On expiry of the Initial Period this Agreement shall renew automatically for further periods of 12 (twelve) months each, unless either Party gives the other not less than 3 (three) calendar months' written notice of termination before the end of the Initial Period or any renewal period.
# 3. SERVICES
3.1 The Service Provider shall render cleaning, security, maintenance and reception services at the Premises in accordance with the Service Levels in Annexure A.
# 4. FEES AND PAYMENT
4.1 The Client shall pay the monthly Fee of R 186 500 (excluding VAT) within 30 (thirty) days of statement.
4.2 The Fee shall escalate annually on 1 March at 6% (six percent).
# 5. BREACH
5.1 Should either Party breach any provision and fail to remedy the breach within 14 (fourteen) days of written notice, the aggrieved Party may cancel this Agreement, without prejudice to its right to claim damages.
# 6. GOVERNING LAW
6.1 This Agreement shall be governed by and interpreted in accordance with the laws of the Republic of South Africa.
# 7. DOMICILIUM
7.1 The Parties choose as their domicilia citandi et executandi the addresses in Annexure B.
SIGNED at Durban on 24.02.2025
For: PROTEA FACILITIES MANAGEMENT (PTY) LTD
Name: Sibusiso Zulu, Managing Director, who warrants that he is duly authorised
SIGNED at Umhlanga on 26.02.2025
For: UMHLANGA LEGAL INCORPORATED
Name: Fatima Essop, Director`,
    truth: {
      title: "Facilities Management Services Agreement",
      documentType: "Services agreement",
      parties: ["Protea Facilities Management (Pty) Ltd", "Umhlanga Legal Incorporated"],
      governingLaw: "South Africa",
      effectiveDate: "2025-03-01",
      expiryDate: "2027-02-28",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v5-trademark-licence-hk",
    format: "docx",
    storedPageCount: 2,
    source: `# TRADEMARK LICENCE AGREEMENT
THIS AGREEMENT is made on 2 May 2024 and entered into by JADE LOTUS BRANDS LIMITED (翠蓮品牌有限公司), a company incorporated in Hong Kong with its registered office at 18/F, Nan Fung Tower, 88 Connaught Road Central, Hong Kong ("Licensor") and HARBOURFRONT APPAREL COMPANY LIMITED, a company incorporated in Hong Kong with its registered office at Unit 1203, 12/F, Kowloon Bay Industrial Centre, 15 Wang Hoi Road, Kowloon Bay, Hong Kong ("Licensee").
RECITALS
(A) The Licensor is the registered proprietor of the trade marks listed in the Schedule (the "Marks").
(B) The Licensor has agreed to grant the Licensee a licence to use the Marks on apparel manufactured and sold in the Territory.
IT IS AGREED:
1. In this Agreement, "Commencement Date" means 1 June 2024 and "Territory" means Hong Kong, the Macao Special Administrative Region and Taiwan.
2. The Licensor grants to the Licensee an exclusive licence to use the Marks in the Territory on and in relation to the Licensed Products.
3. This Agreement shall come into force on the Commencement Date and, subject to earlier termination under Clause 11, shall continue for an initial term of three (3) years, ending on the third anniversary of the Commencement Date.
4. The Licensee may request an extension of the term for a further two years by notice given not later than six months before the end of the initial term; any extension shall be at the Licensor's discretion.
5. The Licensee shall pay a royalty of 7% of Net Sales, payable quarterly within 30 days after the end of each calendar quarter, subject to a minimum annual royalty of HK$1,200,000.
6. The Licensee shall submit samples of each Licensed Product for approval at least 45 days before its first sale.
11. Either party may terminate this Agreement by written notice if the other party is in material breach and has failed to remedy the breach within 30 days.
14. This Agreement shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
SCHEDULE - THE MARKS
| Mark | Registration No. | Class |
| JADE LOTUS | 302345678 | 25 |
| 翠蓮 | 302345679 | 25 |
SIGNED by Wong Ka Yee, director, for and on behalf of JADE LOTUS BRANDS LIMITED
SIGNED by Leung Chi Keung, director, for and on behalf of HARBOURFRONT APPAREL COMPANY LIMITED`,
    truth: {
      title: "Trademark Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Jade Lotus Brands Limited", "Harbourfront Apparel Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2024-06-01",
      expiryDate: "2027-06-01",
      term: "3 years",
    },
  },
  {
    id: "v5-nda-scotland-last-signature",
    format: "txt",
    source: `# CONFIDENTIALITY AGREEMENT
between
GLENMORAY DISTILLERS LIMITED, incorporated under the Companies Acts (Registered Number SC123456) and having its Registered Office at 5 Rutland Square, Edinburgh EH1 2AS ("the Discloser")
and
THISTLE BIDCO LIMITED, incorporated under the Companies Acts (Registered Number SC765432) and having its Registered Office at 100 West George Street, Glasgow G2 1PP ("the Recipient")
WHEREAS the Recipient is considering the acquisition of the whole issued share capital of the Discloser (the "Proposed Transaction") and the Discloser is willing to make certain information available to it on the terms of this Agreement:
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. The Recipient shall keep the Confidential Information secret and shall not disclose it except to its Representatives who need to know it for the purpose of evaluating the Proposed Transaction.
2. The Recipient shall not, for a period of twelve months from the date on which this Agreement takes effect, solicit or employ any senior employee of the Discloser.
3. This Agreement shall take effect on the date on which it is signed by the party signing last and shall continue in force for a period of 18 months from that date.
4. On written demand the Recipient shall within five business days destroy or return all Confidential Information.
4A. The Recipient may retain one archival copy of Confidential Information where required by law or by the rules of any regulatory body, which copy shall remain subject to clause 1.
4B. The Recipient shall not, without the prior written consent of the Discloser, contact any supplier, customer or employee of the Discloser in connection with the Proposed Transaction.
5. Nothing in this Agreement obliges either party to proceed with the Proposed Transaction.
6. This Agreement shall be governed by and construed in accordance with the law of Scotland and the parties prorogate the exclusive jurisdiction of the Scottish courts.
7. The parties consent to registration of this Agreement for preservation.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
They are subscribed for and on behalf of GLENMORAY DISTILLERS LIMITED
at Edinburgh on 11 February 2025 by Alasdair Fraser, Director, before this witness: Morag Stewart, 5 Rutland Square, Edinburgh
And they are subscribed for and on behalf of THISTLE BIDCO LIMITED
at Glasgow on 13 February 2025 by Kirsty Macleod, Director, before this witness: Iain Campbell, 100 West George Street, Glasgow`,
    truth: {
      title: "Confidentiality Agreement",
      documentType: "NDA",
      parties: ["Glenmoray Distillers Limited", "Thistle Bidco Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2025-02-13",
      expiryDate: "2026-08-13",
      term: "18 months",
    },
  },
  {
    id: "v5-consultancy-belfast-cover-table",
    format: "pdf",
    pageFooters: true,
    source: `# CONSULTANCY SERVICES AGREEMENT
| Parties | Orbital Risk Advisory Ltd (NI654321), 2 Lanyon Quay, Belfast BT1 3LG ("Consultant") and Fenchurch Marine Insurance plc (01234567), 30 Fenchurch Avenue, London EC3M 5AD ("Client") |
| Date of Agreement | 18 December 2024 |
| Start Date | 6 January 2025 |
| Duration | Until terminated by either party on one month's written notice |
| Services | Catastrophe modelling and marine accumulation reviews, as described in the Schedule |
| Fees | £1,100 per day (excluding VAT), invoiced monthly; payable 30 days from invoice |
| Key Personnel | Dr Niamh Quinn and Conor Devlin |
| Governing law | Northern Ireland |
===
# STANDARD TERMS
1. Appointment
1.1 The Client appoints the Consultant to provide the Services from the Start Date for the Duration, and the Consultant accepts the appointment.
1.2 The Consultant shall procure that the Key Personnel perform the Services and shall not replace them without the Client's prior written consent.
2. Performance
2.1 The Consultant shall perform the Services with the skill, care and diligence to be expected of a specialist catastrophe risk consultancy.
2.2 The Consultant shall comply with the Client's information security policy and with the Lloyd's Minimum Standards in so far as they relate to the Services.
3. Fees and expenses
3.1 The Client shall pay the Fees and the Consultant's pre-approved expenses within 30 days of receipt of a valid VAT invoice.
4. Intellectual property
4.1 All models, reports and data created for the Client belong to the Client. The Consultant retains ownership of its pre-existing tools and grants the Client a perpetual licence to use them as embedded in the deliverables.
5. Confidentiality
5.1 Each party shall keep the other's confidential information confidential during this agreement and for five years after it ends.
6. Liability
6.1 The Consultant's total liability in each contract year shall not exceed the Fees paid in that year.
7. Termination
7.1 Either party may terminate this agreement by giving not less than one month's written notice to the other.
7.2 The Client may terminate this agreement immediately if the Consultant is in material breach of clause 2.2.
8. Law and jurisdiction
8.1 This agreement is governed by the law of Northern Ireland and the courts of Northern Ireland have exclusive jurisdiction.
Signed for Orbital Risk Advisory Ltd: Niamh Quinn, Director
Signed for Fenchurch Marine Insurance plc: Richard Aske, Chief Underwriting Officer`,
    truth: {
      title: "Consultancy Services Agreement",
      documentType: "Services agreement",
      parties: ["Orbital Risk Advisory Ltd", "Fenchurch Marine Insurance plc"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2025-01-06",
      term: "Until terminated",
    },
  },
];
