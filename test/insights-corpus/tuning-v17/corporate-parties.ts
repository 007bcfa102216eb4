import type { UnseenDocument } from "../unseen/types";

/** Tuning set v17: corporate agreements whose parties are introduced in many different ways, with look-alike non-parties nearby. */
export const CORPORATE_PARTIES_V17: UnseenDocument[] = [
  {
    id: "v17-c-us-reseller-by-and-among",
    format: "pdf",
    pageFooters: true,
    source: `# RESELLER AGREEMENT
This Reseller Agreement (this “Agreement”) is made and entered into as of March 3, 2026 (the “Effective Date”), by and among Bluewater Analytics Inc., a Delaware corporation having its principal office at 400 Congress Avenue, Suite 1200, Austin, Texas 78701 (“Bluewater US”), Bluewater Analytics (Canada) ULC, a British Columbia unlimited liability company and a wholly owned subsidiary of Bluewater US (“Bluewater Canada” and, together with Bluewater US, the “Supplier Parties”), and Halvorsen, Reid & Co., LLC, a Minnesota limited liability company with offices at 80 South Eighth Street, Minneapolis, Minnesota 55402 (“Reseller”).
Bluewater Analytics Holdings, L.P., the ultimate parent of Bluewater US, is not a party to this Agreement and shall have no obligations hereunder.
# 1. Appointment
1.1 The Supplier Parties appoint Reseller as a non-exclusive reseller of the Products in the Territory described in Exhibit A, and Reseller accepts such appointment.
1.2 Reseller shall purchase Products for its own account and resell them to End Customers in its own name.
# 2. Term and Renewal
2.1 The initial term of this Agreement shall commence on the Effective Date and continue for thirty-six (36) months (the “Initial Term”).
2.2 Thereafter, this Agreement shall renew automatically for successive renewal terms of twelve (12) months each, unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.
# 3. Payment
3.1 Reseller shall pay each invoice within sixty (60) days after the invoice date. Payments shall be made to the account of Bluewater US at Lone Star Commerce Bank, N.A., ABA 111 000 614.
===
# 4. Source Code Escrow
4.1 Bluewater US shall deposit the source code of the Software with Keystone Escrow Services, Inc. (the “Escrow Agent”) under a separate escrow agreement with a term of five (5) years. The Escrow Agent is not a party to this Agreement.
# 5. Restrictive Covenants
5.1 During the Term and for eighteen (18) months thereafter, Reseller shall not market any product that competes directly with the Products in the Territory.
# 6. Confidentiality
6.1 The obligations in this Section 6 shall survive any expiration or termination of this Agreement for a period of five (5) years.
# 7. Governing Law
7.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles. Each party submits to the exclusive jurisdiction of the state and federal courts located in Hennepin County, Minnesota.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
BLUEWATER ANALYTICS INC.
By: /s/ Marcus T. Feld
Name: Marcus T. Feld, Chief Revenue Officer
BLUEWATER ANALYTICS (CANADA) ULC
By: /s/ Genevieve Aubin
Name: Genevieve Aubin, Director
HALVORSEN, REID & CO., LLC
By: /s/ Peter J. Halvorsen
Name: Peter J. Halvorsen, Managing Member`,
    truth: {
      title: "Reseller Agreement",
      documentType: "Distribution agreement",
      parties: ["Bluewater Analytics Inc.", "Bluewater Analytics (Canada) ULC", "Halvorsen, Reid & Co., LLC"],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v17-c-sg-services-cover-page",
    format: "pdf",
    source: `# SERVICES AGREEMENT
for the provision of cold chain warehousing services
dated 14 April 2026
between
MERIDIAN PORTS & LOGISTICS PTE. LTD.
and
STRAITS COLD CHAIN (S) PTE LTD
Lim, Chua & Tay LLP
Advocates & Solicitors, Singapore
===
THIS AGREEMENT is dated 14 April 2026 and is made BETWEEN:
(1) MERIDIAN PORTS & LOGISTICS PTE. LTD. (UEN 201534871K), a company incorporated in Singapore whose registered office is at 7 Tanjong Pagar Plaza, #10-01, Singapore 081007 (the “Customer”); and
(2) STRAITS COLD CHAIN (S) PTE LTD (UEN 199907712D), a company incorporated in Singapore whose registered office is at 21 Pioneer Sector 2, Singapore 628385 (the “Provider”).
# 1. DEFINITIONS
“Commencement Date” means 1 May 2026.
“Customer Group” means the Customer, Meridian Holdings Berhad (a company incorporated in Malaysia) and each of their subsidiaries from time to time. No member of the Customer Group other than the Customer is a party to this Agreement.
“Term” means the period from 1 May 2026 to 30 April 2028 (both dates inclusive).
# 2. SERVICES
2.1 The Provider shall provide the temperature-controlled storage and handling services described in Schedule 1 from the Commencement Date and throughout the Term.
2.2 The Provider may engage Jurong Reefer Transport Pte. Ltd. as a subcontractor for haulage, but remains responsible for the subcontractor’s performance.
# 3. CHARGES
3.1 The Customer shall pay each undisputed invoice within thirty (30) days of receipt.
# 4. TERMINATION
4.1 The Customer may not terminate this Agreement for convenience during the first twelve (12) months of the Term. Thereafter either party may terminate on not less than six (6) months’ written notice.
4.2 There is no automatic renewal. Any extension beyond the Term must be agreed in writing.
# 5. GOVERNING LAW
5.1 This Agreement is governed by the laws of Singapore, and disputes shall be referred to arbitration at the Singapore International Arbitration Centre.
Signed by Koh Wei Ming, Director, for and on behalf of MERIDIAN PORTS & LOGISTICS PTE. LTD.
Signed by Rashid bin Osman, Chief Executive Officer, for and on behalf of STRAITS COLD CHAIN (S) PTE LTD`,
    truth: {
      title: "Services Agreement",
      documentType: "Services agreement",
      parties: ["Meridian Ports & Logistics Pte. Ltd.", "Straits Cold Chain (S) Pte Ltd"],
      governingLaw: "Singapore",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-04-30",
      term: "24 months",
    },
  },
  {
    id: "v17-c-ew-shareholders-numbered",
    format: "docx",
    storedPageCount: 3,
    source: `# SHAREHOLDERS’ AGREEMENT
relating to Corvid Robotics Limited
THIS AGREEMENT is dated 9 February 2026
# PARTIES
(1) ASHDOWN CAPITAL PARTNERS LLP, a limited liability partnership incorporated in England and Wales with registered number OC412877, whose registered office is at 3rd Floor, 16 Old Bailey, London EC4M 7EG, acting on its own behalf and not as agent or nominee for any fund it manages (the “Investor”);
(2) DR PRIYA RAMANATHAN of 41 Chalcot Square, London NW1 8YP (the “Founder”); and
(3) KESTREL & FINCH HOLDINGS LIMITED, a company incorporated in England and Wales with company number 09918273, whose registered office is at Unit 5, The Maltings, Station Road, Sawbridgeworth, Hertfordshire CM21 9JX (“Kestrel”),
each a “Shareholder” and together the “Shareholders”.
Corvid Robotics Limited (company number 12044516) (the “Company”) is not a party to this agreement, but the Shareholders shall exercise their votes to procure that the Company complies with it.
# BACKGROUND
(A) The Investor’s shares in the Company are registered in the name of Ashdown Nominees Limited, which holds them as bare nominee for the Investor and is not a party to this agreement.
(B) The Shareholders have agreed to regulate their relationship as shareholders of the Company on the terms of this agreement.
===
# 1. COMMENCEMENT AND DURATION
1.1 This agreement takes effect on the date of this agreement and shall continue until terminated in accordance with clause 14.
# 2. TRANSFERS OF SHARES
2.1 No Shareholder shall transfer any shares during the period of three (3) years after the date of this agreement (the “Lock-in Period”), save with the consent of the other Shareholders.
# 3. RESTRICTIVE COVENANTS
3.1 Each Shareholder undertakes that for twenty-four (24) months after ceasing to hold shares it shall not compete with the business of the Company.
# 14. TERMINATION
14.1 This agreement terminates when one Shareholder holds all of the shares or on a listing of the Company.
# 15. GOVERNING LAW
15.1 This agreement and any dispute or claim arising out of it are governed by the law of England and Wales.
===
# EXECUTION
Signed by Thomas Oakes, designated member, for and on behalf of ASHDOWN CAPITAL PARTNERS LLP
Signed by DR PRIYA RAMANATHAN in the presence of: Witness: Helen Marsh, 8 Regent’s Park Road, London NW1 7TX
Signed by Jonathan Finch, director, for and on behalf of KESTREL & FINCH HOLDINGS LIMITED`,
    truth: {
      title: "Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Ashdown Capital Partners LLP", "Priya Ramanathan", "Kestrel & Finch Holdings Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-02-09",
      term: "Until terminated",
    },
  },
  {
    id: "v17-c-scot-minute-trustees",
    format: "txt",
    source: `# MINUTE OF AGREEMENT
between
ALASTAIR JAMES MACLEOD, residing at Kinloch House, Comrie, Crieff PH6 2LS, and FIONA MARGARET DRUMMOND, Solicitor, of Drummond Laing, 14 King Street, Crieff PH7 3AX, as trustees of the Kinloch Estate Trust constituted by Trust Disposition and Settlement dated 2 June 1998 and registered in the Books of Council and Session on 9 July 1998 (“the Trustees”)
and
STRATHEARN WATER COMPANY LIMITED, incorporated under the Companies Acts (Registered Number SC487123) and having its Registered Office at 9 Atholl Crescent, Perth PH1 5NG (“the Purchaser”)
WHEREAS the Trustees own the springs at Glen Lednock forming part of the Kinloch Estate and the Purchaser wishes to purchase spring water for bottling; and the firm of Drummond Laing acts as agents for the Trustees and is not a party hereto:
THEREFORE the parties have agreed and do hereby agree as follows:
1. Definitions: In this Minute of Agreement “the Start Date” means 28 May 2026.
2. Supply: The Trustees shall supply and the Purchaser shall take not less than 2,000,000 litres of spring water in each contract year, delivered at the abstraction point.
3. Duration: This Agreement shall endure for a period of five years from the Start Date.
4. Option: The Purchaser may, by written notice given not less than six months before the end of that period, require the Trustees to extend this Agreement for one further period of two years. Failing such notice, this Agreement shall come to an end.
5. Price: The price shall be payable quarterly in arrears within twenty-eight days of the Trustees’ invoice.
6. Quality: The Trustees warrant the water against contamination for a period of twelve months from each delivery.
7. Law: This Minute of Agreement shall be governed by and construed in accordance with the law of Scotland.
IN WITNESS WHEREOF these presents are executed as follows:
They are subscribed by the said ALASTAIR JAMES MACLEOD at Comrie on 19 May 2026 before this witness: Morag Kerr, Estate Factor, Kinloch Estate Office, Comrie
They are subscribed by the said FIONA MARGARET DRUMMOND at Crieff on 19 May 2026 before this witness: Euan Laing, Solicitor, Crieff
They are subscribed for and on behalf of STRATHEARN WATER COMPANY LIMITED by Iain Robertson, Director, at Perth on 20 May 2026 before this witness: Shona McPhail, Company Secretary, Perth`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Supply agreement",
      parties: ["Alastair James Macleod", "Fiona Margaret Drummond", "Strathearn Water Company Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-28",
      expiryDate: "2031-05-28",
      term: "5 years",
    },
  },
  {
    id: "v17-c-ny-signature-blocks-only",
    format: "pdf",
    source: `# CONSULTING SERVICES AGREEMENT
This Consulting Services Agreement (the “Agreement”) is made and entered into as of the 15th day of January, 2026 (the “Effective Date”) by and between the company identified as “Client” and the company identified as “Consultant” in the signature blocks at the end of this Agreement.
1. Services. Consultant shall provide the strategic advisory services described in each Statement of Work executed under this Agreement. Consultant may engage Brightline Staffing LLC to supply personnel, but Brightline Staffing LLC is not a party to this Agreement.
2. Term. This Agreement shall be in effect for a period of one (1) year from the Effective Date and shall thereafter automatically renew for successive one (1) year periods unless either party provides written notice of non-renewal not less than sixty (60) days prior to the end of the then-current term.
3. Fees. Client shall pay each invoice within forty-five (45) days of receipt (Net 45).
4. Confidentiality. Each party’s obligations under this Section 4 shall survive for three (3) years after termination.
5. Non-Solicitation. During the term and for twelve (12) months thereafter, neither party shall solicit for employment any employee of the other party.
6. Governing Law. This Agreement shall be governed by the laws of the State of New York, without giving effect to principles of conflicts of law.
7. Entire Agreement. This Agreement supersedes the letter of intent between the parties dated December 2, 2025.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
CLIENT:
ORCHARD STREET VENTURES, LLC, a New York limited liability company
By: Orchard Street Management Corp., its Managing Member
By: ______________________
Name: Leonard K. Whitcombe
Title: President
CONSULTANT:
MENDEL & PRYCE ADVISORY GROUP, INC., a New Jersey corporation
By: ______________________
Name: Anita S. Pryce
Title: Chief Executive Officer`,
    truth: {
      title: "Consulting Services Agreement",
      documentType: "Services agreement",
      parties: ["Orchard Street Ventures, LLC", "Mendel & Pryce Advisory Group, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-01-15",
      expiryDate: "2027-01-15",
      term: "1 year",
      renewal: "1 year",
    },
  },
  {
    id: "v17-c-hk-agency-key-details",
    format: "docx",
    source: `# SALES AGENCY AGREEMENT
# KEY DETAILS
| Item | Details |
| Date of Agreement | 18 June 2026 |
| Principal | Lotus Harbour Trading Company Limited (Company No. 2918834), whose registered office is at 12/F, Kinwick Centre, 32 Hollywood Road, Central, Hong Kong |
| Agent | Kwok, Chan and Associates Limited (Company No. 1187562), of Unit 1803, 18/F, Millennium City 5, 418 Kwun Tong Road, Kowloon, Hong Kong |
| Agent’s Representative | Mr. Kwok Wing-Hong, Director |
| Products | Porcelain tableware manufactured by Foshan Lotus Ceramics Co., Ltd. (a group company of the Principal, not a party to this Agreement) |
| Territory | Macau SAR and Guangdong Province |
| Commencement Date | 1 July 2026 |
| Initial Period | Two (2) years commencing on the Commencement Date |
| Commission | 6% of Net Sales, payable within 45 days after the end of each calendar quarter |
| Payment Account | The Hongkong and Shanghai Banking Corporation Limited, Account No. 004-123-456789-001, in the name of the Agent |
| Governing Law | The laws of the Hong Kong Special Administrative Region |
===
# TERMS AND CONDITIONS
1. Parties. This Agreement is made on the Date of Agreement between the Principal and the Agent named in the Key Details.
2. Appointment. The Principal appoints the Agent as its exclusive sales agent to solicit orders for the Products in the Territory. The Agent has no authority to conclude contracts on the Principal’s behalf.
3. Duration. This Agreement starts on the Commencement Date and continues for the Initial Period, after which it expires. Not later than three (3) months before the end of the Initial Period, the Agent may request an extension of one further year, which the Principal may grant or refuse at its sole discretion.
4. Non-Competition. For six (6) months after expiry or termination the Agent shall not act for any competing supplier of tableware in the Territory.
5. Notices. Either party may terminate this Agreement for material breach on thirty (30) days’ written notice.
6. Law. This Agreement is governed by the law specified in the Key Details.
Signed for and on behalf of Lotus Harbour Trading Company Limited by Ms. Ho Mei-Ling, Director
Signed for and on behalf of Kwok, Chan and Associates Limited by Mr. Kwok Wing-Hong, Director`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Lotus Harbour Trading Company Limited", "Kwok, Chan and Associates Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "2 years",
    },
  },
  {
    id: "v17-c-ont-consent-letter-by-agent",
    format: "txt",
    source: `COBOURG FOUNDRY HOLDINGS LTD.
1150 Division Street, Cobourg, Ontario K9A 5N2
April 7, 2026
DELIVERED BY EMAIL
Trilliant Packaging Corp.
2200 Lakeshore Road West, Unit 4
Mississauga, Ontario L5J 1K3
Attention: Ms. Deborah L. Okafor, General Counsel
Dear Ms. Okafor:
Re: Consent to Assignment
Premises: 2200 Lakeshore Road West, Unit 4, Mississauga, Ontario
We refer to the lease dated November 1, 2019 between Cobourg Foundry Holdings Ltd., as landlord, and Trilliant Packaging Corp., as tenant, for a term of ten (10) years ending October 31, 2029 (the “Lease”), and to your letter of March 12, 2026 requesting consent to the assignment of the Lease to Lakeshore Converting Ltd. (the “Assignee”).
The landlord consents to the assignment of the Lease to the Assignee on the following conditions: (a) the Assignee enters into an assumption agreement in the landlord’s standard form within thirty (30) days; (b) Trilliant Packaging Corp. remains liable under the Lease for the balance of the term; and (c) the tenant pays the landlord’s legal costs of $2,500 within fifteen (15) days.
This consent is limited to the assignment described above and is not a consent to any further assignment or subletting. The Assignee is not a party to this letter.
This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
Please confirm your agreement by countersigning below.
Yours truly,
COBOURG FOUNDRY HOLDINGS LTD., by its agent and property manager, HARTWELL MANAGEMENT SERVICES INC.
Per: Gregory P. Santos, Vice-President, Leasing
I have authority to bind the corporation.
ACKNOWLEDGED AND AGREED this 10th day of April, 2026.
TRILLIANT PACKAGING CORP.
Per: Deborah L. Okafor, General Counsel`,
    truth: {
      title: "Consent to Assignment",
      documentType: "Letter",
      parties: ["Cobourg Foundry Holdings Ltd.", "Trilliant Packaging Corp."],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-07",
    },
  },
  {
    id: "v17-c-nsw-jv-schedule-parties",
    format: "pdf",
    pageFooters: true,
    source: `# JOINT VENTURE AGREEMENT
Wattle Creek Lithium Project
Date: 2 June 2026
Parties: Each person described in Schedule 1 (each a “Participant”).
# Background
A. Ngarra Minerals and Exploration Pty Limited holds exploration licence EL 9123, which is due to expire on 30 November 2029.
B. The Participants wish to form an unincorporated joint venture to explore and, if warranted, develop the Wattle Creek Lithium Project.
# 1. Definitions
“Operator” means Ridgeback Mine Services Pty Ltd (ACN 147 220 118) or any replacement operator appointed under clause 7. The Operator is engaged under a separate operating agreement and is not a party to this agreement.
# 2. Term
2.1 This agreement commences on the date of this agreement and continues until terminated in accordance with clause 15.
# 3. Exclusivity
3.1 For three years from the date of this agreement, no Participant may acquire any tenement within 10 kilometres of EL 9123 except through the joint venture.
# 4. Cash Calls
4.1 Each Participant must pay its share of a cash call within 21 days after the Operator issues it.
# 15. Termination
15.1 This agreement terminates when one Participant holds a 100% Participating Interest, or by unanimous written agreement of the Participants.
# 16. Governing Law
16.1 This agreement is governed by the laws of New South Wales, Australia.
===
# Schedule 1 – Participants
| Participant | Address | Participating Interest |
| Coastal Lithium Pty Ltd (ACN 612 334 901) in its capacity as trustee for the Coastal Lithium Unit Trust | Level 9, 60 Martin Place, Sydney NSW 2000 | 45% |
| Ngarra Minerals and Exploration Pty Limited (ACN 089 551 302) | 14 Hunter Street, Newcastle NSW 2300 | 35% |
| Sunhill Resources Corporation, a corporation continued under the laws of British Columbia | Suite 2100, 1055 West Georgia Street, Vancouver BC V6E 3P3, Canada | 20% |
# Execution
Executed by Coastal Lithium Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth): Hamish R. Cole, Director; Li-Na Cheung, Director/Secretary
Executed by Ngarra Minerals and Exploration Pty Limited in accordance with section 127 of the Corporations Act 2001 (Cth): Jarrah Williams, Sole Director and Secretary
Signed for Sunhill Resources Corporation by its authorised signatory Michel Tremblay, President, in the presence of Karen Oduya, Barrister and Solicitor`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Coastal Lithium Pty Ltd", "Ngarra Minerals and Exploration Pty Limited", "Sunhill Resources Corporation"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-06-02",
      term: "Until terminated",
    },
  },
];
