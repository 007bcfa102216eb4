import type { UnseenDocument } from "../unseen/types";

/** Tuning v14 (set c): amendments, variations, letters, deeds and a notice from several jurisdictions. */
export const AMENDMENTS_LETTERS_AND_DEEDS_V14: UnseenDocument[] = [
  {
    id: "v14-c-jersey-deed-of-variation",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
relating to a lease of Unit 4, Rue des Prés Trading Estate, St Saviour, Jersey
THIS DEED OF VARIATION is made on the 9th day of March 2026
BETWEEN
(1) BELLOZANNE PROPERTY HOLDINGS LIMITED, a company incorporated in Jersey with registered number 118204 and having its registered office at 22 Esplanade, St Helier, Jersey JE2 3QA (the "Landlord");
(2) GORREY MARINE SERVICES LIMITED, a company incorporated in Jersey with registered number 95533 and having its registered office at Unit 4, Rue des Prés Trading Estate, St Saviour, Jersey JE2 7QN (the "Tenant"); and
(3) DAVID PHILIPPE RENOUF of La Maison Blanche, La Rue de la Pointe, St Brelade, Jersey JE3 8BT (the "Guarantor").
RECITALS
(A) By a lease dated 14 June 2019 (the "Lease") the Landlord let the Premises to the Tenant for a term of nine (9) years from 24 June 2019, and the Guarantor guaranteed the Tenant's obligations.
(B) The parties have agreed to vary the Lease on the terms of this Deed.
# 1. Definitions
1.1 Words defined in the Lease have the same meanings in this Deed. "Variation Date" means 25 March 2026.
# 2. Variations
With effect from and including the Variation Date the Lease is varied as follows:
2.1 the permitted use in clause 1.1 of the Lease is replaced with "use for the repair, maintenance and storage of boats and marine engines, with ancillary offices and retail sales";
2.2 the rent review date in clause 4.2 of the Lease is changed from 24 June 2026 to 24 December 2026; and
2.3 the Tenant's break right in clause 9 of the Lease is exercisable on giving not less than six (6) months' written notice (instead of twelve (12) months' notice).
# 3. Guarantor's Confirmation
3.1 The Guarantor consents to the variations and confirms that his guarantee extends to the Tenant's obligations under the Lease as varied by this Deed.
# 4. Continuation
4.1 Save as varied by this Deed, the Lease remains in full force and effect. The term of the Lease is not changed.
# 5. Governing Law
5.1 This Deed is governed by the laws of the Island of Jersey and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
===
IN WITNESS of which this Deed has been executed and delivered on the date first written above.
Executed as a deed by BELLOZANNE PROPERTY HOLDINGS LIMITED acting by Sarah Le Cornu, director, in the presence of witness Thomas Gallichan
Executed as a deed by GORREY MARINE SERVICES LIMITED acting by Nicholas Amy, director, in the presence of witness Hannah Vibert
Signed as a deed by DAVID PHILIPPE RENOUF in the presence of witness Julia de Gruchy`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Bellozanne Property Holdings Limited", "Gorrey Marine Services Limited", "David Philippe Renouf"],
      governingLaw: "Jersey",
      effectiveDate: "2026-03-25",
      amends: "Lease",
    },
  },
  {
    id: "v14-c-ny-second-amendment-msa",
    format: "docx",
    storedPageCount: 1,
    source: `# SECOND AMENDMENT TO MASTER SERVICES AGREEMENT
This Second Amendment to Master Services Agreement (this "Second Amendment") is entered into as of March 18, 2026, and is effective as of April 1, 2026 (the "Amendment Effective Date"), by and between Hudson Freight Analytics, Inc., a New York corporation ("Customer"), and Corvid Data Services LLC, a Delaware limited liability company ("Vendor").
RECITALS
A. Customer and Vendor are parties to that certain Master Services Agreement dated as of June 1, 2023 (as amended by the First Amendment dated as of September 15, 2024, the "Agreement"), under which Vendor provides data warehousing and analytics services for an initial term of five (5) years.
B. The parties wish to amend the Agreement to add a new statement of work, revise the fee schedule and change the governing law, as set forth below.
NOW, THEREFORE, for good and valuable consideration, the receipt and sufficiency of which are acknowledged, the parties agree as follows:
1. Definitions. Capitalized terms used but not defined in this Second Amendment have the meanings given in the Agreement.
2. Fees. Exhibit B (Fees) to the Agreement is deleted in its entirety and replaced with the Exhibit B attached to this Second Amendment, with effect from the Amendment Effective Date.
3. Statement of Work No. 4. The Statement of Work No. 4 attached as Exhibit D is added to the Agreement. Vendor will complete the migration described in it within ninety (90) days after the Amendment Effective Date.
4. Payment Terms. Section 6.2 of the Agreement is amended by replacing "forty-five (45) days" with "thirty (30) days".
5. Governing Law of the Agreement. Section 18.1 of the Agreement, which currently provides that the Agreement is governed by the laws of the State of New Jersey, is amended by replacing "State of New Jersey" with "State of New York".
6. No Other Changes. Except as expressly amended by this Second Amendment, the Agreement remains unchanged and in full force and effect, including its term, which is not extended by this Second Amendment.
7. Governing Law. This Second Amendment shall be governed by the laws of the State of New York, without regard to conflict of laws principles.
8. Counterparts. This Second Amendment may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
IN WITNESS WHEREOF, the parties have executed this Second Amendment as of the date first written above.
HUDSON FREIGHT ANALYTICS, INC. By: ____________ Name: Rebecca Lynn Abernathy Title: General Counsel
CORVID DATA SERVICES LLC By: ____________ Name: Tomasz Wierzbicki Title: Managing Member`,
    truth: {
      title: "Second Amendment to Master Services Agreement",
      documentType: "Amendment",
      parties: ["Hudson Freight Analytics, Inc.", "Corvid Data Services LLC"],
      governingLaw: "New York",
      effectiveDate: "2026-04-01",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v14-c-hk-term-loan-facility-letter",
    format: "pdf",
    source: `HARBOUR PACIFIC BANK LIMITED
Corporate Banking Division, 18/F Harbour Pacific Tower, 8 Connaught Road Central, Hong Kong
Private and Confidential
14 May 2026
The Directors
Lantau Precision Components Limited
Unit 1208, 12/F, Kwai Chung Industrial Centre, 15 Kwai Fung Crescent, Kwai Chung, New Territories
Our ref: CB/TL/2026/0417
Dear Sirs
# Term Loan Facility
We, Harbour Pacific Bank Limited (the "Bank"), are pleased to offer Lantau Precision Components Limited (the "Borrower") the following facility (the "Facility") on the terms of this letter and our Standard Terms for Corporate Facilities.
| Facility | Term loan of HK$25,000,000 |
| Purpose | Purchase of CNC machining equipment for the Borrower's Kwai Chung factory |
| Availability Period | 3 months from the date of this letter |
| Tenor | 3 years from the date of this letter |
| Final Maturity Date | 14 May 2029 |
| Repayment | 11 equal quarterly instalments, the first falling 6 months after the date of this letter, and a final instalment of the balance on the Final Maturity Date |
| Interest | 1.85% per annum over 3-month HIBOR, payable quarterly in arrears |
| Security | Chattel mortgage over the equipment and a guarantee from Lantau Holdings (BVI) Limited |
Conditions precedent: before first drawdown the Bank must receive the executed security documents, a certified board resolution of the Borrower and evidence of insurance of the equipment.
This offer will lapse if we have not received the duplicate of this letter countersigned by the Borrower within 14 days of its date.
This letter and the Facility are governed by the laws of the Hong Kong Special Administrative Region.
Yours faithfully
For and on behalf of Harbour Pacific Bank Limited
Kenneth Lau, Director, Corporate Banking
===
# Acceptance
We accept the Facility on the terms and conditions of this letter.
For and on behalf of Lantau Precision Components Limited
Authorised signatures: Wong Siu Ming, Director; Chan Mei Ling, Director
Date: 22 May 2026`,
    truth: {
      title: "Term Loan Facility",
      documentType: "Facility agreement",
      parties: ["Harbour Pacific Bank Limited", "Lantau Precision Components Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-05-14",
      expiryDate: "2029-05-14",
      term: "3 years",
    },
  },
  {
    id: "v14-c-kenya-offer-of-employment",
    format: "docx",
    source: `SAVANNAH AGRITECH LIMITED
P.O. Box 30412-00100, Westlands Business Park, Waiyaki Way, Nairobi, Kenya
10 June 2026
Ms Grace Wanjiru Mwangi
P.O. Box 1187-20100
Nakuru
Ref: HR/OFF/2026/031
Dear Grace,
# Offer of Employment
Following your recent interviews, we are pleased to offer you employment with Savannah Agritech Limited (the "Company") as Senior Data Engineer on the following terms.
1. Commencement and duration. Your employment will commence on 1 August 2026 (the "Commencement Date"). This is a fixed-term contract for a period of two (2) years commencing on the Commencement Date. Any renewal will be by written agreement only.
2. Probation. The first six (6) months of employment will be a probationary period, during which either party may terminate employment on seven (7) days' notice.
3. Salary. Your gross salary will be KES 520,000 per month, paid by bank transfer on or before the 28th day of each month, less statutory deductions.
4. Hours and leave. Normal working hours are 8.00 a.m. to 5.00 p.m., Monday to Friday. You will be entitled to twenty-one (21) working days' paid annual leave.
5. Notice. After confirmation, either party may terminate your employment on one (1) month's written notice or payment of one month's salary in lieu.
6. Confidentiality. You must keep the Company's information confidential during your employment and for three (3) years after it ends.
7. Law. This contract is governed by the laws of Kenya, including the Employment Act, 2007.
Please confirm your acceptance by signing and returning the enclosed copy of this letter by 24 June 2026, after which this offer will lapse.
Yours sincerely,
For Savannah Agritech Limited
Joseph Kiprono Chebet
Head of People and Culture
===
ACCEPTANCE
I, Grace Wanjiru Mwangi, accept the offer of employment on the terms set out above.
Signature: ____________ Date: 15 June 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Savannah Agritech Limited", "Grace Wanjiru Mwangi"],
      governingLaw: "Kenya",
      effectiveDate: "2026-08-01",
      expiryDate: "2028-07-31",
      term: "2 years",
    },
  },
  {
    id: "v14-c-ni-rent-concession-letter",
    format: "pdf",
    source: `LAGAN QUAY PROPERTIES LIMITED
Registered office: 5 Donegall Square South, Belfast BT1 5JE. Company number NI612345
Our ref: LQP/BPW/77
Your ref: DMcK/rent
2 June 2026
The Company Secretary
Belfast Print Works Limited
Unit 12, Duncrue Industrial Estate
Belfast BT3 9BP
Dear Sirs
We refer to your letter dated 12 May 2026 asking whether we would accept payment of the rent reserved by the lease of Unit 12, Duncrue Industrial Estate dated 1 March 2012 (the "Lease"), which was granted for a term of twenty (20) years from 1 March 2012, monthly rather than quarterly.
We are prepared to agree to this on the following basis:
1. Starting with the instalment due on 1 July 2026, you may pay the rent by equal monthly instalments in advance on the first day of each month, by standing order.
2. If any monthly instalment is not paid within fourteen (14) days of its due date, this concession will end immediately and the rent will again be payable quarterly in advance on the usual quarter days.
3. We may withdraw this concession at any time by giving you not less than three (3) months' written notice.
4. The concession is personal to Belfast Print Works Limited and does not vary the Lease, which continues in full force. All other obligations under the Lease, including the service charge and insurance rent, are unaffected.
This letter is governed by the law of Northern Ireland.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
Ciaran Devlin
Director, for and on behalf of Lagan Quay Properties Limited
We agree to the terms of this letter.
Signed: ____________ for and on behalf of Belfast Print Works Limited. Dated: 9 June 2026`,
    truth: {
      title: "Letter",
      documentType: "Letter",
      parties: ["Lagan Quay Properties Limited", "Belfast Print Works Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-06-02",
    },
  },
  {
    id: "v14-c-iom-deed-of-covenant",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF COVENANT
THIS DEED OF COVENANT is made the twelfth day of January two thousand and twenty-six
BETWEEN:
(1) ROBERT JAMES KINVIG and ELEANOR MAY KINVIG, both of Apartment 7, Sulby Glen Court, Mooragh Promenade, Ramsey, Isle of Man IM8 3AH (together the "Covenantors"); and
(2) SULBY GLEN MANAGEMENT COMPANY LIMITED, a company incorporated in the Isle of Man with company number 012345C, whose registered office is at 1 Athol Street, Douglas, Isle of Man IM1 1JE (the "Management Company").
WHEREAS:
(A) Apartment 7 is held under a lease dated 3 October 2005 made between Sulby Glen Developments Limited (1), the Management Company (2) and Harold Quayle (3) for a term of 999 years from 1 January 2005 (the "Lease").
(B) The Covenantors are today acquiring the Lease from the personal representatives of the late Harold Quayle, and clause 5.4 of the Lease requires every assignee to enter into direct covenants with the Management Company.
NOW THIS DEED WITNESSES as follows:
1. The Covenantors jointly and severally covenant with the Management Company that from the date of this Deed they will pay the service charge and observe and perform the tenant's covenants contained in the Lease for so long as they hold the Lease.
2. The Covenantors shall pay each service charge demand within twenty-eight (28) days of the date of the demand and shall contribute to the reserve fund as provided in the Fourth Schedule to the Lease.
3. The Covenantors shall not let the Apartment for any period of less than six (6) months and shall give the Management Company notice of any underletting within one (1) month after it is granted.
4. The Management Company acknowledges that the Covenantors shall not be liable for any breach of covenant occurring before the date of this Deed.
===
5. This Deed shall be governed by and construed in accordance with the laws of the Isle of Man, and the parties submit to the jurisdiction of the courts of the Isle of Man.
IN WITNESS whereof the parties have executed this Deed the day and year first above written.
SIGNED and DELIVERED as a DEED by ROBERT JAMES KINVIG in the presence of: Witness: Catriona Kermode, Advocate, Douglas
SIGNED and DELIVERED as a DEED by ELEANOR MAY KINVIG in the presence of: Witness: Catriona Kermode, Advocate, Douglas
EXECUTED as a DEED by SULBY GLEN MANAGEMENT COMPANY LIMITED acting by two directors: Paul Corlett, Director; Anne Teare, Director`,
    truth: {
      title: "Deed of Covenant",
      documentType: "Deed",
      parties: ["Robert James Kinvig", "Eleanor May Kinvig", "Sulby Glen Management Company Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-01-12",
    },
  },
  {
    id: "v14-c-qld-notice-of-non-renewal",
    format: "txt",
    source: `# NOTICE OF NON-RENEWAL
To: Coastal Packaging Solutions Pty Ltd (ACN 143 222 019), 77 Export Street, Lytton QLD 4178
Attention: Danielle Hartigan, General Manager
From: Ridgeline Foods Pty Ltd (ACN 098 765 432), 3 Boundary Road, Toowoomba QLD 4350
Date: 10 February 2026
Re: Supply Agreement dated 1 September 2023 between Ridgeline Foods Pty Ltd and Coastal Packaging Solutions Pty Ltd (the "Agreement")
1. We refer to clause 2 of the Agreement, under which the Agreement commenced on 1 September 2023, continues for an initial term of three (3) years and then renews automatically for successive periods of twelve (12) months unless either party gives at least six (6) months' written notice of non-renewal before the end of the current term.
2. In accordance with clause 2.3 of the Agreement, we give you notice that Ridgeline Foods Pty Ltd does not wish to renew the Agreement, which will accordingly expire at the end of its initial term.
3. Until the Agreement expires, both parties must continue to perform their obligations, including the supply of the outstanding orders listed in the attachment. Invoices issued before expiry remain payable on the 30-day terms in clause 7 of the Agreement.
4. Clause 14 (Confidentiality) of the Agreement continues to apply for two (2) years after expiry.
5. This notice is served by email to the address for notices in clause 18 of the Agreement and by registered post.
Signed for and on behalf of Ridgeline Foods Pty Ltd by its authorised officer
Bronwyn Alice McAllister
Chief Procurement Officer
Please acknowledge receipt by return email to legal@ridgelinefoods.com.au.`,
    truth: {
      title: "Notice of Non-Renewal",
      documentType: "Notice",
      parties: ["Ridgeline Foods Pty Ltd", "Coastal Packaging Solutions Pty Ltd"],
      effectiveDate: "2026-02-10",
    },
  },
  {
    id: "v14-c-guernsey-sha-deed-of-amendment",
    format: "txt",
    source: `# DEED OF AMENDMENT
relating to the Shareholders' Agreement in respect of Castel Marine Holdings Limited
THIS DEED is dated 19 February 2026 and is made BETWEEN:
(1) SARNIA TRUST COMPANY LIMITED (registered in Guernsey with number 41877) of Trafalgar Court, Les Banques, St Peter Port, Guernsey GY1 3QL, in its capacity as trustee of the Le Marchant Family Settlement ("Sarnia");
(2) PETER NICOLAS LE PAGE of Les Fontaines, Rue de la Hougue, Castel, Guernsey GY5 7EA ("Mr Le Page");
(3) BREHON CAPITAL LLP (registered in England and Wales with number OC398812) of 10 Queen Street Place, London EC4R 1BE ("Brehon"); and
(4) CASTEL MARINE HOLDINGS LIMITED (registered in Guernsey with number 63290) of PO Box 155, Les Vardes, St Sampson, Guernsey GY2 4AA (the "Company").
WHEREAS:
(A) The parties are party to a shareholders' agreement dated 4 April 2021 relating to the Company (the "Shareholders' Agreement").
(B) Under clause 12 of the Shareholders' Agreement no Shareholder may transfer Shares during a lock-in period of three (3) years from 4 April 2021 save as permitted by that clause.
(C) The parties wish to amend the Shareholders' Agreement in connection with Brehon's subscription for additional Shares on the date of this Deed.
IT IS AGREED as follows:
1. Words defined in the Shareholders' Agreement have the same meaning in this Deed.
2. With effect from the date of this Deed the Shareholders' Agreement is amended as follows:
2.1 in clause 5.1, the number of directors Brehon may appoint is increased from one (1) to two (2);
2.2 in clause 8.3, the list of Reserved Matters is extended to include any borrowing by the Company in excess of £2,000,000; and
2.3 in clause 12, a new lock-in period of two (2) years from the date of this Deed applies to the Shares issued to Brehon on that date.
3. Save as amended by this Deed, the Shareholders' Agreement continues in full force and effect and shall be read and construed as one document with this Deed.
4. This Deed may be executed in any number of counterparts.
5. This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Island of Guernsey, and the Royal Court of Guernsey has exclusive jurisdiction.
EXECUTED AS A DEED by SARNIA TRUST COMPANY LIMITED as trustee of the Le Marchant Family Settlement acting by two authorised signatories: Michelle Ozanne and Richard Brehaut
SIGNED AS A DEED by PETER NICOLAS LE PAGE in the presence of: Witness: Sophie Mauger
EXECUTED AS A DEED by BREHON CAPITAL LLP acting by two members: Conor Declan Brennan and Aoife Walsh
EXECUTED AS A DEED by CASTEL MARINE HOLDINGS LIMITED acting by a director in the presence of a witness: Director: Martin Dorey; Witness: Karen Robilliard`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Sarnia Trust Company Limited", "Peter Nicolas Le Page", "Brehon Capital LLP", "Castel Marine Holdings Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-02-19",
      amends: "Shareholders' Agreement",
    },
  },
];
