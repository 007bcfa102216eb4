import type { UnseenDocument } from "../unseen/types";

/** Tuning set v17: deeds, variations and amendments whose parties hide among borrowers, trustees, agents, witnesses and former counterparties. */
export const DEEDS_AND_AMENDMENTS_PARTIES_V17: UnseenDocument[] = [
  {
    id: "v17-c-ew-deed-of-guarantee",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF GUARANTEE AND INDEMNITY
THIS DEED is made on 12 March 2026
BETWEEN:
(1) HOLLIS & VANE GROUP PLC, a public limited company incorporated in England and Wales (registered number 03318842) whose registered office is at Vane House, 2 Temple Back, Bristol BS1 6FL (the “Guarantor”); and
(2) THORNBURY COMMERCIAL BANK PLC, a public limited company incorporated in England and Wales (registered number 00914337) acting through its office at 1 Cabot Square, London E14 4QJ (the “Lender”, which expression includes its successors in title and permitted assigns).
# BACKGROUND
(A) By a facility agreement dated 2 March 2026 between the Lender and Hollis & Vane Logistics Limited (registered number 07722910) (the “Borrower”), the Lender has agreed to make available to the Borrower a term loan facility of £12,500,000 for a term of five years (the “Facility Agreement”).
(B) The Guarantor is the holding company of the Borrower. The Borrower is not a party to this deed.
# 1. GUARANTEE
1.1 The Guarantor irrevocably and unconditionally guarantees to the Lender the punctual performance by the Borrower of all its obligations under the Facility Agreement.
1.2 The Guarantor shall pay any amount demanded under this deed within five Business Days of demand.
# 2. CONTINUING GUARANTEE
2.1 This guarantee is a continuing guarantee and will extend to the ultimate balance of sums payable by the Borrower, regardless of any intermediate payment or discharge in whole or in part.
# 3. INDEMNITY
3.1 The Guarantor shall indemnify the Lender on demand against any cost, loss or liability it incurs if any guaranteed obligation is or becomes unenforceable.
# 4. GOVERNING LAW
4.1 This deed and any non-contractual obligations arising out of or in connection with it are governed by the law of England and Wales.
===
# EXECUTION
Executed as a deed by HOLLIS & VANE GROUP PLC acting by Eleanor J. Vane, a director, in the presence of:
Witness: Samuel Okonjo, Solicitor, Clifton Ward LLP, 1 Redcliff Street, Bristol BS1 6NP
Executed as a deed by THORNBURY COMMERCIAL BANK PLC acting by its attorney Rajesh Menon under a power of attorney dated 4 January 2024, in the presence of:
Witness: Claire Dunmore, Paralegal, 1 Cabot Square, London E14 4QJ`,
    truth: {
      title: "Deed of Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Hollis & Vane Group PLC", "Thornbury Commercial Bank PLC"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-12",
    },
  },
  {
    id: "v17-c-jersey-deed-of-amendment-pcc",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF AMENDMENT
relating to an Administration Agreement dated 4 October 2021
THIS DEED is dated 30 January 2026
BETWEEN
(1) KINGSGATE PROPERTY FUND II PCC LIMITED, a protected cell company incorporated in Jersey with registered number 128844, whose registered office is at 28 Esplanade, St Helier, Jersey JE2 3QA, acting in respect of its cell Kingsgate Cell A PC (the “Fund”); and
(2) AURELIAN FUND SERVICES (JERSEY) LIMITED, a company incorporated in Jersey with registered number 99107 and regulated by the Jersey Financial Services Commission, whose registered office is at 3rd Floor, 44 Esplanade, St Helier, Jersey JE4 9WG (the “Administrator”).
# RECITALS
(A) The Fund and Sarnia Administration Limited (the “Original Administrator”) entered into an administration agreement dated 4 October 2021 for an initial term of three (3) years, which was novated to the Administrator by a deed of novation dated 1 December 2023 (as so novated, the “Administration Agreement”). The Original Administrator is not a party to this Deed.
(B) The Administration Agreement is expressed to be governed by the laws of the Island of Guernsey.
(C) The parties wish to amend the Administration Agreement as set out in this Deed.
# 1. INTERPRETATION
1.1 “Effective Date” means 1 February 2026.
# 2. AMENDMENTS
2.1 With effect from the Effective Date, Schedule 2 (Fees) of the Administration Agreement is deleted and replaced by the schedule set out in the Appendix to this Deed.
2.2 Clause 11.1 of the Administration Agreement is amended so that the notice period for termination is six (6) months instead of ninety (90) days.
2.3 Save as amended by this Deed, the Administration Agreement remains in full force and effect.
# 3. GOVERNING LAW
3.1 This Deed is governed by and shall be construed in accordance with the laws of the Island of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
===
# EXECUTION
Executed as a deed by KINGSGATE PROPERTY FUND II PCC LIMITED in respect of Kingsgate Cell A PC, acting by two directors: Philippe Le Brocq and Anna-Marie Gallichan
Executed as a deed by AURELIAN FUND SERVICES (JERSEY) LIMITED acting by its authorised signatories: Duncan Renouf and Sophie de Gruchy`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Kingsgate Property Fund II PCC Limited", "Aurelian Fund Services (Jersey) Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-02-01",
      amends: "Administration Agreement",
    },
  },
  {
    id: "v17-c-iom-deed-poll-undertaking",
    format: "txt",
    source: `# DEED POLL OF UNDERTAKING
THIS DEED POLL is made on the 18th day of February 2026 by MANX HARBOUR ESTATES LIMITED, a company incorporated in the Isle of Man with company number 014522C, whose registered office is at Peel House, 5 Athol Street, Douglas, Isle of Man IM1 1LD (the “Covenantor”)
IN FAVOUR OF each person who is from time to time the owner of a dwelling at Ramsey Bay Quay (the “Beneficiaries”) and of Ramsey Bay Residents’ Association Limited (the “Association”).
This Deed Poll is executed by the Covenantor alone. Neither the Association nor any Beneficiary is a party to it, but each of them may enforce it.
# RECITALS
(A) The Covenantor is the developer of the marina and dwellings known as Ramsey Bay Quay.
(B) The Covenantor has constructed the marina works under a building contract with Tynwald Civil Engineering Limited, which gives a defects warranty period of two years from practical completion.
# OPERATIVE PROVISIONS
1. The Covenantor undertakes to maintain the breakwater, pontoons and public walkways at Ramsey Bay Quay in good repair.
2. The Covenantor shall keep not less than £250,000 in a maintenance fund held in a designated account with Isle of Man Bank Limited and shall not draw on it except for the purposes of clause 1.
3. The Covenantor shall remedy any disrepair within twenty-eight (28) days after written notice from the Association.
4. The undertakings in this Deed Poll shall remain in force for a period of ten (10) years from the date of this Deed Poll and shall then lapse.
5. This Deed Poll is governed by the laws of the Isle of Man and the courts of the Isle of Man have exclusive jurisdiction.
IN WITNESS of which this document has been executed as a deed poll on the date first written above.
EXECUTED as a DEED POLL by MANX HARBOUR ESTATES LIMITED acting by Kerron J. Quayle, Director, and Catriona Kinvig, Secretary
in the presence of: William Corlett, Advocate, Corlett Teare & Co, 2 Finch Road, Douglas`,
    truth: {
      title: "Deed Poll of Undertaking",
      documentType: "Deed",
      parties: ["Manx Harbour Estates Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-02-18",
      expiryDate: "2036-02-18",
      term: "10 years",
    },
  },
  {
    id: "v17-c-ca-second-amendment-loan",
    format: "pdf",
    source: `# SECOND AMENDMENT TO LOAN AND SECURITY AGREEMENT
This SECOND AMENDMENT TO LOAN AND SECURITY AGREEMENT (this “Amendment”) is entered into as of September 30, 2026, by and among REDWOOD VALLEY CAPITAL, LLC, a Delaware limited liability company (“Lender”), SIERRA FOOTHILL BREWING CO., a California corporation (“Sierra Brewing”), and SIERRA FOOTHILL TAPROOM, LLC, a California limited liability company (“Taproom” and, together with Sierra Brewing, each a “Borrower” and collectively, “Borrowers”).
# RECITALS
A. Lender and Borrowers are parties to that certain Loan and Security Agreement dated as of March 14, 2024 (as amended by that certain First Amendment to Loan and Security Agreement dated as of June 1, 2025, the “Loan Agreement”), under which Lender made a term loan to Borrowers maturing on March 14, 2029.
B. The proceeds of the term loan were used to repay in full the indebtedness of Borrowers to Golden Poppy Bank, N.A., which has no further interest in the Collateral and is not a party to this Amendment.
C. Borrowers have requested that Lender modify the financial covenants in the Loan Agreement, and Lender is willing to do so on the terms of this Amendment.
# AGREEMENT
1. Amendment to Section 7.12. Section 7.12 of the Loan Agreement is amended to reduce the minimum Fixed Charge Coverage Ratio from 1.25 to 1.00 to 1.10 to 1.00 for each fiscal quarter ending on or before June 30, 2027.
2. Amendment Fee. Borrowers shall pay Lender an amendment fee of $15,000 on the date of this Amendment.
3. Reaffirmation. Except as expressly amended by this Amendment, the Loan Agreement remains unchanged and in full force and effect.
4. Governing Law. This Amendment shall be governed by and construed in accordance with the laws of the State of California.
===
IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first written above.
REDWOOD VALLEY CAPITAL, LLC
By: Redwood Valley Partners, Inc., its Manager
By: /s/ Carla M. Benedetti, Senior Vice President
SIERRA FOOTHILL BREWING CO.
By: /s/ Daniel R. Aguilar, Chief Executive Officer
SIERRA FOOTHILL TAPROOM, LLC
By: /s/ Daniel R. Aguilar, Manager
# CONSENT OF GUARANTOR
The undersigned, who is not a party to this Amendment, consents to its terms and confirms that his Continuing Guaranty dated March 14, 2024 remains in full force and effect.
/s/ Daniel R. Aguilar, individually`,
    truth: {
      title: "Second Amendment to Loan and Security Agreement",
      documentType: "Amendment",
      parties: ["Redwood Valley Capital, LLC", "Sierra Foothill Brewing Co.", "Sierra Foothill Taproom, LLC"],
      governingLaw: "California",
      effectiveDate: "2026-09-30",
      amends: "Loan and Security Agreement",
    },
  },
  {
    id: "v17-c-scot-minute-variation-firm",
    format: "docx",
    source: `# MINUTE OF VARIATION OF LEASE
between
ORCADIAN LAND & HARBOUR COMPANY LIMITED, incorporated under the Companies Acts (Registered Number SC301774) and having its Registered Office at Harbour Offices, Shore Street, Kirkwall, Orkney KW15 1LG (“the Landlords”)
and
MUIR & BAXTER, a firm having its principal place of business at 7 Victoria Street, Stromness, Orkney KW16 3AA and trading as “The Stromness Chandlery”, and GORDON MUIR and ELSPETH ANNE BAXTER, both residing at Ness Road, Stromness, the whole partners of that firm, as such partners and as individuals (together “the Tenants”)
CONSIDERING THAT:
(One) By Lease between the Landlords and the Tenants dated 14 and 21 May 2019 and registered in the Books of Council and Session on 3 June 2019 (“the Lease”), the Landlords let the shop premises at 7 Victoria Street, Stromness to the Tenants for a period of fifteen years from Whitsunday (28 May) 2019;
(Two) Rendall & Flett, Chartered Surveyors, Kirkwall, have acted for the Landlords in negotiating this variation and are not parties to it; and
(Three) The Landlords and the Tenants have agreed to vary the Lease as follows:
NOW THEREFORE the parties agree that with effect from 28 November 2026 (“the Variation Date”):
1. Rent: The rent payable under the Lease shall be £18,400 per annum, payable quarterly in advance on the usual quarter days.
2. Use: Clause 5 of the Lease is varied to permit use of the premises as a chandlery and café.
3. Rent Review: The next rent review date shall be 28 May 2029.
4. Continuation: Save as varied by this Minute, the Lease shall continue in full force and effect.
5. Law: This Minute of Variation shall be governed by the law of Scotland.
IN WITNESS WHEREOF these presents are executed as follows:
Subscribed for and on behalf of ORCADIAN LAND & HARBOUR COMPANY LIMITED by Magnus Linklater, Director, at Kirkwall on 10 November 2026 before this witness: Ingrid Flett, Surveyor, Kirkwall
Subscribed for and on behalf of MUIR & BAXTER, and as an individual, by GORDON MUIR, Partner, at Stromness on 17 November 2026 before this witness: Sandy Drever, Stromness
Subscribed for and on behalf of MUIR & BAXTER, and as an individual, by ELSPETH ANNE BAXTER, Partner, at Stromness on 17 November 2026 before this witness: Sandy Drever, Stromness`,
    truth: {
      title: "Minute of Variation of Lease",
      documentType: "Amendment",
      parties: ["Orcadian Land & Harbour Company Limited", "Muir & Baxter", "Gordon Muir", "Elspeth Anne Baxter"],
      governingLaw: "Scotland",
      effectiveDate: "2026-11-28",
      amends: "Lease",
    },
  },
  {
    id: "v17-c-ni-deed-of-covenant-three-parts",
    format: "pdf",
    source: `# DEED OF COVENANT
THIS DEED OF COVENANT is made this fourth day of March Two Thousand and Twenty-Six
BETWEEN
ROBERT IAN McALLISTER and SIOBHAN MARY McALLISTER, both of 22 Malone Park, Belfast BT9 6NJ (together “the Covenantors”) of the first part;
LAGAN VALLEY MANAGEMENT COMPANY LIMITED (Company No. NI612398), whose registered office is at Unit 3, Lisburn Square, Lisburn, County Antrim BT28 1AG (“the Management Company”) of the second part; and
BELFAST RIVERSIDE HOMES LIMITED (Company No. NI055781), whose registered office is at 40 Laganbank Road, Belfast BT1 3LR (“the Developer”) of the third part.
WHEREAS:
(A) By a Lease dated 9 September 2011 made between the Developer of the one part and Thomas Gerard Quinn of the other part, Apartment 14, Riverside Quay, Belfast (“the Apartment”) was demised for a term of 999 years from 1 January 2011 (“the Lease”).
(B) By an Assignment dated 27 February 2026 the Lease was assigned by the said Thomas Gerard Quinn to the Covenantors. Thomas Gerard Quinn is not a party to this Deed.
(C) Clause 4.2 of the Lease requires every assignee to enter into a deed of covenant with the Management Company and the Developer.
NOW THIS DEED WITNESSETH as follows:
1. The Covenantors jointly and severally covenant with the Management Company and with the Developer to observe and perform the covenants on the part of the lessee contained in the Lease for so long as they hold the Apartment.
2. The Covenantors shall pay the service charge to the Management Company by standing order to its account with Northern Commercial Bank Limited, Belfast, within fourteen (14) days of each demand.
3. This Deed shall be governed by and construed in accordance with the law of Northern Ireland.
IN WITNESS whereof the parties have executed this Deed the day and year first herein written.
SIGNED SEALED AND DELIVERED by ROBERT IAN McALLISTER in the presence of: Ciaran P. Devlin, Solicitor, Devlin & O’Hare, Belfast
SIGNED SEALED AND DELIVERED by SIOBHAN MARY McALLISTER in the presence of: Ciaran P. Devlin, Solicitor, Devlin & O’Hare, Belfast
PRESENT when the Common Seal of LAGAN VALLEY MANAGEMENT COMPANY LIMITED was affixed: Niamh Corr, Director; Declan Rooney, Secretary
EXECUTED as a deed by BELFAST RIVERSIDE HOMES LIMITED acting by Martin J. Kerr, Director, in the presence of: Aoife Lennon, Belfast`,
    truth: {
      title: "Deed of Covenant",
      documentType: "Deed",
      parties: ["Robert Ian McAllister", "Siobhan Mary McAllister", "Lagan Valley Management Company Limited", "Belfast Riverside Homes Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-03-04",
    },
  },
  {
    id: "v17-c-nz-variation-letter",
    format: "txt",
    source: `TE AWA FRESH PRODUCE LIMITED
Company number 1934772 | 58 Pakowhai Road, Hastings 4122, New Zealand
22 June 2026
Southern Cross Grocers (NZ) Limited
Level 4, 150 Great South Road, Penrose, Auckland 1061
Attention: Mr Hemi Walker, Procurement Director
Dear Hemi
# Variation of Supply Agreement
We refer to the supply agreement dated 1 August 2024 between Te Awa Fresh Produce Limited and Southern Cross Grocers (NZ) Limited (the Supply Agreement), which runs for a term of three years from 1 August 2024, and to your letter of 3 June 2026 asking us to change the delivery arrangements.
We confirm that the Supply Agreement is varied as follows:
1. Deliveries will be made to your Wiri distribution centre instead of your Penrose store network.
2. Produce will be packed for us by Hawke's Bay Packhouse Co-operative Limited. The packhouse acts as our contractor only and is not a party to the Supply Agreement or to this letter.
3. Invoices will be payable on the 20th of the month following delivery.
This variation takes effect on and from the date of this letter. All other terms of the Supply Agreement, including its term, remain unchanged.
This letter is not a variation of any agreement with Southern Cross Grocers Group Limited or any other member of your group.
This letter is governed by the laws of New Zealand.
Please sign and return a copy of this letter to confirm your agreement.
Yours sincerely
Aroha Ngata
Chief Executive, for and on behalf of Te Awa Fresh Produce Limited
Agreed for and on behalf of Southern Cross Grocers (NZ) Limited
Hemi Walker, Procurement Director
Date: 25 June 2026`,
    truth: {
      title: "Variation of Supply Agreement",
      documentType: "Amendment",
      parties: ["Te Awa Fresh Produce Limited", "Southern Cross Grocers (NZ) Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-06-22",
      amends: "Supply Agreement",
    },
  },
  {
    id: "v17-c-za-addendum-cover-page",
    format: "pdf",
    pageFooters: true,
    source: `# ADDENDUM NO. 2 TO THE MASTER SERVICES AGREEMENT
entered into by and between
KAGISO DIGITAL INFRASTRUCTURE (PTY) LTD
(Registration Number: 2014/118302/07)
(“Kagiso”)
and
UMHLANGA DATA CENTRES AND HOSTING (RF) PROPRIETARY LIMITED
(Registration Number: 2017/402611/07)
(“the Service Provider”)
===
# 1. INTRODUCTION
1.1 Kagiso and the Service Provider concluded a master services agreement on 1 March 2023 for an initial period of thirty-six (36) months (“the Agreement”), which was amended by Addendum No. 1 dated 14 February 2025.
1.2 Kagiso procures the services for itself and for its holding company, Kagiso Tech Holdings Limited, which is not a party to this Addendum and acquires no rights under it.
1.3 The parties wish to amend the Agreement on the terms of this Addendum.
# 2. DEFINITIONS
2.1 “Addendum Effective Date” means 1 August 2026.
# 3. AMENDMENTS
3.1 With effect from the Addendum Effective Date, Annexure B (Service Levels) to the Agreement is replaced with the annexure attached to this Addendum.
3.2 Service credits shall be paid within thirty (30) days after the end of the month in which they accrue.
3.3 Save as set out in this Addendum, the Agreement remains unchanged.
# 4. GOVERNING LAW
4.1 This Addendum shall be governed by and interpreted in accordance with the laws of the Republic of South Africa.
# 5. SIGNATURE
Signed at Johannesburg on this 21st day of July 2026.
For: KAGISO DIGITAL INFRASTRUCTURE (PTY) LTD
Name: Thabo M. Nkosi, Capacity: Chief Financial Officer, who warrants that he is duly authorised
As witness: Lerato Dube
Signed at Durban on this 24th day of July 2026.
For: UMHLANGA DATA CENTRES AND HOSTING (RF) PROPRIETARY LIMITED
Name: Priya Govender, Capacity: Managing Director, who warrants that she is duly authorised
As witness: Sipho Mthembu`,
    truth: {
      title: "Addendum No. 2 to the Master Services Agreement",
      documentType: "Amendment",
      parties: ["Kagiso Digital Infrastructure (Pty) Ltd", "Umhlanga Data Centres and Hosting (RF) Proprietary Limited"],
      governingLaw: "South Africa",
      effectiveDate: "2026-08-01",
      amends: "Master Services Agreement",
    },
  },
];
