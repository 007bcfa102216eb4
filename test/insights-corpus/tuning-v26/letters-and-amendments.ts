import type { UnseenDocument } from "../unseen/types";

/** Tuning set v26: letters and amendments — side, comfort, consent, engagement and offer letters; amendments, addenda, variations and deeds of variation. */
export const LETTERS_AND_AMENDMENTS_V26: UnseenDocument[] = [
  {
    id: "v26-letters-and-amendments-jersey-lp-side-letter",
    format: "pdf",
    pageFooters: true,
    source: `HARBOURLINE CAPITAL GP LIMITED
IFC 5, Castle Street, St Helier, Jersey JE2 3BY | Registered in Jersey No. 131872
Private and Confidential
Northmoor Pension Trustees Limited as trustee of the Northmoor Engineering Pension Scheme
Sentinel House, 9 Albion Street, Leeds LS1 6HX, United Kingdom
16 March 2026
# Side Letter
Harbourline Capital Fund II L.P. (the “Partnership”)
Dear Sirs
We refer to the limited partnership agreement of the Partnership dated 4 November 2025 (the “Partnership Agreement”) and to your subscription for an interest in the Partnership with a commitment of £40,000,000 (the “Commitment”). Terms defined in the Partnership Agreement have the same meaning in this letter.
Further to our letter of 2 February 2026 and our subsequent discussions, we, Harbourline Capital GP Limited, acting in our capacity as general partner of the Partnership, confirm the following arrangements in consideration of you being admitted as a Limited Partner on the date of this letter.
1. Management Fee. The Management Fee payable in respect of your Commitment shall be calculated at the rate of 1.50 per cent. per annum during the Investment Period (being the period of five years from the First Closing Date) and 1.00 per cent. per annum thereafter, in place of the rates set out in clause 9.2 of the Partnership Agreement.
2. Advisory Committee. For so long as your Commitment is not less than £30,000,000 you shall be entitled to appoint one representative to the Advisory Committee.
3. Most favoured nation. If we enter into a side letter with another Limited Partner whose commitment is equal to or less than the Commitment, we shall within thirty (30) days of the final closing offer you the benefit of any more favourable economic term in that letter.
4. Reporting. We shall deliver to you within forty-five (45) days after the end of each quarter the information you reasonably require for your scheme’s regulatory returns.
5. Confidentiality. You may disclose this letter to the Pensions Regulator and to your professional advisers. The obligations in this paragraph shall survive for two years after you cease to be a Limited Partner.
===
6. Status of this letter. This letter is supplemental to, and does not amend, the Partnership Agreement. In the event of conflict between this letter and the Partnership Agreement, this letter shall prevail as between you and us. The rights in this letter are personal to you and cease if you transfer the whole of your interest in the Partnership.
7. Governing law. This letter and any non-contractual obligations arising out of it shall be governed by the laws of Jersey, and the Royal Court of Jersey shall have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
For and on behalf of Harbourline Capital GP Limited
Director: Charlotte Le Brocq
We agree to the terms of this letter.
For and on behalf of Northmoor Pension Trustees Limited as trustee of the Northmoor Engineering Pension Scheme
Director: Andrew Sykes
Date: 23 March 2026`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Harbourline Capital GP Limited", "Northmoor Pension Trustees Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-03-16",
    },
  },
  {
    id: "v26-letters-and-amendments-singapore-comfort-letter",
    format: "pdf",
    pdfMargin: 80,
    source: `Meridian Straits Holdings Pte. Ltd.
UEN 201912345K
80 Robinson Road, #22-01, Singapore 068898
14 April 2026
The Directors
Orchid Bay Packaging Pte. Ltd.
15 Tuas Avenue 8, Singapore 639229
Attention: Mr Lim Wei Jie, Chief Financial Officer
# Letter of Comfort
Re: Supply of corrugated packaging to Meridian Straits Logistics Pte. Ltd.
Dear Sirs
1. We understand that you supply corrugated packaging to our wholly-owned subsidiary, Meridian Straits Logistics Pte. Ltd. (the “Subsidiary”), under a supply agreement between you and the Subsidiary dated 3 January 2025, which provides for payment within ninety (90) days of invoice and has an initial term of three years.
2. You have asked us to confirm our position as the Subsidiary’s parent company before you increase the Subsidiary’s credit limit to S$2,500,000.
3. We confirm that we are aware of the supply arrangements, that it is our present policy to ensure that the Subsidiary is in a position to meet its financial obligations to you as they fall due, and that we do not intend to reduce our shareholding in the Subsidiary below 100 per cent.
4. We will give you not less than thirty (30) days’ prior written notice of any change to the policy described in paragraph 3.
5. This letter is a statement of our present intention only. It is not a guarantee or indemnity and does not create any legal obligation on us to pay any sum owed by the Subsidiary.
6. This letter shall remain in effect for a period of one (1) year from the date of this letter and shall thereafter renew automatically for successive periods of one (1) year unless we give you not less than sixty (60) days’ written notice before the end of the then current period that it will not renew.
7. This letter shall be governed by and construed in accordance with the laws of Singapore.
Yours faithfully
For and on behalf of
Meridian Straits Holdings Pte. Ltd.
Tan Mei Ling
Group Chief Financial Officer`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Meridian Straits Holdings Pte. Ltd.", "Orchid Bay Packaging Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-14",
      expiryDate: "2027-04-14",
      term: "1 year",
      renewal: "1 year",
    },
  },
  {
    id: "v26-letters-and-amendments-bengaluru-fixed-term-offer",
    format: "pdf",
    pageFooters: true,
    source: `TESSARACT ANALYTICS PRIVATE LIMITED
CIN: U72900KA2019PTC123456
4th Floor, Prestige Tech Park, Marathahalli Outer Ring Road, Bengaluru 560103, Karnataka
Ref: TAPL/HR/2026/0317
Date: 10th March 2026
To,
Ms. Priya Raghunathan
No. 27, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011
# Offer of Employment
Dear Priya,
With reference to your application and the subsequent interviews you had with us, we are pleased to offer you employment with Tessaract Analytics Private Limited (the “Company”) in the position of Senior Data Engineer, on the terms set out below.
1. Commencement and Tenure: Your employment will commence on 1st April 2026 (the “Commencement Date”). This is a fixed-term engagement for a period of two (2) years commencing on the Commencement Date, at the end of which your employment will end automatically unless the Company offers you a fresh contract in writing.
2. Place of Work: You will be based at our Bengaluru office. The Company may require you to work at any of its client locations in India.
3. Remuneration: Your annual cost to company will be as follows.
| Component | Annual (INR) |
| Basic salary | 14,40,000 |
| House rent allowance | 7,20,000 |
| Special allowance | 6,12,000 |
| Employer PF contribution | 1,72,800 |
| Total CTC | 29,44,800 |
4. Probation: You will be on probation for the first six (6) months from the Commencement Date, during which either party may end your employment by giving fifteen (15) days’ notice.
===
5. Notice: After confirmation, either party may terminate your employment by giving sixty (60) days’ notice in writing or salary in lieu of notice.
6. Confidentiality and Non-Solicitation: You shall keep confidential all information of the Company and its clients during your employment and for three (3) years thereafter, and for a period of twelve (12) months after your employment ends you shall not solicit any employee or client of the Company.
7. Leave: You will be entitled to eighteen (18) days’ earned leave in each calendar year, in addition to public holidays notified by the Company.
8. Governing Law: This offer letter shall be governed by the laws of India and the courts at Bengaluru shall have exclusive jurisdiction.
This offer will lapse if a signed copy of this letter is not received by us on or before 20th March 2026.
We look forward to you joining us.
Yours sincerely,
For Tessaract Analytics Private Limited
Anand Kulkarni
Head – Human Resources
I accept the above offer on the terms and conditions set out in this letter.
Priya Raghunathan
Date: 14th March 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Tessaract Analytics Private Limited", "Priya Raghunathan"],
      governingLaw: "India",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-03-31",
      term: "2 years",
    },
  },
  {
    id: "v26-letters-and-amendments-dublin-letter-of-engagement",
    format: "docx",
    storedPageCount: 2,
    source: `BRENNAN WHELAN LLP
Solicitors | 40 Fitzwilliam Place, Dublin 2, D02 XK47 | www.brennanwhelan.ie
Strictly Private and Confidential
The Board of Directors
Corrib Marine Holdings DAC
Unit 6, Galway Technology Park, Parkmore, Galway H91 T2F8
27 January 2026
Our ref: CW/4471/0003
# Letter of Engagement
Proposed acquisition of the entire issued share capital of Clew Bay Aquaculture Limited
Dear Directors
Thank you for instructing Brennan Whelan LLP (the “Firm”) to act for Corrib Marine Holdings DAC (the “Client”) in connection with the proposed acquisition referred to above (the “Matter”). This letter and the enclosed Terms of Business set out the basis on which we will act. They apply to the Matter only; our letter of engagement dated 9 May 2023 continues to govern the general corporate work we do for you.
1. Scope. We will conduct legal due diligence, prepare and negotiate the share purchase agreement, disclosure letter and ancillary documents, and manage completion. We will not advise on tax, environmental or aquaculture licensing matters unless we agree to do so in writing.
2. Team. Ciara Walsh, partner, will be responsible for the Matter, assisted by Eoin Mac Giolla and a trainee solicitor.
3. Fees. Our fees will be charged on the basis of time spent at the hourly rates in the Schedule. We estimate that our fees up to signing will be between €85,000 and €110,000 plus VAT and outlays. Under section 150 of the Legal Services Regulation Act 2015 this estimate is a statement of the legal costs likely to be incurred.
4. Billing. We will invoice monthly. Invoices are payable within thirty (30) days of their date.
5. Governing law. This letter and the Terms of Business are governed by the laws of Ireland and the courts of Ireland shall have exclusive jurisdiction over any dispute arising from them.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
Brennan Whelan LLP
===
# Terms of Business
1. Files. We will retain our file for the Matter for seven (7) years after the Matter closes, after which it may be destroyed without further reference to you.
2. Termination. You may end our engagement at any time by written notice. We may stop acting for you on reasonable notice where permitted by the Solicitors’ Guide to Professional Conduct.
3. Complaints. Any complaint should first be raised with Ciara Walsh. You may also complain to the Legal Services Regulatory Authority.
# Schedule – Hourly Rates
| Grade | Rate (EUR, excl. VAT) |
| Partner | 595 |
| Senior Associate | 420 |
| Associate | 340 |
| Trainee Solicitor | 150 |
We confirm our agreement to the terms of this letter and the Terms of Business.
For and on behalf of Corrib Marine Holdings DAC
Director: Niamh Ó Flaithearta
Date: 2 February 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Brennan Whelan LLP", "Corrib Marine Holdings DAC"],
      governingLaw: "Ireland",
      effectiveDate: "2026-01-27",
    },
  },
  {
    id: "v26-letters-and-amendments-ni-deed-of-variation-supply",
    format: "docx",
    storedPageCount: 3,
    source: `# Deed of Variation
relating to the Supply Agreement dated 9 September 2024
LAGAN VALLEY DAIRIES LIMITED
ARDGLASS FOODS LIMITED
ARDGLASS GROUP HOLDINGS LIMITED
McKeown Dunlop Solicitors, 14 Chichester Street, Belfast BT1 4LA
===
THIS DEED OF VARIATION is made on the third day of March two thousand and twenty-six
BETWEEN:
(1) LAGAN VALLEY DAIRIES LIMITED, a company incorporated in Northern Ireland with company number NI612345, whose registered office is at Knockmore Industrial Estate, Lisburn BT28 2EX (the “Supplier”);
(2) ARDGLASS FOODS LIMITED, a company incorporated in Northern Ireland with company number NI054321, whose registered office is at 2 Quay Road, Downpatrick BT30 7SZ (the “Buyer”); and
(3) ARDGLASS GROUP HOLDINGS LIMITED, a company incorporated in Northern Ireland with company number NI677120, whose registered office is at 2 Quay Road, Downpatrick BT30 7SZ (the “Guarantor”).
BACKGROUND
(A) The Supplier and the Buyer are parties to a supply agreement dated 9 September 2024 (the “Supply Agreement”) for an initial term of five (5) years from 1 October 2024.
(B) The Guarantor guaranteed the Buyer’s obligations under the Supply Agreement by a deed of guarantee dated 9 September 2024 (the “Guarantee”).
(C) The parties wish to vary the Supply Agreement on the terms of this Deed.
IT IS AGREED as follows:
1. Definitions. In this Deed, “Variation Effective Date” means 1 April 2026. Terms defined in the Supply Agreement have the same meaning in this Deed.
2. Variations. With effect from the Variation Effective Date the Supply Agreement is varied as follows:
2.1 in clause 4.2, the price per litre of whole milk shall be £0.46 in place of £0.42;
2.2 in clause 7.1, the words “within forty-five (45) days” are replaced with “within thirty (30) days”; and
2.3 in clause 18.1, the words “not less than three (3) months’ notice” are replaced with “not less than six (6) months’ notice”.
3. Guarantor’s confirmation. The Guarantor consents to the variations in this Deed and confirms that the Guarantee continues in full force and effect and extends to the Supply Agreement as varied.
4. Continuation. Save as varied by this Deed, the Supply Agreement continues in full force and effect.
5. Governing law. This Deed and any dispute or claim arising out of it shall be governed by the law of Northern Ireland, and the courts of Northern Ireland shall have exclusive jurisdiction.
This Deed has been executed as a deed and is delivered on the date stated at the beginning of it.
===
Executed as a deed by LAGAN VALLEY DAIRIES LIMITED acting by two directors: Ruairí Magee and Helen Crothers
Executed as a deed by ARDGLASS FOODS LIMITED acting by a director in the presence of a witness: Colm Fitzsimons
Witness: Orla Kearney, 18 Irish Street, Downpatrick
Executed as a deed by ARDGLASS GROUP HOLDINGS LIMITED acting by two directors: Colm Fitzsimons and Deirdre Savage`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Lagan Valley Dairies Limited", "Ardglass Foods Limited", "Ardglass Group Holdings Limited"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-04-01",
      amends: "Supply Agreement",
    },
  },
  {
    id: "v26-letters-and-amendments-difc-distribution-addendum",
    format: "docx",
    source: `# Addendum No. 2 to Distribution Agreement
| Addendum Date | 22/04/2026 |
| Principal | Falcon Crest Medical Devices Ltd, a company registered in the Dubai International Financial Centre under registration number 4187, of Unit 1204, Level 12, Gate District Precinct Building 5, DIFC, Dubai |
| Distributor | Al Noor Healthcare Trading L.L.C., a limited liability company licensed by the Dubai Department of Economy and Tourism under licence number 778213, of Office 305, Al Garhoud Business Centre, Dubai |
| Agreement | Distribution Agreement dated 5 May 2022 between the Principal and the Distributor, as amended by Addendum No. 1 dated 18 July 2024 |
| Addendum Effective Date | 1 May 2026 |
1. Background
1.1 Under the Agreement the Principal appointed the Distributor as its exclusive distributor of the Products in the United Arab Emirates for a term of five (5) years from 5 May 2022.
1.2 The Principal and the Distributor wish to extend the Territory and revise the minimum purchase targets with effect from the Addendum Effective Date.
2. Amendments
2.1 The definition of “Territory” in clause 1.1 of the Agreement is deleted and replaced with: “Territory” means the United Arab Emirates, the Sultanate of Oman and the Kingdom of Bahrain.
2.2 Schedule 3 (Minimum Purchase Targets) is replaced with the following:
| Contract Year | Minimum Purchases (USD) |
| 5 May 2026 – 4 May 2027 | 3,200,000 |
2.3 In clause 11.4, the payment period of “ninety (90) days” is replaced with “sixty (60) days”.
2.4 The Distributor shall not, during the term of the Agreement and for twelve (12) months after it ends, distribute in the Territory any product that competes with the Products.
===
3. General
3.1 Except as amended by this Addendum, the Agreement remains in full force and effect. This Addendum and the Agreement shall be read as one document.
3.2 This Addendum and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction.
3.3 This Addendum is executed in English only and may be signed in counterparts.
Signed for and on behalf of Falcon Crest Medical Devices Ltd
Name: Rashid Al Mansoori | Title: Managing Director
Signed for and on behalf of Al Noor Healthcare Trading L.L.C.
Name: Fatima Haddad | Title: General Manager`,
    truth: {
      title: "Addendum No. 2 to Distribution Agreement",
      documentType: "Amendment",
      parties: ["Falcon Crest Medical Devices Ltd", "Al Noor Healthcare Trading L.L.C."],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-05-01",
      amends: "Distribution Agreement",
    },
  },
  {
    id: "v26-letters-and-amendments-toronto-landlord-consent",
    format: "txt",
    source: `DUFFERIN GROVE PROPERTIES INC.
2200 Yonge Street, Suite 1510, Toronto, Ontario M4S 2C6
April 28, 2026
DELIVERED BY EMAIL
Kestrel Brewing Co. Ltd.
Unit 4, 1180 Caledonia Road
Toronto, Ontario M6A 2W5
Attention: Ms. Danielle Okafor, President
# Consent to Alterations
Re: Lease dated June 15, 2021 between Dufferin Grove Properties Inc., as landlord, and Kestrel Brewing Co. Ltd., as tenant, of Unit 4, 1180 Caledonia Road, Toronto (the "Lease")
Dear Ms. Okafor:
We refer to your letter of March 30, 2026 requesting our consent under section 9.3 of the Lease to install a second fermentation line, a mezzanine and associated rooftop venting at the Premises (the "Work"), as shown on the drawings by Halloran Partners Architects dated March 12, 2026.
As you know, the Lease is for a term of ten (10) years commencing on August 1, 2021, with one option to renew for a further five (5) years.
We consent to the Work on the following conditions:
1. the Work is carried out in a good and workmanlike manner by contractors approved by us, in compliance with all applicable laws and building permits, and is completed by September 30, 2026;
2. before starting the Work you deliver to us evidence of builder's risk and liability insurance of not less than $5,000,000 naming us as an additional insured;
3. you pay our reasonable costs of reviewing the drawings, fixed at $2,750 plus HST, within fifteen (15) days of our invoice; and
4. at the end of the term, if we so require by notice given not less than ninety (90) days before the end of the term, you remove the mezzanine and restore the Premises at your cost.
Except as expressly set out in this letter, the Lease is unchanged and this consent does not waive any of our rights under it. This consent shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
Please sign and return a copy of this letter to confirm your acceptance of these conditions.
Yours truly,
DUFFERIN GROVE PROPERTIES INC.
Per: Marcus Leung, Vice-President, Leasing
I have authority to bind the corporation.
ACKNOWLEDGED AND AGREED this 4th day of May, 2026.
KESTREL BREWING CO. LTD.
Per: Danielle Okafor, President`,
    truth: {
      title: "Consent to Alterations",
      documentType: "Letter",
      parties: ["Dufferin Grove Properties Inc.", "Kestrel Brewing Co. Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-28",
    },
  },
  {
    id: "v26-letters-and-amendments-delaware-first-amendment-msa",
    format: "txt",
    source: `# First Amendment to Master Services Agreement
This First Amendment to Master Services Agreement (this "Amendment") is made and entered into as of February 17, 2026 (the "Amendment Effective Date"), by and between Quillfeather Systems, LLC, a Delaware limited liability company ("Provider"), and Brightwater Regional Health, Inc., a Pennsylvania nonprofit corporation ("Customer").
# Recitals
WHEREAS, Provider and Customer are parties to that certain Master Services Agreement dated as of June 1, 2023 (the "Agreement"), under which Provider provides revenue-cycle management services to Customer for an Initial Term of thirty-six (36) months from June 1, 2023, renewing automatically for successive twelve (12) month periods unless either party gives ninety (90) days' notice of non-renewal;
WHEREAS, Customer has acquired two additional hospital facilities and wishes to add them to the scope of the Services; and
WHEREAS, the parties desire to amend the Agreement as set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
1. Definitions. Capitalized terms used but not defined in this Amendment have the meanings given to them in the Agreement.
2. Additional Facilities. Exhibit A (Covered Facilities) of the Agreement is amended by adding St. Columba Medical Center, Erie, Pennsylvania and Lakeshore Community Hospital, Meadville, Pennsylvania.
3. Fees. Section 5.1 of the Agreement is amended by replacing "4.25% of Net Collections" with "3.95% of Net Collections" for all collections received on or after the Amendment Effective Date.
4. Service Levels. Exhibit C (Service Levels) is amended so that the clean-claim rate target is 97% and service credits are capped at 10% of the monthly fees.
5. Effect of Amendment. Except as expressly modified by this Amendment, the Agreement remains unchanged and in full force and effect. In the event of a conflict between this Amendment and the Agreement, this Amendment controls.
6. Governing Law. This Amendment shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles.
7. Counterparts. This Amendment may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
IN WITNESS WHEREOF, the parties have executed this Amendment as of the Amendment Effective Date.
QUILLFEATHER SYSTEMS, LLC
By: /s/ Jordan P. Whitaker
Name: Jordan P. Whitaker
Title: Chief Executive Officer
BRIGHTWATER REGIONAL HEALTH, INC.
By: /s/ Simone Akers
Name: Simone Akers
Title: Chief Financial Officer`,
    truth: {
      title: "First Amendment to Master Services Agreement",
      documentType: "Amendment",
      parties: ["Quillfeather Systems, LLC", "Brightwater Regional Health, Inc."],
      governingLaw: "Delaware",
      effectiveDate: "2026-02-17",
      amends: "Master Services Agreement",
    },
  },
];
