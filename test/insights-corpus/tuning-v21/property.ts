import type { UnseenDocument } from "../unseen/types";

/** Tuning set v21, property: leases, a licence to occupy, a rent review memorandum, a surrender, a side letter, a management agreement and a deed of covenant. */
export const PROPERTY_V21: UnseenDocument[] = [
  {
    id: "v21-property-tanners-yard-lease",
    format: "pdf",
    pageFooters: true,
    source: `DATED 18 March 2026
(1) HARCOURT STREET PROPERTIES (NO. 2) LIMITED
(2) BLACKWOOD & FINCH LLP
# LEASE
of Unit 4, Tanner's Yard, 61 Bermondsey Street, London SE1 3XF
Term commencing: 25 March 2026
Term expiring: 24 March 2036
Pemberton Lyle LLP, 40 Holborn Viaduct, London EC1N 2PB
===
# PRESCRIBED CLAUSES
| LR1. Date of lease | 18 March 2026 |
| LR2.1 Landlord's title number | TGL482913 |
| LR3. Parties to this lease | Landlord: HARCOURT STREET PROPERTIES (NO. 2) LIMITED (company number 09876543) whose registered office is at 1 Kingsway, London WC2B 6AN. Tenant: BLACKWOOD & FINCH LLP (registered number OC412233) whose registered office is at 22 Long Lane, London SE1 4PG |
| LR4. Property | Unit 4, Tanner's Yard, 61 Bermondsey Street, London SE1 3XF, as more particularly described in clause 1.1 |
| LR5. Prescribed statements | None |
| LR6. Term for which the Property is leased | From and including 25 March 2026 to and including 24 March 2036 |
| LR7. Premium | None |
| LR8. Prohibitions or restrictions on disposing of this lease | This lease contains a provision that prohibits or restricts dispositions |
# 1. DEFINITIONS
"Contractual Term": a term of 10 years from and including the Term Commencement Date.
"Term Commencement Date": 25 March 2026.
"Rent Commencement Date": 25 December 2026, the Tenant having the benefit of a rent-free period of nine months.
"Review Date": 25 March 2031.
"Break Date": 25 March 2031, on which the Tenant may end this lease by giving the Landlord not less than six months' written notice.
"Surety": Blackwood & Finch Holdings Limited, which has guaranteed the Tenant's obligations by a separate deed of guarantee dated the same date as this lease.
# 2. GRANT
2.1 The Landlord lets the Property to the Tenant for the Contractual Term, the Tenant paying the Annual Rent of £118,500 by equal quarterly instalments in advance on the usual quarter days.
2.2 The Annual Rent shall be reviewed on the Review Date to the higher of the rent then payable and the open market rent.
# 3. EXCLUSION OF SECURITY OF TENURE
3.1 The Landlord served a notice on the Tenant under section 38A(3)(a) of the Landlord and Tenant Act 1954 on 2 March 2026, and the Tenant made a statutory declaration in response on 9 March 2026.
3.2 The parties agree that the provisions of sections 24 to 28 of the Landlord and Tenant Act 1954 are excluded in relation to the tenancy created by this lease.
# 4. GOVERNING LAW
4.1 This lease and any dispute or claim arising out of or in connection with it shall be governed by the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This lease has been executed as a deed and is delivered on the date set out in LR1.
| Executed as a deed by HARCOURT STREET PROPERTIES (NO. 2) LIMITED acting by a director in the presence of a witness | Director: Caroline Ashdown-Reeve | Witness: Thomas Bell, 5 Mill Lane, Reigate RH2 9PA |
| Executed as a deed by BLACKWOOD & FINCH LLP acting by two members | Member: Imogen Blackwood | Member: Rupert Finch |`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Harcourt Street Properties (No. 2) Limited", "Blackwood & Finch LLP"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-25",
      expiryDate: "2036-03-24",
      term: "10 years",
    },
  },
  {
    id: "v21-property-broadway-office-lease",
    format: "pdf",
    pdfMargin: 72,
    source: `# LEASE AGREEMENT
This Lease Agreement (this "Lease") is made and entered into as of the 3rd day of March, 2026, by and between 1450 BROADWAY OWNER LLC, a Delaware limited liability company ("Landlord"), acting by its managing agent, Sandor Realty Management Corp., and KESTREL & VINE DESIGN STUDIO, INC., a New York corporation ("Tenant").
# ARTICLE 1 PREMISES
1.1 Landlord hereby leases to Tenant, and Tenant hereby hires from Landlord, the entire rentable area of the fourteenth (14th) floor (the "Premises") of the building known as 1450 Broadway, New York, New York 10018 (the "Building").
# ARTICLE 2 TERM
2.1 The term of this Lease shall be five (5) years (the "Term"), commencing on May 1, 2026 (the "Commencement Date") and expiring at 11:59 p.m. on April 30, 2031 (the "Expiration Date"), unless sooner terminated as provided herein.
2.2 Renewal Option. Tenant shall have one (1) option to extend the Term for an additional period of five (5) years, exercisable only by written notice given to Landlord not less than twelve (12) months prior to the Expiration Date, at ninety-five percent (95%) of the then fair market rent. If Tenant does not exercise the option in time, it shall lapse.
2.3 Holdover. Any holding over after the Expiration Date without Landlord's written consent shall be a month-to-month tenancy at one hundred fifty percent (150%) of the Fixed Rent last payable.
# ARTICLE 3 RENT
3.1 Tenant shall pay fixed rent of $486,000 per annum ("Fixed Rent") in equal monthly installments of $40,500 in advance on the first day of each calendar month, without demand, set-off or deduction, except that Fixed Rent shall be abated for the first four (4) months of the Term.
3.2 Any installment not paid within ten (10) days after its due date shall bear a late charge of five cents per dollar.
# ARTICLE 4 SECURITY
4.1 Tenant shall deliver to Landlord an irrevocable standby letter of credit issued by Hudson Commerce Bank, N.A. in the amount of $243,000. The letter of credit shall be automatically renewable for successive one (1) year periods through a date not earlier than sixty (60) days after the Expiration Date.
4.2 Tenant's obligations under this Lease are further secured by a Good Guy Guaranty of even date made by Marisol Vine in favor of Landlord.
===
# ARTICLE 5 MISCELLANEOUS
5.1 Brokers. Landlord and Tenant each represent that no broker other than Carraway Partners LLC brought about this Lease, and Landlord shall pay Carraway Partners LLC's commission under a separate agreement.
5.2 Notices. All notices shall be in writing and sent by nationally recognized overnight courier to the addresses set forth above, with a copy of any notice to Landlord sent to Sandor Realty Management Corp., 220 East 42nd Street, New York, New York 10017.
5.3 Governing Law. This Lease shall be governed by and construed in accordance with the laws of the State of New York.
5.4 WAIVER OF JURY TRIAL. LANDLORD AND TENANT HEREBY WAIVE TRIAL BY JURY IN ANY ACTION ARISING OUT OF THIS LEASE.
IN WITNESS WHEREOF, Landlord and Tenant have executed this Lease as of the day and year first above written.
LANDLORD: 1450 BROADWAY OWNER LLC
By: Sandor Realty Management Corp., its managing agent
By: ______________________ Name: Daniel Sandor Title: President
TENANT: KESTREL & VINE DESIGN STUDIO, INC.
By: ______________________ Name: Marisol Vine Title: Chief Executive Officer`,
    truth: {
      title: "Lease Agreement",
      documentType: "Lease",
      parties: ["1450 Broadway Owner LLC", "Kestrel & Vine Design Studio, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-05-01",
      expiryDate: "2031-04-30",
      term: "5 years",
    },
  },
  {
    id: "v21-property-clyde-arcade-kiosk-licence",
    format: "docx",
    storedPageCount: 3,
    source: `# LICENCE TO OCCUPY
relating to Kiosk 2, Clyde Arcade, 40 Argyle Street, Glasgow G2 8AG
1. Grant. The Licensor grants to the Licensee, with effect from the Commencement Date, a personal licence to occupy the Kiosk for the Licence Period on the terms of this Licence. The Licensor and the Licensee are named in Part 1 of the Schedule.
2. Interpretation. Words defined in Part 1 of the Schedule have the meanings given to them there, and the Schedule forms part of this Licence.
3. Licence Fee. The Licensee shall pay the Licence Fee monthly in advance on the first day of each month by direct debit to the Licensor's Managing Agents.
4. Nature of this Licence. This Licence is personal to the Licensee, does not create a lease and confers no exclusive possession. The Licensor retains possession and control of the Kiosk and Clyde Arcade at all times.
5. Termination. Either party may terminate this Licence by giving not less than one month's written notice to the other. This Licence will end automatically at the end of the Licence Period without the need for notice, and the Licensor is under no obligation to grant a further licence.
6. Deposit. The deposit of £3,450 will be held by the Managing Agents and returned within 28 days after the end of this Licence, less any sums due to the Licensor.
7. Governing law. This Licence is governed by the law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
===
# SCHEDULE
# Part 1 – Particulars
| Licensor | CLYDE ARCADE NOMINEES (NO. 1) LIMITED (SC512340) and CLYDE ARCADE NOMINEES (NO. 2) LIMITED (SC512341), both having their registered office at 150 St Vincent Street, Glasgow G2 5NE, as trustees for the Clyde Arcade Unit Trust |
| Licensee | THE WEE BOTHY COFFEE COMPANY LTD (SC690021), having its registered office at 7 Causeyside Street, Paisley PA1 1UW |
| Managing Agents | Allan Mackie Property Management, 12 West Regent Street, Glasgow G2 1RW |
| Commencement Date | 1 June 2026 |
| Licence Period | From and including 1 June 2026 to and including 30 November 2026 |
| Licence Fee | £1,150 per month plus VAT |
| Permitted Use | The sale of hot drinks and pre-packed food for consumption off the premises |
# Part 2 – Licensee's Obligations
(a) To keep the Kiosk clean and tidy and to open for trade between 8.00 am and 6.00 pm on every day on which Clyde Arcade is open to the public.
(b) Not to display signage or make any alteration without the prior written consent of the Managing Agents.
(c) To maintain public liability insurance of not less than £5,000,000 for any one claim.
===
IN WITNESS WHEREOF these presents consisting of this and the 2 preceding pages are executed as follows:
| Subscribed for and on behalf of CLYDE ARCADE NOMINEES (NO. 1) LIMITED at Glasgow on 22 May 2026 by Fiona Craig, Director | before this witness: Euan Macleod, 150 St Vincent Street, Glasgow |
| Subscribed for and on behalf of CLYDE ARCADE NOMINEES (NO. 2) LIMITED at Glasgow on 22 May 2026 by Fiona Craig, Director | before this witness: Euan Macleod, 150 St Vincent Street, Glasgow |
| Subscribed for and on behalf of THE WEE BOTHY COFFEE COMPANY LTD at Paisley on 26 May 2026 by Callum Rennie, Director | before this witness: Morag Rennie, 7 Causeyside Street, Paisley |`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Clyde Arcade Nominees (No. 1) Limited", "Clyde Arcade Nominees (No. 2) Limited", "The Wee Bothy Coffee Company Ltd"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2026-11-30",
      term: "6 months",
    },
  },
  {
    id: "v21-property-wexford-rent-review-memorandum",
    format: "docx",
    source: `# MEMORANDUM OF RENT REVIEW
| Date | 16 June 2026 |
| Landlord | CAIRN TRUSTEES DESIGNATED ACTIVITY COMPANY (registered number 588123), having its registered office at 2 Grand Canal Square, Dublin 2, D02 A342, as trustee of the Liffey Property Unit Trust |
| Tenant | FERRYCARRIG FOODS UNLIMITED COMPANY (registered number 402977), having its registered office at Unit 9, Wexford Business Park, Wexford Y35 K2W9 |
| Lease | Lease dated 12 May 2011 between Greenmount Developments Limited (1), Ferrycarrig Foods Unlimited Company (2) and Ferrycarrig Holdings plc (3) for a term of 25 years from 1 May 2011 |
| Premises | Unit 9, Wexford Business Park, Wexford |
| Previous Rent | €164,000 per annum exclusive of VAT |
| Revised Rent | €182,500 per annum exclusive of VAT |
1. In this Memorandum “Effective Date” means 1 May 2026, being the third review date under the Lease, and other capitalised terms have the meanings given to them in the Lease.
2. The Landlord and the Tenant record that, following negotiations between Harrington Doyle Chartered Surveyors for the Landlord and Keane Walsh Property Advisers for the Tenant, the yearly rent reserved by the Lease has been agreed at the Revised Rent with effect from and including the Effective Date.
3. The Revised Rent shall be payable until the next review date under the Lease, which falls on 1 May 2031.
4. Within fourteen days after the date of this Memorandum the Tenant shall pay to the Landlord the difference between the Revised Rent and the Previous Rent for the period from the Effective Date to the next quarter day, together with interest at 4 per cent per annum.
5. The reversion immediately expectant on the term granted by the Lease is now vested in the Landlord, and Greenmount Developments Limited has no remaining interest in the Premises.
6. Ferrycarrig Holdings plc, the guarantor under the Lease, consented to the Revised Rent by letter dated 2 June 2026 and is not a party to this Memorandum.
===
7. This Memorandum is supplemental to the Lease and shall be kept with it. Save as recorded in this Memorandum the Lease remains in full force and effect.
8. This Memorandum and any non-contractual obligations arising out of it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
Signed by the parties on the date stated above.
| Signed for and on behalf of CAIRN TRUSTEES DESIGNATED ACTIVITY COMPANY as trustee of the Liffey Property Unit Trust | Niamh Gallagher, Authorised Signatory |
| Signed for and on behalf of FERRYCARRIG FOODS UNLIMITED COMPANY | Conor Kinsella, Director |`,
    truth: {
      title: "Memorandum of Rent Review",
      documentType: "Other",
      parties: ["Cairn Trustees Designated Activity Company", "Ferrycarrig Foods Unlimited Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-01",
    },
  },
  {
    id: "v21-property-leichhardt-deed-of-surrender",
    format: "txt",
    source: `# DEED OF SURRENDER OF LEASE
THIS DEED is dated the 2nd day of July 2026
# PARTIES
PARRAMATTA ROAD HOLDINGS PTY LTD ACN 612 334 901 as trustee for the Kyriakou Family Trust of Level 3, 88 Phillip Street, Parramatta NSW 2150 (Lessor)
NGUYEN & SONS AUTOMOTIVE PTY LTD ACN 618 220 447 of 415 Parramatta Road, Leichhardt NSW 2040 (Lessee)
THANH VAN NGUYEN of 27 Renwick Street, Marrickville NSW 2204 (Guarantor)
# BACKGROUND
A. By registered lease AK123456 (Lease) the Lessor leased the premises at 415 Parramatta Road, Leichhardt NSW 2040 (Premises) to Nguyen Automotive Services Pty Ltd ACN 160 559 012 for a term of ten (10) years commencing on 1 September 2019, with an option to renew for a further five (5) years.
B. The Lease was transferred to the Lessee on 14 June 2021, and the Guarantor guaranteed the Lessee's obligations under the Lease.
C. The parties have agreed that the Lease will be surrendered before the end of its term on the terms of this deed.
# OPERATIVE PROVISIONS
1. Surrender. The Lessee surrenders the Lease to the Lessor, and the Lessor accepts the surrender, with effect on and from the date of this deed (Surrender Date).
2. Surrender fee. The Lessee must pay the Lessor $48,000 (plus GST) on signing this deed.
3. Release. Subject to clause 4, on and from the Surrender Date the Lessor releases the Lessee and the Guarantor from all claims under the Lease, and the Lessee releases the Lessor from all claims under the Lease.
4. Survival. The Lessee's obligations to remove its fixtures and make good any damage, and to pay outgoings for the period up to the Surrender Date, survive for six (6) months after the Surrender Date.
5. Bank guarantee. The Lessor must return to the Lessee the bank guarantee issued by Harbourside Bank Limited under the Lease within fourteen (14) days after the Lessee has complied with clause 4.
6. Registration. The Lessee must sign a surrender of lease in registrable form, and the Lessor may lodge it for registration with NSW Land Registry Services.
7. Governing law. This deed is governed by the laws of New South Wales, and the parties submit to the non-exclusive jurisdiction of its courts.
# EXECUTED AS A DEED
Executed by Parramatta Road Holdings Pty Ltd ACN 612 334 901 as trustee for the Kyriakou Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth) by:
Director: Georgios Kyriakou	Director/Secretary: Eleni Kyriakou
Executed by Nguyen & Sons Automotive Pty Ltd ACN 618 220 447 in accordance with section 127 of the Corporations Act 2001 (Cth) by:
Director: Thanh Van Nguyen	Director: Minh Quang Nguyen
Signed, sealed and delivered by Thanh Van Nguyen in the presence of:
Witness: Mei Ling Chau, Solicitor, Chau Lawyers`,
    truth: {
      title: "Deed of Surrender of Lease",
      documentType: "Deed",
      parties: ["Parramatta Road Holdings Pty Ltd", "Nguyen & Sons Automotive Pty Ltd", "Thanh Van Nguyen"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-02",
    },
  },
  {
    id: "v21-property-st-aubin-rent-concession-letter",
    format: "txt",
    source: `LE MARQUAND ESTATES LIMITED
9 Hill Street, St Helier, Jersey JE2 4UA
Registered in Jersey No. 104512
14 April 2026
The Directors
Bonne Nuit Trading (Jersey) Limited
Unit 3, Les Jardins de la Mer
La Route de la Haule, St Aubin, Jersey JE3 8BA
Our ref: LME/RC/0412
Your ref: BNT/Lease/03
By email and post
Dear Sirs
# Temporary Rent Concession
Unit 3, Les Jardins de la Mer (the "Premises")
We refer to the contract lease of the Premises passed before the Royal Court of Jersey on 6 October 2023 between ourselves as lessor and you as lessee for a term of fifteen years from 29 September 2023 (the "Lease"), and to your letter of 3 March 2026 asking for assistance while the promenade works are carried out.
We are willing to reduce the rent due on the quarter days falling on 24 June 2026 and 29 September 2026 by 40 per cent, on the following terms:
1. The concession is personal to Bonne Nuit Trading (Jersey) Limited and will end immediately if you assign or underlet the Premises or are in breach of the Lease.
2. All other sums payable under the Lease, including the service charge and insurance rent, remain payable in full on the due dates.
3. This letter is a personal concession only. It is not a variation of the Lease and does not waive any of our rights under it. In particular, it does not release the guarantor under the Lease, Bonne Nuit Holdings Limited, from its obligations.
4. The rent review due on 29 September 2028 will proceed as if this concession had not been given.
5. This letter is governed by the law of the Island of Jersey, and the Royal Court of Jersey has exclusive jurisdiction.
Please sign and return the enclosed copy of this letter within 14 days to confirm your agreement.
Yours faithfully
Hélène Le Marquand
Director, for and on behalf of Le Marquand Estates Limited
cc: Voisin Property Consultants (managing agents)
We agree to the terms of this letter.
Signed: Jean-Pierre Renouf, Director, for and on behalf of Bonne Nuit Trading (Jersey) Limited
Date: 21 April 2026`,
    truth: {
      title: "Temporary Rent Concession",
      documentType: "Letter",
      parties: ["Le Marquand Estates Limited", "Bonne Nuit Trading (Jersey) Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v21-property-rhu-residences-management",
    format: "pdf",
    pageFooters: true,
    source: `# PROPERTY MANAGEMENT AGREEMENT
THIS AGREEMENT is made on the 12th day of June 2026
BETWEEN
THE MANAGEMENT CORPORATION STRATA TITLE PLAN NO. 4123, a body corporate constituted under the Building Maintenance and Strata Management Act 2004, with its office at 18 Tanjong Rhu Road, Singapore 436898 (the "MCST"), of the one part;
AND
ORCHID ESTATE MANAGEMENT PTE. LTD. (UEN 201812345K), a company incorporated in Singapore with its registered office at 101 Cecil Street, #14-02 Tong Eng Building, Singapore 069533 (the "Managing Agent"), of the other part.
WHEREAS:
(A) The MCST is responsible for the control, management and administration of the common property of the development known as The Rhu Residences (the "Development").
(B) The MCST's agreement with its previous managing agent, Meridian Strata Services Pte Ltd, expires on 30 June 2026 and will not be renewed.
(C) At its annual general meeting held on 25 April 2026 the MCST resolved to appoint the Managing Agent on the terms of this Agreement.
NOW IT IS AGREED as follows:
1. Appointment. The MCST appoints the Managing Agent as the managing agent of the Development, and the Managing Agent accepts the appointment.
2. Term. This Agreement shall be for an initial period of two (2) years commencing on 1 July 2026 (the "Commencement Date"). Thereafter this Agreement shall automatically renew for successive periods of one (1) year each unless either party gives the other not less than three (3) months' written notice of non-renewal before the end of the then current period.
3. Services. The Managing Agent shall provide the services set out in the Schedule, including the collection of maintenance and sinking fund contributions, the supervision of contractors and the preparation of accounts for audit by the MCST's auditors, Tan, Lim & Partners.
4. Fees. The MCST shall pay a monthly fee of S$9,800 (exclusive of GST), invoiced monthly in arrear and payable within thirty (30) days of the date of invoice.
5. Staff. The Managing Agent shall station a condominium manager at the Development during office hours. The MCST shall not, during the term of this Agreement and for twelve (12) months after its termination, solicit or employ any of the Managing Agent's on-site staff.
6. Termination. Either party may terminate this Agreement after the first anniversary of the Commencement Date by giving not less than three (3) months' written notice, and the MCST may terminate it immediately if the Managing Agent commits a material breach which is not remedied within fourteen (14) days.
7. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the Republic of Singapore.
===
# SCHEDULE – SERVICES
(a) Collection of contributions and maintenance of the strata roll.
(b) Appointment and supervision of cleaning, security, landscaping and lift maintenance contractors.
(c) Attendance at council meetings and general meetings, and preparation of minutes.
(d) Preparation of monthly management accounts and annual budgets.
IN WITNESS WHEREOF the parties have executed this Agreement on the date first above written.
| The Common Seal of THE MANAGEMENT CORPORATION STRATA TITLE PLAN NO. 4123 was affixed in the presence of | Lim Wei Ming, Chairperson | Priya Ramasamy, Secretary |
| Signed by TAN SOO KENG, Managing Director, for and on behalf of ORCHID ESTATE MANAGEMENT PTE. LTD. | in the presence of: Nur Aisyah binte Rahman |`,
    truth: {
      title: "Property Management Agreement",
      documentType: "Services agreement",
      parties: ["The Management Corporation Strata Title Plan No. 4123", "Orchid Estate Management Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-06-30",
      term: "2 years",
      renewal: "1 year",
    },
  },
  {
    id: "v21-property-lagan-quays-deed-of-covenant",
    format: "pdf",
    source: `# DEED OF COVENANT
relating to Apartment 27, Lagan Quays, 5 Donegall Quay, Belfast BT1 3EA
THIS DEED OF COVENANT is made the twenty-first day of May Two Thousand and Twenty-Six
BETWEEN:
(1) LAGAN QUAYS MANAGEMENT COMPANY LIMITED (company number NI612345) whose registered office is at 3 Clarendon Road, Belfast BT1 3BG (the "Management Company"); and
(2) SÉAMUS O'HARE and ÁINE NÍ BHRIAIN, both of 11 Ormeau Park Avenue, Belfast BT7 3GN (together the "Covenantor").
# RECITALS
(A) By a lease dated 3 August 2009 made between Riverside Quays Developments (NI) Limited (1), the Management Company (2) and Patrick Gerard Donnelly (3) (the "Lease"), the Apartment was demised for a term of 999 years from 1 January 2009 at the rent and subject to the covenants contained in it.
(B) The Lease has been assigned by Patrick Gerard Donnelly (the "Seller") to the Covenantor by an assignment of even date.
(C) Clause 5.4 of the Lease requires every assignee of the Lease to enter into a direct covenant with the Management Company in the form of this deed.
# OPERATIVE PROVISIONS
1. The Covenantor covenants with the Management Company that from the date of this deed, and for so long as the Lease remains vested in the Covenantor, the Covenantor will pay the service charge and observe and perform the tenant's covenants contained in the Lease.
2. The Management Company acknowledges receipt of £250 plus VAT in respect of its costs and confirms that the service charge has been apportioned up to the date of this deed.
3. The Management Company confirms that the Seller is released from liability under the Lease for any breach occurring after the date of this deed.
4. Where the Covenantor comprises more than one person, their obligations under this deed are joint and several.
5. Nothing in this deed imposes any liability on any mortgagee of the Covenantor, including Foyle & Bann Building Society.
6. The Covenantor shall give the Management Company not less than ten working days' notice of any further assignment of the Lease.
7. This deed is governed by the law of Northern Ireland, and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
IN WITNESS whereof this deed has been executed and delivered on the date first written above.
| Executed as a deed by LAGAN QUAYS MANAGEMENT COMPANY LIMITED acting by a director in the presence of a witness | Director: Ruairí McAllister | Witness: Clodagh Fitzpatrick, Solicitor, Belfast |
| Signed as a deed by SÉAMUS O'HARE in the presence of | Witness: Declan Rooney, 4 Lisburn Road, Belfast BT9 6AA |
| Signed as a deed by ÁINE NÍ BHRIAIN in the presence of | Witness: Declan Rooney, 4 Lisburn Road, Belfast BT9 6AA |`,
    truth: {
      title: "Deed of Covenant",
      documentType: "Deed",
      parties: ["Lagan Quays Management Company Limited", "Séamus O'Hare", "Áine Ní Bhriain"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-05-21",
    },
  },
];
