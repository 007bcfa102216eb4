import type { UnseenDocument } from "../unseen/types";

/** Tuning set v28: property — leases, licences to occupy, rent reviews, surrenders, deeds of covenant, management agreements, variations, agreements for lease. */
export const PROPERTY_V28: UnseenDocument[] = [
  {
    id: "v28-property-kenya-office-lease",
    format: "pdf",
    pageFooters: true,
    source: `# REPUBLIC OF KENYA
# THE LAND REGISTRATION ACT, 2012
# LEASE
Title Number: NAIROBI/BLOCK 209/1147
THIS LEASE is made the 18th day of March Two Thousand and Twenty-Six BETWEEN WESTLANDS SQUARE PROPERTIES LIMITED, a limited liability company incorporated in the Republic of Kenya (Registration No. PVT-7LU2RQ9K) of Post Office Box Number 40521-00100, Nairobi (hereinafter called "the Lessor", which expression shall where the context so admits include its successors and assigns) of the one part AND MAZIWA FRESH DAIRIES LIMITED, a limited liability company incorporated in the Republic of Kenya (Registration No. PVT-AAB3X91M) of Post Office Box Number 1873-20100, Nakuru (hereinafter called "the Lessee", which expression shall where the context so admits include its permitted successors and assigns) of the other part.
WHEREAS:
(A) The Lessor is registered as proprietor of the leasehold interest in the land comprised in the above title number together with the office block erected thereon known as Westlands Square (hereinafter called "the Building").
(B) By an agreement for lease dated 12th January 2026 the Lessor agreed to grant and the Lessee agreed to take a lease of the Premises upon completion of the Lessor's fit-out works and on the terms hereinafter contained.
NOW THIS LEASE WITNESSETH as follows:
# 1. Definitions
In this Lease "the Premises" means the whole of the fourth floor of the Building having a lettable area of approximately 6,420 square feet together with six (6) car parking bays in the basement; "the Commencement Date" means 1st April 2026; and "the Term" means the term granted by clause 2.
# 2. Demise
The Lessor hereby leases to the Lessee the Premises for a term of six (6) years commencing on the Commencement Date, yielding and paying therefor the rent set out in the Schedule.
# 3. Rent, Service Charge and Deposit
3.1 The Lessee shall pay the rent quarterly in advance on the first day of January, April, July and October in each year, the first payment to be made on the Commencement Date, together with value added tax thereon.
3.2 The rent shall escalate by five per cent (5%) compounded at the end of every two (2) years of the Term as shown in the Schedule.
3.3 The Lessee shall pay a service charge of Kenya Shillings Eighty-Five per square foot per month, subject to annual reconciliation within ninety (90) days after the end of each service charge year.
3.4 The Lessee has paid a deposit equivalent to three (3) months' rent, refundable without interest within sixty (60) days after the expiry or sooner determination of the Term.
# 4. Lessee's Covenants
The Lessee covenants to keep the interior of the Premises in good and tenantable repair, not to assign, sublet or part with possession of the Premises without the prior written consent of the Lessor (such consent not to be unreasonably withheld), and to use the Premises as offices only.
# 5. Option to Renew
If the Lessee wishes to take a further lease of the Premises for a term of six (6) years from the expiry of the Term it shall give the Lessor not less than six (6) months' written notice before such expiry, and provided there is no subsisting breach of covenant the Lessor shall grant a new lease at a rent to be agreed or, failing agreement, determined by a valuer nominated by the Chairman of the Institution of Surveyors of Kenya, but otherwise on the terms of this Lease save for this option.
# 6. Governing Law
This Lease shall be governed by and construed in accordance with the laws of Kenya, and any dispute shall first be referred to mediation before either party commences proceedings.
===
# THE SCHEDULE (Rent)
| Period of the Term | Monthly rent (KES) |
| Years 1 and 2 | 642,000 |
| Years 3 and 4 | 674,100 |
| Years 5 and 6 | 707,805 |
IN WITNESS WHEREOF the parties have caused their respective common seals to be affixed hereto on the day and year first hereinbefore written.
SEALED with the Common Seal of WESTLANDS SQUARE PROPERTIES LIMITED in the presence of: Director: Daniel Otieno Ouma; Director/Secretary: Grace Njeri Mwangi
SEALED with the Common Seal of MAZIWA FRESH DAIRIES LIMITED in the presence of: Director: Samuel Kiprono Rotich; Director/Secretary: Mercy Achieng Odhiambo
I CERTIFY that the above-named directors appeared before me and acknowledged the above signatures to be theirs. Wanjiru Kamau, Advocate, Nairobi.
Drawn by: Kamau & Oduya Advocates, Westlands, Nairobi.`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Westlands Square Properties Limited", "Maziwa Fresh Dairies Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-04-01",
      expiryDate: "2032-03-31",
      term: "6 years",
    },
  },
  {
    id: "v28-property-scottish-rent-review-minute",
    format: "pdf",
    pdfMargin: 90,
    source: `# RENT REVIEW MEMORANDUM
MINUTE OF AGREEMENT between
CALEDONIAN ESTATES (NO. 4) LIMITED, incorporated under the Companies Acts (Registered Number SC412876) and having its registered office at 21 Blythswood Square, Glasgow G2 4BL ("the Landlord"); and
THISTLE & HEATHER OPTICIANS LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (Registered Number SO305517) and having its registered office at 8 Rose Street, Edinburgh EH2 2PR ("the Tenant").
CONSIDERING THAT:
(One) by Lease between Forth Commercial Properties plc and the Tenant dated 20 and 27 May 2016 and registered in the Books of Council and Session on 3 June 2016 (the "Lease"), the subjects known as 114 Buchanan Street, Glasgow G1 2JN (the "Subjects") were let to the Tenant for a period of fifteen years from and including 28 May 2016;
(Two) the interest of the landlord under the Lease is now vested in the Landlord by virtue of an assignation dated 11 and 14 November 2022;
(Three) the Lease provides for review of the rent as at the fifth and tenth anniversaries of the date of entry, and the rent payable from the review date falling on 28 May 2026 (the "Review Date") has been agreed between the parties without reference to an independent surveyor;
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. The rent payable under the Lease with effect from and including the Review Date is FIFTY-EIGHT THOUSAND FIVE HUNDRED POUNDS (£58,500) Sterling per annum, exclusive of Value Added Tax.
2. The Tenant shall within fourteen days after the date on which this Minute has been subscribed by both parties pay to the Landlord the amount by which the revised rent exceeds the rent paid for the period from the Review Date to the next following term day, together with interest at the rate specified in the Lease.
3. The parties record that the review at the Review Date is the final rent review provided for under the Lease.
4. This Minute records the outcome of the rent review only; nothing in it alters any other term or condition of the Lease.
5. This Minute of Agreement shall be governed by and construed in accordance with the law of Scotland, and the parties consent to its registration for preservation and execution.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed as follows:
| Subscribed for and on behalf of CALEDONIAN ESTATES (NO. 4) LIMITED | Subscribed for and on behalf of THISTLE & HEATHER OPTICIANS LLP |
| at Glasgow on 16 June 2026 | at Edinburgh on 16 June 2026 |
| by Fiona MacLeod, Director | by Euan Drummond, Designated Member |
| before this witness: Catriona Bell, Legal Assistant, 21 Blythswood Square, Glasgow | before this witness: Ross Allan, Optometrist, 8 Rose Street, Edinburgh |`,
    truth: {
      title: "Rent Review Memorandum",
      documentType: "Other",
      parties: ["Caledonian Estates (No. 4) Limited", "Thistle & Heather Opticians LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-16",
    },
  },
  {
    id: "v28-property-ontario-management-agreement",
    format: "pdf",
    pageFooters: true,
    source: `# PROPERTY MANAGEMENT AGREEMENT
BETWEEN
LAKESHORE COMMONS INC.
(the "Owner")
- and -
NORTHBRIDGE REALTY MANAGEMENT LTD.
(the "Manager")
Respecting the lands and premises municipally known as 2200 Lake Shore Boulevard West, Toronto, Ontario
Dated as of February 1, 2026
===
THIS AGREEMENT is made as of the 1st day of February, 2026.
BETWEEN: LAKESHORE COMMONS INC., a corporation incorporated under the laws of the Province of Ontario (the "Owner"), AND NORTHBRIDGE REALTY MANAGEMENT LTD., a corporation incorporated under the laws of Canada (the "Manager").
WHEREAS the Owner is the registered owner of a 214-unit residential rental complex located at 2200 Lake Shore Boulevard West, Toronto (the "Property") and wishes to retain the Manager to manage, operate and lease the Property on its behalf, and the Manager has agreed to do so on the terms of this Agreement;
NOW THEREFORE in consideration of the mutual covenants herein, the parties agree as follows:
# ARTICLE 1 – APPOINTMENT
1.1 The Owner appoints the Manager as its exclusive agent to manage, operate, maintain and lease the Property, and the Manager accepts such appointment.
# ARTICLE 2 – TERM
2.1 The term of this Agreement shall commence on March 1, 2026 (the "Commencement Date") and shall continue for an initial term of three (3) years (the "Initial Term").
2.2 Upon the expiry of the Initial Term, this Agreement shall automatically renew for successive renewal terms of one (1) year each unless either party gives the other written notice of non-renewal at least ninety (90) days before the end of the then current term.
2.3 Either party may terminate this Agreement upon thirty (30) days' written notice if the other party commits a material default that remains uncured at the end of that period.
# ARTICLE 3 – MANAGER'S DUTIES
3.1 The Manager shall collect all rents and other charges, arrange repairs and maintenance, engage on-site staff, and comply with the Residential Tenancies Act, 2006 (Ontario) in all dealings with tenants.
3.2 The Manager shall deliver monthly operating statements to the Owner within twenty (20) days after the end of each calendar month and an annual budget not later than November 15 in each year.
# ARTICLE 4 – FEES
4.1 The Owner shall pay the Manager a management fee equal to three and one-half percent (3.5%) of gross receipts, payable monthly within fifteen (15) days after receipt of the monthly statement.
4.2 The Manager shall be entitled to a leasing fee equal to fifty percent (50%) of the first month's rent for each new tenancy of a unit.
# ARTICLE 5 – NON-SOLICITATION
5.1 During the term of this Agreement and for twelve (12) months thereafter, neither party shall solicit for employment any on-site staff of the other engaged at the Property.
# ARTICLE 6 – GENERAL
6.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
6.2 Articles 4 and 5 and the Manager's obligation to account for all funds shall survive termination of this Agreement.
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
| LAKESHORE COMMONS INC. | NORTHBRIDGE REALTY MANAGEMENT LTD. |
| Per: Priya Raman, President | Per: Gordon Ellis, Chief Operating Officer |
| I have authority to bind the corporation. | I have authority to bind the corporation. |`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["Lakeshore Commons Inc.", "Northbridge Realty Management Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-01",
      expiryDate: "2029-02-28",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v28-property-dublin-licence-to-occupy",
    format: "docx",
    storedPageCount: 2,
    source: `# LICENCE TO OCCUPY
THIS LICENCE is made the 14th day of April 2026
BETWEEN
(1) DOCKLANDS QUARTER DEVELOPMENTS DESIGNATED ACTIVITY COMPANY, having its registered office at 4 Hanover Quay, Dublin 2 (registered number 701233) (the "Licensor"); and
(2) BRÚ ARTISAN COFFEE LIMITED, having its registered office at Unit 7, Ballymount Industrial Estate, Dublin 12 (registered number 588104) (the "Licensee").
# BACKGROUND
A. The Licensor and the Licensee have entered into an agreement for lease dated 2 March 2026 (the "Agreement for Lease") under which the Licensor is to grant to the Licensee a lease of the Premises for a term of ten years on practical completion of the Licensor's Works.
B. Pending completion of the Agreement for Lease, the Licensor has agreed to permit the Licensee to occupy the Premises for fitting out and trading on the terms of this Licence.
# 1. Definitions
In this Licence:
"Commencement Date" means 1 May 2026;
"Licence Fee" means €3,250 per month exclusive of VAT;
"Licence Period" means the period of six (6) months commencing on the Commencement Date;
"Premises" means the ground floor retail unit known as Unit G2, Block C, Docklands Quarter, Dublin 1.
# 2. Grant of Licence
2.1 The Licensor grants the Licensee permission to occupy the Premises for the Licence Period for the purpose of a coffee shop and for no other purpose.
2.2 This Licence is personal to the Licensee, does not confer exclusive possession and does not create the relationship of landlord and tenant between the parties.
2.3 This Licence shall end automatically on the earlier of the expiry of the Licence Period and the date on which the lease is granted under the Agreement for Lease.
# 3. Licence Fee and Deposit
3.1 The Licensee shall pay the Licence Fee monthly in advance by standing order on the first day of each month, with interest on late payments at four per cent (4%) per annum above the European Central Bank main refinancing rate.
3.2 The Licensee shall pay a deposit of €9,750 on signing, to be returned within twenty-one (21) days after this Licence ends, less any sums properly due to the Licensor.
# 4. Termination
4.1 Either party may terminate this Licence at any time by giving not less than one month's written notice to the other.
===
# 5. No Statutory Rights
5.1 The Licensee acknowledges that it has received independent legal advice and that its occupation of the Premises under this Licence shall not give rise to any entitlement to a new tenancy under the Landlord and Tenant (Amendment) Act, 1980.
# 6. Governing Law and Jurisdiction
6.1 This Licence shall be governed by and construed in accordance with the laws of Ireland, and the parties submit to the exclusive jurisdiction of the Irish courts.
IN WITNESS whereof the parties have signed this Licence on the date first written above.
| Signed by Aoife Brennan, director, for and on behalf of DOCKLANDS QUARTER DEVELOPMENTS DESIGNATED ACTIVITY COMPANY | ____________________ |
| Signed by Cian Ó Murchú, director, for and on behalf of BRÚ ARTISAN COFFEE LIMITED | ____________________ |`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Docklands Quarter Developments Designated Activity Company", "Brú Artisan Coffee Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-01",
      expiryDate: "2026-10-31",
      term: "6 months",
    },
  },
  {
    id: "v28-property-belfast-deed-of-surrender",
    format: "docx",
    storedPageCount: 3,
    source: `# DEED OF SURRENDER
THIS DEED OF SURRENDER is made on the thirtieth day of September Two Thousand and Twenty-Six
BETWEEN:
(1) LAGANSIDE HOLDINGS LIMITED (company number NI612390) whose registered office is at 3 Lanyon Place, Belfast BT1 3LP (the "Landlord");
(2) MOURNE VIEW CATERING LIMITED (company number NI074415) whose registered office is at 45 Main Street, Newcastle, County Down BT33 0AD (the "Tenant"); and
(3) SEAMUS PATRICK DORAN of 9 Bryansford Road, Newcastle, County Down BT33 0HJ (the "Guarantor").
# RECITALS
(A) By a lease dated 1 October 2019 made between the Landlord (1), the Tenant (2) and the Guarantor (3) (the "Lease") the premises known as Unit 4, Cathedral Quarter Arcade, Belfast BT1 2HB (the "Premises") were demised to the Tenant for a term of twenty-five years from 1 October 2019, subject to a tenant's break option exercisable on 1 October 2029.
(B) The Landlord has agreed to accept a surrender of the Lease on the terms of this Deed.
===
# 1. Interpretation
1.1 In this Deed "Surrender Premium" means the sum of £42,000 and "Business Day" means a day other than a Saturday, Sunday or public holiday in Northern Ireland.
# 2. Surrender
2.1 In consideration of the payment of the Surrender Premium by the Tenant to the Landlord (receipt of which the Landlord acknowledges), the Tenant surrenders and yields up to the Landlord with effect from the date of this Deed all its estate and interest in the Premises, with the intent that the residue of the term of the Lease shall merge and be extinguished in the reversion.
2.2 The Landlord accepts the surrender and the Tenant shall deliver all keys and access cards to the Landlord's managing agents on the date of this Deed.
# 3. Releases
3.1 The Landlord releases the Tenant and the Guarantor from all their obligations under the Lease with effect from the date of this Deed, save that the Tenant shall pay the service charge balancing payment for the service charge year ending 31 December 2026 within twenty (20) Business Days after demand.
3.2 The Tenant and the Guarantor release the Landlord from all its obligations under the Lease with effect from the date of this Deed.
# 4. Rent Deposit
4.1 The Landlord shall repay to the Tenant the rent deposit of £18,000 held under the rent deposit deed dated 1 October 2019, together with accrued interest, within ten (10) Business Days after the date of this Deed.
# 5. Governing Law
5.1 This Deed is governed by the law of Northern Ireland and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
===
IN WITNESS whereof this Deed has been executed and is delivered on the date first written above.
Executed as a deed by LAGANSIDE HOLDINGS LIMITED acting by two directors: Niamh Gallagher, Director; Conor Hughes, Director
Executed as a deed by MOURNE VIEW CATERING LIMITED acting by a director in the presence of a witness: Bernadette Doran, Director; Witness: Orla McCann, Solicitor, Belfast
Signed as a deed and delivered by SEAMUS PATRICK DORAN in the presence of: Orla McCann, Solicitor, 10 Donegall Square North, Belfast BT1 5GB`,
    truth: {
      title: "Deed of Surrender",
      documentType: "Deed",
      parties: ["Laganside Holdings Limited", "Mourne View Catering Limited", "Seamus Patrick Doran"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-09-30",
    },
  },
  {
    id: "v28-property-nsw-lease-variation-deed",
    format: "docx",
    source: `# DEED OF VARIATION OF LEASE
# Particulars
| Item | Details |
| Date of this deed | 20 July 2026 |
| Landlord | Meridian Trustees Pty Ltd ACN 612 448 907 as trustee for the Parramatta Road Unit Trust, Level 9, 60 Castlereagh Street, Sydney NSW 2000 |
| Tenant | Kestrel Pharmacy Group Pty Ltd ACN 158 220 391, Shop 3, 118 Parramatta Road, Granville NSW 2142 |
| Guarantor | Anjali Mehta of 14 Wattle Crescent, Harris Park NSW 2150 |
| Lease | The document entitled "Retail Shop Lease" dated 1 July 2021 between the Landlord, the Tenant and the Guarantor, registered number AR418562, for a term of ten (10) years commencing on 1 July 2021 |
| Variation Date | 1 August 2026 |
# Background
A. The Landlord leases the Premises to the Tenant under the Lease and the Guarantor guarantees the Tenant's obligations.
B. The parties have agreed to vary the Lease on the terms of this deed.
# Operative provisions
1. Definitions. Words defined in the Lease have the same meaning in this deed, and "Variation Date" means the date so described in the Particulars.
2. Variation. With effect on and from the Variation Date the Lease is varied as follows:
(a) the Permitted Use in Item 8 of the Reference Schedule is deleted and replaced with "pharmacy, medical consulting suites and ancillary health retail";
(b) the Base Rent in Item 10 of the Reference Schedule is increased to $186,400 per annum (plus GST), payable monthly in advance; and
(c) a new clause 24A is inserted: "The Tenant may terminate this Lease by giving the Landlord not less than six (6) months' written notice expiring on 30 June 2028."
3. Confirmation. Except as varied by this deed, the Lease continues in full force and effect. The Guarantor consents to the variation and confirms that its guarantee extends to the Lease as varied.
4. Costs. The Tenant must pay the Landlord's reasonable legal costs of and incidental to this deed within fourteen (14) days after receiving a tax invoice.
5. Registration. The Landlord must lodge this deed for registration at NSW Land Registry Services as a variation of the registered Lease.
6. Trustee limitation. Meridian Trustees Pty Ltd enters into this deed only in its capacity as trustee of the Parramatta Road Unit Trust, and its liability under this deed is limited to the extent it can be satisfied out of the assets of that trust.
7. Governing law. This deed is governed by the law of New South Wales and each party submits to the non-exclusive jurisdiction of its courts.
Executed as a deed.
| Executed by Meridian Trustees Pty Ltd ACN 612 448 907 as trustee for the Parramatta Road Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth) | Director: Lachlan Pryce | Director/Secretary: Mei Ling Chua |
| Executed by Kestrel Pharmacy Group Pty Ltd ACN 158 220 391 in accordance with section 127 of the Corporations Act 2001 (Cth) | Sole director and secretary: Anjali Mehta | |
| Signed, sealed and delivered by Anjali Mehta in the presence of: | Witness: Daniel Kovac, Solicitor | |`,
    truth: {
      title: "Deed of Variation of Lease",
      documentType: "Amendment",
      parties: ["Meridian Trustees Pty Ltd", "Kestrel Pharmacy Group Pty Ltd", "Anjali Mehta"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-08-01",
      amends: "Retail Shop Lease",
    },
  },
  {
    id: "v28-property-bristol-deed-of-covenant",
    format: "txt",
    source: `# DEED OF COVENANT
(Direct covenant by incoming owner pursuant to clause 4.12 of the Lease)
DATE: 2 November 2026
PARTIES
(1) OLIVER JAMES PRENDERGAST and HANNAH RUTH PRENDERGAST both of Flat 12, Alder House, 40 Mill Lane, Bristol BS1 6RX (together the "Covenantor");
(2) ALDER HOUSE (BRISTOL) MANAGEMENT COMPANY LIMITED (company number 05318842) whose registered office is at 40 Mill Lane, Bristol BS1 6RX (the "Management Company"); and
(3) HARBOURSIDE FREEHOLDS LIMITED (company number 08813307) whose registered office is at 1 Temple Quay, Bristol BS1 6DG (the "Landlord").
BACKGROUND
(A) This deed is supplemental to a lease of Flat 12, Alder House dated 14 February 2005 made between Harbourside Developments plc (1), the Management Company (2) and Lucy Anne Carter (3) for a term of 999 years from 1 January 2005 (the "Lease").
(B) The Lease has today been assigned to the Covenantor by a transfer of the same date as this deed.
(C) A restriction in the proprietorship register of title number BL92750 prevents registration of the transfer without a certificate from the Management Company that the Covenantor has complied with clause 4.12 of the Lease.
OPERATIVE PROVISIONS
1. The Covenantor covenants with the Management Company and, as a separate covenant, with the Landlord that from the date of this deed and for so long as the Covenantor is the registered proprietor of the Lease it will pay the rent and service charge reserved by the Lease and observe and perform the tenant's covenants and the regulations contained in the Lease.
2. Where the Covenantor comprises more than one person, their obligations under this deed are joint and several.
3. The Covenantor shall within seven days after completion of the transfer give notice of the assignment to the Management Company together with a registration fee of £90 plus VAT.
4. The Management Company shall within ten working days after receipt of this deed, duly executed, and the registration fee issue the certificate referred to in recital (C).
5. This deed and any non-contractual obligations arising out of or in connection with it are governed by the law of England and Wales.
This document is executed as a deed and delivered on the date stated at the beginning of it.
SIGNED AS A DEED by OLIVER JAMES PRENDERGAST in the presence of: Witness: Martin Okafor, 2 Queen Square, Bristol BS1 4JE, Solicitor
SIGNED AS A DEED by HANNAH RUTH PRENDERGAST in the presence of: Witness: Martin Okafor, 2 Queen Square, Bristol BS1 4JE, Solicitor
EXECUTED AS A DEED by ALDER HOUSE (BRISTOL) MANAGEMENT COMPANY LIMITED acting by a director in the presence of a witness: Director: Peter Lindqvist
EXECUTED AS A DEED by HARBOURSIDE FREEHOLDS LIMITED acting by two directors: Sarah Whitcombe; James Adeyemi`,
    truth: {
      title: "Deed of Covenant",
      documentType: "Deed",
      parties: ["Oliver James Prendergast", "Hannah Ruth Prendergast", "Alder House (Bristol) Management Company Limited", "Harbourside Freeholds Limited"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-11-02",
    },
  },
  {
    id: "v28-property-singapore-tenancy-agreement",
    format: "txt",
    source: `# TENANCY AGREEMENT
THIS AGREEMENT is made on the 3rd day of May 2026
BETWEEN
TAN WEI MING (NRIC No. S7512345D) of 28 Jalan Kemaman, Singapore 329431 (hereinafter called "the Landlord") of the one part
AND
HALVORSEN MARINE ASIA PTE. LTD. (UEN 201533918K), a company incorporated in Singapore with its registered office at 1 Harbourfront Avenue, #14-07 Keppel Bay Tower, Singapore 098632 (hereinafter called "the Tenant") of the other part.
NOW IT IS HEREBY AGREED as follows:
1. The Landlord agrees to let and the Tenant agrees to take all that property known as 71 Cairnhill Road, #09-02 The Cairnhill Residences, Singapore 229719 (the "Premises") together with the furniture, fixtures and fittings listed in the Inventory, for the period from 15 May 2026 (the "Commencement Date") to 14 May 2028 (both dates inclusive) (the "Term"), for residential occupation by the Tenant's employee, Mr. Erik Halvorsen, and his immediate family only.
2. The Tenant shall pay a monthly rent of Singapore Dollars Seven Thousand Eight Hundred (S$7,800) in advance on the 15th day of each month without any deduction. Rent unpaid for seven (7) days after the due date shall bear interest at ten per cent (10%) per annum.
3. The Tenant shall on signing this Agreement pay a security deposit of S$15,600, equal to two (2) months' rent, which shall be refunded without interest within fourteen (14) days after the expiry of the Term, less any sums lawfully deducted.
4. The Tenant shall pay all charges for water, electricity and gas, bear the cost of minor repairs up to S$200 per item, and have the air-conditioning units serviced once every three (3) months by a qualified contractor.
5. (Diplomatic Clause) If the Tenant's said employee is transferred out of Singapore or ceases to be employed by the Tenant at any time after the expiry of twelve (12) months of the Term, the Tenant may terminate this Agreement by giving the Landlord not less than two (2) months' written notice or paying two (2) months' rent in lieu of notice.
6. (Option to Renew) The Landlord shall, on the written request of the Tenant made not less than two (2) months before the expiry of the Term and provided the Tenant has observed its covenants, grant the Tenant a further term of one (1) year at the prevailing market rent, but otherwise on the same terms save for this option.
7. The stamp duty on this Agreement and its duplicate shall be borne by the Tenant.
8. This Agreement shall be governed by and construed in accordance with the laws of the Republic of Singapore.
SIGNED by the Landlord TAN WEI MING in the presence of: Lim Shu Fen, Property Agent (CEA Reg. No. R061234B)
SIGNED for and on behalf of the Tenant HALVORSEN MARINE ASIA PTE. LTD. by Ingrid Solberg, Managing Director, in the presence of: Kenneth Goh`,
    truth: {
      title: "Tenancy Agreement",
      documentType: "Lease",
      parties: ["Tan Wei Ming", "Halvorsen Marine Asia Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-05-15",
      expiryDate: "2028-05-14",
      term: "24 months",
    },
  },
];
