import type { UnseenDocument } from "../unseen/types";

/** v15 tuning set (helper a): commercial and technology contracts, drafted so the real term sits among other durations. */
export const COMMERCIAL_AND_TECHNOLOGY_V15: UnseenDocument[] = [
  {
    id: "v15-a-saas-subscription-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# SOFTWARE SUBSCRIPTION AGREEMENT
# Key Details
| Item | Details |
| Agreement Date | 12 June 2026 |
| Provider | Bluegum Ledger Pty Ltd (ACN 612 448 903) of Level 9, 60 Margaret Street, Sydney NSW 2000 |
| Customer | Harbourline Freight Pty Limited (ACN 098 331 276) of 4 Foreshore Road, Botany NSW 2019 |
| Software | Bluegum Ledger cloud accounting platform, Enterprise tier, for up to 250 Authorised Users |
| Commencement Date | 1 July 2026 |
| Payment Terms | Annual Fees invoiced in advance and payable within thirty (30) days of the invoice date |
| Renewal Notice Period | Not less than sixty (60) days before the end of the then-current term |
| Initial Subscription Term | Thirty-six (36) months commencing on the Commencement Date |
| Governing Law | New South Wales |
The parties agree as set out in these Key Details and the terms below.
# 1. Grant of Licence
1.1 Subject to payment of the Fees, the Provider grants the Customer a non-exclusive, non-transferable licence to access and use the Software for the Customer's internal business purposes during the Subscription Term.
1.2 The Customer must ensure that only Authorised Users access the Software and that login credentials are not shared.
# 2. Subscription Term
2.1 The licence in clause 1 runs for the Initial Subscription Term set out in the Key Details.
2.2 At the end of the Initial Subscription Term, and at the end of each Renewal Term, this Agreement automatically renews for a further period of twelve (12) months (each a "Renewal Term") unless either party gives the other written notice of non-renewal within the Renewal Notice Period.
2.3 The Initial Subscription Term and all Renewal Terms together make up the "Subscription Term".
===
# 3. Fees
3.1 The Provider may increase the Fees with effect from the start of any Renewal Term by giving the Customer not less than ninety (90) days' written notice.
3.2 Undisputed amounts unpaid for more than fourteen (14) days after their due date bear interest at 1.5% per month.
# 4. Customer Data
4.1 For thirty (30) days after expiry or termination the Customer may export its data using the Software's standard tools. The Provider will delete all Customer Data within ninety (90) days after expiry or termination.
# 5. Liability
5.1 Each party's total liability in each year of the Subscription Term is limited to the Fees paid or payable for that year.
# 6. Governing Law
6.1 This Agreement is governed by the laws in force in New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
# Execution
Executed as an agreement.
Signed for Bluegum Ledger Pty Ltd by its director, Marcus Fenwick-Hale
Signed for Harbourline Freight Pty Limited by its director, Leilani Cross`,
    truth: {
      title: "Software Subscription Agreement",
      documentType: "Licence agreement",
      parties: ["Bluegum Ledger Pty Ltd", "Harbourline Freight Pty Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v15-a-msa-new-york",
    format: "pdf",
    source: `# MASTER SERVICES AGREEMENT
This Master Services Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between Hudson Ridge Analytics LLC, a Delaware limited liability company with its principal office at 410 Lexington Avenue, New York, New York 10170 ("Provider"), and Carrow & Finch Inc., a New York corporation with offices at 88 Pine Street, New York, New York 10005 ("Client").
# 1. Services
1.1 Provider will perform the data engineering and analytics services described in one or more statements of work executed by both parties (each, a "SOW").
1.2 Each SOW will state its own project term. A SOW that states no term will expire upon completion of the services it describes. The first SOW, for a pilot project, has a term of six (6) months.
# 2. Fees and Payment
2.1 Client will pay each undisputed invoice within forty-five (45) days after receipt.
2.2 Provider may adjust its rate card once in any twelve (12) month period on sixty (60) days' prior written notice.
# 3. Warranty
3.1 Provider warrants that the Services will be performed in a professional and workmanlike manner. Client must notify Provider of any breach of this warranty within ninety (90) days after performance of the affected Services.
# 4. Term and Termination
4.1 This Agreement shall commence on the Effective Date and shall remain in effect until terminated by either party in accordance with this Section 4. It has no fixed expiration date.
4.2 Either party may terminate this Agreement for convenience upon one hundred twenty (120) days' prior written notice to the other party, provided that any SOW then in effect will continue until its own term ends.
4.3 Either party may terminate this Agreement upon written notice if the other party materially breaches it and fails to cure the breach within thirty (30) days after receiving notice of it.
# 5. Non-Solicitation
5.1 During the term of this Agreement and for twelve (12) months thereafter, neither party will solicit for employment any employee of the other party who worked on the Services.
# 6. Confidentiality
6.1 Each party will hold the other party's Confidential Information in confidence. The obligations in this Section 6 survive for five (5) years after termination of this Agreement.
# 7. Governing Law
7.1 This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles, notwithstanding that Provider is organized under the laws of the State of Delaware.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
HUDSON RIDGE ANALYTICS LLC
By: Owen Latimer, Managing Member
CARROW & FINCH INC.
By: Danielle Okafor, Chief Operating Officer`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Hudson Ridge Analytics LLC", "Carrow & Finch Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      term: "Until terminated",
    },
  },
  {
    id: "v15-a-distribution-ontario",
    format: "docx",
    storedPageCount: 3,
    source: `# EXCLUSIVE DISTRIBUTION AGREEMENT
MAPLESTONE FOODS INC.
(the "Supplier")
- and -
BRIGHTWATER PROVISIONS LTD.
(the "Distributor")
Made as of the 15th day of January, 2026
===
THIS EXCLUSIVE DISTRIBUTION AGREEMENT is made as of the 15th day of January, 2026 (the "Effective Date").
BETWEEN: MAPLESTONE FOODS INC., a corporation incorporated under the laws of Ontario, having its head office at 2200 Yonge Street, Toronto, Ontario M4S 2C6 (the "Supplier")
AND: BRIGHTWATER PROVISIONS LTD., a corporation incorporated under the laws of British Columbia, having its head office at 1055 West Hastings Street, Vancouver, British Columbia V6E 2E9 (the "Distributor")
# ARTICLE 1 – APPOINTMENT
1.1 The Supplier appoints the Distributor as its exclusive distributor of the Products in the provinces of British Columbia and Alberta (the "Territory"), and the Distributor accepts the appointment, on the terms of this Agreement.
1.2 The Distributor shall purchase and resell the Products in its own name and for its own account.
# ARTICLE 2 – PURCHASES AND PAYMENT
2.1 In each Contract Year the Distributor shall purchase Products with an aggregate invoice value of not less than CAD 1,500,000. "Contract Year" means each successive period of twelve (12) months beginning on the Effective Date.
2.2 The Distributor shall pay each invoice within forty-five (45) days of the invoice date.
2.3 The Supplier warrants that the Products will be free from defects for a period of eighteen (18) months from delivery.
# ARTICLE 3 – TERM
3.1 The initial term of this Agreement (the "Initial Term") begins on the Effective Date and ends on the fifth (5th) anniversary of the Effective Date.
3.2 The Distributor may, by written notice given not less than six (6) months before the end of the Initial Term, elect to renew this Agreement for one further term of three (3) years on the same terms. Unless so renewed, this Agreement expires at the end of the Initial Term.
===
# ARTICLE 4 – RESTRICTIVE COVENANTS
4.1 For twenty-four (24) months following the expiry or termination of this Agreement, the Distributor shall not distribute competing products in the Territory.
# ARTICLE 5 – GOVERNING LAW
5.1 This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the parties have executed this Agreement as of the Effective Date.
MAPLESTONE FOODS INC. Per: Henri Tremblay, President. I have authority to bind the corporation.
BRIGHTWATER PROVISIONS LTD. Per: Aisha Grewal, Chief Executive Officer. I have authority to bind the corporation.`,
    truth: {
      title: "Exclusive Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Maplestone Foods Inc.", "Brightwater Provisions Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-01-15",
      expiryDate: "2031-01-15",
      term: "5 years",
    },
  },
  {
    id: "v15-a-deed-of-amendment-ireland",
    format: "txt",
    source: `# DEED OF AMENDMENT
THIS DEED is made on the twentieth day of April two thousand and twenty-six
BETWEEN
(1) KESTREL COMPONENTS LIMITED, a company incorporated in England and Wales with registered number 07731946, whose registered office is at Unit 3, Ashby Park, Coalville LE67 3NH (the "Supplier"); and
(2) ORWELL MARINE ENGINEERING DAC, a designated activity company incorporated in Ireland with registered number 581204, whose registered office is at Ringaskiddy Business Park, Co. Cork, P43 K210 (the "Customer").
# RECITALS
(A) The Supplier and the Customer are parties to a supply agreement dated 1 February 2023 (the "Supply Agreement") under which the Supplier supplies hydraulic couplings to the Customer for an initial term of five (5) years from 1 February 2023, with automatic renewal for successive periods of two (2) years.
(B) The Supply Agreement is governed by the laws of England and Wales. The parties wish to amend it, including so that it is governed by Irish law, on the terms of this Deed.
# 1. DEFINITIONS
1.1 In this Deed, "Amendment Effective Date" means 1 May 2026. Capitalised terms not defined in this Deed have the meanings given in the Supply Agreement.
# 2. AMENDMENTS
With effect from the Amendment Effective Date the Supply Agreement is amended as follows:
2.1 in clause 14.2, the words "three (3) months' written notice" are replaced with "six (6) months' written notice";
2.2 in clause 9.1, the period for payment of invoices is reduced from sixty (60) days to forty-five (45) days after receipt;
2.3 in clause 11.3, the warranty period is extended from twelve (12) months to twenty-four (24) months from delivery; and
2.4 clause 28 (Governing Law) is deleted and replaced with: "This Agreement and any non-contractual obligations arising out of it are governed by the laws of Ireland."
# 3. CONTINUATION
3.1 Save as amended by this Deed, the Supply Agreement remains in full force and effect. Nothing in this Deed changes the term of the Supply Agreement or the renewal provisions described in Recital (A).
3.2 References in the Supply Agreement to "this Agreement" include the Supply Agreement as amended by this Deed.
# 4. GOVERNING LAW
4.1 This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
Executed as a deed by KESTREL COMPONENTS LIMITED acting by Gareth Pryce, director, in the presence of Lucy Amberley, witness
Given under the common seal of ORWELL MARINE ENGINEERING DAC and delivered as a deed in the presence of Siobhán Kearney, Director, and Declan Moriarty, Secretary`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Kestrel Components Limited", "Orwell Marine Engineering DAC"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-01",
      amends: "Supply Agreement",
    },
  },
  {
    id: "v15-a-managed-hosting-singapore",
    format: "pdf",
    pageFooters: true,
    source: `# MANAGED HOSTING SERVICES AGREEMENT
THIS AGREEMENT is dated 2 March 2026
BETWEEN:
(1) STRAITSCLOUD INFRASTRUCTURE PTE. LTD. (UEN 201533817K), a company incorporated in Singapore whose registered office is at 1 Fusionopolis Way, #12-03 Connexis, Singapore 138632 (the "Provider"); and
(2) MERLION TRADE FINANCE PTE. LTD. (UEN 200907741W), a company incorporated in Singapore whose registered office is at 8 Marina View, #30-01 Asia Square Tower 1, Singapore 018960 (the "Client").
IT IS AGREED as follows:
# 1. DEFINITIONS
1.1 In this Agreement:
"Commencement Date" means 1 April 2026;
"Lock-in Period" means the first twelve (12) months after the Commencement Date, during which the Client may not terminate this Agreement for convenience;
"Service Credit Period" means each calendar month;
"Initial Period" means the period from and including the Commencement Date to and including 31 March 2028;
"Renewal Period" has the meaning given in clause 3.2.
# 2. SERVICES
2.1 From the Commencement Date the Provider will host, operate and monitor the Client's trade finance applications in its data centres and provide the Services described in Schedule 1.
2.2 The Provider will achieve 99.95% availability in each Service Credit Period and will credit the Client for any shortfall.
2.3 The Client shall pay the monthly charges within thirty (30) days after the date of each invoice.
===
# 3. DURATION
3.1 This Agreement starts on the Commencement Date and, subject to clause 3.3, continues for the Initial Period.
3.2 On expiry of the Initial Period this Agreement shall renew automatically for successive periods of one (1) year (each a "Renewal Period") unless either party gives the other not less than three (3) months' written notice of non-renewal before the end of the Initial Period or the then-current Renewal Period.
3.3 After the Lock-in Period, the Client may terminate this Agreement for convenience on six (6) months' written notice.
# 4. EXIT
4.1 For ninety (90) days after termination the Provider will provide exit assistance and will return all Client Data in an agreed format.
# 5. GOVERNING LAW AND DISPUTES
5.1 This Agreement is governed by the laws of Singapore. Any dispute shall be referred to arbitration administered by the Singapore International Arbitration Centre.
Signed by Tan Wei Ming, Director, for and on behalf of STRAITSCLOUD INFRASTRUCTURE PTE. LTD.
Signed by Rachel Goh Shu Fen, Chief Technology Officer, for and on behalf of MERLION TRADE FINANCE PTE. LTD.`,
    truth: {
      title: "Managed Hosting Services Agreement",
      documentType: "Services agreement",
      parties: ["StraitsCloud Infrastructure Pte. Ltd.", "Merlion Trade Finance Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-03-31",
      term: "24 months",
      renewal: "1 year",
    },
  },
  {
    id: "v15-a-software-licence-india",
    format: "docx",
    source: `# SOFTWARE LICENCE AGREEMENT
# 1. Interpretation
1.1 In this Agreement the "Licensor" and the "Licensee" are the parties named in the execution table at the end of this Agreement, and "Effective Date" means 1 January 2026.
1.2 "Software" means the Licensor's PrathamPOS retail point-of-sale software in object code, including updates released during the Licence Period.
# 2. Support and Warranty
2.1 The Licensor warrants that the Software will perform materially in accordance with its documentation for ninety (90) days from installation (the "Warranty Period").
2.2 The Licensor will respond to priority-one support requests within four (4) hours and will make each new major release available within six (6) weeks of its general release.
# 3. Source Code Escrow
3.1 Within thirty (30) days of the Effective Date the Licensor shall deposit the source code of the Software with the Escrow Agent under a separate escrow agreement having a term of ten (10) years.
3.2 If the Licensor ceases to support the Software for sixty (60) consecutive days, the Licensee may apply for release of the source code.
# 4. Grant and Licence Period
4.1 The Licensor grants the Licensee a non-exclusive, non-transferable licence to install and use the Software at up to 120 retail outlets in India.
4.2 The licence is granted for a period of four (4) years from the Effective Date (the "Licence Period"). The Licence Period may be extended only by a written agreement signed by both parties and does not renew automatically.
4.3 The licence fee is payable in four equal annual instalments, each within thirty (30) days of the start of the relevant year of the Licence Period.
# 5. Termination
5.1 Either party may terminate this Agreement by written notice if the other commits a material breach that is not remedied within sixty (60) days of notice of the breach.
5.2 Clauses 3, 6 and 7 survive termination or expiry for three (3) years.
# 6. Confidentiality
6.1 Each party shall keep the other's confidential information confidential and use it only for the purposes of this Agreement.
# 7. Governing Law and Arbitration
7.1 This Agreement is governed by the laws of India. Disputes shall be resolved by arbitration seated in Mumbai under the Arbitration and Conciliation Act, 1996.
# Execution
| Licensor | Licensee |
| NILGIRI SOFTWARE PRIVATE LIMITED (CIN U72200KA2014PTC076512), 14 Residency Road, Bengaluru 560025 | COASTLINE RETAIL LLP (LLPIN AAK-4821), 3rd Floor, Fort House, D.N. Road, Mumbai 400001 |
| By: Ananya Krishnamurthy, Director | By: Rohan Mehta, Designated Partner |
| Date: 22 December 2025 | Date: 23 December 2025 |`,
    truth: {
      title: "Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Nilgiri Software Private Limited", "Coastline Retail LLP"],
      governingLaw: "India",
      effectiveDate: "2026-01-01",
      expiryDate: "2030-01-01",
      term: "4 years",
    },
  },
  {
    id: "v15-a-supply-south-africa",
    format: "txt",
    source: `# SUPPLY AGREEMENT
entered into by and between
PROTEA PACKAGING (PTY) LTD (Registration number 2011/004517/07), a private company incorporated in the Republic of South Africa, of 17 Bell Crescent, Westlake, Cape Town, 7945 ("the Supplier")
and
KAROO CITRUS EXPORTERS (PTY) LTD (Registration number 2016/228841/07), of 9 Voortrekker Street, Citrusdal, 7340 ("the Purchaser")
# 1. INTERPRETATION
1.1 "Commencement Date" means 1 April 2026.
1.2 "Framework Agreement" means the packaging framework agreement between the Purchaser and its group companies dated 10 January 2024, which runs for five (5) years from that date.
1.3 "Season" means each period from 1 March to 31 October in which citrus is harvested and packed.
1.4 "Contract Period" means the period commencing on the Commencement Date and ending on 31 March 2029.
# 2. SUPPLY
2.1 The Supplier shall supply corrugated export cartons to the Purchaser during each Season in accordance with purchase orders placed under this Agreement and the Framework Agreement.
2.2 The Purchaser shall provide a rolling forecast covering the following eight (8) weeks, updated every two (2) weeks.
2.3 Purchase orders must be placed not less than ten (10) business days before the required delivery date.
# 3. PRICE AND PAYMENT
3.1 Prices are fixed for the first eighteen (18) months of the Contract Period and may thereafter be reviewed once in every twelve (12) months.
3.2 The Purchaser shall pay each invoice within sixty (60) days from statement.
# 4. DURATION
4.1 This Agreement shall commence on the Commencement Date and endure for the Contract Period, whereupon it shall terminate automatically without notice.
4.2 The parties may meet six (6) months before the end of the Contract Period to negotiate a new agreement, but neither party is obliged to conclude one.
# 5. QUALITY
5.1 The Purchaser must notify the Supplier of any defective cartons within fourteen (14) days of delivery.
# 6. GOVERNING LAW
6.1 This Agreement shall be governed by and interpreted in accordance with the laws of the Republic of South Africa.
SIGNED at Cape Town on this 18th day of March 2026.
For: PROTEA PACKAGING (PTY) LTD, Johan van der Merwe, Director, who warrants his authority
SIGNED at Citrusdal on this 20th day of March 2026.
For: KAROO CITRUS EXPORTERS (PTY) LTD, Nomvula Dlamini, Managing Director, who warrants her authority`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Protea Packaging (Pty) Ltd", "Karoo Citrus Exporters (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
    },
  },
  {
    id: "v15-a-mutual-nda-delaware",
    format: "pdf",
    source: `# MUTUAL NONDISCLOSURE AGREEMENT
This Mutual Nondisclosure Agreement (the "Agreement") is entered into effective as of June 1, 2026 (the "Effective Date") by and between Quillfeather Robotics, Inc., a Delaware corporation having its principal place of business at 200 Innovation Way, Wilmington, Delaware 19801, and Tamsin Vale Holdings LLC, a Texas limited liability company having its principal place of business at 901 Congress Avenue, Austin, Texas 78701 (each a "Party").
1. Purpose. The Parties wish to evaluate a possible joint development of autonomous warehouse picking systems (the "Purpose").
2. Confidential Information. "Confidential Information" means all non-public information disclosed by one Party (the "Disclosing Party") to the other (the "Receiving Party") in connection with the Purpose, whether orally or in writing.
3. Obligations. The Receiving Party shall protect the Disclosing Party's Confidential Information with at least reasonable care. The obligations in this Section 3 shall survive for five (5) years after the expiration or termination of this Agreement, and trade secrets shall be protected for as long as they remain trade secrets.
4. Return of Materials. Within ten (10) days after a written request, the Receiving Party shall return or destroy all Confidential Information in its possession.
5. Non-Solicitation. For eighteen (18) months after the Effective Date, neither Party shall solicit for employment any employee of the other Party introduced to it in connection with the Purpose.
6. Term. This Agreement shall remain in effect for a period of two (2) years from the Effective Date, unless earlier terminated by either Party upon thirty (30) days' written notice. Confidential Information may be disclosed under this Agreement only during that period.
7. No License. Nothing in this Agreement grants either Party any license under any patent, copyright or other intellectual property right of the other Party.
8. Governing Law. This Agreement shall be governed by the laws of the State of Delaware, without reference to conflict of laws principles. The Parties consent to the exclusive jurisdiction of the state and federal courts located in New Castle County, Delaware.
9. Entire Agreement. This Agreement is the entire agreement of the Parties regarding its subject matter.
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.
QUILLFEATHER ROBOTICS, INC.
By: Devika Anand, Chief Executive Officer. Date: May 28, 2026
TAMSIN VALE HOLDINGS LLC
By: Corinne Lott, Manager. Date: June 2, 2026`,
    truth: {
      title: "Mutual Nondisclosure Agreement",
      documentType: "NDA",
      parties: ["Quillfeather Robotics, Inc.", "Tamsin Vale Holdings LLC"],
      governingLaw: "Delaware",
      effectiveDate: "2026-06-01",
      expiryDate: "2028-06-01",
      term: "2 years",
    },
  },
];
