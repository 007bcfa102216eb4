import type { UnseenDocument } from "../unseen/types";

/** Tuning set v25: letters and amendments (side, comfort, engagement and offer letters; amendments, addenda, variations), drafted independently of the extractor. */
export const LETTERS_AND_AMENDMENTS_V25: UnseenDocument[] = [
  {
    id: "v25-letters-and-amendments-deed-of-variation-reading-lease",
    format: "pdf",
    pageFooters: true,
    source: `DATED 14 April 2026
(1) HARTWELL & BROOKE PROPERTIES LIMITED
(2) NORTHGATE LOGISTICS (UK) LTD
# DEED OF VARIATION
relating to a lease of Unit 7, Kingsmead Trade Park, Reading RG2 0QX
Fenwick Lyall LLP, 40 Bow Lane, London EC4M 9DJ (Ref: TJB/HBP/0417)
===
# THIS DEED is dated 14 April 2026
# PARTIES
(1) HARTWELL & BROOKE PROPERTIES LIMITED, incorporated and registered in England and Wales with company number 08815342, whose registered office is at 3 Cheapside Court, Buckingham Road, Aylesbury HP19 9DL (the “Landlord”); and
(2) NORTHGATE LOGISTICS (UK) LTD, incorporated and registered in England and Wales with company number 05530719, whose registered office is at Unit 7, Kingsmead Trade Park, Reading RG2 0QX (the “Tenant”).
# BACKGROUND
(A) By a lease dated 2 June 2019 and made between Marlow Estates Limited (1), the Tenant (2) and Northgate Group plc (3) (the “Lease”) the premises known as Unit 7, Kingsmead Trade Park were let for a term of fifteen years from and including 24 June 2019.
(B) The reversion immediately expectant on the term of the Lease is now vested in the Landlord, and Northgate Group plc was released from its guarantee by a deed of release dated 30 September 2024.
(C) The Landlord and the Tenant have agreed to vary the Lease on the terms of this deed.
# 1. DEFINITIONS AND INTERPRETATION
1.1 In this deed “Variation Date” means 1 May 2026, and words defined in the Lease have the same meanings in this deed.
1.2 This deed is supplemental to the Lease.
# 2. VARIATION
2.1 With effect from and including the Variation Date the Lease is varied as follows: (a) in clause 1.1 the definition of “Permitted Use” is deleted and replaced with “use within Class B8 (storage or distribution) with ancillary offices”; and (b) clause 9.4 (tenant’s break option) is deleted.
2.2 In consideration of the deletion of the break option, the Landlord shall allow the Tenant a rent-free period of three months starting on the Variation Date.
# 3. CONFIRMATION
3.1 Save as varied by this deed, the Lease remains in full force and effect, and any notice under the Lease shall continue to be given in accordance with clause 12 (Notices) of the Lease.
# 4. GOVERNING LAW AND JURISDICTION
4.1 This deed and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
4.2 The courts of England and Wales shall have exclusive jurisdiction to settle any such dispute or claim.
This document has been executed as a deed and is delivered on the date stated at the beginning of it.
Executed as a deed by HARTWELL & BROOKE PROPERTIES LIMITED acting by Eleanor Hartwell, a director, in the presence of:
Witness: Samuel Okafor, trainee solicitor, 40 Bow Lane, London EC4M 9DJ
Executed as a deed by NORTHGATE LOGISTICS (UK) LTD acting by two directors, Ravi Menon and Claire Dunstable`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Hartwell & Brooke Properties Limited", "Northgate Logistics (UK) Ltd"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      amends: "Lease",
    },
  },
  {
    id: "v25-letters-and-amendments-ontario-offer-letter",
    format: "docx",
    storedPageCount: 2,
    source: `LUMIÈRE ANALYTIQUE INC.
220 Adelaide Street West, Suite 1400, Toronto, Ontario M5H 1W7
March 9, 2026
PRIVATE AND CONFIDENTIAL
Ms. Priya K. Ramanathan
58 Glengrove Avenue West
Toronto, Ontario M4R 1N4
# Offer of Employment
Dear Priya:
Further to your interviews with our team and our telephone conversation of March 4, 2026, Lumière Analytique Inc. (the “Company”) is pleased to offer you employment on the terms set out in this letter. This offer was arranged through Talentbridge Search Partners Ltd., whose fees are payable by the Company; Talentbridge is not your employer.
| Position | Senior Data Engineer, reporting to the Director of Platform Engineering |
| Start Date | April 6, 2026 |
| Base salary | CAD 142,000 per year, paid bi-weekly |
| Location | Toronto office, with up to two remote days per week |
1. Commencement and term. Your employment will begin on the Start Date and is for an indefinite period. It will continue until terminated by you or by the Company in accordance with section 6.
2. Probationary period. The first three (3) months of your employment are a probationary period.
3. Benefits. You will be eligible to join the Company’s group benefits plan after ninety (90) days of continuous service.
4. Vacation. You will receive three (3) weeks of paid vacation in each calendar year.
5. Confidentiality and non-solicitation. As a condition of employment you will sign the Company’s Confidentiality and Intellectual Property Agreement. For twelve (12) months after your employment ends you will not solicit the Company’s clients or employees.
6. Termination. You may resign on four (4) weeks’ written notice. The Company may terminate your employment in accordance with the Employment Standards Act, 2000 (Ontario).
===
7. Governing law. This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in it.
8. Acceptance. This offer is open until 5:00 p.m. (Toronto time) on March 20, 2026. To accept it, please sign and return a copy of this letter.
We look forward to welcoming you to the team.
Yours truly,
LUMIÈRE ANALYTIQUE INC.
Per: Marc-André Gagnon, Chief People Officer
cc: Hélène Tremblay, Director of Platform Engineering
# ACCEPTANCE
I, Priya K. Ramanathan, accept the offer of employment on the terms set out above.
Signature: ______________________   Date: March 12, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Lumière Analytique Inc.", "Priya K. Ramanathan"],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-06",
      term: "Until terminated",
    },
  },
  {
    id: "v25-letters-and-amendments-irish-engagement-letter",
    format: "txt",
    source: `Ó BRIAIN & KAVANAGH LLP
Solicitors
Fitzwilliam Hall, 26 Fitzwilliam Place, Dublin 2, D02 T292
Tel: +353 1 661 4400
Our ref: CDK/CRDAC/0091
Your ref: AD/legal/26
2 February 2026
The Board of Directors
Carrigbawn Renewables Designated Activity Company
Unit 4, Ballycurreen Business Park, Kinsale Road, Cork T12 XW62
For the attention of: Ms Aoife Delaney, Finance Director
By email only
# Letter of Engagement
Matter: proposed acquisition of Knockmealdown Wind Energy Limited
Dear Aoife,
Thank you for your email of 27 January 2026 instructing us to act for Carrigbawn Renewables Designated Activity Company (“you” or the “Client”) on its proposed acquisition of the entire issued share capital of Knockmealdown Wind Energy Limited from Slievenamon Power Holdings Limited (the “Transaction”). This letter, together with our enclosed Terms of Business, also serves as the notice of our charges required by section 150 of the Legal Services Regulation Act 2015.
1. Scope. We will carry out legal due diligence, negotiate the share purchase agreement and complete the Transaction. We will not advise on tax; you have told us that Harcourt Lane Tax Partners will do so.
2. Our client. Our client is the Client only. We do not act for your parent company, Carrigbawn Energy Holdings Limited, or for any director personally.
3. People. Ciara Dunne-Kelleher, partner, will be responsible for the matter, assisted by Eoin Farrell, associate.
4. Fees. We estimate our fees at €85,000 plus VAT and outlays. Our invoices are payable within thirty (30) days of their date.
5. Previous matter. This letter does not replace our letter of engagement dated 14 March 2023 in respect of your grid connection application, which continues on its own terms.
6. Ending the engagement. You may end our engagement at any time by written notice. We may cease to act on reasonable notice where our professional obligations permit.
7. Files. We will keep our file for seven years after the matter closes.
8. Governing law. This letter and our Terms of Business are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours sincerely,
Ciara Dunne-Kelleher
Partner, for and on behalf of Ó Briain & Kavanagh LLP
Agreed for and on behalf of Carrigbawn Renewables Designated Activity Company
Signed: Aoife Delaney, Finance Director	Date: 6 February 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Ó Briain & Kavanagh LLP", "Carrigbawn Renewables Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-02",
    },
  },
  {
    id: "v25-letters-and-amendments-second-amendment-supply",
    format: "pdf",
    pdfMargin: 72,
    source: `# SECOND AMENDMENT TO MASTER SUPPLY AGREEMENT
This Second Amendment to Master Supply Agreement (this “Amendment”) is made and entered into as of the 3rd day of March, 2026, by and between RIDGELINE POLYMERS, LLC, a Delaware limited liability company with its principal office at 1800 Foundry Row, Wilmington, Delaware 19801 (“Supplier”), and CORDOVA MEDICAL DEVICES, INC., a California corporation with its principal office at 455 Mission Oaks Boulevard, Camarillo, California 93012 (“Buyer”).
# RECITALS
WHEREAS, Supplier and Buyer are parties to that certain Master Supply Agreement dated as of June 15, 2022 (as amended by the First Amendment dated January 10, 2024, the “Agreement”), under which Supplier manufactures medical-grade polymer resins for Buyer;
WHEREAS, the Agreement has an initial term of five (5) years and renews automatically for successive one (1) year periods unless either party gives notice of non-renewal at least one hundred eighty (180) days before the end of the then-current term; and
WHEREAS, the parties wish to amend the pricing, forecasting and payment provisions of the Agreement as set forth herein.
NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:
1. Amendment Effective Date. This Amendment shall become effective on April 1, 2026 (the “Amendment Effective Date”). Until the Amendment Effective Date the Agreement shall continue to apply without regard to this Amendment.
2. Pricing. Exhibit B (Pricing) of the Agreement is deleted and replaced with the Exhibit B attached to this Amendment.
3. Forecasts. Section 4.2 of the Agreement is amended by replacing “ninety (90) days” with “one hundred twenty (120) days”.
4. Payment. Section 6.1 of the Agreement is amended so that invoices are payable net forty-five (45) days from receipt.
5. No Other Changes. Except as expressly amended by this Amendment, the Agreement remains unchanged and in full force and effect. Nothing in this Amendment changes the term of the Agreement.
6. Governing Law. This Amendment shall be governed by and construed in accordance with the laws of the State of New York, without giving effect to its conflict of laws principles, consistent with Section 18.3 of the Agreement.
7. Counterparts. This Amendment may be executed in counterparts, including by electronic signature, each of which shall be deemed an original.
IN WITNESS WHEREOF, the parties have caused this Amendment to be executed by their duly authorized representatives as of the date first written above.
| RIDGELINE POLYMERS, LLC | CORDOVA MEDICAL DEVICES, INC. |
| By: /s/ Dana L. Whitcombe | By: /s/ Rafael Ortiz-Merino |
| Name: Dana L. Whitcombe | Name: Rafael Ortiz-Merino |
| Title: Chief Executive Officer | Title: VP, Global Sourcing |
| Date: March 3, 2026 | Date: March 5, 2026 |
===
# EXHIBIT B – PRICING
| Resin grade | Price per kg (USD) | Minimum annual volume |
| RP-220 Medical | 14.80 | 40,000 kg |
| RP-310 Clear | 17.25 | 25,000 kg |
Prices are fixed until March 31, 2027 and thereafter may be adjusted once per contract year under Section 5.4 of the Agreement.`,
    truth: {
      title: "Second Amendment to Master Supply Agreement",
      documentType: "Amendment",
      parties: ["Ridgeline Polymers, LLC", "Cordova Medical Devices, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-04-01",
      amends: "Master Supply Agreement",
    },
  },
  {
    id: "v25-letters-and-amendments-scottish-minute-of-variation",
    format: "docx",
    storedPageCount: 2,
    source: `# MINUTE OF VARIATION OF LEASE
between
ALASDAIR JAMES MACLEOD, residing at Tigh na Mara, Shore Road, Portree IV51 9DT, and FIONA CATRIONA MACLEOD, residing at 14 Ardconnel Terrace, Inverness IV2 3AE, as the trustees for the time being of the Glenmorven Estate Trust under a Trust Disposition and Settlement dated 2 April 1998 (together the “Landlords”)
and
STRATHARD DISTILLERS LIMITED, incorporated under the Companies Acts (registered number SC512347) and having its registered office at Kilmory Road, Lochgilphead PA31 8RR (the “Tenants”)
CONSIDERING THAT:
(One) By Lease between Roderick Hamish MacLeod, then sole trustee of the Glenmorven Estate Trust, and the Tenants dated 3 and 10 October 2011 and registered in the Books of Council and Session on 18 October 2011 (the “Lease”), the subjects known as the Bonded Warehouses, Glenmorven Mains, Argyll were let to the Tenants for the period from 28 November 2011 until 27 November 2031;
(Two) The Landlords now have right to the landlord’s interest under the Lease; and
(Three) The Landlords and the Tenants have agreed to vary the Lease as set out below.
NOW THEREFORE the Landlords and the Tenants HAVE AGREED and DO HEREBY AGREE as follows:
1. This Minute of Variation shall take effect on the date on which it is signed by the last of the parties to sign it (the “Variation Date”).
2. With effect from the Variation Date, Clause 5 (Rent Review) of the Lease is varied so that the rent shall be reviewed on 28 November 2026 and on every fifth anniversary of that date.
3. With effect from the Variation Date, Clause 8 (Use) of the Lease is varied to permit the storage of casked spirits belonging to third-party distillers, and the Landlords’ consent letter dated 12 June 2025 permitting that storage on a temporary basis shall cease to have effect.
4. Except as varied by this Minute of Variation, the Lease remains in full force and effect.
5. This Minute of Variation shall be governed by and construed in accordance with the law of Scotland, and the parties prorogate the exclusive jurisdiction of the Scottish courts.
6. The parties consent to the registration of this Minute of Variation for preservation and execution.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed as follows:
They are subscribed by the said ALASDAIR JAMES MACLEOD at Portree on 17 February 2026 in the presence of Morag Ishbel Nicolson, Solicitor, Wentworth Street, Portree, witness
They are subscribed by the said FIONA CATRIONA MACLEOD at Inverness on 19 February 2026 in the presence of Calum Ross, Office Manager, 9 Union Street, Inverness, witness
They are subscribed for and on behalf of STRATHARD DISTILLERS LIMITED by Ewan Dougal Campbell, Director, at Lochgilphead on 24 February 2026 in the presence of Isla Munro, Company Secretary, Kilmory Road, Lochgilphead, witness`,
    truth: {
      title: "Minute of Variation of Lease",
      documentType: "Amendment",
      parties: ["Alasdair James MacLeod", "Fiona Catriona MacLeod", "Strathard Distillers Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-24",
      amends: "Lease",
    },
  },
  {
    id: "v25-letters-and-amendments-singapore-comfort-letter",
    format: "pdf",
    pageFooters: true,
    source: `TANJONG 88 HOLDINGS PTE. LTD.
(Company Registration No. 201534567K)
80 Robinson Road, #22-01, Singapore 068898
5 February 2026
United Straits Bank Limited
Corporate and Institutional Banking
12 Marina View, #30-00 Asia Square Tower 2, Singapore 018961
Attention: Mr Benedict Goh, Director, Corporate Banking
Dear Sirs
# Letter of Comfort
Facility Agreement dated 12 January 2026 between Meridian Cold Chain (S) Pte. Ltd. as borrower and United Straits Bank Limited as lender (the “Facility Agreement”)
1. We refer to the Facility Agreement, under which you have made available to our wholly-owned subsidiary, Meridian Cold Chain (S) Pte. Ltd. (the “Borrower”), a term loan facility of S$18,000,000 with a final repayment date falling thirty-six (36) months after the date of the Facility Agreement.
2. We confirm that we are aware of, and approve, the Borrower entering into the Facility Agreement.
3. It is our present intention to maintain our direct shareholding of 100 per cent. in the Borrower, and we will give you not less than thirty (30) days’ prior written notice before disposing of any of those shares.
4. It is our policy to ensure that the Borrower is managed so that it is at all times in a position to meet its financial obligations as they fall due.
5. This letter is a statement of our present intention and policy only. It is not a guarantee or an indemnity and does not create any legally binding obligation on us to pay any amount owing by the Borrower.
6. This letter and any non-contractual obligations arising out of it are governed by Singapore law.
Yours faithfully
for and on behalf of
TANJONG 88 HOLDINGS PTE. LTD.
Lim Wei Ling, Director	Arjun Pillai, Director
===
# Acknowledgement
We acknowledge receipt of this letter.
for and on behalf of United Straits Bank Limited
Benedict Goh, Director, Corporate Banking
Date: 9 February 2026`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Tanjong 88 Holdings Pte. Ltd.", "United Straits Bank Limited"],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-05",
    },
  },
  {
    id: "v25-letters-and-amendments-nsw-addendum-consultancy",
    format: "docx",
    source: `# ADDENDUM No. 2 TO CONSULTANCY SERVICES AGREEMENT
| Item | Details |
| Addendum Date | 19 March 2026 |
| Customer | Wattle & Gum Hospitality Pty Ltd (ACN 612 334 905) as trustee for the Wattle Family Trust (ABN 48 612 334 905), of Level 3, 77 Kent Street, Sydney NSW 2000 |
| Consultant | Brightwater Advisory Pty Limited (ACN 158 902 641), of Suite 12, 1 Macquarie Place, Sydney NSW 2000 |
| Original Agreement | Consultancy Services Agreement between the Customer and the Consultant dated 1 July 2024, as varied by Addendum No. 1 dated 14 February 2025 |
| Addendum Effective Date | 1 April 2026 |
| Additional Services | Revenue management and menu-engineering advice for the Customer’s venues listed in Schedule 1 |
| Fees | $18,500 per month (excluding GST), invoiced monthly in arrears and payable within 14 days |
# 1. Background
1.1 The Customer and the Consultant are parties to the Original Agreement, which commenced on 1 July 2024 for an initial term of three (3) years and which the Customer may extend by one further period of two (2) years by giving written notice.
1.2 The parties have agreed that the Consultant will provide the Additional Services on the terms of this Addendum, which forms part of the Original Agreement.
# 2. Term of this Addendum
2.1 This Addendum commences on the Addendum Effective Date and, unless terminated earlier, continues for an initial period of twelve (12) months.
2.2 At the end of the initial period and of each renewal period, this Addendum automatically renews for a further period of six (6) months unless either party gives the other not less than sixty (60) days’ written notice that it is not to renew.
2.3 This Addendum ends automatically if the Original Agreement expires or is terminated.
# 3. Additional Services
3.1 The Consultant will provide the Additional Services through Ms Jacinta O’Loughlin and Mr T. J. Nguyen, or other personnel approved in writing by the Customer.
3.2 During the term of this Addendum and for six (6) months afterwards, the Customer must not solicit or engage those personnel.
# 4. General
4.1 Except as set out in this Addendum, the Original Agreement is unchanged and continues in full force.
4.2 This Addendum is governed by the laws of New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
===
# Schedule 1 – Venues
| Venue | Address |
| The Wattle Room | 77 Kent Street, Sydney NSW 2000 |
| Gum Tree Bar & Grill | 2 Darling Drive, Barangaroo NSW 2000 |
# Execution
Executed by Wattle & Gum Hospitality Pty Ltd (ACN 612 334 905) as trustee for the Wattle Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth): Director: Graham Lindqvist; Director/Secretary: Anneke Lindqvist
Executed by Brightwater Advisory Pty Limited (ACN 158 902 641) in accordance with section 127 of the Corporations Act 2001 (Cth): Sole Director and Secretary: Owen Brightwater`,
    truth: {
      title: "Addendum No. 2 to Consultancy Services Agreement",
      documentType: "Amendment",
      parties: ["Wattle & Gum Hospitality Pty Ltd", "Brightwater Advisory Pty Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-03-31",
      term: "12 months",
      renewal: "6 months",
      amends: "Consultancy Services Agreement",
    },
  },
  {
    id: "v25-letters-and-amendments-jersey-side-letter",
    format: "txt",
    source: `ROCQUAINE CAPITAL PARTNERS GP LIMITED
(registered in Jersey with number 139882)
acting in its capacity as general partner of Rocquaine Growth Fund II L.P.
44 Esplanade, St Helier, Jersey JE4 9WG
To: Halden Ridge Pension Trustees Limited, as trustee of the Halden Ridge Staff Pension Scheme
1 Kingsway, London WC2B 6AN, United Kingdom
Attention: Mr R. J. Ashworth-Phelps, Chair of the Investment Committee
Dated this twenty-seventh day of January 2026
# Side Letter
Dear Sirs
Rocquaine Growth Fund II L.P. (the “Partnership”)
1. We refer to the limited partnership agreement of the Partnership dated 15 September 2025 (the “LPA”) and to the subscription agreement signed by you on 20 January 2026 under which you have committed £25,000,000 to the Partnership. Terms defined in the LPA have the same meanings in this letter.
2. In consideration of your commitment, we agree with you as follows:
(a) Management fee: the management fee payable by you during the Investment Period shall be calculated at 1.60 per cent. per annum of your Commitment instead of the rate in clause 8.1 of the LPA.
(b) Reporting: we will procure that Le Gallais Fund Services (Jersey) Limited, as administrator of the Partnership, provides you with quarterly look-through reports within 45 days after the end of each quarter.
(c) Transfers: we will not withhold consent to a transfer of your Interest to a successor trustee of the Scheme.
(d) Most favoured nation: if any other Limited Partner with a Commitment equal to or less than yours receives more favourable fee terms, we will offer those terms to you.
3. You acknowledge that the Partnership has a term of ten (10) years from the Final Closing Date and an Investment Period of five (5) years, and that nothing in this letter changes those periods.
4. This letter is personal to you, takes effect on its date and is supplemental to the LPA. If there is any conflict between this letter and the LPA, this letter prevails as between us.
5. This letter and any non-contractual obligations arising from it are governed by the laws of the Island of Jersey, and the Royal Court of Jersey has exclusive jurisdiction.
Yours faithfully
For and on behalf of Rocquaine Capital Partners GP Limited (as general partner of Rocquaine Growth Fund II L.P.)
Director: Élodie Le Maistre	Director: Philip de Carteret
We agree to the terms of this letter.
For and on behalf of Halden Ridge Pension Trustees Limited (as trustee of the Halden Ridge Staff Pension Scheme)
Director: Margaret Osei	Date: 3 February 2026`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Rocquaine Capital Partners GP Limited", "Halden Ridge Pension Trustees Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-01-27",
    },
  },
];
