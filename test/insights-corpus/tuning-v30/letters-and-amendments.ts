import type { UnseenDocument } from "../unseen/types";

/** Tuning set v30: side, comfort, consent, engagement and offer letters; amendments, addenda, variations and deeds of variation. */
export const LETTERS_AND_AMENDMENTS_V30: UnseenDocument[] = [
  {
    id: "v30-letters-and-amendments-jersey-deed-of-variation",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
relating to a Shareholders' Agreement dated 4 June 2021 in respect of Seaton Place Holdings Limited
SEATON PLACE HOLDINGS LIMITED
BELCROFT TRUSTEES LIMITED as trustee of the Harcourt Family Settlement
MARIANNE LE CORNU
===
THIS DEED is made on the 27th day of January 2026
BETWEEN:
(1) SEATON PLACE HOLDINGS LIMITED, a company incorporated in Jersey with registered number 128845 whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA (the "Company");
(2) BELCROFT TRUSTEES LIMITED, a company incorporated in Jersey with registered number 90413, in its capacity as trustee of the Harcourt Family Settlement (the "Trustee"); and
(3) MARIANNE LE CORNU of La Maison des Prés, Rue de la Vallée, St Mary, Jersey JE3 3DL ("Mrs Le Cornu").
# RECITALS
(A) The parties are parties to a shareholders' agreement dated 4 June 2021 relating to the Company (the "Shareholders' Agreement"), which is governed by Jersey law.
(B) Under clause 9 of the Shareholders' Agreement, no Shareholder may transfer Shares during a lock-in period of three years from the date of that agreement, and each Shareholder is bound by a non-compete restriction for twenty-four (24) months after ceasing to hold Shares.
(C) The parties wish to vary the Shareholders' Agreement on the terms of this Deed.
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this Deed, "Variation Effective Date" means 1 February 2026.
1.2 Capitalised terms not defined in this Deed have the meanings given to them in the Shareholders' Agreement.
# 2. VARIATIONS
2.1 With effect from the Variation Effective Date, the Shareholders' Agreement is varied as follows:
(a) in clause 9.3, the words "twenty-four (24) months" are deleted and replaced with "eighteen (18) months";
(b) a new clause 11.4 is inserted: "The Board shall meet not less than four times in each financial year, and at least one meeting in each financial year shall be held in Jersey."; and
(c) Schedule 2 (Reserved Matters) is deleted and replaced with the schedule set out in the Schedule to this Deed.
2.2 Save as varied by this Deed, the Shareholders' Agreement remains in full force and effect, and the Shareholders' Agreement and this Deed shall be read and construed as one instrument.
# 3. GENERAL
3.1 This Deed may be executed in any number of counterparts, each of which is an original.
3.2 This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Island of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
IN WITNESS of which this Deed has been executed and delivered on the date first written above.
===
# SCHEDULE: RESERVED MATTERS
1. Any issue or allotment of Shares or grant of any right to subscribe for Shares.
2. Any borrowing in excess of £250,000 in aggregate.
3. The appointment or removal of the auditors of the Company.
Executed as a deed by SEATON PLACE HOLDINGS LIMITED acting by a director: ................ Director, in the presence of: ................ Witness
Executed as a deed by BELCROFT TRUSTEES LIMITED as trustee of the Harcourt Family Settlement acting by two authorised signatories: ................ ................
Signed as a deed by MARIANNE LE CORNU in the presence of: ................ Witness`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Seaton Place Holdings Limited", "Belcroft Trustees Limited", "Marianne Le Cornu"],
      governingLaw: "Jersey",
      effectiveDate: "2026-02-01",
      amends: "Shareholders' Agreement",
    },
  },
  {
    id: "v30-letters-and-amendments-ontario-fixed-term-offer",
    format: "pdf",
    pdfMargin: 80,
    source: `NORTHBRIDGE ROBOTICS INC.
480 University Avenue, Suite 1100, Toronto, Ontario M5G 1V2
February 9, 2026
PRIVATE AND CONFIDENTIAL
Ms. Priya Raman
77 Bloor Street West, Apt. 1904
Toronto, Ontario M5S 1M2
# Offer of Employment
Dear Priya:
We are delighted to offer you the position of Senior Controls Engineer with Northbridge Robotics Inc. (the "Company") on the terms set out in this letter.
1. Term. Your employment will be for a fixed term of eighteen (18) months commencing on March 2, 2026 (the "Start Date") and ending on September 1, 2027, unless terminated earlier in accordance with this letter. Any extension must be agreed in writing; this offer does not renew automatically.
2. Probation. The first three (3) months of your employment will be a probationary period.
3. Compensation. Your base salary will be CAD $132,000 per year, paid bi-weekly in arrears. You will be eligible to join the Company's group benefits plan after a 90-day waiting period.
4. Vacation. You will be entitled to three (3) weeks of paid vacation per calendar year, pro-rated for any partial year.
5. Termination. Either party may end your employment before the end of the term on two (2) weeks' written notice, subject always to your minimum entitlements under the Employment Standards Act, 2000 (Ontario).
6. Confidentiality and Non-Solicitation. You will be required to sign the Company's Confidentiality and Intellectual Property Agreement. For twelve (12) months after your employment ends you will not solicit any employee or customer of the Company.
7. Governing Law. This letter is governed by the laws of the Province of Ontario.
This offer is open for acceptance until 5:00 p.m. (Toronto time) on February 16, 2026. To accept, please sign and return a copy of this letter.
Yours sincerely,
NORTHBRIDGE ROBOTICS INC.
Per: Daniel Okafor, Vice President, People & Culture
# ACCEPTANCE
I, Priya Raman, accept the offer of employment on the terms set out above.
Signature: ____________________ Date: February 13, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Northbridge Robotics Inc.", "Priya Raman"],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-02",
      expiryDate: "2027-09-01",
      term: "18 months",
    },
  },
  {
    id: "v30-letters-and-amendments-singapore-comfort-letter",
    format: "pdf",
    source: `TEMBUSU HOLDINGS PTE. LTD.
(Company Registration No. 201534219K)
9 Raffles Place, #38-01 Republic Plaza, Singapore 048619
2 March 2026
Straits Commerce Bank Limited
Corporate Banking Group
1 Marina Boulevard, #21-00
Singapore 018989
Attention: Ms. Lim Hui Min, Director, Relationship Management
Dear Sirs
# Letter of Comfort
1. We refer to the facility letter dated 14 January 2026 issued by you to our wholly-owned subsidiary, Tembusu Logistics Pte. Ltd. (the "Borrower"), under which you have made available to the Borrower a term loan and revolving credit facilities of up to S$18,000,000 in aggregate, with a final maturity date falling thirty-six (36) months after the first utilisation date (the "Facilities").
2. We confirm that we are aware of the Facilities and their terms, and that our board of directors approved the Borrower's acceptance of the facility letter on 12 January 2026.
3. It is our present intention to maintain our 100 per cent shareholding in the Borrower for so long as any amount remains outstanding under the Facilities. We will give you not less than thirty (30) days' prior written notice of any proposal to dispose of any shares in the Borrower.
4. It is our policy to ensure that the Borrower is managed in such a way as to be in a position to meet its financial obligations as they fall due, including its obligations to you under the Facilities.
5. This letter is given by way of comfort only. It is not a guarantee, and nothing in it obliges us to pay any amount owed by the Borrower, save that our undertaking in the second sentence of paragraph 3 is intended to be legally binding.
6. This letter is governed by the laws of Singapore.
Yours faithfully
For and on behalf of
TEMBUSU HOLDINGS PTE. LTD.
Tan Wei Jie, Director
Goh Mei Ling, Director`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Tembusu Holdings Pte. Ltd.", "Straits Commerce Bank Limited"],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-02",
    },
  },
  {
    id: "v30-letters-and-amendments-new-york-subscription-addendum",
    format: "docx",
    source: `# ADDENDUM NO. 2 TO MASTER SUBSCRIPTION AGREEMENT
This Addendum No. 2 (this "Addendum") is made and entered into as of the 15th day of April, 2026 (the "Addendum Effective Date") by and between BRIGHTLINE ANALYTICS, INC., a Delaware corporation with offices at 200 Clarendon Street, Boston, Massachusetts 02116 ("Brightline"), and HARBORVIEW HEALTH PARTNERS, LLC, a New York limited liability company with offices at 1 Penn Plaza, New York, New York 10119 ("Customer").
# RECITALS
WHEREAS, Brightline and Customer are parties to that certain Master Subscription Agreement dated as of June 1, 2024, as amended by Addendum No. 1 dated November 3, 2025 (collectively, the "Agreement"), under which Customer subscribes to Brightline's hosted analytics platform for an initial Subscription Term of thirty-six (36) months, renewing automatically for successive twelve (12) month periods unless either party gives ninety (90) days' notice of non-renewal; and
WHEREAS, the parties wish to add the Population Health module to Customer's subscription and to revise the payment terms.
NOW, THEREFORE, in consideration of the mutual covenants set forth herein, the parties agree as follows:
1. Definitions. Capitalized terms used but not defined in this Addendum have the meanings given to them in the Agreement.
2. Additional Module. Effective as of the Addendum Effective Date, Exhibit A (Order Details) of the Agreement is amended by adding the following:
| Module | Authorized Users | Annual Fee |
| Population Health | 250 | $84,000 |
3. Co-Termination. The subscription to the Population Health module shall be co-terminous with the Subscription Term of the Agreement. Nothing in this Addendum extends or shortens the Subscription Term.
4. Payment Terms. Section 5.2 of the Agreement is amended by deleting "thirty (30) days" and replacing it with "forty-five (45) days".
5. Effect of Addendum. Except as expressly amended by this Addendum, the Agreement remains unchanged and in full force and effect. In the event of any conflict between this Addendum and the Agreement, this Addendum shall control.
6. Governing Law. This Addendum shall be governed by and construed in accordance with the laws of the State of New York, without giving effect to its conflict of laws principles.
7. Counterparts. This Addendum may be executed in counterparts, including by electronic signature, each of which shall be deemed an original and all of which together constitute one instrument.
===
IN WITNESS WHEREOF, the parties have executed this Addendum as of the Addendum Effective Date.
| BRIGHTLINE ANALYTICS, INC. | HARBORVIEW HEALTH PARTNERS, LLC |
| By: ______________________ | By: ______________________ |
| Name: Rebecca Stahl | Name: Marcus Whitfield |
| Title: Chief Revenue Officer | Title: Chief Operating Officer |
| Date: April 17, 2026 | Date: April 21, 2026 |`,
    truth: {
      title: "Addendum No. 2 to Master Subscription Agreement",
      documentType: "Amendment",
      parties: ["Brightline Analytics, Inc.", "Harborview Health Partners, LLC"],
      governingLaw: "New York",
      effectiveDate: "2026-04-15",
      amends: "Master Subscription Agreement",
    },
  },
  {
    id: "v30-letters-and-amendments-kenya-accountants-engagement",
    format: "docx",
    storedPageCount: 2,
    source: `MWANGI OTIENO & ASSOCIATES LLP
Certified Public Accountants (Kenya)
5th Floor, Westside Towers, Lower Kabete Road, Westlands, P.O. Box 14421-00800, Nairobi
Our ref: MOA/ENG/2026/117
18 May 2026
The Board of Directors
Savanna Fresh Produce Limited
Plot 22, Mombasa Road
P.O. Box 30318-00100, Nairobi
Dear Directors,
# Letter of Engagement
1. Purpose of this letter. This letter sets out the basis on which Mwangi Otieno & Associates LLP ("we", "us") will provide bookkeeping, payroll and tax compliance services to Savanna Fresh Produce Limited (the "Company"). It is separate from our audit engagement letter dated 2 March 2023, which continues to govern the statutory audit.
2. Scope. We will (a) write up the Company's books of account monthly; (b) prepare the monthly payroll and submit the PAYE, SHIF and NSSF returns; and (c) prepare and file the Company's VAT returns with the Kenya Revenue Authority on or before the 20th day of each month.
3. Period of engagement. Our engagement will commence on 1 July 2026 (the "Commencement Date") and continue for an initial period of twelve (12) months. It will then renew automatically for successive periods of twelve (12) months unless either of us gives the other at least sixty (60) days' written notice before the end of the then-current period.
4. Fees. Our fee is KES 185,000 per month plus VAT, invoiced at the end of each month and payable within fourteen (14) days of the invoice date.
===
5. Your responsibilities. The directors remain responsible for the accuracy and completeness of the information supplied to us and for the Company's compliance with the Tax Procedures Act, 2015.
6. Records. We will retain our working papers for seven (7) years after the end of the engagement, after which they may be destroyed.
7. Limitation of liability. Our aggregate liability in connection with this engagement is limited to three times the fees paid in the twelve (12) months preceding the claim.
8. Governing law. This engagement is governed by the laws of Kenya, and the courts of Kenya have exclusive jurisdiction.
Please confirm your agreement by signing and returning the enclosed copy of this letter.
Yours faithfully,
Mwangi Otieno & Associates LLP
CPA Grace Wanjiru Mwangi, Managing Partner
Acknowledged and agreed for and on behalf of Savanna Fresh Produce Limited:
Signed: ____________________ Director Date: 25 May 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Mwangi Otieno & Associates LLP", "Savanna Fresh Produce Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-06-30",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v30-letters-and-amendments-nz-change-of-control-consent",
    format: "docx",
    storedPageCount: 1,
    source: `KŌWHAI DAIRY INGREDIENTS LIMITED
Level 3, 15 Ward Street, Hamilton 3204, New Zealand
24 March 2026
By email: legal@tasmannutrition.co.nz
The Directors
Tasman Nutrition Limited
88 Halifax Street, Nelson 7010
# Consent to Change of Control
Dear Directors
1. We refer to the supply agreement between Kōwhai Dairy Ingredients Limited ("Kōwhai") and Tasman Nutrition Limited ("Tasman") dated 1 August 2024 (the "Supply Agreement"), which runs for an initial term of five years, and to your letter of 10 March 2026 requesting our consent to the proposed acquisition of all of the shares in Tasman by Ridgeline Foods Pty Ltd (the "Transaction").
2. Under clause 18.2 of the Supply Agreement, a change of control of Tasman requires Kōwhai's prior written consent, failing which Kōwhai may terminate the Supply Agreement on thirty (30) days' notice.
3. Kōwhai consents to the Transaction for the purposes of clause 18.2, and agrees not to exercise its right to terminate the Supply Agreement by reason of the Transaction, on the following conditions:
(a) Tasman notifies Kōwhai in writing within five (5) Business Days after completion of the Transaction; and
(b) before completion, Ridgeline Foods Pty Ltd delivers to Kōwhai a guarantee of Tasman's obligations in the form attached to your letter of 10 March 2026.
4. This consent relates only to the Transaction. Nothing in this letter amends the Supply Agreement or waives any other right of Kōwhai under it.
5. This letter is governed by New Zealand law, and each of us submits to the non-exclusive jurisdiction of the courts of New Zealand.
Please sign and return the enclosed copy of this letter to acknowledge the conditions above.
Yours faithfully
Hemi Walker
General Counsel, for and on behalf of Kōwhai Dairy Ingredients Limited
Acknowledged for and on behalf of Tasman Nutrition Limited: ____________________ Director Date: ____________ 2026`,
    truth: {
      title: "Consent to Change of Control",
      documentType: "Letter",
      parties: ["Kōwhai Dairy Ingredients Limited", "Tasman Nutrition Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-24",
    },
  },
  {
    id: "v30-letters-and-amendments-scottish-minute-of-variation",
    format: "txt",
    source: `# MINUTE OF VARIATION
between
CALEDONIAN ESTATES MANAGEMENT LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC412987) and having its registered office at 40 Melville Street, Edinburgh EH3 7HA (the "Client")
and
KELVINSIDE FACILITY SERVICES LLP, a limited liability partnership incorporated in Scotland (registered number SO305612) and having its registered office at 2 West Regent Street, Glasgow G2 1RW (the "Contractor")
WHEREAS
(A) The Client and the Contractor entered into a Facilities Management Agreement dated 14 and 19 March 2023 (the "Agreement") under which the Contractor provides cleaning, security and building maintenance services at the Client's properties for a period of five years from 1 April 2023.
(B) The parties wish to vary the Agreement so as to add the property at 9 Hope Street, Glasgow and to revise the Contract Price.
NOW THEREFORE the parties AGREE as follows:
1. Interpretation. Words and expressions defined in the Agreement have the same meanings in this Minute of Variation. In this Minute of Variation "Variation Date" means 1 April 2026.
2. Variation. With effect from the Variation Date:
2.1 Schedule 1 (Properties) to the Agreement is varied by adding the property at 9 Hope Street, Glasgow G2 6AB;
2.2 in Schedule 4 (Contract Price), the annual Contract Price of £612,000 is deleted and replaced with £688,500, payable monthly in arrears within thirty (30) days of receipt of a valid invoice; and
2.3 in Clause 22.1 (Termination for Convenience), the words "six (6) months' notice" are deleted and replaced with "nine (9) months' notice".
3. Continuation. Except as varied by this Minute of Variation, the Agreement shall continue in full force and effect.
4. Law. This Minute of Variation shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
5. Counterparts. This Minute of Variation may be executed in any number of counterparts and delivered electronically in accordance with the Legal Writings (Counterparts and Delivery) (Scotland) Act 2015.
IN WITNESS WHEREOF these presents are executed as follows:
They are subscribed for and on behalf of the said CALEDONIAN ESTATES MANAGEMENT LIMITED at Edinburgh on 18 March 2026 by Fiona MacLeod, Director, before this witness Alasdair Grant, Solicitor, 40 Melville Street, Edinburgh.
They are subscribed for and on behalf of the said KELVINSIDE FACILITY SERVICES LLP at Glasgow on 23 March 2026 by Iain Docherty, Designated Member, before this witness Morag Bell, Office Manager, 2 West Regent Street, Glasgow.`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Caledonian Estates Management Limited", "Kelvinside Facility Services LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      amends: "Facilities Management Agreement",
    },
  },
  {
    id: "v30-letters-and-amendments-difc-lease-side-letter",
    format: "txt",
    source: `QAMAR REAL ESTATE HOLDINGS LIMITED
