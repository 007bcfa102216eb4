import type { UnseenDocument } from "../unseen/types";

/** Tuning set v30: disputes — disputes and their settlement (settlement agreements, releases, tolling and standstill agreements, notices, letters before action, mediation agreements, variations). */
export const DISPUTES_V30: UnseenDocument[] = [
  {
    id: "v30-disputes-irish-coating-line-settlement",
    format: "pdf",
    pageFooters: true,
    source: `# SETTLEMENT AGREEMENT
THIS AGREEMENT is dated 17 February 2026
BETWEEN:
(1) CORRIB PRECISION ENGINEERING LIMITED, a company incorporated in Ireland with registered number 512447, whose registered office is at Unit 4, Ballybrit Business Park, Galway, H91 X2C8 ("Corrib"); and
(2) LIFFEYSIDE PHARMA SERVICES DESIGNATED ACTIVITY COMPANY, a company incorporated in Ireland with registered number 601983, whose registered office is at 22 Grand Canal Quay, Dublin 2, D02 KX47 ("Liffeyside").
# BACKGROUND
(A) By an equipment supply contract dated 3 June 2021 (the "Supply Contract") Corrib agreed to design, supply and commission a tablet coating line at Liffeyside's facility in Carlow.
(B) Disputes arose between the parties concerning the performance of the coating line, and on 9 April 2024 Corrib issued proceedings against Liffeyside in the High Court (Record No. 2024/3187P) claiming sums unpaid under the Supply Contract, and Liffeyside counterclaimed for damages (the "Proceedings").
(C) Following a mediation held on 28 January 2026, the parties have agreed to settle the Proceedings on the terms of this Agreement.
# 1. Definitions
1.1 In this Agreement, "Claims" means all claims and counterclaims made, or which could have been made, in the Proceedings, and "Settlement Sum" means the sum of EUR 1,450,000.
# 2. Settlement Sum
2.1 Liffeyside shall pay the Settlement Sum to Corrib in two instalments: EUR 950,000 within 21 days of the date of this Agreement, and EUR 500,000 on or before 30 June 2026.
2.2 If either instalment is not paid in full by its due date, Corrib may enter judgment for the unpaid balance of the Settlement Sum, together with interest at the rate prescribed under the Courts Act 1981.
# 3. Discontinuance
3.1 Within 7 days of receipt of the first instalment, the parties shall file a notice of discontinuance of the Proceedings, including the counterclaim, with no order as to costs.
# 4. Release
4.1 With effect from receipt of the Settlement Sum in full, each party releases the other from all Claims, whether or not known at the date of this Agreement.
4.2 Nothing in this Agreement releases any claim under the warranty in clause 14 of the Supply Contract in respect of the coating line's control software, which shall continue for the remainder of its thirty-six (36) month warranty period.
# 5. Confidentiality
5.1 The parties shall keep the terms of this Agreement confidential, save as required by law or by any regulator. This clause 5 shall continue to apply for a period of five years from the date of this Agreement.
# 6. No admission
6.1 This Agreement is entered into in full and final settlement of the Claims and without any admission of liability by either party.
# 7. Governing law and jurisdiction
7.1 This Agreement, and any dispute or claim arising out of or in connection with it, shall be governed by the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.
===
Signed for and on behalf of CORRIB PRECISION ENGINEERING LIMITED by Declan Fahy, Director
Signed for and on behalf of LIFFEYSIDE PHARMA SERVICES DESIGNATED ACTIVITY COMPANY by Aoife Brennan, Chief Financial Officer`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Corrib Precision Engineering Limited", "Liffeyside Pharma Services Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-17",
    },
  },
  {
    id: "v30-disputes-delaware-tolling-turbine-housings",
    format: "docx",
    storedPageCount: 2,
    source: `# TOLLING AGREEMENT
This Tolling Agreement (this "Agreement") is made and entered into as of April 1, 2026 (the "Effective Date") by and between Brandywine Castings LLC, a Delaware limited liability company ("Brandywine"), and Hudson Valley Turbine Corp., a New York corporation ("HVT"). Brandywine and HVT are each a "Party" and together the "Parties."
# RECITALS
WHEREAS, Brandywine and HVT are parties to a Component Supply Agreement dated June 5, 2022 (the "Supply Agreement"), which is governed by the laws of the State of New York;
WHEREAS, HVT contends that certain turbine housings delivered by Brandywine between March and November 2022 were defective, and Brandywine disputes that contention (the claims of either Party arising out of those deliveries, the "Claims");
WHEREAS, the Parties wish to explore a resolution of the Claims without litigation and to suspend the running of any limitations period while they do so;
NOW, THEREFORE, in consideration of the mutual promises set forth herein, the Parties agree as follows:
1. Tolling. Any statute of limitations, statute of repose, laches or other time-based defense applicable to the Claims shall be tolled during the Tolling Period. "Tolling Period" means the period from the Effective Date through and including September 30, 2027.
2. Term. This Agreement shall remain in effect from the Effective Date through and including September 30, 2027, unless terminated earlier under Section 3.
3. Early Termination. Either Party may terminate this Agreement on thirty (30) days' prior written notice to the other Party, in which case the Tolling Period shall end on the thirtieth (30th) day after such notice is received.
4. No Revival. Nothing in this Agreement revives any Claim that was time-barred before the Effective Date. The Parties acknowledge that the six (6) year limitations period under N.Y. C.P.L.R. § 213 may apply to certain of the Claims.
5. Forbearance. During the Tolling Period, neither Party shall commence any action or arbitration against the other on the Claims, except to seek emergency injunctive relief.
6. No Admission. This Agreement is not an admission by either Party of liability or of the validity of any Claim or defense, and shall not be admissible in any proceeding except to enforce its terms.
7. Extension. The Parties may extend the Tolling Period only by a written amendment signed by both Parties.
===
8. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles.
9. Counterparts. This Agreement may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
| BRANDYWINE CASTINGS LLC | HUDSON VALLEY TURBINE CORP. |
| By: /s/ Marcus Ellery | By: /s/ Denise Okafor |
| Name: Marcus Ellery | Name: Denise Okafor |
| Title: Managing Member | Title: General Counsel |
| Date: April 2, 2026 | Date: April 6, 2026 |`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Brandywine Castings LLC", "Hudson Valley Turbine Corp."],
      governingLaw: "Delaware",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-09-30",
      term: "18 months",
    },
  },
  {
    id: "v30-disputes-letter-before-claim-groundworks",
    format: "txt",
    source: `PENNANT RHODES LLP
Solicitors
4 Colmore Square, Birmingham B4 6AJ
Tel: 0121 496 0755 | DX 13012 Birmingham
Our ref: JKH/CRS/0411-7
Your ref: AP/Invoices
12 March 2026
By email and first class post
The Company Secretary
Crossway Developments Limited
Unit 9, Meridian Park
Leicester LE19 1WX
Dear Sirs
# Letter Before Claim
We act for Tamworth Civil Engineering Limited ("our client") in connection with unpaid invoices for groundworks carried out at your development at Hinckley Road, Leicester. Please address all further correspondence on this matter to us rather than to our client.
This letter is sent in accordance with the Practice Direction on Pre-Action Conduct and Protocols.
Under a sub-contract dated 14 July 2024, our client carried out the groundworks package at Hinckley Road. Our client rendered invoices numbered 2291 (dated 30 September 2025) and 2317 (dated 31 October 2025), totalling £186,420.00 including VAT, each payable within 30 days of its date.
Despite our client's letters to you of 5 December 2025 and 21 January 2026, both invoices remain unpaid, and you have not at any time raised a dispute about the works or the sums invoiced.
Our client therefore claims £186,420.00, together with statutory interest and compensation under the Late Payment of Commercial Debts (Interest) Act 1998.
Please respond in writing within 14 days of the date of this letter, either paying the sum claimed in full or setting out in detail the reasons why you say it is not owed, with copies of any documents on which you rely.
If we do not receive a satisfactory response by 26 March 2026, our client intends to issue proceedings against you in the County Court without further notice, and will seek its costs of doing so.
We draw your attention to paragraph 13 of the Practice Direction, under which the court may take into account a failure to respond to this letter when deciding what order to make about costs.
Yours faithfully
Pennant Rhodes LLP`,
    truth: {
      title: "Letter Before Claim",
      documentType: "Letter",
      parties: ["Pennant Rhodes LLP", "Crossway Developments Limited"],
      effectiveDate: "2026-03-12",
    },
  },
  {
    id: "v30-disputes-india-notice-of-arbitration",
    format: "pdf",
    pdfMargin: 90,
    source: `# NOTICE OF ARBITRATION
(Under Section 21 of the Arbitration and Conciliation Act, 1996)
Date: 8th April, 2026
FROM:
Deccan Agro Processing Private Limited, a company incorporated under the Companies Act, 2013 (CIN U15400TG2016PTC109876), having its registered office at Plot No. 17, Phase II, IDA Cherlapally, Hyderabad 500 051, Telangana (the "Claimant")
TO:
Konkan Cold Chain Logistics Limited, a company incorporated under the Companies Act, 1956 (CIN L63030MH2004PLC145521), having its registered office at 5th Floor, Trade Centre, Bandra Kurla Complex, Mumbai 400 051, Maharashtra (the "Respondent")
Kind Attention: The Managing Director
1. The Claimant and the Respondent are parties to a Warehousing and Cold Storage Services Agreement dated 1st October, 2022 (the "Agreement"), under which the Respondent agreed to provide temperature-controlled storage to the Claimant for a term of five (5) years.
2. Clause 24 of the Agreement provides that any dispute arising out of or in connection with the Agreement shall be referred to arbitration by a sole arbitrator, with the seat of arbitration at Mumbai.
3. Between 14th and 19th July, 2025, a failure of the refrigeration units at the Respondent's Bhiwandi warehouse caused the spoilage of 412 metric tonnes of the Claimant's processed produce stored there.
4. By its letter dated 2nd September, 2025, the Claimant called upon the Respondent to make good the loss. The Respondent denied liability by its reply dated 30th September, 2025.
5. Disputes have therefore arisen between the parties. The Claimant claims INR 6,85,40,000 (Rupees Six Crore Eighty-Five Lakh Forty Thousand only) as damages, together with interest at 12% per annum from 19th July, 2025 until payment, and costs.
6. The Claimant hereby invokes Clause 24 of the Agreement and refers the disputes to arbitration. The arbitral proceedings commence on the date on which this notice is received by the Respondent.
7. The Claimant proposes that Hon'ble Mr. Justice (Retd.) R. V. Deshpande, former Judge of the High Court of Bombay, be appointed as sole arbitrator. The Respondent is called upon to convey its concurrence within thirty (30) days of receipt of this notice, failing which the Claimant shall apply to the High Court of Bombay under Section 11 of the Act.
8. This notice is issued without prejudice to the Claimant's other rights and remedies, including its right to seek interim measures under Section 9 of the Act.
For Deccan Agro Processing Private Limited
Authorised Signatory
Place: Hyderabad`,
    truth: {
      title: "Notice of Arbitration",
      documentType: "Notice",
      parties: ["Deccan Agro Processing Private Limited", "Konkan Cold Chain Logistics Limited"],
      effectiveDate: "2026-04-08",
    },
  },
  {
    id: "v30-disputes-jersey-trust-deed-of-settlement",
    format: "docx",
    source: `DATED 14 May 2026
# DEED OF SETTLEMENT AND RELEASE
BELLE VUE TRUSTEES LIMITED (as trustee of The Mont Orgueil Settlement)
PETER JOHN LE MAISTRE
ANNE-MARIE LE MAISTRE
Vibert Renouf, Advocates, St Helier, Jersey
===
THIS DEED is made on the 14th day of May 2026
BETWEEN:
(1) BELLE VUE TRUSTEES LIMITED, a company incorporated in Jersey with registered number 88213, whose registered office is at 3 Esplanade, St Helier, Jersey JE2 3QA, in its capacity as trustee of The Mont Orgueil Settlement constituted by a declaration of trust dated 2 February 2009 (the "Trustee" and the "Settlement");
(2) PETER JOHN LE MAISTRE of La Vieille Ferme, Rue de la Mare, St Ouen, Jersey JE3 2DN ("Peter"); and
(3) ANNE-MARIE LE MAISTRE of Flat 6, Clos de l'Église, St Brelade, Jersey JE3 8EZ ("Anne-Marie"),
(Peter and Anne-Marie together the "Beneficiaries").
# RECITALS
(A) The Beneficiaries are members of the class of discretionary beneficiaries of the Settlement.
(B) On 6 October 2025 the Beneficiaries presented a representation to the Royal Court of Jersey under Article 51 of the Trusts (Jersey) Law 1984 seeking to set aside distributions made by the Trustee in 2022 and 2023 and the removal of the Trustee (the "Proceedings").
(C) The parties have agreed to compromise the Proceedings on the terms of this Deed.
# OPERATIVE PROVISIONS
1. Within ten (10) Business Days of the date of this Deed the Trustee shall distribute £425,000 from the trust fund of the Settlement to each of the Beneficiaries.
2. Within five (5) Business Days after both distributions have been made, the Beneficiaries shall withdraw the Proceedings by consent, each party bearing its own costs.
3. The Trustee shall retire as trustee of the Settlement with effect from 30 September 2026 and shall co-operate in the appointment of a successor trustee nominated by the protector.
4. Subject to clause 1 being performed, the Beneficiaries release and forever discharge the Trustee and its directors, officers and employees from all claims arising out of the administration of the Settlement up to the date of this Deed, other than claims for fraud or dishonesty.
5. The Trustee releases the Beneficiaries from any claim for its costs of the Proceedings, and shall not seek to recover those costs from the trust fund in excess of £60,000.
6. No party shall disclose the terms of this Deed except to its professional advisers, the protector and the successor trustee, or as required by law.
7. This Deed is governed by Jersey law, and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey.
===
EXECUTED as a deed by BELLE VUE TRUSTEES LIMITED in its capacity as trustee of The Mont Orgueil Settlement, acting by two directors: Hélène Falle, Director; Mark Quérée, Director
SIGNED as a deed by PETER JOHN LE MAISTRE in the presence of: Claire Renouf, Advocate, St Helier
SIGNED as a deed by ANNE-MARIE LE MAISTRE in the presence of: Claire Renouf, Advocate, St Helier`,
    truth: {
      title: "Deed of Settlement and Release",
      documentType: "Settlement agreement",
      parties: ["Belle Vue Trustees Limited", "Peter John Le Maistre", "Anne-Marie Le Maistre"],
      governingLaw: "Jersey",
      effectiveDate: "2026-05-14",
    },
  },
  {
    id: "v30-disputes-scottish-standstill-foundations",
    format: "docx",
    storedPageCount: 2,
    source: `# STANDSTILL AGREEMENT
MINUTE OF AGREEMENT
between
STRATHMORE HOMES LIMITED, incorporated under the Companies Acts (registered number SC318442) and having its registered office at 11 Dundee Road, Forfar DD8 1AB (the "Developer")
and
BAIRD LENNOX LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (registered number SO305517) and having its registered office at 40 Albyn Place, Aberdeen AB10 1YN (the "Engineers")
WHEREAS:
(A) The Engineers were appointed by the Developer under a Deed of Appointment dated 19 August 2019 to provide civil and structural engineering services for the residential development at Kirkton Meadows, Arbroath (the "Development").
(B) The Developer alleges that defects in the foundations of plots 14 to 27 of the Development result from breaches of duty by the Engineers, which the Engineers deny (the "Claim").
(C) The parties wish to investigate the Claim and attempt to resolve it without litigation, and have agreed that the running of prescription in respect of the Claim should be suspended on the terms of this Minute of Agreement.
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. In this Agreement "Commencement Date" means 1 June 2026.
2. The Standstill Period shall commence on the Commencement Date and shall continue for a period of six (6) months. Thereafter the Standstill Period shall automatically extend for successive periods of three (3) months unless and until either party gives the other not less than twenty-eight (28) days' written notice to end it at the end of the then current period.
3. During the Standstill Period, no time shall count towards the five-year prescriptive period under section 6 of the Prescription and Limitation (Scotland) Act 1973, or the twenty-year long-stop period under section 7 of that Act, in relation to the Claim.
4. Neither party shall raise proceedings in relation to the Claim during the Standstill Period, save that the Developer may do so if the Engineers enter into any insolvency process.
5. Within sixty (60) days of the Commencement Date the Developer shall provide the Engineers with its expert's report on the foundations, and the parties shall meet to discuss it within thirty (30) days thereafter.
6. Nothing in this Agreement shall revive any obligation that had prescribed before the Commencement Date, nor constitute an admission of liability by either party.
7. The Engineers shall notify their professional indemnity insurers of this Agreement within fourteen (14) days of its execution.
8. This Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Court of Session.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
| Subscribed for and on behalf of STRATHMORE HOMES LIMITED | Subscribed for and on behalf of BAIRD LENNOX LLP |
| at Forfar on 27 May 2026 | at Aberdeen on 29 May 2026 |
| by Fiona Guthrie, Director | by Alasdair Munro, Member |
| before this witness: Kevin Pirie, Solicitor, Forfar | before this witness: Lorna Chalmers, Trainee Solicitor, Aberdeen |`,
    truth: {
      title: "Standstill Agreement",
      documentType: "Other",
      parties: ["Strathmore Homes Limited", "Baird Lennox LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
      renewal: "3 months",
    },
  },
  {
    id: "v30-disputes-hong-kong-mediation-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# MEDIATION AGREEMENT
| Date of this Agreement | 2 April 2026 |
| Mediation reference | HKM/2026/0317 |
| Party A | Harbourfront Fit-Out Contractors Limited (Company No. 2288104), 18/F, Kwai Hing Industrial Building, 10 Kwai Hei Street, Kwai Chung, New Territories |
| Party B | Sai Kung Bay Hospitality Group Limited (Company No. 1709356), Suite 2301, 23/F, Tower 1, Times Square, 1 Matheson Street, Causeway Bay |
| Mediator | Margaret Y. L. Cheung, Accredited General Mediator, 12/F, Prince's Building, 10 Chater Road, Central |
| Dispute | Claims on the final account and for alleged defective works under the fit-out sub-contract dated 11 January 2024 for the Sai Kung Bay Hotel |
| Date of mediation | 22 April 2026 |
| Venue | Hong Kong International Arbitration Centre, 38/F Two Exchange Square, Central |
| Mediator's fee | HK$96,000 for preparation and one mediation day, shared equally |
This Agreement is made on the date set out above between Party A, Party B (together the "Parties") and the Mediator.
1. Appointment. The Parties appoint the Mediator to conduct a mediation of the Dispute in accordance with this Agreement and the Hong Kong Mediation Code, and the Mediator accepts the appointment.
2. Authority. Each Party shall attend the mediation through a representative with full authority to settle the Dispute.
3. Confidentiality. The mediation is confidential, and mediation communications are protected by the Mediation Ordinance (Cap. 620). This clause survives the end of the mediation for a period of seven (7) years.
4. Without prejudice. Nothing said or produced in the mediation may be relied on in any arbitration or court proceedings, and no Party shall call the Mediator as a witness.
5. Settlement. No settlement reached at the mediation binds the Parties until it is written down and signed by or on behalf of each of them.
6. Fees. Each Party shall pay one half of the Mediator's fee within fourteen (14) days of the Mediator's invoice, whether or not the Dispute settles.
7. Ending the mediation. Either Party or the Mediator may end the mediation at any time by written notice to the others.
8. Liability. The Mediator shall not be liable to the Parties for any act or omission in connection with the mediation, save for fraud or wilful misconduct.
9. Governing law. This Agreement is governed by the laws of the Hong Kong Special Administrative Region, and the courts of Hong Kong have exclusive jurisdiction over any dispute arising from it.
===
Signed by or on behalf of each signatory:
| For Harbourfront Fit-Out Contractors Limited | For Sai Kung Bay Hospitality Group Limited | Mediator |
| Tsang Ka Wai, Director | Olivia Lam, Director | Margaret Y. L. Cheung |`,
    truth: {
      title: "Mediation Agreement",
      documentType: "Other",
      parties: ["Harbourfront Fit-Out Contractors Limited", "Sai Kung Bay Hospitality Group Limited", "Margaret Y. L. Cheung"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-04-02",
    },
  },
  {
    id: "v30-disputes-ontario-amending-minutes",
    format: "txt",
    source: `# AMENDING AGREEMENT
THIS AMENDING AGREEMENT is made as of the 3rd day of March, 2026.
AMONG:
LAKESHORE MILLWORK LTD., a corporation incorporated under the laws of Ontario (the "Plaintiff")
- and -
2457781 ONTARIO INC., carrying on business as Bayview Kitchen Studio (the "Defendant")
- and -
RAYMOND DESJARDINS, of the City of Vaughan, in the Province of Ontario (the "Guarantor")
WHEREAS the parties entered into Minutes of Settlement dated as of November 14, 2025 (the "Minutes") settling Ontario Superior Court of Justice action no. CV-24-00718832-0000;
AND WHEREAS under the Minutes the Defendant agreed to pay the Plaintiff $240,000 in twelve (12) equal monthly instalments commencing December 1, 2025, and the Guarantor guaranteed that payment;
AND WHEREAS the Defendant has requested, and the Plaintiff has agreed, that the remaining instalments be rescheduled on the terms below;
NOW THEREFORE in consideration of the mutual covenants herein and other good and valuable consideration (the receipt and sufficiency of which are acknowledged), the parties agree as follows:
1. Capitalized terms used and not defined in this Amending Agreement have the meanings given to them in the Minutes.
2. Effective as of March 1, 2026 (the "Amendment Effective Date"), section 3 of the Minutes is deleted and replaced with the following: "3. The Defendant shall pay the balance of the Settlement Amount, being $180,000, in eighteen (18) equal monthly instalments of $10,000 each, on the first day of each month commencing April 1, 2026."
3. Section 5 of the Minutes is amended by replacing "ten (10) days" with "fifteen (15) days" as the cure period for a missed instalment, after which the Plaintiff may file the consent judgment held in escrow by its counsel.
4. The Guarantor confirms that his guarantee in section 7 of the Minutes extends to the Defendant's obligations under the Minutes as amended by this Amending Agreement.
5. The Defendant shall pay the Plaintiff's legal costs of this Amending Agreement, fixed at $2,500, on or before March 31, 2026.
6. Except as amended by this Amending Agreement, the Minutes remain unamended and in full force and effect.
7. This Amending Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
8. This Amending Agreement may be signed in counterparts and delivered electronically.
LAKESHORE MILLWORK LTD.
Per: Gordon Vandermeer, President
2457781 ONTARIO INC.
Per: Raymond Desjardins, President
SIGNED, SEALED AND DELIVERED by RAYMOND DESJARDINS in the presence of:
Witness: Priya Raman`,
    truth: {
      title: "Amending Agreement",
      documentType: "Amendment",
      parties: ["Lakeshore Millwork Ltd.", "2457781 Ontario Inc.", "Raymond Desjardins"],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-01",
      amends: "Minutes of Settlement",
    },
  },
];
