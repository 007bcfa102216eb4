import type { UnseenDocument } from "../unseen/types";

/** Tuning set v14 (helper b): property and construction documents drafted in many jurisdictions and house styles. */
export const PROPERTY_AND_CONSTRUCTION_V14: UnseenDocument[] = [
  {
    id: "v14-b-retail-shop-lease-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# RETAIL SHOP LEASE
Shop 14, Parramatta Gateway Centre, 180 Church Street, Parramatta NSW 2150
# Schedule 1 – Reference Schedule
| Item | Particulars |
| Item 1 – Lessor | Gateway Centre Nominees Pty Ltd ACN 611 402 877 as trustee for the Gateway Centre Unit Trust, Level 9, 1 Macquarie Place, Sydney NSW 2000 |
| Item 2 – Lessee | Minh Quoc Tran and Linh Thi Nguyen, both of 22 Marion Street, Harris Park NSW 2150 |
| Item 3 – Premises | Shop 14, ground floor, lettable area approximately 86 square metres |
| Item 4 – Commencement Date | 1 July 2026 |
| Item 5 – Term | Five (5) years |
| Item 6 – Terminating Date | The day before the fifth anniversary of the Commencement Date |
| Item 7 – Option Term | One further term of five (5) years (see clause 18) |
| Item 8 – Base Rent | $96,750 per annum plus GST, payable monthly in advance |
| Item 9 – Permitted Use | Bakery and café |
| Item 10 – Bank Guarantee | An amount equal to three (3) months' Base Rent plus GST |
===
# 1. Definitions and interpretation
1.1 In this Lease, “Commencement Date”, “Term” and “Terminating Date” have the meanings given to them in Items 4, 5 and 6 of the Reference Schedule.
1.2 If the Lessee comprises two or more persons, the obligations of the Lessee bind them jointly and each of them severally.
# 2. Grant of lease
2.1 The Lessor leases the Premises to the Lessee for the Term set out in Item 5, starting on the Commencement Date and ending on the Terminating Date.
# 3. Rent and outgoings
3.1 The Base Rent is reviewed on each anniversary of the Commencement Date by reference to the CPI (Sydney, All Groups).
3.2 The Lessee must pay its proportion of outgoings within fourteen (14) days after receiving the Lessor's invoice.
# 18. Option for further term
18.1 If the Lessee wishes to take a further lease for the Option Term, it must give the Lessor written notice not earlier than six (6) months and not later than three (3) months before the Terminating Date.
18.2 The further lease does not arise unless the Lessee exercises the option under clause 18.1 and is not then in breach.
# 19. Disclosure
19.1 The Lessee acknowledges receiving the Lessor's disclosure statement under the Retail Leases Act 1994 (NSW) on 2 May 2026.
# 20. Governing law
20.1 This Lease is governed by the laws of New South Wales and the parties submit to the non-exclusive jurisdiction of its courts.
===
Dated: 12 June 2026
Executed by Gateway Centre Nominees Pty Ltd ACN 611 402 877 as trustee for the Gateway Centre Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth)
Director: Paul Antonio Ricci    Director/Secretary: Helen Mary O'Brien
Signed by Minh Quoc Tran in the presence of: Witness: Daniel Kwok
Signed by Linh Thi Nguyen in the presence of: Witness: Daniel Kwok`,
    truth: {
      title: "Retail Shop Lease",
      documentType: "Lease",
      parties: ["Gateway Centre Nominees Pty Ltd", "Minh Quoc Tran", "Linh Thi Nguyen"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      expiryDate: "2031-06-30",
      term: "5 years",
    },
  },
  {
    id: "v14-b-licence-to-occupy-edinburgh",
    format: "docx",
    storedPageCount: 2,
    source: `# LICENCE TO OCCUPY
Unit 3, Caledonian Quays Arches, Edinburgh
MINUTE OF AGREEMENT between
CALEDONIAN QUAYS DEVELOPMENTS LIMITED, incorporated under the Companies Acts (Registered Number SC402118) and having its Registered Office at 40 Lochrin Square, Edinburgh EH3 9QS (“the Licensor”)
and
FRASER MUIR ANDERSON, residing at 7 Coburg Street, Leith, Edinburgh EH6 6ET, and ISLA CATRIONA BAIN, residing at 19 Warriston Crescent, Edinburgh EH3 5LB (together “the Licensee”)
WHEREAS the Licensor is heritable proprietor of the Arches and has agreed to permit the Licensee to occupy Unit 3 as a ceramics studio on the terms of this Minute of Agreement:
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. Definitions: In this Minute of Agreement “Date of Entry” means 1 August 2026 and “Licence Period” means the period of twenty-six (26) weeks from and including the Date of Entry to and including 29 January 2027.
2. Grant: The Licensor grants to the Licensee a personal licence to occupy Unit 3 for the Licence Period. This Minute of Agreement does not create a lease and the Licensee shall have no exclusive possession.
3. Licence Fee: The Licensee shall pay a licence fee of £1,150 per calendar month in advance on the first day of each month, the first payment to be made on the Date of Entry.
4. Deposit: The Licensee shall pay a deposit of £2,300, to be returned within twenty-eight (28) days after the end of the Licence Period less any sums due.
5. Early termination: Either party may bring the licence to an end before the expiry of the Licence Period by giving not less than four (4) weeks' written notice to the other.
6. Use: The Licensee shall use Unit 3 only as a ceramics studio and shall not operate kilns between 10 pm and 7 am.
7. No continuation: At the end of the Licence Period the Licensee shall remove its equipment and vacate, and no tacit relocation or continuation of occupation shall arise.
8. Law: This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish Courts.
===
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
Subscribed for and on behalf of CALEDONIAN QUAYS DEVELOPMENTS LIMITED at Edinburgh on 14 July 2026 by Gordon Alasdair Reid, Director, before this witness: Morag Elaine Stewart, 40 Lochrin Square, Edinburgh
Subscribed by FRASER MUIR ANDERSON at Edinburgh on 16 July 2026 before this witness: Callum Ross, Solicitor, Edinburgh
Subscribed by ISLA CATRIONA BAIN at Edinburgh on 16 July 2026 before this witness: Callum Ross, Solicitor, Edinburgh`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Caledonian Quays Developments Limited", "Fraser Muir Anderson", "Isla Catriona Bain"],
      governingLaw: "Scotland",
      effectiveDate: "2026-08-01",
      expiryDate: "2027-01-29",
      term: "26 weeks",
    },
  },
  {
    id: "v14-b-deed-of-variation-dublin-lease",
    format: "pdf",
    source: `# DEED OF VARIATION
relating to a Lease of Unit 5, Ballycoolin Business Park, Dublin 15
THIS DEED OF VARIATION is made the 18th day of May 2026
BETWEEN
(1) LIFFEY LOGISTICS PROPERTIES DESIGNATED ACTIVITY COMPANY (registered number 651190) having its registered office at 2 Grand Canal Square, Dublin 2 (the "Landlord");
(2) KESTREL COLD CHAIN LIMITED (registered number 488302) having its registered office at Unit 5, Ballycoolin Business Park, Dublin 15 (the "Tenant"); and
(3) NIALL PATRICK DEVANE of 14 Seafield Road, Clontarf, Dublin 3 (the "Guarantor").
RECITALS
(A) By a lease dated 1 March 2019 between the Landlord (1), the Tenant (2) and the Guarantor (3) (the "Lease") the Premises were demised to the Tenant for a term of fifteen years from 1 March 2019 at the rent and subject to the covenants and conditions contained in the Lease.
(B) The parties have agreed to vary the Lease on the terms of this Deed with effect from the Variation Date.
NOW THIS DEED WITNESSES as follows:
1. Interpretation
1.1 Words defined in the Lease have the same meanings in this Deed. "Variation Date" means 1 June 2026.
2. Variations
2.1 With effect from the Variation Date the Lease is varied as follows:
(a) the definition of "Permitted Use" is deleted and replaced with "use as a temperature-controlled warehouse and distribution centre with ancillary offices";
(b) in clause 4.2 the words "quarterly in advance" are replaced with "monthly in advance on the first day of each month"; and
(c) clause 11.6 (Tenant's break option) is deleted.
2.2 In consideration of the Tenant agreeing to the deletion of clause 11.6, the Landlord shall allow the Tenant a rent concession of €42,000, to be applied against the rent falling due in the first three months after the Variation Date.
3. Guarantor
3.1 The Guarantor consents to this Deed and confirms that his obligations under the Lease extend to the Lease as varied.
4. Continuation
4.1 The Lease remains in full force and effect as varied by this Deed, and the Lease and this Deed shall be read and construed as one document.
5. Governing law and jurisdiction
5.1 This Deed is governed by and shall be construed in accordance with the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
IN WITNESS whereof the parties have executed this Deed as a deed on the date first written above.
PRESENT when the common seal of LIFFEY LOGISTICS PROPERTIES DESIGNATED ACTIVITY COMPANY was affixed hereto: Director / Secretary
PRESENT when the common seal of KESTREL COLD CHAIN LIMITED was affixed hereto: Director / Secretary
SIGNED SEALED AND DELIVERED by NIALL PATRICK DEVANE in the presence of: Aoife Brennan, Solicitor, Dublin 2`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Liffey Logistics Properties Designated Activity Company", "Kestrel Cold Chain Limited", "Niall Patrick Devane"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-01",
      amends: "Lease",
    },
  },
  {
    id: "v14-b-memorandum-rent-review-birmingham",
    format: "txt",
    source: `# MEMORANDUM OF RENT REVIEW
Premises: Second Floor, 31 Colmore Row, Birmingham B3 2BS
Lease: a lease dated 29 September 2016 and made between Colmore Row Investments Limited (1) and Tallis Pryce LLP (2) for a term of 15 years from and including 29 September 2016
Rent review: the review under clause 5 of the Lease as at 29 September 2026
THIS MEMORANDUM is dated 11 November 2026 and is made between:
(1) ASHGROVE PENSION TRUSTEES LIMITED (company number 03348871) of 5 Brindleyplace, Birmingham B1 2JB and ELEANOR MAY FITZWILLIAM of Hollybank House, Barnt Green B45 8NU, as trustees of the Ashgrove Retirement Benefits Scheme (together the "Landlord"); and
(2) TALLIS PRYCE LLP (registered number OC318224) whose registered office is at Second Floor, 31 Colmore Row, Birmingham B3 2BS (the "Tenant").
1. The Landlord is the current owner of the reversion immediately expectant on the term granted by the Lease.
2. The Landlord and the Tenant record that the rent review under clause 5 of the Lease as at 29 September 2026 has been agreed and that the yearly rent reviewed as at that date is £184,500 (one hundred and eighty-four thousand five hundred pounds) exclusive of VAT.
3. The Tenant shall pay to the Landlord the difference between the rent paid and the reviewed rent for the period since 29 September 2026, together with interest under section 4.3 of the Lease, within fourteen (14) days of the date of this Memorandum.
4. The next review date under the Lease remains 29 September 2031.
5. This Memorandum is supplemental to the Lease. Each party shall keep this Memorandum with its counterpart of the Lease.
6. This Memorandum and any dispute or claim arising out of it shall be governed by the law of England and Wales.
Signed by Marcus Webb, director, for and on behalf of ASHGROVE PENSION TRUSTEES LIMITED
Signed by ELEANOR MAY FITZWILLIAM
Signed by Priya Lakhani, designated member, for and on behalf of TALLIS PRYCE LLP`,
    truth: {
      title: "Memorandum of Rent Review",
      documentType: "Other",
      parties: ["Ashgrove Pension Trustees Limited", "Eleanor May Fitzwilliam", "Tallis Pryce LLP"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-11-11",
    },
  },
  {
    id: "v14-b-architect-services-ontario",
    format: "docx",
    source: `# PROFESSIONAL SERVICES AGREEMENT
Architectural Services – Lakeshore Commons Mixed-Use Development, Mississauga
This Agreement is made and entered into as of the 3rd day of March, 2026 (the "Effective Date"),
BETWEEN:
2781145 ONTARIO INC., a corporation incorporated under the laws of the Province of Ontario, having its office at 100 Lakeshore Road East, Suite 400, Mississauga, Ontario L5G 1E3 (the "Owner")
AND:
HOLLOWAY VANCE ARCHITECTS INC., a corporation incorporated under the laws of the Province of Ontario, having its office at 312 Adelaide Street West, Toronto, Ontario M5V 1R2 (the "Architect")
WHEREAS the Owner intends to construct a twelve-storey mixed-use building with 184 residential units and ground-floor retail (the "Project") and wishes to retain the Architect to provide the services described in Schedule A.
ARTICLE 1 – SERVICES
1.1 The Architect shall provide the design, contract administration and field review services described in Schedule A (the "Services") with the standard of care of a prudent architect licensed by the Ontario Association of Architects.
ARTICLE 2 – TERM
2.1 This Agreement commences on the Effective Date and shall continue in force until terminated in accordance with Article 11.
2.2 The current construction schedule in Schedule B contemplates a construction period of approximately twenty-two (22) months; the schedule is an estimate only and does not limit the duration of this Agreement.
ARTICLE 3 – FEES AND PAYMENT
3.1 The Owner shall pay the Architect a fee of 5.25% of the Construction Cost, invoiced monthly. Invoices are payable within thirty (30) days of receipt, subject to the holdback required by the Construction Act (Ontario).
===
ARTICLE 8 – INSURANCE
8.1 The Architect shall maintain professional liability insurance of not less than $5,000,000 per claim throughout the Services and for two (2) years after substantial performance of the Project.
ARTICLE 10 – CONFIDENTIALITY
10.1 Each party shall keep the other's confidential information confidential during this Agreement and for three (3) years after its termination.
ARTICLE 11 – TERMINATION
11.1 The Owner may terminate this Agreement for convenience on thirty (30) days' written notice. Either party may terminate on fifteen (15) days' notice if the other fails to remedy a material breach.
ARTICLE 12 – GOVERNING LAW
12.1 This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
IN WITNESS WHEREOF the parties have executed this Agreement as of the Effective Date.
2781145 ONTARIO INC. Per: Sandeep Gill, President – I have authority to bind the corporation.
HOLLOWAY VANCE ARCHITECTS INC. Per: Margaret Holloway, OAA, Principal – I have authority to bind the corporation.`,
    truth: {
      title: "Professional Services Agreement",
      documentType: "Services agreement",
      parties: ["2781145 Ontario Inc.", "Holloway Vance Architects Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-03-03",
      term: "Until terminated",
    },
  },
  {
    id: "v14-b-collateral-warranty-belfast",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF COLLATERAL WARRANTY
Contractor's warranty in favour of the Funder – Abercorn Basin Residential, Belfast
THIS DEED is made on the 9th day of February 2026
BETWEEN:
(1) MOURNE BUILD CONTRACTS LIMITED (Company No. NI612044) whose registered office is at 18 Linenhall Street, Belfast BT2 8BG ("the Contractor");
(2) ABERCORN BASIN RESIDENTIAL LIMITED (Company No. NI655781) whose registered office is at 3 Queen's Road, Belfast BT3 9DT ("the Employer"); and
(3) LAGAN VALLEY BANK PLC (Company No. NI030117) whose registered office is at 1 Donegall Square East, Belfast BT1 5HB ("the Funder").
BACKGROUND
(A) By a building contract dated 14 October 2025 (the "Building Contract") the Employer engaged the Contractor to design and construct 142 apartments at Abercorn Basin, Belfast (the "Works"). The Building Contract provides for a contract period of thirty (30) months.
(B) The Funder has agreed to provide finance for the Works to the Employer under a facility agreement dated 2 October 2025.
===
OPERATIVE PROVISIONS
1. Warranty: The Contractor warrants to the Funder that it has performed and will continue to perform its obligations under the Building Contract and that it has exercised the skill, care and diligence of a competent design and build contractor.
2. Step-in: The Contractor shall not terminate the Building Contract without giving the Funder not less than twenty-one (21) days' notice, during which the Funder may give notice requiring the Contractor to accept its instructions.
3. Insurance: The Contractor shall maintain professional indemnity insurance of not less than £10,000,000 for any one claim until twelve (12) years after practical completion of the Works.
4. Limitation: No action or proceedings shall be commenced against the Contractor under this Deed after the expiry of twelve (12) years from the date of practical completion of the Works.
5. Assignment: The Funder may assign the benefit of this Deed on two occasions without the consent of the Contractor.
6. Employer: The Employer joins in this Deed to acknowledge the Funder's step-in rights.
7. Governing law: This Deed shall be governed by and construed in accordance with the laws of Northern Ireland and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
===
IN WITNESS of which this Deed has been executed and delivered on the date written at the beginning.
Executed as a deed by MOURNE BUILD CONTRACTS LIMITED acting by two directors: Eamon Joseph McCartan and Ruth Ellen Gibson
Executed as a deed by ABERCORN BASIN RESIDENTIAL LIMITED acting by a director in the presence of a witness: Director: Conor Hanna; Witness: Shauna Doherty
Executed as a deed by LAGAN VALLEY BANK PLC acting by its attorney: Gareth William Lyttle`,
    truth: {
      title: "Deed of Collateral Warranty",
      documentType: "Deed",
      parties: ["Mourne Build Contracts Limited", "Abercorn Basin Residential Limited", "Lagan Valley Bank PLC"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v14-b-signage-consent-letter-singapore",
    format: "txt",
    source: `HARBOURFRONT PLAZA PTE. LTD.
(Company Registration No. 201534567K)
1 Maritime Square #10-01, Singapore 099253
Our Ref: HFP/LM/2026/118
Your Ref: KS/SG/0412
7 April 2026
By email and by hand
The Directors
Kopi & Scones Pte. Ltd.
Unit #02-33, Harbourfront Plaza
1 Maritime Square, Singapore 099253
Dear Sirs
# Consent to Installation of External Signage
1. We refer to your letter dated 12 March 2026 requesting our consent to install an illuminated fascia sign above the shopfront of Unit #02-33, and to the lease of the unit dated 1 November 2024 (the "Lease"), under which the unit is let to you for a term of three (3) years from 1 November 2024.
2. We consent to the installation of the sign in accordance with drawing KS-SG-02 rev B, subject to the following conditions:
(a) the works must be completed within eight (8) weeks of the date of this letter by a contractor approved by us;
(b) you must obtain any approval required from the Urban Redevelopment Authority before the works start;
(c) you must remove the sign and make good the fascia at the expiry or earlier termination of the Lease; and
(d) you must pay our costs of S$1,200 (plus GST) within fourteen (14) days of our invoice.
3. This consent is personal to you, does not waive any breach of the Lease, and lapses if the works are not started within the period in condition (a).
4. This letter is governed by the laws of Singapore.
Please sign and return the enclosed duplicate of this letter to confirm your agreement to the conditions.
Yours faithfully
for and on behalf of Harbourfront Plaza Pte. Ltd.
Tan Wei Ling
Leasing Manager
We acknowledge and agree to the conditions set out above.
for and on behalf of Kopi & Scones Pte. Ltd.
Name: Jeremy Lim Kok Seng, Director
Date: 10 April 2026`,
    truth: {
      title: "Consent to Installation of External Signage",
      documentType: "Letter",
      parties: ["Harbourfront Plaza Pte. Ltd.", "Kopi & Scones Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-04-07",
    },
  },
  {
    id: "v14-b-grazing-lease-waikato",
    format: "docx",
    storedPageCount: 2,
    source: `# GRAZING LEASE
Date of this lease: 20 May 2026
# Key details
| Lessor | Te Awamutu Pastoral Holdings Limited (company number 1874223), 480 Ōhaupō Road, Te Awamutu 3800 |
| Lessee | Hemi Rāwiri Walker and Sarah Jane Walker, both of 15 Kihikihi Road, Te Awamutu 3800 |
| Land | Approximately 64 hectares, being Lot 2 DPS 81234 (Record of Title SA62C/411) |
| Start date | 1 June 2026 |
| Initial term | One (1) year commencing on the Start date and ending on 31 May 2027 |
| Rent | $28,800 plus GST per year, payable quarterly in advance |
| Stock limit | 140 stock units; no dairy cows |
# Terms
1. Term and renewal
1.1 The Lessor leases the Land to the Lessee for the Initial term for grazing only.
1.2 At the end of the Initial term, and at the end of each renewal period, this lease automatically renews for a further period of one (1) year on the same terms, unless either party gives the other written notice at least three (3) months before the end of the Initial term or the current renewal period that it does not want the lease to renew.
2. Use of the Land
2.1 The Lessee must not crop, cultivate or sublet the Land, and must remove all stock within seven (7) days after the lease ends.
2.2 The Lessee must apply at least 250 kg per hectare of fertiliser each year, in autumn.
3. Fences and water
3.1 The Lessor maintains boundary fences and the water supply; the Lessee maintains internal fences and troughs.
4. Default
4.1 If the Lessee fails to pay rent within ten (10) working days after it is due, the Lessor may cancel this lease by notice under section 245 of the Property Law Act 2007.
5. Law
5.1 This lease is governed by New Zealand law.
===
Signed for Te Awamutu Pastoral Holdings Limited by its director Graham Keith Pollock
Signed by Hemi Rāwiri Walker    Signed by Sarah Jane Walker
Witness to all signatures: Anahera Tipene, Solicitor, Hamilton`,
    truth: {
      title: "Grazing Lease",
      documentType: "Lease",
      parties: ["Te Awamutu Pastoral Holdings Limited", "Hemi Rāwiri Walker", "Sarah Jane Walker"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-05-31",
      term: "1 year",
      renewal: "1 year",
    },
  },
];
