import type { UnseenDocument } from "../unseen/types";

/** Tuning set v21: disputes and their settlement (settlement agreements, releases, tolling and standstill, notices, consent orders). */
export const DISPUTES_V21: UnseenDocument[] = [
  {
    id: "v21-disputes-standstill-cover-page",
    format: "pdf",
    pageFooters: true,
    source: `# STANDSTILL AGREEMENT
relating to claims arising under the Design and Build Contract dated 9 September 2021 for the Kirkstall Junction Signalling Upgrade
Dated 27 March 2026
(1) NORTHGATE RAIL SYSTEMS LIMITED
(2) ASHBY-CLOUGH ENGINEERING SERVICES LLP
(3) CLOUGH HOLDINGS (UK) PLC
Fenwick Marsh LLP, 40 Park Row, Leeds LS1 5JH
===
# PARTICULARS
| Date of this Agreement | 27 March 2026 |
| Employer | Northgate Rail Systems Limited (company number 06671234), whose registered office is at 1 Canal Wharf, Leeds LS11 5PS |
| Contractor | Ashby-Clough Engineering Services LLP (registered number OC398812), whose registered office is at Unit 9, Calder Park, Wakefield WF2 7AW |
| Parent | Clough Holdings (UK) plc (company number 03318840), whose registered office is at Unit 9, Calder Park, Wakefield WF2 7AW |
| Commencement Date | 1 April 2026 |
| Standstill Period | the period from and including the Commencement Date to and including 30 September 2026 |
| Contract | the Design and Build Contract dated 9 September 2021 between the Employer and the Contractor, as amended |
# TERMS
1. This Agreement is made between the Employer, the Contractor and the Parent (each a "Party"). Terms defined in the Particulars have the same meanings in these Terms.
2. The Employer has notified the Contractor, by its letter dated 2 February 2026, of claims for delay and defective works under the Contract (the "Claims"). The Contractor disputes the Claims. The Parent guaranteed the Contractor's obligations by a parent company guarantee dated 9 September 2021 (the "PCG").
3. During the Standstill Period no Party shall issue or serve any claim form, adjudication notice or notice of arbitration in respect of the Claims or under the PCG, and no demand shall be made under the performance bond issued by Lombard Street Bank plc, which is not a party to this Agreement.
4. For the purposes of any limitation period, time shall not run during the Standstill Period. Nothing in this Agreement revives a claim that was already time-barred on the Commencement Date.
5. Any Party may bring the Standstill Period to an end early by giving not less than 28 days' written notice to the other Parties. The Standstill Period may be extended only by written agreement signed by all Parties.
6. The defects liability period under the Contract (12 months from practical completion) and the retention provisions are not affected by this Agreement.
7. Clauses 4 and 8 shall survive the end of the Standstill Period for a period of six years.
8. This Agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This Agreement has been entered into on the date stated in the Particulars.
| Signed by Helen Adaeze Okafor, Director, for and on behalf of NORTHGATE RAIL SYSTEMS LIMITED | ........................ |
| Signed by Martin Clough, Designated Member, for and on behalf of ASHBY-CLOUGH ENGINEERING SERVICES LLP | ........................ |
| Signed by Rebecca Jane Clough, Director, for and on behalf of CLOUGH HOLDINGS (UK) PLC | ........................ |`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Northgate Rail Systems Limited", "Ashby-Clough Engineering Services LLP", "Clough Holdings (UK) plc"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-01",
      expiryDate: "2026-09-30",
      term: "6 months",
    },
  },
  {
    id: "v21-disputes-tolling-second-amendment",
    format: "pdf",
    pdfMargin: 90,
    source: `# SECOND AMENDMENT TO TOLLING AGREEMENT
This Second Amendment to Tolling Agreement (this "Amendment") is made and entered into as of the 3rd day of March, 2026 (the "Amendment Effective Date"), by and among Brightwater Capital Partners II, L.P., a Delaware limited partnership ("Brightwater"), Meridian Fund Administration, LLC, a New York limited liability company ("Meridian"), Thomas J. O'Halloran, an individual residing in Westchester County, New York ("O'Halloran"), and Meridian Fund Services (Cayman) Ltd., an exempted company incorporated in the Cayman Islands ("Meridian Cayman"). Brightwater, Meridian, O'Halloran and Meridian Cayman are each a "Party".
# RECITALS
WHEREAS, Brightwater, Meridian and O'Halloran entered into that certain Tolling Agreement dated as of September 15, 2025 (the "Original Agreement"), as amended by the First Amendment to Tolling Agreement dated as of December 1, 2025 (the Original Agreement as so amended, the "Tolling Agreement");
WHEREAS, under the Tolling Agreement the Tolling Period commenced on September 15, 2025 and continues until March 31, 2026, and thereafter renews automatically for successive periods of ninety (90) days unless a party gives not less than thirty (30) days' written notice of termination;
WHEREAS, the Covered Claims arise out of the Fund Administration Agreement dated June 1, 2019 between Brightwater and Meridian, which is governed by the laws of the State of Delaware; and
WHEREAS, the Parties wish to add Meridian Cayman as a party to the Tolling Agreement and to extend the Covered Claims to the 2024 fiscal year, and to make no other change.
NOW, THEREFORE, in consideration of the mutual covenants herein, the Parties agree as follows:
1. Joinder. With effect from the Amendment Effective Date, Meridian Cayman becomes a party to the Tolling Agreement as a "Potential Defendant" and is bound by its terms as if it were an original signatory.
2. Covered Claims. In Section 1 of the Tolling Agreement, the words "for the fiscal years 2021 through 2023" are deleted and replaced with "for the fiscal years 2021 through 2024".
3. Notices. The notice address for Brightwater in Section 9 of the Tolling Agreement is replaced with: 200 Park Avenue, Suite 1710, New York, NY 10166, Attention: General Counsel, with a copy (which shall not constitute notice) to Kessler, Ames & Rourke LLP.
4. No Other Changes. Except as expressly set forth herein, the Tolling Agreement, including the Tolling Period and its renewal provisions, remains unmodified and in full force and effect.
5. Governing Law. This Amendment shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.
6. Counterparts. This Amendment may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
IN WITNESS WHEREOF, the Parties have executed this Amendment as of the Amendment Effective Date.
BRIGHTWATER CAPITAL PARTNERS II, L.P., by Brightwater GP, LLC, its general partner
By: ______________________ Name: Sandra Whitcombe Title: Managing Member
MERIDIAN FUND ADMINISTRATION, LLC
By: ______________________ Name: Rajiv Menon Title: Chief Executive Officer
______________________ THOMAS J. O'HALLORAN
MERIDIAN FUND SERVICES (CAYMAN) LTD.
By: ______________________ Name: Claire Ebanks Title: Director`,
    truth: {
      title: "Second Amendment to Tolling Agreement",
      documentType: "Amendment",
      parties: ["Brightwater Capital Partners II, L.P.", "Meridian Fund Administration, LLC", "Thomas J. O'Halloran", "Meridian Fund Services (Cayman) Ltd."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      amends: "Tolling Agreement",
    },
  },
  {
    id: "v21-disputes-scottish-minute-of-agreement",
    format: "docx",
    storedPageCount: 2,
    source: `# MINUTE OF AGREEMENT
relating to the settlement of the action at Perth Sheriff Court, court reference PER-A45-25
between
STRATHEARN HOMES (PERTH) LIMITED, incorporated under the Companies Acts (registered number SC512207) and having its registered office at 14 Atholl Crescent, Perth PH1 5NG ("the Developer")
and
MORAG ELSPETH DUNCAN and IAIN ROBERT DUNCAN, spouses, both residing together at Ardbeg Cottage, 3 Kinnoull Brae, Perth PH2 7DQ ("the Owners")
CONSIDERING THAT:
(A) the Developer built the dwellinghouse known as Ardbeg Cottage, 3 Kinnoull Brae, Perth ("the Property"), which the Owners purchased from the Developer by disposition registered in the Land Register of Scotland on 22 August 2022;
(B) the Owners raised an action against the Developer in the Sheriff Court of Tayside, Central and Fife at Perth ("the Action") for damages in respect of alleged defects in the roof and drainage of the Property, which the Developer denies;
(C) the parties have agreed to settle the Action on the terms of this Minute of Agreement;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. In this Minute of Agreement "the Effective Date" means the date on which this Minute of Agreement is subscribed by the last of the parties to subscribe it, as shown in the testing clause.
2. The Developer shall pay to the Owners the sum of THIRTY-EIGHT THOUSAND FIVE HUNDRED POUNDS (£38,500) sterling in full and final settlement of the Action within 21 days after the Effective Date.
3. The Developer shall carry out the remedial works described in the Schedule within six months after the Effective Date, and shall make good any defect in those works which appears and is notified to it within 12 months after their completion.
4. Within 14 days after receipt of the payment under clause 2 the Owners shall instruct their solicitors, Lindores Bain WS, to lodge a Joint Minute in the Action seeking decree of absolvitor, with no expenses due to or by either party.
5. The Developer's parent company, Strathearn Group Holdings Limited, and the Developer's insurers are not parties to this Minute of Agreement and undertake no obligation under it.
6. The parties shall keep the terms of this Minute of Agreement confidential, save as required by law.
7. This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the exclusive jurisdiction of the Scottish courts.
8. The parties consent to the registration of this Minute of Agreement and of any certificate issued under it for preservation and execution.
IN WITNESS WHEREOF these presents consisting of this and the following page are subscribed as follows:
===
subscribed for and on behalf of STRATHEARN HOMES (PERTH) LIMITED by Callum Fraser Reid, Director, at Perth on 11 February 2026 in the presence of Eilidh Mairi Ross, 8 Tay Street, Perth, witness
subscribed by MORAG ELSPETH DUNCAN at Perth on 16 February 2026 in the presence of Graham Lindores, Solicitor, 2 Charlotte Place, Perth, witness
subscribed by IAIN ROBERT DUNCAN at Perth on 16 February 2026 in the presence of Graham Lindores, Solicitor, 2 Charlotte Place, Perth, witness
# SCHEDULE
Remedial Works
1. Strip and relay the rear roof pitch using the original slates where sound, renewing the sarking felt and lead flashings.
2. Excavate and replace the surface water drain between the rear elevation and the soakaway, and carry out a CCTV survey on completion.`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Settlement agreement",
      parties: ["Strathearn Homes (Perth) Limited", "Morag Elspeth Duncan", "Iain Robert Duncan"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-16",
    },
  },
  {
    id: "v21-disputes-notice-of-dispute-kenya",
    format: "txt",
    source: `SAVANNA CREST DEVELOPERS LIMITED
7th Floor, Upper Hill Chambers, Ngong Road | P.O. Box 40512-00100, Nairobi, Kenya
Our Ref: SCD/LEG/041/26
Your Ref: RVB/SCD/2025/118
20th May 2026
BY HAND AND BY EMAIL
The Managing Director
Rift Valley Builders & Civil Engineering Co. Limited
Plot 2/117, Enterprise Road, Industrial Area
P.O. Box 18811-00500, Nairobi
Copy to: Eng. Peter Kamau Njoroge, the Engineer, Mwangaza Consulting Engineers LLP
Copy to: Wanjiru, Achieng & Company Advocates
# NOTICE OF DISPUTE
Dear Sirs,
Contract for the Construction of Phase II, Kilimani Heights Apartments, dated 14th July 2023 (the "Contract")
1. We refer to the Contract between Savanna Crest Developers Limited (the "Employer") and Rift Valley Builders & Civil Engineering Co. Limited (the "Contractor"), to your letters dated 3rd April 2026 and 28th April 2026, and to the Engineer's determination dated 30th April 2026 granting the Contractor an extension of the Time for Completion of 120 days.
2. The Time for Completion under the Contract was twenty-four (24) months from the Commencement Date of 1st September 2023. The Employer does not accept that the Contractor is entitled to any extension of time.
3. Pursuant to Sub-Clause 21.4 of the Conditions of Contract, the Employer hereby gives notice that it is dissatisfied with, and disputes, the Engineer's determination in its entirety (the "Dispute").
4. The Employer intends to refer the Dispute to the Dispute Avoidance/Adjudication Board within forty-two (42) days of the date of this Notice, as the Contract requires.
5. Pending resolution of the Dispute, the Employer will continue to deduct delay damages at the rate stated in the Contract Data, and reserves its right to give fourteen (14) days' notice of termination under Sub-Clause 15.2.
6. This Notice is given without prejudice to any other rights or remedies of the Employer, all of which are expressly reserved.
Yours faithfully,
For and on behalf of SAVANNA CREST DEVELOPERS LIMITED
Grace Wambui Otieno
Director`,
    truth: {
      title: "Notice of Dispute",
      documentType: "Notice",
      parties: ["Savanna Crest Developers Limited", "Rift Valley Builders & Civil Engineering Co. Limited"],
      effectiveDate: "2026-05-20",
    },
  },
  {
    id: "v21-disputes-consent-order-hong-kong",
    format: "pdf",
    pageFooters: true,
    source: `HCA 1873/2025
IN THE HIGH COURT OF THE HONG KONG SPECIAL ADMINISTRATIVE REGION
COURT OF FIRST INSTANCE
ACTION NO. 1873 OF 2025
BETWEEN
| LUCKY HARBOUR TRADING COMPANY LIMITED | Plaintiff |
and
| SINO-PACIFIC GARMENTS (HK) LIMITED | 1st Defendant |
| CHAN TAI-MAN, DAVID | 2nd Defendant |
# CONSENT ORDER
BEFORE DEPUTY REGISTRAR MS. WINNIE YIP IN CHAMBERS
UPON READING the Writ of Summons issued on 8 October 2025 and the 2nd Defendant's Defence and Counterclaim filed on 19 December 2025
AND UPON the parties having agreed the terms of settlement set out in the Schedule to this Order
BY CONSENT IT IS ORDERED that:
1. All further proceedings in this action, including the counterclaim, be stayed upon the terms set out in the Schedule, except for the purpose of carrying those terms into effect.
2. There be liberty to apply to the Court for the purpose of carrying those terms into effect.
3. There be no order as to costs of the action and the counterclaim, save that the costs of any application under paragraph 2 be reserved.
Dated the 22nd day of May 2026.
(Registrar)
We consent to the terms of this Order.
| Lam, Cheung & Partners, Solicitors for the Plaintiff | Hon & Ip, Solicitors for the 1st and 2nd Defendants |
===
# SCHEDULE
1. The 1st Defendant shall pay the Plaintiff the sum of HK$1,860,000 by twelve (12) equal monthly instalments of HK$155,000, the first on 1 July 2026 and thereafter on the first day of each month.
2. The 2nd Defendant, a director of the 1st Defendant, shall be jointly and severally liable with the 1st Defendant for the payments under paragraph 1.
3. If any instalment is unpaid for more than seven (7) days after its due date, the whole outstanding balance shall become immediately due and the Plaintiff may enter judgment for it against the 1st and 2nd Defendants without further order.
4. Upon payment in full, the Plaintiff releases the Defendants from all claims in respect of the purchase orders issued under the Supply Agreement dated 3 March 2023, and the 2nd Defendant releases the Plaintiff from the claims raised in the counterclaim.
5. The parties shall keep the terms of this Schedule confidential for a period of three (3) years, save for the purpose of enforcing them.`,
    truth: {
      title: "Consent Order",
      documentType: "Other",
      parties: ["Lucky Harbour Trading Company Limited", "Sino-Pacific Garments (HK) Limited", "Chan Tai-man, David"],
      effectiveDate: "2026-05-22",
    },
  },
  {
    id: "v21-disputes-deed-poll-release-jersey",
    format: "pdf",
    source: `# DEED POLL OF RELEASE
THIS DEED POLL is made on the twenty-fourth day of June two thousand and twenty-six
BY
ALEXANDRA MARIE LE BRETON of La Maison des Pins, Route de la Trinité, Trinity, Jersey JE3 5JP (the "Releasor")
IN FAVOUR OF
(1) ST. AUBIN FIDUCIARY SERVICES LIMITED, a company incorporated in Jersey with registered number 118245, in its capacity as trustee of The Le Breton Family Settlement (the "Trustee");
(2) JEAN-LUC PÉRÉ DE GRUCHY of 4 Rue des Prés, St Saviour, Jersey, the former protector of The Le Breton Family Settlement (the "Former Protector"); and
(3) each past and present director, officer and employee of the Trustee,
(together the "Released Persons").
# BACKGROUND
(A) The Releasor is a beneficiary of The Le Breton Family Settlement, a trust established by declaration of trust dated 2 February 2009 and governed by the law of Guernsey until its proper law was changed to Jersey law in 2015.
(B) The Releasor commenced proceedings in the Royal Court of Jersey (2025/117) against the Trustee and the Former Protector alleging breach of trust (the "Proceedings").
(C) By a settlement agreement dated 10 June 2026 between the Releasor, the Trustee, the Former Protector and others (the "Settlement Agreement"), the Releasor agreed to execute this Deed Poll once the settlement sum had been received, which it has been.
# OPERATIVE PROVISIONS
1. The Releasor irrevocably and unconditionally releases and forever discharges each of the Released Persons from all claims, whether known or unknown, which she has or may have against any of them arising out of or in connection with the administration of The Le Breton Family Settlement up to the date of this Deed Poll, including the claims made in the Proceedings.
2. The Releasor covenants not to commence or continue any proceedings against any Released Person in respect of any claim released by clause 1.
3. Nothing in this Deed Poll releases any obligation under the Settlement Agreement itself.
4. This Deed Poll is made by the Releasor alone. The Released Persons are not parties to it, but each of them may rely upon and enforce it as if it were a party.
5. This Deed Poll and any non-contractual obligations arising out of it are governed by the law of the Island of Jersey, and the Royal Court of Jersey has exclusive jurisdiction.
IN WITNESS whereof the Releasor has executed this instrument as a deed poll on the date first written above.
SIGNED as a deed by ALEXANDRA MARIE LE BRETON in the presence of:
Witness: Philippa Renouf, Advocate, of Carteret Voisin, 9 Hill Street, St Helier, Jersey`,
    truth: {
      title: "Deed Poll of Release",
      documentType: "Deed",
      parties: ["Alexandra Marie Le Breton"],
      governingLaw: "Jersey",
      effectiveDate: "2026-06-24",
    },
  },
  {
    id: "v21-disputes-settlement-letter-nsw",
    format: "docx",
    source: `COASTAL FRESH PRODUCE PTY LTD
ABN 51 612 884 203 | Unit 4, 22 Parramatta Road, Homebush NSW 2140
12 January 2026
Ms Priya Raman
Chief Financial Officer
Harbourside Hospitality Pty Ltd as trustee for the Harbourside Unit Trust
Level 3, 50 Pitt Street
Sydney NSW 2000
# Settlement of Disputed Invoices
Dear Ms Raman,
We refer to our letter dated 18 November 2025, your email of 2 December 2025 and our meeting on 8 January 2026 about invoices 40117 to 40164 issued under the Produce Supply Agreement dated 1 March 2024 (the Supply Agreement).
This letter records the terms on which Coastal Fresh Produce Pty Ltd (Coastal) and Harbourside Hospitality Pty Ltd in its capacity as trustee for the Harbourside Unit Trust (Harbourside) have agreed to settle their dispute about those invoices.
1. Harbourside will pay Coastal $84,250 (including GST) in three equal instalments on or before 31 January 2026, 28 February 2026 and 31 March 2026.
2. Coastal will issue credit notes cancelling the balance of the disputed invoices within 7 days after receiving the first instalment.
3. On receipt of the final instalment, each of Coastal and Harbourside releases the other from all claims concerning the disputed invoices. Harbourside's group company, Harbourside Venues Pty Ltd, is not a party to this settlement and its account is not affected.
4. Nothing in this letter varies the Supply Agreement, which continues on its existing terms, including its initial term ending on 28 February 2027 and its automatic renewal for further periods of 12 months.
5. This settlement is made without admission of liability, and both parties will keep its terms confidential.
6. This letter is governed by the laws of New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
Please sign and return a copy of this letter to confirm Harbourside's agreement. Our solicitors, Alder & Quay Lawyers, have a copy.
Yours sincerely,
Daniel Whitford
Director, Coastal Fresh Produce Pty Ltd
===
ACCEPTED AND AGREED by Harbourside Hospitality Pty Ltd (ACN 604 227 915) as trustee for the Harbourside Unit Trust, by its authorised signatory:
Signature: ______________________
Name: Priya Raman
Date: 19 January 2026`,
    truth: {
      title: "Settlement of Disputed Invoices",
      documentType: "Settlement agreement",
      parties: ["Coastal Fresh Produce Pty Ltd", "Harbourside Hospitality Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-01-12",
    },
  },
  {
    id: "v21-disputes-settlement-agreement-india",
    format: "txt",
    source: `# SETTLEMENT AGREEMENT
This Settlement Agreement ("Agreement") is executed at Pune on this 5th day of January, 2026
BY AND BETWEEN
DECCAN AUTOCOMP PRIVATE LIMITED, a company incorporated under the Companies Act, 1956, having CIN U34300PN2004PTC019871 and its registered office at Plot No. D-12, MIDC Chakan, Pune 410 501, acting through its authorised signatory Mr. Sunil Deshpande (hereinafter referred to as "Deccan", which expression shall, unless repugnant to the context or meaning thereof, include its successors and permitted assigns) of the FIRST PART;
AND
SHREE GANESH ENTERPRISES, a partnership firm registered under the Indian Partnership Act, 1932, having its principal place of business at Gat No. 214, Bhosari Industrial Area, Pune 411 026, acting through its managing partner Mr. Rakesh Mehta (hereinafter referred to as "SGE", which expression shall include its partners for the time being and their respective heirs, executors and administrators) of the SECOND PART;
AND
MRS. KAVITA RAJESH MEHTA, wife of Mr. Rakesh Mehta, aged about 42 years, residing at Flat 702, Sai Siddhi Towers, Pimple Saudagar, Pune 411 027 (hereinafter referred to as the "Guarantor") of the THIRD PART.
(Deccan, SGE and the Guarantor are hereinafter collectively referred to as the "Parties".)
WHEREAS:
A. Deccan and SGE entered into a Job Work Agreement dated 1st April 2022 for a period of three (3) years for the machining of gearbox components, which was governed by the laws of India and expired on 31st March 2025.
B. Disputes arose between Deccan and SGE regarding unpaid invoices and rejected components, and Deccan invoked arbitration by its notice dated 14th August 2025, whereupon Justice (Retd.) V. K. Sathe was appointed Sole Arbitrator (the "Arbitration").
C. The Parties now wish to settle all disputes on the terms below.
NOW THIS AGREEMENT WITNESSETH AS FOLLOWS:
1. This Agreement shall come into force on the date of its execution first written above.
2. SGE shall pay Deccan a sum of Rs. 46,75,000 (Rupees Forty-Six Lakh Seventy-Five Thousand only) in eighteen (18) monthly instalments commencing on 10th February 2026, by post-dated cheques drawn on The Cosmos Co-operative Bank Ltd., which is not a party hereto.
3. The Guarantor guarantees the due payment of every instalment and shall pay any instalment SGE fails to pay within fifteen (15) days of written demand.
4. Within seven (7) days of execution, the Parties shall file a joint application before the Sole Arbitrator to record this settlement as an arbitral award on agreed terms under Section 30 of the Arbitration and Conciliation Act, 1996.
5. For a period of twenty-four (24) months from the date hereof, SGE shall not solicit or employ any employee of Deccan.
6. The obligations of confidentiality in this Agreement shall survive for five (5) years.
7. This Agreement shall be governed by and construed in accordance with the laws of India, and the courts at Pune shall have exclusive jurisdiction.
IN WITNESS WHEREOF the Parties have set their hands on the day, month and year first above written.
| For DECCAN AUTOCOMP PRIVATE LIMITED | For SHREE GANESH ENTERPRISES | KAVITA RAJESH MEHTA |
| Sunil Deshpande, Authorised Signatory | Rakesh Mehta, Managing Partner | (Guarantor) |
Witnesses: 1. Anil Kulkarni, Pune 2. Meera Joshi, Pune`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Deccan Autocomp Private Limited", "Shree Ganesh Enterprises", "Kavita Rajesh Mehta"],
      governingLaw: "India",
      effectiveDate: "2026-01-05",
    },
  },
];
