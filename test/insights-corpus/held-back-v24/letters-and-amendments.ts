import type { UnseenDocument } from "../unseen/types";

/** Held-back v24: letters and amendments (side, comfort, consent, engagement and offer letters; variations, addenda, deeds of variation). */
export const LETTERS_AND_AMENDMENTS_V24: UnseenDocument[] = [
  {
    id: "v24-letters-and-amendments-deed-of-variation-lease-southampton",
    format: "pdf",
    pageFooters: true,
    source: `DATED 12 February 2026
# DEED OF VARIATION
relating to a lease of Unit 4, Harbour Trade Park, Western Docks, Southampton SO15 1DH
(1) CALDERWOOD ESTATES LIMITED
(2) BRIGHTWATER MARINE SUPPLIES LTD
(3) OLIVER JAMES PENROSE
Harrow & Finch LLP, Solicitors, 2 Portland Terrace, Southampton SO14 7EJ
===
THIS DEED is dated 12 February 2026
# PARTIES
(1) CALDERWOOD ESTATES LIMITED incorporated and registered in England and Wales with company number 04418827 whose registered office is at 9 Lansdowne Row, London W1J 8QF (the “Landlord”).
(2) BRIGHTWATER MARINE SUPPLIES LTD incorporated and registered in England and Wales with company number 09930214 whose registered office is at Unit 4, Harbour Trade Park, Western Docks, Southampton SO15 1DH (the “Tenant”).
(3) OLIVER JAMES PENROSE of 27 Chessel Avenue, Bitterne, Southampton SO19 4DY (the “Guarantor”).
# BACKGROUND
(A) This deed is supplemental to the Lease, which was granted for a term of fifteen years from and including 29 September 2019 at an initial annual rent of £71,000.
(B) The reversion immediately expectant on the term of the Lease remains vested in the Landlord and the term of the Lease remains vested in the Tenant.
(C) The Landlord and the Tenant have agreed to vary the Lease on the terms of this deed, and the Guarantor has agreed to give the confirmation in clause 3.
# AGREED TERMS
1. Definitions and interpretation
1.1 In this deed: “Lease” means the lease of the Property dated 27 September 2019 and made between the Landlord (1), the Tenant (2) and the Guarantor (3); “Property” means the property demised by the Lease; and “Effective Date” means 25 March 2026.
1.2 Unless otherwise defined, words and expressions defined in the Lease have the same meaning in this deed.
2. Variations
2.1 With effect from and including the Effective Date the Lease is varied as follows:
(a) in clause 1.1 the definition of “Annual Rent” is deleted and replaced with “£84,500 per annum (exclusive of VAT), subject to review in accordance with Schedule 4”;
(b) clause 8.3 is deleted and replaced with: “The Tenant may terminate this lease on 29 September 2029 by giving the Landlord not less than six months’ written notice.”; and
(c) in clause 4.14 the words “between 7.00 am and 7.00 pm” are replaced with “at any time”.
2.2 The Tenant shall pay the Landlord’s reasonable legal costs of this deed within 14 days of written demand.
3. Guarantor’s confirmation
The Guarantor consents to the variations made by this deed and confirms that his obligations in the Lease continue in full force and extend to the Lease as varied.
4. Continuation of the Lease
Save as varied by this deed, the Lease shall continue in full force and effect, and the Lease and this deed shall be read and construed as one document.
5. Governing law and jurisdiction
5.1 This deed and any dispute or claim arising out of or in connection with it or its subject matter or formation shall be governed by and construed in accordance with the law of England and Wales.
5.2 The courts of England and Wales shall have exclusive jurisdiction to settle any such dispute or claim.
This document has been executed as a deed and is delivered on the date stated at the beginning of it.
Executed as a deed by CALDERWOOD ESTATES LIMITED acting by Nadia Okafor, a director, in the presence of: Witness: Thomas Reid, 14 Fern Close, Romsey SO51 8LB
Executed as a deed by BRIGHTWATER MARINE SUPPLIES LTD acting by Gareth Pryce, a director, and Helen Marsh, its secretary
Signed as a deed by OLIVER JAMES PENROSE in the presence of: Witness: Amira Hassan, 3 Ocean Way, Southampton SO14 3JZ`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Calderwood Estates Limited", "Brightwater Marine Supplies Ltd", "Oliver James Penrose"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-25",
      amends: "Lease",
    },
  },
  {
    id: "v24-letters-and-amendments-offer-letter-singapore-fixed-term",
    format: "docx",
    storedPageCount: 2,
    source: `MERIDIAN ANALYTICS PTE. LTD.
UEN 201734412K | 80 Robinson Road, #14-02, Singapore 068898 | www.meridian-analytics.sg
17 March 2026
PRIVATE & CONFIDENTIAL
Ms Priya Raghavan
Blk 412 Clementi Avenue 1, #07-118
Singapore 120412
Dear Priya,
# OFFER OF EMPLOYMENT
Position: Senior Data Engineer, Platform Engineering
Further to your interviews with us on 24 February and 3 March 2026, we are pleased to offer you employment with Meridian Analytics Pte. Ltd. (the “Company”) on the terms set out in this letter.
1. Commencement. Your employment will commence on 4 May 2026 (the “Commencement Date”).
2. Fixed term. Your employment is for a fixed term of twenty-four (24) months starting on the Commencement Date and will end on 3 May 2028, unless terminated earlier in accordance with this letter.
3. Probation. The first three (3) months of your employment will be a probationary period, during which either party may terminate your employment by giving one (1) week’s notice.
4. Remuneration. Your basic salary will be S$9,800 per month, payable in arrears on or before the 25th day of each month. You will also be eligible for an annual wage supplement of one month’s basic salary, pro-rated for any incomplete year of service.
5. Working hours and leave. Your normal working hours are 44 hours per week. You will be entitled to eighteen (18) working days of paid annual leave per calendar year, in addition to public holidays.
6. Notice. After confirmation, either party may terminate your employment by giving two (2) months’ written notice or salary in lieu of notice.
7. Confidentiality and restrictions. Your obligations of confidentiality will survive the end of your employment without limit of time. For six (6) months after your employment ends you must not solicit any employee or client of the Company with whom you dealt in the last twelve (12) months of your employment.
8. Governing law. This letter and your employment are governed by the laws of Singapore.
This offer will remain open for acceptance until 31 March 2026.
Yours sincerely,
Daniel Koh Wei Ming
Head of People
For and on behalf of Meridian Analytics Pte. Ltd.
===
# ACCEPTANCE
I, Priya Raghavan (NRIC S8812345D), accept the offer of employment on the terms and conditions set out in this letter.
Signature: ____________________
Date: 20 March 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Meridian Analytics Pte. Ltd.", "Priya Raghavan"],
      governingLaw: "Singapore",
      effectiveDate: "2026-05-04",
      expiryDate: "2028-05-03",
      term: "24 months",
    },
  },
  {
    id: "v24-letters-and-amendments-comfort-letter-hong-kong-bank",
    format: "txt",
    source: `HARCOURT PACIFIC HOLDINGS LIMITED
(Incorporated in Bermuda with limited liability)
Level 28, Three Pacific Place, 1 Queen's Road East, Hong Kong
9th April 2026
The Directors
Kowloon Commercial Bank Limited
18 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong
Attention: Ms Vivian Cheung, Corporate Banking Division
Dear Sirs,
# LETTER OF COMFORT
We refer to the facility letter dated 2nd March 2026 (the "Facility Letter") issued by you to our wholly-owned subsidiary, Harcourt Logistics (HK) Limited (the "Borrower"), under which you have agreed to make available to the Borrower a term loan facility of up to HK$120,000,000 for a period of three (3) years from the date of first drawdown.
In consideration of your making the facility available to the Borrower, we confirm that:
1. we are aware of the terms of the Facility Letter and approve of the Borrower entering into it;
2. it is our present intention to retain, directly or indirectly, our entire shareholding in the Borrower for so long as any amount remains outstanding under the Facility Letter;
3. it is our policy to ensure that the Borrower is managed so as to be in a position to meet its liabilities as they fall due, and we do not intend to change that policy while the facility is outstanding; and
4. we will give you not less than thirty (30) days' prior written notice of any proposed disposal of shares in the Borrower.
This letter is not, and is not intended to be, a guarantee or an indemnity, and save for paragraph 4 it does not create any legally binding obligation on us. Any statement of our present intention is made in good faith but may change with our business circumstances.
This letter supersedes our letter to you dated 18th February 2026 concerning the same facility.
This letter is governed by and shall be construed in accordance with the laws of the Hong Kong Special Administrative Region.
Yours faithfully,
For and on behalf of
HARCOURT PACIFIC HOLDINGS LIMITED
Edmund Lau Wai-kit
Director`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Harcourt Pacific Holdings Limited", "Kowloon Commercial Bank Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-04-09",
    },
  },
  {
    id: "v24-letters-and-amendments-amendment-no-2-msa-delaware",
    format: "pdf",
    pdfMargin: 90,
    source: `# AMENDMENT NO. 2 TO MASTER SERVICES AGREEMENT
This Amendment No. 2 to Master Services Agreement (this “Amendment”) is made and entered into as of the 3rd day of March, 2026 (the “Amendment Effective Date”), by and between Northfield Clinical Data, Inc., a Delaware corporation with its principal place of business at 400 Atlantic Avenue, Boston, Massachusetts 02210 (“Client”), and Quillstone Software Services LLC, a Texas limited liability company with offices at 1100 Congress Avenue, Suite 900, Austin, Texas 78701 (“Provider”).
# RECITALS
WHEREAS, Client and Provider are parties to that certain Master Services Agreement dated as of June 15, 2023, as amended by Amendment No. 1 dated January 9, 2025 (as so amended, the “Agreement”), which has an initial term of five (5) years from its effective date and which, as originally executed, is governed by the laws of the State of New York;
WHEREAS, the parties wish to amend the Agreement to add data migration services, to shorten the payment period and to change the governing law of the Agreement, in each case as set forth below;
NOW, THEREFORE, in consideration of the mutual covenants herein and other good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the parties agree as follows:
1. Definitions. Capitalized terms used but not defined in this Amendment have the meanings given to them in the Agreement.
2. Additional Services. Exhibit A (Services) of the Agreement is amended by adding the Data Migration Services described in Attachment 1 to this Amendment, which shall be performed under one or more Statements of Work issued on or after the Amendment Effective Date.
3. Payment Terms. In Section 6.2 of the Agreement, the words “forty-five (45) days” are deleted and replaced with “thirty (30) days”.
4. Migration Warranty. Provider warrants that the Data Migration Services will be performed in a professional and workmanlike manner and will remedy any non-conforming migration reported within ninety (90) days after acceptance.
5. Governing Law. Section 18.4 of the Agreement is deleted in its entirety and replaced with the following: “This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles.” This Amendment shall likewise be governed by the laws of the State of Delaware.
6. Effect of Amendment. Except as expressly amended by this Amendment, the Agreement remains unmodified and in full force and effect, and nothing in this Amendment extends or shortens the term of the Agreement. In the event of any conflict between this Amendment and the Agreement, this Amendment shall control.
7. Counterparts. This Amendment may be executed in counterparts, including by electronic signature, each of which shall be deemed an original and all of which together shall constitute one instrument.
IN WITNESS WHEREOF, the parties have caused this Amendment to be executed by their duly authorized representatives as of the Amendment Effective Date.
| NORTHFIELD CLINICAL DATA, INC. | QUILLSTONE SOFTWARE SERVICES LLC |
| By: /s/ Margaret O. Lindqvist | By: /s/ Tomás Ibarra |
| Name: Margaret O. Lindqvist | Name: Tomás Ibarra |
| Title: Chief Operating Officer | Title: Managing Member |
| Date: March 5, 2026 | Date: March 4, 2026 |
# ATTACHMENT 1 – DATA MIGRATION SERVICES
Extraction, cleansing and transfer of legacy clinical trial records from Client’s on-premises systems to the Provider platform, including validation reports and a single rollback rehearsal per migration wave.`,
    truth: {
      title: "Amendment No. 2 to Master Services Agreement",
      documentType: "Amendment",
      parties: ["Northfield Clinical Data, Inc.", "Quillstone Software Services LLC"],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v24-letters-and-amendments-engagement-letter-dublin-solicitors",
    format: "docx",
    source: `FITZWILLIAM QUAY LLP
Solicitors | 5 Sir John Rogerson's Quay, Dublin 2, D02 X576 | +353 1 611 4400
Our ref: CMC/44817-0001
Your ref: SNB/Carrowmore
6 February 2026
Private and Confidential
The Board of Directors
Ardmore Renewables DAC
Unit 7, Ballybrit Business Park, Galway H91 P2DK
For the attention of: Siobhán Ní Bhriain, Chief Financial Officer
Dear Siobhán,
# Letter of Engagement
Matter: Proposed acquisition of the entire issued share capital of Carrowmore Wind Farm Limited
Thank you for instructing us on this matter, following our meeting on 30 January 2026 and your email of 2 February 2026. This letter and our enclosed Terms of Business set out the basis on which we will act for Ardmore Renewables DAC (“you”).
1. Scope. We will advise on the share purchase agreement, conduct legal due diligence on the target and its planning and grid connection consents, and attend to completion formalities. Tax, competition filings and property title investigation are outside the scope of this engagement unless we agree otherwise in writing.
2. Team. Ciara McCormack, Partner, will be responsible for the matter, assisted by Rónán Doyle, Senior Associate. Section 150 of the Legal Services Regulation Act 2015 requires us to give you the information in this letter and the enclosed notice.
3. Fees. Our professional fees are estimated at €85,000 plus VAT and outlays, based on the assumptions in the enclosed notice. We will bill monthly and our invoices are payable within thirty (30) days of issue.
4. Ending our engagement. Our engagement will end when the Matter completes. You may end it earlier at any time by writing to us; we may end it on reasonable notice where permitted by our professional rules.
5. Files. We will keep our file for at least seven (7) years after the Matter ends, after which it may be destroyed without further reference to you.
6. Liability. Our aggregate liability to you in connection with the Matter is limited to €10,000,000.
7. Governing law. This letter and our Terms of Business are governed by Irish law, and the courts of Ireland have exclusive jurisdiction over any dispute arising from them.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours sincerely,
Ciara McCormack
Partner, for and on behalf of Fitzwilliam Quay LLP
===
We agree to the terms of this letter and the enclosed Terms of Business.
Signed for and on behalf of Ardmore Renewables DAC by Siobhán Ní Bhriain, Chief Financial Officer
Date: 11 February 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Fitzwilliam Quay LLP", "Ardmore Renewables DAC"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-06",
    },
  },
  {
    id: "v24-letters-and-amendments-minute-of-variation-supply-scotland",
    format: "pdf",
    pageFooters: true,
    source: `# MINUTE OF VARIATION
between
GLENCAIRN FOODS LIMITED
and
TAYSIDE PACKAGING SOLUTIONS LIMITED
relating to a Supply Agreement dated 14 and 21 November 2022
===
# MINUTE OF VARIATION
between
GLENCAIRN FOODS LIMITED, a company incorporated under the Companies Acts with registered number SC318204 and having its registered office at 14 Carden Place, Aberdeen AB10 1UR (the “Customer”); and
TAYSIDE PACKAGING SOLUTIONS LIMITED, a company incorporated under the Companies Acts with registered number SC551190 and having its registered office at Unit 2, Dunsinane Industrial Estate, Dundee DD2 3QD (the “Supplier”)
WHEREAS
(A) The Customer and the Supplier are parties to a supply agreement dated 14 and 21 November 2022 (the “Supply Agreement”) under which the Supplier supplies corrugated packaging to the Customer for an initial period of five years from 1 December 2022.
(B) The parties have agreed to vary the Supply Agreement on the terms of this Minute of Variation.
NOW THEREFORE the parties AGREE as follows:
1. In this Minute of Variation words and expressions defined in the Supply Agreement have the same meanings, and “Variation Effective Date” means the first day of June two thousand and twenty-six.
2. With effect from the Variation Effective Date the Supply Agreement is varied as follows:
2.1 Schedule 2 (Prices) is deleted and replaced by the Schedule to this Minute of Variation;
2.2 in Clause 7.3, the words “sixty (60) days” are deleted and replaced with “forty-five (45) days”; and
2.3 a new Clause 9.6 is inserted: “The Supplier shall hold at its premises not less than four weeks’ stock of each Product listed in Schedule 2.”
3. Save as varied by this Minute of Variation, the Supply Agreement shall continue in full force and effect, and the prices in the Schedule shall remain fixed for not less than twelve months from the Variation Effective Date.
4. This Minute of Variation shall be governed by and construed in accordance with the law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows:
Subscribed for and on behalf of GLENCAIRN FOODS LIMITED at Aberdeen on 12 May 2026 by Fiona Mairi Grant, Director, in the presence of Alasdair Ross, 3 Queen's Road, Aberdeen AB15 4YL, witness
Subscribed for and on behalf of TAYSIDE PACKAGING SOLUTIONS LIMITED at Dundee on 19 May 2026 by Callum Peter Rennie, Director, in the presence of Morag Lindsay, 40 Perth Road, Dundee DD1 4LN, witness
===
# SCHEDULE
This is the Schedule referred to in the foregoing Minute of Variation between Glencairn Foods Limited and Tayside Packaging Solutions Limited
Prices with effect from the Variation Effective Date
| Product code | Description | Price per 1,000 units (£) |
| GF-110 | Single-wall shipper, 400 x 300 x 200 mm | 412.00 |
| GF-140 | Double-wall chilled transit case, 600 x 400 x 250 mm | 689.50 |
| GF-205 | Printed retail sleeve, oatcake range | 97.25 |`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Glencairn Foods Limited", "Tayside Packaging Solutions Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      amends: "Supply Agreement",
    },
  },
  {
    id: "v24-letters-and-amendments-investor-consent-letter-new-zealand",
    format: "txt",
    source: `TŌTARA GROWTH NOMINEES LIMITED
in its capacity as trustee of the Tōtara Growth Trust
Level 9, 45 Queen Street, Auckland 1010, New Zealand
14 April 2026
The Board of Directors
Pōhutukawa Health Technologies Limited
22 Madras Street, Christchurch Central, Christchurch 8011
Dear Directors
# CONSENT TO ISSUE OF SHARES
We refer to the shareholders' agreement dated 28 August 2023 between Pōhutukawa Health Technologies Limited (the "Company"), us and the other shareholders named in it (the "Shareholders' Agreement"), and to your letter of 2 April 2026 requesting our consent.
Under clause 6.2 of the Shareholders' Agreement the Company may not issue any shares without the prior written consent of the Investor. As the Investor, we consent to the Company issuing up to 1,250,000 ordinary shares to eligible employees under the employee share scheme approved by the Board on 26 March 2026, on the following conditions:
(a) the shares are issued at not less than NZ$0.80 per share and are subject to the scheme's four-year vesting schedule;
(b) each employee agrees to a lock-in under which the shares may not be transferred for twelve months after they vest; and
(c) the Company provides us with an updated share register within 10 working days after each issue.
This consent is limited to the matters set out above. It is not a waiver of any other provision of the Shareholders' Agreement, which continues in full force.
This letter is governed by the laws of New Zealand.
Yours faithfully
Hemi Parata
Authorised Signatory
Tōtara Growth Nominees Limited as trustee of the Tōtara Growth Trust
Acknowledged by Pōhutukawa Health Technologies Limited: Grace Liu, Director, 15/04/2026`,
    truth: {
      title: "Consent to Issue of Shares",
      documentType: "Letter",
      parties: ["Tōtara Growth Nominees Limited", "Pōhutukawa Health Technologies Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v24-letters-and-amendments-addendum-software-licence-ontario",
    format: "docx",
    storedPageCount: 2,
    source: `# ADDENDUM NO. 1 TO ENTERPRISE SOFTWARE LICENCE AGREEMENT
Managed Support Services
| Item | Details |
| Licensor | Lakehead Geospatial Inc., 220 Bay Street, Suite 1400, Toronto, Ontario M5J 2W4 |
| Licensee | Red River Rail Services Ltd., 1 Lombard Place, Winnipeg, Manitoba R3B 0X3 |
| Licence Agreement | Enterprise Software Licence Agreement dated September 30, 2024 between the Licensor and the Licensee |
| Addendum Effective Date | April 1, 2026 |
| Addendum Term | Twelve (12) months commencing on the Addendum Effective Date |
| Renewal | Automatic, for successive periods of twelve (12) months (see section 2) |
| Support Fee | CAD 48,000 per year, invoiced annually in advance and payable within 30 days |
1. Purpose. This Addendum supplements the Licence Agreement by adding the Managed Support Services described in section 3. Capitalized terms not defined in this Addendum have the meanings given in the Licence Agreement.
2. Term and renewal. This Addendum commences on the Addendum Effective Date and continues for an initial term of twelve (12) months. It then renews automatically for successive twelve (12) month periods unless either party gives the other at least sixty (60) days’ written notice of non-renewal before the end of the then-current period. This Addendum ends automatically if the Licence Agreement, which has an initial term of five (5) years from September 30, 2024, expires or is terminated.
3. Managed Support Services. The Licensor will provide 24/7 monitoring of the licensed GeoTrack Enterprise software, quarterly health checks, and incident response within the times below.
| Severity | Response time | Target resolution |
| Severity 1 (system down) | 1 hour | 8 hours |
| Severity 2 (major function impaired) | 4 hours | 2 business days |
| Severity 3 (minor issue) | 1 business day | Next scheduled release |
4. Confidentiality. Section 11 of the Licence Agreement applies to information exchanged under this Addendum and survives for three (3) years after this Addendum ends.
5. Governing law. This Addendum is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in Ontario.
6. Effect. Except as supplemented by this Addendum, the Licence Agreement remains unchanged and in full force and effect.
===
Agreed by the parties through their authorized signatories.
| LAKEHEAD GEOSPATIAL INC. | RED RIVER RAIL SERVICES LTD. |
| Per: Anjali Deshmukh, VP Customer Success | Per: Brent Kowalchuk, Director of IT |
| Date: March 18, 2026 | Date: March 23, 2026 |
I have authority to bind the corporation.`,
    truth: {
      title: "Addendum No. 1 to Enterprise Software Licence Agreement",
      documentType: "Amendment",
      parties: ["Lakehead Geospatial Inc.", "Red River Rail Services Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-03-31",
      term: "12 months",
      renewal: "12 months",
      amends: "Enterprise Software Licence Agreement",
    },
  },
];
