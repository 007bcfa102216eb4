import type { UnseenDocument } from "../unseen/types";

/** Tuning set v12: finance and corporate documents (loans, facilities, guarantees, security, share purchases, powers of attorney, settlements, amendments). */
export const FINANCE_AND_CORPORATE_V12: UnseenDocument[] = [
  {
    id: "v12-finance-england-term-and-revolving-facilities",
    format: "pdf",
    pageFooters: true,
    source: `EXECUTION VERSION
# TERM AND REVOLVING FACILITIES AGREEMENT
£25,000,000 term loan facility and £10,000,000 revolving credit facility
dated 22 May 2026
for REDFERN HOLDINGS LIMITED and REDFERN ENGINEERING LIMITED as Borrowers
arranged by ALBION COMMERCIAL BANK PLC as Lender
with ALBION AGENCY SERVICES LIMITED as Agent
===
THIS AGREEMENT is dated 22 May 2026 and made BETWEEN:
(1) REDFERN HOLDINGS LIMITED (registered number 07123456) and REDFERN ENGINEERING LIMITED (registered number 03987012), each with its registered office at Foundry Lane, Sheffield S4 7QQ (each a "Borrower" and together the "Borrowers");
(2) ALBION COMMERCIAL BANK PLC (registered number 00214433) of 1 Threadneedle Walk, London EC2R 8AH (the "Lender"); and
(3) ALBION AGENCY SERVICES LIMITED (registered number 05566778) as agent and security trustee for the Finance Parties (the "Agent").
# 1. DEFINITIONS AND INTERPRETATION
"Availability Period" means the period from and including the date of this Agreement to and including the date falling 12 months after the date of this Agreement.
"Interest Period" means each period of three months, or such other period as the Borrowers and the Agent may agree.
"Termination Date" means the date falling five years after the date of this Agreement.
"Repayment Instalment" means each instalment of the Term Loan falling due on each quarter date, commencing on the first quarter date falling 18 months after the date of this Agreement.
===
# 7. REPAYMENT AND CANCELLATION OF THE FACILITIES
7.1 The Borrowers shall repay the Term Loan in Repayment Instalments, with the balance on the Termination Date.
7.2 Each Revolving Loan shall be repaid on the last day of its Interest Period, and all outstanding Revolving Loans shall be repaid in full on the Termination Date.
# 22. FINANCIAL COVENANTS, TESTED ON EACH QUARTER DATE FALLING AFTER THE FIRST ANNIVERSARY OF THE DATE OF THIS AGREEMENT
22.1 Leverage shall not exceed 3.00:1 and interest cover shall not be less than 4.00:1.
# 41. GOVERNING LAW
41.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law, and the courts of England and Wales have exclusive jurisdiction.
===
# SIGNATORIES
| Party | Capacity | Signed by |
| REDFERN HOLDINGS LIMITED | Borrower | Thomas Redfern, Director |
| REDFERN ENGINEERING LIMITED | Borrower | Thomas Redfern, Director |
| ALBION COMMERCIAL BANK PLC | Lender | Sarah Ng, Managing Director, Leveraged Finance |
| ALBION AGENCY SERVICES LIMITED | Agent and Security Trustee | Owen Pritchard, Authorised Signatory |`,
    truth: {
      title: "Term and Revolving Facilities Agreement",
      documentType: "Facility agreement",
      parties: ["Redfern Holdings Limited", "Redfern Engineering Limited", "Albion Commercial Bank PLC", "Albion Agency Services Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-22",
      expiryDate: "2031-05-22",
      term: "5 years",
    },
  },
  {
    id: "v12-finance-jersey-personal-deed-of-guarantee",
    format: "pdf",
    source: `# DEED OF GUARANTEE
THIS DEED OF GUARANTEE is made on the 9th day of July 2026
BY:
(1) MARCUS ALDOUS PELLING of La Maison Blanche, Le Mont de la Pulente, St Brelade, Jersey JE3 8HQ (the "Guarantor")
IN FAVOUR OF:
(2) ST HELIER PRIVATE BANK LIMITED, a company incorporated in Jersey with registered number 48812, whose registered office is at 7 Esplanade, St Helier, Jersey JE2 3QA (the "Bank").
# RECITALS
(A) By a loan agreement dated 30 June 2026 (the "Loan Agreement") the Bank agreed to make available to Pelling Yachting Limited (the "Borrower") a term loan of £4,200,000 repayable in full thirty-six months after first drawdown. The Loan Agreement is governed by English law.
(B) The Guarantor is the sole shareholder of the Borrower and has agreed to guarantee the Borrower's obligations to the Bank.
# 1. GUARANTEE AND INDEMNITY
1.1 The Guarantor irrevocably and unconditionally guarantees to the Bank the punctual payment of all sums due from the Borrower under the Loan Agreement and undertakes to pay any such sum on demand.
1.2 This is a continuing guarantee and shall extend to the ultimate balance of all sums payable by the Borrower, regardless of any intermediate payment or discharge in whole or in part.
1.3 The liability of the Guarantor under this Deed shall not exceed £2,000,000 plus interest and enforcement costs.
# 2. WAIVER OF DEFENCES
2.1 The Guarantor waives any right he may have under the customary law of Jersey, including the droit de discussion and the droit de division, to require the Bank to proceed first against the Borrower or any other person.
# 3. DEMANDS
3.1 Any demand shall be in writing and is payable within five Business Days. Demands may be made at any time and from time to time.
# 4. GOVERNING LAW
4.1 Notwithstanding that the Loan Agreement is governed by English law, this Deed shall be governed by and construed in accordance with the laws of the Island of Jersey, and the Guarantor submits to the non-exclusive jurisdiction of the Royal Court of Jersey.
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
| SIGNED as a deed by MARCUS ALDOUS PELLING | ............................ |
| in the presence of: Witness name: Jennifer Le Brocq, Advocate | ............................ |`,
    truth: {
      title: "Deed of Guarantee",
      documentType: "Guarantee",
      parties: ["Marcus Aldous Pelling", "St Helier Private Bank Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-07-09",
    },
  },
  {
    id: "v12-finance-india-share-purchase-several-sellers",
    format: "docx",
    source: `# SHARE PURCHASE AGREEMENT
This Share Purchase Agreement ("Agreement") is executed at Mumbai on this 5th day of August, 2026 by and among:
1. MR. RAJESH KUMAR IYER, son of Mr. Venkatesh Iyer, aged about 58 years, residing at 402, Sea Breeze Apartments, Carter Road, Bandra (West), Mumbai 400 050 (hereinafter "Seller 1");
2. MRS. LAKSHMI IYER, wife of Mr. Rajesh Kumar Iyer, aged about 54 years, residing at the same address (hereinafter "Seller 2", and together with Seller 1, the "Sellers");
3. INDUS AGRITECH PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having CIN U01100MH2015PTC265432 and its registered office at Unit 12, Peninsula Business Park, Lower Parel, Mumbai 400 013 (hereinafter the "Purchaser"); and
4. DECCAN SEEDS PRIVATE LIMITED, a company incorporated under the Companies Act, 1956, having CIN U01119TG2004PTC043210 and its registered office at Plot 7, Genome Valley, Shamirpet, Hyderabad 500 078 (hereinafter the "Company").
The Sellers, the Purchaser and the Company are hereinafter individually referred to as a "Party" and collectively as the "Parties".
# 1. SALE AND PURCHASE
1.1 The Sellers shall sell, and the Purchaser shall purchase, 1,00,000 equity shares of the Company, constituting 100% of its issued and paid-up share capital, for a total consideration of INR 48,50,00,000 (Rupees Forty-Eight Crore Fifty Lakh only).
===
# 2. CONDITIONS PRECEDENT AND CLOSING
2.1 Closing shall take place on the fifth Business Day after satisfaction of the Conditions Precedent, provided that if Closing has not occurred by 30 September 2026 (the "Long Stop Date") either the Purchaser or the Sellers may terminate this Agreement.
2.2 INR 5,00,00,000 of the consideration shall be deposited in escrow with Konkan Trustee Services Limited for a period of eighteen (18) months from the Closing Date.
# 3. WARRANTIES AND INDEMNITIES
3.1 Claims for breach of the Fundamental Warranties may be brought within seven (7) years of the Closing Date; all other warranty claims must be notified within twenty-four (24) months of the Closing Date.
# 4. NON-COMPETE
4.1 For a period of three (3) years from the Closing Date, neither Seller shall carry on any business of developing or selling hybrid seeds in India.
===
# 5. GOVERNING LAW AND DISPUTE RESOLUTION
5.1 This Agreement shall be governed by the laws of India. Disputes shall be referred to arbitration seated in Mumbai under the Arbitration and Conciliation Act, 1996.
IN WITNESS WHEREOF the Parties have executed this Agreement on the date first above written.
| SELLER 1 | SELLER 2 | PURCHASER | COMPANY |
| Rajesh Kumar Iyer | Lakshmi Iyer | Through its authorised signatory Ananya Deshpande, Director | Through its authorised signatory Rajesh Kumar Iyer, Managing Director |`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Rajesh Kumar Iyer", "Lakshmi Iyer", "Indus Agritech Private Limited", "Deccan Seeds Private Limited"],
      governingLaw: "India",
      effectiveDate: "2026-08-05",
    },
  },
  {
    id: "v12-finance-singapore-deed-of-amendment-loan",
    format: "pdf",
    source: `# DEED OF AMENDMENT
relating to a Loan Agreement dated 10 January 2024
THIS DEED OF AMENDMENT is made on 18 September 2026
BETWEEN:
(1) MERLION VENTURE DEBT PTE. LTD. (UEN 201912345K), a company incorporated in Singapore with its registered office at 8 Marina View, #27-01 Asia Square Tower 1, Singapore 018960 (the "Lender"); and
(2) KAMPONG FRESH PTE. LTD. (UEN 201587654D), a company incorporated in Singapore with its registered office at 1 Pandan Crescent, #04-10, Singapore 128461 (the "Borrower").
# WHEREAS
(A) The Lender and the Borrower are parties to a loan agreement dated 10 January 2024 (the "Loan Agreement") under which the Lender made available a term loan of S$6,000,000 for a period of thirty-six (36) months from the date of first utilisation, which occurred on 10 January 2024.
(B) The parties wish to extend the Final Repayment Date and reduce the applicable margin on the terms of this Deed.
# 1. DEFINITIONS
1.1 Terms defined in the Loan Agreement have the same meaning in this Deed.
1.2 "Amendment Effective Date" means 1 October 2026, provided that the Lender has received the documents listed in the Schedule by that date.
# 2. AMENDMENTS
With effect from the Amendment Effective Date, the Loan Agreement shall be amended as follows:
(a) in Clause 1.1, the definition of "Final Repayment Date" shall be deleted and replaced with: ""Final Repayment Date" means 10 July 2027."; and
(b) in Clause 8.2, the Margin of 9.5 per cent. per annum shall be replaced with 8.75 per cent. per annum.
# 3. CONTINUATION
3.1 Save as amended by this Deed, the Loan Agreement shall remain in full force and effect, and the Loan Agreement and this Deed shall be read and construed as one instrument.
# 4. GOVERNING LAW
4.1 This Deed and any non-contractual obligations arising from it shall be governed by the laws of the Republic of Singapore.
IN WITNESS WHEREOF this Deed has been executed as a deed on the date stated at the beginning.
| Executed as a deed by MERLION VENTURE DEBT PTE. LTD. | Director: Tan Boon Huat | Director/Secretary: Priscilla Goh |
| Executed as a deed by KAMPONG FRESH PTE. LTD. | Director: Muhammad Faizal bin Osman | Witness: Lim Shu Fen |`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Merlion Venture Debt Pte. Ltd.", "Kampong Fresh Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-10-01",
      amends: "Loan Agreement",
      expiryDate: "2027-07-10",
    },
  },
  {
    id: "v12-finance-kenya-banking-facility-letter",
    format: "txt",
    source: `RIFT VALLEY COMMERCIAL BANK LIMITED
Corporate Banking Division, Kenyatta Avenue, P.O. Box 1180-20100, Nakuru, Kenya
2 March 2026
The Directors
Nakuru Dairy Co-operative Society Limited
P.O. Box 2245-20100
Nakuru
Ref: CBD/NKR/0412/26
Dear Sirs
# Banking Facility Letter
We refer to your application dated 2 February 2026 and our meeting of 16 February 2026, and are pleased to offer Nakuru Dairy Co-operative Society Limited (the "Borrower") the following facility on the terms of this letter and our Standard Terms and Conditions for Business Lending.
| Facility | Limit | Purpose | Tenor |
| Overdraft | KES 15,000,000 | Working capital, including payments to member farmers for milk deliveries | Twelve (12) months from the date of this letter |
Interest: 3.5% per annum above the Bank's Base Rate, calculated on daily balances and debited monthly.
Review: The facility is subject to annual review at the Bank's sole discretion. Any renewal will be communicated in a fresh letter; the facility does not renew automatically.
Security: A first-ranking debenture over all assets of the Borrower, and a charge over milk collection receivables.
Repayment: The facility is repayable on demand, and in any event in full at the end of its tenor.
Governing law: This letter and the facility shall be governed by the laws of Kenya.
This offer will lapse if the duplicate of this letter is not signed and returned to us within fourteen (14) days of its date.
Yours faithfully
For and on behalf of Rift Valley Commercial Bank Limited
Grace Wanjiru, Relationship Manager    Samuel Otieno, Head of Credit
ACCEPTANCE: We accept the facility on the above terms. Signed for Nakuru Dairy Co-operative Society Limited by Joseph Kiprono (Chairman) and Esther Chebet (Secretary) on 9 March 2026.`,
    truth: {
      title: "Banking Facility Letter",
      documentType: "Facility agreement",
      parties: ["Rift Valley Commercial Bank Limited", "Nakuru Dairy Co-operative Society Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-03-02",
      expiryDate: "2027-03-02",
      term: "12 months",
    },
  },
  {
    id: "v12-finance-ni-employment-settlement-termination-date",
    format: "pdf",
    pageFooters: true,
    source: `WITHOUT PREJUDICE AND SUBJECT TO CONTRACT UNTIL SIGNED
# SETTLEMENT AGREEMENT
THIS AGREEMENT is dated 14 October 2026
BETWEEN
(1) LAGAN VALLEY PRECISION LIMITED, a company registered in Northern Ireland with number NI612345 whose registered office is at 40 Ballinderry Road, Lisburn BT28 2SA (the "Employer"); and
(2) CIARAN MCALLISTER of 7 Malone Avenue, Belfast BT9 6EP (the "Employee").
# 1. DEFINITIONS
"Termination Date" means 31 October 2026.
"Employment Contract" means the contract of employment between the Employer and the Employee dated 3 June 2019.
# 2. TERMINATION OF EMPLOYMENT
2.1 The Employee's employment will terminate on the Termination Date. Until then the Employee will remain on garden leave on full pay and benefits.
2.2 The Employer will pay the Employee's salary and accrued holiday pay up to the Termination Date in the usual way.
===
# 3. SETTLEMENT PAYMENT
3.1 Subject to the Employee's compliance with this Agreement, the Employer will pay the Employee £38,500 by way of compensation for loss of employment within 28 days after the later of the Termination Date and the Employer's receipt of a copy of this Agreement signed by the Employee and the Adviser's certificate.
# 4. WAIVER OF CLAIMS
4.1 The Employee accepts the settlement payment in full and final settlement of all claims against the Employer, including claims under the Employment Rights (Northern Ireland) Order 1996, and this Agreement satisfies the conditions for a valid settlement under Article 245 of that Order.
# 5. RESTRICTIONS
5.1 The restrictions in clause 19 of the Employment Contract (non-solicitation of customers for six months and non-dealing for three months after termination) remain in force.
# 6. INDEPENDENT ADVICE
6.1 The Employee has received advice from Roisin Devlin of Devlin Hughes Solicitors, 12 May Street, Belfast (the "Adviser"), who is covered by a policy of professional indemnity insurance.
# 7. GOVERNING LAW
7.1 This Agreement is governed by the law of Northern Ireland and the parties submit to the exclusive jurisdiction of the courts and industrial tribunals of Northern Ireland.
===
| Signed for and on behalf of LAGAN VALLEY PRECISION LIMITED | Name: Patricia Wilson, HR Director | Date: 14 October 2026 |
| Signed by CIARAN MCALLISTER | | Date: 14 October 2026 |
# ADVISER'S CERTIFICATE
I, Roisin Devlin, confirm that I have advised the Employee on the terms and effect of this Agreement and, in particular, its effect on his ability to pursue a claim before an industrial tribunal.`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Lagan Valley Precision Limited", "Ciaran McAllister"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-10-14",
    },
  },
  {
    id: "v12-finance-isle-of-man-general-power-of-attorney",
    format: "pdf",
    source: `# GENERAL POWER OF ATTORNEY
granted by MANNIN MARINE SERVICES LIMITED
in favour of KATHRYN LOUISE CHRISTIAN
===
THIS POWER OF ATTORNEY is made on the fourth day of November two thousand and twenty-six by MANNIN MARINE SERVICES LIMITED, a company incorporated in the Isle of Man under the Companies Act 2006 with company number 012345V whose registered office is at Harbour House, North Quay, Douglas, Isle of Man IM1 4LE (the "Company").
# 1. APPOINTMENT
1.1 The Company appoints KATHRYN LOUISE CHRISTIAN of Ballagarey Farm, Glen Vine, Isle of Man IM4 4EE (the "Attorney") to be its attorney in its name and on its behalf to do any of the acts described in clause 2.
# 2. POWERS
2.1 To negotiate, sign and deliver charterparties, crew management agreements and port agency agreements for vessels managed by the Company.
2.2 To operate the Company's accounts with Tynwald Mercantile Bank Limited, provided that no single payment exceeds £250,000.
2.3 To appoint substitutes for periods not exceeding thirty (30) days while the Attorney is absent from the Island.
# 3. DURATION
3.1 This Power of Attorney shall remain in force for a period of twelve (12) months from the date hereof, unless revoked earlier by the Company by written notice to the Attorney.
3.2 Any act done by the Attorney within fourteen (14) days after revocation and without notice of it shall be valid in favour of third parties.
# 4. RATIFICATION
4.1 The Company undertakes to ratify whatever the Attorney lawfully does under this Power of Attorney.
# 5. LAW
5.1 This Power of Attorney is governed by the laws of the Isle of Man.
IN WITNESS whereof the Company has executed this Power of Attorney as a deed on the date first above written.
| EXECUTED as a deed by MANNIN MARINE SERVICES LIMITED acting by | Director: William Quayle | Witness: Elaine Kinvig, 5 Athol Street, Douglas |
| | Director: Frances Corkill | |`,
    truth: {
      title: "General Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Mannin Marine Services Limited", "Kathryn Louise Christian"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-11-04",
      expiryDate: "2027-11-04",
      term: "12 months",
    },
  },
  {
    id: "v12-finance-difc-share-pledge-key-terms",
    format: "pdf",
    pageFooters: true,
    source: `# SHARE PLEDGE AGREEMENT
OVER THE ENTIRE ISSUED SHARE CAPITAL OF AL NOOR LOGISTICS (DIFC) LIMITED
# KEY TERMS
| Term | Meaning | Clause |
| Date | 30 November 2026 | Front page |
| Pledgor | Al Noor Family Holdings Limited, a company limited by shares incorporated in the Dubai International Financial Centre (registered number 4471), of Unit 905, Level 9, Gate Village Building 3, DIFC, Dubai, UAE | 1.1 |
| Pledgee | Gulf Horizon Bank PJSC, acting as security agent for itself and the other Finance Parties under the Facility Agreement, of Horizon Tower, Sheikh Zayed Road, Dubai, UAE | 1.1 |
| Pledged Shares | 10,000,000 ordinary shares of US$1 each in Al Noor Logistics (DIFC) Limited, being all of its issued shares, together with all dividends and related rights | 2 |
| Facility Agreement | The US$40,000,000 term facility agreement dated 3 March 2025 between, among others, Al Noor Logistics (DIFC) Limited as borrower and the Pledgee, governed by English law, with a final maturity date of 3 March 2030 | 1.1 |
| Security Period | The period beginning on the Date and ending on the date on which the Pledgee is satisfied that all Secured Obligations have been irrevocably and unconditionally discharged in full | 1.1 |
===
THIS AGREEMENT is made on the Date between the Pledgor and the Pledgee named in the Key Terms.
# 2. PLEDGE
2.1 As continuing security for the payment and discharge of the Secured Obligations, the Pledgor pledges the Pledged Shares to the Pledgee, and shall deliver the share certificates and undated signed share transfer forms within five (5) Business Days of the Date.
# 3. VOTING AND DIVIDENDS
3.1 Until an Event of Default occurs which is continuing, the Pledgor may exercise voting rights and receive dividends in respect of the Pledged Shares.
# 4. ENFORCEMENT
4.1 After an Event of Default, the Pledgee may sell the Pledged Shares on giving not less than ten (10) days' notice to the Pledgor.
# 5. RELEASE
5.1 At the end of the Security Period the Pledgee shall release the Pledged Shares and return the share certificates within thirty (30) days.
===
# 6. GOVERNING LAW AND JURISDICTION
6.1 Notwithstanding the governing law of the Facility Agreement, this Agreement and any non-contractual obligations arising out of it are governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction.
| For Al Noor Family Holdings Limited | Name: Khalid Al Mansoori | Title: Director |
| For Gulf Horizon Bank PJSC as Pledgee | Name: Fatima Rahman | Title: Head of Agency and Trustee Services |`,
    truth: {
      title: "Share Pledge Agreement",
      documentType: "Security agreement",
      parties: ["Al Noor Family Holdings Limited", "Gulf Horizon Bank PJSC"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-11-30",
    },
  },
];
