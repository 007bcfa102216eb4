import type { UnseenDocument } from "../unseen/types";

/** v15 tuning set: amendments, variations, addenda and stand-alone deeds, where the amended document's own term is a distractor. */
export const AMENDMENTS_AND_DEEDS_V15: UnseenDocument[] = [
  {
    id: "v15-c-deed-of-variation-distribution-england",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
THIS DEED is dated 3 February 2026
PARTIES
(1) ASHCOMBE GARDEN PRODUCTS LIMITED, incorporated and registered in England and Wales with company number 08814402, whose registered office is at Unit 9, Riverside Way, Evesham WR11 1BG (the "Supplier")
(2) NORDVIK HAGE AS, incorporated in Norway with organisation number 918 442 107, whose registered office is at Strandgata 14, 5013 Bergen, Norway (the "Distributor")
BACKGROUND
(A) The parties entered into an exclusive distribution agreement dated 1 March 2022 (the "Distribution Agreement") under which the Distributor was appointed for an initial term of five (5) years from 1 March 2022, renewable automatically for successive periods of twelve (12) months.
(B) The parties wish to vary the Distribution Agreement as set out in this deed.
AGREED TERMS
# 1. Interpretation
1.1 In this deed, "Variation Date" means 1 April 2026. Terms defined in the Distribution Agreement have the same meaning in this deed.
# 2. Variations
2.1 With effect from the Variation Date, the Distribution Agreement is varied as follows:
(a) the Territory shall include Sweden and Finland;
(b) the Minimum Purchase Target in Schedule 3 shall be reviewed every six (6) months rather than annually;
(c) clause 14.2 (Payment) is amended so that invoices are payable within forty-five (45) days of the invoice date rather than sixty (60) days;
(d) clause 3.1 (Term) is deleted and replaced with: "The Initial Term is extended by a further period of two (2) years, so that this agreement shall continue until, and expire on, 1 March 2029."; and
(e) clause 3.2 (Automatic Renewal) is deleted in its entirety, and the Distribution Agreement shall not renew after 1 March 2029 unless the parties agree otherwise in writing.
===
2.2 For the avoidance of doubt, the notice period of six (6) months for termination for convenience in clause 17.3 and the post-termination non-compete period of twelve (12) months in clause 18.1 are not changed.
# 3. Continuation
3.1 Save as varied by this deed, the Distribution Agreement continues in full force and effect and shall be read and construed as one document with this deed.
# 4. Governing Law and Jurisdiction
4.1 This deed and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales.
4.2 The courts of England and Wales shall have exclusive jurisdiction to settle any such dispute or claim.
This document has been executed as a deed and is delivered and takes effect on the date stated at the beginning of it.
Executed as a deed by ASHCOMBE GARDEN PRODUCTS LIMITED acting by Harriet Lowe, a director, in the presence of: Tom Ellery, 3 Mill Lane, Evesham (witness)
Executed as a deed by NORDVIK HAGE AS, a company incorporated in Norway, acting by Lars Eikeland, who in accordance with the laws of that territory is acting under the authority of the company`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Ashcombe Garden Products Limited", "Nordvik Hage AS"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-01",
      term: "2 years",
      amends: "Distribution Agreement",
    },
  },
  {
    id: "v15-c-first-amendment-office-lease-texas",
    format: "pdf",
    source: `# FIRST AMENDMENT TO LEASE
This First Amendment to Lease (this "Amendment") is made and entered into as of the 3rd day of March, 2026, by and between LONE STAR PLAZA OWNER LLC, a Delaware limited liability company ("Landlord"), and BRAZOS ANALYTICS, INC., a Texas corporation ("Tenant").
# RECITALS
A. Landlord and Tenant are parties to that certain Office Lease dated May 14, 2021 (the "Lease"), pursuant to which Tenant leases approximately 18,400 rentable square feet on the 11th floor of the building located at 2200 Ross Avenue, Dallas, Texas (the "Premises").
B. The Lease provides for a Term of sixty (60) months commencing on July 1, 2021 and expiring on June 30, 2026 (the "Original Term").
C. Landlord and Tenant desire to extend the Term and otherwise amend the Lease as set forth below.
# AGREEMENT
NOW, THEREFORE, for good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, Landlord and Tenant agree as follows:
1. Defined Terms. Capitalized terms used but not defined in this Amendment have the meanings given in the Lease.
2. Rent Abatement. Base Rent shall be abated for the first three (3) months of the Extension Term.
3. Tenant Improvement Allowance. Landlord shall provide an allowance of $25.00 per rentable square foot, which must be used within twelve (12) months after the date of this Amendment.
4. Extension of Term. The Term of the Lease is hereby extended for a period of thirty-six (36) months (the "Extension Term"), commencing on July 1, 2026 and expiring on June 30, 2029, unless sooner terminated in accordance with the Lease.
5. Base Rent. During the Extension Term, Base Rent shall be payable monthly in advance on the first day of each calendar month in accordance with the following schedule:
| Period | Annual Rate per RSF | Monthly Base Rent |
| July 1, 2026 – June 30, 2027 | $31.50 | $48,300.00 |
| July 1, 2027 – June 30, 2028 | $32.45 | $49,756.67 |
| July 1, 2028 – June 30, 2029 | $33.42 | $51,244.00 |
6. Renewal Option. Tenant shall have one (1) option to extend the Term for a further period of five (5) years by giving Landlord written notice not less than nine (9) months and not more than twelve (12) months before the expiration of the Extension Term. The Term shall not be extended unless Tenant exercises such option.
7. Brokers. Each party represents that it has dealt with no broker in connection with this Amendment other than Trammell Ridge Partners, LP.
8. Ratification. Except as modified by this Amendment, the Lease remains unmodified and in full force and effect.
9. Governing Law. This Amendment shall be governed by the laws of the State of Texas.
IN WITNESS WHEREOF, Landlord and Tenant have executed this Amendment as of the date first written above.
LANDLORD: LONE STAR PLAZA OWNER LLC, a Delaware limited liability company, By: Ridgeway Asset Management, LLC, its Manager, By: Carolyn P. Haskins, Authorized Signatory
TENANT: BRAZOS ANALYTICS, INC., By: Miguel A. Serrano, Chief Financial Officer`,
    truth: {
      title: "First Amendment to Lease",
      documentType: "Amendment",
      parties: ["Lone Star Plaza Owner LLC", "Brazos Analytics, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-06-30",
      term: "36 months",
      amends: "Office Lease",
    },
  },
  {
    id: "v15-c-deed-of-amendment-licence-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF AMENDMENT
Software Licence Agreement
Harbourline Software Pty Ltd
Bellwether Mutual Insurance Limited
Corrs Halliday Lawyers, Level 30, 8 Chifley Square, Sydney NSW 2000
===
Date: 19 June 2026
# Parties
Harbourline Software Pty Ltd ACN 612 447 903 of Level 21, 1 Market Street, Sydney NSW 2000 (Licensor)
Bellwether Mutual Insurance Limited ACN 004 118 256 of 360 Collins Street, Melbourne VIC 3000 (Licensee)
# Background
A. The parties are parties to a Software Licence Agreement dated 28 September 2023 (Original Agreement), which is governed by the laws of Victoria and has an initial term of three (3) years from 1 October 2023, renewing automatically for successive periods of twelve (12) months unless either party gives ninety (90) days' notice.
B. The parties wish to amend the Original Agreement in the manner set out in this deed.
# Operative provisions
1. Definitions: In this deed, Amendment Effective Date means 1 July 2026. Words defined in the Original Agreement have the same meaning in this deed.
2. Amendments: With effect on and from the Amendment Effective Date:
(a) the number of Named Users in Item 4 of the Schedule is increased from 850 to 1,400;
(b) the Licence Fee in Item 6 of the Schedule is replaced with AUD 612,000 per annum, invoiced quarterly in advance and payable within thirty (30) days after the invoice date;
(c) the Licence Fee shall be reviewed by reference to CPI every twelve (12) months after the Amendment Effective Date; and
(d) the response time for Severity 1 incidents in Schedule 2 is reduced from four (4) hours to two (2) hours.
3. No other change: Except as set out in clause 2, the Original Agreement (including its term and renewal provisions) is unchanged and continues in full force and effect. This deed does not itself extend or shorten the term of the Original Agreement.
4. Governing law: This deed is governed by the laws of New South Wales. Each party submits to the non-exclusive jurisdiction of the courts of New South Wales.
5. Counterparts: This deed may be executed in any number of counterparts, including electronically.
# Execution
Executed as a deed.
Executed by Harbourline Software Pty Ltd ACN 612 447 903 in accordance with section 127 of the Corporations Act 2001 (Cth) by Rajesh Menon, Director, and Emily Zhou, Company Secretary
Executed by Bellwether Mutual Insurance Limited ACN 004 118 256 in accordance with section 127 of the Corporations Act 2001 (Cth) by Graham O'Sullivan, Director, and Priyanka Das, Director`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Harbourline Software Pty Ltd", "Bellwether Mutual Insurance Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      amends: "Software Licence Agreement",
    },
  },
  {
    id: "v15-c-deed-appointment-trustee-jersey",
    format: "pdf",
    source: `# DEED OF RETIREMENT AND APPOINTMENT OF TRUSTEE
relating to The Seymour Tower Settlement
THIS DEED is made on the 30th day of January 2026
BETWEEN:
(1) ANNELISE MARIE LE BROCQ of La Maison du Coin, Rue de la Mare, St Ouen, Jersey JE3 2DL, in her capacity as protector of the Settlement (the "Protector");
(2) HAVRE DES PAS TRUSTEES LIMITED, a company incorporated in Jersey with registered number 44817, whose registered office is at 12 Esplanade, St Helier, Jersey JE2 3QA (the "Retiring Trustee"); and
(3) ROZEL FIDUCIARY SERVICES LIMITED, a company incorporated in Jersey with registered number 129905, whose registered office is at 3 Hill Street, St Helier, Jersey JE2 4UA (the "New Trustee").
RECITALS
(A) The Seymour Tower Settlement (the "Settlement") was established by a declaration of trust dated 6 April 2001 made by Philip Henry Le Brocq as settlor.
(B) Under clause 2 of the Settlement the "Trust Period" is the period of one hundred (100) years from the date of the Settlement, and under clause 19 the power to appoint new trustees is vested in the Protector.
(C) The Retiring Trustee has given the Protector not less than three (3) months' written notice of its wish to retire, as required by clause 20 of the Settlement.
NOW THIS DEED WITNESSES as follows:
1. In this Deed, "Effective Date" means 1 February 2026.
2. In exercise of the power conferred by clause 19 of the Settlement, the Protector appoints the New Trustee to be trustee of the Settlement with effect from the Effective Date in place of the Retiring Trustee, which retires with effect from that date.
3. The Retiring Trustee shall transfer the Trust Fund to the New Trustee within twenty-eight (28) days after the Effective Date and shall deliver the trust records, including the accounts for the last seven (7) years, within the same period.
4. The New Trustee accepts its appointment and consents to act as trustee of the Settlement.
5. The Retiring Trustee shall be indemnified out of the Trust Fund against liabilities properly incurred as trustee, and the New Trustee may retain £50,000 for a period of eighteen (18) months after the Effective Date to meet such liabilities.
6. This Deed shall be governed by and construed in accordance with the laws of Jersey, being the proper law of the Settlement.
IN WITNESS whereof this Deed has been executed and delivered on the date written above.
SIGNED as a deed by ANNELISE MARIE LE BROCQ in the presence of: Daniel Perchard, Advocate (witness)
EXECUTED as a deed by HAVRE DES PAS TRUSTEES LIMITED acting by two directors: Simon Renouf and Claire Vibert
EXECUTED as a deed by ROZEL FIDUCIARY SERVICES LIMITED acting by its authorised signatories: Kerry Le Cornu and Mark Ahier`,
    truth: {
      title: "Deed of Retirement and Appointment of Trustee",
      documentType: "Deed",
      parties: ["Annelise Marie Le Brocq", "Havre des Pas Trustees Limited", "Rozel Fiduciary Services Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-02-01",
    },
  },
  {
    id: "v15-c-second-addendum-security-services-kenya",
    format: "docx",
    storedPageCount: 2,
    source: `# SECOND ADDENDUM TO MANAGED SECURITY SERVICES AGREEMENT
This Addendum is made on 14 August 2026
BETWEEN
SAVANNAH CYBER DEFENCE LIMITED, a private limited company incorporated in Kenya (Registration No. PVT-AAB1C2D3), of Delta Corner Tower, Waiyaki Way, P.O. Box 10442-00100, Nairobi (the "Service Provider"); and
RIFT VALLEY AGRO-PROCESSORS PLC, a public limited company incorporated in Kenya, of Oginga Odinga Road, P.O. Box 2231-20100, Nakuru (the "Client").
WHEREAS
A. The Parties entered into a Managed Security Services Agreement dated 1 March 2024 (the "Agreement") for an initial period of thirty (30) months commencing on 1 March 2024 and ending on 31 August 2026.
B. The Agreement was amended by a First Addendum dated 20 November 2024, which added endpoint detection services.
C. The Parties wish to extend and further amend the Agreement as set out below.
NOW THEREFORE THE PARTIES AGREE AS FOLLOWS:
# 1. Interpretation
1.1 Capitalised terms not defined in this Addendum have the meanings given in the Agreement. "Addendum Effective Date" means 1 September 2026.
# 2. Service Levels
2.1 With effect from the Addendum Effective Date, the response time for Priority 1 incidents in Schedule 2 is reduced from four (4) hours to one (1) hour, and monthly service reports shall be delivered within ten (10) Business Days after each month end.
# 3. Fees and Payment
3.1 The monthly Service Fee is increased to KES 1,450,000 exclusive of VAT, payable within forty-five (45) days of receipt of a valid invoice.
===
# 4. Extension of Term
4.1 Clause 3 (Duration) of the Agreement is deleted and replaced with the following:
"3.1 This Agreement shall continue for a further period of eighteen (18) months commencing on the Addendum Effective Date (the "Extended Term").
3.2 Upon expiry of the Extended Term, this Agreement shall automatically renew for successive periods of twelve (12) months each unless either Party gives the other not less than ninety (90) days' written notice of non-renewal before the end of the Extended Term or of the current renewal period."
# 5. Confidentiality
5.1 The confidentiality obligations in clause 15 of the Agreement shall continue for three (3) years after the Agreement ends.
# 6. Continuation
6.1 Save as amended by the First Addendum and this Addendum, the Agreement remains in full force and effect.
# 7. Governing Law
7.1 This Addendum shall be governed by and construed in accordance with the laws of Kenya, and any dispute shall be referred to arbitration in Nairobi under the Arbitration Act, 1995.
SIGNED for and on behalf of SAVANNAH CYBER DEFENCE LIMITED by Wanjiru Kamau, Managing Director
SIGNED for and on behalf of RIFT VALLEY AGRO-PROCESSORS PLC by Joseph Kiprono Rotich, Chief Executive Officer, and Faith Achieng, Company Secretary`,
    truth: {
      title: "Second Addendum to Managed Security Services Agreement",
      documentType: "Amendment",
      parties: ["Savannah Cyber Defence Limited", "Rift Valley Agro-Processors PLC"],
      governingLaw: "Kenya",
      effectiveDate: "2026-09-01",
      expiryDate: "2028-02-29",
      term: "18 months",
      renewal: "12 months",
      amends: "Managed Security Services Agreement",
    },
  },
  {
    id: "v15-c-variation-letter-employment-singapore",
    format: "docx",
    source: `STRAITS QUANTUM ANALYTICS PTE. LTD.
9 Raffles Place, #26-01 Republic Plaza, Singapore 048619 | UEN 202011487W
15 October 2026
PRIVATE AND CONFIDENTIAL
Ms Priya Ramanathan
Block 418 Bedok North Avenue 2, #09-117, Singapore 460418
Dear Priya
# Variation to Terms of Employment
We refer to your Contract of Employment with Straits Quantum Analytics Pte. Ltd. dated 2 January 2026 (the "Contract"), under which you were employed as Senior Data Scientist for a fixed term ending on 31 December 2026, subject to a probationary period of three (3) months which you have completed.
Following your performance review, the Company is pleased to offer you a permanent position. With effect from 1 November 2026 (the "Effective Date"), the Contract is varied as follows:
1. Position: your title will be Lead Data Scientist, reporting to the Head of Analytics.
2. Salary: your basic salary will be S$14,500 per month, reviewed every twelve (12) months in March.
3. Duration: clause 2 of the Contract (Fixed Term) is deleted. Your employment will no longer end on 31 December 2026 and will instead continue until terminated by either party in accordance with clause 14 of the Contract.
4. Notice: clause 14 of the Contract is amended so that either party may terminate your employment by giving three (3) months' written notice or salary in lieu of notice (previously one (1) month).
5. Non-solicitation: the non-solicitation restriction in clause 17 of the Contract will apply for six (6) months after your employment ends.
All other terms of the Contract remain unchanged. This letter is governed by the laws of Singapore.
Please sign and return the enclosed copy of this letter by 22 October 2026 to confirm your acceptance.
Yours sincerely
For and on behalf of Straits Quantum Analytics Pte. Ltd.
Lim Hui Min
Director, People & Culture
I, Priya Ramanathan, accept the variations to my Contract of Employment set out in this letter.
Signed: Priya Ramanathan
Date: 20 October 2026`,
    truth: {
      title: "Variation to Terms of Employment",
      documentType: "Amendment",
      parties: ["Straits Quantum Analytics Pte. Ltd.", "Priya Ramanathan"],
      governingLaw: "Singapore",
      effectiveDate: "2026-11-01",
      term: "Until terminated",
      amends: "Contract of Employment",
    },
  },
  {
    id: "v15-c-deed-of-surrender-northern-ireland",
    format: "txt",
    source: `# DEED OF SURRENDER
THIS DEED OF SURRENDER is made the twenty-eighth day of August two thousand and twenty-six
BETWEEN
LAGAN QUAYS ESTATES LIMITED (Company Number NI612884) whose registered office is at 5 Clarendon Dock, Belfast BT1 3BG ("the Landlord") of the first part;
MOURNE COFFEE ROASTERS LIMITED (Company Number NI645102) whose registered office is at Unit 2, 44 Donegall Quay, Belfast BT1 3NL ("the Tenant") of the second part; and
CIARAN PATRICK DEVLIN of 17 Shore Road, Newcastle, County Down BT33 0AA ("the Guarantor") of the third part.
WHEREAS
1. By a lease dated 1 May 2016 (the "Lease") made between the Landlord of the one part and the Tenant and the Guarantor of the other part, the premises known as Unit 2, 44 Donegall Quay, Belfast (the "Premises") were demised to the Tenant for a term of fifteen (15) years from 1 May 2016, subject to rent reviews every five (5) years and a tenant's break option exercisable on six (6) months' notice at the end of the tenth year.
2. The Landlord has agreed to accept a surrender of the Lease on payment by the Tenant of a surrender premium of £42,000.
NOW THIS DEED WITNESSETH as follows:
1. In consideration of the premium (receipt of which the Landlord acknowledges), the Tenant with effect from the date of this Deed SURRENDERS AND YIELDS UP to the Landlord all its estate and interest in the Premises for the residue of the term granted by the Lease, to the intent that the residue of that term shall merge and be extinguished in the reversion.
2. The Landlord accepts the surrender and releases the Tenant and the Guarantor from all the covenants and obligations in the Lease, save for the rent and service charge for the quarter ending 28 September 2026, which the Tenant shall pay within fourteen (14) days of demand.
3. The Tenant shall give vacant possession of the Premises on the date of this Deed and shall remove its roasting equipment within seven (7) days thereafter.
4. The Tenant releases the Landlord from all covenants and obligations in the Lease.
5. The Landlord shall return the rent deposit of £18,000 to the Tenant within twenty-eight (28) days after the date of this Deed.
6. This Deed shall be governed by and construed in accordance with the law of Northern Ireland and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
IN WITNESS whereof the parties have executed this instrument as a deed the day and year first herein written.
PRESENT when the Common Seal of LAGAN QUAYS ESTATES LIMITED was affixed: Niamh Gallagher, Director; Robert Kerr, Secretary
EXECUTED as a deed by MOURNE COFFEE ROASTERS LIMITED acting by Seán McAleese, Director, in the presence of Orla Quinn, Solicitor, Belfast
SIGNED SEALED AND DELIVERED by CIARAN PATRICK DEVLIN in the presence of Orla Quinn, Solicitor, Belfast`,
    truth: {
      title: "Deed of Surrender",
      documentType: "Deed",
      parties: ["Lagan Quays Estates Limited", "Mourne Coffee Roasters Limited", "Ciaran Patrick Devlin"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-08-28",
    },
  },
  {
    id: "v15-c-supplemental-tenancy-malaysia",
    format: "txt",
    source: `# SUPPLEMENTAL AGREEMENT
(Supplemental to the Tenancy Agreement dated 20 December 2023)
THIS SUPPLEMENTAL AGREEMENT is made on 5 November 2026
BETWEEN
BUKIT DAMANSARA PROPERTIES SDN. BHD. (Registration No. 199801012345 (465821-K)), a company incorporated in Malaysia with its registered address at Level 8, Menara Damansara, Jalan Semantan, 50490 Kuala Lumpur (the "Landlord")
AND
TAN MEI LING (NRIC No. 850412-10-5566) of No. 8, Jalan Setiakasih 5, Bukit Damansara, 50490 Kuala Lumpur (the "Tenant")
WHEREAS:
(A) By a Tenancy Agreement dated 20 December 2023 (the "Principal Agreement"), the Landlord let to the Tenant the property known as Unit 12-3A, The Residence, Jalan Beringin, 50490 Kuala Lumpur (the "Property") for a term of three (3) years from 1 January 2024 to 31 December 2026, with an option to renew.
(B) The Tenant has exercised the option to renew in Clause 5 of the Principal Agreement by notice dated 30 August 2026, given not less than two (2) months before expiry, and the parties have agreed the rental for the renewed term.
NOW IT IS HEREBY AGREED as follows:
1. Security Deposit: The security deposit of RM13,500 (equal to three (3) months' rental) shall be increased to RM14,850, and the balance shall be paid within seven (7) days of the date of this Supplemental Agreement.
2. Renewed Term: The tenancy of the Property is renewed for a further term from 1 January 2027 to 31 December 2028 (the "Renewed Term").
3. Rental: The monthly rental for the Renewed Term shall be RM4,950, payable in advance on or before the 7th day of each calendar month.
4. Further Option: The Tenant shall have an option to renew the tenancy for one (1) further term of two (2) years by giving written notice not less than three (3) months before the expiry of the Renewed Term; failing such notice, the tenancy shall end on 31 December 2028.
5. Save as amended by this Supplemental Agreement, the Principal Agreement remains in full force and effect and this Supplemental Agreement shall be read as one with it.
6. This Supplemental Agreement shall be governed by the laws of Malaysia.
7. The stamp duty on this Supplemental Agreement shall be borne by the Tenant.
SIGNED by the Landlord for and on behalf of BUKIT DAMANSARA PROPERTIES SDN. BHD.: Dato' Ahmad Faizal bin Osman, Director
In the presence of: Nurul Izzah binti Kamarudin, Advocate & Solicitor
SIGNED by the Tenant: TAN MEI LING
In the presence of: Ong Kah Seng, Advocate & Solicitor`,
    truth: {
      title: "Supplemental Agreement",
      documentType: "Amendment",
      parties: ["Bukit Damansara Properties Sdn. Bhd.", "Tan Mei Ling"],
      governingLaw: "Malaysia",
      effectiveDate: "2026-11-05",
      expiryDate: "2028-12-31",
      term: "24 months",
      amends: "Tenancy Agreement",
    },
  },
];
