import type { UnseenDocument } from "../unseen/types";

/** Tuning set v11: people and property documents (employment, consultants, secondments, leases, licences to occupy, lease variations). */
export const PEOPLE_AND_PROPERTY_V11: UnseenDocument[] = [
  {
    id: "v11-people-offer-letter-new-york",
    format: "pdf",
    source: `BRIGHTWATER ANALYTICS, INC.
250 Hudson Street, 9th Floor, New York, NY 10013
March 3, 2026
PERSONAL AND CONFIDENTIAL
Ms. Priya K. Raman
41 Garfield Place, Apt. 3R
Brooklyn, NY 11215
# Offer of Employment
Dear Priya:
On behalf of Brightwater Analytics, Inc. (the “Company”), I am delighted to offer you the position of Senior Data Scientist, reporting to the Vice President of Research. Your employment will begin on April 13, 2026 (the “Commencement Date”).
Compensation. Your base salary will be $185,000 per year, paid semi-monthly, and you will be eligible for an annual bonus of up to 15% of base salary.
Introductory period. The first ninety (90) days of your employment will be an introductory period during which your performance will be reviewed.
Restrictive covenants. As a condition of employment you must sign the Company’s Confidentiality and Non-Solicitation Agreement, under which you agree not to solicit Company clients for twelve (12) months after your employment ends.
At-will employment. Your employment has no fixed term: it will continue until terminated by you or the Company at any time, with or without cause or notice. We ask that you give two weeks’ notice if you resign.
Governing law. This letter is governed by the laws of the State of New York.
This offer will lapse if not accepted by March 10, 2026. Please sign below to confirm your acceptance.
Sincerely,
Jonathan R. Feld
Chief People Officer, Brightwater Analytics, Inc.
Accepted and agreed: Priya K. Raman        Date: March 6, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Brightwater Analytics, Inc.", "Priya K. Raman"],
      governingLaw: "New York",
      effectiveDate: "2026-04-13",
      term: "Until terminated",
    },
  },
  {
    id: "v11-people-directors-service-agreement-scotland",
    format: "pdf",
    pageFooters: true,
    source: `# DIRECTOR’S SERVICE AGREEMENT
between
CAIRNGORM RENEWABLES LIMITED, a company incorporated under the Companies Acts (Registered Number SC612345) and having its Registered Office at 3 Marischal Square, Broad Street, Aberdeen AB10 1BL (“the Company”)
and
ALASDAIR RUARIDH MACLEOD, residing at Tigh na Mara, 7 Shore Road, Stonehaven AB39 2JY (“the Executive”)
# 1. Appointment and Duration
1.1 The Company appoints the Executive, and the Executive agrees to serve, as Chief Technical Officer of the Company.
1.2 The Executive’s employment under this Agreement commenced on 1 January 2026 (“the Commencement Date”) and shall continue unless and until terminated by either party giving to the other not less than twelve months’ prior written notice, or in accordance with clause 12.
1.3 The Executive’s period of continuous employment began on 3 September 2018, when he joined the Company’s subsidiary.
# 2. Remuneration
2.1 The Company shall pay the Executive a salary of £165,000 per annum, payable monthly in arrears, reviewed each April.
===
# 3. Garden Leave
During any period of notice the Company may require the Executive to remain away from work for up to six months (“Garden Leave”).
# 4. Restrictive Covenants
For twelve months after the Termination Date (reduced by any period of Garden Leave) the Executive shall not be engaged in any business competing with the Company in Scotland, and for eighteen months shall not solicit any Key Customer.
# 5. Law
This Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
Subscribed for and on behalf of Cairngorm Renewables Limited by Fiona E. Grant, Director, at Aberdeen on 14 January 2026 before this witness: Callum D. Reid, Solicitor, Aberdeen
Subscribed by Alasdair Ruaridh MacLeod at Aberdeen on 14 January 2026 before the same witness`,
    truth: {
      title: "Director's Service Agreement",
      documentType: "Employment agreement",
      parties: ["Cairngorm Renewables Limited", "Alasdair Ruaridh MacLeod"],
      governingLaw: "Scotland",
      effectiveDate: "2026-01-01",
      term: "Until terminated",
    },
  },
  {
    id: "v11-people-consultancy-kenya-table",
    format: "docx",
    storedPageCount: 2,
    source: `# CONSULTANCY AGREEMENT
This Agreement is made on 16 February 2026 between the parties named in the table below.
| Client | The Registered Trustees of the Savanna Health Foundation, a body corporate incorporated under the Trustees (Perpetual Succession) Act (Cap. 164), of P.O. Box 40123-00100, Nairobi |
| Consultant | Wanjiru Achieng Otieno, of House No. 12, Lavington Green, James Gichuru Road, Nairobi (ID No. 23456789) |
| Services | Monitoring and evaluation of the maternal health programme in Kisumu and Siaya counties |
| Commencement Date | 2 March 2026 |
| Term | Twelve (12) months commencing on the Commencement Date |
| Fees | KES 650,000 per month, payable within 30 days of receipt of a valid invoice |
| Governing Law | Kenya |
# 1. Engagement
1.1 The Client engages the Consultant to provide the Services for the Term as an independent contractor and not as an employee.
1.2 The Consultant shall devote not less than fifteen (15) days in each month to the Services.
===
# 2. Termination
2.1 Either party may terminate this Agreement by giving one (1) month’s written notice.
# 3. Confidentiality
3.1 The Consultant shall keep confidential all information relating to the programme beneficiaries during the Term and for three (3) years afterwards.
# 4. Law
4.1 This Agreement is governed by the laws of Kenya and any dispute shall be referred to arbitration in Nairobi.
| Signed by Dr. Njeri M. Kamau, Chairperson, for The Registered Trustees of the Savanna Health Foundation | Signed by Wanjiru Achieng Otieno |`,
    truth: {
      title: "Consultancy Agreement",
      documentType: "Services agreement",
      parties: ["The Registered Trustees of the Savanna Health Foundation", "Wanjiru Achieng Otieno"],
      governingLaw: "Kenya",
      effectiveDate: "2026-03-02",
      expiryDate: "2027-03-01",
      term: "12 months",
    },
  },
  {
    id: "v11-people-secondment-guernsey-trustee-host",
    format: "txt",
    source: `# SECONDMENT AGREEMENT
THIS AGREEMENT is dated 20 May 2026
BETWEEN
(1) SARNIA FIDUCIARY SERVICES LIMITED, a company incorporated in Guernsey with registered number 54321, whose registered office is at Les Banques House, St Peter Port, Guernsey GY1 2HP (the "Employer"); and
(2) CASTEL TRUST COMPANY LIMITED, a company incorporated in Guernsey with registered number 61234, whose registered office is at La Route de la Hougue du Pommier, Castel, Guernsey GY5 7FQ, acting in its capacity as trustee of the Les Vardes Settlement (the "Host").
1. DEFINITIONS
"Commencement Date" means 1 June 2026.
"Secondee" means Thomas E. J. Le Page, an employee of the Employer.
"Secondment Period" means the period from the Commencement Date to 31 May 2027.
2. SERVICES OF THE SECONDEE
2.1 The Employer agrees to provide the services of the Secondee to the Host as trust administration manager for the Secondment Period, and the Host shall pay the Employer the Secondment Fee monthly in arrears.
2.2 The Secondee remains employed by the Employer throughout; nothing in this Agreement creates employment between the Secondee and the Host.
3. TERM
3.1 This Agreement shall continue for the Secondment Period and shall then end automatically, unless terminated earlier on not less than two months' written notice.
4. RESTRICTIONS
4.1 For six months after the Secondment Period the Host shall not employ or engage the Secondee without the Employer's prior written consent.
5. GOVERNING LAW
5.1 This Agreement is governed by the laws of the Island of Guernsey and the parties submit to the exclusive jurisdiction of the Royal Court of Guernsey.
Signed by Margaret A. Ozanne, Director, for SARNIA FIDUCIARY SERVICES LIMITED
Signed by Jean-Paul R. Mauger, Director, for CASTEL TRUST COMPANY LIMITED as trustee of the Les Vardes Settlement
Acknowledged by the Secondee: Thomas E. J. Le Page`,
    truth: {
      title: "Secondment Agreement",
      documentType: "Services agreement",
      parties: ["Sarnia Fiduciary Services Limited", "Castel Trust Company Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-06-01",
      expiryDate: "2027-05-31",
      term: "12 months",
    },
  },
  {
    id: "v11-people-deed-of-lease-new-zealand-final-expiry",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF LEASE
THIS DEED is made on 10 June 2026
# FIRST SCHEDULE – PARTICULARS OF LEASE, RENT, RENT REVIEW DATES AND RIGHTS OF RENEWAL
| Landlord | Aroha Mere Ngata and Peter James Whitcombe, both of Wellington, as trustees of the Ngata Family Trust |
| Tenant | Kōwhai Coffee Roasters Limited (company number 7654321), of 19 Tory Street, Te Aro, Wellington 6011 |
| Premises | Ground floor, 21 Tory Street, Te Aro, Wellington, being approximately 240 square metres |
| Commencement Date | 1 July 2026 |
| Term | Six (6) years commencing on the Commencement Date |
| Expiry Date | 30 June 2032 |
| Rights of Renewal | Two (2) further terms of three (3) years each, exercisable by the Tenant giving notice |
| Final Expiry Date (if all rights of renewal are exercised) | 30 June 2038 |
| Annual Rent | $96,000 plus GST, payable monthly in advance |
| Rent Review Dates | 1 July 2028, 1 July 2030 and each renewal date |
| Business Use | Specialty coffee roastery, café and retail sales |
# SECOND SCHEDULE – TERMS OF LEASE
1. The Landlord leases the Premises to the Tenant for the Term, and the Tenant accepts the lease on the terms of this Deed.
2. The Tenant may exercise each right of renewal only by written notice given not earlier than six months and not later than three months before the end of the current term.
3. The Tenant shall not assign or sublet without the Landlord’s prior written consent, which shall not be unreasonably withheld.
===
4. No compensation is payable to the Tenant for any improvements at the end of the lease, and the Tenant must reinstate the Premises within 20 working days after the end of the lease.
5. This Lease is governed by the laws of New Zealand.
Signed by Aroha Mere Ngata as trustee, in the presence of: Hemi T. Walker, Solicitor, Wellington
Signed by Peter James Whitcombe as trustee, in the presence of: Hemi T. Walker, Solicitor, Wellington
Signed for Kōwhai Coffee Roasters Limited by its directors Sophie L. Tam and Matiu J. Rangi`,
    truth: {
      title: "Deed of Lease",
      documentType: "Lease",
      parties: ["Aroha Mere Ngata", "Peter James Whitcombe", "Kōwhai Coffee Roasters Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-07-01",
      expiryDate: "2032-06-30",
      term: "6 years",
    },
  },
  {
    id: "v11-people-licence-to-occupy-northern-ireland",
    format: "docx",
    source: `# LICENCE TO OCCUPY
THIS LICENCE is dated 27 April 2026
PARTIES
(1) LAGAN QUAY PROPERTIES LIMITED incorporated and registered in Northern Ireland with company number NI654987 whose registered office is at 6 Lanyon Place, Belfast BT1 3LP (the "Licensor")
(2) EMBER & OAK DESIGN LLP a limited liability partnership registered in Northern Ireland with number NC001234 whose registered office is at 44 Donegall Pass, Belfast BT7 1BS (the "Licensee")
BACKGROUND
(A) The Licensor holds the Building under a lease dated 1 January 2011 for a term of 25 years from that date (the "Headlease").
(B) The Licensor has agreed to allow the Licensee to occupy the Licensed Area on a non-exclusive basis as a licensee and not as a tenant.
AGREED TERMS
1. Definitions: "Commencement Date" means 4 May 2026; "Licensed Area" means the studio space on the third floor of the Building shown edged red on the attached plan.
2. The Licensor permits the Licensee to use the Licensed Area from the Commencement Date for design studio use.
3. This licence continues until terminated by either party giving the other not less than four weeks' written notice, or immediately if the Headlease ends.
4. The Licensee shall pay a licence fee of £1,250 per month in advance and a deposit of £2,500, to be returned within 28 days after the licence ends.
===
5. This licence is personal to the Licensee and does not create a tenancy or confer any right to exclusive possession.
6. This licence and any dispute arising out of it are governed by the law of Northern Ireland and subject to the exclusive jurisdiction of the courts of Northern Ireland.
Signed by Ciaran J. McAllister, director, for and on behalf of LAGAN QUAY PROPERTIES LIMITED
Signed by Orla B. Devlin, member, for and on behalf of EMBER & OAK DESIGN LLP`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Lagan Quay Properties Limited", "Ember & Oak Design LLP"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-05-04",
      term: "Until terminated",
    },
  },
  {
    id: "v11-people-deed-of-variation-victoria",
    format: "pdf",
    source: `# DEED OF VARIATION OF LEASE
THIS DEED is made on the 2nd day of February 2026
BETWEEN YARRA BEND HOLDINGS PTY LTD (ACN 123 456 789) of Level 4, 101 Collins Street, Melbourne, Victoria 3000, in its capacity as trustee for the Yarra Bend Unit Trust (Landlord)
AND MELISSA JANE O'CONNOR of 17 Rowe Street, Fitzroy North, Victoria 3068 and DANIEL R. FITZGERALD of 3/52 Nicholson Street, Brunswick East, Victoria 3057 (together, Tenant)
AND BRUNSWICK STREET HOSPITALITY PTY LTD (ACN 987 654 321) of 280 Brunswick Street, Fitzroy, Victoria 3065 (Guarantor)
# RECITALS
A. By a Retail Premises Lease dated 14 February 2023 the Landlord leased the premises at 280 Brunswick Street, Fitzroy to the Tenant for a term of five (5) years commencing on 1 March 2023, with one option to renew for a further five (5) years.
B. The parties have agreed to vary the Lease on the terms of this deed.
# OPERATIVE PART
1. Effective Date. In this deed, Effective Date means 1 March 2026.
2. Variation of rent. On and from the Effective Date, Item 9 of the Schedule to the Lease is varied by deleting “$84,000 per annum” and inserting “$91,500 per annum”.
3. Variation of permitted use. On and from the Effective Date, the permitted use in Item 6 of the Schedule to the Lease is varied to “café, restaurant and licensed bar trading until 11.00 pm”.
4. No other change. Except as varied by this deed, the Lease (including its term and option) continues unchanged, and the Guarantor confirms that its guarantee extends to the Lease as varied.
5. Costs. The Tenant must pay the Landlord’s reasonable legal costs of this deed within 14 days of demand.
6. Governing law. This deed is governed by the laws of Victoria.
Executed as a deed by Yarra Bend Holdings Pty Ltd as trustee for the Yarra Bend Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth) by its sole director and secretary, Harriet E. Lowndes
Signed, sealed and delivered by Melissa Jane O'Connor in the presence of Tom W. Baxter
Signed, sealed and delivered by Daniel R. Fitzgerald in the presence of Tom W. Baxter
Executed as a deed by Brunswick Street Hospitality Pty Ltd by its directors Melissa Jane O'Connor and Daniel R. Fitzgerald`,
    truth: {
      title: "Deed of Variation of Lease",
      documentType: "Amendment",
      parties: ["Yarra Bend Holdings Pty Ltd", "Melissa Jane O'Connor", "Daniel R. Fitzgerald", "Brunswick Street Hospitality Pty Ltd"],
      governingLaw: "Victoria",
      effectiveDate: "2026-03-01",
      amends: "Retail Premises Lease",
    },
  },
  {
    id: "v11-people-contract-of-employment-india",
    format: "txt",
    source: `# CONTRACT OF EMPLOYMENT
This Contract of Employment is executed at Bengaluru on this 10th day of March, 2026
BY AND BETWEEN
DECCAN CIRCUITWORKS PRIVATE LIMITED, a company incorporated under the Companies Act, 2013 (CIN U31909KA2015PTC081234), having its registered office at No. 42, 3rd Cross, Electronic City Phase II, Bengaluru 560100, Karnataka (hereinafter referred to as the "Company", which expression shall include its successors and assigns) of the ONE PART;
AND
Mr. VENKATA S. R. SUBRAMANIAM, son of Mr. S. Ramakrishnan, aged 34 years, residing at Flat 7B, Prestige Lakeside Habitat, Whitefield, Bengaluru 560066 (hereinafter referred to as the "Employee") of the OTHER PART.
1. Appointment: The Company appoints the Employee as Lead Hardware Design Engineer for a fixed term of two (2) years commencing on 1st April, 2026 (the "Commencement Date").
2. Renewal: Unless either party gives the other written notice of non-renewal at least sixty (60) days before its expiry, this Contract shall be automatically renewed on the same terms for a further period of one (1) year, and likewise at the end of each renewed period.
3. Probation: The Employee shall be on probation for the first six (6) months, which may be extended by a further three (3) months.
4. Minimum service: The Employee agrees not to resign during the first twelve (12) months after the Commencement Date, failing which the training costs set out in Annexure B shall be repayable.
5. Notice: After confirmation, either party may terminate this Contract by giving three (3) months' notice or salary in lieu.
6. Non-solicitation: For twelve (12) months after cessation of employment the Employee shall not solicit any employee or customer of the Company.
7. Governing law and jurisdiction: This Contract shall be governed by the laws of India, and the courts at Bengaluru shall have exclusive jurisdiction.
For DECCAN CIRCUITWORKS PRIVATE LIMITED: Ananya P. Kulkarni, Head - Human Resources
Accepted by the Employee: Venkata S. R. Subramaniam
Witness: K. Mohan Rao`,
    truth: {
      title: "Contract of Employment",
      documentType: "Employment agreement",
      parties: ["Deccan Circuitworks Private Limited", "Venkata S. R. Subramaniam"],
      governingLaw: "India",
      effectiveDate: "2026-04-01",
      expiryDate: "2028-03-31",
      term: "2 years",
      renewal: "1 year",
    },
  },
];
