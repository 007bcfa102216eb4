import type { UnseenDocument } from "../unseen/types";

/** Tuning set v17 (helper a): employment, letters, notices and individual-party documents with tricky party identification. */
export const PEOPLE_AND_LETTERS_PARTIES_V17: UnseenDocument[] = [
  {
    id: "v17-a-offer-letter-fixed-term-leeds",
    format: "pdf",
    pageFooters: true,
    source: `FENWICK ASHBY & CO. LIMITED
Registered in England and Wales No. 04455667 | 3 Park Square East, Leeds LS1 2NE
14 January 2026
PRIVATE AND CONFIDENTIAL
Ms Priya K. Ramaswamy
44 Chapel Road
Headingley, Leeds LS6 3AB
Our ref: HR/2026/017
Dear Priya,
# Offer of Employment
Further to your interviews arranged through Brightpath Talent Ltd, I am delighted to offer you the position of Senior Quantity Surveyor with Fenwick Ashby & Co. Limited (the "Company") on the terms below.
1. Start date and duration. Your employment will begin on 2 March 2026 (the "Commencement Date") and is for a fixed term of eighteen (18) months commencing on the Commencement Date, when it will end automatically unless extended in writing.
2. Probation. The first six months of your employment will be a probationary period.
3. Salary. Your salary will be £58,000 per year, paid monthly in arrears into your nominated account.
4. Notice. After probation either party may end your employment by giving one month's written notice.
5. Restrictions. For six months after your employment ends you must not solicit any client of the Company or of Fenwick Ashby Holdings Limited with whom you dealt.
6. Law. This offer and your contract of employment are governed by the law of England and Wales.
Please confirm your acceptance by signing and returning the enclosed copy of this letter by 28 January 2026. Our letter of 9 January 2026 inviting you to a second interview is superseded.
Yours sincerely,
Tom Hargreaves
Head of People, for and on behalf of Fenwick Ashby & Co. Limited
===
ACCEPTANCE
I accept the offer of employment on the terms set out above.
Signed: Priya K. Ramaswamy
Date: 20 January 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Fenwick Ashby & Co. Limited", "Priya K. Ramaswamy"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-02",
      expiryDate: "2027-09-01",
      term: "18 months",
    },
  },
  {
    id: "v17-a-engagement-letter-lagos",
    format: "docx",
    storedPageCount: 2,
    source: `OKAFOR, BELLO & PARTNERS
Barristers, Solicitors and Notaries Public
Plot 12, Adeola Odeku Street, Victoria Island, Lagos
5 February 2026
The Board of Directors
Ikeja Agro-Allied Processing Plc
14 Oba Akran Avenue, Ikeja, Lagos State
Attention: Mr. Chukwuemeka Obi, Company Secretary
Our Ref: OBP/CORP/0214
Dear Sirs,
# Letter of Engagement
1. Thank you for instructing us to act for Ikeja Agro-Allied Processing Plc (the "Client") in connection with its proposed acquisition of the entire issued share capital of Kaduna Mills Limited from Sahel Grain Holdings Limited. Neither of those companies is our client and we owe them no duties.
2. Scope. We will conduct legal due diligence, draft and negotiate the share purchase agreement, and advise on regulatory approvals from the Federal Competition and Consumer Protection Commission.
3. Team. The partner responsible will be Mrs. Adaeze Okafor, assisted by Mr. Tunde Bello.
===
4. Fees. Our fees will be charged at our hourly rates. Invoices are payable within thirty (30) days, into our account with Zenith Bank Plc.
5. Records. We will retain our file for six (6) years after the matter ends.
6. Termination. Either of us may end this engagement at any time by written notice.
7. Law. This engagement is governed by the laws of the Federal Republic of Nigeria.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully,
Adaeze Okafor
Partner, for Okafor, Bello & Partners
Accepted for and on behalf of Ikeja Agro-Allied Processing Plc
Chukwuemeka Obi, Company Secretary
Date: 12 February 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Okafor, Bello & Partners", "Ikeja Agro-Allied Processing Plc"],
      governingLaw: "Nigeria",
      effectiveDate: "2026-02-05",
    },
  },
  {
    id: "v17-a-power-of-attorney-deed-poll-ni",
    format: "pdf",
    source: `# GENERAL POWER OF ATTORNEY
THIS POWER OF ATTORNEY is made by way of deed poll on the 3rd day of March 2026 by MARGARET ELEANOR QUINLAN-HAYES of 7 Malone Park, Belfast BT9 6NJ (the "Donor").
1. Appointment. The Donor appoints DECLAN PATRICK QUINLAN of 22 Cranmore Gardens, Belfast BT9 6JL and REBECCA A. HAYES, solicitor, of Hayes & Moore Solicitors, 40 Linenhall Street, Belfast BT2 8BG (together the "Attorneys", and each an "Attorney") jointly and severally to be the Donor's attorneys.
2. Powers. The Attorneys may do on the Donor's behalf anything which the Donor can lawfully do by an attorney, including dealing with the Donor's accounts at Ulster Bank Limited and the sale of the Donor's property at 9 Shore Road, Holywood.
3. Duration. This power of attorney shall remain in force for a period of twelve months from the date of this deed, unless revoked earlier by the Donor in writing.
4. Ratification. The Donor undertakes to ratify anything done by the Attorneys in the proper exercise of the powers in this deed.
5. Earlier powers. The power of attorney granted by the Donor to Hayes & Moore Solicitors on 1 October 2024 is revoked.
6. Law. This power of attorney is governed by the law of Northern Ireland.
IN WITNESS whereof this power of attorney has been executed as a deed poll and delivered on the date written above.
SIGNED AS A DEED and DELIVERED by MARGARET ELEANOR QUINLAN-HAYES
in the presence of:
Witness: Niall O'Connor
Address: 15 Wellington Place, Belfast BT1 6GB
Occupation: Bank Official`,
    truth: {
      title: "General Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Margaret Eleanor Quinlan-Hayes"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-03-03",
      expiryDate: "2027-03-03",
      term: "12 months",
    },
  },
  {
    id: "v17-a-landlord-consent-letter-agent",
    format: "txt",
    source: `Carver Lowe LLP
Chartered Surveyors and Managing Agents
10 Bishopsgate, London EC2N 4AY
18 March 2026
Brightwater Dental Care Ltd
Unit 4, Riverside Parade
Kingston upon Thames KT1 1LF
FAO: Dr Helen Moss, Director
Your ref: BDC/HM/11   Our ref: CL/ATE/0442
Dear Dr Moss,
# Consent to Alterations
We write as managing agents for and on behalf of our client, Aldgate & Thames Estates Limited (the "Landlord"), the landlord of Unit 4, Riverside Parade, under the lease dated 1 June 2021 made between Riverside Parade Developments Limited (1), Brightwater Dental Care Ltd (2) and Dr Helen Moss as guarantor (3) for a term of 15 years from that date (the "Lease").
Further to your letter of 2 February 2026 requesting consent to install two additional treatment rooms, the Landlord consents to the works described in the drawings enclosed with that letter, on the following conditions:
1. The works must be completed within six months of the date of this letter, in a good and workmanlike manner.
2. You must reinstate the premises at the end of the term of the Lease if the Landlord so requires.
3. You must pay the Landlord's surveyor's fees of £950 plus VAT within 14 days.
This consent is personal to Brightwater Dental Care Ltd, does not vary the Lease, and is governed by the law of England and Wales.
Please sign and return the enclosed copy to confirm your agreement to these conditions.
Yours sincerely,
James Carver
Partner, Carver Lowe LLP
for and on behalf of Aldgate & Thames Estates Limited
We agree to the above conditions. Signed for Brightwater Dental Care Ltd: Helen Moss, Director. Date: 24 March 2026`,
    truth: {
      title: "Consent to Alterations",
      documentType: "Letter",
      parties: ["Aldgate & Thames Estates Limited", "Brightwater Dental Care Ltd"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-18",
    },
  },
  {
    id: "v17-a-director-service-agreement-jersey",
    format: "docx",
    source: `# DIRECTOR'S SERVICE AGREEMENT
THIS AGREEMENT is dated 27 February 2026
BETWEEN:
(1) ST HELIER TRUST & FIDUCIARY SERVICES LIMITED, a company incorporated in Jersey with registered number 98765, whose registered office is at 5 Esplanade, St Helier, Jersey JE2 3QA (the "Company"); and
(2) ALEXANDER J. P. DE GRUCHY of La Rocque House, Grouville, Jersey JE3 9BA (the "Executive").
# 1. DEFINITIONS
"Commencement Date" means 1 April 2026.
"Group Company" means the Company, its holding company Channel Fiduciary Group Limited and any subsidiary of either of them, none of which other than the Company is a party to this Agreement.
===
# 2. APPOINTMENT
2.1 The Company appoints the Executive as Managing Director. The Executive shall also serve as a director of such other Group Companies as the Board requires.
2.2 The appointment shall commence on the Commencement Date and shall continue, subject to clause 14, until terminated by either party giving the other not less than six months' prior written notice.
2.3 The Executive's previous consultancy agreement with Channel Fiduciary Group Limited dated 1 May 2023 terminates on the Commencement Date.
# 3. REMUNERATION
3.1 The Company shall pay the Executive a salary of £185,000 per annum, payable monthly through Jersey payroll.
# 4. RESTRICTIONS
4.1 For twelve months after the termination of the appointment, the Executive shall not solicit any client of any Group Company.
# 5. LAW
5.1 This Agreement is governed by the laws of the Island of Jersey, and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
SIGNED by Philippa Renouf, Chair, for and on behalf of St Helier Trust & Fiduciary Services Limited
SIGNED by Alexander J. P. de Gruchy in the presence of Marc Vibert, witness`,
    truth: {
      title: "Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["St Helier Trust & Fiduciary Services Limited", "Alexander J. P. de Gruchy"],
      governingLaw: "Jersey",
      effectiveDate: "2026-04-01",
      term: "Until terminated",
    },
  },
  {
    id: "v17-a-notice-of-termination-south-africa",
    format: "pdf",
    source: `MARULA FREIGHT (PTY) LTD
Registration number 2011/123456/07
Unit 3, Riverside Office Park, 1 Durban Road, Bellville, Cape Town, 7530
2 March 2026
BY EMAIL AND REGISTERED POST
The Directors
Cape Coastal Haulage (Pty) Ltd
88 Voortrekker Road, Parow, 7500
Attention: Ms Thandiwe N. Dlamini
# Notice of Termination
Transport Services Agreement dated 1 September 2023 (the "Agreement")
1. We refer to the Agreement between Marula Freight (Pty) Ltd ("Marula") and Cape Coastal Haulage (Pty) Ltd ("CCH"), which had an initial term of two (2) years and thereafter renews automatically for successive periods of twelve (12) months. The Agreement is governed by the laws of the Republic of South Africa.
2. In terms of clause 18.2 of the Agreement, Marula hereby gives CCH ninety (90) days' written notice of termination of the Agreement.
3. Accordingly the Agreement will terminate on 31 May 2026. All outstanding invoices must be settled within thirty (30) days of that date.
4. This notice is without prejudice to Marula's rights in respect of the claims set out in our letter of 15 January 2026.
Yours faithfully,
Pieter van der Merwe
Director, duly authorised, for Marula Freight (Pty) Ltd
cc: Mokoena Attorneys Inc. (attorneys for Marula)
cc: The Standard Bank of South Africa Limited (as cessionary of Marula's book debts)`,
    truth: {
      title: "Notice of Termination",
      documentType: "Notice",
      parties: ["Marula Freight (Pty) Ltd", "Cape Coastal Haulage (Pty) Ltd"],
      effectiveDate: "2026-03-02",
    },
  },
  {
    id: "v17-a-settlement-agreement-kenya",
    format: "txt",
    source: `# SETTLEMENT AGREEMENT
THIS AGREEMENT is made this 16th day of March 2026
PARTIES
1. RIFT VALLEY HORTICULTURE & FLOWERS LIMITED, a limited liability company incorporated in the Republic of Kenya (registration number PVT-ABC1234), of P.O. Box 1234-20117, Naivasha, Kenya (hereinafter called "the Employer", which expression shall where the context so admits include its successors and assigns); and
2. JOSEPH KIPRONO KIPLAGAT, holder of national identity card number 23456789, of P.O. Box 567-30100, Eldoret, Kenya (hereinafter called "the Employee"), acting on the advice of Messrs. Wanjiru & Otieno Advocates.
RECITALS
A. The Employee was employed by the Employer under a contract of employment dated 1 January 2019 as Farm Operations Manager.
B. The Employee has lodged a claim before the Employment and Labour Relations Court at Nakuru, Cause No. E045 of 2025, against the Employer and its sister company Lake Naivasha Packhouse Limited, which is not a party to this Agreement.
C. The parties wish to settle the claim on the terms below.
TERMS
1. Payment. The Employer shall pay the Employee KES 2,400,000 within fourteen (14) days of the date of this Agreement.
2. Withdrawal. Within seven (7) days of payment the Employee shall withdraw the claim against the Employer and Lake Naivasha Packhouse Limited.
3. Restriction. For six (6) months from the date of this Agreement the Employee shall not solicit the Employer's flower buyers.
4. Confidentiality. The terms of this Agreement shall be kept confidential indefinitely.
5. Law. This Agreement is governed by the laws of Kenya.
SIGNED by Grace Wambui Mwangi, Managing Director, for RIFT VALLEY HORTICULTURE & FLOWERS LIMITED
SIGNED by the said JOSEPH KIPRONO KIPLAGAT
In the presence of: Peter Otieno, Advocate, Wanjiru & Otieno Advocates`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Rift Valley Horticulture & Flowers Limited", "Joseph Kiprono Kiplagat"],
      governingLaw: "Kenya",
      effectiveDate: "2026-03-16",
    },
  },
  {
    id: "v17-a-independent-contractor-ontario",
    format: "pdf",
    pageFooters: true,
    source: `# INDEPENDENT CONTRACTOR AGREEMENT
This Independent Contractor Agreement is made as of April 15, 2026,
BETWEEN:
LAKESHORE, BIRCH AND MAPLE CREDIT UNION LIMITED, a credit union incorporated under the laws of Ontario, having its head office at 100 Queens Quay West, Toronto, Ontario M5J 2Y4
(the "Client")
- and -
MARIE-CLAUDE TREMBLAY-OKONKWO, an individual carrying on business under the name MCT Advisory, residing in the City of Ottawa, Ontario
(the "Contractor")
1. Engagement. The Client engages the Contractor to provide risk-model validation services. The Contractor is an independent contractor and not an employee of the Client or of its subsidiary LBM Wealth Management Inc.
2. Term. This Agreement is effective from May 1, 2026 (the "Effective Date") and continues to April 30, 2027, unless terminated earlier under section 7. Any renewal must be agreed in writing by both parties.
3. Fees. The Client shall pay the Contractor $1,200 per day, with invoices payable net thirty (30) days.
4. Confidentiality. The Contractor's confidentiality obligations survive for three (3) years after this Agreement ends.
5. Non-solicitation. For twelve (12) months after this Agreement ends, the Contractor shall not solicit any employee of the Client.
6. Replacement. This Agreement replaces the Contractor's earlier engagement letter with Birchwood Consulting Group Inc. dated June 1, 2024, under which the Contractor was a subcontractor.
7. Termination. Either party may terminate this Agreement on thirty (30) days' written notice.
8. Governing Law. This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
===
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
LAKESHORE, BIRCH AND MAPLE CREDIT UNION LIMITED
Per: Gordon A. Ferreira, Chief Risk Officer — I have authority to bind the Client.
SIGNED by MARIE-CLAUDE TREMBLAY-OKONKWO
Witness: Samuel Okonkwo`,
    truth: {
      title: "Independent Contractor Agreement",
      documentType: "Services agreement",
      parties: ["Lakeshore, Birch and Maple Credit Union Limited", "Marie-Claude Tremblay-Okonkwo"],
      governingLaw: "Ontario",
      effectiveDate: "2026-05-01",
      expiryDate: "2027-04-30",
      term: "12 months",
    },
  },
];
