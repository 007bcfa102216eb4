import type { UnseenDocument } from "../unseen/types";

/** Tuning set v16 (c): variations and side letters — deeds of variation, amendments, addenda, rent review memoranda and letters, with duration distractors. */
export const VARIATIONS_AND_SIDE_LETTERS_V16: UnseenDocument[] = [
  {
    id: "v16-c-deed-of-variation-liffey-ireland",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
THIS DEED OF VARIATION is made on the 3rd day of March, 2026
BETWEEN
(1) LIFFEY FACILITIES SERVICES LIMITED, a company incorporated in Ireland (registered number 612345), having its registered office at 40 Sir John Rogerson’s Quay, Dublin 2 (the “Contractor”); and
(2) BALLSBRIDGE MEDICAL CAMPUS DAC, a designated activity company incorporated in Ireland (registered number 598812), having its registered office at Merrion Road, Dublin 4 (the “Client”).
# WHEREAS
(A) The Contractor and the Client entered into a facilities management agreement dated 1 March 2023 (the “Facilities Management Agreement”) for a term of five (5) years from that date, with a right for the Client to extend it by a further two (2) years.
(B) The parties wish to vary the Facilities Management Agreement as set out in this Deed.
# 1. DEFINITIONS
1.1 “Variation Effective Date” means 1 April 2026.
1.2 Words defined in the Facilities Management Agreement have the same meaning in this Deed.
# 2. VARIATIONS
With effect from the Variation Effective Date the Facilities Management Agreement is varied as follows:
2.1 in clause 8.2, “sixty (60) days” is deleted and replaced with “thirty (30) days”, so that invoices are payable within thirty (30) days of receipt;
2.2 in clause 17.3, the Client’s notice period for partial termination is increased from three (3) months to six (6) months; and
2.3 Schedule 3 (Service Levels) is deleted and replaced with the schedule annexed to this Deed.
# 3. CONTINUATION
3.1 Save as varied by this Deed, the Facilities Management Agreement remains in full force and effect, and nothing in this Deed alters its duration.
# 4. GOVERNING LAW
4.1 This Deed is governed by and shall be construed in accordance with the laws of Ireland.
===
PRESENT when the common seal of LIFFEY FACILITIES SERVICES LIMITED was affixed hereto: Declan Byrne, Director; Orla Kavanagh, Secretary
PRESENT when the common seal of BALLSBRIDGE MEDICAL CAMPUS DAC was affixed hereto: Niamh Fitzgerald, Director; Ciarán Doyle, Secretary`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Liffey Facilities Services Limited", "Ballsbridge Medical Campus DAC"],
      governingLaw: "Ireland",
      effectiveDate: "2026-04-01",
      amends: "Facilities Management Agreement",
    },
  },
  {
    id: "v16-c-investor-side-letter-creekside-difc",
    format: "pdf",
    source: `CREEKSIDE CAPITAL MANAGEMENT LIMITED
Unit 1204, Level 12, Gate Village Building 3, Dubai International Financial Centre, Dubai, United Arab Emirates
22 January 2026
Oasis Sovereign Holdings Ltd
PO Box 45110
Abu Dhabi, United Arab Emirates
Attention: Head of Private Markets
Our ref: CCM/OSH/0126
# Re: Investor Side Letter
Dear Sirs
We refer to the limited partnership agreement of Creekside Growth Fund I LP dated 15 November 2025 (the “LPA”). The LPA provides that the Fund has a term of ten (10) years from the Final Closing Date, which the General Partner may extend by up to two (2) further periods of one (1) year each. We also refer to your letter to us of 9 January 2026.
In consideration of your commitment of US$50,000,000 to the Fund, we confirm the following:
1. Management fee. The management fee payable in respect of your commitment will be reduced from 2.0% to 1.5% per annum during the Investment Period of five (5) years.
2. Reporting. We will provide you with quarterly reports within forty-five (45) days after the end of each calendar quarter and audited accounts within one hundred and twenty (120) days after each financial year end.
3. Key person. If a Key Person Event occurs, we will notify you within ten (10) Business Days, and the Investment Period will be suspended for up to one hundred and eighty (180) days.
4. Most favoured nation. If any other investor receives more favourable fee terms, we will offer the same terms to you within thirty (30) days.
This letter is governed by the laws of the Dubai International Financial Centre, and the DIFC Courts shall have exclusive jurisdiction.
Yours faithfully
Rashid Al Mansoori
Director, for and on behalf of Creekside Capital Management Limited
Agreed and accepted on 29 January 2026 for and on behalf of Oasis Sovereign Holdings Ltd: Layla Haddad, Authorised Signatory`,
    truth: {
      title: "Investor Side Letter",
      documentType: "Letter",
      parties: ["Creekside Capital Management Limited", "Oasis Sovereign Holdings Ltd"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-01-22",
    },
  },
  {
    id: "v16-c-licence-to-occupy-letter-wharfside",
    format: "txt",
    source: `WHARFSIDE ESTATES LLP
Salts Mill Road, Shipley BD18 3LA
16 February 2026
The Directors
Pennine Digital Studios Limited
Unit 2, Canal Wharf, Leeds LS11 5PS
Our reference: WE/PDS/U4
# Licence to Occupy
Dear Sirs
Further to our letter of 2 February 2026 and our recent meeting, we are pleased to confirm the terms on which Wharfside Estates LLP (company number OC398812) will allow Pennine Digital Studios Limited (company number 10987654) to occupy Unit 4, Canal Wharf, Leeds (the “Unit”).
1. We hold the Unit under a headlease dated 25 March 2021 for a term of ten (10) years from that date. Nothing in this letter grants you any interest in the headlease.
2. The licence fee is £2,150 per month plus VAT, payable monthly in advance within seven (7) days of our invoice. A deposit of two months’ fee is payable on signature.
3. We may review the licence fee every six (6) months on giving you one month’s notice of the new fee.
4. The licence will start on 1 March 2026 (the “Start Date”) and will continue until terminated by either of us giving the other not less than one (1) month’s written notice.
5. This letter creates a personal licence only and does not create a tenancy. You must vacate the Unit and remove your equipment by the end of the notice period.
6. This letter is governed by the law of England and Wales.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
Eleanor Hartley, Designated Member, for and on behalf of Wharfside Estates LLP
We agree to the above terms. Signed for Pennine Digital Studios Limited by Kiran Patel, Director, on 20 February 2026`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Wharfside Estates LLP", "Pennine Digital Studios Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-01",
      term: "Until terminated",
    },
  },
  {
    id: "v16-c-second-amendment-bluecrest-delaware",
    format: "docx",
    storedPageCount: 2,
    source: `# SECOND AMENDMENT TO SOFTWARE LICENSE AGREEMENT
This Second Amendment to Software License Agreement (this “Second Amendment”) is made and entered into as of October 15, 2025 (the “Amendment Effective Date”) by and between Bluecrest Analytics, LLC, a Delaware limited liability company (“Licensor”), and Tidewater Regional Health System, Inc., a Virginia nonstock corporation (“Licensee”).
# RECITALS
A. Licensor and Licensee are parties to that certain Software License Agreement dated June 1, 2023, as amended by the First Amendment dated March 1, 2024 (collectively, the “Agreement”).
B. Under Section 9.1 of the Agreement, the Agreement has an initial term of three (3) years and renews automatically for successive one (1) year periods unless either party gives ninety (90) days’ notice of non-renewal.
C. The parties wish to add two additional hospital sites and adjust the fees, as set out below.
# AGREEMENT
1. Licensed Sites. Exhibit A of the Agreement is deleted and replaced with Exhibit A attached to this Second Amendment, which adds the Norfolk General and Chesapeake Bay campuses as Licensed Sites.
2. Fees. The annual license fee is increased to $486,000, invoiced annually in advance and payable within sixty (60) days after the invoice date.
3. Implementation Warranty. Licensor warrants that the additional sites will be implemented within one hundred twenty (120) days after the Amendment Effective Date.
===
4. No Other Changes. Section 9.1 (Term) of the Agreement is not amended. Except as expressly modified by this Second Amendment, the Agreement remains unchanged and in full force and effect.
5. Governing Law. This Second Amendment shall be governed by the laws of the State of Delaware, consistent with Section 14.2 of the Agreement.
6. Counterparts. This Second Amendment may be executed in counterparts, each of which is deemed an original.
IN WITNESS WHEREOF, the parties have caused this Second Amendment to be executed by their duly authorized representatives as of the Amendment Effective Date.
BLUECREST ANALYTICS, LLC By: Jordan Whitaker, Chief Executive Officer
TIDEWATER REGIONAL HEALTH SYSTEM, INC. By: Patricia Ellison, Chief Information Officer`,
    truth: {
      title: "Second Amendment to Software License Agreement",
      documentType: "Amendment",
      parties: ["Bluecrest Analytics, LLC", "Tidewater Regional Health System, Inc."],
      governingLaw: "Delaware",
      effectiveDate: "2025-10-15",
      amends: "Software License Agreement",
    },
  },
  {
    id: "v16-c-rent-review-memorandum-clyde-scotland",
    format: "pdf",
    pageFooters: true,
    source: `# MEMORANDUM OF RENT REVIEW
between
CLYDE WATERFRONT PROPERTIES LIMITED, incorporated under the Companies Acts (registered number SC287654) and having its registered office at 150 Broomielaw, Glasgow G2 8JT (the “Landlord”)
and
KELVIN PRINT & DESIGN LTD, incorporated under the Companies Acts (registered number SC441023) and having its registered office at 9 Finnieston Street, Glasgow G3 8HB (the “Tenant”)
# 1. THE LEASE
1.1 By Lease between the Landlord’s predecessor and the Tenant dated 20 and 28 May 2016 and registered in the Books of Council and Session on 3 June 2016 (the “Lease”), the subjects at 9 Finnieston Street, Glasgow were let for a period of fifteen (15) years from and after 28 May 2016.
1.2 The Lease provides for the rent to be reviewed at five-yearly intervals, the second review date being 28 May 2026 (the “Review Date”).
# 2. AGREED RENT
2.1 The Landlord and the Tenant have agreed that the yearly rent payable under the Lease from and after the Review Date is £64,500 exclusive of VAT.
2.2 The rent shall continue to be payable quarterly in advance on the usual quarter days, and any shortfall for the period since the Review Date shall be paid within fourteen (14) days after the date of this Memorandum.
2.3 The next rent review under the Lease will be on 28 May 2031.
# 3. EFFECT
3.1 This Memorandum takes effect on the date of its last signature below, being 11 June 2026, and is supplemental to the Lease, which otherwise continues unaltered.
# 4. LAW
4.1 This Memorandum is governed by the law of Scotland.
===
IN WITNESS WHEREOF these presents are executed as follows:
Signed for CLYDE WATERFRONT PROPERTIES LIMITED by Iain MacLeod, Director, at Glasgow on 9 June 2026
Signed for KELVIN PRINT & DESIGN LTD by Shona Baird, Director, at Glasgow on 11 June 2026`,
    truth: {
      title: "Memorandum of Rent Review",
      documentType: "Other",
      parties: ["Clyde Waterfront Properties Limited", "Kelvin Print & Design Ltd"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-11",
    },
  },
  {
    id: "v16-c-addendum-msa-deccan-india",
    format: "pdf",
    source: `# ADDENDUM NO. 1 TO THE MASTER SERVICES AGREEMENT
This Addendum No. 1 (the “Addendum”) is entered into at Mumbai on this 20th day of March, 2026
BY AND BETWEEN
DECCAN CLOUDWORKS PRIVATE LIMITED, a company incorporated under the Companies Act, 2013 (CIN U72900KA2015PTC081234), having its registered office at 14 Residency Road, Bengaluru 560025 (hereinafter referred to as the “Service Provider”, which expression shall include its successors and permitted assigns) of the ONE PART;
AND
KONKAN COASTAL BANK LIMITED, a banking company incorporated under the Companies Act, 1956 (CIN L65190MH1998PLC114567), having its registered office at Nariman Point, Mumbai 400021 (hereinafter referred to as the “Bank”) of the OTHER PART.
WHEREAS:
A. The parties have executed a Master Services Agreement dated 1 April 2024 (the “Agreement”) for an initial period of five (5) years from 1 April 2024, for the provision of managed cloud hosting services.
B. The Bank wishes to add disaster recovery services to the scope of the Agreement.
NOW THIS ADDENDUM WITNESSETH AS FOLLOWS:
1. This Addendum shall come into force on 1 April 2026 (the “Addendum Effective Date”).
2. Schedule A (Scope of Services) of the Agreement shall include the disaster recovery services described in Annexure 1 to this Addendum.
3. Recovery time objective: four (4) hours; recovery point objective: fifteen (15) minutes. Service credits for any breach shall be credited within thirty (30) days of the end of the relevant month.
4. On expiry or termination of the Agreement, the Service Provider shall retain backup data for ninety (90) days and then securely delete it.
5. All other terms and conditions of the Agreement, including its term, shall remain unchanged.
6. This Addendum shall be governed by the laws of India and the courts at Mumbai shall have exclusive jurisdiction.
IN WITNESS WHEREOF the parties have caused this Addendum to be executed by their authorised signatories.
For DECCAN CLOUDWORKS PRIVATE LIMITED: Ramesh Iyer, Director
For KONKAN COASTAL BANK LIMITED: Priya Deshmukh, Chief Technology Officer`,
    truth: {
      title: "Addendum No. 1 to the Master Services Agreement",
      documentType: "Amendment",
      parties: ["Deccan Cloudworks Private Limited", "Konkan Coastal Bank Limited"],
      governingLaw: "India",
      effectiveDate: "2026-04-01",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v16-c-facility-letter-harbourfront-hk",
    format: "docx",
    source: `HARBOURFRONT COMMERCIAL BANK LIMITED
18/F Harbourfront Tower, 3 Connaught Road Central, Hong Kong
5 March 2026
PRIVATE AND CONFIDENTIAL
The Board of Directors
Jade Peak Trading Company Limited
Room 1602, 88 Hennessy Road, Wan Chai, Hong Kong
Our Ref: HCB/CB/2026/0314
# Revolving Credit Facility
Dear Sirs
We are pleased to offer Jade Peak Trading Company Limited (the “Borrower”) the following banking facility, subject to the terms of this letter and our Standard Terms and Conditions.
| Facility | Revolving credit facility |
| Limit | HK$20,000,000 |
| Interest | HIBOR plus 1.85% per annum for Interest Periods of one (1) or three (3) months |
| Repayment | Each drawing to be repaid at the end of its Interest Period, and in any event within ninety (90) days after drawdown |
| Commitment fee | 0.25% per annum on the undrawn limit, payable quarterly in arrears |
| Security | Corporate guarantee from Jade Peak Holdings Limited |
===
# Facility Period
The Facility is available for twelve (12) months from the date of this letter (the “Facility Period”). The Facility Period shall be renewed automatically for successive periods of twelve (12) months unless the Bank notifies the Borrower in writing at least thirty (30) days before the end of the then-current Facility Period that it will not be renewed.
Notwithstanding the above, the Facility is repayable on demand.
# Acceptance
This offer will lapse unless the duplicate of this letter is signed and returned to us within fourteen (14) days from the date of this letter.
This letter is governed by the laws of the Hong Kong Special Administrative Region.
Yours faithfully
For and on behalf of Harbourfront Commercial Bank Limited
Vivian Lau, Director, Corporate Banking
Accepted on 10 March 2026 for and on behalf of Jade Peak Trading Company Limited: Wong Siu Fung, Director`,
    truth: {
      title: "Revolving Credit Facility",
      documentType: "Facility agreement",
      parties: ["Harbourfront Commercial Bank Limited", "Jade Peak Trading Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-03-05",
      expiryDate: "2027-03-05",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v16-c-rebate-side-letter-fermain-guernsey",
    format: "txt",
    source: `FERMAIN FOODS LIMITED
Les Banques, St Peter Port, Guernsey GY1 2HU
24 April 2026
Sarnia Wholesale Distributors Limited
La Route du Port, St Sampson, Guernsey GY2 4AB
For the attention of: Mr Paul Le Page, Managing Director
# Volume Rebate Side Letter
Dear Paul
Distribution Agreement dated 1 October 2024 (the “Distribution Agreement”)
We write further to our letter of 3 April 2026. This letter is supplemental to the Distribution Agreement, which has a term of four (4) years from 1 October 2024. This letter does not amend the Distribution Agreement.
1. Rebate. For each quarter in which your purchases exceed £400,000, we will pay you a rebate of 3% of that quarter’s purchases within sixty (60) days after the quarter end.
2. Exclusivity. You will not purchase competing chilled dairy products from any other supplier while this letter is in effect, and for a period of six (6) months after it ends.
3. Period. This letter has effect from 1 May 2026 (the “Effective Date”) to 30 April 2028 (the “Side Letter Period”).
4. Extension option. You may, by written notice given to us no later than 31 January 2028, extend the Side Letter Period by one further period of twelve (12) months. There is no other extension.
5. Law. This letter is governed by the laws of the Island of Guernsey.
Please sign and return a copy of this letter to confirm your agreement.
Yours sincerely
Catherine Ozanne
Commercial Director, Fermain Foods Limited
Agreed: Paul Le Page, for and on behalf of Sarnia Wholesale Distributors Limited, 28 April 2026`,
    truth: {
      title: "Volume Rebate Side Letter",
      documentType: "Letter",
      parties: ["Fermain Foods Limited", "Sarnia Wholesale Distributors Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-04-30",
      term: "24 months",
    },
  },
];
