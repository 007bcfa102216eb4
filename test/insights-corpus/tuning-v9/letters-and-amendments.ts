import type { UnseenDocument } from "../unseen/types";

/** Tuning set v9: side, comfort, consent and extension letters, and amending documents of several kinds. */
export const LETTERS_AND_AMENDMENTS_V9: UnseenDocument[] = [
  {
    id: "v9-letters-side-letter-difc",
    format: "pdf",
    pageFooters: true,
    source: `FALCON CREEK CAPITAL LIMITED
Unit 502, Level 5, Gate Village Building 3, Dubai International Financial Centre, PO Box 507211, Dubai, United Arab Emirates
Registered in the DIFC with registration number CL4471
12 February 2026
By email and courier
The Directors
Oasis Data Centres FZ-LLC
Building 14, Dubai Internet City, Dubai, United Arab Emirates
Dear Sirs
# SIDE LETTER
Master Services Agreement dated 2 February 2026 between Falcon Creek Capital Limited and Oasis Data Centres FZ-LLC (the "Agreement")
1. We refer to the Agreement. Terms defined in the Agreement have the same meanings in this letter.
2. The Agreement has an initial term of five (5) years from 2 February 2026 and is governed by the laws of the Emirate of Dubai and the federal laws of the United Arab Emirates. Nothing in this letter changes either of those provisions.
3. This letter records the following arrangements, which are supplemental to, and do not amend or vary, the Agreement:
(a) you will hold a service review meeting with us in each calendar quarter and provide the Service Level report ten (10) Business Days before it;
(b) you will give us not less than ninety (90) days' notice of any planned relocation of the Hosted Equipment to another data hall; and
(c) we may, once in each Contract Year and on five (5) Business Days' notice, send up to two representatives to inspect the Facility.
4. If there is any conflict between this letter and the Agreement, the Agreement prevails.
5. This letter and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction.
Please countersign and return a copy of this letter to confirm your agreement.
Yours faithfully
for and on behalf of Falcon Creek Capital Limited
Rashid Al Mansoori, Director
===
Countersignature
We acknowledge and agree to the terms of this letter.
for and on behalf of Oasis Data Centres FZ-LLC
Priya Raman, General Manager
Date: 19 February 2026`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Falcon Creek Capital Limited", "Oasis Data Centres FZ-LLC"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-02-12",
    },
  },
  {
    id: "v9-letters-comfort-letter-kuala-lumpur",
    format: "txt",
    source: `TANJUNG RESOURCES BERHAD
Registration No. 199501012345 (334455-K)
Level 21, Menara Tanjung, Jalan Sultan Ismail, 50250 Kuala Lumpur, Malaysia
5th March 2026
Bank Pelangi Berhad
Menara Pelangi, 168 Jalan Ampang, 50450 Kuala Lumpur
Attention: Head, Corporate Banking
Dear Sirs,
We refer to the term loan facility of RM50,000,000 granted by you to our wholly-owned subsidiary, Tanjung Marine Sdn. Bhd. (the "Borrower"), under a facility agreement dated 20 February 2026 with a tenor of seven (7) years from the first drawdown date (the "Facility").
We confirm that we are aware of the Facility and of its terms, and that we have approved the Borrower entering into it.
It is our present policy to maintain our entire shareholding in the Borrower while any amount remains outstanding under the Facility, and to ensure that the Borrower is managed so as to be able to meet its financial obligations as they fall due.
If we propose to change that policy, we will notify you not less than thirty (30) days beforehand.
This letter is given to you for information only. It is not, and shall not be construed as, a guarantee or an indemnity, and it does not create any legally binding obligation on us to pay any amount owed by the Borrower.
This letter shall be governed by and construed in accordance with the laws of Malaysia.
Yours faithfully,
for and on behalf of
TANJUNG RESOURCES BERHAD
Dato' Faizal bin Rahman
Group Managing Director`,
    truth: {
      title: "Letter",
      documentType: "Letter",
      parties: ["Tanjung Resources Berhad", "Bank Pelangi Berhad"],
      governingLaw: "Malaysia",
      effectiveDate: "2026-03-05",
    },
  },
  {
    id: "v9-letters-consent-change-of-control-hong-kong",
    format: "docx",
    storedPageCount: 2,
    source: `VICTORIA HARBOUR PROPERTIES LIMITED
28/F, One Harbour View, 1 Connaught Road Central, Hong Kong
8 April 2026
Lantern Tea House Limited
Shop 3, G/F, Harbour Arcade, 55 Wellington Street, Central, Hong Kong
Attention: Mr. Edmund Ho, Director
Dear Sirs,
# Consent to Change of Control
Re: Tenancy Agreement of Shop 3, G/F, Harbour Arcade dated 1 April 2023 (the "Lease")
1. We refer to your letter of 24 March 2026 informing us that Jade Leaf Group Limited proposes to acquire the entire issued share capital of Lantern Tea House Limited (the "Change of Control").
2. Clause 6.9 of the Lease treats a change in the control of the Tenant as an assignment requiring our prior written consent.
3. We, as Landlord, consent to the Change of Control, on condition that you pay our legal costs of HK$18,000 within fourteen (14) days of the date of this letter.
4. This consent does not affect the term of the Lease, which remains six (6) years from 1 April 2023, or the rent review on 1 April 2026, and the Lease otherwise continues in full force.
5. This consent applies only to the Change of Control and is not a consent to any other dealing with the Lease.
6. This letter is governed by the laws of the Hong Kong Special Administrative Region.
===
Yours faithfully,
For and on behalf of
Victoria Harbour Properties Limited
Stella Cheng, Leasing Director
Agreed and accepted:
For and on behalf of Lantern Tea House Limited
Edmund Ho, Director
Date: 15 April 2026`,
    truth: {
      title: "Consent to Change of Control",
      documentType: "Letter",
      parties: ["Victoria Harbour Properties Limited", "Lantern Tea House Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-04-08",
    },
  },
  {
    id: "v9-letters-extension-long-stop-belfast",
    format: "txt",
    source: `Mourne Dairy Holdings Limited
Registered in Northern Ireland, number NI654321
Unit 7, Boucher Business Park, Belfast BT12 6HR
27 April 2026
Mr Ciaran O'Neill
14 Malone Park, Belfast BT9 6NJ
Dear Ciaran
# Extension of Long Stop Date
We refer to the share purchase agreement dated 16 January 2026 between you and us relating to the entire issued share capital of Lagan Valley Creameries Limited (the "Share Purchase Agreement").
Under clause 4.4 of the Share Purchase Agreement, either of us may terminate it if the Conditions have not been satisfied by 30 April 2026 (the "Long Stop Date"). The merger control clearance has not yet been obtained.
We propose, and by countersigning this letter you agree, that the Long Stop Date is extended to 31 July 2026, and clause 4.4 of the Share Purchase Agreement is amended accordingly.
This letter is a variation of the Share Purchase Agreement made in accordance with clause 21 (Variation). Except as varied by this letter, the Share Purchase Agreement continues in full force and effect.
This letter is governed by the law of Northern Ireland.
Yours sincerely
Fergal Quinn, Director, for and on behalf of Mourne Dairy Holdings Limited
I agree to the extension of the Long Stop Date on the terms of this letter.
Signed: Ciaran O'Neill
Date: 28 April 2026`,
    truth: {
      title: "Extension of Long Stop Date",
      documentType: "Amendment",
      parties: ["Mourne Dairy Holdings Limited", "Ciaran O'Neill"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-04-27",
      amends: "Share Purchase Agreement",
    },
  },
  {
    id: "v9-letters-addendum-colorado-license",
    format: "docx",
    source: `# ADDENDUM NO. 1 TO SOFTWARE LICENSE AGREEMENT
This Addendum No. 1 (this "Addendum") is entered into effective as of April 1, 2026 (the "Addendum Effective Date") by and between Front Range Route Planning, Inc., a Colorado corporation ("Licensor"), and High Plains Freight Cooperative, a Colorado cooperative association ("Licensee").
# RECITALS
WHEREAS, Licensor and Licensee are parties to that certain Software License Agreement dated September 15, 2024 (the "Agreement"), which has an initial term of three (3) years commencing on September 15, 2024 and renews automatically for successive one (1) year periods unless either party gives ninety (90) days' notice of non-renewal; and
WHEREAS, Licensee wishes to license Licensor's Fleet Telematics Module in addition to the Licensed Software;
NOW, THEREFORE, the parties agree as follows:
1. Additional Module. With effect from the Addendum Effective Date, the definition of "Licensed Software" in Section 1 of the Agreement is amended to include the Fleet Telematics Module described in Exhibit A to this Addendum.
2. Fees. Licensee shall pay an additional annual license fee of $42,000 for the Fleet Telematics Module, invoiced annually in advance and payable net thirty (30) days.
3. Warranty. Licensor warrants that the Fleet Telematics Module will perform materially in accordance with its documentation for ninety (90) days after delivery.
4. Term Unchanged. Nothing in this Addendum extends or otherwise changes the Term of the Agreement.
5. Effect. Except as expressly modified by this Addendum, the Agreement remains unchanged and in full force and effect.
6. Governing Law. This Addendum shall be governed by the laws of the State of Colorado.
IN WITNESS WHEREOF, the parties have executed this Addendum as of the Addendum Effective Date.
FRONT RANGE ROUTE PLANNING, INC.
By: Kevin Marsh, Chief Executive Officer
Date: March 27, 2026
HIGH PLAINS FREIGHT COOPERATIVE
By: Linda Ostrowski, General Manager
Date: March 30, 2026`,
    truth: {
      title: "Addendum No. 1 to Software License Agreement",
      documentType: "Amendment",
      parties: ["Front Range Route Planning, Inc.", "High Plains Freight Cooperative"],
      governingLaw: "Colorado",
      effectiveDate: "2026-04-01",
      amends: "Software License Agreement",
    },
  },
  {
    id: "v9-letters-minute-of-variation-glasgow",
    format: "pdf",
    source: `# MINUTE OF VARIATION
between
CALEDONIAN ESTATES (GLASGOW) LIMITED, incorporated under the Companies Acts (Registered Number SC412233) and having its Registered Office at 150 St Vincent Street, Glasgow G2 5NE (hereinafter referred to as "the Landlords")
and
MACLEOD FRASER LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (Registered Number SO305512) and having its Registered Office at 9 Blythswood Square, Glasgow G2 4AD (hereinafter referred to as "the Tenants")
CONSIDERING THAT:
(One) by Lease between the Landlords and the Tenants dated 12 and 14 November 2019 and registered in the Books of Council and Session on 19 November 2019 (the "Lease"), the Landlords let to the Tenants the second floor office premises at 200 West George Street, Glasgow for a period of ten years from and after 28 November 2019;
(Two) the Landlords and the Tenants have agreed to vary the Lease as set out in this Minute of Variation;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. In this Minute of Variation, "the Effective Date" means 1 February 2026.
2. With effect from the Effective Date, Clause 3.1 (Use) of the Lease is deleted and replaced with: "The Premises shall be used as offices and as a training centre for professional education."
3. With effect from the Effective Date, the Tenants may terminate the Lease on 28 November 2027 by giving the Landlords not less than six months' prior written notice.
4. The rent and the rent review on 28 November 2026 are not affected by this Minute of Variation.
5. Save as varied by this Minute of Variation, the Lease shall remain in full force and effect.
6. This Minute of Variation shall be governed by and construed in accordance with the Law of Scotland.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
They are subscribed for and on behalf of the Landlords at Glasgow on 14 January 2026 by Morag Sinclair, Director, before this witness, Iain Baird, Solicitor, Glasgow
They are subscribed for and on behalf of the Tenants at Edinburgh on the twentieth day of January Two thousand and twenty six by Euan Macleod, Member, before this witness, Kirsty Reid, Trainee Solicitor, Edinburgh`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Caledonian Estates (Glasgow) Limited", "Macleod Fraser LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-01",
      amends: "Lease",
    },
  },
  {
    id: "v9-letters-deed-of-amendment-isle-of-man",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF AMENDMENT
THIS DEED OF AMENDMENT is made on the 30th day of April 2026
BETWEEN:
(1) MANNIN YACHT FINANCE LIMITED, a company incorporated in the Isle of Man with company number 009876C, whose registered office is at 2 Athol Street, Douglas, Isle of Man IM1 1JA (the "Lender");
(2) LAXEY BAY CHARTERS LIMITED, a company incorporated in the Isle of Man with company number 134567C, whose registered office is at Harbour Road, Laxey, Isle of Man IM4 7DA (the "Borrower"); and
(3) RAMSEY FIDUCIARY SERVICES LIMITED, a company incorporated in the Isle of Man with company number 055443C, in its capacity as trustee of the Kermode Family Trust (the "Guarantor").
# RECITALS
(A) The Lender and the Borrower are parties to a Loan Agreement dated 2 November 2023 (the "Loan Agreement") under which the Lender made available a term loan of £2,400,000, repayable in full on the final repayment date of 2 November 2028.
(B) The Guarantor guaranteed the Borrower's obligations under a guarantee dated 2 November 2023, which is governed by English law (the "Guarantee").
(C) The parties have agreed to amend the Loan Agreement as set out in this Deed.
# OPERATIVE PROVISIONS
1. With effect from the date of this Deed, the Margin in clause 1.1 of the Loan Agreement is reduced from 3.25 per cent. per annum to 2.75 per cent. per annum.
2. With effect from the date of this Deed, Schedule 2 (Repayment Schedule) of the Loan Agreement is replaced by the schedule set out in the Schedule to this Deed, under which the Borrower repays the loan in quarterly instalments of £100,000.
3. Nothing in this Deed changes the final repayment date under the Loan Agreement.
4. The Guarantor confirms that the Guarantee extends to the obligations of the Borrower under the Loan Agreement as amended by this Deed.
5. Save as amended by this Deed, the Loan Agreement remains in full force and effect.
6. This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Isle of Man.
===
IN WITNESS of which this Deed has been executed and delivered on the date first written above.
Executed as a deed by MANNIN YACHT FINANCE LIMITED acting by Juan Corlett, Director, in the presence of Ruth Kinvig, witness
Executed as a deed by LAXEY BAY CHARTERS LIMITED acting by Paul Quayle, Director, in the presence of Ruth Kinvig, witness
Executed as a deed by RAMSEY FIDUCIARY SERVICES LIMITED as trustee of the Kermode Family Trust acting by two authorised signatories, Helen Cregeen and Mark Skillicorn`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Mannin Yacht Finance Limited", "Laxey Bay Charters Limited", "Ramsey Fiduciary Services Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-04-30",
      amends: "Loan Agreement",
    },
  },
  {
    id: "v9-letters-amendment-restatement-london",
    format: "pdf",
    pageFooters: true,
    source: `DATED 30 June 2026
(1) THAMES VALLEY LOGISTICS LIMITED as Borrower
(2) THAMES VALLEY HOLDINGS LIMITED as Original Guarantor
(3) NORTHGATE BANK PLC as Lender
# AMENDMENT AND RESTATEMENT AGREEMENT
relating to a Facility Agreement dated 15 March 2023 for a £12,000,000 term loan facility
===
THIS AGREEMENT is dated 30 June 2026 and is made BETWEEN:
(1) THAMES VALLEY LOGISTICS LIMITED, a company incorporated in England and Wales with registered number 08812345 (the "Borrower");
(2) THAMES VALLEY HOLDINGS LIMITED, a company incorporated in England and Wales with registered number 08812001 (the "Original Guarantor"); and
(3) NORTHGATE BANK PLC, a company incorporated in England and Wales with registered number 00998877 (the "Lender").
# 1. DEFINITIONS
"Effective Date" means 1 July 2026.
"Original Facility Agreement" means the Facility Agreement dated 15 March 2023 between the Borrower, the Original Guarantor and the Lender.
"Restated Facility Agreement" means the Original Facility Agreement as amended and restated by this Agreement in the form set out in Schedule 2.
# 2. AMENDMENT AND RESTATEMENT
2.1 With effect from the Effective Date, the Original Facility Agreement shall be amended and restated so that it reads as set out in Schedule 2.
2.2 The Lender's obligations under clause 2.1 are subject to receipt of the documents listed in Schedule 1 no later than 15 business days after the date of this Agreement.
# 3. CONTINUING OBLIGATIONS
3.1 The Original Guarantor confirms that its guarantee in clause 17 of the Original Facility Agreement continues in full force and extends to the Restated Facility Agreement.
# 4. GOVERNING LAW
4.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law.
# SCHEDULE 2 – RESTATED FACILITY AGREEMENT
"Termination Date" means 15 March 2030, being the date falling seven years after the date of the Original Facility Agreement.
"Availability Period" means the period from and including the Effective Date to and including 31 December 2026.
Interest Periods shall be three (3) months, and each prepayment requires not less than ten (10) Business Days' prior notice.
===
Signed by Helen Carter, Director, for THAMES VALLEY LOGISTICS LIMITED
Signed by Helen Carter, Director, for THAMES VALLEY HOLDINGS LIMITED
Signed by Oliver Grant, Authorised Signatory, for NORTHGATE BANK PLC`,
    truth: {
      title: "Amendment and Restatement Agreement",
      documentType: "Amendment",
      parties: ["Thames Valley Logistics Limited", "Thames Valley Holdings Limited", "Northgate Bank plc"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-07-01",
      amends: "Facility Agreement",
      expiryDate: "2030-03-15",
    },
  },
];
