import type { UnseenDocument } from "./types";

/** Letters: engagement, notices, claims, side letters; addressee above or below the date, several sign-offs. */
export const LETTERS: UnseenDocument[] = [
  {
    id: "engagement-letter-uk",
    format: "docx",
    storedPageCount: 3,
    source: `
CARNEGIE ROWE SOLICITORS
1 Exchange Square, Manchester M2 7HA
T +44 161 555 0100  www.carnegierowe.example

Our ref: JH/TEA/00412
Your ref: Board

The Board of Directors
Teasdale Engineering Limited
Canal Works
Ancoats
Manchester M4 6AP

5 February 2024

Dear Members of the Board

Proposed acquisition of Beckwith Fabrications Limited – terms of engagement

Thank you for instructing Carnegie Rowe Solicitors to act for Teasdale Engineering Limited on the proposed acquisition. This letter and our enclosed Standard Terms of Business set out the basis on which we will act.
Scope. We will negotiate the share purchase agreement and disclosure letter and advise on completion.
Fees. Our fees will be charged on a time basis; our estimate is £45,000 plus VAT.
Law. Our engagement is governed by the law of England and Wales.
Please sign and return the enclosed copy of this letter.

Yours faithfully
Jonathan Hale, Partner
For and on behalf of Carnegie Rowe Solicitors

We agree to the terms of this letter. Signed for Teasdale Engineering Limited on 9 February 2024
`,
    truth: { title: "Proposed acquisition of Beckwith Fabrications Limited – terms of engagement", documentType: "Engagement letter", parties: ["Carnegie Rowe Solicitors", "Teasdale Engineering Limited"], governingLaw: "England and Wales", effectiveDate: "2024-02-05" },
  },
  {
    id: "engagement-letter-us-firm",
    format: "pdf",
    source: `
MERIDIAN & STOKES LLP
Attorneys at Law
2000 Pennsylvania Avenue NW, Washington, DC 20006

March 18, 2024

PERSONAL AND CONFIDENTIAL
Priscilla Okonkwo
General Counsel
Verdant Grid Technologies, Inc.
1100 Wilson Blvd, Arlington, VA 22209

Re: Engagement for FERC Regulatory Representation

Dear Priscilla:

We appreciate the opportunity to represent Verdant Grid Technologies, Inc. ("Verdant") in connection with its application to the Federal Energy Regulatory Commission. This letter confirms the scope of our engagement, our fees and the responsibilities of each of us.
Our hourly rates range from $450 to $1,150. We will bill monthly and payment is due within 30 days.
This engagement letter will be governed by the law of the District of Columbia.

Very truly yours,
MERIDIAN & STOKES LLP
By: Harold Stokes, Partner

AGREED AND ACCEPTED:
Verdant Grid Technologies, Inc.
By: Priscilla Okonkwo   Date: March 22, 2024
`,
    truth: { title: "Engagement for FERC Regulatory Representation", documentType: "Engagement letter", parties: ["Meridian & Stokes LLP", "Verdant Grid Technologies, Inc."], governingLaw: "District of Columbia", effectiveDate: "2024-03-18" },
  },
  {
    id: "termination-notice",
    format: "txt",
    source: `
Hawthorn Facilities Management Limited
Hawthorn House, 40 Station Road, Reading RG1 1LX

BY RECORDED DELIVERY AND EMAIL

Grayford Property Services Ltd
Attention: Company Secretary
7 Kings Road
Reading RG1 3AR

11 November 2024

Dear Sirs

Notice of termination – Cleaning Services Agreement dated 1 April 2022

We refer to the Cleaning Services Agreement dated 1 April 2022 between Hawthorn Facilities Management Limited and Grayford Property Services Ltd (the "Agreement").
In accordance with clause 14.2 of the Agreement we give you notice that the Agreement will terminate at the end of three months from the date of this notice, on 11 February 2025.
Please arrange for the return of all keys and passes by that date.

Yours faithfully

Helen Marsh
Procurement Director
For and on behalf of Hawthorn Facilities Management Limited
`,
    truth: { title: "Notice of termination – Cleaning Services Agreement dated 1 April 2022", documentType: "Notice", parties: ["Hawthorn Facilities Management Limited", "Grayford Property Services Ltd"], effectiveDate: "2024-11-11" },
  },
  {
    id: "letter-before-claim",
    format: "pdf",
    source: `
Ridley Kaur LLP
Solicitors
22 Temple Row, Birmingham B2 5HG
Date: 2 May 2024
Our reference: SK/BRK/2231
To: Brookhaven Construction Limited, 5 Lichfield Street, Walsall WS1 1SX
Without prejudice save as to costs
LETTER BEFORE CLAIM
Dear Sir or Madam
Our client: Elmtree Homes Limited
We act for Elmtree Homes Limited in relation to defects in the groundworks carried out by Brookhaven Construction Limited at Oak Meadow, Lichfield under the subcontract dated 8 March 2022.
This letter is sent in accordance with the Pre-Action Protocol for Construction and Engineering Disputes. Please provide your response within 28 days.
Yours faithfully
Ridley Kaur LLP
`,
    truth: { title: "LETTER BEFORE CLAIM", documentType: "Letter", parties: ["Ridley Kaur LLP", "Brookhaven Construction Limited"], effectiveDate: "2024-05-02" },
  },
  {
    id: "side-letter-fund",
    format: "docx",
    source: `
ALDER STREET GROWTH FUND II, L.P.
c/o Alder Street Management LLC
75 State Street, Boston, MA 02109

June 28, 2024

Massachusetts Teachers' Retirement Board
500 Rutherford Avenue
Charlestown, MA 02129

Re: Side Letter

Ladies and Gentlemen:

In connection with your subscription for an interest in Alder Street Growth Fund II, L.P. (the "Partnership"), the Partnership agrees that you shall receive the quarterly reports described in Annex A and shall have the right to be excused from investments in tobacco companies.
This letter agreement shall be governed by the laws of the State of Delaware.

Very truly yours,
ALDER STREET GROWTH FUND II, L.P.
By: Alder Street Management LLC, its general partner
`,
    truth: { title: "Side Letter", documentType: "Letter", parties: ["Alder Street Growth Fund II, L.P.", "Massachusetts Teachers' Retirement Board"], governingLaw: "Delaware", effectiveDate: "2024-06-28" },
  },
  {
    id: "renewal-notice-email-style",
    format: "txt",
    source: `
From: Contracts Team, Pellucid Cloud Services Ltd
To: Ordnance Analytics Limited
Date: 3 September 2024
Subject: Notice of renewal of your Platform Subscription Agreement

Dear Ordnance Analytics team,

This is to remind you that your Platform Subscription Agreement will renew automatically on 1 December 2024 for a further period of 12 months unless you tell us in writing before 1 November 2024 that you do not wish to renew.

Kind regards,
Pellucid Cloud Services Ltd
`,
    truth: { title: "Notice of renewal of your Platform Subscription Agreement", documentType: "Notice", parties: ["Pellucid Cloud Services Ltd", "Ordnance Analytics Limited"], effectiveDate: "2024-09-03" },
  },
  {
    id: "letter-of-intent",
    format: "pdf",
    source: `
Quarry Hill Capital Limited
5 Wellington Place, Leeds LS1 4AP

The Shareholders of Fellside Outdoor Limited
c/o Mr Gareth Lewis
Fellside Mill, Kendal LA9 4QD

12 December 2024

Dear Shareholders

Non-binding indicative offer for the entire issued share capital of Fellside Outdoor Limited

We are pleased to submit this indicative, non-binding offer to acquire the entire issued share capital of Fellside Outdoor Limited for a cash consideration of £18 million on a cash-free, debt-free basis, subject to due diligence and contract.
We request an exclusivity period of eight weeks from your acceptance of this letter.
This letter is governed by English law; apart from the exclusivity and confidentiality paragraphs it is not legally binding.

Yours faithfully
Anna Whitcombe
Managing Partner, Quarry Hill Capital Limited
`,
    truth: { title: "Non-binding indicative offer for the entire issued share capital of Fellside Outdoor Limited", documentType: "Letter", parties: ["Quarry Hill Capital Limited", "Fellside Outdoor Limited"], governingLaw: "England and Wales", effectiveDate: "2024-12-12" },
  },
  {
    id: "engagement-letter-scots-individual",
    format: "docx",
    storedPageCount: 2,
    source: `
MACINTYRE DOUGLAS WS
Solicitors and Estate Agents
16 Queen Street, Edinburgh EH2 1JE

Mrs Fiona Drummond
4 Ravelston Park
Edinburgh EH4 3DX

14 March 2025

Dear Mrs Drummond

Your executry: the late Mr Alexander Drummond

Thank you for asking us to act in the administration of your late husband's estate. This letter sets out the terms of our engagement, who will do the work and how our fees will be charged.
We estimate our fees at between £6,500 and £8,000 plus VAT and outlays.
Our terms of business are governed by Scots law.

Yours sincerely
Eilidh Fraser, Partner
MacIntyre Douglas WS
`,
    truth: { title: "Your executry: the late Mr Alexander Drummond", documentType: "Engagement letter", parties: ["MacIntyre Douglas WS", "Fiona Drummond"], governingLaw: "Scotland", effectiveDate: "2025-03-14" },
  },
];
