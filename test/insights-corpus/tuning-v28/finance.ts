import type { UnseenDocument } from "../unseen/types";

/** Tuning set v28: finance — loan and facility agreements, facility letters, guarantees, security documents and amendments from many jurisdictions. */
export const FINANCE_V28: UnseenDocument[] = [
  {
    id: "v28-finance-overdraft-facility-letter-ireland",
    format: "pdf",
    pdfMargin: 78,
    source: `BRENNAN CULLINAN BANK DAC
14 Fitzwilliam Square East, Dublin 2, D02 YX47
Registered in Ireland, number 512244
9 February 2026
Strictly Private and Confidential
The Directors
Corrib Precision Engineering Limited
Unit 7, Ballybrit Business Park, Galway H91 K2X8
Our ref: BC/COM/26/0418
Dear Sirs
# Overdraft Facility
We are pleased to offer Corrib Precision Engineering Limited (the “Borrower”) an overdraft facility on the terms of this letter. This letter replaces our facility letter of 22 January 2025, which ceases to have effect once you accept this offer.
1. Amount. Up to €250,000 on the Borrower's current account number 40118832 (the “Facility”).
2. Purpose. The Facility may be used only for the Borrower's general working capital.
3. Availability and renewal. The Facility is available for a period of twelve (12) months from the date of this letter. On each anniversary of the date of this letter the Facility shall renew automatically for a further period of twelve (12) months unless the Bank has given the Borrower not less than thirty (30) days' written notice that it will not be renewed.
4. Interest. Interest is charged at 3.25% per annum above the Bank's Base Rate, calculated daily on the cleared debit balance and debited to the account quarterly in arrears. Unauthorised excesses bear a surcharge of 0.75% per month.
5. Fees. An arrangement fee of €1,250 is payable on acceptance and a renewal fee of €950 on each renewal.
6. Security. The Facility is secured by the debenture dated 3 May 2021 granted by the Borrower in favour of the Bank, which continues in full force.
7. Conditions. Before first use of the Facility the Bank must receive a certified copy of a resolution of the Borrower's board approving this letter. This offer lapses if the Bank has not received the signed acceptance below within twenty-one (21) days of the date of this letter.
8. Repayment on demand. Nothing in this letter affects the Bank's right to require repayment of all amounts outstanding under the Facility at any time on demand.
9. Governing law. This letter and any non-contractual obligations arising from it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your acceptance.
Yours faithfully
For and on behalf of Brennan Cullinan Bank DAC
Aoife Delaney, Relationship Manager, Commercial Banking West
Acceptance
We accept the Facility on the terms and conditions of this letter.
Signed for and on behalf of Corrib Precision Engineering Limited
Ciarán Mulholland, Director
Dated: 16 February 2026`,
    truth: {
      title: "Overdraft Facility",
      documentType: "Facility agreement",
      parties: ["Brennan Cullinan Bank DAC", "Corrib Precision Engineering Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-09",
      expiryDate: "2027-02-09",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v28-finance-revolving-credit-facility-england",
    format: "pdf",
    pageFooters: true,
    source: `EXECUTION VERSION
Dated 14 April 2026
£40,000,000
# Revolving Credit Facility Agreement
for HARTWELL LOGISTICS GROUP PLC as Borrower
guaranteed by HARTWELL FREIGHT LIMITED
arranged by THAMESBRIDGE BANK PLC with THAMESBRIDGE BANK PLC acting as Agent
Lawford Pryce LLP, 30 Gresham Street, London EC2V 7PG
===
THIS AGREEMENT is dated 14 April 2026 and made BETWEEN:
(1) HARTWELL LOGISTICS GROUP PLC, a public limited company incorporated in England and Wales with registered number 04417730 (the “Borrower”);
(2) HARTWELL FREIGHT LIMITED, a private limited company incorporated in England and Wales with registered number 06912245 (the “Original Guarantor”);
(3) THAMESBRIDGE BANK PLC as mandated lead arranger (the “Arranger”);
(4) THAMESBRIDGE BANK PLC and ASHCOMBE CAPITAL BANK LIMITED as original lenders (the “Original Lenders”); and
(5) THAMESBRIDGE BANK PLC as agent of the Finance Parties (the “Agent”).
IT IS AGREED as follows:
# 1. Definitions and Interpretation
“Availability Period” means the period from and including the date of this Agreement to and including the date falling one month before the Termination Date.
“Termination Date” means the date falling three years after the date of this Agreement.
# 2. The Facility
Subject to the terms of this Agreement, the Lenders make available to the Borrower a sterling revolving credit facility in an aggregate amount equal to the Total Commitments, being £40,000,000 at the date of this Agreement.
# 7. Repayment and Extension
Each Loan shall be repaid on the last day of its Interest Period. All Loans outstanding shall be repaid in full on the Termination Date.
The Borrower may, by notice to the Agent not more than 60 and not less than 30 days before the first anniversary of the date of this Agreement, request that the Termination Date be extended by one year. Any extension requires the consent of each Lender in its sole discretion.
# 25. Conduct of Business by the Finance Parties
No provision of this Agreement will interfere with the right of any Finance Party to arrange its affairs in whatever manner it thinks fit. The confidentiality undertakings in Clause 38 continue for twelve months after the Termination Date.
===
# 42. Governing Law
This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law.
# 43. Enforcement
The courts of England have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
This Agreement has been entered into on the date stated at the beginning of this Agreement.
# Signatories
The Borrower: HARTWELL LOGISTICS GROUP PLC, by Priya Ramanathan, Chief Financial Officer
The Original Guarantor: HARTWELL FREIGHT LIMITED, by Owen Gallagher, Director
The Arranger, Original Lender and Agent: THAMESBRIDGE BANK PLC, by Laura Whitcombe, Managing Director
Original Lender: ASHCOMBE CAPITAL BANK LIMITED, by Tomasz Nowak, Authorised Signatory`,
    truth: {
      title: "Revolving Credit Facility Agreement",
      documentType: "Facility agreement",
      parties: ["Hartwell Logistics Group plc", "Hartwell Freight Limited", "Thamesbridge Bank plc", "Ashcombe Capital Bank Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-14",
      expiryDate: "2029-04-14",
      term: "3 years",
    },
  },
  {
    id: "v28-finance-personal-guarantee-singapore",
    format: "pdf",
    pageFooters: true,
    pdfMargin: 66,
    source: `# Deed of Guarantee and Indemnity
THIS DEED OF GUARANTEE AND INDEMNITY is made on the 3rd day of March 2026
BY:
TAN WEI MING (NRIC No. S8012345J) of 18 Jalan Kembangan, #04-11, Singapore 419129 (the “Guarantor”)
IN FAVOUR OF:
STRAITS MERIDIAN BANK LTD. (UEN 199804512K), a company incorporated in Singapore with its registered office at 9 Raffles Place, #30-01, Singapore 048619 (the “Bank”, which expression includes its successors and assigns).
WHEREAS:
(A) By a facility letter dated 10 February 2026 (the “Facility Letter”) the Bank agreed to make available to Lumen Marine Supplies Pte. Ltd. (the “Customer”) banking facilities of up to S$1,500,000 for a tenor of twenty-four (24) months.
(B) The Guarantor is a director and the majority shareholder of the Customer and has agreed to guarantee the Customer's obligations to the Bank on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. Guarantee. In consideration of the Bank granting or continuing the facilities under the Facility Letter, the Guarantor irrevocably and unconditionally guarantees to the Bank the due and punctual payment of all moneys and liabilities now or in future owing by the Customer to the Bank (the “Guaranteed Moneys”) and undertakes to pay the Guaranteed Moneys within seven (7) days of the Bank's written demand.
2. Indemnity. As a separate and independent obligation, the Guarantor shall indemnify the Bank against any loss it incurs if any Guaranteed Moneys are not recoverable from the Customer for any reason.
3. Limit. The Guarantor's liability under this Deed shall not exceed S$1,500,000 together with interest from the date of demand and enforcement costs.
4. Continuing security. This Deed is a continuing security and extends to the ultimate balance of the Guaranteed Moneys, regardless of any intermediate payment or discharge in whole or in part.
5. Reinstatement. If any payment to the Bank is avoided or reduced on the insolvency of the Customer within six (6) months after it is made, the liability of the Guarantor shall continue as if the payment had not been made.
6. Interest. Amounts demanded and unpaid bear interest at 2% per annum above the rate applicable under the Facility Letter.
7. Governing law. This Deed is governed by and shall be construed in accordance with the laws of Singapore, and the Guarantor submits to the non-exclusive jurisdiction of the courts of Singapore.
IN WITNESS WHEREOF the Guarantor has executed this Deed on the date first written above.
SIGNED, SEALED AND DELIVERED by TAN WEI MING
in the presence of: Lim Hui Shan, Advocate and Solicitor, 1 Coleman Street, #08-02, Singapore 179803`,
    truth: {
      title: "Deed of Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Tan Wei Ming", "Straits Meridian Bank Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v28-finance-bond-floating-charge-scotland",
    format: "docx",
    storedPageCount: 3,
    source: `# Bond and Floating Charge
by
GLENMORAY DISTILLING COMPANY LIMITED
in favour of
CALEDONIAN MERCANTILE BANK PLC
Kinnaird Strachan WS, 12 Albyn Place, Aberdeen AB10 1YH
===
WE, GLENMORAY DISTILLING COMPANY LIMITED, incorporated under the Companies Acts (Registered Number SC284517) and having our Registered Office at 4 Distillery Road, Rothes, Moray AB38 7AB (the “Company”), HEREBY UNDERTAKE to CALEDONIAN MERCANTILE BANK PLC, incorporated under the Companies Acts (Registered Number SC009912) and having its Registered Office at 80 St Vincent Street, Glasgow G2 5UB (the “Bank”), that we will pay to the Bank on demand all sums which are now or which may at any time hereafter become due by us to the Bank, whether alone or jointly, in any manner of way (the “Secured Obligations”).
# 1. Floating Charge
In security of the Secured Obligations the Company HEREBY GRANTS in favour of the Bank a floating charge over the whole of the property (including uncalled capital) which is or may be from time to time while this Bond and Floating Charge is in force comprised in the property and undertaking of the Company.
# 2. Ranking and Negative Pledge
The floating charge hereby created shall rank in priority to any other fixed security or floating charge hereafter created by the Company, save for the Standard Security dated 8 August 2019 granted by the Company in favour of the Bank over the bonded warehouse at Rothes. The Company shall not create any further security over its property without the prior written consent of the Bank.
# 3. Continuing Security
This Bond and Floating Charge shall be a continuing security and shall remain in force notwithstanding any settlement of account or other matter whatever until the Secured Obligations have been irrevocably discharged in full.
# 4. Enforcement
At any time after the Bank has made demand for payment and the Company has failed to pay within five (5) Business Days, the Bank may appoint a receiver or administrator to the Company in accordance with the Insolvency Act 1986.
# 5. Registration
The Company shall procure that a certified copy of this Bond and Floating Charge and the prescribed particulars are delivered to the Registrar of Companies within twenty-one (21) days after the date of its creation.
===
# 6. Law and Jurisdiction
This Bond and Floating Charge shall be governed by and construed in accordance with the Law of Scotland, and the Company submits to the non-exclusive jurisdiction of the Scottish Courts.
# 7. Consent to Registration
The Company consents to the registration of this Bond and Floating Charge and of any certificate referred to in it for preservation and execution.
IN WITNESS WHEREOF these presents consisting of this and the two preceding pages are subscribed for and on behalf of the Company at Elgin on the twenty-seventh day of May in the year Two thousand and twenty-six as follows:
Signature: Fiona MacAskill, Director
Witness: Ruaridh Grant, Trainee Solicitor, 3 High Street, Elgin IV30 1BQ`,
    truth: {
      title: "Bond and Floating Charge",
      documentType: "Security agreement",
      parties: ["Glenmoray Distilling Company Limited", "Caledonian Mercantile Bank plc"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-27",
    },
  },
  {
    id: "v28-finance-second-amendment-credit-agreement-ny",
    format: "docx",
    storedPageCount: 2,
    source: `# Second Amendment to Credit Agreement
This SECOND AMENDMENT TO CREDIT AGREEMENT (this “Amendment”) is made and entered into as of June 30, 2026, by and among PINECREST ORCHARD HOLDINGS, LLC, a Delaware limited liability company (the “Borrower”), PINECREST ORCHARD PARENT, INC., a Delaware corporation (“Holdings”), and HUDSON FIRST NATIONAL BANK, a national banking association (the “Lender”).
# Recitals
WHEREAS, the Borrower, Holdings and the Lender are parties to that certain Credit Agreement dated as of March 1, 2024 (as amended by that certain First Amendment to Credit Agreement dated as of October 15, 2024, and as further amended, restated, supplemented or otherwise modified from time to time prior to the date hereof, the “Credit Agreement”);
WHEREAS, the Borrower has requested that the Lender extend the Maturity Date and increase the Revolving Commitment, and the Lender is willing to do so on the terms set forth herein;
NOW, THEREFORE, in consideration of the premises and the mutual covenants herein, the parties agree as follows:
1. Defined Terms. Capitalized terms used but not defined herein have the meanings given to them in the Credit Agreement.
2. Amendments to the Credit Agreement. (a) The definition of “Maturity Date” in Section 1.01 of the Credit Agreement is amended by deleting “March 1, 2029” and substituting “March 1, 2031”. (b) The amount “$25,000,000” in the definition of “Revolving Commitment” is replaced with “$35,000,000”. (c) Section 7.11(a) is amended so that the Consolidated Fixed Charge Coverage Ratio shall not be less than 1.15 to 1.00 for any period of four consecutive fiscal quarters.
===
3. Effectiveness. This Amendment shall be effective as of July 1, 2026 (the “Second Amendment Effective Date”), provided that the Lender shall have received (a) counterparts of this Amendment duly executed by the Borrower and Holdings and (b) an amendment fee equal to 0.20% of the increase in the Revolving Commitment, payable within three (3) Business Days of the date hereof.
4. Reaffirmation. Holdings reaffirms its guaranty of the Obligations and each of the Borrower and Holdings confirms that the Liens granted under the Security Agreement dated as of March 1, 2024 continue in full force and effect.
5. No Other Changes. Except as expressly set forth herein, the Credit Agreement remains unmodified and in full force and effect.
6. GOVERNING LAW. THIS AMENDMENT SHALL BE GOVERNED BY, AND CONSTRUED IN ACCORDANCE WITH, THE LAW OF THE STATE OF NEW YORK.
7. WAIVER OF JURY TRIAL. EACH PARTY HERETO IRREVOCABLY WAIVES ANY RIGHT TO TRIAL BY JURY IN ANY ACTION ARISING OUT OF THIS AMENDMENT.
8. Counterparts. This Amendment may be executed in counterparts and by electronic signature, each of which shall be deemed an original.
IN WITNESS WHEREOF, the parties have caused this Amendment to be duly executed as of the date first above written.
PINECREST ORCHARD HOLDINGS, LLC — By: Danielle Okonkwo, Chief Executive Officer
PINECREST ORCHARD PARENT, INC. — By: Danielle Okonkwo, President
HUDSON FIRST NATIONAL BANK — By: Michael J. Ferraro, Senior Vice President`,
    truth: {
      title: "Second Amendment to Credit Agreement",
      documentType: "Amendment",
      parties: ["Pinecrest Orchard Holdings, LLC", "Pinecrest Orchard Parent, Inc.", "Hudson First National Bank"],
      governingLaw: "New York",
      effectiveDate: "2026-07-01",
      amends: "Credit Agreement",
    },
  },
  {
    id: "v28-finance-share-security-interest-jersey",
    format: "docx",
    source: `# Security Interest Agreement
Shares in Halcyon PropCo (Jersey) Limited
# Key Details
| Date | 19 August 2026 |
| Grantor | Halcyon Holdings Ltd, a BVI business company (company number 2051177), of Craigmuir Chambers, Road Town, Tortola, British Virgin Islands |
| Secured Party | Northgate Trustees (Jersey) Limited (registered number 118820), of 22 Esplanade, St Helier, Jersey JE2 3QA, as security trustee for the Secured Creditors |
| Company | Halcyon PropCo (Jersey) Limited (registered number 131404) |
| Facility Agreement | the £18,500,000 facility agreement dated 12 August 2026 between, among others, the Company as borrower and the Secured Party as agent and security trustee |
| Collateral | the Shares and the Related Rights |
This Agreement is made on the Date between the Grantor and the Secured Party.
# 1. Interpretation
“Security Period” means the period beginning on the Date and ending on the date on which the Secured Party is satisfied that the Secured Obligations have been irrevocably discharged in full.
“Shares” means all shares in the Company held by the Grantor, being at the Date 2 ordinary shares of £1 each.
# 2. Creation of Security Interest
As continuing security for the payment and discharge of the Secured Obligations, the Grantor grants to the Secured Party a security interest in the Collateral in accordance with the Security Interests (Jersey) Law 2012, by way of the Secured Party having control of the Collateral.
# 3. Perfection
Within five (5) Business Days of the Date the Grantor shall deliver to the Secured Party the share certificates for the Shares together with undated share transfer forms executed in blank, and shall procure that the Company registers the security interest in its register of members. The Secured Party may register a financing statement on the Jersey Security Interests Register at any time.
# 4. Enforcement
The power of enforcement becomes exercisable when an Event of Default under the Facility Agreement has occurred and is continuing and the Secured Party has served notice of default on the Grantor. The Secured Party must give the Grantor at least fourteen (14) days' written notice before any sale of the Collateral, unless the Grantor waives that period.
# 5. Release
At the end of the Security Period the Secured Party shall, at the request and cost of the Grantor, release the Collateral from the security interest and return the share certificates.
# 6. Governing Law and Jurisdiction
This Agreement is governed by Jersey law, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey. The Facility Agreement is governed by English law and nothing in this Agreement affects that choice.
Signed for and on behalf of Halcyon Holdings Ltd by Nadia Feldman, Director
Signed for and on behalf of Northgate Trustees (Jersey) Limited by Jean-Luc Le Brocq and Sarah Vibert, Authorised Signatories`,
    truth: {
      title: "Security Interest Agreement",
      documentType: "Security agreement",
      parties: ["Halcyon Holdings Ltd", "Northgate Trustees (Jersey) Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-08-19",
    },
  },
  {
    id: "v28-finance-shareholder-loan-nsw",
    format: "txt",
    source: `# Loan Agreement
# Schedule - Loan Particulars
| Item | Particulars |
| 1. Lender | Margaret Anne Okafor of 41 Bayview Street, Lavender Bay NSW 2060 |
| 2. Borrower | Redgum Timber Joinery Pty Ltd (ACN 634 118 902) of 9 Foundry Lane, Newcastle NSW 2300 |
| 3. Principal | A$350,000 |
| 4. Commencement Date | 1 July 2026 |
| 5. Repayment Date | 30 June 2028 |
| 6. Interest | 7.5% per annum, payable quarterly in arrears on the last Business Day of each quarter |
| 7. Security | None |
This agreement is dated 24 June 2026 and is made between the Lender and the Borrower named in the Loan Particulars.
1. Loan. The Lender agrees to lend the Principal to the Borrower on the Commencement Date by payment into the Borrower's nominated account.
2. Term. The loan is for a term of twenty-four (24) months starting on the Commencement Date and ending on the Repayment Date, when the Principal and all accrued interest must be repaid in full.
3. Prepayment. The Borrower may prepay all or part of the Principal without penalty on giving the Lender not less than ten (10) Business Days' written notice.
4. Default interest. Any amount not paid when due bears interest at the rate in item 6 plus 2% per annum from the due date until paid.
5. Events of default. If the Borrower fails to pay any amount within five (5) Business Days of its due date, or an administrator or liquidator is appointed to it, the Lender may by notice declare the whole of the Principal immediately due and payable.
6. Subordination. The Lender agrees that, while the Borrower's facility with its bank remains outstanding, repayment of the Principal is subordinated as set out in the deed of subordination dated 20 June 2026.
7. Confidentiality. Each party must keep the terms of this agreement confidential. This clause survives repayment of the loan for a period of two (2) years.
8. Governing law. This agreement is governed by the laws of New South Wales and the parties submit to the non-exclusive jurisdiction of its courts.
Executed by Redgum Timber Joinery Pty Ltd (ACN 634 118 902) in accordance with section 127 of the Corporations Act 2001 (Cth):
Director: Bradley Hoang    Director/Secretary: Leanne Hoang
Signed by Margaret Anne Okafor in the presence of: Thomas Reid, Justice of the Peace`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Margaret Anne Okafor", "Redgum Timber Joinery Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "24 months",
    },
  },
  {
    id: "v28-finance-supplemental-deed-facility-hong-kong",
    format: "txt",
    source: `# Supplemental Deed
relating to a HK$120,000,000 term loan facility agreement dated 2 September 2024
THIS SUPPLEMENTAL DEED is dated 2 November 2026 and is made BETWEEN:
(1) KOWLOON HARBOUR TRADING COMPANY LIMITED (company number 1187264), whose registered office is at 28/F, Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong (the "Borrower");
(2) WING LEE PROPERTIES LIMITED (company number 0954410), whose registered office is at 9/F, Lee Garden Two, 28 Yun Ping Road, Causeway Bay, Hong Kong (the "Guarantor"); and
(3) PEARL DELTA BANKING CORPORATION LIMITED, whose principal office is at 1 Queen's Road Central, Hong Kong (the "Lender").
WHEREAS:
(A) The Lender has made available to the Borrower a term loan facility of HK$120,000,000 under a facility agreement dated 2 September 2024 between the Borrower, the Guarantor and the Lender (the "Facility Agreement"), with a final maturity date of 2 September 2027.
(B) The parties have agreed to amend the Facility Agreement on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. Interpretation. Terms defined in the Facility Agreement have the same meaning in this Deed.
2. Amendments. With effect from 15 November 2026 (the "Effective Date") the Facility Agreement shall be amended as follows:
(a) in Clause 1.1, the definition of "Final Maturity Date" shall be amended by replacing "2 September 2027" with "2 September 2029";
(b) in Clause 8.1, the Margin shall be 1.65 per cent. per annum instead of 1.40 per cent. per annum; and
(c) the repayment schedule in Schedule 3 shall be replaced by the schedule set out in the Appendix to this Deed.
3. Guarantor confirmation. The Guarantor confirms that its guarantee contained in Clause 17 of the Facility Agreement and the legal charge dated 2 September 2024 over Flat A, 12/F, Bayview Mansion continue in full force and extend to the Facility Agreement as amended by this Deed.
4. Fees. The Borrower shall pay the Lender an amendment fee of HK$180,000 within five (5) Business Days after the Effective Date.
5. Continuity. Save as amended by this Deed, the Facility Agreement remains in full force and effect, and this Deed and the Facility Agreement shall be read as one instrument.
6. Governing law. This Deed is governed by Hong Kong law, and the parties submit to the non-exclusive jurisdiction of the courts of the Hong Kong Special Administrative Region.
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first stated above.
The Common Seal of KOWLOON HARBOUR TRADING COMPANY LIMITED was affixed in the presence of: Chan Ka Yan, Director
The Common Seal of WING LEE PROPERTIES LIMITED was affixed in the presence of: Wong Siu Fung, Director
Executed as a deed by PEARL DELTA BANKING CORPORATION LIMITED acting by its attorney Ho Mei Ling under a power of attorney dated 6 January 2025`,
    truth: {
      title: "Supplemental Deed",
      documentType: "Amendment",
      parties: ["Kowloon Harbour Trading Company Limited", "Wing Lee Properties Limited", "Pearl Delta Banking Corporation Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-11-15",
      amends: "Facility Agreement",
    },
  },
];
