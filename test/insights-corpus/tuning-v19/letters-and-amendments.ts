import type { UnseenDocument } from "../unseen/types";

/** Tuning set v19: letters (side, comfort, consent, engagement, offer) and amendments (minute and deed of variation, addendum). */
export const LETTERS_AND_AMENDMENTS_V19: UnseenDocument[] = [
  {
    id: "v19-letters-and-amendments-scottish-minute-of-variation",
    format: "pdf",
    pageFooters: true,
    source: `# MINUTE OF VARIATION
of Lease
between
CALEDONIAN PROPERTY HOLDINGS LIMITED
and
THISTLE & BURN COFFEE ROASTERS LTD
relating to Unit 4, Merchant Quay, 18 Clyde Street, Glasgow G1 4LH
===
# MINUTE OF VARIATION
between
CALEDONIAN PROPERTY HOLDINGS LIMITED, incorporated under the Companies Acts (registered number SC412907) and having its registered office at 90 St Vincent Street, Glasgow G2 5UB (the "Landlord");
and
THISTLE & BURN COFFEE ROASTERS LTD, incorporated under the Companies Acts (registered number SC598114) and having its registered office at 7 Bath Street, Glasgow G2 1HY (the "Tenant").
CONSIDERING THAT:
(A) By Lease between Merchant Quay Developments Limited, as landlord, and the Tenant dated 2 and 9 June 2019 and registered in the Books of Council and Session on 20 June 2019 (the "Lease"), the subjects known as Unit 4, Merchant Quay, 18 Clyde Street, Glasgow were let for the period from 28 May 2019 until 27 May 2034;
(B) The Landlord has since acquired the landlord's interest in the Lease; and
(C) The Landlord and the Tenant have agreed to vary the Lease on the terms of this Minute of Variation.
NOW THEREFORE the parties have agreed and do hereby agree as follows:
# 1. Variation Date
1.1 This Minute of Variation takes effect on and from 28 May 2026 (the "Variation Date").
# 2. Variations
2.1 With effect from the Variation Date the permitted use in Clause 6.1 of the Lease is varied to "the roasting, sale and consumption of coffee and light refreshments, and ancillary retail".
2.2 Clause 9 of the Lease is varied so that the Tenant may terminate the Lease on 27 May 2029 by giving not less than six months' prior written notice to the Landlord.
2.3 The rent review dates in the Lease are varied to 28 May 2027 and every fifth anniversary of that date.
# 3. Continuation and Law
3.1 Except as varied by this Minute of Variation, the Lease remains in full force and effect, and nothing in this Minute of Variation creates a new lease.
3.2 This Minute of Variation is governed by the law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
3.3 The parties consent to registration of this Minute of Variation for preservation and execution.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
| Subscribed for and on behalf of CALEDONIAN PROPERTY HOLDINGS LIMITED | Subscribed for and on behalf of THISTLE & BURN COFFEE ROASTERS LTD |
| at Glasgow on 12 May 2026 | at Edinburgh on 15 May 2026 |
| by Fiona MacLeod, Director | by Callum Reid, Director |
| before this witness: Morag Dunn, 14 Park Circus, Glasgow | before this witness: Euan Baxter, 3 Leith Walk, Edinburgh |`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Caledonian Property Holdings Limited", "Thistle & Burn Coffee Roasters Ltd"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-28",
      amends: "Lease",
    },
  },
  {
    id: "v19-letters-and-amendments-singapore-investor-side-letter",
    format: "pdf",
    pdfMargin: 90,
    source: `ORCHID ANALYTICS PTE. LTD.
(Company Registration No. 201934567K)
8 Marina View, #21-04 Asia Square Tower 1, Singapore 018960
20 March 2026
PRIVATE AND CONFIDENTIAL
Lion Gate Ventures Fund II L.P.
acting by its general partner, Lion Gate GP Pte. Ltd.
1 Raffles Place, #44-01, Singapore 048616
Attention: Mr Daniel Koh
Dear Sirs
# Side Letter
Series A Share Subscription Agreement dated 3 February 2026 between the Company, the Investors named in it and the Founders (the "Subscription Agreement")
1. We refer to the Subscription Agreement. Words defined in it have the same meaning in this letter. In this letter "we" or the "Company" means Orchid Analytics Pte. Ltd. and "you" or the "Investor" means Lion Gate Ventures Fund II L.P.
2. In consideration of your subscription for 1,250,000 Series A Preference Shares, the Company agrees that, for so long as you hold at least five per cent (5%) of the issued shares of the Company, you may appoint one observer to attend meetings of the board of directors.
3. The Company will deliver to you unaudited quarterly management accounts within forty-five (45) days after the end of each quarter and audited annual accounts within one hundred and twenty (120) days after the end of each financial year.
4. Your observer must keep board information confidential; this obligation survives for two (2) years after the observer ceases to attend.
5. This letter is supplemental to the Subscription Agreement but does not amend it. The rights in this letter are personal to you and end automatically on a Qualified IPO.
6. This letter and any non-contractual obligations arising out of it are governed by the laws of Singapore.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
for and on behalf of Orchid Analytics Pte. Ltd.
Tan Wei Ling, Chief Executive Officer
Agreed and accepted on 24 March 2026
for and on behalf of Lion Gate Ventures Fund II L.P., acting by its general partner Lion Gate GP Pte. Ltd.
Daniel Koh, Director of Lion Gate GP Pte. Ltd.`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Orchid Analytics Pte. Ltd.", "Lion Gate Ventures Fund II L.P."],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-20",
    },
  },
  {
    id: "v19-letters-and-amendments-irish-accountants-appointment",
    format: "docx",
    storedPageCount: 2,
    source: `BRENNAN MAGUIRE & CO.
Chartered Accountants and Registered Auditors
Harcourt Centre, Block 3, Harcourt Road, Dublin 2, D02 A339
Our ref: DB/LVF/2026-01
17 April 2026
The Board of Directors
Liffey Valley Foods Limited
Unit 12, Fonthill Business Park, Clondalkin, Dublin 22
For the attention of Ms Aoife Kelly, Finance Director
Dear Directors
# Letter of Appointment
1. Thank you for choosing us to act for Liffey Valley Foods Limited (the "Company"). This letter sets out the basis on which Brennan Maguire & Co. (the "Firm", "we", "us") will provide accounting, payroll and tax compliance services to the Company (the "Services"). It replaces our letter of 9 January 2023, which ends when this engagement begins.
2. Our engagement will commence on 1 May 2026 (the "Commencement Date") and will continue for an initial period of twelve (12) months. It will then renew automatically for successive periods of twelve (12) months unless either party gives the other at least sixty (60) days' written notice before the end of the then current period.
3. The Services comprise monthly bookkeeping, fortnightly payroll for up to 85 employees, the preparation of VAT returns and the annual corporation tax return. The statutory audit is outside the scope of this engagement and will be the subject of a separate letter.
===
4. Our fees are €3,450 per month plus VAT, invoiced monthly in arrears and payable within thirty (30) days of the invoice date. Work outside the Services will be charged at our hourly rates, which are reviewed each January.
5. We will retain your records for six (6) years after the end of the engagement. Our aggregate liability to the Company is limited to three times the fees paid in the twelve months before the claim.
6. Either party may end this engagement at any time by giving the other three months' written notice.
7. This letter and our standard terms of business form the entire agreement between us and are governed by the laws of Ireland. The courts of Ireland have exclusive jurisdiction.
Please sign and return the enclosed copy to confirm the Company's acceptance.
Yours faithfully
Declan Brennan
Partner, for and on behalf of Brennan Maguire & Co.
We acknowledge and agree to the terms of this letter.
Signed for and on behalf of Liffey Valley Foods Limited
Aoife Kelly, Director
Date: 22 April 2026`,
    truth: {
      title: "Letter of Appointment",
      documentType: "Engagement letter",
      parties: ["Brennan Maguire & Co.", "Liffey Valley Foods Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-01",
      expiryDate: "2027-04-30",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v19-letters-and-amendments-colorado-license-addendum",
    format: "docx",
    source: `# ADDENDUM NO. 2 TO MASTER SOFTWARE LICENSE AGREEMENT
This Addendum No. 2 (this "Addendum") is made and entered into as of the 3rd day of March, 2026 (the "Addendum Effective Date") by and between the licensor and the licensee identified in the signature blocks below (each a "Party").
# RECITALS
A. The Parties are parties to that certain Master Software License Agreement dated as of June 15, 2023 (as amended by Addendum No. 1 dated January 8, 2025, the "Agreement"), under which Licensor grants Licensee a non-exclusive, perpetual license to install and use the RouteWise on-premises dispatch software.
B. Section 12.1 of the Agreement provides for an Initial Support Term of thirty-six (36) months, renewing automatically for successive one (1) year periods.
C. Licensee has purchased additional seats through Prairie Tech Partners LLC, Licensor's authorized reseller, which is not a party to this Addendum.
NOW, THEREFORE, for good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the Parties agree as follows:
1. Additional Seats. Exhibit B of the Agreement is amended to increase the number of Named Users from 150 to 240 with effect from the Addendum Effective Date.
2. Fees. The annual support fee in Exhibit C is increased to $64,800, payable net forty-five (45) days from invoice.
3. Hosting Option. Section 4.3 of the Agreement is deleted. For clarity, Licensor provides no hosting services, and Licensee shall continue to run the Software on its own servers.
4. Effect. Except as expressly modified by this Addendum, the Agreement remains unchanged and in full force and effect. In case of conflict between this Addendum and the Agreement, this Addendum controls.
5. Governing Law. This Addendum shall be governed by the laws of the State of Colorado, without regard to its conflict-of-laws principles, consistent with Section 15.4 of the Agreement.
6. Counterparts. This Addendum may be executed in counterparts, including by electronic signature.
IN WITNESS WHEREOF, the Parties have executed this Addendum as of the Addendum Effective Date.
| LICENSOR: | LICENSEE: |
| SUMMIT RIDGE SOFTWARE, LLC, a Colorado limited liability company | BLUEWATER LOGISTICS, INC., a Delaware corporation |
| By: /s/ Marcus Ellery | By: /s/ Priya Raman |
| Name: Marcus Ellery | Name: Priya Raman |
| Title: Chief Executive Officer | Title: VP, Operations |
| Date: March 5, 2026 | Date: March 4, 2026 |`,
    truth: {
      title: "Addendum No. 2 to Master Software License Agreement",
      documentType: "Amendment",
      parties: ["Summit Ridge Software, LLC", "Bluewater Logistics, Inc."],
      governingLaw: "Colorado",
      effectiveDate: "2026-03-03",
      amends: "Master Software License Agreement",
    },
  },
  {
    id: "v19-letters-and-amendments-south-african-comfort-letter",
    format: "pdf",
    pageFooters: true,
    source: `HIGHVELD MINING HOLDINGS LIMITED
(Registration number 1998/004521/06)
Highveld House, 144 Katherine Street, Sandton, Johannesburg, 2196
9 February 2026
Ubuntu Commercial Bank Limited
Corporate and Investment Banking
3 Simmonds Street, Johannesburg, 2001
Attention: Head of Credit, Mining and Resources
Dear Sir or Madam
# Letter of Comfort
Term Loan Facility Agreement dated 2 February 2026 between Ubuntu Commercial Bank Limited, as lender, and Highveld Platinum Operations (Pty) Ltd, as borrower (the "Facility Agreement")
1. We refer to the Facility Agreement, under which you have agreed to make available to our wholly owned subsidiary, Highveld Platinum Operations (Pty) Ltd (the "Borrower"), a term loan of ZAR 450,000,000 for a term of five (5) years from the first utilisation date, repayable in quarterly instalments after a twelve (12) month grace period.
2. We confirm that we are aware of, and approve, the Borrower entering into the Facility Agreement.
3. It is our present intention to retain, directly or indirectly, not less than 75% of the issued shares of the Borrower while any amount is outstanding under the Facility Agreement, and we will give you not less than thirty (30) days' notice before any change to that position.
4. It is our policy that the Borrower is managed so that it is at all times in a position to meet its financial obligations as they fall due.
===
5. This letter is given for your information only. It is not, and is not to be construed as, a guarantee, suretyship or indemnity, and it does not create any legal obligation on us to pay any amount owed by the Borrower.
6. This letter may not be assigned and is governed by the laws of the Republic of South Africa.
Yours faithfully
For and on behalf of Highveld Mining Holdings Limited
Thandiwe Nkosi, Chief Financial Officer
Sipho Mahlangu, Director
Receipt acknowledged on 11 February 2026 for Ubuntu Commercial Bank Limited`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Highveld Mining Holdings Limited", "Ubuntu Commercial Bank Limited"],
      governingLaw: "South Africa",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v19-letters-and-amendments-ontario-fixed-term-offer",
    format: "txt",
    source: `MAPLE CREST ROBOTICS INC.
2200 Yonge Street, Suite 1400, Toronto, Ontario M4S 2C6
June 2, 2026
PERSONAL AND CONFIDENTIAL
Ms. Samira Haddad
41 Dunvegan Road
Toronto, Ontario M4V 2P5
Dear Samira:
# Offer of Employment
Further to your interviews arranged through Northbound Talent Partners Ltd., we are pleased to offer you employment with Maple Crest Robotics Inc. (the "Company") on the terms below.
1. Position. You will be employed as Senior Controls Engineer, reporting to the Director of Engineering.
2. Term. Your employment is for a fixed term of eighteen (18) months commencing on July 6, 2026 (the "Commencement Date"), to support the Company's warehouse automation program. Any extension must be agreed in writing; the term will not extend automatically.
3. Probation. The first three (3) months of your employment are a probationary period.
4. Compensation. Your base salary will be CAD 128,000 per year, paid bi-weekly. You will be eligible for the group benefits plan after a ninety (90) day waiting period.
5. Vacation. You will receive three (3) weeks' paid vacation per year, pro-rated for partial years.
6. Early Termination. The Company may end your employment before the end of the term by giving you the notice and severance required by the Employment Standards Act, 2000, plus two (2) additional weeks' pay.
7. Non-solicitation. For twelve (12) months after your employment ends you will not solicit any employee or customer of the Company.
8. Governing Law. This letter agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in it.
This offer is open until June 9, 2026. To accept, please sign and return a copy of this letter.
Yours truly,
Maple Crest Robotics Inc.
Per: Gordon Liu, Vice President, People
I accept the offer of employment on the terms set out above.
Samira Haddad
Date: June 5, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Maple Crest Robotics Inc.", "Samira Haddad"],
      governingLaw: "Ontario",
      effectiveDate: "2026-07-06",
      expiryDate: "2028-01-05",
      term: "18 months",
    },
  },
  {
    id: "v19-letters-and-amendments-indian-consent-to-assignment",
    format: "txt",
    source: `DECCAN AGRO CHEMICALS PRIVATE LIMITED
CIN: U24219TG2009PTC064312
Plot 17, Phase II, IDA Cherlapally, Hyderabad 500051, Telangana
Ref: DAC/LEGAL/2026/031
Date: 14.01.2026
To,
The Designated Partners
Konkan Farm Supplies LLP
LLPIN: AAK-4418
Office No. 6, Shivaji Market Building, Ratnagiri 415612, Maharashtra
Kind Attn: Mr. Rohan Deshmukh
# CONSENT TO ASSIGNMENT
Dear Sir,
1. We refer to the Distribution Agreement dated 1 April 2024 between Deccan Agro Chemicals Private Limited ("DACPL") and Konkan Farm Supplies LLP (the "Distributor"), appointing the Distributor as our non-exclusive distributor in the Konkan region for an initial term of three (3) years (the "Agreement"), and to your letter dated 29 December 2025 requesting our consent.
2. Pursuant to Clause 18.2 of the Agreement, DACPL consents to the assignment by the Distributor of all its rights and obligations under the Agreement to its affiliate Konkan Agritech Private Limited (the "Assignee"), subject to the following conditions:
(a) the assignment is completed on or before 31 March 2026, failing which this consent shall lapse;
(b) the Assignee furnishes a bank guarantee of INR 25,00,000 valid for twelve (12) months, in replacement of the existing guarantee; and
(c) the Distributor remains jointly liable with the Assignee for all amounts due to DACPL up to the date of assignment.
3. This consent is limited to the assignment described above. It does not vary any term of the Agreement and is not a waiver of any other right of DACPL.
4. This letter shall be governed by and construed in accordance with the laws of India, and the courts at Hyderabad shall have exclusive jurisdiction.
Kindly sign and return the duplicate of this letter in token of your acceptance of the above conditions.
Yours faithfully,
For Deccan Agro Chemicals Private Limited
(Authorised Signatory)
K. Srinivasa Rao, Company Secretary
Accepted: For Konkan Farm Supplies LLP
Rohan Deshmukh, Designated Partner
Date: 19.01.2026`,
    truth: {
      title: "Consent to Assignment",
      documentType: "Letter",
      parties: ["Deccan Agro Chemicals Private Limited", "Konkan Farm Supplies LLP"],
      governingLaw: "India",
      effectiveDate: "2026-01-14",
    },
  },
  {
    id: "v19-letters-and-amendments-nz-loan-deed-of-variation",
    format: "pdf",
    source: `# DEED OF VARIATION
THIS DEED is made on the twenty-second day of April two thousand and twenty-six
# Parties
| Lender | KAURI TRUSTEES LIMITED (company number 5123874) of Level 9, 88 Shortland Street, Auckland, in its capacity as trustee of the Rangitoto Family Trust |
| Borrower | HARBOURSIDE HOSPITALITY LIMITED (company number 6609152) of 12 Quay Street, Auckland |
| Guarantor | PETER JAMES WHITFIELD of 5 Cliff Road, St Heliers, Auckland, company director |
# Background
A. The Lender and the Borrower are parties to a loan agreement dated 30 September 2024 (the “Loan Agreement”) under which the Lender advanced NZ$1,800,000 to the Borrower for a term of four (4) years from 1 October 2024, repayable in full on 1 October 2028.
B. The parties wish to vary the Loan Agreement as set out in this deed, and the Guarantor has agreed to join in this deed to confirm his guarantee dated 30 September 2024.
# Operative Part
1. Definitions
1.1 In this deed, “Effective Date” means 1 May 2026, and terms defined in the Loan Agreement have the same meaning.
2. Variations
With effect on and from the Effective Date, the Loan Agreement is varied as follows:
(a) the Interest Rate in clause 4.1 is reduced from 9.25% to 8.40% per annum;
(b) interest is payable quarterly in arrears instead of monthly, within five (5) Business Days after each Quarter Date; and
(c) a new clause 11.6 is inserted: “The Borrower shall not, without the Lender’s prior written consent, sell or lease the Viaduct Premises.”
3. Guarantor’s confirmation
3.1 The Guarantor confirms that his guarantee extends to the Loan Agreement as varied by this deed.
4. General
4.1 Except as varied by this deed, the Loan Agreement continues in full force and effect.
4.2 This deed is governed by the laws of New Zealand, and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
EXECUTED AS A DEED
| KAURI TRUSTEES LIMITED as trustee of the Rangitoto Family Trust by its directors: | Hemi Walker, Director | Claire Fenwick, Director |
| HARBOURSIDE HOSPITALITY LIMITED by its director: | Anthony Burke, Director | Witness: Grace Lin, Solicitor, Auckland |
| SIGNED by PETER JAMES WHITFIELD: | Peter James Whitfield | Witness: Grace Lin, Solicitor, Auckland |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Kauri Trustees Limited", "Harbourside Hospitality Limited", "Peter James Whitfield"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-05-01",
      amends: "Loan Agreement",
    },
  },
];
