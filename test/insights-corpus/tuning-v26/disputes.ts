import type { UnseenDocument } from "../unseen/types";

/** Tuning set v26: disputes — disputes and their settlement (settlement agreements, releases, tolling and standstill agreements, court orders, notices, mediation and arbitration agreements, variations). */
export const DISPUTES_V26: UnseenDocument[] = [
  {
    id: "v26-disputes-employee-settlement-england",
    format: "pdf",
    pageFooters: true,
    source: `# SETTLEMENT AGREEMENT
Dated 20 March 2026
(1) HARTWELL LOGISTICS LIMITED
(2) PRIYA RAMANATHAN
Without prejudice and subject to contract until signed and dated by both parties
Prepared by Aldous Kerr LLP, 3 Hardman Street, Manchester M3 3HF
===
# SETTLEMENT AGREEMENT
THIS AGREEMENT is dated 20 March 2026
# PARTIES
(1) HARTWELL LOGISTICS LIMITED incorporated and registered in England and Wales with company number 04417823 whose registered office is at Unit 4, Trafford Park Road, Manchester M17 1HG (the "Employer").
(2) PRIYA RAMANATHAN of 27 Beech Grove, Sale, Cheshire M33 6RT (the "Employee").
# BACKGROUND
(A) The Employee has been employed by the Employer since 2 September 2019 under a contract of employment dated 14 August 2019 (the "Employment Contract").
(B) The parties have agreed that the Employee's employment will end on the terms of this agreement. This agreement is intended to satisfy the conditions regulating settlement agreements under section 203(3) of the Employment Rights Act 1996.
# AGREED TERMS
1. Termination. The Employee's employment will terminate on 31 March 2026 (the "Termination Date"). The Employer will pay the Employee's salary and contractual benefits up to the Termination Date in the usual way.
2. Compensation payment. Subject to the Employee complying with this agreement, the Employer shall pay the Employee £38,500 as compensation for loss of employment within 28 days of the later of the Termination Date and the Employer's receipt of a copy of this agreement signed by the Employee and the Adviser's certificate.
3. Waiver of claims. The Employee agrees that the terms of this agreement are in full and final settlement of all claims that she has or may have against the Employer or any Group Company arising out of her employment or its termination, including those listed in the Schedule.
4. Restrictive covenants. The Employee acknowledges that the restrictions in clause 19 of the Employment Contract remain in force and apply for 6 months after the Termination Date.
5. Reference. The Employer will provide an agreed reference in response to any request received within 2 years after the Termination Date.
6. Confidentiality. The Employee shall keep the existence and terms of this agreement confidential, save as required by law or in disclosure to her immediate family or professional advisers.
7. Independent advice. The Employee confirms that she has received independent legal advice from Martin Okafor of Brindle & Co Solicitors as to the terms and effect of this agreement, and in particular its effect on her ability to pursue claims before an employment tribunal.
8. Governing law and jurisdiction. This agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
Signed by David Marsh, Director, for and on behalf of HARTWELL LOGISTICS LIMITED ..............................
Signed by PRIYA RAMANATHAN ..............................
===
# SCHEDULE — ADVISER'S CERTIFICATE
I, Martin Okafor of Brindle & Co Solicitors, 41 Washway Road, Sale M33 7AB, confirm that I have given Priya Ramanathan independent legal advice on the terms and effect of the agreement to which this certificate is attached, that I am a solicitor holding a current practising certificate, and that a contract of insurance covering the risk of a claim in respect of loss arising from that advice is in force.
Signed: .............................. Martin Okafor, Solicitor`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Hartwell Logistics Limited", "Priya Ramanathan"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-20",
    },
  },
  {
    id: "v26-disputes-tolling-new-york",
    format: "pdf",
    pdfMargin: 84,
    source: `# TOLLING AGREEMENT
This Tolling Agreement (this "Agreement") is made and entered into as of March 27, 2026, and is effective as of April 1, 2026 (the "Effective Date"), by and between CORBIN RIDGE DEVELOPMENT LLC, a Delaware limited liability company having an office at 1120 Avenue of the Americas, New York, New York 10036 ("Owner"), and HALVORSEN STRUCTURAL ENGINEERS, P.C., a New York professional corporation having an office at 55 Water Street, Brooklyn, New York 11201 ("Engineer"). Owner and Engineer are each referred to herein as a "Party" and together as the "Parties."
# RECITALS
WHEREAS, Owner and Engineer are parties to that certain Professional Services Agreement dated as of June 15, 2021 (the "Services Agreement"), which is governed by the laws of the State of New Jersey, relating to the structural design of a mixed-use building at 400 Harbor Boulevard, Weehawken, New Jersey (the "Project");
WHEREAS, Owner contends that it has claims against Engineer arising out of alleged deficiencies in the structural design of the Project (the "Claims"), which Engineer denies; and
WHEREAS, the Parties wish to explore a resolution of the Claims without the expense of litigation and without prejudice to their respective rights.
NOW, THEREFORE, in consideration of the mutual covenants herein, the Parties agree as follows:
1. Tolling. All statutes of limitations, statutes of repose, contractual limitation periods and time-based defenses (including laches) applicable to the Claims shall be tolled during the Tolling Period, and the Tolling Period shall be excluded from any computation of time for the purpose of any such defense.
2. Term. This Agreement shall be in effect from April 1, 2026 through September 30, 2026 (the "Initial Tolling Period"), and thereafter shall automatically renew for successive periods of three (3) months each (each, a "Renewal Period" and, together with the Initial Tolling Period, the "Tolling Period"), unless either Party delivers written notice of non-renewal to the other Party at least thirty (30) days before the end of the then-current period.
3. Notice Before Suit. Owner shall give Engineer not less than fifteen (15) days' prior written notice before commencing any action on the Claims during the Tolling Period.
4. No Revival. Nothing in this Agreement revives any claim that was time-barred on the Effective Date.
5. No Admission. This Agreement is not an admission of liability by any Party and shall not be admissible in any proceeding except to enforce its terms.
6. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.
7. Entire Agreement; Counterparts. This Agreement is the entire agreement of the Parties as to its subject matter, may be amended only in a writing signed by both Parties, and may be executed in counterparts, including by electronic signature.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the date first written above.
CORBIN RIDGE DEVELOPMENT LLC
By: Corbin Ridge Holdings Inc., its Managing Member
By: ______________________ Name: Theresa Aldana Title: Chief Executive Officer
HALVORSEN STRUCTURAL ENGINEERS, P.C.
By: ______________________ Name: Erik Halvorsen, P.E. Title: President`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Corbin Ridge Development LLC", "Halvorsen Structural Engineers, P.C."],
      governingLaw: "New York",
      effectiveDate: "2026-04-01",
      expiryDate: "2026-09-30",
      term: "6 months",
      renewal: "3 months",
    },
  },
  {
    id: "v26-disputes-standstill-minute-scotland",
    format: "pdf",
    pageFooters: true,
    source: `# MINUTE OF AGREEMENT
between
GLENMORRIS HOMES LIMITED, a company incorporated under the Companies Acts with registered number SC348812 and having its registered office at 14 Atholl Crescent, Edinburgh EH3 8HA ("Glenmorris")
and
ARDEN McLEISH ARCHITECTS LLP, a limited liability partnership incorporated in Scotland with registered number SO305127 and having its registered office at 220 West George Street, Glasgow G2 2PG ("the Architects")
CONSIDERING THAT:
(A) By an appointment dated 8 and 12 November 2019 Glenmorris appointed the Architects to provide architectural services in connection with the residential development at Kirkliston Road, Newbridge ("the Appointment");
(B) Glenmorris has intimated to the Architects that it may have claims against them arising out of defects in the external wall cladding at the development ("the Claims"), which the Architects do not accept; and
(C) The parties wish to avoid the raising of court proceedings solely to interrupt the running of the prescriptive period under the Prescription and Limitation (Scotland) Act 1973 while the Claims are investigated;
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. In this Minute "Commencement Date" means 1 June 2026.
2. This Minute shall remain in force for a period of eighteen (18) months from the Commencement Date ("the Standstill Period"), subject to earlier termination under Clause 5.
3. No part of the Standstill Period shall be taken into account in calculating whether any obligation of the Architects in respect of the Claims has been extinguished by prescription, and the Architects shall not plead prescription in respect of the Standstill Period.
4. Glenmorris shall not raise proceedings in respect of the Claims during the Standstill Period, except to the extent necessary to preserve a claim that would otherwise prescribe.
5. Either party may terminate the Standstill Period by giving not less than twenty-eight (28) days' written notice to the other.
6. Within three (3) months after the Commencement Date Glenmorris shall provide the Architects with a statement of the Claims and the expert reports on which it relies.
===
7. The parties shall keep the existence and terms of this Minute confidential, and this obligation shall continue for two (2) years after the end of the Standstill Period.
8. Nothing in this Minute constitutes an admission of liability by the Architects or a waiver of any defence other than as expressly provided.
9. This Minute shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Court of Session.
10. The parties consent to the registration of this Minute for preservation in the Books of Council and Session.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
Subscribed for and on behalf of GLENMORRIS HOMES LIMITED at Edinburgh on 19 May 2026 by Fiona Drummond, Director, before this witness: Callum Reid, Trainee Solicitor, 1 Rutland Court, Edinburgh
Subscribed for and on behalf of ARDEN McLEISH ARCHITECTS LLP at Glasgow on 22 May 2026 by Iain McLeish, Member, before this witness: Morag Sutherland, Office Manager, 220 West George Street, Glasgow`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Other",
      parties: ["Glenmorris Homes Limited", "Arden McLeish Architects LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-12-01",
      term: "18 months",
    },
  },
  {
    id: "v26-disputes-deed-settlement-release-guernsey",
    format: "docx",
    storedPageCount: 3,
    source: `# DEED OF SETTLEMENT AND RELEASE
THIS DEED is made on the 9th day of February 2026
BETWEEN:
(1) MARLOWE FIDUCIARY SERVICES LIMITED, a company incorporated in Guernsey with registered number 51207 whose registered office is at Les Echelons Court, Les Echelons, St Peter Port, Guernsey GY1 1AR, in its capacity as trustee of The Cavendish Family Settlement (the "Trustee");
(2) SARNIA YACHT BROKERS LIMITED, a company incorporated in Guernsey with registered number 48833 whose registered office is at Albert Pier, St Peter Port, Guernsey GY1 2LW (the "Broker"); and
(3) JONATHAN PETER LE PAGE of La Maison des Fleurs, Rue du Belval, St Sampson, Guernsey GY2 4XE (the "Guarantor").
# RECITALS
(A) By a brokerage agreement dated 3 May 2023 (the "Brokerage Agreement"), which is governed by English law, the Broker agreed to act for the Trustee in the sale of the motor yacht "Belle Etoile", and the Guarantor guaranteed the Broker's obligations under it.
(B) The Trustee has commenced proceedings against the Broker and the Guarantor in the Royal Court of Guernsey (Ordinary Division), Cause No. 2025/118, for the recovery of deposit monies and damages (the "Proceedings").
(C) The parties have agreed to settle the Proceedings and all related claims on the terms of this Deed, without any admission of liability.
===
# OPERATIVE PROVISIONS
1. Definitions. In this Deed: "Business Day" means a day other than a Saturday, Sunday or public holiday in Guernsey; "Settlement Sum" means £215,000; and "Claims" means all claims of any kind, whether known or unknown, arising out of or in connection with the Brokerage Agreement, the sale of the yacht or the Proceedings.
2. Payment. The Broker shall pay the Settlement Sum to the Trustee's advocates in two instalments: £125,000 on or before 27 February 2026 and £90,000 on or before 29 May 2026. The Guarantor guarantees the payment of each instalment.
3. Release. With effect from receipt in cleared funds of the whole Settlement Sum, the Trustee releases and forever discharges the Broker and the Guarantor from the Claims. The Broker and the Guarantor release the Trustee from all claims for costs in the Proceedings.
4. Discontinuance. Within five (5) Business Days after receipt of the final instalment, the Trustee shall discontinue the Proceedings with no order as to costs.
5. Default. If any instalment is not paid within seven (7) days after its due date, the unpaid balance of the Settlement Sum shall become immediately due and the Trustee may restore the Proceedings.
6. Warranty. Each party warrants that it has not assigned or transferred any of the Claims.
7. Confidentiality. The terms of this Deed are confidential, save for disclosure to the beneficiaries of The Cavendish Family Settlement, professional advisers or as required by law.
8. Governing law. This Deed and any non-contractual obligations arising from it are governed by the laws of the Island of Guernsey, and the Royal Court of Guernsey has exclusive jurisdiction.
===
IN WITNESS whereof this Deed has been executed and delivered on the date first written above.
EXECUTED as a deed by MARLOWE FIDUCIARY SERVICES LIMITED as trustee of The Cavendish Family Settlement, acting by two directors: Anne Brehaut, Director; Richard Ozanne, Director
EXECUTED as a deed by SARNIA YACHT BROKERS LIMITED acting by a director in the presence of a witness: Louise Mauger, Director; Witness: Peter Falla, Advocate, St Peter Port
SIGNED as a deed by JONATHAN PETER LE PAGE in the presence of: Witness: Sarah Tostevin, Secretary, St Sampson`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Marlowe Fiduciary Services Limited", "Sarnia Yacht Brokers Limited", "Jonathan Peter Le Page"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v26-disputes-submission-agreement-singapore",
    format: "docx",
    storedPageCount: 2,
    source: `# SUBMISSION AGREEMENT
Agreement to refer an existing dispute to arbitration
| Item | Particulars |
| Date of this Agreement | 17 July 2026 |
| Party A | Perdana Kilang Sdn. Bhd. (Registration No. 201401023456 (1098765-K)), Lot 12, Jalan Perindustrian 3, 47000 Sungai Buloh, Selangor, Malaysia |
| Party B | Tessaract Components Pte. Ltd. (UEN 201612345N), 8 Kaki Bukit Avenue 1, #04-10, Singapore 417941 |
| Underlying Contract | Exclusive Distribution Agreement dated 2 January 2022 between Party A and Party B, governed by the laws of Malaysia, for an initial term of five (5) years |
| Dispute | Party B's claim for unpaid commissions of USD 1,420,000 and Party A's counterclaim for breach of the minimum purchase obligations |
| Seat | Singapore |
| Tribunal | Three arbitrators |
| Language | English |
1. Reference. The parties agree to refer the Dispute to arbitration administered by the Singapore International Arbitration Centre under its Arbitration Rules in force at the Date of this Agreement, notwithstanding clause 24 of the Underlying Contract, which provides for the exclusive jurisdiction of the courts of Kuala Lumpur.
2. Appointment. Each party shall nominate one arbitrator within twenty-one (21) days after the Date of this Agreement, and the two nominees shall agree the presiding arbitrator within a further fourteen (14) days, failing which the President of the SIAC Court of Arbitration shall appoint the presiding arbitrator.
3. Timetable. The parties shall invite the Tribunal to make its final award within twelve (12) months after its constitution.
===
4. Applicable law of the Dispute. The Tribunal shall decide the Dispute in accordance with the laws of Malaysia, being the law governing the Underlying Contract.
5. Confidentiality. The arbitration, all submissions and evidence and any award are confidential, save as necessary to enforce or challenge an award.
6. Governing law. This Submission Agreement, including the agreement to arbitrate in clause 1, is governed by the laws of Singapore.
7. Counterparts. This Agreement may be signed in counterparts and by electronic signature.
Signed for and on behalf of PERDANA KILANG SDN. BHD. by Dato' Ahmad Zulkifli bin Osman, Managing Director
Signed for and on behalf of TESSARACT COMPONENTS PTE. LTD. by Grace Lim Hui Min, Director`,
    truth: {
      title: "Submission Agreement",
      documentType: "Other",
      parties: ["Perdana Kilang Sdn. Bhd.", "Tessaract Components Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-17",
    },
  },
  {
    id: "v26-disputes-deed-of-variation-ireland",
    format: "docx",
    source: `# DEED OF VARIATION
THIS DEED OF VARIATION is made the 2nd day of October 2026
BETWEEN
(1) BALLYCORRIG CIVIL ENGINEERING LIMITED, a company registered in Ireland under number 512883 and having its registered office at Unit 7, Ballycurreen Industrial Estate, Cork T12 X2K4 ("Ballycorrig"); and
(2) LIFFEY QUAY PROPERTIES DESIGNATED ACTIVITY COMPANY, a company registered in Ireland under number 601447 and having its registered office at 10 Earlsfort Terrace, Dublin 2, D02 T380 ("LQP").
WHEREAS:
(A) Ballycorrig and LQP are parties to a settlement agreement dated 14 November 2025 (the "Settlement Agreement") under which LQP agreed to pay Ballycorrig €1,200,000 in six quarterly instalments, the last falling due on 30 April 2027, in full and final settlement of the final account dispute under the building contract for the Liffey Quay office development.
(B) Three instalments have been paid. LQP has asked Ballycorrig to reschedule the remaining instalments and Ballycorrig has agreed on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. In this Deed "Variation Effective Date" means 1 October 2026, and terms defined in the Settlement Agreement have the same meaning in this Deed.
2. With effect from the Variation Effective Date, the schedule of instalments in Schedule 1 to the Settlement Agreement is varied so that the remaining instalments are payable as follows:
| Instalment | Original due date | Revised due date | Amount |
| 4 | 31 October 2026 | 31 January 2027 | €200,000 |
| 5 | 31 January 2027 | 30 April 2027 | €200,000 |
| 6 | 30 April 2027 | 31 July 2027 | €200,000 |
3. LQP shall pay interest at the rate of 4% per annum on each deferred instalment from its original due date to the date of payment, together with that instalment.
4. If any instalment or interest is not paid within seven (7) days after its revised due date, the whole unpaid balance shall become immediately payable and Ballycorrig may apply for judgment in accordance with clause 6 of the Settlement Agreement.
===
5. Save as varied by this Deed, the Settlement Agreement remains in full force and effect, and the Settlement Agreement and this Deed shall be read and construed as one instrument.
6. This Deed is governed by and shall be construed in accordance with the laws of Ireland, and the parties submit to the exclusive jurisdiction of the courts of Ireland.
IN WITNESS whereof the parties have executed this Deed as a deed on the date first written above.
PRESENT when the common seal of BALLYCORRIG CIVIL ENGINEERING LIMITED was affixed hereto: Director: Declan Murphy; Secretary: Niamh O'Callaghan
PRESENT when the common seal of LIFFEY QUAY PROPERTIES DESIGNATED ACTIVITY COMPANY was affixed hereto: Director: Conor Fitzgerald; Director: Aoife Brennan`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Ballycorrig Civil Engineering Limited", "Liffey Quay Properties Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-10-01",
      amends: "Settlement Agreement",
    },
  },
  {
    id: "v26-disputes-notice-of-dispute-kenya",
    format: "txt",
    source: `THIKA GREENHOUSE SUPPLIES LIMITED
P.O. Box 4412-01000, Garissa Road, Thika, Kenya
Tel: +254 20 765 4321 | legal@thikagreenhouse.co.ke
Our Ref: TGS/LEG/2026/017
Your Ref: RVF/PROC/311
12 August 2026
BY HAND AND BY EMAIL (md@riftvalleyflori.co.ke)
The Managing Director
Rift Valley Floriculture Limited
L.R. No. 9876/12, Moi South Lake Road
Naivasha, Kenya
Dear Sir,
# NOTICE OF DISPUTE
RE: SUPPLY AND INSTALLATION AGREEMENT DATED 5 MARCH 2024 (THE "AGREEMENT")
We refer to the Agreement and to our letters of 14 May 2026 and 3 July 2026, to which we have received no substantive response.
Pursuant to clause 21.1 of the Agreement, we hereby give you formal notice that a dispute has arisen between us concerning your failure to pay invoices TGS-2291 to TGS-2304, totalling KES 14,860,000, for the greenhouse structures and irrigation systems installed at your Naivasha farm and accepted on 28 February 2026.
Under clause 21.2 of the Agreement, the parties' senior representatives are to meet within fourteen (14) days after the date of this notice to attempt to resolve the dispute in good faith. We propose a meeting at our Thika offices at 10.00 a.m. on 20 August 2026 and ask that you confirm attendance within five (5) days.
If the dispute is not resolved within thirty (30) days after the date of this notice, we intend to refer it to arbitration by a sole arbitrator in accordance with clause 21.3 of the Agreement and the Arbitration Act, 1995, and to seek interest at the contractual rate of 1.5% per month together with costs.
This notice is given without prejudice to our right under clause 17 of the Agreement to suspend maintenance services on seven (7) days' notice, and to any other rights and remedies, all of which are expressly reserved.
Yours faithfully,
For and on behalf of THIKA GREENHOUSE SUPPLIES LIMITED
Wanjiru Kamau
Director
cc: Mwangi & Otieno Advocates, Nairobi`,
    truth: {
      title: "Notice of Dispute",
      documentType: "Notice",
      parties: ["Thika Greenhouse Supplies Limited", "Rift Valley Floriculture Limited"],
      effectiveDate: "2026-08-12",
    },
  },
  {
    id: "v26-disputes-agreement-to-mediate-ontario",
    format: "txt",
    source: `# AGREEMENT TO MEDIATE
Northcliffe Bakeries Inc. v. Danforth Refrigeration Services Ltd., Ontario Superior Court of Justice, Court File No. CV-25-00712345-0000 (the "Action")
The undersigned parties to the Action and the undersigned mediator agree that the mediation of the issues in the Action will be conducted on the following terms.
1. Mediator. The parties appoint Eleanor Whitcombe (the "Mediator") to mediate the Action. The Mediator is neutral, does not represent or advise any party and will not act for any party in connection with the Action.
2. Session. The mediation session will take place on June 10, 2026, commencing at 9:30 a.m., at 150 King Street West, Suite 2200, Toronto, or by videoconference if the parties so agree. Each party will attend by a representative with full authority to settle, together with counsel.
3. Fees. The Mediator's fee is CAD $4,500 per session day plus HST, shared equally by the parties and payable not later than seven (7) days before the session. Cancellation within 72 hours of the session is charged at one half of the daily fee.
4. Confidentiality. Everything said or produced in the mediation is confidential and without prejudice, may not be used in the Action or any other proceeding, and the Mediator may not be called as a witness. This paragraph survives the end of the mediation.
5. Termination. Any party or the Mediator may end the mediation at any time by notice to the others.
6. Settlement. No settlement reached at the mediation is binding until it is recorded in writing and signed by the parties or their counsel.
7. Liability. The Mediator is not liable to any party for any act or omission in connection with the mediation, except for wilful misconduct.
8. Governing law. This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
DATED at Toronto, Ontario, this 22nd day of May, 2026.
NORTHCLIFFE BAKERIES INC.
Per: ____________________ Name: Graham Ostrowski, President. I have authority to bind the corporation.
DANFORTH REFRIGERATION SERVICES LTD.
Per: ____________________ Name: Lucia Ferreira, Chief Financial Officer. I have authority to bind the corporation.
MEDIATOR
____________________ Eleanor Whitcombe`,
    truth: {
      title: "Agreement to Mediate",
      documentType: "Other",
      parties: ["Northcliffe Bakeries Inc.", "Danforth Refrigeration Services Ltd.", "Eleanor Whitcombe"],
      governingLaw: "Ontario",
      effectiveDate: "2026-05-22",
    },
  },
];
