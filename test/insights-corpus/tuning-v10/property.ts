import type { UnseenDocument } from "../unseen/types";

/** Tuning set v10, property: leases, licences to occupy, variations, rent deposits, surrenders and tenant guarantees. */
export const PROPERTY_V10: UnseenDocument[] = [
  {
    id: "v10-property-lease-reading-unit",
    format: "pdf",
    pageFooters: true,
    source: `# LEASE
Relating to Unit 7, Riverside Trade Park, Reading RG1 8DQ
THIS LEASE is dated 20 March 2026
BETWEEN
(1) HARTWELL ESTATES LIMITED (company number 04417723) whose registered office is at 3 Castle Street, Reading RG1 7SB (the “Landlord”); and
(2) BLUEFERN DESIGN LLP (registered number OC398812) whose registered office is at 14 Market Place, Wokingham RG40 1AL (the “Tenant”).
# 1. PARTICULARS
| Premises | Unit 7, Riverside Trade Park, Reading RG1 8DQ |
| Contractual Term | 10 years from and including the Term Commencement Date |
| Rent Commencement Date | the date falling 6 months after the Term Commencement Date |
| Initial Rent | £48,500 per annum exclusive of VAT |
| Break Date | 25 March 2031 |
| Permitted Use | Use within Class E(g)(iii) of the Use Classes Order |
===
# 2. DEFINITIONS
“Term Commencement Date” means 25 March 2026.
“Break Notice” means a written notice of not less than 6 months given by the Tenant under clause 9.
# 3. GRANT
3.1 The Landlord lets the Premises to the Tenant for the Contractual Term.
# 4. RENT
4.1 The Tenant shall pay the Rent by equal quarterly instalments in advance on the usual quarter days.
4.2 The Rent shall be reviewed on the fifth anniversary of the Term Commencement Date to open market rent.
# 9. BREAK CLAUSE
9.1 The Tenant may terminate this Lease on the Break Date by serving a Break Notice on the Landlord, provided that no arrears of Rent are outstanding on the Break Date.
# 10. SECURITY OF TENURE
10.1 The parties confirm that the provisions of sections 24 to 28 of the Landlord and Tenant Act 1954 are excluded in relation to the tenancy created by this Lease.
# 11. GOVERNING LAW
11.1 This Lease and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
===
Executed as a deed by HARTWELL ESTATES LIMITED acting by a director in the presence of a witness:
Director: Paul Hartwell
Witness: Amira Cole, 9 Kings Road, Reading
Executed as a deed by BLUEFERN DESIGN LLP acting by two members:
Member: Sophie Grant
Member: Oliver Bains`,
    truth: {
      title: "Lease",
      documentType: "Lease",
      parties: ["Hartwell Estates Limited", "Bluefern Design LLP"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-25",
      expiryDate: "2036-03-24",
      term: "10 years",
    },
  },
  {
    id: "v10-property-licence-to-occupy-aberdeen-kiosk",
    format: "docx",
    storedPageCount: 2,
    source: `# LICENCE TO OCCUPY
MINUTE OF AGREEMENT
between
GLENMORAY PROPERTIES LIMITED, incorporated under the Companies Acts (registered number SC551209) and having its registered office at 40 Albyn Place, Aberdeen AB10 1YN (“the Licensor”)
and
KESTREL COFFEE CO. LTD, incorporated under the Companies Acts (registered number SC689034) and having its registered office at 7 Belmont Street, Aberdeen AB10 1JR (“the Licensee”)
WHEREAS the Licensor is the heritable proprietor of the subjects known as Kiosk 2, Union Square, Aberdeen (“the Kiosk”);
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. The Licensor grants to the Licensee a personal, non-exclusive licence to occupy the Kiosk for the sole purpose of the sale of hot drinks and light snacks.
2. This Licence shall commence on the first day of June Two thousand and twenty-six (“the Start Date”) and shall continue in force until terminated by either party giving to the other not less than one month’s written notice.
3. The Licensee shall pay a licence fee of £1,250 per calendar month in advance on the first day of each month, the first payment to be made within 7 days of the Start Date.
4. Nothing in this Minute of Agreement shall create a lease or confer on the Licensee any right of exclusive possession of the Kiosk.
5. The Licensee shall not assign, sub-license or otherwise part with the benefit of this Licence.
6. On termination the Licensee shall remove its equipment within 5 working days and leave the Kiosk clean and tidy.
===
7. This Minute of Agreement shall be governed by and construed in accordance with the law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are subscribed as follows:
They are subscribed for and on behalf of GLENMORAY PROPERTIES LIMITED at Aberdeen on the twelfth day of May Two thousand and twenty-six by Fiona McRae, Director, before this witness: Callum Reid, Solicitor, Aberdeen
They are subscribed for and on behalf of KESTREL COFFEE CO. LTD at Aberdeen on the fourteenth day of May Two thousand and twenty-six by Jamie Forbes, Director, before this witness: Eilidh Stewart, 3 Rose Street, Aberdeen`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Glenmoray Properties Limited", "Kestrel Coffee Co. Ltd"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      term: "Until terminated",
    },
  },
  {
    id: "v10-property-deed-of-variation-belfast",
    format: "txt",
    source: `# DEED OF VARIATION
THIS DEED is made the 9th day of February 2026
BETWEEN:
(1) LAGANSIDE INVESTMENTS LIMITED (company number NI612345) of 5 Donegall Square North, Belfast BT1 5GB (the "Landlord");
(2) PORTER & QUINN LIMITED (company number NI098765) of Unit 3, Boucher Road, Belfast BT12 6HR (the "Tenant"); and
(3) DECLAN PORTER of 22 Malone Park, Belfast BT9 6NJ (the "Guarantor").
BACKGROUND
(A) By a lease dated 29 September 2020 (the "Lease") made between the Landlord and the Tenant, the premises known as Unit 3, Boucher Road, Belfast were let to the Tenant for a term of 15 years from 29 September 2020.
(B) The Guarantor guaranteed the obligations of the Tenant under the Lease.
(C) The parties have agreed to vary the Lease as set out in this deed.
1. DEFINITIONS
1.1 Words and expressions defined in the Lease have the same meaning in this deed.
1.2 "Effective Date" means 1 March 2026.
2. VARIATION
2.1 With effect from the Effective Date the Lease is varied as follows:
(a) the definition of "Permitted Use" is deleted and replaced with "use as a showroom with ancillary storage and offices"; and
(b) the yearly rent reserved by the Lease is reduced to £36,000.
2.2 The Lease shall continue in full force and effect as varied by this deed.
3. GUARANTOR'S CONSENT
3.1 The Guarantor consents to the variations and confirms that his guarantee continues in full force and extends to the Lease as varied.
4. COSTS
4.1 The Tenant shall pay the Landlord's reasonable legal costs within 14 days of demand.
5. GOVERNING LAW
5.1 This deed is governed by and shall be construed in accordance with the law of Northern Ireland.
Executed as a deed by LAGANSIDE INVESTMENTS LIMITED acting by Niall Byrne, Director, in the presence of Ruth Kerr, Solicitor
Executed as a deed by PORTER & QUINN LIMITED acting by Aoife Quinn, Director, in the presence of Ruth Kerr, Solicitor
Signed as a deed by DECLAN PORTER in the presence of Mark Doherty, 4 Lisburn Road, Belfast`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Laganside Investments Limited", "Porter & Quinn Limited", "Declan Porter"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-03-01",
      amends: "Lease",
    },
  },
  {
    id: "v10-property-rent-deposit-deed-guernsey",
    format: "pdf",
    source: `# RENT DEPOSIT DEED
THIS DEED is made on the 14th day of April 2026
BETWEEN
SARNIA HOLDINGS LIMITED, a company incorporated in Guernsey with registered number 58231, whose registered office is at Les Banques, St Peter Port, Guernsey GY1 2HZ ("the Landlord")
AND
ELENA MARCHETTI of La Maison Blanche, Rue des Vardes, St Peter Port, Guernsey GY1 1BB ("the Tenant")
RECITALS
A. By a lease dated 14 April 2026 the Landlord let the ground floor of 9 High Street, St Peter Port to the Tenant for a term of five years from 14 April 2026 ("the Lease").
B. The Tenant has agreed to place with the Landlord a deposit equal to six months' rent on the terms of this deed.
OPERATIVE PROVISIONS
1. The Tenant has today paid to the Landlord the sum of £15,000 ("the Deposit").
2. The Landlord shall hold the Deposit in a separate designated account with a Guernsey clearing bank and interest shall accrue for the benefit of the Tenant.
3. The Landlord may withdraw from the Deposit any rent or other sum which remains unpaid 14 days after its due date under the Lease.
4. The Tenant shall within 10 working days of written demand pay to the Landlord such sum as restores the Deposit to its full amount.
5. The Landlord shall repay the balance of the Deposit to the Tenant within two months after the earlier of the end of the term of the Lease and a lawful assignment of the Lease.
6. If the Landlord transfers its reversion it shall transfer the Deposit to the transferee, who shall hold it on the terms of this deed.
===
7. This deed shall be governed by and construed in accordance with the laws of the Island of Guernsey and the parties submit to the jurisdiction of the Royal Court of Guernsey.
IN WITNESS whereof this deed has been executed and delivered on the date first written above.
Executed as a deed by SARNIA HOLDINGS LIMITED acting by Henri Le Page, Director, in the presence of:
Witness: Claire Ogier
Signed as a deed by ELENA MARCHETTI in the presence of:
Witness: Tom Brehaut`,
    truth: {
      title: "Rent Deposit Deed",
      documentType: "Deed",
      parties: ["Sarnia Holdings Limited", "Elena Marchetti"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-04-14",
    },
  },
  {
    id: "v10-property-deed-of-surrender-singapore",
    format: "docx",
    source: `# DEED OF SURRENDER
THIS DEED OF SURRENDER is made on 30 June 2026
BETWEEN
(1) MARINA VIEW REALTY PTE. LTD. (UEN 201512345K), a company incorporated in Singapore with its registered office at 1 Raffles Place #20-01, Singapore 048616 ("Landlord");
(2) ORCHID LEARNING CENTRE PTE. LTD. (UEN 201998765W), a company incorporated in Singapore with its registered office at 10 Anson Road #05-02, Singapore 079903 ("Tenant"); and
(3) TAN WEI MING (NRIC No. S7712345D) of 8 Holland Grove Road, Singapore 278790 ("Guarantor").
WHEREAS
(A) By a Tenancy Agreement dated 15 July 2024 (the "Tenancy Agreement"), the Landlord let to the Tenant the premises at #03-12 Marina View Mall for a term of three (3) years commencing on 1 August 2024, with an option to renew for a further two (2) years.
(B) The Guarantor guaranteed the performance of the Tenant's obligations under the Tenancy Agreement.
(C) The Tenant has requested and the Landlord has agreed to accept an early surrender of the Tenancy Agreement on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. In consideration of the sum of S$18,000 paid by the Tenant to the Landlord, the Tenant surrenders to the Landlord, with effect from the date of this Deed, all its right, title and interest in the premises under the Tenancy Agreement.
2. The Landlord accepts the surrender and releases the Tenant and the Guarantor from all obligations under the Tenancy Agreement arising after the date of this Deed.
3. The Landlord shall refund the security deposit of S$24,000, without interest, within fourteen (14) days after the date of this Deed.
4. The Tenant shall deliver vacant possession of the premises and all keys and access cards on the date of this Deed.
5. This Deed shall be governed by and construed in accordance with the laws of Singapore.
===
IN WITNESS WHEREOF the parties have executed this Deed on the date first above written.
The Common Seal of MARINA VIEW REALTY PTE. LTD. was affixed in the presence of Lim Soo Hwa, Director, and Ng Mei Ling, Secretary
The Common Seal of ORCHID LEARNING CENTRE PTE. LTD. was affixed in the presence of Tan Wei Ming, Director, and Goh Kai Wen, Secretary
Signed, sealed and delivered by TAN WEI MING in the presence of Rachel Koh, Advocate & Solicitor`,
    truth: {
      title: "Deed of Surrender",
      documentType: "Deed",
      parties: ["Marina View Realty Pte. Ltd.", "Orchid Learning Centre Pte. Ltd.", "Tan Wei Ming"],
      governingLaw: "Singapore",
      effectiveDate: "2026-06-30",
    },
  },
  {
    id: "v10-property-guaranty-of-lease-austin",
    format: "pdf",
    pageFooters: true,
    source: `# GUARANTY OF LEASE
This Guaranty of Lease (this "Guaranty") is made and entered into as of March 3, 2026, by ROBERT J. ALVAREZ, an individual residing at 4410 Bluebonnet Lane, Austin, Texas 78746 ("Guarantor"), in favor of LONGHORN PLAZA PARTNERS, LLC, a Texas limited liability company ("Landlord").
# RECITALS
A. Landlord and Alvarez Family Dental, PLLC, a Texas professional limited liability company ("Tenant"), are parties to that certain Shopping Center Lease dated as of March 3, 2026 (the "Lease") for premises known as Suite 120, Longhorn Plaza, Austin, Texas, for a term of sixty (60) months commencing on April 1, 2026.
B. Landlord is unwilling to enter into the Lease unless Guarantor executes and delivers this Guaranty.
# AGREEMENT
1. Guaranty. Guarantor absolutely, unconditionally and irrevocably guarantees to Landlord the full and punctual payment of all rent and other sums, and the performance of all obligations of Tenant, under the Lease.
2. Nature of Guaranty. This is a guaranty of payment and not of collection. Guarantor may not revoke this Guaranty, and Guarantor's liability shall not be affected by any extension, renewal, amendment or assignment of the Lease.
3. Waivers. Guarantor waives notice of acceptance, presentment, demand, protest and any right to require Landlord to proceed first against Tenant.
4. Payment. Guarantor shall pay any amount due hereunder within ten (10) days after Landlord's written demand.
5. Financial Statements. Guarantor shall deliver to Landlord a personal financial statement within ninety (90) days after the end of each calendar year.
===
6. Governing Law. This Guaranty shall be governed by and construed in accordance with the laws of the State of Texas, and venue for any action shall lie in Travis County, Texas.
7. Waiver of Jury Trial. Guarantor waives trial by jury in any action arising out of this Guaranty.
IN WITNESS WHEREOF, Guarantor has executed this Guaranty as of the date first written above.
GUARANTOR:
Robert J. Alvarez
ACKNOWLEDGED AND ACCEPTED:
LONGHORN PLAZA PARTNERS, LLC
By: Plaza Management GP, Inc., its Manager
By: Karen Liu, President`,
    truth: {
      title: "Guaranty of Lease",
      documentType: "Guarantee",
      parties: ["Robert J. Alvarez", "Longhorn Plaza Partners, LLC"],
      governingLaw: "Texas",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v10-property-commercial-lease-santa-clara",
    format: "docx",
    storedPageCount: 3,
    source: `# COMMERCIAL LEASE AGREEMENT
between
PACIFIC CREST PROPERTIES, L.P., a California limited partnership
as Landlord
and
SUNBEAM ANALYTICS, INC., a Delaware corporation
as Tenant
Premises: 2200 Mission College Boulevard, Suite 300, Santa Clara, California 95054
===
This Lease Agreement (this "Lease") is made and entered into as of the 1st day of May, 2026, by and between Pacific Crest Properties, L.P., a California limited partnership ("Landlord"), and Sunbeam Analytics, Inc., a Delaware corporation ("Tenant").
# ARTICLE 1 DEFINITIONS
1.1 "Commencement Date" means June 1, 2026.
1.2 "Term" means the period of thirty-six (36) months commencing on the Commencement Date, unless sooner terminated as provided herein.
1.3 "Base Rent" means $9,850.00 per month, payable in advance on the first day of each calendar month.
# ARTICLE 2 TERM AND OPTION TO EXTEND
2.1 Landlord leases the Premises to Tenant, and Tenant leases the Premises from Landlord, for the Term.
2.2 Option to Extend. Tenant shall have one (1) option to extend the Term for an additional period of five (5) years, exercisable only by written notice given not less than nine (9) nor more than twelve (12) months before the expiration of the Term.
2.3 Holding Over. If Tenant remains in possession after the expiration of the Term without Landlord's written consent, Tenant shall be a tenant from month to month at 150% of the Base Rent then in effect.
# ARTICLE 3 SECURITY DEPOSIT
3.1 Tenant shall deposit with Landlord the sum of $19,700.00, which Landlord shall return within thirty (30) days after the expiration of the Term, less any amounts applied to cure Tenant's defaults.
===
# ARTICLE 4 MISCELLANEOUS
4.1 Governing Law. This Lease shall be governed by and construed in accordance with the laws of the State of California.
4.2 Notices. All notices shall be in writing and delivered to the addresses set out on the signature page.
IN WITNESS WHEREOF, the parties have executed this Lease as of the date first written above.
LANDLORD: PACIFIC CREST PROPERTIES, L.P.
By: Crest GP, LLC, its general partner
By: Daniel Ortiz, Managing Member
TENANT: SUNBEAM ANALYTICS, INC.
By: Priya Raman, Chief Executive Officer`,
    truth: {
      title: "Commercial Lease Agreement",
      documentType: "Lease",
      parties: ["Pacific Crest Properties, L.P.", "Sunbeam Analytics, Inc."],
      governingLaw: "California",
      effectiveDate: "2026-06-01",
      expiryDate: "2029-05-31",
      term: "36 months",
    },
  },
  {
    id: "v10-property-shop-lease-nairobi",
    format: "txt",
    source: `# LEASE OF SHOP PREMISES
# PART A: PARTICULARS
| Premises | Shop No. 14, Ground Floor, Moi Avenue Plaza, Nairobi (L.R. No. 209/1234) |
| Commencement Date | 1 July 2026 |
| Term | Two (2) years from the Commencement Date |
| Rent | KES 180,000 per month, payable quarterly in advance |
| Rent Escalation | 5% on each anniversary of the Commencement Date |
| Deposit | KES 360,000, refundable within 30 days after the Tenant vacates |
| Permitted Use | Retail sale of clothing and accessories |
# PART B: TERMS
1. The Landlord lets and the Tenant takes the Premises for the Term at the Rent, subject to the covenants in this Lease.
2. The Tenant shall pay the Rent without deduction and shall pay all electricity and water charges for the Premises.
3. Renewal. At the end of the Term this Lease shall automatically renew for successive further periods of one (1) year each on the same terms, save as to Rent escalation, unless either party gives the other not less than three (3) months' written notice of non-renewal before the end of the then current period.
4. The Tenant shall not make structural alterations without the prior written consent of the Landlord.
5. The Tenant shall pay the stamp duty and registration fees payable on this Lease under the Land Registration Act, 2012.
6. If the Rent is unpaid for fourteen (14) days after its due date the Landlord may re-enter the Premises.
7. This Lease shall be governed by and construed in accordance with the laws of Kenya.
EXECUTION
The parties have signed this Lease on 16 June 2026.
SIGNED by NYOTA REAL ESTATE LIMITED (the Landlord) acting through its director Joseph Kamau in the presence of Grace Mwangi, Advocate
SIGNED by AMINA WANJIKU ODHIAMBO, ID No. 23456789, of P.O. Box 40512-00100 Nairobi (the Tenant) in the presence of Grace Mwangi, Advocate`,
    truth: {
      title: "Lease of Shop Premises",
      documentType: "Lease",
      parties: ["Nyota Real Estate Limited", "Amina Wanjiku Odhiambo"],
      governingLaw: "Kenya",
      effectiveDate: "2026-07-01",
      expiryDate: "2028-07-01",
      term: "2 years",
      renewal: "1 year",
    },
  },
];
