import type { UnseenDocument } from "../unseen/types";

/** Property documents whose parties take work to find: trustees, firms, execution tables, agents and earlier counterparties nearby. */
export const PROPERTY_PARTIES_V17: UnseenDocument[] = [
  {
    id: "v17-b-lease-trustee-landlords-ew",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE
relating to Unit 4, Riverside Trade Park, Wharf Road, Reading RG1 8EX
THIS LEASE is dated 20 March 2026
BETWEEN:
(1) JOHN ALEXANDER FRASER of Glebe House, Church Lane, Sonning, Berkshire RG4 6UR and MARGARET ELLEN FRASER of the same address, as trustees of the Fraser Family Settlement dated 4 April 1998 (together the "Landlord", which expression includes the trustees or trustee for the time being of that settlement);
(2) BARKER, HALE & CO. (KITCHENS) LIMITED, a company incorporated and registered in England and Wales with company number 06612874, whose registered office is at 17 Kings Walk, Oxford OX1 3QD (the "Tenant"); and
(3) BARKER HALE GROUP PLC, a company incorporated and registered in England and Wales with company number 04471102, whose registered office is at 17 Kings Walk, Oxford OX1 3QD (the "Guarantor").
# 1. Definitions
"Term Commencement Date" means 25 March 2026.
"Rent Commencement Date" means 25 September 2026.
"Break Date" means 25 March 2031.
"Managing Agent" means Pemberton Hart LLP of 2 Forbury Square, Reading, or such other agent as the Landlord appoints from time to time; the Managing Agent acts only as agent and is not a party to this Lease.
# 2. Grant
2.1 The Landlord lets the Property to the Tenant for a term of ten years from and including the Term Commencement Date.
2.2 The Tenant shall pay the Annual Rent of £86,500 by equal quarterly payments in advance on the usual quarter days, to the account of the Landlord at Lloyds Bank plc, Reading branch, or as the Managing Agent directs.
===
# 3. Break Clause
3.1 The Tenant may terminate this Lease on the Break Date by giving the Landlord not less than six months' written notice.
# 4. Guarantee
4.1 In consideration of the grant of this Lease the Guarantor guarantees to the Landlord the performance by the Tenant of its obligations, and that guarantee continues for so long as the Tenant is bound by the tenant covenants.
# 5. Trustee Limitation
5.1 The Landlord enters into this Lease solely in its capacity as trustees, and its liability is limited to the assets of the Fraser Family Settlement from time to time.
# 6. Governing Law
6.1 This Lease and any dispute or claim arising out of it shall be governed by the law of England and Wales.
Executed as a deed by JOHN ALEXANDER FRASER in the presence of: Witness: Clare Henshaw, solicitor, 9 Market Place, Reading
Executed as a deed by MARGARET ELLEN FRASER in the presence of: Witness: Clare Henshaw, solicitor, 9 Market Place, Reading
Executed as a deed by BARKER, HALE & CO. (KITCHENS) LIMITED acting by Owen Barker, director, in the presence of Lucy Tranter
Executed as a deed by BARKER HALE GROUP PLC acting by Miriam Hale, director, and Samuel Okafor, company secretary`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["John Alexander Fraser", "Margaret Ellen Fraser", "Barker, Hale & Co. (Kitchens) Limited", "Barker Hale Group plc"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-25",
      expiryDate: "2036-03-24",
      term: "10 years",
    },
  },
  {
    id: "v17-b-scots-minute-licence-occupy",
    format: "pdf",
    source: `# LICENCE TO OCCUPY
MINUTE OF AGREEMENT
between
CLYDESIDE HARBOUR PROPERTIES LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (registered number SO301234) and having its registered office at 40 Lancefield Quay, Glasgow G3 8HA, acting through its designated member Clydeside Harbour (Nominees) Limited
(hereinafter referred to as "the Licensor")
and
FIONA MAIRI RENNIE, residing at 7 Partickhill Road, Glasgow G11 5BL, carrying on business under the name and style of Rennie's Bakehouse
(hereinafter referred to as "the Licensee")
# WHEREAS
The Licensor is the heritable proprietor of the subjects known as Kiosk 2, Pacific Quay Market, Glasgow, and has agreed to permit the Licensee to occupy those subjects on the terms of this Minute of Agreement, which confers a personal licence only and no lease.
# NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. In this Minute of Agreement "the Commencement Date" means 1 June 2026 and "the Licence Period" means the period from 1 June 2026 to 30 November 2026.
2. The Licensor grants to the Licensee a non-exclusive licence to occupy the Kiosk for the sale of baked goods during the Licence Period.
3. The Licensee shall pay a licence fee of £1,150 per calendar month in advance, the first payment being due on the Commencement Date, by transfer to the Licensor's account with the Clydesdale Bank PLC.
4. Either party may bring this licence to an end before the expiry of the Licence Period on giving not less than one month's written notice to the other.
5. The Licensee shall remove all equipment within seven days of the end of the Licence Period, failing which the Licensor may do so at the Licensee's expense.
6. This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents are executed as follows:
They are subscribed for and on behalf of the said Clydeside Harbour Properties LLP by Alasdair Munro, a member, at Glasgow on the twentieth day of May Two thousand and twenty-six before this witness, Kirsty Ann Dalgleish, of 40 Lancefield Quay, Glasgow
They are subscribed by the said Fiona Mairi Rennie at Glasgow on the twenty-second day of May Two thousand and twenty-six before this witness, Graham Rennie, of 7 Partickhill Road, Glasgow`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Clydeside Harbour Properties LLP", "Fiona Mairi Rennie"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
    },
  },
  {
    id: "v17-b-ni-deed-variation-lease",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
relating to a lease of premises at 112 Donegall Pass, Belfast BT7 1BX
THIS DEED is dated 14 January 2026 and is made
BETWEEN
(1) LAGAN & FOYLE PROPERTY COMPANY LIMITED (company number NI041187) whose registered office is at 3 Lanyon Place, Belfast BT1 3LP (the "Landlord");
(2) THE BELFAST LOAF COMPANY (N.I.) LIMITED (company number NI622950) whose registered office is at 112 Donegall Pass, Belfast BT7 1BX (the "Tenant"); and
(3) PATRICK SEAMUS O'HARE of 21 Malone Park, Belfast BT9 6NJ (the "Guarantor").
# BACKGROUND
(A) By a lease dated 1 August 2019 and made between Ormeau Estates Limited (1) the Tenant (2) and the Guarantor (3) (the "Lease"), the premises were let for a term of twenty years from 1 August 2019, subject to a tenant's break option at the tenth anniversary.
(B) The reversion immediately expectant on the Lease is now vested in the Landlord, Ormeau Estates Limited having transferred it on 30 June 2023.
(C) The parties have agreed to vary the Lease as set out in this Deed.
# 1. Interpretation
1.1 "Effective Date" means 1 February 2026.
1.2 Words defined in the Lease have the same meaning in this Deed.
# 2. Variations
2.1 With effect from the Effective Date the Lease is varied as follows:
(a) clause 8 (Tenant's Break Option) is deleted in its entirety; and
(b) the permitted use in clause 1.1 is extended to include the sale of hot food for consumption off the premises.
2.2 In consideration of the variation in clause 2.1(a) the Landlord shall allow the Tenant a rent-free period of three months from the Effective Date.
===
# 3. Guarantor's Consent
3.1 The Guarantor consents to the variations and confirms that its guarantee in the Lease extends to the Lease as varied by this Deed.
# 4. Continuation
4.1 Save as varied by this Deed, the Lease remains in full force and effect.
# 5. Law
5.1 This Deed shall be governed by and construed in accordance with the law of Northern Ireland.
| Executed as a deed by LAGAN & FOYLE PROPERTY COMPANY LIMITED | Director: Niamh McCann | Director/Secretary: Conor Begley |
| Executed as a deed by THE BELFAST LOAF COMPANY (N.I.) LIMITED | Director: Eamon Quinn | Witness: Roisin Doherty |
| Signed, sealed and delivered by PATRICK SEAMUS O'HARE | Witness: Roisin Doherty | |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Lagan & Foyle Property Company Limited", "The Belfast Loaf Company (N.I.) Limited", "Patrick Seamus O'Hare"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-02-01",
      amends: "Lease",
    },
  },
  {
    id: "v17-b-nsw-management-agency-table",
    format: "pdf",
    source: `# EXCLUSIVE MANAGEMENT AGENCY AGREEMENT
Residential Property — New South Wales
# Part A — Particulars
| Item | Details |
| Owner (Principal) | Rajesh Kumar Iyer and Priya Lakshmi Iyer, both of 14 Wattle Crescent, Epping NSW 2121, jointly and severally |
| Agent | Harbourline Property Management Pty Ltd ACN 613 448 902 of Level 3, 50 Berry Street, North Sydney NSW 2060 |
| Licensee in charge | Daniel Patrick O'Connor, Class 1 licence no. 20118457 (employee of the Agent) |
| Property | Apartment 802, 9 Railway Street, Chatswood NSW 2067 |
| Commencement Date | 1 July 2026 |
| Initial Term | twelve (12) months commencing on the Commencement Date |
| Trust account | Harbourline Property Management Pty Ltd Rental Trust Account, Westpac Banking Corporation, BSB 032-089 |
| Management fee | 5.5% of gross rent collected, plus GST |
# Part B — Terms
1. Appointment. The Owner appoints the Agent as exclusive managing agent of the Property for the Initial Term.
2. Renewal. At the end of the Initial Term, and at the end of each renewal term, this Agreement renews automatically for a further period of twelve (12) months unless either party gives the other at least thirty (30) days' written notice that it is not to renew.
3. Termination. Either party may terminate this Agreement at any time on sixty (60) days' written notice, and the Agent's right to fees accrued before termination survives for six (6) months.
4. Rent. The Agent shall collect rent from the tenant for the time being, currently Mei Lin Zhao under a residential tenancy agreement for 12 months from 15 March 2026, and remit it to the Owner within 10 business days of the end of each month.
5. Repairs. The Agent may authorise urgent repairs up to $1,000 without the Owner's prior approval.
6. Governing law. This Agreement is governed by the laws of New South Wales.
# Execution
Signed by the Owner: Rajesh Kumar Iyer ........ Priya Lakshmi Iyer ........ Date: 18 June 2026
Signed for the Agent by its authorised officer, Daniel Patrick O'Connor, licensee in charge ........ Date: 18 June 2026`,
    truth: {
      title: "Exclusive Management Agency Agreement",
      documentType: "Services agreement",
      parties: ["Rajesh Kumar Iyer", "Priya Lakshmi Iyer", "Harbourline Property Management Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2027-06-30",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v17-b-texas-retail-lease-among",
    format: "docx",
    storedPageCount: 3,
    source: `# RETAIL LEASE AGREEMENT
This Retail Lease Agreement (this "Lease") is made and entered into as of the 3rd day of March, 2026, by and among LONE STAR RETAIL HOLDINGS, LLC, a Texas limited liability company, BRAZOS & PECOS REALTY PARTNERS, L.P., a Texas limited partnership, acting by its general partner, Brazos GP, Inc., and MCALLISTER, REYES AND DUNN INVESTMENTS, LLC, a Delaware limited liability company (collectively, as tenants in common, "Landlord"), and HILL COUNTRY CYCLE & OUTDOOR CO., a Texas corporation ("Tenant").
# Article 1. Basic Lease Provisions
| Premises | Suite 140, Barton Creek Commons, 2901 S. Capital of Texas Hwy, Austin, Texas 78746 |
| Commencement Date | April 1, 2026 |
| Initial Term | sixty (60) months |
| Base Rent | $9,850.00 per month, increasing 3% annually |
| Security Deposit | $19,700.00 |
| Landlord's Broker | Travis Commercial Advisors, LLC (not a party) |
===
# Article 2. Term
2.1 The initial term of this Lease shall be sixty (60) months commencing on the Commencement Date, unless sooner terminated as provided herein.
2.2 Renewal Option. Provided Tenant is not in default, Tenant shall have the option to extend the term for two (2) successive periods of five (5) years each by delivering written notice to Landlord not less than two hundred seventy (270) days before the expiration of the then-current term. Absent such notice, this Lease shall expire at the end of the initial term.
# Article 3. Guaranty
3.1 As a condition of this Lease, Tenant shall deliver a guaranty executed by Harold P. Winston, Tenant's principal shareholder. Mr. Winston is not a party to this Lease.
# Article 4. Radius Restriction
4.1 During the term and for one (1) year thereafter, Tenant shall not operate a competing store within three (3) miles of the Premises.
# Article 5. Governing Law
5.1 This Lease shall be governed by and construed in accordance with the laws of the State of Texas.
===
IN WITNESS WHEREOF, the parties have executed this Lease as of the date first written above.
LANDLORD: LONE STAR RETAIL HOLDINGS, LLC, By: Carla J. Mendoza, Manager
BRAZOS & PECOS REALTY PARTNERS, L.P., By: Brazos GP, Inc., its general partner, By: Wade T. Brannigan, President
MCALLISTER, REYES AND DUNN INVESTMENTS, LLC, By: Sofia Reyes, Authorized Signatory
TENANT: HILL COUNTRY CYCLE & OUTDOOR CO., By: Harold P. Winston, Chief Executive Officer`,
    truth: {
      title: "Retail Lease Agreement",
      documentType: "Lease",
      parties: ["Lone Star Retail Holdings, LLC", "Brazos & Pecos Realty Partners, L.P.", "McAllister, Reyes and Dunn Investments, LLC", "Hill Country Cycle & Outdoor Co."],
      governingLaw: "Texas",
      effectiveDate: "2026-04-01",
      expiryDate: "2031-03-31",
      term: "60 months",
    },
  },
  {
    id: "v17-b-jersey-rent-review-memo",
    format: "docx",
    source: `# RENT REVIEW MEMORANDUM
Property: Ground floor shop, 38 King Street, St Helier, Jersey JE2 4WF
Lease: a lease passed before the Royal Court of Jersey on 29 September 2015 between Le Couteur Holdings Limited as lessor and Jean-Paul Vibert and Hélène Marie Vibert as lessees, for a term of twenty-one (21) years from 29 September 2015
Review Date: 29 September 2025
1. The present lessor and the present lessees, whose names appear in the execution table below, record that the rent payable under the Lease has been reviewed with effect from the Review Date in accordance with clause 5 of the Lease.
2. The revised rent agreed between them is £42,000 per annum, payable quarterly in advance, in place of the previous rent of £36,500 per annum.
3. The difference between the revised rent and the rent paid since the Review Date, amounting to £1,375, shall be paid by the lessees within twenty-eight (28) days of the date of this memorandum, without interest.
4. The next review date under the Lease is 29 September 2030; nothing in this memorandum alters the term of the Lease or any other of its provisions.
5. Le Couteur Holdings Limited, the original lessor, transferred its interest to the present lessor on 1 March 2021 and is not a party to this memorandum.
6. This memorandum is governed by the law of the Island of Jersey.
Dated this 6th day of February 2026
# Execution
| Capacity | Name | Signed by |
| Lessor | St Aubin Bay Properties Limited (registered number 118204) | Philippe Renouf, director |
| Lessee | Jean-Paul Vibert, trading with Hélène Marie Vibert as Vibert's Wine Cellar | Jean-Paul Vibert |
| Lessee | Hélène Marie Vibert | Hélène Marie Vibert |
| Witness | Advocate Marc Le Sueur, Ogier House, St Helier | |`,
    truth: {
      title: "Rent Review Memorandum",
      documentType: "Other",
      parties: ["St Aubin Bay Properties Limited", "Jean-Paul Vibert", "Hélène Marie Vibert"],
      governingLaw: "Jersey",
      effectiveDate: "2026-02-06",
    },
  },
  {
    id: "v17-b-ireland-consent-letter-agent",
    format: "txt",
    source: `GREYFRIARS PROPERTY INVESTMENTS LIMITED
Registered in Ireland No. 588213 | 22 Fitzwilliam Place, Dublin 2, D02 T292
c/o Moorhouse Estates LLP, Managing Agents, 8 Baggot Street Lower, Dublin 2
Our ref: GPI/HF/0417
Your ref: AB/TW/22
11 March 2026
By email and post
Ms Aoife Brennan
Company Secretary
Tallow & Wick Candle Company Limited
Unit 6, Harbour Court, Dún Laoghaire, Co. Dublin
Dear Ms Brennan
# Consent to Change of Use
Unit 6, Harbour Court, Dún Laoghaire — Lease dated 2 May 2022
We refer to your letter of 19 February 2026 and to the letter of your solicitors, Byrne Kealy & Co., of 24 February 2026 requesting our consent to the use of the premises as a retail candle shop with ancillary workshop.
As landlord under the lease, we consent to the change of use on the following conditions:
1. no flammable materials other than candle wax and wicks in quantities reasonable for a shop of this size are kept at the premises;
2. you maintain public liability insurance of not less than €6,500,000 and provide a copy of the policy to our managing agents within 14 days;
3. this consent is personal to Tallow & Wick Candle Company Limited and lapses on any assignment of the lease.
This consent is given without prejudice to our rights under the lease and does not vary any other provision of it. The costs of Moorhouse Estates LLP and of our solicitors, Hartigan O'Neill LLP, amounting to €1,250 plus VAT, are payable by you within 30 days.
This letter is governed by the laws of Ireland.
Please sign and return the enclosed copy to confirm your agreement to these conditions.
Yours sincerely
Hugh Fennelly
Moorhouse Estates LLP
as managing agents for and on behalf of Greyfriars Property Investments Limited
We agree to the above conditions.
Signed: Aoife Brennan, for and on behalf of Tallow & Wick Candle Company Limited
Date: 17 March 2026`,
    truth: {
      title: "Consent to Change of Use",
      documentType: "Letter",
      parties: ["Greyfriars Property Investments Limited", "Tallow & Wick Candle Company Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-03-11",
    },
  },
  {
    id: "v17-b-iom-deed-surrender",
    format: "txt",
    source: `# DEED OF SURRENDER
THIS DEED is made on the twentieth day of March two thousand and twenty-six
AMONG
MANANNAN ESTATES (I.O.M.) LIMITED, a company incorporated in the Isle of Man with number 004512C, whose registered office is at 15 Athol Street, Douglas IM1 1LB ("the Landlord") of the first part;
CASTLETOWN MARINE SERVICES LTD, a company incorporated in the Isle of Man with number 127733C, whose registered office is at The Quay, Castletown IM9 1LS ("the Tenant") of the second part; and
THOMAS QUAYLE KINVIG of Ballakillowey, Colby IM9 4BN ("the Surety") of the third part.
WHEREAS
(A) By a lease dated 1 October 2016 made between Isle of Man Harbour Developments Limited (1), the Tenant (2) and the Surety (3) (the "Lease"), the premises known as Boatshed 3, The Quay, Castletown were let for a term of fifteen years from 1 October 2016.
(B) The Landlord is now entitled to the reversion immediately expectant on the determination of the Lease.
(C) The Tenant has agreed to surrender the Lease to the Landlord and the Landlord has agreed to accept that surrender and to release the Tenant and the Surety.
NOW THIS DEED WITNESSES
1. "Effective Date" means 31 March 2026, the date on which the surrender takes effect.
2. With effect from the Effective Date the Tenant surrenders and yields up to the Landlord all its estate and interest in the premises, and the Landlord accepts the surrender.
3. The Landlord releases the Tenant and the Surety from all covenants in the Lease with effect from the Effective Date, save for rent and service charge due for the quarter ending 31 March 2026.
4. The Tenant shall pay the Landlord £7,500 in consideration of the surrender, by transfer to the Landlord's account at Isle of Man Bank Limited on or before the Effective Date.
5. The Tenant's covenant to remove its hoist and fixtures survives for 28 days after the Effective Date.
6. This Deed is governed by the laws of the Isle of Man.
EXECUTED as a deed by MANANNAN ESTATES (I.O.M.) LIMITED acting by Juan Corlett, director, in the presence of Ealish Cregeen, advocate's clerk, Douglas
EXECUTED as a deed by CASTLETOWN MARINE SERVICES LTD acting by Robert Faragher, director, in the presence of Ealish Cregeen
SIGNED as a deed by THOMAS QUAYLE KINVIG in the presence of Ealish Cregeen`,
    truth: {
      title: "Deed of Surrender",
      documentType: "Deed",
      parties: ["Manannan Estates (I.O.M.) Limited", "Castletown Marine Services Ltd", "Thomas Quayle Kinvig"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-03-31",
    },
  },
];
