import type { UnseenDocument } from "../unseen/types";

/** Held-back v24: finance documents (loan and facility agreements, a facility letter, a guarantee, security, an amendment) from eight jurisdictions. */
export const FINANCE_V24: UnseenDocument[] = [
  {
    id: "v24-finance-ontario-term-loan",
    format: "pdf",
    pageFooters: true,
    source: `# Term Loan Agreement
This Term Loan Agreement is made and entered into as of the 14th day of April, 2026 (the "Closing Date")
BY AND AMONG:
LAURENTIAN SHORE BANK, a Schedule I bank under the Bank Act (Canada), having an office at 200 Bay Street, Suite 1400, Toronto, Ontario M5J 2J2 (the "Lender");
MAPLECREST FABRICATION INC., a corporation existing under the laws of the Province of Ontario, having its head office at 55 Industrial Parkway North, Aurora, Ontario L4G 4C4 (the "Borrower"); and
2468013 ONTARIO INC., a corporation existing under the laws of the Province of Ontario (the "Guarantor").
WHEREAS the Lender issued a commitment letter to the Borrower dated March 2, 2026 (the "Commitment Letter") and the parties wish to record the definitive terms of the loan contemplated by it;
NOW THEREFORE in consideration of the mutual covenants herein, the parties agree as follows:
# Article 1 – The Loan
1.1 Amount. The Lender agrees to advance to the Borrower on the Closing Date a non-revolving term loan in the principal amount of CAD $6,750,000 (the "Term Loan").
1.2 Purpose. The Term Loan shall be used to refinance existing equipment indebtedness and to purchase two CNC laser cutting lines for the Borrower's Aurora plant.
1.3 Term. The Term Loan shall have a term of sixty (60) months from the Closing Date, and all Obligations shall be repaid in full on April 14, 2031 (the "Maturity Date").
# Article 2 – Interest and Repayment
2.1 Interest. The Term Loan bears interest at the Lender's Prime Rate plus 1.25% per annum, calculated daily and payable monthly in arrears on the first Business Day of each month.
2.2 Amortization. Principal is repayable in fifty-nine (59) consecutive monthly instalments of CAD $75,000 each, commencing on the first Business Day of June, 2026, with the balance payable on the Maturity Date.
2.3 Prepayment. The Borrower may prepay the Term Loan in whole or in part on not less than ten (10) Business Days' prior written notice, subject to payment of any applicable breakage costs.
===
# Article 3 – Guarantee and Security
3.1 The Guarantor unconditionally guarantees the Obligations of the Borrower and shall deliver a general security agreement over all of its present and after-acquired personal property, registered under the Personal Property Security Act (Ontario).
3.2 The Borrower shall maintain a Fixed Charge Coverage Ratio of not less than 1.20:1.00, tested quarterly on a rolling four-quarter basis.
# Article 4 – Events of Default
4.1 Each of the following is an Event of Default: (a) non-payment of principal when due or of interest within three (3) Business Days of its due date; (b) breach of any other covenant not remedied within thirty (30) days of notice from the Lender; (c) insolvency of the Borrower or the Guarantor.
# Article 5 – General
5.1 Indemnity. The indemnities in this Agreement shall survive repayment of the Obligations for a period of two (2) years.
5.2 Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein, and each party attorns to the non-exclusive jurisdiction of the courts of Ontario.
5.3 Entire Agreement. This Agreement supersedes the Commitment Letter.
IN WITNESS WHEREOF the parties have executed this Agreement as of the Closing Date.
LAURENTIAN SHORE BANK — Per: Marc-André Gauthier, Director, Commercial Banking — Per: Priya Raman, Senior Account Manager
MAPLECREST FABRICATION INC. — Per: Gordon Ellis, President — I have authority to bind the corporation
2468013 ONTARIO INC. — Per: Gordon Ellis, President — I have authority to bind the corporation`,
    truth: {
      title: "Term Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Laurentian Shore Bank", "Maplecrest Fabrication Inc.", "2468013 Ontario Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-14",
      expiryDate: "2031-04-14",
      term: "60 months",
    },
  },
  {
    id: "v24-finance-nz-facility-letter",
    format: "docx",
    storedPageCount: 3,
    source: `Harbourline Bank of New Zealand Limited
Corporate & Agribusiness Banking | Level 9, 88 Customhouse Quay, Wellington 6011 | harbourline.co.nz
17 June 2026
Private and Confidential
The Directors
Tasman Orchards Limited
412 Main Road, Riwaka 7198
Our ref: CAB/TO/2026/114
Dear Directors
# Facility Letter
We are pleased to offer Tasman Orchards Limited (company number 1987654) ("you") the facility described below, on the terms of this letter and our General Terms for Business Lending (the "General Terms"). If there is any inconsistency, this letter prevails.
| Facility | Seasonal revolving cash advance facility |
| Limit | NZ$2,500,000 |
| Purpose | Pre-harvest working capital for the 2026/27 and 2027/28 apple seasons |
| Facility Period | 24 months from the date of this letter |
| Final Repayment Date | 17 June 2028 |
| Interest | Agri Base Rate plus a margin of 1.85% per annum, payable monthly in arrears |
| Line Fee | 0.40% per annum on the Limit, payable quarterly in advance |
| Security | First-ranking general security agreement over all present and after-acquired property, and a registered first mortgage over the orchard at 412 Main Road, Riwaka |
===
Conditions precedent. No cash advance may be drawn until we have received the signed acceptance below, the security listed above duly executed and registered on the Personal Property Securities Register, and a certificate of insurance for the orchard buildings and crop.
Drawings. Each cash advance must be for a minimum of NZ$100,000, requested by 11am on the business day before drawing, and repaid within 180 days of its drawdown.
Financial undertakings. You must keep the ratio of total debt to orchard valuation at or below 50%, tested annually on receipt of your audited accounts, which are due within 120 days of each balance date.
Review. We will review the facility each year by 30 September. Any extension of the Facility Period is at our sole discretion and takes effect only if we agree it in writing.
Lapse of offer. This offer lapses if we have not received your signed acceptance by 1 July 2026.
Governing law. This letter is governed by the laws of New Zealand, and you submit to the non-exclusive jurisdiction of the courts of New Zealand.
Please sign and return the acceptance on the following page.
Yours faithfully
For and on behalf of Harbourline Bank of New Zealand Limited
Aroha Ngata, Senior Relationship Manager, Agribusiness
===
# Acceptance
Tasman Orchards Limited accepts the offer set out in this letter dated 17 June 2026 and agrees to be bound by it and by the General Terms.
Signed by: Hamish Te Whata, Director
Signed by: Louise Te Whata, Director
Date: 24 June 2026`,
    truth: {
      title: "Facility Letter",
      documentType: "Facility agreement",
      parties: ["Harbourline Bank of New Zealand Limited", "Tasman Orchards Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-06-17",
      expiryDate: "2028-06-17",
      term: "24 months",
    },
  },
  {
    id: "v24-finance-jersey-deed-of-guarantee",
    format: "pdf",
    source: `# Deed of Guarantee
THIS DEED OF GUARANTEE is made on the 2nd day of February 2026
BY:
(1) PHILIPPE JEAN LE BRETON of Les Fontaines, La Rue de la Ville au Bas, St. Lawrence, Jersey JE3 1AB (the "Guarantor");
IN FAVOUR OF:
(2) ST. AUBIN PRIVATE BANK (JERSEY) LIMITED, a company incorporated in Jersey with registered number 45678, whose registered office is at 3 Broad Street, St. Helier, Jersey JE2 3RR (the "Lender").
WHEREAS:
(A) By a facility agreement dated 28 January 2026 between the Lender and Le Breton Yachting Limited (the "Borrower"), which is governed by English law (the "Facility Agreement"), the Lender agreed to make available to the Borrower a term loan facility of £1,200,000 repayable over a period of five years.
(B) It is a condition of the Facility Agreement that the Guarantor enters into this Deed.
NOW THIS DEED WITNESSES as follows:
1. Interpretation. Terms defined in the Facility Agreement have the same meaning in this Deed. "Guaranteed Obligations" means all monies, obligations and liabilities now or hereafter due, owing or incurred by the Borrower to the Lender under the Facility Agreement.
2. Guarantee. The Guarantor irrevocably and unconditionally guarantees to the Lender the punctual payment by the Borrower of the Guaranteed Obligations, provided that the Guarantor's aggregate liability under this Deed shall not exceed £400,000 together with interest and costs of enforcement.
3. Duration. This Guarantee shall remain in force for a period of three (3) years from the date of this Deed and shall expire on 2 February 2029 (the "Expiry Date"), save in respect of any demand made by the Lender before the Expiry Date, which shall remain enforceable until satisfied.
4. Demands. Any demand shall be made in writing, and the Guarantor shall pay the amount demanded within five (5) Business Days of receipt of the demand.
===
5. Waiver of customary law rights. The Guarantor hereby abandons any right which he has or may have under the customary law of Jersey, whether by virtue of the droit de discussion or otherwise, to require the Lender to proceed against the Borrower first, and whether by virtue of the droit de division or otherwise, to require that liability be divided among any co-guarantors.
6. Continuing obligations. The Guarantor's obligations are not affected by any time or indulgence granted to the Borrower, any variation of the Facility Agreement, or any release of other security.
7. Governing law and jurisdiction. This Deed shall be governed by and construed in accordance with the laws of the Island of Jersey, and the Guarantor irrevocably submits to the non-exclusive jurisdiction of the Royal Court of Jersey.
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
SIGNED as a DEED by PHILIPPE JEAN LE BRETON in the presence of:
Witness: Claire Renouf, Advocate, 9 Hill Street, St. Helier, Jersey
ACCEPTED by ST. AUBIN PRIVATE BANK (JERSEY) LIMITED, acting by Jonathan Vibert, Authorised Signatory`,
    truth: {
      title: "Deed of Guarantee",
      documentType: "Guarantee",
      parties: ["Philippe Jean Le Breton", "St. Aubin Private Bank (Jersey) Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-02-02",
      expiryDate: "2029-02-02",
      term: "3 years",
    },
  },
  {
    id: "v24-finance-scotland-standard-security",
    format: "txt",
    source: `# Standard Security
by
GLENORCHY SPIRITS LIMITED
in favour of
THE CALEDONIAN COMMERCIAL BANK PLC
Subjects: Unit 4, Dalmore Industrial Estate, Alness
WE, GLENORCHY SPIRITS LIMITED, incorporated under the Companies Acts (registered number SC482190) and having our registered office at 21 Castle Street, Inverness IV2 3DU (the "Chargor"), HEREBY UNDERTAKE to pay to THE CALEDONIAN COMMERCIAL BANK PLC, incorporated under the Companies Acts (registered number SC004417) and having its registered office at 40 St Andrew Square, Edinburgh EH2 2YE (the "Bank"), all sums due and that may become due by us to the Bank in any manner of way;
FOR WHICH we GRANT a standard security in favour of the Bank over ALL and WHOLE the tenant's interest in the lease of Unit 4, Dalmore Industrial Estate, Alness IV17 0XN between Highland Estates Investments Limited and us dated 12 August 2011 and registered in the Books of Council and Session on 19 August 2011, for a period of twenty-five years from and after 28 May 2011 (the "Lease"), being the subjects registered in the Land Register of Scotland under Title Number ROS12345;
The landlord's consent to the granting of this Standard Security was given by letter dated 2 March 2026;
The Standard Conditions specified in Schedule 3 to the Conveyancing and Feudal Reform (Scotland) Act 1970, as varied by the Bank's Variation of Standard Conditions (2019 edition) annexed and executed as relative hereto, and any lawful variation thereof operative for the time being, shall apply;
We agree that the period of two months specified in any calling-up notice or notice of default may be shortened or dispensed with as the Bank may determine;
We undertake not to assign, sub-let or renounce the Lease, or agree to any variation of it, without the prior written consent of the Bank;
We grant warrandice;
This Standard Security shall be governed by and construed in accordance with the Law of Scotland;
We consent to registration hereof for preservation and execution:
IN WITNESS WHEREOF these presents are subscribed for and on behalf of the said GLENORCHY SPIRITS LIMITED at Inverness on the Ninth day of March Two thousand and twenty-six by Fiona Catriona MacLeod, Director, before this witness Ewan Alasdair Ross, Solicitor, 8 Church Street, Inverness IV1 1EA.
Fiona Catriona MacLeod, Director
Ewan Alasdair Ross, Witness`,
    truth: {
      title: "Standard Security",
      documentType: "Security agreement",
      parties: ["Glenorchy Spirits Limited", "The Caledonian Commercial Bank PLC"],
      governingLaw: "Scotland",
      effectiveDate: "2026-03-09",
    },
  },
  {
    id: "v24-finance-new-york-first-amendment",
    format: "docx",
    source: `# First Amendment to Credit Agreement
This FIRST AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is entered into as of September 24, 2026, among RIVERBEND LOGISTICS, LLC, a Delaware limited liability company (the "Borrower"), the Lenders party hereto, and FIRST HUDSON NATIONAL BANK, as Administrative Agent (in such capacity, the "Administrative Agent").
# Recitals
WHEREAS, the Borrower, the Lenders from time to time party thereto and the Administrative Agent are parties to that certain Credit Agreement, dated as of March 15, 2024 (as amended, restated, supplemented or otherwise modified prior to the date hereof, the "Credit Agreement"), which provides for a revolving credit facility maturing on March 15, 2029;
WHEREAS, the Borrower has requested that the Lenders increase the Aggregate Revolving Commitments and amend certain financial covenants, and the Lenders are willing to do so on the terms and subject to the conditions set forth herein;
NOW, THEREFORE, in consideration of the premises and the mutual agreements herein, the parties hereto agree as follows:
Section 1. Defined Terms. Capitalized terms used but not defined herein have the meanings given to them in the Credit Agreement.
Section 2. Amendments to the Credit Agreement. (a) The definition of "Aggregate Revolving Commitments" in Section 1.01 is amended by replacing "$40,000,000" with "$55,000,000". (b) Section 7.11(a) is amended so that the maximum Consolidated Leverage Ratio for each fiscal quarter ending on or before June 30, 2027 is 3.75 to 1.00. (c) Schedule 2.01 (Commitments and Applicable Percentages) is replaced in its entirety by Annex A to this Amendment.
Section 3. Conditions to Effectiveness. This Amendment shall become effective on October 1, 2026 (the "Amendment Effective Date"), provided that the Administrative Agent shall have received (a) counterparts of this Amendment duly executed by the Borrower, the Administrative Agent and each Lender, and (b) for the account of each Lender, an upfront fee equal to 0.15% of the increase in its Revolving Commitment.
Section 4. Representations and Warranties. The Borrower represents that, after giving effect to this Amendment, the representations and warranties in Article V of the Credit Agreement are true and correct in all material respects and no Default has occurred and is continuing.
Section 5. Effect of Amendment. Except as expressly set forth herein, the Credit Agreement remains unmodified and in full force and effect. This Amendment is a Loan Document and does not constitute a novation of the Credit Agreement.
Section 6. Governing Law. THIS AMENDMENT SHALL BE GOVERNED BY, AND CONSTRUED IN ACCORDANCE WITH, THE LAW OF THE STATE OF NEW YORK.
Section 7. Counterparts. This Amendment may be executed in counterparts and by electronic signature, each of which shall be deemed an original.
[Signature pages follow]
===
IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of the date first above written.
RIVERBEND LOGISTICS, LLC, as Borrower
By: Dana K. Whitfield — Title: Chief Financial Officer
FIRST HUDSON NATIONAL BANK, as Administrative Agent and as a Lender
By: Robert J. Castellano — Title: Managing Director
COPPERLINE CAPITAL BANK, N.A., as a Lender
By: Michelle Osei — Title: Senior Vice President`,
    truth: {
      title: "First Amendment to Credit Agreement",
      documentType: "Amendment",
      parties: ["Riverbend Logistics, LLC", "First Hudson National Bank", "Copperline Capital Bank, N.A."],
      governingLaw: "New York",
      effectiveDate: "2026-10-01",
      amends: "Credit Agreement",
    },
  },
  {
    id: "v24-finance-singapore-term-facility",
    format: "pdf",
    pageFooters: true,
    source: `DATED 8 JULY 2026
# Term Facility Agreement
S$18,000,000 TERM LOAN FACILITY
for
ORCHID BAY MARINE PTE. LTD.
as Borrower
guaranteed by
ORCHID BAY HOLDINGS PTE. LTD.
provided by
STRAITS UNION BANK LIMITED
as Lender
===
THIS AGREEMENT is dated 8 July 2026 and is made BETWEEN:
(1) ORCHID BAY MARINE PTE. LTD. (UEN 201812345K), a company incorporated in Singapore with its registered office at 10 Pandan Crescent, #05-02, Singapore 128466 (the "Borrower");
(2) ORCHID BAY HOLDINGS PTE. LTD. (UEN 201512345D), a company incorporated in Singapore, as original guarantor (the "Guarantor"); and
(3) STRAITS UNION BANK LIMITED, acting through its office at 1 Raffles Place, #30-01, Singapore 048616 (the "Lender").
IT IS AGREED as follows:
# 1. Definitions and Interpretation
1.1 In this Agreement:
“Availability Period” means the period from and including the date of this Agreement to and including the date falling three (3) Months after the date of this Agreement.
“Final Repayment Date” means the date falling thirty-six (36) Months after the date of this Agreement.
“Interest Period” means each period of three (3) Months, the first commencing on the Utilisation Date.
“Month” means a period starting on one day in a calendar month and ending on the numerically corresponding day in the next calendar month.
# 2. The Facility
2.1 Subject to the terms of this Agreement, the Lender makes available to the Borrower a Singapore dollar term loan facility in an aggregate amount of S$18,000,000 to part-finance the acquisition of the offshore support vessel "Orchid Star".
# 6. Repayment
6.1 The Borrower shall repay the Loan in twelve (12) equal quarterly instalments, the first falling three (3) Months after the Utilisation Date and the last on the Final Repayment Date.
# 7. Prepayment
7.1 The Borrower may prepay the whole or any part of the Loan (but, if in part, by a minimum of S$1,000,000) on not less than fifteen (15) Business Days' prior notice. Any prepayment made within the first twelve (12) Months after the Utilisation Date shall be subject to a prepayment fee of one per cent. (1%) of the amount prepaid.
# 19. Confidentiality
19.1 The obligations in this Clause 19 shall survive for two (2) years after the Final Repayment Date.
# 24. Governing Law and Jurisdiction
24.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by Singapore law.
24.2 The courts of Singapore have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
===
# Execution Page
The Borrower — ORCHID BAY MARINE PTE. LTD., by Tan Kok Leong, Director
The Guarantor — ORCHID BAY HOLDINGS PTE. LTD., by Tan Kok Leong, Director, and Ong Mei Ling, Director
The Lender — STRAITS UNION BANK LIMITED, by Rachel Koh, Executive Director, Corporate Banking`,
    truth: {
      title: "Term Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Orchid Bay Marine Pte. Ltd.", "Orchid Bay Holdings Pte. Ltd.", "Straits Union Bank Limited"],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-08",
      expiryDate: "2029-07-08",
      term: "36 months",
    },
  },
  {
    id: "v24-finance-south-africa-trust-loan",
    format: "docx",
    storedPageCount: 2,
    source: `# Loan Agreement
entered into between
NDLOVU FAMILY TRUST
and
KAROO SUNFIELDS (PTY) LTD
# Key Details
| Item | Detail |
| Lender | Ndlovu Family Trust (Master's reference IT 001234/2015(G)), acting through its trustees for the time being |
| Borrower | Karoo Sunfields (Pty) Ltd, registration number 2019/456789/07, of 14 Voortrekker Street, Graaff-Reinet, 6280 |
| Principal Amount | R4 500 000 (four million five hundred thousand rand) |
| Commencement Date | 1 April 2026 |
| Loan Period | From 1 April 2026 to 31 March 2029 |
| Final Repayment Date | 31 March 2029 |
| Interest | Prime rate plus 2% (two percent) per annum, calculated daily, compounded monthly and payable monthly in arrears by the 7th (seventh) day of each month |
| Security | Cession in securitatem debiti of the Borrower's book debts; suretyship by Mandla Ndlovu |
1. Interpretation. Terms defined in the Key Details bear the same meanings in this Agreement. "Business Day" means any day other than a Saturday, Sunday or public holiday in the Republic of South Africa.
2. Advance. The Lender shall advance the Principal Amount to the Borrower's nominated bank account on the Commencement Date, provided that the cession and the suretyship have been signed and delivered to the Lender by no later than 25 March 2026.
3. Repayment. The Borrower shall repay the capital, together with all interest then outstanding, in full on the Final Repayment Date. The Borrower may not prepay the capital during the first 12 (twelve) months after the Commencement Date (the "lock-in period"); thereafter it may prepay on not less than 30 (thirty) days' written notice.
4. Breach. If the Borrower fails to pay any amount on its due date and does not remedy that failure within 10 (ten) Business Days after receiving written notice, the Lender may claim immediate payment of all amounts outstanding.
5. National Credit Act. The parties record that the Borrower is a juristic person whose asset value exceeds the threshold determined under the National Credit Act 34 of 2005, and that the Act accordingly does not apply to this Agreement.
===
6. Domicilium. The parties choose their addresses in the Key Details (the Lender: 3 Kloof Road, Sea Point, Cape Town, 8005) as their domicilia citandi et executandi.
7. Governing law. This Agreement is governed by the laws of the Republic of South Africa.
8. Whole agreement. This Agreement is the whole agreement between the parties, and no variation or cancellation of it is of any effect unless reduced to writing and signed by both parties.
SIGNED at Cape Town on 20 March 2026 for the Lender by Thandiwe Ndlovu, trustee, duly authorised by resolution of the trustees.
AS WITNESS: Lerato Mokoena
SIGNED at Graaff-Reinet on 23 March 2026 for the Borrower by Pieter van der Merwe, director, who warrants that he is duly authorised.
AS WITNESS: Anele Jacobs`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Ndlovu Family Trust", "Karoo Sunfields (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
    },
  },
  {
    id: "v24-finance-isle-of-man-intragroup-rcf",
    format: "txt",
    source: `# Intra-Group Revolving Loan Agreement
Dated: 15/12/2025
This agreement is made between the Lender and the Borrower identified in the signature blocks at the end of this agreement.
1. Facility. The Lender makes available to the Borrower a committed revolving loan facility of up to £5,000,000 for the general corporate and working capital purposes of the Borrower and its subsidiaries.
2. Term and renewal. This agreement shall commence on 1 January 2026 (the "Commencement Date") and shall continue for an initial period of one year. At the end of the initial period and of each renewal period it shall renew automatically for a further period of one year, unless either party gives the other not less than three months' written notice of non-renewal.
3. Drawings. The Borrower may request an advance on not less than two Business Days' notice. Each advance shall be in a minimum amount of £250,000.
4. Interest. Interest accrues on each advance at Compounded SONIA plus a margin of 1.50% per annum, being a rate the parties consider to be on arm's length terms, and is payable quarterly in arrears on the last Business Day of March, June, September and December.
5. Repayment. All advances outstanding at the end of the term (as renewed, if applicable) shall be repaid on its last day. The Borrower may repay any advance early without penalty on five Business Days' notice.
6. Subordination. The Lender agrees that the Borrower's obligations under this agreement rank after its obligations to its external senior lenders.
7. Set-off. The Lender may set off any matured obligation owed by the Borrower against any obligation owed by the Lender to the Borrower.
8. Confidentiality. Each party shall keep the terms of this agreement confidential, and this obligation survives for two years after termination.
9. Governing law. This agreement is governed by the laws of the Isle of Man, and the parties submit to the exclusive jurisdiction of the High Court of Justice of the Isle of Man.
LENDER
Signed for and on behalf of MANNIN TREASURY LIMITED (incorporated in the Isle of Man, company number 009876C), 14 Athol Street, Douglas IM1 1JA
by Rhona Kinvig, Director
BORROWER
Signed for and on behalf of CASTLETOWN MARINE SERVICES LIMITED (incorporated in the Isle of Man, company number 012345C), Unit 3, Ronaldsway Industrial Estate, Ballasalla IM9 2RS
by Daniel Quayle, Director`,
    truth: {
      title: "Intra-Group Revolving Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Mannin Treasury Limited", "Castletown Marine Services Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-01-01",
      expiryDate: "2026-12-31",
      term: "1 year",
      renewal: "1 year",
    },
  },
];
