import type { UnseenDocument } from "../unseen/types";

/** Tuning set v13 (helper a): letters, notices, a facility letter, a confidentiality letter and a guarantee deed with independently written truths. */
export const LETTERS_AND_NOTICES_V13: UnseenDocument[] = [
  {
    id: "v13-a-hong-kong-facility-letter",
    format: "pdf",
    pageFooters: true,
    source: `Victoria Harbour Commercial Bank Limited
18/F, Harbourfront Tower, 8 Connaught Road Central, Hong Kong
Our Ref: CB/TL/2026/0412
18 March 2026
The Directors
Kowloon Bay Precision Moulds Limited
Unit 1105, 11/F, Kowloon Bay Industrial Centre, 15 Wang Hoi Road, Kowloon Bay, Kowloon, Hong Kong
# FACILITY LETTER
Dear Sirs,
We, Victoria Harbour Commercial Bank Limited (the "Bank"), are pleased to offer Kowloon Bay Precision Moulds Limited (the "Borrower") the following term loan facility (the "Facility") on the terms of this letter and the Bank's Standard Terms for Corporate Facilities (the "Standard Terms").
| Facility | Term loan |
| Amount | HK$25,000,000 |
| Purpose | Purchase of injection moulding machinery |
| Availability Period | 3 months from the date of this letter; any amount undrawn at the end of that period will be cancelled |
| Tenor | 3 years from the date of this letter |
| Final Repayment Date | 18 March 2029 |
| Repayment | 12 equal quarterly instalments, the first falling 3 months after the drawdown date |
| Interest | HIBOR plus 1.85% per annum, with interest periods of 1 month |
| Security | Personal guarantee of Mr Leung Ka Wai in the Bank's standard form; chattel mortgage over the machinery |
| Arrangement Fee | HK$125,000, payable on acceptance of this letter |
===
Conditions precedent: the Facility may not be drawn until the Bank has received the executed guarantee and chattel mortgage, a certified copy of the Borrower's board resolution and the supplier's invoice for the machinery.
Review: the Bank may review the Facility at any time and in any event once a year. Any review does not affect the Final Repayment Date unless the Bank demands repayment under the Standard Terms.
Governing law: this letter is governed by Hong Kong law and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
Please signify your acceptance by signing and returning the duplicate of this letter within 14 days of the date of this letter, failing which this offer will lapse.
Yours faithfully,
For and on behalf of Victoria Harbour Commercial Bank Limited
Cheung Wing Sze, Senior Relationship Manager
# Acceptance
We accept the Facility on the terms and conditions of this letter and the Standard Terms.
For and on behalf of Kowloon Bay Precision Moulds Limited
Chan Tai Man, Director
Date: 25 March 2026`,
    truth: {
      title: "Facility Letter",
      documentType: "Facility agreement",
      parties: ["Victoria Harbour Commercial Bank Limited", "Kowloon Bay Precision Moulds Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-03-18",
      expiryDate: "2029-03-18",
      term: "3 years",
    },
  },
  {
    id: "v13-a-jersey-terms-of-engagement",
    format: "docx",
    storedPageCount: 2,
    source: `Carteret & Vibert LLP
Advocates and Solicitors
44 Esplanade, St Helier, Jersey JE2 3QA
Our ref: PMV/4471/0002
Your ref: AMR/GS
6 May 2026
Private and Confidential
Ms Aline M. Renouf
Director
Portelet Trustees Limited
PO Box 771, 9 Hill Street, St Helier, Jersey JE4 8ZP
# Terms of Engagement
Dear Aline
Thank you for your letter of 22 April 2026 and for meeting us on 29 April 2026. We are delighted to act for Portelet Trustees Limited in its capacity as trustee of the Gorey Settlement (the "Client") in connection with the proposed restructuring of the Settlement's holding structure (the "Matter").
Scope: we will advise on the Jersey law aspects of the Matter only. Advice on the English law aspects of the UK property interests will be obtained by you from your English solicitors.
People: Advocate Pierre M. Vibert will be the partner responsible for the Matter, assisted day to day by Sophie Le Cornu, Senior Associate.
Fees: our fees will be charged at the hourly rates set out in the enclosed schedule. We estimate our fees for the Matter at £38,000 to £45,000, plus GST and disbursements; this estimate is valid for three months from the date of this letter.
Billing: we will invoice monthly, and our invoices are payable within 30 days of their date.
Files: we will retain our file for ten years after the conclusion of the Matter, after which it may be destroyed without further reference to you.
Our Standard Terms of Business, enclosed, apply to this engagement. This letter and the Standard Terms of Business are governed by Jersey law, and the Royal Court of Jersey has exclusive jurisdiction over any dispute arising from them.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours sincerely
Carteret & Vibert LLP
===
I confirm the terms of this letter on behalf of Portelet Trustees Limited as trustee of the Gorey Settlement.
Signed: Aline M. Renouf, Director
Date: 12 May 2026`,
    truth: {
      title: "Terms of Engagement",
      documentType: "Engagement letter",
      parties: ["Carteret & Vibert LLP", "Portelet Trustees Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-05-06",
    },
  },
  {
    id: "v13-a-nz-notice-of-non-renewal",
    format: "txt",
    source: `# NOTICE OF NON-RENEWAL
From: Kōwhai Outdoor Apparel Limited (company number 5123456), 12 Fanshawe Street, Auckland Central, Auckland 1010 ("Kōwhai")
To: Southern Alps Retail Distribution Limited (company number 4098765), 88 Moorhouse Avenue, Christchurch 8011 ("SARD")
Attention: Hana R. Tipene, General Manager
Date: 14 August 2026
1. We refer to the Distribution Agreement between Kōwhai and SARD dated 20 November 2023 (the "Agreement"). Terms defined in the Agreement have the same meaning in this notice.
2. Under clause 3.1 of the Agreement, the Initial Term is three years commencing on 1 December 2023. Under clause 3.2, the Agreement renews automatically for successive periods of twelve months unless either party gives not less than ninety days' written notice of non-renewal before the end of the then-current term.
3. Kōwhai gives notice under clause 3.2 that it does not wish to renew the Agreement. Accordingly, the Agreement will expire at the end of the Initial Term on 30 November 2026.
4. Under clause 15.4 of the Agreement, SARD may continue to sell the Products it holds in stock for sixty (60) days after expiry, and clause 17 (Confidentiality) continues for two years after expiry.
5. Please return all Kōwhai marketing materials and display units within 30 days after the Agreement expires.
6. This notice is given in accordance with clause 21 (Notices) of the Agreement and is sent by courier and by email to the address for notices specified there.
Signed for and on behalf of Kōwhai Outdoor Apparel Limited by
Tamati J. Walker
Director`,
    truth: {
      title: "Notice of Non-Renewal",
      documentType: "Notice",
      parties: ["Kōwhai Outdoor Apparel Limited", "Southern Alps Retail Distribution Limited"],
      effectiveDate: "2026-08-14",
    },
  },
  {
    id: "v13-a-difc-letter-of-comfort",
    format: "pdf",
    source: `QASR CAPITAL HOLDINGS LIMITED
Unit 1402, Level 14, Gate Precinct Building 3, Dubai International Financial Centre, PO Box 507118, Dubai, United Arab Emirates
21st June 2026
Emirates Gateway Properties LLC
Office 3001, Bay Square Building 7, Business Bay, Dubai, United Arab Emirates
Attention: Mr Rashid Al Mansoori, Head of Leasing
# LETTER OF COMFORT
Dear Sirs,
1. We refer to the tenancy contract to be entered into between you, as landlord, and our wholly owned subsidiary, Falcon Ridge Engineering Consultants LLC (the "Tenant"), for Office 2204, Bay Square Building 5, Business Bay, for a term of five (5) years from 1 July 2026 (the "Tenancy"). The Tenancy is governed by the laws of the Emirate of Dubai and the federal laws of the United Arab Emirates as applied in Dubai.
2. We confirm that we are aware of the Tenant's obligations under the Tenancy, including payment of the annual rent of AED 1,150,000 by four post-dated cheques.
3. It is our present policy to ensure that the Tenant is in a position to meet its financial obligations as they fall due, and we intend to retain our entire shareholding in the Tenant for at least twenty-four (24) months from the date of this letter. We will notify you within ten (10) business days if that policy changes.
4. This letter is a statement of present intention only. It is not, and shall not be construed as, a guarantee or an indemnity, and it does not create any legally binding obligation on us to make any payment to you.
5. This letter and any non-contractual obligations arising out of it are governed by the laws of the Dubai International Financial Centre, and the DIFC Courts shall have exclusive jurisdiction.
Yours faithfully,
For and on behalf of Qasr Capital Holdings Limited
Layla H. Khoury
Chief Financial Officer`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Qasr Capital Holdings Limited", "Emirates Gateway Properties LLC"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-06-21",
    },
  },
  {
    id: "v13-a-south-africa-letter-of-amendment",
    format: "pdf",
    pageFooters: true,
    source: `KAROO SOLAR COMPONENTS (PTY) LTD
Registration number 2014/123456/07
Unit 7, Montague Business Park, Montague Gardens, Cape Town, 7441
30 September 2026
Highveld Mining Supplies (Pty) Ltd
Registration number 2009/654321/07
45 Rivonia Road, Sandton, Johannesburg, 2196
For the attention of: Mr Johannes P. van der Merwe, Procurement Director
# LETTER OF AMENDMENT
Dear Mr van der Merwe
1. We refer to the Supply Agreement between Karoo Solar Components (Pty) Ltd ("Karoo") and Highveld Mining Supplies (Pty) Ltd ("Highveld") dated 4 October 2024 (the "Supply Agreement"). The Supply Agreement has an initial term of five (5) years commencing on 4 October 2024.
2. With effect from 1 October 2026 (the "Amendment Effective Date"), the Supply Agreement is amended as follows:
(a) the Price List in Schedule 2 is replaced with the Price List attached to this letter;
(b) clause 6.3 is amended so that Highveld shall pay each invoice within forty-five (45) days of the invoice date instead of thirty (30) days;
(c) the minimum annual order quantity in clause 4.2 is reduced from 12,000 to 9,500 mounting units; and
(d) clause 9.1 is amended so that the warranty period for the Products is twenty-four (24) months from delivery.
3. Save as amended by this letter, the Supply Agreement, including its provisions on term and renewal, remains in full force and effect, and references to the Supply Agreement shall be read as references to it as amended by this letter.
4. This letter shall be governed by the law of the Republic of South Africa.
Yours faithfully
For Karoo Solar Components (Pty) Ltd
Thandiwe N. Mokoena, Managing Director
===
# Acceptance
We agree to the amendments set out in this letter.
For Highveld Mining Supplies (Pty) Ltd
Johannes P. van der Merwe, Procurement Director, duly authorised
Date: 6 October 2026`,
    truth: {
      title: "Letter of Amendment",
      documentType: "Amendment",
      parties: ["Karoo Solar Components (Pty) Ltd", "Highveld Mining Supplies (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-10-01",
      amends: "Supply Agreement",
    },
  },
  {
    id: "v13-a-malaysia-confidentiality-undertaking",
    format: "docx",
    source: `PERDANA BIOTECH SDN. BHD. (Registration No. 201501012345 (1137654-K))
Level 12, Menara Sentral Vista, 150 Jalan Sultan Abdul Samad, Brickfields, 50470 Kuala Lumpur
8 April 2026
BY HAND AND EMAIL
Borneo Agro Ventures Berhad
Wisma Borneo, Lot 5, Jalan Tun Razak, 93100 Kuching, Sarawak
Attention: Encik Mohd Faizal bin Abdul Rahman, Chief Executive Officer
# Confidentiality Undertaking
Dear Sir,
1. In connection with your evaluation of a possible subscription for shares in Perdana Biotech Sdn. Bhd. (the "Proposed Transaction"), we will make available to you certain confidential information (the "Confidential Information"). In consideration of our doing so, you agree to the terms of this letter.
2. You shall use the Confidential Information solely to evaluate the Proposed Transaction and shall not disclose it to any person other than your directors, employees and professional advisers who need to know it for that purpose.
3. You shall not, for a period of twelve (12) months from the date of this letter, solicit or employ any of our senior scientific staff.
4. If the Proposed Transaction does not proceed, you shall return or destroy all Confidential Information within fourteen (14) days of our written request.
5. This letter shall remain in force for a period of two (2) years commencing on the date of this letter, expiring on 7 April 2028, save that paragraph 4 shall survive its expiry.
6. Any shares subscribed would be subject to a lock-in period of three (3) years under the proposed shareholders' agreement. Nothing in this letter obliges either of us to proceed with the Proposed Transaction.
7. This letter is governed by the laws of Malaysia, and the parties submit to the exclusive jurisdiction of the courts of Malaysia.
Yours faithfully,
for and on behalf of PERDANA BIOTECH SDN. BHD.
Dr. Tan Mei Ling, Managing Director
===
We acknowledge and agree to the terms of this letter.
for and on behalf of BORNEO AGRO VENTURES BERHAD
Mohd Faizal bin Abdul Rahman, Chief Executive Officer
Date: 10 April 2026`,
    truth: {
      title: "Confidentiality Undertaking",
      documentType: "NDA",
      parties: ["Perdana Biotech Sdn. Bhd.", "Borneo Agro Ventures Berhad"],
      governingLaw: "Malaysia",
      effectiveDate: "2026-04-08",
      expiryDate: "2028-04-07",
      term: "2 years",
    },
  },
  {
    id: "v13-a-isle-of-man-deed-of-guarantee",
    format: "pdf",
    source: `# DEED OF GUARANTEE AND INDEMNITY
THIS DEED is made on the fifteenth day of July two thousand and twenty-six
BY:
(1) THOMAS EDWARD KINVIG of Ballacreggan Farm, Ballasalla, Isle of Man IM9 3DE; and
(2) SARAH-JANE KINVIG of the same address,
(together the "Guarantors" and each a "Guarantor")
IN FAVOUR OF:
(3) MANX FLEET LEASING LIMITED, a company incorporated in the Isle of Man with company number 012345C, whose registered office is at 3 Athol Street, Douglas, Isle of Man IM1 1LD (the "Owner").
BACKGROUND
(A) The Owner has agreed to let on hire to Kinvig Haulage Limited (company number 009876C) (the "Hirer") six tractor units under a hire purchase agreement dated on or about the date of this Deed for a hire period of forty-eight (48) months (the "Hire Agreement").
(B) The Guarantors have agreed to guarantee the Hirer's obligations under the Hire Agreement.
IT IS AGREED as follows:
1. Guarantee. The Guarantors jointly and severally guarantee to the Owner the punctual performance by the Hirer of all its obligations under the Hire Agreement, and undertake to pay any amount due and unpaid by the Hirer within five (5) Business Days of written demand.
2. Indemnity. As a separate obligation, the Guarantors shall indemnify the Owner against any loss it suffers if any obligation of the Hirer under the Hire Agreement is or becomes unenforceable.
3. Continuing security. This Deed is a continuing guarantee and extends to the ultimate balance of sums payable by the Hirer, regardless of any intermediate payment or discharge.
4. Expiry. This Deed shall expire at midnight on the last day of December 2028 (the "Guarantee Expiry Date"), save in respect of any claim of which the Owner has notified the Guarantors in writing before that time. The Owner must issue proceedings on any such claim within six (6) months after the Guarantee Expiry Date.
5. Governing law. This Deed is governed by the laws of the Isle of Man, and the Guarantors submit to the jurisdiction of the High Court of Justice of the Isle of Man.
IN WITNESS whereof this Deed has been executed and delivered on the date first written above.
SIGNED AS A DEED by THOMAS EDWARD KINVIG in the presence of: Claire Moore, Advocate, 14 Finch Road, Douglas
SIGNED AS A DEED by SARAH-JANE KINVIG in the presence of: Claire Moore, Advocate, 14 Finch Road, Douglas
EXECUTED AS A DEED by MANX FLEET LEASING LIMITED acting by Paul Quayle, Director, in the presence of: Ruth Kermode, 3 Athol Street, Douglas`,
    truth: {
      title: "Deed of Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Thomas Edward Kinvig", "Sarah-Jane Kinvig", "Manx Fleet Leasing Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-07-15",
      expiryDate: "2028-12-31",
    },
  },
  {
    id: "v13-a-northern-ireland-consent-letter",
    format: "txt",
    source: `Lagan Quay Estates Limited
Registered in Northern Ireland No. NI612345
Lanyon House, 2 Lanyon Place, Belfast BT1 3LP
Our ref: LQE/ALT/0779
23/11/2026
Mr Ciarán P. Doherty
Managing Partner
Doherty McCann Solicitors
Unit 4, 40 Donegall Quay, Belfast BT1 3EA
Dear Mr Doherty
We refer to the lease of Unit 4, 40 Donegall Quay, Belfast dated 1 May 2022 and made between Lagan Quay Estates Limited and the partners for the time being of Doherty McCann Solicitors for a term of ten years from 1 May 2022 (the "Lease"), and to your letter of 2 November 2026 enclosing drawings of the proposed works.
As landlord under the Lease, we consent to the internal alterations shown on drawing no. DM-204 Rev C (the "Works"), on the following conditions:
1. the Works must be carried out in a good and workmanlike manner and completed within six months after the date of this letter;
2. you must obtain all necessary planning and building control approvals before starting the Works;
3. if we so require, you must reinstate the premises at the end of the Lease, however it ends; and
4. you must pay our surveyor's fees of £1,250 plus VAT within 28 days of our invoice.
This consent is personal to the current partners and does not waive any other covenant in the Lease. It will lapse if the Works have not started within three months of the date of this letter.
This letter is governed by the law of Northern Ireland.
Please sign and return the enclosed copy of this letter to confirm your acceptance of these conditions.
Yours sincerely
Niamh E. Gallagher
Estates Director
For and on behalf of Lagan Quay Estates Limited
Accepted on behalf of Doherty McCann Solicitors: Ciarán P. Doherty, Partner
Date: 27/11/2026`,
    truth: {
      title: "Letter",
      documentType: "Letter",
      parties: ["Lagan Quay Estates Limited", "Doherty McCann Solicitors"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-11-23",
    },
  },
];
