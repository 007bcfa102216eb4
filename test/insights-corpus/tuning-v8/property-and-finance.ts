import type { UnseenDocument } from "../unseen/types";

/** Tuning set v8: property and finance documents (leases, licence to occupy, variation, guarantee, facility, loan, debenture). */
export const PROPERTY_AND_FINANCE_V8: UnseenDocument[] = [
  {
    id: "v8-property-retail-lease-victoria",
    format: "pdf",
    pageFooters: true,
    source: `# RETAIL PREMISES LEASE
Retail Leases Act 2003 (Vic)
# Schedule of Particulars
| Item 1 – Landlord | Yarra Bend Holdings Pty Ltd (ACN 604 117 382) as trustee for the Yarra Bend Property Trust, of 12 Bridge Road, Richmond VIC 3121 |
| Item 2 – Tenant | Sable & Thyme Cafe Pty Ltd (ACN 633 905 410), of Shop 4, 210 Swan Street, Richmond VIC 3121 |
| Item 3 – Guarantor | Nil |
| Item 4 – Premises | Shop 4, 210 Swan Street, Richmond VIC 3121, being approximately 96 square metres |
| Item 5 – Commencement Date | 1 August 2026 |
| Item 6 – Term | Five (5) years |
| Item 7 – Expiry Date | 31 July 2031 |
| Item 8 – Further Term | One further term of five (5) years, exercisable by the Tenant giving notice not more than six (6) and not less than three (3) months before the Expiry Date |
| Item 9 – Annual Rent | $78,000 plus GST, payable monthly in advance |
| Item 10 – Rent Review | Fixed increase of 3.5% on each anniversary of the Commencement Date; market review at the start of any further term |
| Item 11 – Security Deposit | Three (3) months' rent plus GST |
| Item 12 – Permitted Use | Café and licensed restaurant |
===
# Operative Provisions
1. Grant. The Landlord leases the Premises to the Tenant for the Term starting on the Commencement Date, on the terms of this Lease.
2. Rent. The Tenant must pay the Annual Rent by equal monthly instalments in advance on the first day of each month.
3. Fit-out. The Landlord grants the Tenant a rent-free period of two (2) months for the Tenant's fit-out works.
4. Trustee limitation. Yarra Bend Holdings Pty Ltd enters into this Lease only as trustee of the Yarra Bend Property Trust and its liability is limited to the assets of that trust.
5. Governing law. This Lease is governed by the law of Victoria.
Dated: 17 July 2026
Executed by Yarra Bend Holdings Pty Ltd as trustee for the Yarra Bend Property Trust under section 127 of the Corporations Act 2001 (Cth): Director: Angela Petrakis / Director: Simon Petrakis
Executed by Sable & Thyme Cafe Pty Ltd under section 127 of the Corporations Act 2001 (Cth): Sole Director and Secretary: Marco Bellini`,
    truth: {
      title: "Retail Premises Lease",
      documentType: "Lease",
      parties: ["Yarra Bend Holdings Pty Ltd", "Sable & Thyme Cafe Pty Ltd"],
      governingLaw: "Victoria",
      effectiveDate: "2026-08-01",
      expiryDate: "2031-07-31",
      term: "5 years",
    },
  },
  {
    id: "v8-property-licence-to-occupy-london",
    format: "docx",
    storedPageCount: 2,
    source: `# LICENCE TO OCCUPY
THIS LICENCE is dated 20 April 2026
BETWEEN
(1) SOUTHWARK WORKSPACE PROPERTIES LIMITED (company number 08814562) whose registered office is at 41 Great Suffolk Street, London SE1 0BS (the "Licensor"); and
(2) PEREGRINE & HALE ARCHITECTS LLP (registered number OC429173) whose registered office is at 9 Lant Street, London SE1 1QR (the "Licensee").
# 1. Definitions
"Commencement Date" means 1 May 2026.
"Licence Period" means the period from and including the Commencement Date to and including 31 October 2026, subject to earlier termination under clause 5.
"Premises" means the desks and meeting room on the third floor of 41 Great Suffolk Street shown edged red on the attached plan.
"Licence Fee" means £3,450 per month plus VAT.
# 2. Grant
2.1 The Licensor permits the Licensee to occupy the Premises for the Licence Period in common with the Licensor and others authorised by it.
2.2 This Licence is personal to the Licensee and creates no relationship of landlord and tenant. The Licensee acknowledges that it is not granted exclusive possession.
# 3. Licence Fee
3.1 The Licensee shall pay the Licence Fee monthly in advance on the first day of each month.
3.2 A deposit equal to two months' Licence Fee shall be held by the Licensor and repaid within twenty-eight (28) days after the end of the Licence Period.
===
# 4. Licensee's obligations
4.1 The Licensee shall keep the Premises clean and tidy and shall not make any alterations.
4.2 The Licensee shall comply with the building rules, including access hours of 7.00 am to 10.00 pm on weekdays.
# 5. Termination
5.1 Either party may terminate this Licence by giving not less than one month's written notice to the other.
5.2 On the expiry or termination of this Licence the Licensee shall vacate the Premises and remove its belongings.
# 6. Governing law
6.1 This Licence and any dispute arising from it shall be governed by the law of England and Wales.
This Licence has been entered into on the date stated at the beginning of it.
Signed by Rebecca Osei, Director, for and on behalf of SOUTHWARK WORKSPACE PROPERTIES LIMITED
Signed by Tomasz Nowak, Member, for and on behalf of PEREGRINE & HALE ARCHITECTS LLP`,
    truth: {
      title: "Licence to Occupy",
      documentType: "Licence agreement",
      parties: ["Southwark Workspace Properties Limited", "Peregrine & Hale Architects LLP"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-01",
      expiryDate: "2026-10-31",
      term: "6 months",
    },
  },
  {
    id: "v8-property-deed-of-variation-hong-kong",
    format: "pdf",
    source: `# DEED OF VARIATION
relating to a Tenancy Agreement of Flat B, 18th Floor, Harbourview Commercial Building, 118 Connaught Road West, Hong Kong
THIS DEED is made on the fifteenth day of June Two Thousand and Twenty-Six
BETWEEN:
(1) KOWLOON PEAK INVESTMENTS LIMITED (Company No. 1873042), whose registered office is at 22/F, Tower 1, Admiralty Centre, 18 Harcourt Road, Hong Kong (the "Landlord"); and
(2) JADE LANTERN TRADING COMPANY LIMITED (Company No. 2419955), whose registered office is at Flat B, 18th Floor, Harbourview Commercial Building, 118 Connaught Road West, Hong Kong (the "Tenant").
WHEREAS:
(A) By a Tenancy Agreement dated 2 January 2023 (the "Tenancy Agreement") made between the Landlord and the Tenant, the Landlord let the Premises to the Tenant for a term of three (3) years commencing on 1 January 2023 with an option to renew for a further three (3) years, which option the Tenant exercised by its letter dated 30 June 2025.
(B) The parties wish to vary the Tenancy Agreement as set out in this Deed.
NOW THIS DEED WITNESSES as follows:
1. Variation Date. In this Deed "Variation Date" means 1 July 2026, and the variations in clause 2 take effect on and from the Variation Date.
2. Variations. With effect from the Variation Date:
(a) the monthly rent in clause 3.1 of the Tenancy Agreement is reduced from HK$86,000 to HK$79,500, exclusive of rates, Government rent and management fees;
(b) the permitted use in clause 5.2 of the Tenancy Agreement is extended to include showroom use; and
(c) the Tenant may display signage in the lift lobby of the 18th Floor.
3. Confirmation. Save as varied by this Deed, the Tenancy Agreement remains in full force and effect, and the expiry of its renewed term is unchanged.
4. Costs. Each party bears its own legal costs; the stamp duty on this Deed shall be borne by the Tenant.
5. Governing Law. This Deed is governed by the laws of the Hong Kong Special Administrative Region, and the parties submit to the non-exclusive jurisdiction of the Hong Kong courts.
IN WITNESS whereof this Deed has been executed on the date first above written.
SEALED with the Common Seal of KOWLOON PEAK INVESTMENTS LIMITED and SIGNED by Chan Ka Wai, Director, in the presence of: Lee Mei Yee, Solicitor, Hong Kong SAR
SEALED with the Common Seal of JADE LANTERN TRADING COMPANY LIMITED and SIGNED by Wong Siu Ming, Director, in the presence of: Ho Chun Kit, Solicitor, Hong Kong SAR`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Kowloon Peak Investments Limited", "Jade Lantern Trading Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-07-01",
      amends: "Tenancy Agreement",
    },
  },
  {
    id: "v8-property-personal-guarantee-jersey",
    format: "txt",
    source: `# PERSONAL GUARANTEE
THIS GUARANTEE is made on the 3rd day of March 2026
BY:
(1) JANE ELIZABETH RENOUF of La Petite Falaise, Route de la Trinité, Trinity, Jersey JE3 5JR (the "Guarantor")
IN FAVOUR OF:
(2) ST AUBIN BAY BANK LIMITED, a company incorporated in Jersey with registered number 41102, whose registered office is at 15 Esplanade, St Helier, Jersey JE2 3QA (the "Bank")
WHEREAS the Bank has agreed to make available to Havre des Pas Yachts Limited (the "Borrower") an overdraft facility of up to £250,000 under a facility letter dated 24 February 2026 (the "Facility Letter"), and the Guarantor, a director and shareholder of the Borrower, has agreed to guarantee the Borrower's obligations. The Borrower is not a party to this Guarantee.
1. Guarantee. In consideration of the Bank making or continuing to make facilities available to the Borrower, the Guarantor guarantees to the Bank the due payment on demand of all money and liabilities now or hereafter owing by the Borrower to the Bank, up to a maximum of £250,000 plus interest and costs.
2. Continuing security. This Guarantee is a continuing security and shall continue in force until terminated by the Guarantor giving the Bank not less than three (3) months' written notice; termination shall not affect liabilities incurred before the expiry of that notice.
3. Renunciation. The Guarantor renounces any right she may have under the customary law of Jersey to require the Bank first to proceed against the Borrower (droit de discussion) or to divide its claim among guarantors (droit de division).
4. Demands. A demand under this Guarantee shall be made in writing and shall be payable within five (5) business days.
5. Review of facility. The Facility Letter provides for an annual review on 24 February each year; no such review shall release the Guarantor.
6. Independent advice. The Guarantor confirms that she has received independent legal advice from Advocate Paul Le Cornu before signing this Guarantee.
7. Governing law. This Guarantee shall be governed by and construed in accordance with the laws of the Island of Jersey, and the Guarantor submits to the non-exclusive jurisdiction of the Royal Court of Jersey.
SIGNED by JANE ELIZABETH RENOUF
in the presence of: Paul Le Cornu, Advocate, St Helier
Accepted by ST AUBIN BAY BANK LIMITED by its authorised signatory, Michael Vibert, on 5 March 2026`,
    truth: {
      title: "Personal Guarantee",
      documentType: "Guarantee",
      parties: ["Jane Elizabeth Renouf", "St Aubin Bay Bank Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-03-03",
      term: "Until terminated",
    },
  },
  {
    id: "v8-property-term-loan-facility-letter-kenya",
    format: "docx",
    source: `RIFT VALLEY COMMERCIAL BANK LIMITED
Corporate Banking Division, Rift Towers, Kenyatta Avenue, P.O. Box 41288-00100, Nairobi, Kenya
10 February 2026
Our Ref: CBD/NGL/2026/017
The Directors
Naivasha Greenhouses Limited
L.R. No. 8172/15, Moi South Lake Road, P.O. Box 1120-20117, Naivasha
Dear Sirs,
# TERM LOAN FACILITY
We are pleased to advise that the Bank has approved the following facility in favour of Naivasha Greenhouses Limited (the "Borrower") on the terms of this letter and the Bank's Standard Terms and Conditions for Corporate Facilities (the "Standard Terms").
| Facility | Term loan of KES 180,000,000 |
| Purpose | Construction of 12 hectares of greenhouses and a packhouse at Naivasha |
| Tenor | Sixty (60) months from the date of this letter |
| Moratorium | Six (6) months on principal from first drawdown |
| Repayment | Equal monthly instalments after the moratorium, so that the Facility is repaid in full by the end of the Tenor |
| Interest | Kenya Bankers Reference Rate plus 3.25% per annum, payable monthly |
| Arrangement fee | 1% of the Facility amount, payable on acceptance |
| Security | First legal charge over L.R. No. 8172/15; debenture over all assets of the Borrower |
===
Conditions precedent: Drawdown is subject to registration of the security and delivery of a certified board resolution of the Borrower.
Availability: The Facility is available for drawdown for three (3) months from the date of acceptance; any undrawn amount will then be cancelled.
Governing law: This facility letter and the Standard Terms shall be governed by the laws of Kenya.
This offer lapses if not accepted within fourteen (14) days of the date of this letter. Please signify your acceptance by signing and returning the duplicate copy.
Yours faithfully,
For and on behalf of RIFT VALLEY COMMERCIAL BANK LIMITED
Wanjiru Kamau, Head of Corporate Banking        Otieno Mbeki, Senior Relationship Manager
ACCEPTANCE
We, Naivasha Greenhouses Limited, accept the Facility on the terms and conditions set out above.
Director: Peter Kariuki      Director/Secretary: Grace Njeri
Date: 17 February 2026`,
    truth: {
      title: "Term Loan Facility",
      documentType: "Facility agreement",
      parties: ["Rift Valley Commercial Bank Limited", "Naivasha Greenhouses Limited"],
      governingLaw: "Kenya",
      effectiveDate: "2026-02-10",
      expiryDate: "2031-02-10",
      term: "60 months",
    },
  },
  {
    id: "v8-property-loan-agreement-new-york",
    format: "pdf",
    pageFooters: true,
    source: `# LOAN AGREEMENT
This LOAN AGREEMENT (this "Agreement") is made and entered into as of the 2nd day of September, 2026 (the "Closing Date"), by and among HUDSON RIDGE CAPITAL PARTNERS, LP, a Delaware limited partnership ("Lender"), EASTGATE STORAGE HOLDINGS LLC, a New York limited liability company ("Borrower"), and MARCUS FELD, an individual residing at 40 Central Park South, New York, New York 10019 ("Guarantor").
RECITALS
A. Borrower owns the self-storage facility known as 1500 Eastgate Boulevard, Garden City, New York (the "Property"), which is subject to a ground lease dated May 1, 2001 having a term of ninety-nine (99) years.
B. Lender has agreed to make a loan to Borrower in the principal amount of $14,500,000 (the "Loan"), and Guarantor, the sole member of Borrower, has agreed to join in this Agreement to give the guaranty in Article 3.
NOW, THEREFORE, the parties agree as follows:
ARTICLE 1 – DEFINITIONS
"Maturity Date" means September 1, 2029, as such date may be extended under Section 2.4.
"Lockout Period" means the period of twelve (12) months following the Closing Date, during which the Loan may not be prepaid.
ARTICLE 2 – THE LOAN
2.1 Lender shall advance the Loan to Borrower in a single disbursement on the Closing Date.
2.2 The Loan shall have a term of thirty-six (36) months commencing on the Closing Date and ending on the Maturity Date, on which the entire outstanding principal and accrued interest shall be due and payable.
2.3 Interest shall accrue at 7.15% per annum and is payable monthly in arrears on the first day of each month.
2.4 Borrower may extend the Maturity Date once by twelve (12) months by written notice given not less than sixty (60) days before the Maturity Date, provided no Event of Default exists and Borrower pays an extension fee of 0.25% of the outstanding principal.
===
ARTICLE 3 – GUARANTY
3.1 Guarantor unconditionally guarantees to Lender the payment of the Loan when due, whether at the Maturity Date, by acceleration or otherwise.
ARTICLE 4 – MISCELLANEOUS
4.1 This Agreement shall be governed by and construed in accordance with the laws of the State of New York, including Section 5-1401 of the New York General Obligations Law, without regard to the conflict of laws principles of any other jurisdiction.
4.2 The ground lease referred to in Recital A remains governed by its own terms, and nothing in this Agreement amends it.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Closing Date.
LENDER: HUDSON RIDGE CAPITAL PARTNERS, LP, By: Hudson Ridge GP, LLC, its general partner, By: ______________ Name: Caroline Ames, Title: Managing Director
BORROWER: EASTGATE STORAGE HOLDINGS LLC, By: ______________ Name: Marcus Feld, Title: Sole Member
GUARANTOR: ______________ MARCUS FELD`,
    truth: {
      title: "Loan Agreement",
      documentType: "Loan agreement",
      parties: ["Hudson Ridge Capital Partners, LP", "Eastgate Storage Holdings LLC", "Marcus Feld"],
      governingLaw: "New York",
      effectiveDate: "2026-09-02",
      expiryDate: "2029-09-01",
      term: "36 months",
    },
  },
  {
    id: "v8-property-debenture-isle-of-man",
    format: "docx",
    storedPageCount: 3,
    source: `# DEBENTURE
Dated 27 January 2026
MANNIN FERRIES LIMITED and SNAEFELL PORT SERVICES LIMITED as Chargors
in favour of
DOUGLAS HARBOUR TRUST COMPANY LIMITED as Security Trustee
===
THIS DEBENTURE is dated 27 January 2026 and is made BETWEEN:
(1) MANNIN FERRIES LIMITED, a company incorporated in the Isle of Man with registered number 004512C, whose registered office is at Imperial Buildings, Victoria Street, Douglas, Isle of Man IM1 2LD;
(2) SNAEFELL PORT SERVICES LIMITED, a company incorporated in the Isle of Man with registered number 131877C, whose registered office is at Harbour Road, Ramsey, Isle of Man IM8 1BQ (together with the company in paragraph (1), the "Chargors" and each a "Chargor"); and
(3) DOUGLAS HARBOUR TRUST COMPANY LIMITED, a company incorporated in the Isle of Man with registered number 008833C, as security trustee for the Secured Parties (the "Security Trustee").
BACKGROUND
(A) The Lenders have made available to the Chargors a term loan facility under a facility agreement dated 9 December 2025 (the "Facility Agreement") for a term of five (5) years, which is governed by the law of England and Wales.
(B) Each Chargor has agreed to grant security over its assets to the Security Trustee as security for the Secured Liabilities.
IT IS AGREED as follows:
# 1. Definitions
"Secured Liabilities" means all present and future obligations of each Chargor to the Secured Parties under the Finance Documents.
"Security Period" means the period beginning on the date of this Debenture and ending on the date on which the Security Trustee is satisfied that the Secured Liabilities have been irrevocably and unconditionally discharged in full.
# 2. Covenant to pay
2.1 Each Chargor covenants with the Security Trustee to pay and discharge the Secured Liabilities when due.
# 3. Grant of security
3.1 Each Chargor, with full title guarantee, charges to the Security Trustee by way of first fixed charge its earnings accounts, book debts and intellectual property, and by way of first floating charge all its undertaking and assets.
3.2 Each Chargor shall register this Debenture with the Isle of Man Companies Registry within one (1) month after its date.
# 4. Enforcement
4.1 The security constituted by this Debenture shall become enforceable on the occurrence of an Event of Default which is continuing, and the Security Trustee may then appoint a receiver.
# 5. Governing law
5.1 This Debenture and any non-contractual obligations arising out of it are governed by the laws of the Isle of Man, and the courts of the Isle of Man have exclusive jurisdiction.
===
EXECUTED AS A DEED by MANNIN FERRIES LIMITED acting by Robert Kinvig, Director, in the presence of: Claire Quayle, Advocate, Douglas
EXECUTED AS A DEED by SNAEFELL PORT SERVICES LIMITED acting by Hannah Corlett, Director, in the presence of: Claire Quayle, Advocate, Douglas
SIGNED by DOUGLAS HARBOUR TRUST COMPANY LIMITED as Security Trustee acting by its authorised signatory, David Cregeen`,
    truth: {
      title: "Debenture",
      documentType: "Security agreement",
      parties: ["Mannin Ferries Limited", "Snaefell Port Services Limited", "Douglas Harbour Trust Company Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-01-27",
    },
  },
  {
    id: "v8-property-office-lease-south-africa",
    format: "txt",
    source: `# AGREEMENT OF LEASE
entered into by and between
MELVILLE KOPPIES PROPERTY FUND (PTY) LTD (Registration No. 2011/004512/07), herein represented by Johan van der Merwe, duly authorised (the "Landlord")
and
UBUNTU LEDGER ACCOUNTING SERVICES CC (Registration No. 2004/087231/23), herein represented by Thandiwe Nkosi, duly authorised (the "Tenant")
1. Premises
1.1 The Landlord lets to the Tenant, which hires, Unit 3B, Ground Floor, 44 Rivonia Road, Sandhurst, Sandton (the "Premises"), measuring approximately 310 m².
2. Duration
2.1 The lease shall be for a period of thirty-six (36) months commencing on 1 June 2026 (the "Commencement Date") and terminating on 31 May 2029.
2.2 On expiry of the initial period, this lease shall automatically renew for successive periods of twelve (12) months each on the same terms, save for the escalation of rental, unless either party gives the other not less than three (3) calendar months' written notice of termination before the end of the then current period.
3. Rental
3.1 The monthly rental is R62,000.00 (excluding VAT), payable in advance on or before the 1st day of each month, escalating by 7% on each anniversary of the Commencement Date.
3.2 The Tenant is entitled to a beneficial occupation period of one (1) month before the Commencement Date, free of rental, to install its fittings.
4. Deposit
4.1 The Tenant shall pay a deposit equal to two (2) months' rental, to be refunded within fourteen (14) days after the Tenant vacates the Premises.
5. Governing Law
5.1 This lease is governed by the laws of the Republic of South Africa, and the parties consent to the jurisdiction of the Magistrate's Court for the district of Johannesburg North.
SIGNED at SANDTON on 14 May 2026 for the Landlord: ______________ Johan van der Merwe
SIGNED at SANDTON on 19 May 2026 for the Tenant: ______________ Thandiwe Nkosi
AS WITNESSES: 1. L. Pillay  2. M. Dlamini`,
    truth: {
      title: "Agreement of Lease",
      documentType: "Lease",
      parties: ["Melville Koppies Property Fund (Pty) Ltd", "Ubuntu Ledger Accounting Services CC"],
      governingLaw: "South Africa",
      effectiveDate: "2026-06-01",
      expiryDate: "2029-05-31",
      term: "36 months",
      renewal: "12 months",
    },
  },
];
