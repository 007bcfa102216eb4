import type { UnseenDocument } from "../unseen/types";

/** Held-back v24: commercial contracts (supply, distribution, services, agency, NDAs) drafted in varied styles and jurisdictions. */
export const COMMERCIAL_V24: UnseenDocument[] = [
  {
    id: "v24-commercial-texas-master-supply",
    format: "pdf",
    pageFooters: true,
    source: `# MASTER SUPPLY AGREEMENT
This Master Supply Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026 (the "Effective Date"), by and between Lone Star Polymer Components, Inc., a Texas corporation with its principal place of business at 4100 Industrial Boulevard, Round Rock, Texas 78664 ("Supplier"), and Brazos Valley Fabrication LLC, a Delaware limited liability company with offices at 900 Commerce Street, Waco, Texas 76701 ("Buyer").
# RECITALS
WHEREAS, Supplier manufactures injection-molded polymer housings and related components; and
WHEREAS, Buyer wishes to purchase such components from Supplier from time to time on the terms set forth herein;
NOW, THEREFORE, in consideration of the mutual covenants contained herein and other good and valuable consideration, the parties agree as follows:
# 1. Purchase Orders
1.1 Buyer may issue purchase orders ("Purchase Orders") for the products listed in Exhibit A (the "Products"). Each Purchase Order accepted by Supplier shall be governed by this Agreement, and any additional or conflicting terms in a Purchase Order shall have no effect.
1.2 Supplier shall acknowledge or reject each Purchase Order within five (5) business days of receipt. Lead times shall not exceed forty (40) days from acknowledgment.
# 2. Pricing and Payment
2.1 Prices are set forth in Exhibit A and shall remain fixed for the first twelve (12) months after the Effective Date; thereafter Supplier may adjust prices once per calendar year upon sixty (60) days' prior written notice.
2.2 Buyer shall pay each undisputed invoice within forty-five (45) days after the invoice date. Late amounts bear interest at one percent (1%) per month.
# 3. Warranty
3.1 Supplier warrants that the Products will conform to the Specifications and be free from defects in material and workmanship for a period of eighteen (18) months from the date of delivery (the "Warranty Period").
# 4. Term and Termination
4.1 The initial term of this Agreement shall commence on the Effective Date and continue for three (3) years (the "Initial Term").
4.2 Upon expiration of the Initial Term, this Agreement shall automatically renew for successive renewal terms of one (1) year each unless either party provides written notice of non-renewal at least ninety (90) days before the end of the then-current term.
4.3 Either party may terminate this Agreement upon written notice if the other party materially breaches this Agreement and fails to cure such breach within thirty (30) days after receiving notice of it.
4.4 Sections 3, 5 and 6 shall survive any expiration or termination of this Agreement for a period of two (2) years.
===
# 5. Limitation of Liability
5.1 Except for breaches of Section 6, neither party shall be liable for any indirect, incidental, special or consequential damages, and Supplier's aggregate liability shall not exceed the amounts paid by Buyer in the twelve (12) months preceding the claim.
# 6. Confidentiality
6.1 Each party shall hold the other party's Confidential Information in confidence and use it solely to perform this Agreement.
# 7. Governing Law and Venue
7.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles. Venue for any action arising hereunder shall lie exclusively in the state or federal courts located in Travis County, Texas.
# 8. Miscellaneous
8.1 This Agreement, together with its Exhibits, constitutes the entire agreement of the parties and supersedes all prior proposals and understandings relating to its subject matter.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
| LONE STAR POLYMER COMPONENTS, INC. | BRAZOS VALLEY FABRICATION LLC |
| By: /s/ Marisol Treviño | By: /s/ Gregory Hale |
| Name: Marisol Treviño | Name: Gregory Hale |
| Title: President | Title: Managing Member |`,
    truth: {
      title: "Master Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Lone Star Polymer Components, Inc.", "Brazos Valley Fabrication LLC"],
      governingLaw: "Texas",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v24-commercial-scotland-facilities-minute",
    format: "docx",
    storedPageCount: 2,
    source: `# FACILITIES MANAGEMENT SERVICES AGREEMENT
MINUTE OF AGREEMENT
between
CLYDEVIEW HOUSING ASSOCIATION LIMITED, a registered society under the Co-operative and Community Benefit Societies Act 2014 (Registered Number 2041R(S)) and having its Registered Office at 40 Dumbarton Road, Glasgow G11 6PE (the “Client”)
and
CALEDONIAN PROPERTY CARE LLP, a limited liability partnership incorporated in Scotland (Registered Number SO305412) and having its registered office at 9 Melville Street, Edinburgh EH3 7PE (the “Contractor”)
CONSIDERING THAT the Client wishes to appoint the Contractor to provide planned and reactive maintenance services to its housing stock and the Contractor has agreed to provide those services, the parties HAVE AGREED and DO HEREBY AGREE as follows:
# 1. Definitions
1.1 “Commencement Date” means 1 May 2026.
1.2 “Contract Period” means the period from 1 May 2026 to 30 April 2028, subject to earlier termination in accordance with Clause 9.
1.3 “Services” means the services described in Part 1 of the Schedule.
# 2. Appointment and Duration
2.1 The Client appoints the Contractor to provide the Services for the Contract Period with effect from the Commencement Date.
2.2 The Client may, by giving written notice to the Contractor not less than three months before the end of the Contract Period, extend the Contract Period once by a further twelve months. Failing such notice, this Agreement shall expire at the end of the Contract Period.
# 3. Charges
3.1 The Client shall pay the Contractor the charges set out in Part 2 of the Schedule, monthly in arrears, within 30 days of receipt of a valid VAT invoice.
# 4. Staff Transfer
4.1 The parties acknowledge that the Transfer of Undertakings (Protection of Employment) Regulations 2006 may apply on the Commencement Date and on the expiry of the Contract Period.
# 9. Termination
9.1 Either party may terminate this Agreement by giving not less than six months’ written notice to the other party.
9.2 The Contractor shall not, for a period of six months after termination, solicit any employee of the Client engaged in the management of the Services.
# 12. Governing Law
12.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the exclusive jurisdiction of the Scottish Courts.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows:
Subscribed for and on behalf of CLYDEVIEW HOUSING ASSOCIATION LIMITED at Glasgow on 14 April 2026 by Fiona MacLeod, Chief Executive, before this witness: Alan Reid, 3 Byres Road, Glasgow
Subscribed for and on behalf of CALEDONIAN PROPERTY CARE LLP at Edinburgh on 16 April 2026 by Euan Stewart, Designated Member, before this witness: Kirsty Baird, 18 Leith Walk, Edinburgh
This is the Schedule referred to in the foregoing Minute of Agreement between Clydeview Housing Association Limited and Caledonian Property Care LLP
# Part 1 – Services
Planned maintenance, reactive repairs (emergency attendance within 4 hours), gas safety inspections and void property works.
# Part 2 – Charges
| Service | Charge |
| Planned maintenance | £18,400 per month |
| Reactive repairs | Schedule of rates |`,
    truth: {
      title: "Facilities Management Services Agreement",
      documentType: "Services agreement",
      parties: ["Clydeview Housing Association Limited", "Caledonian Property Care LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-04-30",
      term: "24 months",
    },
  },
  {
    id: "v24-commercial-india-sales-agency",
    format: "txt",
    source: `# SALES AGENCY AGREEMENT
THIS SALES AGENCY AGREEMENT is made at Mumbai on this fifth day of January, Two Thousand and Twenty-Six
BETWEEN
KAVERI SPICE EXPORTS PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having CIN U15491MH2011PTC219874 and its registered office at 3rd Floor, Raheja Chambers, Nariman Point, Mumbai 400 021 (hereinafter referred to as the "Principal", which expression shall unless repugnant to the context or meaning thereof include its successors and permitted assigns) of the ONE PART;
AND
MR. ROHAN MEHTA, son of Shri Anil Mehta, aged about 41 years, residing at Flat 702, Sea Breeze Apartments, Carter Road, Bandra (West), Mumbai 400 050 (hereinafter referred to as the "Agent", which expression shall unless repugnant to the context include his heirs, executors and administrators) of the OTHER PART.
WHEREAS the Principal is engaged in the processing and export of whole and ground spices, and the Agent, pursuant to the Principal's letter of intent dated 18 November 2025, has represented that he has wide contacts among hotel and catering buyers in the State of Goa and the Konkan region (the "Territory");
NOW THIS AGREEMENT WITNESSETH AND IT IS HEREBY AGREED BY AND BETWEEN THE PARTIES AS FOLLOWS:
1. APPOINTMENT: The Principal hereby appoints the Agent as its non-exclusive commission agent to canvass and procure orders for the Products in the Territory. The Agent shall have no authority to conclude contracts or accept payment on behalf of the Principal.
2. COMMISSION: The Principal shall pay the Agent a commission of five per cent (5%) of the net invoice value of orders procured by the Agent and paid for by customers, within thirty (30) days of the end of each calendar quarter, subject to deduction of tax at source as applicable.
3. DURATION: This Agreement shall come into force on the date first written above and shall continue in force until terminated by either party in accordance with Clause 9.
4. RESTRICTIVE COVENANT: During the continuance of this Agreement and for a period of twelve (12) months after its termination, the Agent shall not act as agent for any competing spice exporter in the Territory.
5. CONFIDENTIALITY: The Agent shall keep confidential the Principal's price lists, customer lists and business information, during and after the term of this Agreement.
9. TERMINATION: Either party may terminate this Agreement by giving to the other not less than ninety (90) days' notice in writing. The Principal may terminate forthwith if the Agent commits a breach of Clause 4 or Clause 5.
10. GOVERNING LAW AND JURISDICTION: This Agreement shall be governed by and construed in accordance with the laws of India, and the courts at Mumbai alone shall have jurisdiction.
11. ARBITRATION: Any dispute shall be referred to a sole arbitrator under the Arbitration and Conciliation Act, 1996, the seat of arbitration being Mumbai.
IN WITNESS WHEREOF the parties hereto have set their hands on the day, month and year first hereinabove written.
SIGNED AND DELIVERED for and on behalf of KAVERI SPICE EXPORTS PRIVATE LIMITED by Mr. Suresh Nair, Director, pursuant to a board resolution dated 22 December 2025
SIGNED AND DELIVERED by the within-named Agent MR. ROHAN MEHTA
In the presence of: 1. Pooja Desai, Andheri (East), Mumbai 2. Vikram Joshi, Dadar, Mumbai`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Kaveri Spice Exports Private Limited", "Rohan Mehta"],
      governingLaw: "India",
      effectiveDate: "2026-01-05",
      term: "Until terminated",
    },
  },
  {
    id: "v24-commercial-hongkong-nda-letter",
    format: "pdf",
    pdfMargin: 84,
    source: `HARBOURLINE CAPITAL PARTNERS LIMITED
28/F, One Island East, 18 Westlands Road, Quarry Bay, Hong Kong
Tel: +852 3618 2200
12 June 2026
Private & Confidential
The Board of Directors
Jade Orchid Holdings Limited
Unit 1502, 15/F, Tower 2, Admiralty Centre, 18 Harcourt Road, Admiralty, Hong Kong
Our ref: HCP/PL/0612 – Project Lantern
Dear Sirs,
# Confidentiality Agreement
We refer to our meeting on 2 June 2026 and to your letter of 5 June 2026 concerning a possible investment by us in Jade Orchid Holdings Limited and its subsidiaries (together, the “Group”) (the “Proposed Transaction”).
In consideration of your making Confidential Information available to us, we agree with you on the terms of this letter.
1. “Confidential Information” means all information relating to the Group which is disclosed to us or our Representatives, whether before or after the date of this letter, in connection with the Proposed Transaction, but excludes information which is or becomes public other than through our breach.
2. We shall keep the Confidential Information strictly confidential and use it only for the purpose of evaluating, negotiating and completing the Proposed Transaction.
3. We may disclose Confidential Information to our directors, employees and professional advisers (“Representatives”) who need to know it, provided we procure that they observe the terms of this letter.
4. Within ten (10) Business Days of your written request we shall return or destroy all documents containing Confidential Information.
5. For a period of twelve (12) months from the date of this letter we shall not, without your prior written consent, solicit or employ any senior employee of the Group with whom we have had contact in connection with the Proposed Transaction.
6. This letter shall remain in force for a period of two (2) years from the date of this letter, after which our obligations under it shall cease.
7. This letter and any non-contractual obligations arising out of or in connection with it shall be governed by the laws of the Hong Kong Special Administrative Region, and the courts of Hong Kong shall have exclusive jurisdiction.
Please confirm your agreement by signing and returning the enclosed copy of this letter.
Yours faithfully,
For and on behalf of Harbourline Capital Partners Limited
Michelle Kwok
Managing Director
We acknowledge and agree to the terms of this letter.
For and on behalf of Jade Orchid Holdings Limited
Name: Leung Ka Wai
Title: Chairman
Date: 19 June 2026`,
    truth: {
      title: "Confidentiality Agreement",
      documentType: "NDA",
      parties: ["Harbourline Capital Partners Limited", "Jade Orchid Holdings Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-06-12",
      expiryDate: "2028-06-12",
      term: "2 years",
    },
  },
  {
    id: "v24-commercial-ireland-deed-of-variation",
    format: "docx",
    source: `# DEED OF VARIATION
THIS DEED OF VARIATION is made on the 2nd day of February 2026
BETWEEN:
(1) SLÁINTE NUTRITION DAC, a designated activity company incorporated in Ireland (registered number 612784) having its registered office at Unit 4, Ballycoolin Business Park, Dublin 15, D15 X2P9 (the “Principal”); and
(2) ATLANTIC WELLNESS DISTRIBUTION LIMITED, a private company limited by shares incorporated in Ireland (registered number 498201) having its registered office at 7 Dock Road, Galway, H91 K2W3 (the “Distributor”).
# RECITALS
(A) The Principal and the Distributor are parties to an agreement entitled “Exclusive Distribution Agreement” dated 15 March 2023 (the “Distribution Agreement”), under which the Principal appointed the Distributor as its exclusive distributor of the Products in Connacht and Munster for an initial term of five (5) years from 15 March 2023.
(B) The parties wish to vary the Distribution Agreement on the terms of this Deed.
# IT IS AGREED as follows:
1. Interpretation. Capitalised terms not defined in this Deed have the meanings given to them in the Distribution Agreement. “Variation Effective Date” means 1 March 2026.
2. Variations. With effect from the Variation Effective Date, the Distribution Agreement is varied as follows:
2.1 in clause 1.1, the definition of “Territory” is deleted and replaced with: “Territory” means the counties of Connacht, Munster and Leinster;
2.2 Schedule 2 (Minimum Purchase Targets) is deleted and replaced with the schedule set out in the Appendix to this Deed;
2.3 in clause 18.2, the words “three (3) months’” are deleted and replaced with “six (6) months’”.
3. Continuation. Save as varied by this Deed, the Distribution Agreement shall continue in full force and effect, and the Distribution Agreement and this Deed shall be read and construed as one instrument.
4. Costs. Each party shall bear its own costs in connection with the negotiation and execution of this Deed.
5. Governing Law. This Deed and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland, and the parties submit to the exclusive jurisdiction of the courts of Ireland.
===
IN WITNESS whereof this Deed has been entered into and delivered as a deed on the date first written above.
PRESENT when the common seal of SLÁINTE NUTRITION DAC was affixed hereto: Director: Niamh Ó Briain; Director/Secretary: Declan Farrell
GIVEN under the common seal of ATLANTIC WELLNESS DISTRIBUTION LIMITED: Director: Colm Hanratty; Secretary: Aoife Kenny
# APPENDIX – MINIMUM PURCHASE TARGETS
| Contract Year | Minimum Purchases (EUR) |
| Year ending 14 March 2027 | 1,250,000 |
| Year ending 14 March 2028 | 1,400,000 |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Sláinte Nutrition DAC", "Atlantic Wellness Distribution Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-03-01",
      amends: "Exclusive Distribution Agreement",
    },
  },
  {
    id: "v24-commercial-nz-managed-it-services",
    format: "txt",
    source: `# MANAGED IT SERVICES AGREEMENT
# Key Details
| Item | Details |
| Agreement Date | 16 June 2026 |
| Customer | Southern Lakes Community Trust Board, a charitable trust board incorporated under the Charitable Trusts Act 1957, of 21 Ardmore Street, Wānaka 9305 |
| Provider | Kōwhai Digital Limited (company number 8123456) of Level 3, 110 Customhouse Quay, Wellington 6011 |
| Start Date | 1 July 2026 |
| Initial Term | 36 months starting on the Start Date |
| Renewal | At the end of the Initial Term this Agreement renews automatically for further periods of 12 months each, unless either party gives at least 60 days' notice before the end of the then-current term |
| Charges | $4,850 per month plus GST, invoiced monthly in advance and payable by the 20th of the month following invoice |
| Governing Law | New Zealand |
The Customer and the Provider agree to the Key Details above and the General Terms below.
# General Terms
1. Commencement. This Agreement commences on the Start Date and continues for the Initial Term and any renewal period, unless terminated earlier under clause 8.
2. Services. The Provider will provide the helpdesk, device management, backup and security monitoring services described in Schedule 1 and meet the service levels in Schedule 2.
3. Service credits. If the Provider fails to meet a service level in any month, the Customer is entitled to the service credit set out in Schedule 2, which is its sole remedy for that failure.
4. Hardware. Hardware supplied by the Provider carries the manufacturer's warranty, usually 12 months from delivery, which the Provider will pass through to the Customer.
5. Customer data. The Customer owns its data. On expiry or termination the Provider will return Customer data in a standard format and will securely delete it within 90 days.
6. Privacy. Each party will comply with the Privacy Act 2020.
7. Liability. The Provider's total liability in any Contract Year is limited to the Charges paid in that year. The parties are in trade and agree that the Consumer Guarantees Act 1993 does not apply to this Agreement.
8. Termination. Either party may terminate this Agreement by notice if the other commits a material breach that is not remedied within 20 working days of notice.
9. Law. This Agreement is governed by New Zealand law and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
Signed for Southern Lakes Community Trust Board by Hemi Walker, Chairperson
Signed for Kōwhai Digital Limited by Sarah Lin, Director`,
    truth: {
      title: "Managed IT Services Agreement",
      documentType: "Services agreement",
      parties: ["Southern Lakes Community Trust Board", "Kōwhai Digital Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-07-01",
      expiryDate: "2029-06-30",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v24-commercial-difc-distribution-cover",
    format: "pdf",
    pageFooters: true,
    source: `# DISTRIBUTION AGREEMENT
Dated 10 September 2026
NORDVIK MARINE AS
and
GULF HORIZON TRADING LLC
Crestmoor Legal LLP, Level 7, Gate Village 3, Dubai International Financial Centre
===
THIS AGREEMENT is dated 10 September 2026
# PARTIES
(1) NORDVIK MARINE AS, a company incorporated in Norway (organisation number 918 442 617) whose registered office is at Strandkaien 14, 5013 Bergen, Norway (the Supplier); and
(2) GULF HORIZON TRADING LLC, a limited liability company registered in the Emirate of Dubai (commercial licence no. 774105) whose principal office is at Office 1204, Al Manara Tower, Business Bay, Dubai, United Arab Emirates (the Distributor).
# BACKGROUND
The Supplier manufactures marine navigation and sonar equipment and wishes to appoint the Distributor to distribute those products in the Territory, and the Distributor wishes to accept that appointment.
# 1. Definitions
Commencement Date: 1 October 2026.
Contract Year: each period of twelve months beginning on the Commencement Date or an anniversary of it.
Initial Period: the period of five years from the Commencement Date.
Territory: the United Arab Emirates, the Sultanate of Oman and the Kingdom of Bahrain.
# 2. Appointment
2.1 The Supplier appoints the Distributor as its exclusive distributor of the Products in the Territory, and the Distributor shall not actively seek customers for the Products outside the Territory.
2.2 The Distributor shall purchase not less than the Minimum Purchase Target for each Contract Year set out in Schedule 1.
# 3. Orders and Payment
3.1 The Distributor shall pay each invoice in US dollars within 60 days of the date of invoice. Risk passes on delivery DAP Jebel Ali.
3.2 The Supplier warrants that the Products will be free from material defects for 24 months from delivery.
# 4. Duration
4.1 This agreement shall take effect on the Commencement Date and, unless terminated earlier in accordance with clause 9, shall continue for the Initial Period and then expire.
4.2 The parties may agree in writing, not later than six months before the end of the Initial Period, to renew this agreement for a further period of three years on terms then agreed.
# 8. Non-competition
8.1 During this agreement and for one year after it ends, the Distributor shall not manufacture or distribute in the Territory any goods that compete with the Products.
# 9. Termination
9.1 Either party may terminate this agreement with immediate effect by written notice if the other party commits a material breach which is not remedied within 30 days of notice. On termination the Supplier may repurchase the Distributor's stock of Products within 90 days.
# 14. Governing law and jurisdiction
14.1 This agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by the laws of the Dubai International Financial Centre, and the Courts of the Dubai International Financial Centre shall have exclusive jurisdiction.
This agreement has been entered into on the date stated at the beginning of it.
| Signed by Henrik Solberg, CEO, for and on behalf of NORDVIK MARINE AS | Signed by Faisal Al Suwaidi, General Manager, for and on behalf of GULF HORIZON TRADING LLC |`,
    truth: {
      title: "Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Nordvik Marine AS", "Gulf Horizon Trading LLC"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-10-01",
      expiryDate: "2031-10-01",
      term: "5 years",
    },
  },
  {
    id: "v24-commercial-ontario-mutual-nda-signature-parties",
    format: "docx",
    storedPageCount: 2,
    source: `# MUTUAL NON-DISCLOSURE AGREEMENT
This Mutual Non-Disclosure Agreement (this “Agreement”) is effective as of November 2, 2026 (the “Effective Date”) and is entered into by the parties identified in the signature blocks at the end of this Agreement (each, a “Party”, and together, the “Parties”).
The Parties wish to exchange information for the purpose of evaluating a possible joint pilot of grid-scale battery storage controlled by robotic maintenance systems (the “Purpose”).
1. Confidential Information. “Confidential Information” means all non-public information disclosed by a Party (the “Discloser”) to the other Party (the “Recipient”), in any form, that is marked confidential or that a reasonable person would understand to be confidential.
2. Obligations. The Recipient shall (a) use Confidential Information only for the Purpose; (b) disclose it only to its employees, officers and advisors who need to know it and are bound by obligations no less protective than this Agreement; and (c) protect it with at least reasonable care.
3. Exclusions. The obligations in Section 2 do not apply to information that is or becomes publicly available without breach, was known to the Recipient before disclosure, is independently developed, or is rightfully received from a third party.
4. Compelled Disclosure. The Recipient may disclose Confidential Information if required by law, provided it gives the Discloser prompt notice (where lawful) so that the Discloser may seek a protective order.
5. Term. This Agreement will remain in effect for a period of two (2) years commencing on the Effective Date. Either Party may end the exchange of information earlier on thirty (30) days’ written notice.
6. Survival. The Recipient’s obligations in respect of Confidential Information disclosed during the term survive for five (5) years after the expiry or termination of this Agreement, and for trade secrets for so long as they remain trade secrets.
7. Non-Solicitation. For twelve (12) months after the Effective Date, neither Party shall solicit for employment any employee of the other Party with whom it had contact in connection with the Purpose.
8. Return of Materials. Within fifteen (15) days of a written request, the Recipient shall return or destroy the Discloser’s Confidential Information.
9. No Licence. Nothing in this Agreement grants any licence or right in any patent, copyright or other intellectual property of either Party.
10. Governing Law. This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein, and the Parties attorn to the exclusive jurisdiction of the courts of Ontario sitting in Toronto.
11. Counterparts. This Agreement may be executed in counterparts and delivered electronically.
===
IN WITNESS WHEREOF the Parties have executed this Agreement as of the Effective Date.
MAPLEGRID ENERGY INC.
Address: 155 Wellington Street West, Suite 2200, Toronto, Ontario M5V 3H1
Per: ______________________
Name: Daniel Okafor
Title: Chief Executive Officer
Date: November 2, 2026
I have authority to bind the corporation.
LAKESHORE ROBOTICS CORP.
Address: 5800 Explorer Drive, Mississauga, Ontario L4W 5K9
Per: ______________________
Name: Priya Raman
Title: Vice President, Business Development
Date: November 4, 2026
I have authority to bind the corporation.`,
    truth: {
      title: "Mutual Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["MapleGrid Energy Inc.", "Lakeshore Robotics Corp."],
      governingLaw: "Ontario",
      effectiveDate: "2026-11-02",
      expiryDate: "2028-11-01",
      term: "2 years",
    },
  },
];
