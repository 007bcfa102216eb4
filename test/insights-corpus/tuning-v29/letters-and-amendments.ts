import type { UnseenDocument } from "../unseen/types";

/** Tuning set v29: letters and amendments — side, comfort, consent, engagement and offer letters; amendments, addenda, variations, deeds of variation. */
export const LETTERS_AND_AMENDMENTS_V29: UnseenDocument[] = [
  {
    id: "v29-letters-and-amendments-guernsey-deed-of-variation-sha",
    format: "pdf",
    pageFooters: true,
    source: `DATED 14 April 2026
(1) SARNIA BREWING HOLDINGS LIMITED
(2) ROCQUAINE TRUSTEES LIMITED as trustee of the Le Marchant Family Settlement
(3) PETER JOHN OZANNE
# DEED OF VARIATION
relating to a Shareholders' Agreement dated 2 June 2021 in respect of Sarnia Brewing Holdings Limited
Ozanne Vaudin Advocates, Hirzel Court, St Peter Port, Guernsey GY1 2NH
===
THIS DEED OF VARIATION is dated 14 April 2026
PARTIES
(1) SARNIA BREWING HOLDINGS LIMITED, a company incorporated in Guernsey with registered number 61234 whose registered office is at Les Banques Business Centre, St Sampson, Guernsey GY2 4BJ (the "Company");
(2) ROCQUAINE TRUSTEES LIMITED, a company incorporated in Guernsey with registered number 45511 whose registered office is at Trafalgar Court, Admiral Park, St Peter Port, Guernsey GY1 3EL, in its capacity as trustee of the Le Marchant Family Settlement (the "Trustee"); and
(3) PETER JOHN OZANNE of La Vieille Maison, Rue de la Pointe, St Saviour, Guernsey GY7 9QE ("Mr Ozanne").
BACKGROUND
(A) The parties are the parties to a shareholders' agreement dated 2 June 2021 relating to the Company (the "Shareholders' Agreement").
(B) Clause 17.4 of the Shareholders' Agreement provides that it may be varied only by a deed executed by all of the parties to it. The parties have agreed to vary the Shareholders' Agreement on the terms of this Deed.
# 1. INTERPRETATION
1.1 Words and expressions defined in the Shareholders' Agreement have the same meanings in this Deed.
# 2. VARIATION
2.1 With effect from the date of this Deed, the Shareholders' Agreement is varied as follows:
(a) in clause 11.1 (Restrictive covenants), the words "a period of twenty-four (24) months after he or it ceases to be a Shareholder" are replaced with "a period of eighteen (18) months after he or it ceases to be a Shareholder";
(b) in clause 8.2 (Lock-in), the words "until the fifth anniversary of the date of this Agreement" are replaced with "until 2 June 2027"; and
(c) a new clause 6.5 is inserted: "The Trustee may from time to time appoint one person to attend meetings of the Board as an observer, without a vote."
# 3. CONTINUATION
3.1 Save as varied by this Deed, the Shareholders' Agreement continues in full force and effect, and the Shareholders' Agreement and this Deed shall be read and construed as one instrument.
3.2 Each party shall bear its own costs in connection with this Deed.
# 4. GOVERNING LAW AND JURISDICTION
4.1 This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Island of Guernsey, and the parties submit to the exclusive jurisdiction of the Royal Court of Guernsey.
IN WITNESS of which this Deed has been executed and delivered as a deed on the date stated at the beginning of it.
EXECUTED as a DEED by SARNIA BREWING HOLDINGS LIMITED acting by Helen Mauger, Director, in the presence of: Witness: Claire Robin, Advocate
EXECUTED as a DEED by ROCQUAINE TRUSTEES LIMITED as trustee of the Le Marchant Family Settlement acting by two authorised signatories: Mark De Garis and Susan Le Page
SIGNED as a DEED by PETER JOHN OZANNE in the presence of: Witness: Thomas Brehaut, Accountant`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Sarnia Brewing Holdings Limited", "Rocquaine Trustees Limited", "Peter John Ozanne"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-04-14",
      amends: "Shareholders' Agreement",
    },
  },
  {
    id: "v29-letters-and-amendments-difc-letter-of-comfort",
    format: "pdf",
    pdfMargin: 72,
    source: `AL MANARA HOLDING GROUP LTD
Level 14, Gate Village Building 3, Dubai International Financial Centre, PO Box 507211, Dubai, United Arab Emirates
Registered in the DIFC under number CL4471
12 May 2026
The Manager, Corporate Banking
Gulf Meridian Bank PJSC
Sheikh Zayed Road, PO Box 91322, Dubai, United Arab Emirates
Our ref: AMHG/LEGAL/2026/118
Dear Sirs
# LETTER OF COMFORT
Re: AED 25,000,000 revolving credit facility made available to Al Manara Logistics LLC
1. We refer to the revolving credit facility of up to AED 25,000,000 made available by you to our wholly owned subsidiary, Al Manara Logistics LLC (the "Subsidiary"), under a facility agreement dated 3 February 2025 (the "Facility Agreement") for a term of three years from its date.
2. We confirm that we are aware of the terms of the Facility Agreement and that the Subsidiary entered into it with our knowledge and approval.
3. It is our present policy to ensure that the Subsidiary is managed so as to be in a position at all times to meet its financial obligations as they fall due, including its obligations to you under the Facility Agreement.
4. We will give you not less than thirty (30) days' prior written notice before we dispose of any shares in the Subsidiary if, as a result, our direct or indirect shareholding in the Subsidiary would fall below seventy-five per cent (75%).
5. This letter is given for your information only. It is not, and shall not be construed as, a guarantee or indemnity, and save for paragraph 4 it does not create any legally binding obligation on us.
6. This letter and any non-contractual obligations arising out of or in connection with it are governed by the laws of the Dubai International Financial Centre, and the Courts of the Dubai International Financial Centre have exclusive jurisdiction.
Yours faithfully
For and on behalf of Al Manara Holding Group Ltd
Rashid Al Suwaidi
Group Chief Financial Officer
Receipt acknowledged for and on behalf of Gulf Meridian Bank PJSC
Name: Fiona Castelino, Relationship Director
Date: 19 May 2026`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Al Manara Holding Group Ltd", "Gulf Meridian Bank PJSC"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-05-12",
    },
  },
  {
    id: "v29-letters-and-amendments-dublin-solicitors-engagement",
    format: "pdf",
    pageFooters: true,
    source: `FITZWILLIAM HANLON LLP
Solicitors
22 Lower Baggot Street, Dublin 2, D02 X285
Our ref: OB/4471/26
27 March 2026
PRIVATE AND CONFIDENTIAL
The Board of Directors
Corrib Analytics Designated Activity Company
Unit 7, Galway Technology Park, Parkmore, Galway H91 E2K4
Dear Directors
# LETTER OF ENGAGEMENT
Matter: Series B investment in Corrib Analytics DAC
Thank you for instructing us. This letter, together with our enclosed Standard Terms of Business, sets out the basis on which we will act for you. It replaces, for this matter only, our letter of engagement dated 9 September 2023 in relation to general corporate matters.
1. Scope. We will advise the company on the proposed subscription for Series B preferred shares by Atlantic Growth Partners, including the negotiation of the subscription agreement, the amended and restated shareholders' agreement and the new constitution. We will not advise on tax or on the laws of any jurisdiction other than Ireland.
2. Responsibility. Orla Breathnach, Partner, will have overall responsibility for this matter, assisted by Cian Doyle, Senior Associate.
3. Legal costs. In accordance with section 150 of the Legal Services Regulation Act 2015, we estimate our legal costs at €45,000 plus VAT. Our hourly rates are:
| Partner | €550 |
| Senior Associate | €385 |
| Trainee Solicitor | €160 |
4. Billing. We will invoice monthly. Invoices are payable within thirty (30) days of the invoice date.
5. Duration. This engagement takes effect on the date of this letter and will continue until terminated by either of us on written notice in accordance with our Standard Terms of Business.
6. Files. We will retain our files for seven (7) years after the matter concludes, after which they may be destroyed without further reference to you.
===
7. Governing law. This letter and our Standard Terms of Business are governed by the laws of Ireland, and the Irish courts have exclusive jurisdiction over any dispute arising from them.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
Fitzwilliam Hanlon LLP
ACCEPTANCE
We confirm our agreement to the terms of this letter and the Standard Terms of Business.
Signed for and on behalf of Corrib Analytics Designated Activity Company
Niamh Ó Conaill, Director
Date: 2 April 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Fitzwilliam Hanlon LLP", "Corrib Analytics Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-03-27",
      term: "Until terminated",
    },
  },
  {
    id: "v29-letters-and-amendments-ontario-fixed-term-offer",
    format: "docx",
    storedPageCount: 2,
    source: `LAKESHORE ROBOTICS INC.
400 Queens Quay West, Suite 1100, Toronto, Ontario M5V 3A8
April 20, 2026
PERSONAL AND CONFIDENTIAL
Ms. Priya Raman
88 Harbord Street, Apt. 3
Toronto, Ontario M5S 1G5
Dear Priya:
# Offer of Employment
We are pleased to offer you the position of Senior Controls Engineer with Lakeshore Robotics Inc. ("Lakeshore") on a fixed-term basis, on the terms set out in this letter.
1. Term. Your employment will be for a fixed term of twelve (12) months commencing on June 1, 2026 (the "Start Date") and ending on May 31, 2027, unless terminated earlier in accordance with this letter. Any extension must be agreed in writing; this letter does not renew automatically.
2. Probation. The first three (3) months of your employment will be a probationary period.
3. Compensation. Your base salary will be CAD $118,000 per year, less applicable deductions, paid bi-weekly.
4. Benefits and Vacation. You will be eligible for Lakeshore's group health and dental plan after ninety (90) days of employment, and for fifteen (15) days of paid vacation per year, prorated.
5. Termination. Either party may end your employment before the end of the term on two (2) weeks' written notice, or, in Lakeshore's case, pay in lieu, subject always to your minimum entitlements under the Employment Standards Act, 2000 (Ontario).
6. Confidentiality and Non-Solicitation. You will sign Lakeshore's Confidentiality and Intellectual Property Agreement before the Start Date. For twelve (12) months after your employment ends, you will not solicit any Lakeshore customer or employee with whom you dealt.
7. Governing Law. This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in Ontario.
This offer is open for acceptance until 5:00 p.m. (Toronto time) on May 1, 2026.
Yours truly,
LAKESHORE ROBOTICS INC.
Per: Daniel Okafor, Vice President, People
===
# ACCEPTANCE
I have read and understood this offer and accept employment with Lakeshore Robotics Inc. on the terms set out above.
Signature: ______________________
Priya Raman
Date: April 24, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Lakeshore Robotics Inc.", "Priya Raman"],
      governingLaw: "Ontario",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-05-31",
      term: "12 months",
    },
  },
  {
    id: "v29-letters-and-amendments-washington-saas-second-addendum",
    format: "docx",
    storedPageCount: 2,
    source: `# SECOND ADDENDUM TO SOFTWARE SUBSCRIPTION AGREEMENT
This Second Addendum to Software Subscription Agreement (this "Addendum") is made and entered into as of the 24th day of March, 2026, by and between Bluefin Data Systems, LLC, a Washington limited liability company with its principal office at 1201 Third Avenue, Suite 2900, Seattle, Washington 98101 ("Provider"), and Harborview Medical Group, P.C., an Oregon professional corporation with offices at 3181 SW Sam Jackson Park Road, Portland, Oregon 97239 ("Customer").
# RECITALS
A. Provider and Customer are parties to that certain Software Subscription Agreement dated as of January 15, 2024, as amended by the First Addendum dated August 2, 2024 (together, the "Agreement"), under which Customer subscribes to Provider's BlueChart analytics platform.
B. The Agreement has an initial subscription term of thirty-six (36) months and renews automatically for successive twelve (12) month periods unless either party gives at least ninety (90) days' notice of non-renewal.
C. The parties wish to add the Population Health module to Customer's subscription and to revise the fees, as set out below.
NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
1. Addendum Effective Date. This Addendum shall be effective as of April 1, 2026 (the "Addendum Effective Date").
2. Additional Module. As of the Addendum Effective Date, Exhibit A (Subscribed Services) of the Agreement is amended by adding the Population Health module for up to 450 named users.
3. Fees. Exhibit B (Fees) of the Agreement is amended so that the annual subscription fees are as follows:
| Module | Named Users | Annual Fee (USD) |
| BlueChart Core | 450 | 186,000 |
| Population Health | 450 | 54,000 |
4. Payment. Fees for the Population Health module for the period from the Addendum Effective Date to the next anniversary of the Agreement shall be prorated and invoiced on the Addendum Effective Date, payable net forty-five (45) days.
5. Business Associate Agreement. The Business Associate Agreement between the parties dated January 15, 2024 applies to all protected health information processed through the Population Health module.
6. No Other Changes. Except as expressly set forth in this Addendum, the Agreement remains unchanged and in full force and effect. Nothing in this Addendum changes the subscription term of the Agreement.
7. Governing Law. This Addendum shall be governed by and construed in accordance with the laws of the State of Washington, without regard to its conflict-of-laws principles.
8. Counterparts. This Addendum may be executed in counterparts, including by electronic signature, each of which is an original.
===
IN WITNESS WHEREOF, the parties have executed this Addendum as of the date first written above.
| BLUEFIN DATA SYSTEMS, LLC | HARBORVIEW MEDICAL GROUP, P.C. |
| By: ____________________ | By: ____________________ |
| Name: Marcus Lindqvist | Name: Dr. Alana Reyes |
| Title: Chief Revenue Officer | Title: Chief Operating Officer |
| Date: March 24, 2026 | Date: March 26, 2026 |`,
    truth: {
      title: "Second Addendum to Software Subscription Agreement",
      documentType: "Amendment",
      parties: ["Bluefin Data Systems, LLC", "Harborview Medical Group, P.C."],
      governingLaw: "Washington",
      effectiveDate: "2026-04-01",
      amends: "Software Subscription Agreement",
    },
  },
  {
    id: "v29-letters-and-amendments-nsw-landlord-consent-change-of-control",
    format: "docx",
    source: `PARRAMATTA SQUARE HOLDINGS PTY LTD
ACN 612 448 903 as trustee for the PSH Property Trust
Level 9, 10 Darcy Street, Parramatta NSW 2150
6 July 2026
By email: legal@koalalogistics.com.au
The Directors
Koala Logistics Pty Ltd
ACN 143 227 615
Unit 4, 31 Foundry Road, Seven Hills NSW 2147
Dear Directors
# Landlord's Consent to Change in Control
Premises: Unit 4, 31 Foundry Road, Seven Hills NSW 2147
Lease: Registered lease AR448120 dated 14 May 2020 between Parramatta Square Holdings Pty Ltd (as landlord) and Koala Logistics Pty Ltd (as tenant) (the "Lease")
We refer to your letter dated 19 June 2026 requesting our consent under clause 14.3 of the Lease to the proposed acquisition of all of the issued shares in Koala Logistics Pty Ltd by Wattle Freight Group Limited (the "Transaction"). The Lease is for a term of ten (10) years commencing on 1 July 2020, with one option to renew for a further term of five (5) years.
We consent to the Transaction on the following conditions:
(a) you notify us in writing within five (5) business days after completion of the Transaction occurs;
(b) within twenty (20) business days after completion, Wattle Freight Group Limited provides a replacement bank guarantee for an amount equal to six (6) months' rent plus GST, in the form required by clause 9 of the Lease; and
(c) you pay our reasonable legal costs of $1,850 plus GST within fourteen (14) days after receiving our invoice.
This consent is limited to the Transaction. It does not waive any breach of the Lease, vary the Lease or release you from any of your obligations under it, and any further change in control will again require our consent.
This letter is governed by the laws of New South Wales.
Please sign and return the enclosed copy of this letter to confirm that you accept these conditions.
Yours faithfully
Parramatta Square Holdings Pty Ltd ACN 612 448 903 as trustee for the PSH Property Trust
Director: Gregory Tsakalos          Director/Secretary: Mei Lin Chau
===
Accepted by Koala Logistics Pty Ltd ACN 143 227 615 in accordance with section 127 of the Corporations Act 2001 (Cth)
Director: Brendan O'Halloran          Director: Sunita Deshpande
Date: ____ July 2026`,
    truth: {
      title: "Landlord's Consent to Change in Control",
      documentType: "Letter",
      parties: ["Parramatta Square Holdings Pty Ltd", "Koala Logistics Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-06",
    },
  },
  {
    id: "v29-letters-and-amendments-kenya-investor-side-letter",
    format: "txt",
    source: `SAVANNA AGRITECH LIMITED
(Incorporated in Kenya, Company No. PVT-AAB7K2Q91)
Riverside Square, Block C, 4th Floor, Riverside Drive, Nairobi, Kenya
To: Mara Impact Fund I LP, acting by its general partner, Mara Impact GP Limited
Westlands Business Park, Chiromo Road, Nairobi, Kenya
Attention: Wanjiru Kamau, Investment Director
Date: 9 February 2026
Dear Sirs,
# SIDE LETTER
Re: Share Subscription Agreement relating to Series A Preference Shares in Savanna Agritech Limited
1. We refer to the share subscription agreement dated the same date as this letter between Savanna Agritech Limited (the "Company"), Mara Impact Fund I LP (the "Investor") and the Existing Shareholders named in it (the "Subscription Agreement"). Words defined in the Subscription Agreement have the same meaning in this letter.
2. In consideration of the Investor entering into the Subscription Agreement, the Company agrees with the Investor that, for so long as the Investor holds not less than five per cent (5%) of the issued share capital of the Company:
(a) the Company will deliver monthly management accounts to the Investor within twenty (20) days after the end of each month;
(b) the Company will comply with the Investor's Environmental and Social Policy and deliver an annual ESG report within one hundred and twenty (120) days after the end of each financial year; and
(c) the Investor may appoint one observer to the board of directors of the Company.
3. The Company confirms that the lock-in period of thirty-six (36) months from Completion that applies to the Founders under the Shareholders' Agreement will not be waived or shortened without the Investor's prior written consent.
4. This letter is supplemental to, and does not amend, the Subscription Agreement. If there is a conflict between this letter and the Subscription Agreement, this letter prevails as between the Company and the Investor.
5. This letter terminates automatically on a Qualifying IPO.
6. This letter and any dispute arising out of or in connection with it are governed by the laws of Kenya. Any dispute shall be referred to arbitration in Nairobi under the Arbitration Rules of the Nairobi Centre for International Arbitration.
Yours faithfully,
For and on behalf of SAVANNA AGRITECH LIMITED
Joseph Mwangi Kariuki, Director
We acknowledge and agree to the terms of this letter.
For and on behalf of MARA IMPACT FUND I LP acting by its general partner MARA IMPACT GP LIMITED
Authorised signatory: Wanjiru Kamau
Date: 9 February 2026`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Savanna Agritech Limited", "Mara Impact Fund I LP"],
      governingLaw: "Kenya",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v29-letters-and-amendments-scottish-minute-of-variation-supply",
    format: "txt",
    source: `# MINUTE OF VARIATION
between
CLYDE VALLEY FOODS LIMITED, incorporated under the Companies Acts (Registered Number SC198244) and having its Registered Office at 40 Hamilton Road, Motherwell ML1 3BY (the "Purchaser")
and
TWEEDSIDE PACKAGING LIMITED, incorporated under the Companies Acts (Registered Number SC311907) and having its Registered Office at Tweed Mill, Commercial Road, Hawick TD9 7AQ (the "Supplier")
in relation to a Supply Agreement between the Purchaser and the Supplier dated 11 and 18 October 2023
WHEREAS
(A) The Purchaser and the Supplier entered into a Supply Agreement dated 11 and 18 October 2023 (the "Agreement") for the supply of food-grade packaging for an initial period of five (5) years from 1 November 2023.
(B) The parties have agreed to vary the Agreement as set out in this Minute of Variation.
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. In this Minute of Variation "Variation Date" means 1 June 2026, and words defined in the Agreement have the same meanings.
2. With effect from the Variation Date the Agreement is varied as follows:
2.1 Clause 5.1 (Prices) is deleted and replaced with: "The Prices are as set out in Schedule 2, which shall be fixed until 31 May 2027 and thereafter reviewed annually in accordance with clause 5.3.";
2.2 in clause 6.2 (Payment) the words "thirty (30) days" are replaced with "forty-five (45) days";
2.3 a new clause 8.6 is inserted: "The Supplier warrants that each consignment of Products will remain fit for its intended purpose for a period of twelve (12) months from delivery."; and
2.4 Schedule 2 (Prices) is deleted and replaced by the Schedule annexed to this Minute of Variation.
3. Save as varied by this Minute of Variation, the Agreement continues in full force and effect.
4. This Minute of Variation shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
5. This Minute of Variation may be executed in counterparts and delivered electronically in accordance with the Legal Writings (Counterparts and Delivery) (Scotland) Act 2015.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows:
Subscribed for and on behalf of CLYDE VALLEY FOODS LIMITED at Motherwell on the fourth day of May Two thousand and twenty-six by Alasdair Grant, Director, before this witness: Fiona MacLeod, 12 Muirhouse Road, Motherwell, Solicitor
Subscribed for and on behalf of TWEEDSIDE PACKAGING LIMITED at Hawick on the seventh day of May Two thousand and twenty-six by Morag Elliot, Director, before this witness: Callum Scott, 3 Wilton Hill, Hawick, Office Manager
# SCHEDULE
This is the Schedule referred to in the foregoing Minute of Variation between Clyde Valley Foods Limited and Tweedside Packaging Limited
| Product | Unit | Price (GBP) |
| Thermoformed tray 250g | per 1,000 | 84.60 |
| Lidding film 38mic | per roll | 212.00 |
| Corrugated outer case | per 100 | 47.25 |`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Clyde Valley Foods Limited", "Tweedside Packaging Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      amends: "Supply Agreement",
    },
  },
];
