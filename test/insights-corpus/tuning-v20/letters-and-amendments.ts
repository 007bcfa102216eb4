import type { UnseenDocument } from "../unseen/types";

/** Tuning set v20: letters and amendments (comfort, side, consent, engagement and offer letters; minutes of variation, amendments, addenda). */
export const LETTERS_AND_AMENDMENTS_V20: UnseenDocument[] = [
  {
    id: "v20-letters-and-amendments-scottish-minute-of-variation",
    format: "pdf",
    pageFooters: true,
    source: `# MINUTE OF VARIATION
of the Facilities Management Agreement dated 1 August 2021
between
NORTHGATE PROPERTY NOMINEES (NO. 2) LIMITED as nominee and trustee for the Northgate Staff Pension Scheme
and
MACAULAY & STRACHAN FACILITIES SERVICES LIMITED
and
MACAULAY & STRACHAN GROUP PLC
Thorburn Ogilvie LLP, Solicitors, 40 Queen Street, Edinburgh EH2 3NH
===
# MINUTE OF VARIATION
between
(First) NORTHGATE PROPERTY NOMINEES (NO. 2) LIMITED, incorporated under the Companies Acts (Registered Number SC418832) and having its registered office at 12 Melville Crescent, Edinburgh EH3 7LU, as nominee and trustee for the Northgate Staff Pension Scheme (the “Client”);
(Second) MACAULAY & STRACHAN FACILITIES SERVICES LIMITED, incorporated under the Companies Acts (Registered Number SC297104) and having its registered office at Unit 7, Hillington Park, Glasgow G52 4BL (the “Contractor”); and
(Third) MACAULAY & STRACHAN GROUP PLC, incorporated under the Companies Acts (Registered Number SC088215) and having its registered office at 1 Blythswood Square, Glasgow G2 4AD (the “Guarantor”).
# WHEREAS
(A) The Client and Strachan Facilities Limited entered into an agreement entitled “Facilities Management Agreement” dated 1 August 2021 for an initial period of five years commencing on that date (the “Agreement”).
(B) By a deed of novation dated 3 June 2024 the rights and obligations of Strachan Facilities Limited under the Agreement were transferred to the Contractor, and Strachan Facilities Limited ceased to be a party to the Agreement.
(C) The Guarantor guaranteed the obligations of the Contractor under the Agreement by a guarantee dated 3 June 2024 and has agreed to join in this Minute to confirm that guarantee.
(D) The parties have agreed to vary the Agreement on the terms of this Minute.
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. In this Minute, “Variation Effective Date” means 1 May 2026, and words defined in the Agreement have the same meanings in this Minute.
2. With effect from the Variation Effective Date, Clause 3.1 of the Agreement is deleted and replaced with: “3.1 This Agreement shall continue in force until 31 July 2028, on which date it shall expire, unless terminated earlier in accordance with Clause 18.” The Agreement shall accordingly expire on 31 July 2028 and not on 31 July 2026.
3. Clause 18.2 of the Agreement is varied so that the period of notice required for termination for convenience is reduced from twelve months to six months.
4. The Contract Price set out in Schedule 4 of the Agreement is increased by 3.5 per cent. with effect from the Variation Effective Date; invoices remain payable within thirty days of receipt.
5. The Guarantor confirms that its guarantee dated 3 June 2024 extends to the obligations of the Contractor under the Agreement as varied by this Minute.
6. Save as varied by this Minute, the Agreement remains in full force and effect, and Clause 24 (Confidentiality) of the Agreement shall continue to survive its termination or expiry for a period of three years.
7. This Minute shall be governed by and construed in accordance with the law of Scotland, and the parties submit to the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding pages are subscribed as follows:
| Subscribed for and on behalf of NORTHGATE PROPERTY NOMINEES (NO. 2) LIMITED | at Edinburgh on the Twenty-second day of April Two thousand and twenty-six | Fiona C. Drummond, Director | before this witness: Callum Reid, Trainee Solicitor, 40 Queen Street, Edinburgh |
| Subscribed for and on behalf of MACAULAY & STRACHAN FACILITIES SERVICES LIMITED | at Glasgow on the Twenty-fourth day of April Two thousand and twenty-six | Iain MacAulay, Director | before this witness: Morag Strachan, Company Secretary, Glasgow |
| Subscribed for and on behalf of MACAULAY & STRACHAN GROUP PLC | at Glasgow on the Twenty-fourth day of April Two thousand and twenty-six | Iain MacAulay, Director | before this witness: Morag Strachan, Company Secretary, Glasgow |`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Northgate Property Nominees (No. 2) Limited", "MacAulay & Strachan Facilities Services Limited", "MacAulay & Strachan Group plc"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-07-31",
      amends: "Facilities Management Agreement",
    },
  },
  {
    id: "v20-letters-and-amendments-hong-kong-comfort-letter",
    format: "pdf",
    pdfMargin: 90,
    source: `KWAN TAI HOLDINGS LIMITED
(incorporated in Hong Kong with limited liability, Company No. 0873312)
28/F, Wing On Plaza, 62 Mody Road, Tsim Sha Tsui, Kowloon, Hong Kong · Tel: +852 2735 8800
18 March 2026
BY HAND AND BY EMAIL
Harbourfront Commercial Bank (Asia) Limited
Level 19, Two Exchange Square, 8 Connaught Place, Central, Hong Kong
Attention: Ms. Winnie Lau Wing-sze, Director, Corporate and Commercial Banking
Dear Sirs,
# Letter of Comfort
Kwan Tai Cold Storage (Kwai Chung) Limited (the “Borrower”) – HK$80,000,000 term loan and revolving credit facilities
1. We refer to the facility letter dated 2 March 2026 issued by you to the Borrower, our wholly-owned subsidiary, under which you have agreed to make available the facilities described above (the “Facilities”), each with a final maturity date falling thirty-six (36) months after the date of first drawdown, and to your letter of 11 March 2026 requesting this letter.
2. We are aware of, and approve of, the Borrower entering into the Facilities. We confirm that the Borrower is, and it is our present intention that it will remain, our wholly-owned subsidiary while any amount is outstanding under the Facilities, and we will give you not less than thirty (30) days' prior written notice of any proposed disposal of our shares in the Borrower.
3. It is our policy to ensure that our subsidiaries are managed in such a way as to be in a position to meet their financial obligations as they fall due.
4. This letter is a statement of our present intention and policy only. It is not a guarantee and does not constitute an undertaking or obligation on our part to pay any sum owed by the Borrower or to provide it with funding. The personal guarantee to be given by Mr. Kwan Chi-ming under the facility letter is unaffected by this letter.
5. This letter is confidential and may not be disclosed to any person other than your professional advisers without our prior written consent.
6. This letter is governed by the laws of the Hong Kong Special Administrative Region.
Yours faithfully,
For and on behalf of
KWAN TAI HOLDINGS LIMITED
Kwan Chi-ming, Chairman
Cheung Mei-ling, Executive Director
cc: Lo, Chan & Partners, Solicitors to the Borrower`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Kwan Tai Holdings Limited", "Harbourfront Commercial Bank (Asia) Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-03-18",
    },
  },
  {
    id: "v20-letters-and-amendments-ontario-offer-letter",
    format: "docx",
    storedPageCount: 2,
    source: `MAPLE & BIRCH ANALYTICS INC.
220 King Street West, Suite 1400, Toronto, Ontario M5H 1K4
April 24, 2026
PRIVATE AND CONFIDENTIAL – DELIVERED BY EMAIL
Ms. Amélie Renée Tremblay
47 Rue Saint-Paul Ouest, Apt. 3, Montréal, Québec H2Y 1Z3
Dear Amélie:
# Offer of Employment
On behalf of Maple & Birch Analytics Inc. (the “Company”), I am delighted to offer you the position of Senior Data Scientist, reporting to the Vice-President, Applied Machine Learning, on the terms set out in this letter.
1. Commencement. Your employment will commence on Monday, June 1, 2026 (the “Commencement Date”). Your earlier contract work for our affiliate, Maple & Birch Labs ULC, will not count as service with the Company.
2. Term. Your employment is for an indefinite term and will continue until terminated by you or the Company in accordance with Section 8. The first three (3) months of your employment will be a probationary period.
3. Base Salary. Your annual base salary will be CAD $168,000, payable bi-weekly in arrears by direct deposit.
4. Bonus. You will be eligible for an annual discretionary bonus of up to fifteen percent (15%) of base salary, prorated for 2026.
5. Equity. Subject to Board approval, you will be granted options to acquire 12,000 common shares of Maple & Birch Holdings Corp. under its 2023 Stock Option Plan, vesting over four (4) years with a one-year cliff.
6. Vacation. You will be entitled to four (4) weeks' paid vacation per calendar year.
===
7. Confidentiality and Non-Solicitation. You will be required to sign the Company's Confidentiality and Intellectual Property Agreement. For twelve (12) months after your employment ends, you will not solicit any employee or customer of the Company.
8. Termination. You may resign on four (4) weeks' written notice. The Company may terminate your employment without cause by providing you with the notice or pay in lieu of notice, and any severance pay, required by the Employment Standards Act, 2000 (Ontario), plus one (1) additional week for each completed year of service, up to a maximum of twelve (12) additional weeks.
9. Governing Law. This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in it.
This offer is open for acceptance until 5:00 p.m. (Toronto time) on May 8, 2026, after which it will lapse. To accept, please sign and return a copy of this letter.
Sincerely,
MAPLE & BIRCH ANALYTICS INC.
Per: Jonathan K. Osei-Bonsu, Chief People Officer
I accept the offer of employment on the terms set out above.
Amélie Renée Tremblay – Date: April 29, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Maple & Birch Analytics Inc.", "Amélie Renée Tremblay"],
      governingLaw: "Ontario",
      effectiveDate: "2026-06-01",
      term: "Until terminated",
    },
  },
  {
    id: "v20-letters-and-amendments-lagos-engagement-letter",
    format: "txt",
    source: `OKONKWO, ADEYEMI & PARTNERS
Barristers, Solicitors & Notaries Public
Plot 1412 Ahmadu Bello Way, Victoria Island, Lagos
Our Ref: OAP/CORP/2026/0417
Your Ref: ZAP/LEG/118
2nd March 2026
The Board of Directors
Zenith Agro-Allied Processing Plc
14 Oba Akran Avenue, Ikeja, Lagos State
Dear Sirs,
# Letter of Engagement
Further to our meeting on 19 February 2026 and your letter of 23 February 2026, we are pleased to confirm the terms on which this firm will act for you. The key details of the engagement are:
| Client | Zenith Agro-Allied Processing Plc |
| Matter | Proposed acquisition of the entire issued share capital of Ibeju Cold Chain Limited from Marwa Ventures Limited and Mrs. Folasade Ibeju |
| Responsible Partner | Chief Babatunde A. Okonkwo, SAN |
| Fee basis | Hourly rates, capped at NGN 45,000,000 for the due diligence phase |
1. Scope. We will advise on legal due diligence, the share purchase agreement and the merger notification to the Federal Competition and Consumer Protection Commission. We will not advise on tax; you will instruct Adebayo Tax Advisory Services separately.
2. Duration. This engagement takes effect from the date of this letter and will continue for an initial period of six (6) months from the date of this letter. It will then automatically continue for successive periods of three (3) months each, unless either of us gives the other at least fourteen (14) days' written notice before the end of the then current period that it is not to continue.
3. Fees and payment. Our invoices are issued monthly and are payable within thirty (30) days of receipt into our client account with Sterling Crest Bank Plc, Account No. 0023418876.
4. Records. We will retain our files for the Matter for a period of six (6) years after the end of the engagement.
5. Conflicts. We have confirmed that we do not act for Marwa Ventures Limited or for Ibeju Cold Chain Limited.
6. Governing law. This letter and our engagement are governed by the laws of the Federal Republic of Nigeria.
Please confirm your acceptance of these terms by signing and returning the enclosed copy of this letter.
Yours faithfully,
Babatunde A. Okonkwo, SAN
For: Okonkwo, Adeyemi & Partners
Accepted for and on behalf of Zenith Agro-Allied Processing Plc by its Managing Director, Engr. Tunde Bakare-Williams, on 6th March 2026.`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Okonkwo, Adeyemi & Partners", "Zenith Agro-Allied Processing Plc"],
      governingLaw: "Nigeria",
      effectiveDate: "2026-03-02",
      expiryDate: "2026-09-02",
      term: "6 months",
      renewal: "3 months",
    },
  },
  {
    id: "v20-letters-and-amendments-delaware-fund-amendment",
    format: "pdf",
    pageFooters: true,
    source: `# AMENDMENT NO. 1 TO MANAGEMENT SERVICES AGREEMENT
This Amendment No. 1 to Management Services Agreement (this “Amendment”) is made and entered into as of the 3rd day of March, 2026, by and among Redwood Ridge Fund III, L.P., a Delaware limited partnership acting by its general partner, Redwood Ridge GP, LLC (“Fund III”), Redwood Ridge Parallel Fund III-A, L.P., a Delaware limited partnership acting by the same general partner (the “Parallel Fund” and, together with Fund III, the “Funds”), and Sequoia Lane Advisors, LLC, a Delaware limited liability company (the “Manager”).
# RECITALS
WHEREAS, the Funds and the Manager are parties to that certain Management Services Agreement dated as of September 15, 2021 (the “Agreement”), which has a term of ten (10) years from the Initial Closing Date, subject to two (2) one-year extensions at the election of the general partner;
WHEREAS, Halvorsen Capital Management, LLC, the Funds' former manager, assigned all of its rights and obligations under the Agreement to the Manager pursuant to an Assignment and Assumption Agreement dated June 30, 2023, and is not a party to this Amendment;
WHEREAS, the Limited Partner Advisory Committee of each of the Funds approved this Amendment on February 20, 2026; and
WHEREAS, the parties desire to amend the Agreement as set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
1. Effectiveness. This Amendment shall be deemed effective as of January 1, 2026 (the “Amendment Effective Date”), notwithstanding the date of its execution.
2. Management Fee. Section 4.1 of the Agreement is amended by replacing “two percent (2.0%)” with “one and three-quarters percent (1.75%)” with effect from the Amendment Effective Date. The Management Fee remains payable quarterly in advance within ten (10) business days after the first day of each calendar quarter.
3. Key Person Event. A new Section 6.4 is added to the Agreement: “If a Key Person Event occurs, the Manager shall notify the Funds within five (5) Business Days, and the Investment Period shall be suspended for a period of up to one hundred eighty (180) days.”
4. Term Unaffected. Nothing in this Amendment extends, shortens or otherwise modifies the Term of the Agreement, which continues as provided in Section 11.1 of the Agreement.
5. Miscellaneous. Except as expressly amended hereby, the Agreement remains in full force and effect. This Amendment may be executed in counterparts, including by electronic signature.
6. Governing Law. This Amendment shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles.
[Signature page follows]
===
IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first written above.
REDWOOD RIDGE FUND III, L.P.
By: Redwood Ridge GP, LLC, its general partner
By: /s/ Marcus T. Ellington, Managing Member
REDWOOD RIDGE PARALLEL FUND III-A, L.P.
By: Redwood Ridge GP, LLC, its general partner
By: /s/ Marcus T. Ellington, Managing Member
SEQUOIA LANE ADVISORS, LLC
By: /s/ Priya N. Venkataraman, Chief Operating Officer`,
    truth: {
      title: "Amendment No. 1 to Management Services Agreement",
      documentType: "Amendment",
      parties: ["Redwood Ridge Fund III, L.P.", "Redwood Ridge Parallel Fund III-A, L.P.", "Sequoia Lane Advisors, LLC"],
      governingLaw: "Delaware",
      effectiveDate: "2026-01-01",
      amends: "Management Services Agreement",
    },
  },
  {
    id: "v20-letters-and-amendments-jersey-side-letter",
    format: "docx",
    source: `LE BROCQ PROPERTY HOLDINGS LIMITED
Registered in Jersey No. 104562 · 3 Mulcaster Street, St Helier, Jersey JE2 3NJ
20 March 2026
The Directors
St. Aubin's Bay Bakery & Café Limited
Unit 4, Les Quennevais Parade, St Brelade, Jersey JE3 8FX
Dear Sirs
# Side Letter
Lease of Unit 4, Les Quennevais Parade, St Brelade (the “Premises”) passed before the Royal Court on 26 March 2021 (the “Lease”)
1. We write as landlord under the Lease, which was granted to you for a term of fifteen (15) years commencing on 25 March 2021, with a tenant's option to break on 24 March 2031. This letter is supplemental to the Lease but does not form part of it and is personal to you.
2. In this letter, the “Concession Effective Date” means 1 April 2026.
3. In consideration of your carrying out the shopfront works described in the Schedule, we agree that for the period of two (2) years commencing on the Concession Effective Date (the “Concession Period”) the annual rent reserved by the Lease shall be reduced from £48,000 to £42,000. This letter shall cease to have effect at the end of the Concession Period.
4. We also waive the service charge otherwise payable under Schedule 3 of the Lease for the quarter beginning on 1 April 2026.
5. The concession will end immediately if you assign or underlet the Premises, if any rent remains unpaid for twenty-one (21) days after its due date, or if the personal guarantee of your obligations under the Lease given by Mr Philippe J. de Gruchy ceases to be in force.
6. Our managing agents, Falle Renouf Property Management, will issue revised rent demands from the next quarter day.
7. This letter is governed by the law of the Island of Jersey, and we each submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
# Schedule – Shopfront Works
Replacement of the shopfront glazing and signage at the Premises in accordance with drawing LQ/04/118 rev. C, to be completed by 30 September 2026.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
For and on behalf of Le Brocq Property Holdings Limited
Sophie Le Brocq, Director
We agree to the terms of this letter.
For and on behalf of St. Aubin's Bay Bakery & Café Limited
Philippe de Gruchy, Director – Dated: 27 March 2026
cc: Mr Philippe J. de Gruchy (Guarantor)`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Le Brocq Property Holdings Limited", "St. Aubin's Bay Bakery & Café Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-03-31",
      term: "2 years",
    },
  },
  {
    id: "v20-letters-and-amendments-kenya-consent-letter",
    format: "txt",
    source: `NYERI TEA AND COFFEE ESTATES LIMITED
Kenyatta Road, P.O. Box 1187-10100, Nyeri, Kenya
9th April 2026
Mombasa Coastal Traders & Logistics Limited
Moi Avenue, P.O. Box 90412-80100, Mombasa
For the attention of: Mr. Hassan Abdalla Omar, Managing Director
Dear Sir,
We refer to the agreement entitled “Exclusive Distribution Agreement” dated 14 January 2023 between our company and yours (the “Agreement”), under which you distribute our packaged teas and coffees in the Coast region, and to your letter of 27 March 2026.
You have informed us that Sahel Capital Partners LLP has agreed to acquire 70% of your issued shares from the trustees of the Omar Family Trust (the “Transaction”). Clause 19.3 of the Agreement treats a change of control of you as an assignment requiring our prior written consent.
We hereby consent to the Transaction for the purposes of clause 19.3 of the Agreement, on the following conditions:
(a) you notify us in writing within five (5) business days after completion of the Transaction;
(b) the non-compete covenant in clause 15 of the Agreement, which applies during the term of the Agreement and for eighteen (18) months after it ends, will continue to bind you after the Transaction; and
(c) you will continue to meet the minimum purchase targets set out in Schedule 2 of the Agreement.
This consent does not amend the Agreement, which remains in full force and will expire on 31 December 2027 unless renewed by agreement in writing under clause 3.2. Nothing in this letter waives any existing breach of the Agreement.
This letter is governed by the laws of Kenya.
Yours faithfully,
For and on behalf of NYERI TEA AND COFFEE ESTATES LIMITED
Dr. Wanjiru N. Kamau
Chief Executive Officer
Acknowledged and agreed for and on behalf of Mombasa Coastal Traders & Logistics Limited:
Hassan Abdalla Omar, Managing Director, on 14th April 2026
cc: Mwangi, Otieno & Co. Advocates`,
    truth: {
      title: "Letter",
      documentType: "Letter",
      parties: ["Nyeri Tea and Coffee Estates Limited", "Mombasa Coastal Traders & Logistics Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-04-09",
    },
  },
  {
    id: "v20-letters-and-amendments-bengaluru-licence-addendum",
    format: "pdf",
    pdfMargin: 110,
    source: `# ADDENDUM NO. 2 TO SOFTWARE LICENCE AGREEMENT
This Addendum No. 2 (the “Addendum”) is made at Bengaluru on this 27th day of April, 2026 by and between the parties named as Licensor and Licensee in the execution table at the end of this Addendum (each a “Party”).
# BACKGROUND
A. The Licensor and the Licensee entered into a Software Licence Agreement dated 15 April 2023 (the “Agreement”) under which the Licensee was granted a non-exclusive licence to use the Licensor's NidhiCore core banking software for an initial term of three (3) years commencing on 1 May 2023.
B. The Agreement was amended by Addendum No. 1 dated 9 February 2024, which added the mobile banking module to the licensed software.
C. The Agreement is due to expire on 30 April 2026 and the Parties wish to extend it and to vary certain of its other terms.
# OPERATIVE PROVISIONS
1. Addendum Effective Date. This Addendum shall come into effect on 1 May 2026 (the “Addendum Effective Date”).
2. Extension of Term. The term of the Agreement is extended so that it shall run from 1 May 2026 to 30 April 2028 (the “Extended Term”), and the Agreement shall expire at the end of the Extended Term unless the Parties agree otherwise in writing. There shall be no automatic renewal.
3. Licence Fee. The annual licence fee for the Extended Term shall be INR 1,18,00,000 (Rupees One Crore Eighteen Lakh only), exclusive of GST, payable annually in advance within forty-five (45) days of invoice.
4. Warranty. Clause 11.1 of the Agreement is amended so that the warranty period for each new release is ninety (90) days from its delivery.
5. Source Code Escrow. The Licensor shall deposit the source code of each new release with Kaveri Escrow Services LLP, and the escrow arrangement shall be maintained for five (5) years after the end of the Extended Term.
6. Governing Law. This Addendum shall be governed by the laws of India, and the courts at Bengaluru shall have exclusive jurisdiction.
7. Save as amended by Addendum No. 1 and this Addendum, all terms of the Agreement remain unchanged.
# EXECUTION
| Party | Name | Signed by | Designation |
| Licensor | Vikram Rao & Sons Software Private Limited (CIN U72200KA2009PTC051234), No. 18, 3rd Cross, Indiranagar, Bengaluru 560038 | Mr. Arjun V. Rao | Managing Director |
| Licensee | Deccan Mutual Benefit Nidhi Limited (CIN U65990TG2015PLC098765), 6-3-1099, Raj Bhavan Road, Somajiguda, Hyderabad 500082 | Ms. Lakshmi S. Iyer | Chief Technology Officer |
Witness: Rohan D'Souza, Advocate, Bengaluru`,
    truth: {
      title: "Addendum No. 2 to Software Licence Agreement",
      documentType: "Amendment",
      parties: ["Vikram Rao & Sons Software Private Limited", "Deccan Mutual Benefit Nidhi Limited"],
      governingLaw: "India",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-04-30",
      term: "24 months",
      amends: "Software Licence Agreement",
    },
  },
];
