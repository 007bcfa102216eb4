import type { UnseenDocument } from "../unseen/types";

/** Held-back v24 property documents: leases, licences to occupy, a rent review, a surrender, a deed of covenant, a management agreement and a variation. */
export const PROPERTY_V24: UnseenDocument[] = [
  {
    id: "v24-property-georgia-retail-lease",
    format: "pdf",
    pageFooters: true,
    source: `# COMMERCIAL LEASE AGREEMENT
This Commercial Lease Agreement (this "Lease") is made and entered into as of the 3rd day of March, 2026, by and between PEACHTREE CORNERS RETAIL PARTNERS, LLC, a Georgia limited liability company ("Landlord"), and BLUE RIDGE PILATES STUDIO, INC., a Georgia corporation ("Tenant").
# ARTICLE 1 – BASIC LEASE PROVISIONS
| Premises | Suite 140, The Forum at Peachtree Corners, 5155 Peachtree Parkway, Peachtree Corners, Georgia 30092 |
| Rentable Area | Approximately 2,480 rentable square feet |
| Commencement Date | June 1, 2026 |
| Term | Sixty (60) months |
| Expiration Date | May 31, 2031 |
| Security Deposit | $9,300.00 |
| Permitted Use | Pilates and fitness studio and related retail sales |
| Guarantor | Dana M. Whitfield (under a separate Guaranty of Lease) |
# ARTICLE 2 – TERM
2.1 Term. The term of this Lease (the "Term") shall be sixty (60) months, commencing on the Commencement Date and expiring at 11:59 p.m. on the Expiration Date, unless sooner terminated as provided herein.
2.2 Option to Extend. Provided Tenant is not then in default, Tenant shall have one (1) option to extend the Term for a single additional period of five (5) years, exercisable only by written notice delivered to Landlord not less than nine (9) months nor more than twelve (12) months before the Expiration Date. Base Rent for the extension period shall be ninety-five percent (95%) of the then fair market rent.
2.3 Holding Over. Any holding over after the Expiration Date without Landlord's written consent shall be a tenancy at sufferance at one hundred fifty percent (150%) of the Base Rent last payable, and shall not renew or extend the Term.
===
# ARTICLE 3 – RENT
3.1 Base Rent. Tenant shall pay Base Rent in monthly installments in advance on the first day of each calendar month, without demand, deduction or offset, in accordance with the following schedule:
| Lease Months | Annual Base Rent | Monthly Installment |
| 1 – 12 | $74,400.00 | $6,200.00 |
| 13 – 24 | $76,632.00 | $6,386.00 |
| 25 – 36 | $78,930.96 | $6,577.58 |
| 37 – 48 | $81,298.89 | $6,774.91 |
| 49 – 60 | $83,737.86 | $6,978.16 |
3.2 Abatement. Provided Tenant is not in default, Base Rent for Lease Months 2 and 3 shall be abated.
3.3 Late Charge. Any installment not received within five (5) days after its due date shall bear a late charge of five percent (5%) of the overdue amount.
3.4 Security Deposit. Landlord shall return the Security Deposit, less any lawful deductions, within thirty (30) days after the expiration or earlier termination of this Lease.
# ARTICLE 4 – MISCELLANEOUS
4.1 Governing Law. This Lease shall be governed by and construed in accordance with the laws of the State of Georgia.
4.2 Notices. Either party may change its address for notices by not less than ten (10) days' written notice to the other.
4.3 Entire Agreement. This Lease, together with its exhibits, constitutes the entire agreement of the parties and supersedes the letter of intent dated January 16, 2026.
===
IN WITNESS WHEREOF, Landlord and Tenant have executed this Lease as of the date first written above.
LANDLORD: PEACHTREE CORNERS RETAIL PARTNERS, LLC
By: ______________________ Name: Marcus T. Hill Title: Manager
TENANT: BLUE RIDGE PILATES STUDIO, INC.
By: ______________________ Name: Dana M. Whitfield Title: President`,
    truth: {
      title: "Commercial Lease Agreement",
      documentType: "Lease",
      parties: ["Peachtree Corners Retail Partners, LLC", "Blue Ridge Pilates Studio, Inc."],
      governingLaw: "Georgia",
      effectiveDate: "2026-06-01",
      expiryDate: "2031-05-31",
      term: "60 months",
    },
  },
  {
    id: "v24-property-glasgow-kiosk-licence",
    format: "docx",
    storedPageCount: 2,
    source: `# MINUTE OF AGREEMENT FOR LICENCE TO OCCUPY
between
CLYDE HARBOUR ESTATES LIMITED, incorporated under the Companies Acts (Registered Number SC412873) and having its Registered Office at 40 Lancefield Quay, Glasgow G3 8JH (the “Licensor”)
and
THISTLE & BEAN COFFEE LTD, incorporated under the Companies Acts (Registered Number SC701552) and having its Registered Office at 9 Woodlands Road, Glasgow G3 6LL (the “Licensee”)
relating to Kiosk Unit 2, Pacific Quay Pavilion, Glasgow G51 1EA
CONSIDERING THAT the Licensor is heritable proprietor of the Pavilion and has agreed to permit the Licensee to occupy the Kiosk on the terms of this Minute of Agreement: NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. Definitions
In this Minute of Agreement: “Commencement Date” means 1 April 2026; “Licence Period” means the period from and including the Commencement Date to and including 31 March 2027; “Licence Fee” means £1,150 per calendar month exclusive of VAT; and “Kiosk” means Kiosk Unit 2 shown outlined in red on the plan annexed and signed as relative hereto.
2. Grant of Licence
The Licensor grants to the Licensee permission to occupy the Kiosk for the Licence Period for the sale of hot drinks and pre-packed food only, in common with the Licensor and all others authorised by it.
3. Licence Fee
The Licensee shall pay the Licence Fee monthly in advance on the first day of each month by direct debit. Any sum unpaid for fourteen (14) days after its due date shall bear interest at 4% above the Bank of England base rate.
4. Early Termination
The Licensee may terminate this licence on giving not less than one month's written notice. The Licensor may terminate this licence on giving not less than three months' written notice if it requires the Kiosk for redevelopment, or immediately on any material breach by the Licensee.
5. No Lease
The parties agree that this Minute of Agreement constitutes a personal licence only and does not create a lease. The Licensee has no exclusive possession. Continued occupation after the end of the Licence Period shall not renew or extend this licence, and tacit relocation shall not operate.
===
6. Deposit
The Licensee has paid a deposit of £2,300, which the Licensor shall repay, less any sums due, within twenty-one (21) days after the licence ends.
7. Law and Jurisdiction
This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
8. Registration
The parties consent to the registration of this Minute of Agreement for preservation and execution.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed as follows:
| Subscribed for and on behalf of CLYDE HARBOUR ESTATES LIMITED | at Glasgow on 12 March 2026 | by Alasdair Munro, Director | before this witness: Kirsty Baird, 40 Lancefield Quay, Glasgow |
| Subscribed for and on behalf of THISTLE & BEAN COFFEE LTD | at Edinburgh on 17 March 2026 | by Iain Fraser, Director | before this witness: Morag Fraser, 22 Leith Walk, Edinburgh |`,
    truth: {
      title: "Minute of Agreement for Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Clyde Harbour Estates Limited", "Thistle & Bean Coffee Ltd"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-03-31",
      term: "12 months",
    },
  },
  {
    id: "v24-property-wollongong-rent-review",
    format: "txt",
    source: `# RENT REVIEW MEMORANDUM
Retail Leases Act 1994 (NSW)
| Item | Details |
| Landlord | Harbourside Arcade Pty Ltd ACN 612 345 778 of Level 3, 40 Crown Street, Wollongong NSW 2500 |
| Tenant | Nguyen Family Bakery Pty Ltd ACN 634 221 009 as trustee for the Nguyen Family Trust |
| Premises | Shop 14, Harbourside Arcade, 88 Marine Parade, Wollongong NSW 2500 |
| Lease | Registered lease AS482117 dated 2 May 2022 for a term of ten (10) years commencing on 1 July 2022, with one option to renew for five (5) years |
| Review Date | 1 July 2026 |
| Review Method | CPI review (Sydney, All Groups) under clause 4.2 of the Lease |
| Annual rent before review | $96,400.00 plus GST |
| Annual rent after review | $99,774.00 plus GST |
| Next Review Date | 1 July 2027 |
1. Background
The Lease provides for the annual rent to be reviewed on each anniversary of its commencement date. The Landlord gave the Tenant a rent review notice dated 3 June 2026 and the Tenant has not disputed the calculation.
2. Agreed reviewed rent
The parties agree that the annual rent has been reviewed in accordance with the Lease and that, on and from 1 July 2026 (the “Effective Date”), the annual rent payable under the Lease is $99,774.00 plus GST, payable by equal monthly instalments of $8,314.50 plus GST in advance.
3. Adjustment
Rent paid at the old rate for the period from the Effective Date to the date of this memorandum is to be adjusted, and the Tenant must pay the shortfall of $562.33 plus GST within fourteen (14) days after the date of this memorandum.
4. Lease continues
This memorandum records a review under the existing terms of the Lease and does not vary, surrender or renew the Lease. All other terms of the Lease continue unchanged.
5. Governing law
This memorandum is governed by the law of New South Wales.
Dated: 19 August 2026
Executed by Harbourside Arcade Pty Ltd ACN 612 345 778 in accordance with section 127 of the Corporations Act 2001 (Cth):
Director: Michael Papadopoulos        Director/Secretary: Helen Papadopoulos
Executed by Nguyen Family Bakery Pty Ltd ACN 634 221 009 in its capacity as trustee for the Nguyen Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth):
Sole Director and Secretary: Thi Lan Nguyen`,
    truth: {
      title: "Rent Review Memorandum",
      documentType: "Other",
      parties: ["Harbourside Arcade Pty Ltd", "Nguyen Family Bakery Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
    },
  },
  {
    id: "v24-property-dublin-deed-of-surrender",
    format: "pdf",
    pdfMargin: 90,
    source: `# DEED OF SURRENDER
THIS DEED OF SURRENDER is made the 20th day of February 2026
BETWEEN
(1) LIFFEY QUAY PROPERTIES DESIGNATED ACTIVITY COMPANY, registered in Ireland under number 587214, having its registered office at 3 Custom House Plaza, Dublin 1, D01 K2X4 (the “Landlord”, which expression includes its successors and assigns);
(2) HARBOUR ANALYTICS LIMITED, registered in Ireland under number 601933, having its registered office at Unit 4, Block B, Liffey Quay, Dublin 1 (the “Tenant”); and
(3) SEÁN MURPHY of 17 Seafield Road, Clontarf, Dublin 3 (the “Guarantor”).
WHEREAS
(A) By a lease dated 28 April 2015 (the “Lease”) made between Docklands Quay Developments Limited (1), the Tenant (2) and the Guarantor (3), the premises known as Unit 4, Block B, Liffey Quay, Dublin 1 (the “Premises”) were demised to the Tenant for a term of twenty (20) years from 1 May 2015, subject to a tenant's break option on 1 May 2025 that was not exercised.
(B) The reversion immediately expectant on the determination of the term created by the Lease is now vested in the Landlord.
(C) The Tenant has agreed to surrender the Lease and the Landlord has agreed to accept that surrender on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. Surrender. In consideration of the payment referred to in clause 2, the Tenant as beneficial owner surrenders and yields up to the Landlord, with effect from the date of this Deed, all its estate, right, title and interest in the Premises, to the intent that the term granted by the Lease merges and is extinguished in the reversion.
2. Surrender Payment. The Landlord shall pay the Tenant €45,000 (exclusive of VAT) within ten (10) Business Days after the date of this Deed.
3. Landlord's release. With effect from the date of this Deed, the Landlord releases the Tenant and the Guarantor from all obligations under the Lease, save in respect of the service charge reconciliation for the year ending 31 December 2025, which the Tenant shall pay within twenty-one (21) days of demand.
4. Tenant's release. The Tenant releases the Landlord from all claims under the Lease and confirms that it has no entitlement to compensation under the Landlord and Tenant (Amendment) Act 1980 in respect of the Premises.
===
5. Rent Deposit. The rent deposit held under a rent deposit deed dated 28 April 2015 shall be repaid to the Tenant within twenty-eight (28) days after the date of this Deed, together with accrued interest.
6. Registration. The Landlord shall apply to the Property Registration Authority to cancel the registration of the Lease as a burden on Folio 18244L of the Register of Freeholders, County Dublin.
7. Governing Law and Jurisdiction. This Deed shall be governed by and construed in accordance with the laws of Ireland, and the parties submit to the exclusive jurisdiction of the courts of Ireland.
IN WITNESS whereof the parties have executed this Deed on the date first written above.
PRESENT when the common seal of LIFFEY QUAY PROPERTIES DESIGNATED ACTIVITY COMPANY was affixed hereto: Director: Niamh Kelly   Director/Secretary: Conor Walsh
PRESENT when the common seal of HARBOUR ANALYTICS LIMITED was affixed hereto: Director: Seán Murphy   Secretary: Emer Doyle
SIGNED AND DELIVERED as a deed by SEÁN MURPHY in the presence of: Aoife Byrne, Solicitor, 12 Fitzwilliam Square, Dublin 2`,
    truth: {
      title: "Deed of Surrender",
      documentType: "Deed",
      parties: ["Liffey Quay Properties Designated Activity Company", "Harbour Analytics Limited", "Seán Murphy"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-20",
    },
  },
  {
    id: "v24-property-wantage-deed-of-covenant",
    format: "docx",
    source: `# DEED OF COVENANT
relating to 27 Kingfisher Way, Kingfisher Meadows, Wantage OX12 9FQ
THIS DEED is made on 6 May 2026
PARTIES
(1) KINGFISHER MEADOWS MANAGEMENT COMPANY LIMITED incorporated and registered in England and Wales with company number 11456089 whose registered office is at Suite 2, Orchard House, Station Road, Didcot OX11 7NN (the “Management Company”)
(2) PRIYA RAMAN and DANIEL JAMES RAMAN both of Flat 3, 19 Cowley Road, Oxford OX4 1HP (together the “Covenantor”)
BACKGROUND
(A) By a transfer dated 14 October 2019 (the “Original Transfer”) made between Hartwell Homes (Southern) Limited (1), the Management Company (2) and Thomas Edward Green (3), the Property was transferred subject to the estate covenants set out in it.
(B) The register of title number ON318872 contains a restriction that no disposition of the registered estate is to be registered without a certificate signed by the Management Company that the provisions of paragraph 4 of Schedule 3 to the Original Transfer have been complied with.
(C) The Covenantor is buying the Property from Thomas Edward Green and enters into this deed to comply with that restriction.
AGREED TERMS
1. Interpretation
1.1 In this deed “Property” means the freehold property known as 27 Kingfisher Way, Kingfisher Meadows, Wantage OX12 9FQ registered at HM Land Registry under title number ON318872, and “Estate Charge” has the meaning given in the Original Transfer.
1.2 Where the Covenantor comprises more than one person, their obligations are joint and several.
2. Covenants
2.1 The Covenantor covenants with the Management Company to pay the Estate Charge by two equal instalments in advance on 1 January and 1 July in each year, and any balancing charge within twenty-one (21) days of demand.
2.2 The Covenantor further covenants to observe and perform the covenants set out in the Schedule for so long as it owns the Property or any part of it, but shall not be liable for any breach occurring after it has parted with all interest in the Property.
3. Certificate
The Management Company shall, within ten (10) working days after receiving this deed duly executed and its registration fee of £150 plus VAT, issue to the Covenantor's conveyancers the certificate required by the restriction.
4. Governing law
This deed and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it or its subject matter shall be governed by and construed in accordance with the law of England and Wales.
This document has been executed as a deed and is delivered and takes effect on the date stated at the beginning of it.
===
# SCHEDULE
# Estate Covenants
1. Not to use the Property other than as a single private dwellinghouse.
2. Not to park any caravan, boat or commercial vehicle on the Property or on the estate roads.
3. Not to erect any fence or wall forward of the building line without the Management Company's prior written consent.
4. On any transfer of the Property, to procure that the transferee enters into a deed of covenant with the Management Company in this form.
Executed as a deed by KINGFISHER MEADOWS MANAGEMENT COMPANY LIMITED acting by Graham Lister, a director, in the presence of: Witness: Susan Cole, Suite 2, Orchard House, Station Road, Didcot
Signed as a deed by PRIYA RAMAN in the presence of: Witness: Oliver Bennett, 4 Iffley Road, Oxford
Signed as a deed by DANIEL JAMES RAMAN in the presence of: Witness: Oliver Bennett, 4 Iffley Road, Oxford`,
    truth: {
      title: "Deed of Covenant",
      documentType: "Deed",
      parties: ["Kingfisher Meadows Management Company Limited", "Priya Raman", "Daniel James Raman"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-06",
    },
  },
  {
    id: "v24-property-difc-management-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# PROPERTY MANAGEMENT AGREEMENT
relating to Levels 9 and 10, Gate Precinct Building 5, Dubai International Financial Centre, Dubai, United Arab Emirates
GATE PRECINCT FIVE HOLDINGS LIMITED
(as Owner)
and
CRESCENT REAL ESTATE SERVICES LTD
(as Manager)
===
THIS AGREEMENT is dated 12 November 2026
BETWEEN
(1) GATE PRECINCT FIVE HOLDINGS LIMITED, a private company incorporated in the Dubai International Financial Centre with registered number 4821, whose registered office is at Unit 901, Level 9, Gate Precinct Building 5, DIFC, Dubai (the “Owner”); and
(2) CRESCENT REAL ESTATE SERVICES LTD, a private company incorporated in the Dubai International Financial Centre with registered number 3397, whose registered office is at Office 22, Level 1, Emirates Financial Towers, DIFC, Dubai (the “Manager”).
# 1. DEFINITIONS
In this Agreement: “Commencement Date” means 1 January 2027; “Initial Term” means the period of three (3) years from the Commencement Date; “Property” means Levels 9 and 10 of Gate Precinct Building 5 and the Owner's allocated car parking spaces; and “Services” means the services described in Schedule 1.
# 2. APPOINTMENT AND TERM
2.1 The Owner appoints the Manager as its exclusive property manager for the Property, and the Manager accepts the appointment, on the terms of this Agreement.
2.2 This Agreement shall be in force from the Commencement Date for the Initial Term and shall then automatically renew for successive periods of one (1) year (each a “Renewal Period”) unless either party gives the other not less than six (6) months' written notice of non-renewal before the end of the Initial Term or the current Renewal Period.
2.3 The Owner may not terminate this Agreement for convenience during the first twelve (12) months after the Commencement Date; thereafter the Owner may terminate it on ninety (90) days' written notice.
2.4 The interim management arrangement between the Owner and Al Noor Facilities Management LLC dated 4 March 2024, which is governed by the laws of the Emirate of Dubai, shall end on 31 December 2026, and the Manager shall co-operate in an orderly handover.
# 3. FEES AND CLIENT MONEY
3.1 The Owner shall pay the Manager a management fee equal to four per cent (4%) of the gross rent collected each month, plus VAT. The Manager shall invoice monthly in arrears and each invoice is payable within thirty (30) days of receipt.
3.2 The Manager shall hold all rents and service charges collected in a segregated client account and shall remit net receipts to the Owner by the fifteenth (15th) day of each month.
===
# 4. STAFF AND RECORDS
4.1 Neither party shall, during the term of this Agreement and for twelve (12) months after it ends, solicit for employment any person employed by the other in connection with the Services.
4.2 The Manager shall keep full records of all receipts and payments for at least six (6) years and shall make them available to the Owner on five (5) Business Days' notice.
# 5. GOVERNING LAW AND JURISDICTION
5.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of the Dubai International Financial Centre.
5.2 The courts of the Dubai International Financial Centre have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
# SCHEDULE 1 – SERVICES
| Service | Standard |
| Rent and service charge collection | Demands issued 14 days before each quarter day |
| Lease administration | Tenant register updated within 5 Business Days of any change |
| Maintenance and repairs | Emergency response within 4 hours; routine works within 10 Business Days |
| Reporting | Monthly management report by the 10th day of each month |
Signed by Layla Haddad, authorised signatory, for and on behalf of GATE PRECINCT FIVE HOLDINGS LIMITED
Signed by Rohan Mehta, Managing Director, for and on behalf of CRESCENT REAL ESTATE SERVICES LTD`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["Gate Precinct Five Holdings Limited", "Crescent Real Estate Services Ltd"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2027-01-01",
      expiryDate: "2030-01-01",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v24-property-kowloon-tenancy-variation",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF VARIATION OF TENANCY AGREEMENT
Premises: Unit 1203, 12th Floor, Kwun Tong Industrial Centre, 448-458 Kwun Tong Road, Kowloon, Hong Kong
THIS DEED is dated the 8th day of September 2026
BETWEEN:
(1) KWUN TONG PROPERTIES INVESTMENT COMPANY LIMITED (Company No. 0187342) whose registered office is situate at 22nd Floor, Wing On Plaza, 62 Mody Road, Tsim Sha Tsui, Kowloon (“the Landlord”); and
(2) SUN WAH LOGISTICS LIMITED (Company No. 2874415) whose registered office is situate at Unit 1203, 12th Floor, Kwun Tong Industrial Centre, 448-458 Kwun Tong Road, Kowloon (“the Tenant”).
WHEREAS:
(A) By a Tenancy Agreement dated 15 September 2023 (“the Tenancy Agreement”) made between the Landlord and the Tenant, the Landlord let the Premises to the Tenant for a term of six (6) years commencing on 1 October 2023 and expiring on 30 September 2029 (both days inclusive), with an option for the Tenant to renew for a further term of three (3) years at the then prevailing market rent.
(B) The Landlord and the Tenant have agreed to vary the Tenancy Agreement in the manner set out below.
NOW THIS DEED WITNESSES as follows:
1. In this Deed, “Effective Date” means 1 October 2026. Words defined in the Tenancy Agreement have the same meanings in this Deed.
2. With effect from the Effective Date, the Tenancy Agreement is varied as follows:
(a) the monthly rent in Clause 2 is reduced from HK$68,000 to HK$61,500, exclusive of Government rates, Government rent and management fees, payable monthly in advance on the first day of each calendar month to the Landlord's managing agent, Goldfield Property Agency Limited, as agent for the Landlord;
(b) the permitted user in Clause 5(1) is amended to “godown, light assembly and ancillary office purposes only”; and
(c) a new Clause 9A is inserted: “The Tenant may terminate this Agreement by giving to the Landlord not less than six (6) months' prior written notice expiring on or after 30 September 2027.”
3. The Landlord shall, within fourteen (14) days after the Effective Date, refund to the Tenant HK$19,500, being the amount by which the deposit of HK$204,000 held under the Tenancy Agreement exceeds three (3) months' rent at the varied rate.
4. Save as varied by this Deed, the Tenancy Agreement remains in full force and effect, and the Tenancy Agreement and this Deed shall be read and construed as one document.
5. The stamp duty on this Deed and the parties' legal costs shall be borne by the Landlord and the Tenant in equal shares.
6. This Deed shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
===
IN WITNESS whereof this Deed has been executed on the date first above written.
SEALED with the Common Seal of KWUN TONG PROPERTIES INVESTMENT COMPANY LIMITED and SIGNED by Chan Tai Man, Director, in the presence of: Wong Siu Ling, Solicitor, Hong Kong SAR
SEALED with the Common Seal of SUN WAH LOGISTICS LIMITED and SIGNED by Lee Ka Wai, Director, in the presence of: Ho Chun Kit, Solicitor, Hong Kong SAR`,
    truth: {
      title: "Deed of Variation of Tenancy Agreement",
      documentType: "Amendment",
      parties: ["Kwun Tong Properties Investment Company Limited", "Sun Wah Logistics Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-10-01",
      amends: "Tenancy Agreement",
    },
  },
  {
    id: "v24-property-douglas-storage-licence-letter",
    format: "txt",
    source: `MANX HARBOUR ESTATES LIMITED
Bay View Chambers, 6 North Quay, Douglas, Isle of Man IM1 4LB
Registered in the Isle of Man with company number 012345C
14 April 2026
By email and post
The Directors
Ramsey Sailmakers Limited
Unit 7, Mooragh Industrial Estate
Ramsey, Isle of Man IM8 3AB
Our ref: MHE/LIC/0412
Dear Sirs
# Licence to Occupy Storage Space
Further to your email of 2 April 2026 and our meeting on 8 April 2026, Manx Harbour Estates Limited (“we”, “us”) is pleased to grant Ramsey Sailmakers Limited (“you”) a licence to occupy Storage Unit B3 on the ground floor of North Quay Warehouse, Douglas (the “Unit”) on the terms of this letter.
1. Licence period: the licence starts on the date of this letter and ends on 13 October 2026, a period of six (6) months.
2. Fee: £450 per month, payable in advance on the first day of each month. The first payment, apportioned for April, is due within seven (7) days after you sign this letter.
3. Ending the licence early: either of us may end the licence at any time by giving at least fourteen (14) days' written notice.
4. Use and access: you may use the Unit only for storing sailcloth, rigging and equipment, and may access it between 7 a.m. and 7 p.m. Monday to Saturday. No business may be carried on from the Unit.
5. Nature of the arrangement: this is a personal licence. It does not give you exclusive possession or create a tenancy, and you will have no right to remain after the licence ends. The licence will not renew or continue automatically; if you would like to stay on after 13 October 2026, please contact us at least one month beforehand and we will consider a fresh licence.
6. Insurance: you are responsible for insuring your own goods. We insure the building.
7. Law: this letter and the licence it grants are governed by the law of the Isle of Man, and the courts of the Isle of Man have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
Catherine Quayle
Estates Manager, for and on behalf of Manx Harbour Estates Limited
We agree to the terms of this letter.
Signed: Fenella Kewley, Director, for and on behalf of Ramsey Sailmakers Limited
Date: 21 April 2026`,
    truth: {
      title: "Licence to Occupy Storage Space",
      documentType: "Licence agreement",
      parties: ["Manx Harbour Estates Limited", "Ramsey Sailmakers Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-04-14",
      expiryDate: "2026-10-13",
      term: "6 months",
    },
  },
];
