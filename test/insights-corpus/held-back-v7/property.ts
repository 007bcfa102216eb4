import type { UnseenDocument } from "../unseen/types";

/** Held-back v7: leases, licence to occupy, lease variation, rent deposit, tenant guarantee, agreement for lease and surrender. */
export const PROPERTY_V7: UnseenDocument[] = [
  {
    id: "v7-property-commercial-lease-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# COMMERCIAL LEASE
Shop 14, Riverside Arcade, 88 Church Street, Parramatta NSW 2150
# Reference Schedule
| Item 1 Landlord | Harbourne Custodians Pty Ltd (ACN 612 345 678) as trustee for the Riverside Unit Trust, Level 9, 60 Margaret Street, Sydney NSW 2000 |
| Item 2 Tenant | Blue Wren Coffee Pty Ltd (ACN 655 901 234), 4 Fennell Street, North Parramatta NSW 2151 |
| Item 3 Premises | Shop 14 on the ground floor of the Building, lettable area approximately 92 square metres |
| Item 4 Permitted Use | Café and specialty coffee roasting retail |
| Item 5 Term | Five (5) years |
| Item 6 Commencement Date | 1 August 2026 |
| Item 7 Terminating Date | 31 July 2031 |
| Item 8 Option | One further term of five (5) years, exercisable by notice given not earlier than 6 months and not later than 3 months before the Terminating Date |
| Item 9 Base Rent | $78,200 per annum plus GST, payable monthly in advance |
| Item 10 Rent Review | Fixed increase of 4% on each anniversary of the Commencement Date; market review at the start of any option term |
| Item 11 Bank Guarantee | An amount equal to three (3) months' Base Rent plus GST |
| Item 12 Fitout Period | Four (4) weeks before the Commencement Date, rent-free |
===
# Part 1 – Grant of Lease
1.1 The Landlord leases the Premises to the Tenant for the Term starting on the Commencement Date and ending on the Terminating Date, at the Base Rent and on the terms of this Lease.
1.2 The option in Item 8 is a right of the Tenant only. If the Tenant does not exercise it in time, this Lease ends on the Terminating Date.
# Part 5 – Holding Over
If the Tenant remains in occupation after the Terminating Date with the Landlord's consent, it does so as a monthly tenant on the terms of this Lease, terminable by either party on one month's notice.
# Part 9 – Retail Leases Act
The parties acknowledge that this Lease is a retail shop lease to which the Retail Leases Act 1994 (NSW) applies and that the Tenant received the Landlord's disclosure statement at least 7 days before entering into this Lease.
# Part 14 – Trustee Limitation
The Landlord enters into this Lease only as trustee of the Riverside Unit Trust, and its liability is limited to the assets of that trust.
# Part 15 – Governing Law
This Lease is governed by the law of New South Wales, and each party submits to the non-exclusive jurisdiction of its courts.
Executed by Harbourne Custodians Pty Ltd as trustee for the Riverside Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth) by its directors Simon Achterberg and Leila Haddad
Executed by Blue Wren Coffee Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by its sole director and secretary Nguyen Thi Mai`,
    truth: {
      title: "Commercial Lease",
      documentType: "Lease",
      parties: ["Harbourne Custodians Pty Ltd", "Blue Wren Coffee Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-08-01",
      expiryDate: "2031-07-31",
      term: "5 years",
    },
  },
  {
    id: "v7-property-residential-lease-texas",
    format: "docx",
    storedPageCount: 2,
    source: `# RESIDENTIAL LEASE AGREEMENT
This Residential Lease Agreement (this "Lease") is made and entered into as of January 15, 2026, by and between Lone Star Residential Holdings LLC, a Texas limited liability company ("Landlord"), and Marcus J. Whitfield and Dana L. Whitfield (together, "Tenant").
# 1. Premises
Landlord leases to Tenant the single-family residence located at 4127 Bluebonnet Trail, Austin, Texas 78745 (the "Premises"), together with the appliances listed in Exhibit A.
# 2. Term
The term of this Lease is twelve (12) months, beginning on February 1, 2026 (the "Commencement Date") and ending on January 31, 2027.
# 3. Automatic Renewal
This Lease will automatically renew for successive one (1) month periods after the end of the term unless Landlord or Tenant gives the other written notice of termination at least thirty (30) days before the end of the term or of any renewal period.
# 4. Rent
Tenant shall pay monthly rent of $2,450 in advance on or before the first day of each month. If rent is not received by 11:59 p.m. on the third day of the month, Tenant shall pay an initial late fee of $95.
# 5. Security Deposit
On or before signing, Tenant shall pay a security deposit of $2,450. Landlord shall refund the deposit, less lawful deductions, within thirty (30) days after Tenant surrenders the Premises, as required by Chapter 92 of the Texas Property Code.
===
# 6. Occupants and Pets
Only Tenant and the two minor children named in Exhibit B may occupy the Premises. One dog under 40 pounds is permitted on payment of a non-refundable pet fee of $300.
# 7. Repairs
Tenant shall promptly notify Landlord in writing of any condition requiring repair. Landlord shall make repairs to conditions that materially affect the physical health or safety of an ordinary tenant within a reasonable time.
# 8. Governing Law
This Lease is governed by the laws of the State of Texas. Venue for any action is in Travis County, Texas.
| LANDLORD: LONE STAR RESIDENTIAL HOLDINGS LLC | TENANT: |
| By: Raymond Castillo, Managing Member | Marcus J. Whitfield |
| Date: January 15, 2026 | Dana L. Whitfield |`,
    truth: {
      title: "Residential Lease Agreement",
      documentType: "Lease",
      parties: ["Lone Star Residential Holdings LLC", "Marcus J. Whitfield", "Dana L. Whitfield"],
      governingLaw: "Texas",
      effectiveDate: "2026-02-01",
      expiryDate: "2027-01-31",
      term: "12 months",
      renewal: "1 month",
    },
  },
  {
    id: "v7-property-licence-to-occupy-england",
    format: "txt",
    source: `# LICENCE TO OCCUPY
THIS LICENCE is dated 20 March 2026
PARTIES
(1) THAMESGATE ESTATES LLP, a limited liability partnership registered in England and Wales with number OC398812, of 41 Southwark Street, London SE1 9HP (the "Licensor")
(2) KILN AND KETTLE CERAMICS LTD, a company registered in England and Wales with number 13845520, of Studio 3, Ropewalk Yard, Bermondsey, London SE16 4DG (the "Licensee")
# 1. Definitions
"Commencement Date" means 1 April 2026.
"Licence Period" means the period from and including the Commencement Date to and including 30 September 2026.
"Space" means the ground floor studio unit known as Arch 7, Tanner Street Arches, London SE1, shown edged red on the attached plan.
# 2. Licence
2.1 The Licensor permits the Licensee to occupy the Space for the Licence Period for use as a ceramics studio and shop, in common with the Licensor and others authorised by it.
2.2 This licence is personal to the Licensee, gives no exclusive possession and creates no relationship of landlord and tenant.
2.3 The Licensee may end this licence at any time by giving not less than one week's written notice to the Licensor.
# 3. Licence Fee
The Licensee shall pay a licence fee of £1,150 per month plus VAT, monthly in advance on the first day of each month, and a deposit of £2,300 on signing.
# 4. Licensee's Obligations
The Licensee shall keep the Space clean and tidy, not make alterations, comply with the Licensor's kiln safety rules and vacate the Space at the end of the Licence Period leaving it in the condition shown in the schedule of condition.
# 5. Governing Law
This licence and any dispute or claim arising out of it shall be governed by the law of England and Wales.
Signed by Olivia Haskell, designated member, for and on behalf of THAMESGATE ESTATES LLP
Signed by Ravi Sood, director, for and on behalf of KILN AND KETTLE CERAMICS LTD`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Thamesgate Estates LLP", "Kiln and Kettle Ceramics Ltd"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-01",
      expiryDate: "2026-09-30",
      term: "6 months",
    },
  },
  {
    id: "v7-property-deed-of-variation-ireland",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF VARIATION
THIS DEED OF VARIATION is made the 3rd day of March 2026
BETWEEN
LIFFEY QUAY PROPERTIES DESIGNATED ACTIVITY COMPANY, having its registered office at 2 Grand Canal Square, Dublin 2 (registered number 604418) (hereinafter called "the Landlord", which expression shall include its successors and assigns) of the one part;
AND
CORRIB DIGITAL MEDIA LIMITED, having its registered office at Unit 6, Galway Technology Park, Parkmore, Galway (registered number 551203) (hereinafter called "the Tenant") of the other part.
WHEREAS:
A. By a lease dated the 14th day of June 2019 (the "Lease") made between the Landlord of the one part and the Tenant of the other part, the premises known as Third Floor, Block B, Liffey Quay, Dublin 1 were demised to the Tenant for a term of twenty-five years from the 1st day of June 2019, subject to the rent and covenants therein contained.
B. The Lease is governed by the laws of Ireland and contains a tenant's break option exercisable on the 1st day of June 2029.
C. The parties have agreed to vary the Lease as set out in this Deed.
# 1. Definitions
In this Deed "Effective Date" means the 25th day of March 2026.
# 2. Variations
With effect from the Effective Date the Lease shall be varied as follows:
2.1 the permitted use in Clause 1.14 of the Lease shall be "offices, including audio-visual production and recording studios, ancillary to the Tenant's business";
2.2 in Clause 7.3 of the Lease, the words "the 1st day of June 2029" shall be deleted and replaced with "the 1st day of June 2030";
2.3 the minimum notice period for exercise of the break option shall be nine months instead of six months.
===
# 3. Confirmation
Save as varied by this Deed, the Lease shall remain in full force and effect, and the Landlord and the Tenant confirm the covenants and conditions in it.
# 4. Costs
The Tenant shall pay the Landlord's reasonable legal costs of this Deed within fourteen days of demand.
# 5. Governing Law
This Deed shall be governed by and construed in accordance with the laws of Ireland, and the parties submit to the exclusive jurisdiction of the Irish courts.
IN WITNESS whereof the parties have executed this Deed as a deed on the date first written above.
| PRESENT when the Common Seal of LIFFEY QUAY PROPERTIES DESIGNATED ACTIVITY COMPANY was affixed hereto: Aoife Brennan, Director; Conor Gallagher, Secretary |
| GIVEN under the Common Seal of CORRIB DIGITAL MEDIA LIMITED: Eoin Fahy, Director; Nuala Keane, Secretary |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Liffey Quay Properties Designated Activity Company", "Corrib Digital Media Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-03-25",
      amends: "Lease",
    },
  },
  {
    id: "v7-property-rent-deposit-isle-of-man",
    format: "pdf",
    pageFooters: true,
    source: `# RENT DEPOSIT DEED
THIS DEED is made on the 9th day of April 2026
BETWEEN
(1) MANNIN HARBOUR INVESTMENTS LIMITED, a company incorporated in the Isle of Man with company number 012345C, whose registered office is at 15 Athol Street, Douglas, Isle of Man IM1 1JA (the "Landlord"); and
(2) SEAGLASS STUDIOS LIMITED, a company incorporated in the Isle of Man with company number 019876C, whose registered office is at 4 Castle Street, Peel, Isle of Man IM5 1AN (the "Tenant").
# 1. Background and Definitions
1.1 This Deed is supplemental to a lease of Unit 2, Harbour Buildings, Peel, dated the same date as this Deed and made between the same parties for a term of six years from and including 9 April 2026 (the "Lease").
1.2 "Deposit" means the sum of £12,000 paid by the Tenant to the Landlord on the date of this Deed, together with any interest earned on it.
# 2. Holding the Deposit
2.1 The Landlord shall hold the Deposit on trust for the Tenant, subject to the Landlord's rights under this Deed, in a separate interest-bearing account with a bank licensed in the Isle of Man.
2.2 This Deed does not create any charge or other security interest over the Deposit.
# 3. Withdrawals
3.1 The Landlord may withdraw from the Deposit any rent or other sum due under the Lease which remains unpaid fourteen days after its due date.
3.2 The Tenant shall, within ten working days of a written demand, pay to the Landlord such sum as restores the Deposit to £12,000.
===
# 4. Repayment
The Landlord shall repay the balance of the Deposit to the Tenant within two months after the earliest of the end of the Lease, a lawful assignment of the Lease with the Landlord's consent, and the Tenant achieving three consecutive years of audited net profits of at least three times the annual rent.
# 5. Transfer of Reversion
If the Landlord transfers its interest in the premises, it shall transfer the Deposit to the transferee, who shall enter into a deed with the Tenant on the same terms as this Deed.
# 6. Governing Law
This Deed is governed by the laws of the Isle of Man, and the courts of the Isle of Man have exclusive jurisdiction.
This document has been executed as a deed and delivered on the date stated at the beginning of it.
| Executed as a deed by MANNIN HARBOUR INVESTMENTS LIMITED acting by Philip Quayle, Director, in the presence of Ellan Corkill, Advocate | Executed as a deed by SEAGLASS STUDIOS LIMITED acting by Juan Kinvig, Director, in the presence of Ellan Corkill, Advocate |`,
    truth: {
      title: "Rent Deposit Deed",
      documentType: "Deed",
      parties: ["Mannin Harbour Investments Limited", "Seaglass Studios Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-04-09",
    },
  },
  {
    id: "v7-property-tenant-guarantee-guernsey",
    format: "docx",
    source: `# GUARANTEE AND INDEMNITY
THIS GUARANTEE is made on 27 May 2026
BY:
(1) ROHAN ALEXANDER PEREIRA of La Maison du Coin, Rue des Marettes, St Martin, Guernsey GY4 6LR (the "Guarantor");
IN FAVOUR OF:
(2) SARNIA COMMERCIAL PROPERTIES LIMITED, a company incorporated in Guernsey with registered number 58214, whose registered office is at PO Box 119, Le Truchot, St Peter Port, Guernsey GY1 4HF (the "Landlord").
# Recitals
A. The Landlord has agreed to grant a lease of Store 3, Les Banques Industrial Estate, St Sampson, to Pereira Marine Services Limited (the "Tenant") for a term of ten years commencing on 1 June 2026 (the "Lease").
B. The Landlord requires the Guarantor, a director and shareholder of the Tenant, to guarantee the Tenant's obligations under the Lease.
# 1. Guarantee
In consideration of the Landlord granting the Lease, the Guarantor guarantees to the Landlord that the Tenant will pay the rent and other sums reserved by the Lease and perform its covenants, and shall on demand pay any amount which the Tenant fails to pay.
# 2. Indemnity
As a separate obligation, the Guarantor shall indemnify the Landlord against all losses arising from any failure of the Tenant to comply with the Lease or from the Lease being disclaimed or unenforceable against the Tenant.
# 3. Continuing Obligation
3.1 This guarantee is a continuing obligation and remains in force until the Tenant is released from its covenants under the Lease.
3.2 The Guarantor waives any right he may have under the customary law of Guernsey, including the droit de discussion and the droit de division, to require the Landlord to proceed first against the Tenant.
# 4. Cap and Payments
The Guarantor's liability for rent is limited to an amount equal to two years' rent under the Lease. Sums demanded under this guarantee are payable within five business days of demand.
# 5. Governing Law
This guarantee is governed by the laws of the Island of Guernsey, and the Guarantor submits to the exclusive jurisdiction of the Royal Court of Guernsey.
Signed by ROHAN ALEXANDER PEREIRA in the presence of: Martine Le Page, 3 Rue du Pré, St Peter Port
Accepted by SARNIA COMMERCIAL PROPERTIES LIMITED by its director Timothy Ogier`,
    truth: {
      title: "Guarantee and Indemnity",
      documentType: "Guarantee",
      parties: ["Rohan Alexander Pereira", "Sarnia Commercial Properties Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-05-27",
    },
  },
  {
    id: "v7-property-agreement-for-lease-scotland",
    format: "pdf",
    source: `# MINUTE OF AGREEMENT FOR LEASE
between
CLYDEVIEW DEVELOPMENTS LIMITED
and
TAYSIDE OUTDOOR RETAIL LIMITED
relative to Unit 5, Clydeview Retail Park, Glasgow
===
MINUTE OF AGREEMENT
between
CLYDEVIEW DEVELOPMENTS LIMITED, incorporated under the Companies Acts (Registered Number SC501277) and having its Registered Office at 120 St Vincent Street, Glasgow G2 5HF (the "Landlord")
and
TAYSIDE OUTDOOR RETAIL LIMITED, incorporated under the Companies Acts (Registered Number SC388104) and having its Registered Office at 22 Reform Street, Dundee DD1 1RJ (the "Tenant")
CONSIDERING THAT the Landlord is constructing a retail warehouse unit at Clydeview Retail Park and has agreed to let it to the Tenant on completion, the parties HAVE AGREED AND DO HEREBY AGREE as follows:
# 1. Definitions
"Effective Date" means 16 February 2026, being the date on which this Minute of Agreement was delivered;
"Date of Entry" means the date ten working days after the Certificate of Practical Completion of the Works is issued;
"Lease" means the lease in the agreed form annexed, to be granted for a period of ten years from and including the Date of Entry.
# 2. Works
The Landlord shall carry out the Works in accordance with the Specification and use reasonable endeavours to secure practical completion by 30 September 2026.
# 3. Grant of Lease
On the Date of Entry the Landlord shall grant and the Tenant shall accept the Lease, and both parties shall sign it within five working days.
# 4. Rescission
If practical completion has not occurred by 31 December 2026, either party may rescind this Minute of Agreement by written notice to the other. The Tenant's rent-free period of six months under the Lease shall not be affected by any delay.
# 5. Law
This Minute of Agreement shall be governed by and construed in accordance with the Law of Scotland.
IN WITNESS WHEREOF these presents are subscribed as follows:
| Subscribed for and on behalf of CLYDEVIEW DEVELOPMENTS LIMITED by Euan Fraser, Director, at Glasgow on 10 February 2026 | Subscribed for and on behalf of TAYSIDE OUTDOOR RETAIL LIMITED by Kirsty Baird, Director, at Dundee on 12 February 2026 |`,
    truth: {
      title: "Minute of Agreement for Lease",
      documentType: "Lease",
      parties: ["Clydeview Developments Limited", "Tayside Outdoor Retail Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-02-16",
    },
  },
  {
    id: "v7-property-deed-of-surrender-kenya",
    format: "txt",
    source: `REPUBLIC OF KENYA
THE LAND REGISTRATION ACT, 2012
# DEED OF SURRENDER OF LEASE
Title Number: Nairobi/Block 209/1147
THIS DEED is made on the twelfth day of June, Two Thousand and Twenty-Six
BETWEEN
KARURA HEIGHTS LIMITED, a limited liability company incorporated in the Republic of Kenya, of Post Office Box Number 40512-00100, Nairobi (the "Lessor"); and
SAVANNA FINTECH LIMITED, a limited liability company incorporated in the Republic of Kenya, of Post Office Box Number 61877-00200, Nairobi (the "Lessee").
WHEREAS:
(a) By a lease dated 20 February 2023 and registered on 6 March 2023 (the "Lease"), the Lessor leased to the Lessee the fourth floor of Karura Heights, Limuru Road, Nairobi, for a term of six years from 1 March 2023;
(b) The Lessee has requested, and the Lessor has agreed to accept, a surrender of the Lease on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. The Lessee surrenders and yields up to the Lessor, with effect from the date of this Deed, all its interest in the premises demised by the Lease, and the Lessor accepts the surrender.
2. In consideration of the surrender the Lessee shall pay the Lessor a surrender premium of Kenya Shillings Four Million Five Hundred Thousand (KES 4,500,000) within five business days of the date of this Deed.
3. The Lessee shall give vacant possession and complete the reinstatement works listed in the Schedule within thirty days of the date of this Deed.
4. Subject to clauses 2 and 3, each party releases the other from all obligations under the Lease, save for any liability for breaches occurring before the date of this Deed.
5. The Lessor shall refund the Lessee's security deposit of KES 1,260,000 within sixty days after vacant possession is given.
6. This Deed is governed by the laws of Kenya.
SEALED with the Common Seal of KARURA HEIGHTS LIMITED in the presence of: Wanjiru Kamau, Director; Otieno Odhiambo, Director/Secretary
SEALED with the Common Seal of SAVANNA FINTECH LIMITED in the presence of: Amina Hassan, Director; Brian Mwangi, Director/Secretary
Drawn by: Njoroge & Achieng Advocates, Nairobi`,
    truth: {
      title: "Deed of Surrender of Lease",
      documentType: "Deed",
      parties: ["Karura Heights Limited", "Savanna Fintech Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-06-12",
    },
  },
];