Registered in the Dubai International Financial Centre, Registration No. 4127
Level 41, Index Tower, Al Mustaqbal Street, DIFC, PO Box 507211, Dubai, United Arab Emirates
26 February 2026
Falconridge Advisory (DIFC) Limited
Office 1204, Level 12, Index Tower
DIFC, Dubai
For the attention of: Mr. Karim Haddad, Chief Executive Officer
Dear Sirs
We refer to the lease of Office 1204, Level 12, Index Tower entered into today between Qamar Real Estate Holdings Limited (the "Landlord") and Falconridge Advisory (DIFC) Limited (the "Tenant") for a term of five (5) years from 1 March 2026, with a tenant's break option at the end of the third year (the "Lease"). Words defined in the Lease have the same meanings in this letter.
In consideration of the Tenant entering into the Lease, the Landlord agrees with the Tenant as follows:
1. Additional rent-free period. In addition to the rent-free period of three (3) months provided for in the Lease, no Rent shall be payable for the two (2) months immediately following the end of that rent-free period.
2. Car parking. The Tenant may use three (3) car parking spaces in the basement of the Building at no additional charge for so long as the Tenant is in occupation of the Premises.
3. Fit-out contribution. The Landlord will pay the Tenant a contribution of AED 350,000 towards the cost of the Tenant's fit-out works within thirty (30) days after the Tenant produces evidence of practical completion of those works.
4. Personal concessions. The concessions in this letter are personal to Falconridge Advisory (DIFC) Limited and shall cease immediately upon any assignment of the Lease or if the Tenant ceases to occupy the Premises. This letter is collateral to the Lease and does not form part of it or vary it.
5. Confidentiality. The Tenant shall keep the terms of this letter confidential and shall not disclose them to any prospective assignee or other tenant of the Building.
6. Governing law and jurisdiction. This letter and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
For and on behalf of Qamar Real Estate Holdings Limited
Layla Al Mansouri, Director of Leasing
We agree to the terms of this letter.
For and on behalf of Falconridge Advisory (DIFC) Limited
Karim Haddad, Chief Executive Officer
Date: 2 March 2026`,
    truth: {
      title: "Letter",
      documentType: "Letter",
      parties: ["Qamar Real Estate Holdings Limited", "Falconridge Advisory (DIFC) Limited"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-02-26",
    },
  },
];
