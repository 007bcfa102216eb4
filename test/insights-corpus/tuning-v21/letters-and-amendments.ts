import type { UnseenDocument } from "../unseen/types";

/** Tuning set v21: letters and amendments (side, comfort, consent, engagement and offer letters; amendments, addenda, deeds of variation). */
export const LETTERS_AND_AMENDMENTS_V21: UnseenDocument[] = [
  {
    id: "v21-letters-and-amendments-deed-of-variation-lease",
    format: "pdf",
    pageFooters: true,
    source: `DATED 17 February 2026
(1) HARTWELL & SONS (PROPERTIES) LIMITED
(2) QUILLON BAKERY LTD
# DEED OF VARIATION
relating to a lease of Unit 7, Cooper's Yard, Ashby Road, Loughborough LE11 3TU
Pemberton Lyle LLP, Solicitors, 4 Market Place, Leicester LE1 5GD (Ref: JKP/HAR/0419)
===
THIS DEED is dated 17 February 2026
# PARTIES
(1) HARTWELL & SONS (PROPERTIES) LIMITED incorporated and registered in England and Wales with company number 04417729 whose registered office is at 22 Bridge Street, Derby DE1 3LA (the "Landlord"); and
(2) QUILLON BAKERY LTD incorporated and registered in England and Wales with company number 11872304 whose registered office is at Unit 7, Cooper's Yard, Ashby Road, Loughborough LE11 3TU (the "Tenant").
# BACKGROUND
(A) By a lease dated 29 September 2016 made between Ashby Road Estates Limited (1), the Tenant (2) and Daniel Quillon (3) (the "Lease"), the premises known as Unit 7, Cooper's Yard, Ashby Road, Loughborough were let to the Tenant for a term of fifteen years from and including 29 September 2016.
(B) The reversion immediately expectant on the Lease is now vested in the Landlord, which is registered as proprietor at HM Land Registry under title number LT448812. Ashby Road Estates Limited has no continuing interest in the Lease.
(C) Daniel Quillon, the guarantor named in the Lease, was released from his guarantee by a deed of release dated 3 May 2021 and is not a party to this deed.
(D) The Landlord and the Tenant have agreed to vary the Lease on the terms of this deed.
# AGREED TERMS
1. In this deed, words defined in the Lease have the same meaning, and "Variation Date" means 25 March 2026.
2. With effect from and including the Variation Date the Lease is varied as follows:
2.1 in clause 1.1 the definition of "Permitted Use" is deleted and replaced with "use as a bakery with ancillary café and retail sales within Class E of the Town and Country Planning (Use Classes) Order 1987";
2.2 the yearly rent reserved by clause 3.1 shall be £38,500 (exclusive of VAT), payable by equal quarterly instalments in advance on the usual quarter days; and
2.3 in clause 9 (Tenant's break clause) the Break Date is changed from 29 September 2026 to 29 September 2027, and the Tenant must give the Landlord not less than six months' prior written notice to exercise that right.
3. Save as varied by this deed, the Lease shall remain in full force and effect, and the Lease and this deed shall be read and construed as one document.
4. The Tenant shall pay the Landlord's reasonable legal costs of this deed within 14 days of written demand.
5. This deed and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
6. This document is executed as a deed and is delivered and takes effect on the date stated at the beginning of it.
===
Executed as a deed by HARTWELL & SONS (PROPERTIES) LIMITED acting by Margaret Ellen Hartwell, a director, in the presence of:
Witness signature: ........................ Name: Priya Chandran Address: 9 Hollis Close, Derby DE22 1QT Occupation: Chartered Surveyor
Executed as a deed by QUILLON BAKERY LTD acting by two directors:
Director: ........................ Sophie Quillon
Director: ........................ Tomasz Nowak`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Hartwell & Sons (Properties) Limited", "Quillon Bakery Ltd"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-25",
      amends: "Lease",
    },
  },
  {
    id: "v21-letters-and-amendments-offer-of-employment-dublin",
    format: "docx",
    storedPageCount: 2,
    source: `Ceardlann Software Teoranta
Block C, Eastpoint Business Park, Dublin 3, D03 K2W6 · Registered in Ireland No. 612884
Private & Confidential
Ms Aoife Ní Bhriain
14 Ard na Gréine, Ballincollig, Co. Cork P31 XY82
11 May 2026
# Offer of Employment
Dear Aoife,
Following your interviews with us, and your introduction by Talentbridge Recruitment Limited (who are paid by the Company and to whom no fee is payable by you), we are delighted to offer you employment with Ceardlann Software Teoranta (the “Company”) on the terms set out below and in the Company's Employee Handbook.
| Position | Senior Data Engineer |
| Reporting to | Eoin Gallagher, Head of Platform |
| Start date | Monday, 1 June 2026 (the “Commencement Date”) |
| Type of contract | Fixed-term contract for a period of eighteen (18) months commencing on the Commencement Date |
| Place of work | Our Dublin office, with hybrid working of up to two days per week from home |
| Salary | €86,000 gross per annum, paid monthly in arrears by credit transfer on or about the 25th of each month |
| Probation | Six (6) months from the Commencement Date, which may be extended by up to two months |
| Annual leave | 23 working days per leave year in addition to public holidays |
| Notice | One week during probation; one month by either party after probation |
Your fixed-term contract will end on the expiry of the period stated above unless before then it is renewed or extended by written agreement signed by both you and the Company. The Unfair Dismissals Acts 1977 to 2015 shall not apply to a dismissal consisting only of the expiry of the fixed term.
For six (6) months after your employment ends you must not solicit any customer of the Company with whom you dealt in the last twelve months of your employment. Your duty of confidentiality continues after your employment ends without limit in time.
This offer is conditional on satisfactory references and on your providing evidence of your right to work in Ireland. It lapses if we have not received your signed acceptance by 22 May 2026.
This offer and your contract of employment are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
We look forward to welcoming you to the team.
Yours sincerely,
Gráinne Byrne
HR Director, for and on behalf of Ceardlann Software Teoranta
===
# Acceptance
I, Aoife Ní Bhriain, accept the offer of employment on the terms of this letter and the Employee Handbook.
Signed: ..............................
Date: 18 May 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Ceardlann Software Teoranta", "Aoife Ní Bhriain"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-11-30",
      term: "18 months",
    },
  },
  {
    id: "v21-letters-and-amendments-fund-side-letter",
    format: "pdf",
    pdfMargin: 84,
    source: `HALYARD CAPITAL FUND III, L.P.
c/o Halyard Capital GP III, LLC, One Vanderbilt Avenue, 52nd Floor, New York, NY 10017
March 3, 2026
Sorrel Bay Teachers' Retirement System
200 Capitol Mall, Suite 900
Sacramento, CA 95814
Attention: Mr. Luis Ortega, Chief Investment Officer
# Side Letter
Ladies and Gentlemen:
Reference is made to the Amended and Restated Agreement of Limited Partnership of Halyard Capital Fund III, L.P. (the "Partnership"), dated as of October 15, 2025 (the "Partnership Agreement"), among Halyard Capital GP III, LLC, as general partner (the "General Partner"), and the limited partners party thereto. Capitalized terms used but not defined in this letter have the meanings given in the Partnership Agreement.
In consideration of the subscription by Sorrel Bay Teachers' Retirement System (the "Investor") for a Capital Commitment of $75,000,000, the Partnership agrees with the Investor as follows:
1. Management Fee. During the Investment Period, which under Section 4.2 of the Partnership Agreement is the period of five (5) years from the Initial Closing Date, the Management Fee payable in respect of the Investor's Capital Commitment shall be calculated at the annual rate of 1.50% instead of 1.75%.
2. Most Favored Nation. Within thirty (30) days after the Final Closing Date, the Partnership will provide the Investor with copies of all side letters entered into with other Limited Partners, and the Investor may elect to receive the benefit of any provision granted to a Limited Partner whose Capital Commitment is equal to or less than the Investor's.
3. Public Records. The Partnership acknowledges that the Investor is subject to the California Public Records Act and that disclosure of information required by that Act shall not breach Section 11.3 (Confidentiality) of the Partnership Agreement.
4. Placement Fees. The Partnership confirms that no placement fee in respect of the Investor's Capital Commitment is payable by the Investor to Brightline Placement Partners LLC or any other placement agent.
5. Conflict. If this letter conflicts with the Partnership Agreement or the Investor's Subscription Agreement, this letter prevails as between the Partnership and the Investor.
6. Governing Law. Although the Partnership Agreement is governed by the laws of the State of Delaware, this letter agreement shall be governed by and construed in accordance with the laws of the State of California.
7. Counterparts. This letter may be executed in counterparts and delivered by electronic transmission.
Very truly yours,
HALYARD CAPITAL FUND III, L.P.
By: Halyard Capital GP III, LLC, its general partner
By: ______________________ Name: Eleanor V. Kwan Title: Managing Member
Accepted and agreed as of the date first written above:
SORREL BAY TEACHERS' RETIREMENT SYSTEM
By: ______________________ Name: Luis Ortega Title: Chief Investment Officer Date signed: March 9, 2026`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Halyard Capital Fund III, L.P.", "Sorrel Bay Teachers' Retirement System"],
      governingLaw: "California",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v21-letters-and-amendments-comfort-letter-singapore",
    format: "txt",
    source: `TEMBUSU HOLDINGS PTE. LTD.
(Company Registration No. 200915532K)
80 Robinson Road, #17-02, Singapore 068898
12 January 2026
United Straits Bank Limited
Corporate Banking Group
1 Raffles Quay, #28-01 North Tower, Singapore 048583
Attention: Ms Lim Hui Min, Senior Relationship Manager
Dear Sirs
# Letter of Comfort
We refer to the facility letter dated 5 January 2026 (the "Facility Letter") issued by you to our wholly-owned subsidiary, Tembusu Cold Chain Logistics Pte. Ltd. (the "Borrower"), under which you have agreed to make available to the Borrower a term loan facility of up to S$12,000,000 for a tenor of thirty-six (36) months from the date of first drawdown, repayable in twelve quarterly instalments.
In consideration of your making the facility available to the Borrower, we confirm that:
1. we are aware of, and our board of directors has approved, the Borrower's acceptance of the Facility Letter;
2. it is our present intention to retain, directly or indirectly, the entire issued share capital of the Borrower for so long as any amount remains outstanding under the Facility Letter;
3. it is our policy to ensure that the Borrower is managed in such a way that it is at all times in a position to meet its liabilities as they fall due; and
4. we will give you not less than thirty (30) days' prior written notice of any proposed disposal of shares in the Borrower.
This letter is not, and shall not be construed as, a guarantee, indemnity or other undertaking to pay any sum owed by the Borrower, and save for paragraph 4 it is not intended to create legally binding obligations on us.
This letter is governed by the laws of Singapore and we submit to the non-exclusive jurisdiction of the courts of Singapore.
Yours faithfully
For and on behalf of
TEMBUSU HOLDINGS PTE. LTD.
Tan Wei Jie, Director
Koh Siew Ling, Director
cc: Tembusu Cold Chain Logistics Pte. Ltd.; Rajah Loh & Partners LLP (solicitors to the Borrower)`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Tembusu Holdings Pte. Ltd.", "United Straits Bank Limited"],
      governingLaw: "Singapore",
      effectiveDate: "2026-01-12",
    },
  },
  {
    id: "v21-letters-and-amendments-engagement-letter-edinburgh",
    format: "pdf",
    pageFooters: true,
    source: `MacAskill Drummond LLP
Solicitors & Notaries · 14 Rutland Square, Edinburgh EH1 2BB · DX ED27 Edinburgh
The Directors
Glenbrae Distillers Limited
Glenbrae Distillery, Aberlour, Banffshire AB38 9QR
Our ref: FMC/GLE/00213-4
Your ref: RS/acq
6 February 2026
Dear Ruaridh
# Letter of Engagement
Thank you for your instructions at our meeting on 28 January 2026. This letter, which replaces our letter of 30 January 2026, confirms the basis on which we will act for Glenbrae Distillers Limited ("you") in the proposed acquisition of the entire issued share capital of Strathloch Bottling Company Limited from Alasdair Strachan and Morag Strachan (the "Sellers").
1. Scope. We will carry out legal due diligence, negotiate the share purchase agreement and disclosure letter, and attend to completion. We will not advise on tax structuring, property title outwith Scotland or the financing of the acquisition.
2. Our client. Our client is Glenbrae Distillers Limited only. We are not acting for your parent company, Glenbrae Spirits Group Limited, or for your lender, Caledonian Merchant Bank plc, each of which should take its own advice.
3. People. Fiona MacAskill, Partner, will have overall responsibility for the matter, assisted by Callum Reid, Senior Associate. Financial due diligence will be carried out by Lindsay Forbes & Co, Chartered Accountants, whom you are instructing directly.
4. Fees. We estimate our fees at £48,000 to £55,000 plus VAT and outlays. We will invoice monthly and our invoices are payable within 21 days of issue.
5. Identification. We are required by the Money Laundering, Terrorist Financing and Transfer of Funds Regulations 2017 to verify your identity and that of your beneficial owners before we begin work.
6. Files. We will keep our file for ten years after the matter closes, after which it may be destroyed without further reference to you.
7. Complaints. If you are unhappy with our service, please contact our Client Relations Partner. You may also be able to refer a complaint to the Scottish Legal Complaints Commission.
8. Terms of Business. Our Standard Terms of Business (version dated 1 September 2025) are enclosed and apply to this engagement. If they conflict with this letter, this letter prevails.
9. Law. This letter and our Terms of Business are governed by Scots law, and the Scottish courts have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours sincerely
Fiona MacAskill
Partner, for and on behalf of MacAskill Drummond LLP
===
# Acceptance
We, Glenbrae Distillers Limited, accept the terms of this letter and the enclosed Terms of Business.
Signed: ........................ Ruaridh Sinclair, Director
Date: 10 February 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["MacAskill Drummond LLP", "Glenbrae Distillers Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-06",
    },
  },
  {
    id: "v21-letters-and-amendments-second-amendment-msa-texas",
    format: "docx",
    source: `# SECOND AMENDMENT TO MASTER SERVICES AGREEMENT
This Second Amendment to Master Services Agreement (this “Amendment”) is made and entered into as of the 3rd day of March, 2026 (the “Amendment Effective Date”), by and between LONE STAR FULFILLMENT SERVICES, LLC, a Texas limited liability company (“Provider”), and BRAMBLE & FINCH OUTDOOR CO., a Colorado corporation (“Client”).
# RECITALS
A. Provider and Client are parties to that certain Master Services Agreement dated as of June 1, 2022 (as amended by that certain First Amendment dated as of August 15, 2023, the “Agreement”), under which Provider provides warehousing, pick-and-pack and returns processing services to Client.
B. Under Section 3.1 of the Agreement, the Agreement has an Initial Term of thirty-six (36) months from June 1, 2022 and automatically renews for successive Renewal Terms of one (1) year each unless either party gives at least ninety (90) days’ written notice of non-renewal.
C. Bramble & Finch Holdings, Inc., Client’s parent company, guaranteed Client’s payment obligations under a Guaranty dated June 1, 2022, which remains in effect and is not amended by this Amendment.
D. The parties wish to amend the Agreement to add a second fulfillment facility and to revise the fees, as set forth below.
# AGREEMENT
NOW, THEREFORE, for good and valuable consideration, the receipt and sufficiency of which are acknowledged, the parties agree as follows:
1. Definitions. Capitalized terms used but not defined in this Amendment have the meanings given to them in the Agreement.
2. Additional Facility. Effective as of the Amendment Effective Date, Exhibit A (Facilities) to the Agreement is amended by adding: “Facility 2: 4400 Railhead Drive, Building C, Fort Worth, Texas 76106.”
3. Fees. Exhibit B (Fees) to the Agreement is deleted in its entirety and replaced with the Exhibit B attached to this Amendment. The revised fees apply to invoices issued on or after April 1, 2026. The payment terms of net forty-five (45) days in Section 6.2 of the Agreement are unchanged.
4. Minimum Volume. Section 5.4 of the Agreement is amended so that, during the period from April 1, 2026 through September 30, 2026 (the “Ramp Period”), the minimum monthly order volume is 18,000 orders instead of 25,000 orders.
5. No Other Changes. Except as expressly amended by this Amendment, the Agreement remains unmodified and in full force and effect. Nothing in this Amendment extends or otherwise changes the Term of the Agreement.
6. Governing Law. This Amendment shall be governed by and construed in accordance with the laws of the State of Texas, without regard to its conflict of laws principles.
7. Counterparts. This Amendment may be executed in counterparts, including by electronic signature, each of which is an original and all of which together constitute one instrument.
===
IN WITNESS WHEREOF, the parties have executed this Amendment as of the Amendment Effective Date.
| LONE STAR FULFILLMENT SERVICES, LLC | BRAMBLE & FINCH OUTDOOR CO. |
| By: /s/ Dana R. Whitcombe | By: /s/ Marcus J. Ellery |
| Name: Dana R. Whitcombe | Name: Marcus J. Ellery |
| Title: Chief Operating Officer | Title: Vice President, Supply Chain |
===
# EXHIBIT B – FEES
| Service | Unit | Rate (USD) |
| Receiving | per pallet | 9.75 |
| Storage | per pallet per month | 18.50 |
| Pick and pack | per order (first item) | 2.35 |
| Returns processing | per return | 3.10 |`,
    truth: {
      title: "Second Amendment to Master Services Agreement",
      documentType: "Amendment",
      parties: ["Lone Star Fulfillment Services, LLC", "Bramble & Finch Outdoor Co."],
      governingLaw: "Texas",
      effectiveDate: "2026-03-03",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v21-letters-and-amendments-addendum-distribution-nz",
    format: "pdf",
    source: `# ADDENDUM No. 2 TO DISTRIBUTION AGREEMENT
# Key Details
| Item | Details |
| Date of this Addendum | 9 April 2026 |
| Supplier | Kōwhai Orchards (2019) Limited (NZ company number 7123456), 212 Te Mata Road, Havelock North 4130, New Zealand |
| Distributor | Tasman & Pacific Produce Pty Ltd (ACN 614 227 903), Unit 3, 18 Produce Drive, Flemington NSW 2129, Australia |
| Agreement | Distribution Agreement dated 1 July 2023 between the Supplier and the Distributor, as varied by Addendum No. 1 dated 14 March 2024 |
| Trial Period | From 1 May 2026 to 30 April 2027 (both dates inclusive) |
| Additional Territory | Queensland and the Northern Territory |
| Additional Products | Freeze-dried feijoa and kiwifruit snacks sold under the "Kōwhai Crunch" brand |
| Minimum Order | Four 40ft reefer containers per calendar quarter |
# Terms
1. Background. The Agreement appoints the Distributor as exclusive distributor of the Products in New South Wales and Victoria for an initial term of five (5) years from 1 July 2023, which the Distributor may renew by notice for a further three (3) years.
2. Commencement. This Addendum takes effect on 1 May 2026 (the "Addendum Commencement Date"). For the Trial Period, the Territory includes the Additional Territory on a non-exclusive basis and Schedule 1 (Products) includes the Additional Products.
3. Expiry. This Addendum expires at the end of the Trial Period, after which the Agreement applies as if this Addendum had not been made. The Trial Period may be extended only by written agreement signed by both parties.
4. Logistics. The Supplier will arrange shipping through its freight forwarder, Kiwi Reefer Forwarding NZ Limited, which is not a party to this Addendum or the Agreement.
5. Payment. Invoices for the Additional Products are payable within 60 days after the end of the month in which they are issued.
6. Stock. For 90 days after the Trial Period ends, the Distributor may sell any Additional Products it holds in the Additional Territory.
7. Agreement continues. Except as set out in this Addendum, the Agreement continues unchanged. If this Addendum conflicts with the Agreement, this Addendum prevails during the Trial Period.
8. Governing law. This Addendum is governed by the laws of New Zealand, and each party submits to the non-exclusive jurisdiction of the courts of New Zealand.
9. Counterparts. This Addendum may be signed in any number of counterparts, including electronically.
# Execution
| Signed for and on behalf of KŌWHAI ORCHARDS (2019) LIMITED by its director Hēmi Te Awa Walker, in the presence of: Ruth Angela McKenzie, Solicitor, Hastings | Signed by TASMAN & PACIFIC PRODUCE PTY LTD (ACN 614 227 903) in accordance with section 127 of the Corporations Act 2001 (Cth) by Georgios Papadakis (Director) and Mei-Ling Ho (Director/Company Secretary) |
| Signature: ........................ | Signature: ........................ |`,
    truth: {
      title: "Addendum No. 2 to Distribution Agreement",
      documentType: "Amendment",
      parties: ["Kōwhai Orchards (2019) Limited", "Tasman & Pacific Produce Pty Ltd"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-05-01",
      expiryDate: "2027-04-30",
      term: "12 months",
      amends: "Distribution Agreement",
    },
  },
  {
    id: "v21-letters-and-amendments-consent-to-sublease-toronto",
    format: "txt",
    source: `HALDEN PROPERTY MANAGEMENT LTD.
Suite 1200, 155 Wellington Street West, Toronto, Ontario M5V 3H1
April 14, 2026
DELIVERED BY EMAIL AND COURIER
Northfield Analytics Corp.
88 Front Street East, Suite 410
Toronto, Ontario M5E 1C3
Attention: Ms. Priya Raghunathan, Chief Financial Officer
# Consent to Sublease
Dear Ms. Raghunathan:
We write as property manager and agent for and on behalf of RAVENSWORTH ESTATES (ONTARIO) INC. (the "Landlord"), the landlord under the lease dated September 30, 2019 between the Landlord, as landlord, and Northfield Analytics Corp. (the "Tenant"), as tenant, of Suite 410, 88 Front Street East, Toronto (the "Premises") for a term of ten (10) years commencing on November 1, 2019 (the "Lease"). Halden Property Management Ltd. is not a party to the Lease or to this consent and gives no covenant in its own capacity.
We refer to your letter dated March 20, 2026 requesting the Landlord's consent to a sublease of approximately 2,150 square feet of the Premises to Ember & Ash Creative Inc. (the "Subtenant") for a term from June 1, 2026 to May 31, 2029, in the form of the draft sublease sent to us on April 2, 2026.
The Landlord consents to the proposed sublease on the following conditions:
1. The sublease is signed substantially in the form of the draft within sixty (60) days after the date of this letter, failing which this consent lapses.
2. The Tenant remains fully liable for all of its obligations under the Lease, and nothing in this consent releases the Tenant or any indemnifier.
3. The sublease term shall expire no later than one (1) day before the expiry of the term of the Lease.
4. The Tenant shall pay the Landlord's administration fee of $1,500 plus HST and its reasonable legal costs within thirty (30) days of invoice.
5. Fifty percent (50%) of any Profit Rent, as defined in Section 12.4 of the Lease, shall be paid to the Landlord monthly as Additional Rent.
6. This consent does not waive the requirement for the Landlord's consent to any further subletting or assignment.
This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in it.
Please confirm the Tenant's agreement to these conditions by signing and returning a copy of this letter.
Yours truly,
RAVENSWORTH ESTATES (ONTARIO) INC., by its agent HALDEN PROPERTY MANAGEMENT LTD.
Per: ______________________ Name: Gordon Makepeace, Senior Property Manager. I have authority to bind the Landlord.
ACKNOWLEDGED AND AGREED this 17th day of April, 2026.
NORTHFIELD ANALYTICS CORP.
Per: ______________________ Name: Priya Raghunathan, Chief Financial Officer
Per: ______________________ Name: Daniel Okafor, Chief Executive Officer
We have authority to bind the corporation.`,
    truth: {
      title: "Consent to Sublease",
      documentType: "Letter",
      parties: ["Ravensworth Estates (Ontario) Inc.", "Northfield Analytics Corp."],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-14",
    },
  },
];
