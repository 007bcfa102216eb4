import type { UnseenDocument } from "../unseen/types";

/** Tuning set v8: corporate transactions, governance papers and dispute documents drafted in varied house styles. */
export const CORPORATE_AND_DISPUTES_V8: UnseenDocument[] = [
  {
    id: "v8-corporate-spa-jersey-cover-page",
    format: "pdf",
    pageFooters: true,
    source: `# Share Purchase Agreement
relating to the entire issued share capital of Orchard Lane Holdings Limited
Dated 14 April 2026
THOMAS LE BROCQ and HELIER BRIDGE INVESTMENTS LIMITED (as Sellers)
ST AUBIN CAPITAL PARTNERS LIMITED (as Buyer)
Ogier-Vautrin Advocates, 22 Esplanade, St Helier, Jersey JE2 3QA
===
THIS AGREEMENT is dated 14 April 2026
BETWEEN
(1) THOMAS LE BROCQ of La Falaise, Rue des Pres, St Saviour, Jersey JE2 7LA (the "First Seller");
(2) HELIER BRIDGE INVESTMENTS LIMITED, a company incorporated in Jersey with registered number 118842, whose registered office is at 3 Mulcaster Street, St Helier, Jersey JE2 3NJ (the "Second Seller", and together with the First Seller, the "Sellers"); and
(3) ST AUBIN CAPITAL PARTNERS LIMITED, a company incorporated in Jersey with registered number 127305, whose registered office is at 15 Castle Street, St Helier, Jersey JE2 3RT (the "Buyer").
# BACKGROUND
(A) Orchard Lane Holdings Limited (the "Company") is a private company incorporated in Jersey with registered number 98110.
(B) The Sellers are the legal and beneficial owners of all the issued shares in the Company and have agreed to sell them to the Buyer on the terms of this Agreement.
# 1. Sale and purchase
1.1 The Sellers shall sell and the Buyer shall buy the Shares with full title guarantee, free from all Encumbrances, for the Consideration.
1.2 Completion shall take place on 30 April 2026 or such other date as the parties agree in writing.
# 2. Consideration and retention
2.1 The Consideration is £8,400,000, of which £840,000 (the "Retention") shall be paid into an escrow account with the Escrow Agent and held for a period of twelve (12) months after Completion.
# 3. Warranties
3.1 The Sellers give the Warranties as at the date of this Agreement and at Completion.
3.2 No claim may be brought under the Warranties unless notified to the Sellers within eighteen (18) months after Completion, save for Tax Warranty claims, which may be notified within six (6) years.
# 4. Restrictive covenants
4.1 Each Seller undertakes that for a period of twenty-four (24) months after Completion it will not carry on or be interested in any business competing with the business of the Company in Jersey or Guernsey.
# 5. Governing law and jurisdiction
5.1 This Agreement and any non-contractual obligations arising out of it shall be governed by the laws of the Island of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
Signed by THOMAS LE BROCQ in the presence of: Claire Renouf, Advocate
Signed for and on behalf of HELIER BRIDGE INVESTMENTS LIMITED by Marc Gallichan, Director
Signed for and on behalf of ST AUBIN CAPITAL PARTNERS LIMITED by Anne-Marie Pinel, Director`,
    truth: {
      title: "Share Purchase Agreement",
      documentType: "Share purchase agreement",
      parties: ["Thomas Le Brocq", "Helier Bridge Investments Limited", "St Aubin Capital Partners Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v8-corporate-shareholders-ontario-trustee",
    format: "docx",
    storedPageCount: 2,
    source: `# Unanimous Shareholders' Agreement
This Agreement is made as of March 3, 2026.
AMONG:
LAKESHORE ROBOTICS INC., a corporation existing under the laws of the Province of Ontario (the "Corporation")
- and -
MARCHETTI HOLDINGS INC., a corporation existing under the laws of the Province of Ontario ("Marchetti")
- and -
PRIYA RAMAN, an individual resident in the City of Toronto ("Raman")
- and -
NORTHGATE TRUST COMPANY, in its capacity as trustee of the Raman Family Trust (the "Trust")
WHEREAS Marchetti, Raman and the Trust (each a "Shareholder") hold all of the issued and outstanding shares of the Corporation and wish to set out their agreement as to its affairs;
NOW THEREFORE in consideration of the mutual covenants herein the parties agree as follows:
# Article 1 – Interpretation
1.1 "Business Day" means a day other than a Saturday, Sunday or statutory holiday in Toronto, Ontario.
1.2 "Shares" means the common shares in the capital of the Corporation.
# Article 2 – Board of Directors
2.1 The board shall consist of three (3) directors: one nominated by Marchetti, one nominated by Raman and one nominated jointly.
# Article 3 – Transfer of Shares
3.1 A Shareholder wishing to sell Shares shall first offer them to the other Shareholders, who shall have thirty (30) days to accept the offer.
3.2 No Shareholder shall transfer any Shares before the third anniversary of the date of this Agreement without the consent of the others.
===
# Article 4 – Non-Solicitation
4.1 Each Shareholder agrees that, while it holds Shares and for twelve (12) months after ceasing to do so, it will not solicit any employee or customer of the Corporation.
# Article 5 – Term
5.1 This Agreement shall continue in force until terminated in accordance with this Article 5, and shall terminate automatically when one Shareholder holds all of the Shares or upon the written agreement of all the Shareholders.
# Article 6 – Governing Law
6.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
LAKESHORE ROBOTICS INC. Per: Daniel Okafor, President
MARCHETTI HOLDINGS INC. Per: Luca Marchetti, Secretary
PRIYA RAMAN
NORTHGATE TRUST COMPANY, as trustee of the Raman Family Trust Per: Helen Sato, Authorized Signatory`,
    truth: {
      title: "Unanimous Shareholders' Agreement",
      documentType: "Shareholders' agreement",
      parties: ["Lakeshore Robotics Inc.", "Marchetti Holdings Inc.", "Priya Raman", "Northgate Trust Company"],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-03",
      term: "Until terminated",
    },
  },
  {
    id: "v8-corporate-jv-difc-auto-renewal",
    format: "pdf",
    source: `# Joint Venture Agreement
This Joint Venture Agreement (this "Agreement") is made and entered into as of the 1st day of June, 2026, by and between:
AL NOOR INFRASTRUCTURE INVESTMENTS LLC, a limited liability company registered in the Emirate of Dubai under commercial licence number 784512, having its office at Level 9, Gate Village 4, DIFC, Dubai, United Arab Emirates ("Al Noor"); and
KESTREL ENGINEERING HOLDINGS LTD, a company incorporated in England and Wales with company number 06123987, having its registered office at 40 Holborn Viaduct, London EC1N 2PB ("Kestrel").
# 1. Definitions
"Effective Date" means 1 June 2026.
"JV Company" means Falcon Bridge Projects Limited, a private company to be incorporated in the DIFC.
"Deadlock" means a failure of the board of the JV Company to resolve a Reserved Matter at two consecutive meetings.
# 2. Purpose
2.1 The parties shall cooperate through the JV Company to bid for and deliver transport infrastructure projects in the Gulf Cooperation Council states.
# 3. Contributions
3.1 Al Noor shall contribute AED 18,000,000 and Kestrel shall contribute AED 12,000,000 within sixty (60) days after the Effective Date.
# 4. Transfer restrictions
4.1 Neither party may transfer any shares in the JV Company during the period of three (3) years following the Effective Date (the "Lock-in Period").
# 5. Deadlock
5.1 If a Deadlock arises, the chief executives of the parties shall meet within thirty (30) days to attempt to resolve it.
# 6. Term
6.1 This Agreement shall come into force on the Effective Date and continue for an initial term of five (5) years commencing on the Effective Date (the "Initial Term").
6.2 On expiry of the Initial Term, and of each renewal term, this Agreement shall automatically renew for a further period of two (2) years, unless either party gives the other not less than six (6) months' written notice of non-renewal.
# 7. Governing law and disputes
7.1 This Agreement shall be governed by and construed in accordance with the laws of the Dubai International Financial Centre.
7.2 Any dispute shall be referred to the exclusive jurisdiction of the DIFC Courts. Shareholder loans to the JV Company shall be documented separately.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.
For and on behalf of AL NOOR INFRASTRUCTURE INVESTMENTS LLC: Khalid Al Mansoori, Managing Director
For and on behalf of KESTREL ENGINEERING HOLDINGS LTD: Rebecca Thorne, Director`,
    truth: {
      title: "Joint Venture Agreement",
      documentType: "Joint venture agreement",
      parties: ["Al Noor Infrastructure Investments LLC", "Kestrel Engineering Holdings Ltd"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-06-01",
      expiryDate: "2031-05-31",
      term: "5 years",
      renewal: "2 years",
    },
  },
  {
    id: "v8-corporate-board-minutes-scotland",
    format: "txt",
    source: `# Minutes of Meeting of the Board of Directors
TAYSIDE PRECISION ENGINEERING LIMITED (registered in Scotland, company number SC612345)
Held at the registered office, 18 Riverside Drive, Dundee DD1 4XB, on 17 August 2026 at 10.00 am
| Present | Fiona McLeish (Chair), Graham Souter, Anil Bhatt |
| In attendance | Morag Dunn (Company Secretary); Euan Laird, Thorntons Law LLP (items 3 and 4 only) |
# 1. Quorum and declarations of interest
The Chair noted that a quorum was present. Anil Bhatt declared an interest in item 4 as a director of the proposed landlord and took no part in the vote on that item.
# 2. Minutes of the previous meeting
The minutes of the meeting held on 22 June 2026 were approved and signed by the Chair.
# 3. Banking facility
The meeting considered a term loan facility of £2,500,000 offered by the Bank of Strathmore plc, repayable in equal instalments over thirty-six (36) months. IT WAS RESOLVED that the facility be accepted and that any two directors be authorised to sign the facility documents.
# 4. New premises
The meeting considered the draft lease of Unit 7, Claverhouse Industrial Park, Dundee, for a term of ten (10) years from 1 October 2026 with a tenant-only break at year five. IT WAS RESOLVED that the lease be approved and that Graham Souter be authorised to sign it on behalf of the Company.
# 5. Dividend
IT WAS RESOLVED that an interim dividend of 12p per ordinary share be paid on 30 September 2026 to shareholders on the register at close of business on 1 September 2026.
# 6. Close
There being no further business, the Chair declared the meeting closed at 11.25 am.
Signed: Fiona McLeish, Chair
Date: 17 August 2026`,
    truth: {
      title: "Minutes of Meeting of the Board of Directors",
      documentType: "Other",
      parties: ["Tayside Precision Engineering Limited"],
      effectiveDate: "2026-08-17",
    },
  },
  {
    id: "v8-corporate-settlement-kenya-prior-law",
    format: "pdf",
    pageFooters: true,
    source: `# Settlement Agreement
THIS SETTLEMENT AGREEMENT is made on the 5th day of October 2026
BETWEEN
(1) MWANGI AGRO-PROCESSORS LIMITED, a limited liability company incorporated in Kenya (registration number CPR/2011/45213) of Mombasa Road, P.O. Box 40122-00100, Nairobi (the "Claimant"); and
(2) RIFT VALLEY PACKAGING COMPANY LIMITED, a limited liability company incorporated in Kenya (registration number PVT-7LUQ2BX) of Kenyatta Avenue, P.O. Box 1980-20100, Nakuru (the "Respondent").
# Recitals
A. The parties entered into a packaging supply contract dated 2 February 2023 (the "Supply Contract"), which was expressed to be governed by the laws of England and Wales.
B. The Claimant commenced proceedings against the Respondent in the High Court of Kenya at Nairobi, Commercial Suit No. E318 of 2025 (the "Proceedings"), alleging the supply of defective cartons.
C. The parties wish to settle the Proceedings and all claims under the Supply Contract on the terms below, without admission of liability.
# 1. Settlement sum
1.1 The Respondent shall pay the Claimant KES 14,750,000 (the "Settlement Sum") within thirty (30) days of the date of this Agreement.
1.2 If the Settlement Sum is not paid in full by the due date, interest shall accrue at 12% per annum until payment.
# 2. Withdrawal of the Proceedings
2.1 Within seven (7) days of receipt of the Settlement Sum, the Claimant shall file a notice of withdrawal of the Proceedings with no order as to costs.
===
# 3. Release
3.1 Upon receipt of the Settlement Sum, each party releases the other from all claims arising out of or in connection with the Supply Contract and the Proceedings.
# 4. Confidentiality
4.1 The parties shall keep the terms of this Agreement confidential. This obligation shall survive for a period of three (3) years from the date of this Agreement.
# 5. Governing law
5.1 This Agreement shall be governed by and construed in accordance with the laws of Kenya, and the courts of Kenya shall have exclusive jurisdiction.
SIGNED by the duly authorised representatives of the parties on the date first written above.
For MWANGI AGRO-PROCESSORS LIMITED: Peter Kamau Mwangi, Director, in the presence of Wanjiru Otieno, Advocate
For RIFT VALLEY PACKAGING COMPANY LIMITED: Grace Chebet, Director, in the presence of Samuel Ouma, Advocate`,
    truth: {
      title: "Settlement Agreement",
      documentType: "Settlement agreement",
      parties: ["Mwangi Agro-Processors Limited", "Rift Valley Packaging Company Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-10-05",
    },
  },
  {
    id: "v8-corporate-tolling-new-york-date-range",
    format: "txt",
    source: `# Tolling Agreement
This Tolling Agreement (the "Agreement") is entered into as of November 12, 2026 (the "Effective Date") by and among Brightwater Capital LLC, a Delaware limited liability company ("Brightwater"), Hudson Ridge Fund I, L.P., a Cayman Islands exempted limited partnership ("Hudson Ridge"), and Meridian Audit Partners LLP, a New York limited liability partnership ("Meridian"). Brightwater, Hudson Ridge and Meridian are each a "Party".
WHEREAS, Brightwater and Hudson Ridge contend that they have claims against Meridian arising out of Meridian's audit of the financial statements of Hudson Ridge for the fiscal year ended December 31, 2023 (the "Claims");
WHEREAS, the Parties wish to explore resolution of the Claims without litigation and to preserve the Claims in the meantime;
NOW, THEREFORE, the Parties agree as follows:
1. Tolling Period. This Agreement shall remain in effect from November 12, 2026 to May 11, 2027 (the "Tolling Period"). Any statute of limitations, statute of repose or other time-based defense applicable to the Claims shall be tolled during the Tolling Period.
2. Early Termination. Any Party may terminate the Tolling Period on thirty (30) days' written notice to the other Parties.
3. Filing After Expiry. Brightwater and Hudson Ridge may commence an action on the Claims within sixty (60) days after the end of the Tolling Period, and Meridian shall not assert that any time elapsed during the Tolling Period bars such action.
4. No Admission. Nothing in this Agreement is an admission of liability or of the validity of any Claim or defense.
5. Confidentiality. The Parties' discussions under this Agreement are subject to Rule 408 of the Federal Rules of Evidence and comparable state rules.
6. Governing Law. This Agreement shall be governed by the laws of the State of New York, without regard to its conflict of laws principles.
7. Counterparts. This Agreement may be executed in counterparts, including by electronic signature.
BRIGHTWATER CAPITAL LLC By: Marcus Feld, Managing Member
HUDSON RIDGE FUND I, L.P. By: Hudson Ridge GP LLC, its general partner By: Alicia Moreno, Authorized Signatory
MERIDIAN AUDIT PARTNERS LLP By: Jonathan Pike, Partner`,
    truth: {
      title: "Tolling Agreement",
      documentType: "Other",
      parties: ["Brightwater Capital LLC", "Hudson Ridge Fund I, L.P.", "Meridian Audit Partners LLP"],
      governingLaw: "New York",
      effectiveDate: "2026-11-12",
      expiryDate: "2027-05-11",
      term: "6 months",
    },
  },
  {
    id: "v8-corporate-engagement-letter-hong-kong",
    format: "docx",
    storedPageCount: 2,
    source: `HARBOURSIDE CHAN & PARTNERS
Solicitors & Notaries
28/F, Jardine House, 1 Connaught Place, Central, Hong Kong
Tel: +852 2810 0000
8 December 2026
Our ref: WCH/LFH/26-118
The Board of Directors
Lantau Freight Holdings Limited
Unit 1203, Tower 2, Kowloon Commerce Centre, 51 Kwai Cheong Road, Kwai Chung, New Territories
Dear Sirs
# Terms of Engagement
Thank you for instructing us in connection with your proposed acquisition of the logistics assets of Tsing Yi Cold Chain Company Limited (the "Matter"). This letter sets out the terms on which we will act for you.
1. Scope. We will conduct legal due diligence, prepare and negotiate the asset purchase agreement and ancillary documents, and advise on completion. We will not advise on tax or on the laws of any jurisdiction other than Hong Kong.
2. Team. The Matter will be supervised by Winnie Chan, Partner, assisted by Jason Lau, Associate.
3. Fees. Our fees will be charged on a time basis at the hourly rates in the Schedule. We estimate fees of HK$680,000 to HK$820,000, excluding disbursements.
===
4. Billing. We will bill monthly. Invoices are payable within thirty (30) days of the invoice date.
5. Files. We will retain our files for seven (7) years after the Matter closes, after which they may be destroyed without further reference to you.
6. Termination. You may end our engagement at any time by written notice; we may do so on reasonable notice for good reason.
7. Governing law. This engagement is governed by the laws of the Hong Kong Special Administrative Region, and the Hong Kong courts have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
Harbourside Chan & Partners
Agreed and accepted for and on behalf of Lantau Freight Holdings Limited: Raymond Ho, Director
Date: 11 December 2026`,
    truth: {
      title: "Terms of Engagement",
      documentType: "Engagement letter",
      parties: ["Harbourside Chan & Partners", "Lantau Freight Holdings Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-12-08",
    },
  },
  {
    id: "v8-corporate-poa-isle-of-man-deed",
    format: "docx",
    source: `# Power of Attorney
THIS POWER OF ATTORNEY is made by way of deed on the ninth day of September two thousand and twenty-six
BY CASTLETOWN MARINE SERVICES LIMITED, a company incorporated in the Isle of Man with company number 014572C, whose registered office is at 2 Athol Street, Douglas, Isle of Man IM1 1JA (the "Company")
IN FAVOUR OF ELLAN VANNIN CORPORATE AGENTS LIMITED, a company incorporated in the Isle of Man with company number 009931C, whose registered office is at 12 Finch Road, Douglas, Isle of Man IM1 2PT (the "Attorney").
# 1. Background
The Company is to enter into a vessel financing facility of up to US$22,000,000 with a term of five (5) years, and wishes to appoint the Attorney to execute documents in connection with the registration of the vessel MV Langness.
# 2. Appointment
The Company appoints the Attorney to be its attorney, in its name and on its behalf, to sign, execute as a deed and deliver the ship mortgage, deed of covenants and any filings with the Isle of Man Ship Registry.
# 3. Ratification
The Company undertakes to ratify anything done by the Attorney under this power of attorney, and to do so in writing within thirty (30) days of a request by the Attorney.
# 4. Duration
This power of attorney shall remain in force for a period of twelve (12) months from the date of this deed, unless revoked earlier by written notice to the Attorney.
# 5. Governing law
This power of attorney and any non-contractual obligations arising from it shall be governed by the laws of the Isle of Man.
IN WITNESS WHEREOF this power of attorney has been executed as a deed and delivered on the date first written above.
EXECUTED AS A DEED by CASTLETOWN MARINE SERVICES LIMITED acting by Ian Kinvig, Director, and Sarah Corlett, Director
Witnessed by: Peter Radcliffe, Advocate, 5 Prospect Hill, Douglas`,
    truth: {
      title: "Power of Attorney",
      documentType: "Power of attorney",
      parties: ["Castletown Marine Services Limited", "Ellan Vannin Corporate Agents Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-09-09",
      expiryDate: "2027-09-09",
      term: "12 months",
    },
  },
];
