import type { UnseenDocument } from "../unseen/types";

/** Tuning set v10: amendment agreements, variations, addenda, deeds of amendment, side letters, extension letters and consent letters. */
export const AMENDMENTS_V10: UnseenDocument[] = [
  {
    id: "v10-amendments-deed-of-variation-isle-of-man",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
relating to a lease of Unit 4, Ronaldsway Business Park, Ballasalla
THIS DEED OF VARIATION is made on the 2nd day of February 2026
BETWEEN:
(1) MANNIN PROPERTY HOLDINGS LIMITED (company number 014522C) whose registered office is at 12 Athol Street, Douglas, Isle of Man IM1 1JA (the "Landlord"); and
(2) CASTLETOWN AVIONICS LIMITED (company number 128890C) whose registered office is at Unit 4, Ronaldsway Business Park, Ballasalla, Isle of Man IM9 2AJ (the "Tenant").
BACKGROUND
(A) By a lease dated 1 May 2019 (the "Lease") the Landlord let the Property to the Tenant for a term of fifteen years from and including 1 May 2019.
(B) The Landlord and the Tenant have agreed to vary the Lease as set out in this deed.
OPERATIVE PROVISIONS
1. Variations. With effect from the date of this deed the Lease is varied as follows:
1.1 the definition of "Permitted Use" is replaced by "light industrial use for the assembly and testing of aircraft components, with ancillary offices";
1.2 the next Review Date is 1 May 2027, and each third anniversary of it is a further Review Date; and
1.3 the Tenant may end the Lease on 30 April 2029 by giving the Landlord not less than six months' written notice.
2. Confirmation. Save as varied by this deed the Lease remains in full force and effect, and the term granted by the Lease is not altered.
3. Costs. The Tenant shall pay the Landlord's reasonable legal costs of this deed within 28 days of demand.
4. Governing law. This deed is governed by the laws of the Isle of Man, and the parties submit to the jurisdiction of the High Court of Justice of the Isle of Man.
===
IN WITNESS whereof this deed has been executed and delivered on the date first above written.
Executed as a deed by MANNIN PROPERTY HOLDINGS LIMITED acting by two directors:
| Director: Peter Quayle | Director: Joanne Kinvig |
Executed as a deed by CASTLETOWN AVIONICS LIMITED acting by a director in the presence of a witness:
| Director: Richard Corlett | Witness: Sarah Teare, Advocate, Douglas |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Mannin Property Holdings Limited", "Castletown Avionics Limited"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-02-02",
      amends: "Lease",
    },
  },
  {
    id: "v10-amendments-first-amendment-msa-texas",
    format: "docx",
    storedPageCount: 2,
    source: `# FIRST AMENDMENT TO MASTER SERVICES AGREEMENT
This First Amendment to Master Services Agreement (this "Amendment") is made and entered into as of the 15th day of January, 2026, by and between Lone Star Freight Analytics, LLC, a Texas limited liability company ("Provider"), and Pecos Valley Distributors, Inc., a Texas corporation ("Customer").
# RECITALS
A. Provider and Customer are parties to that certain Master Services Agreement dated as of April 1, 2024 (the "Agreement"), which has an initial term of three (3) years from April 1, 2024 and thereafter renews automatically for successive one (1) year periods unless either party gives ninety (90) days' notice of non-renewal.
B. The parties desire to amend the Agreement to add route optimization services and to revise the fees, effective as of February 1, 2026 (the "Amendment Effective Date").
# AGREEMENT
NOW, THEREFORE, for good and valuable consideration, the parties agree as follows:
1. Defined Terms. Capitalized terms used but not defined in this Amendment have the meanings given in the Agreement.
2. New Services. Exhibit A-2 (Route Optimization Services), attached to this Amendment, is added to the Agreement as of the Amendment Effective Date.
3. Fees. Section 4.1 of the Agreement is deleted and replaced with: "Customer shall pay the fees set out in Exhibit B, as revised from time to time, within forty-five (45) days after receipt of a correct invoice."
4. Service Credits. The service credit for any month may not exceed fifteen percent (15%) of the monthly fees for that month.
5. Term Not Affected. Nothing in this Amendment changes the term or the renewal provisions of the Agreement.
6. Ratification. Except as amended by this Amendment, the Agreement remains in full force and effect.
7. Governing Law. This Amendment shall be governed by the laws of the State of Texas, without regard to its conflict of laws rules.
8. Counterparts. This Amendment may be signed in counterparts and by electronic signature.
===
IN WITNESS WHEREOF, the parties have executed this Amendment by their duly authorized representatives.
| LONE STAR FREIGHT ANALYTICS, LLC | PECOS VALLEY DISTRIBUTORS, INC. |
| By: Ramon Ibarra | By: Kelsey Dunn |
| Title: Chief Executive Officer | Title: Vice President, Procurement |
| Date: January 15, 2026 | Date: January 16, 2026 |`,
    truth: {
      title: "First Amendment to Master Services Agreement",
      documentType: "Amendment",
      parties: ["Lone Star Freight Analytics, LLC", "Pecos Valley Distributors, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-02-01",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v10-amendments-side-letter-difc",
    format: "pdf",
    source: `QASR AL NOOR HOLDINGS LIMITED
Unit 1402, Level 14, Gate Village Building 3, Dubai International Financial Centre, Dubai, United Arab Emirates
Registered in the DIFC with registration number 4471
11 March 2026
To: Falcon Gate Ventures Ltd
PO Box 507011, Dubai, United Arab Emirates
Attention: Mr Omar Al Zarooni, Partner
# Side Letter
Shareholders' Agreement dated 28 November 2024 relating to Qasr Al Noor Holdings Limited (the "SHA")
Dear Sirs
1. We refer to the SHA. Terms defined in the SHA have the same meaning in this letter. This letter is supplemental to, and does not amend, the SHA.
2. In consideration of your subscription for the Series B Shares, we undertake to you that we will:
(a) deliver to you our monthly management accounts within 20 Business Days after the end of each month;
(b) allow one observer nominated by you to attend and speak, but not vote, at meetings of the Board; and
(c) not issue any shares ranking ahead of the Series B Shares without your prior written consent.
3. The undertakings in this letter apply for a period of twenty-four (24) months from the date of this letter and then lapse.
4. Nothing in this letter affects the lock-up in clause 11 of the SHA, under which the Founders may not transfer any Shares for three years from Completion.
5. This letter and any non-contractual obligations arising from it are governed by the laws of the Dubai International Financial Centre, and the DIFC Courts have exclusive jurisdiction.
Yours faithfully
Layla Haddad
Chief Executive Officer, for and on behalf of Qasr Al Noor Holdings Limited
===
Acknowledged and agreed for and on behalf of Falcon Gate Ventures Ltd
Omar Al Zarooni, Partner
Date: 14 March 2026`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Qasr Al Noor Holdings Limited", "Falcon Gate Ventures Ltd"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-03-11",
      expiryDate: "2028-03-11",
      term: "24 months",
    },
  },
  {
    id: "v10-amendments-long-stop-extension-nz",
    format: "txt",
    source: `KARAKA BAY CAPITAL LIMITED
Level 6, 21 Queen Street, Auckland 1010
20 March 2026
Pohutukawa Holdings Limited
c/o Tane & Rewi Lawyers, PO Box 1187, Tauranga 3140
Attention: The Directors
Dear Directors
# Extension of Long Stop Date
Share Purchase Agreement dated 2 December 2025 between Karaka Bay Capital Limited as purchaser and Pohutukawa Holdings Limited as vendor relating to all the shares in Bay of Plenty Kiwifruit Packers Limited (the "Agreement")
We refer to the Agreement and to your email of 17 March 2026. Capitalised terms used in this letter have the meanings given to them in the Agreement.
Consent from the Overseas Investment Office has not yet been granted, and the OIO Condition will not be satisfied by the current Long Stop Date of 31 March 2026.
In accordance with clause 18.4 (Variation) of the Agreement, the parties agree that, with effect from the date of this letter, the Agreement is amended as follows:
(a) in clause 1.1, the definition of "Long Stop Date" is amended by deleting "31 March 2026" and replacing it with "30 June 2026"; and
(b) in clause 5.3, "ten (10) Business Days" is replaced with "fifteen (15) Business Days".
Except as amended by this letter, the Agreement continues in full force and effect. In particular, the restraint in clause 14, under which the Vendor may not compete with the Company for three (3) years after Settlement, is unchanged.
This letter is governed by the laws of New Zealand.
Please confirm your agreement by countersigning and returning a copy of this letter.
Yours faithfully
Aroha Tipene
Director, Karaka Bay Capital Limited
Countersigned: Pohutukawa Holdings Limited agrees to the amendments set out above.
Michael Donnelly, Director
Date: 24 March 2026`,
    truth: {
      title: "Extension of Long Stop Date",
      documentType: "Amendment",
      parties: ["Karaka Bay Capital Limited", "Pohutukawa Holdings Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-20",
      amends: "Share Purchase Agreement",
    },
  },
  {
    id: "v10-amendments-addendum-licence-india",
    format: "docx",
    source: `# ADDENDUM NO. 2 TO THE SOFTWARE LICENCE AGREEMENT
This Addendum No. 2 ("Addendum") is executed at Bengaluru on this 5th day of January, 2026
BY AND BETWEEN
Deccan Ledger Technologies Private Limited, a company incorporated under the Companies Act, 2013, having CIN U72200KA2011PTC061234 and its registered office at 5th Floor, Prestige Tech Park, Outer Ring Road, Bengaluru 560103 (hereinafter referred to as the "Licensor", which expression shall, unless repugnant to the context, include its successors and permitted assigns) of the ONE PART;
AND
Sahyadri Co-operative Bank Limited, a multi-state co-operative bank registered under the Multi-State Co-operative Societies Act, 2002, having its head office at 1187 Shivajinagar, Pune 411005 (hereinafter referred to as the "Licensee") of the OTHER PART.
WHEREAS:
A. The Licensor and the Licensee entered into a Software Licence Agreement dated 1st April 2023 (the "Agreement") for a term of five (5) years commencing on 1st April 2023, as amended by Addendum No. 1 dated 14th August 2024.
B. The Licensee wishes to licence the Treasury and ALM modules for an additional 150 named users, and the Licensor has agreed to grant such licence on the terms of this Addendum.
NOW THIS ADDENDUM WITNESSETH AS FOLLOWS:
1. This Addendum shall come into effect on 1st February 2026 (the "Addendum Effective Date").
2. Schedule 1 (Licensed Modules) of the Agreement is substituted by the Schedule annexed to this Addendum.
3. The annual licence fee is increased by INR 42,00,000 (Rupees Forty-Two Lakh only) plus GST, payable within thirty (30) days of invoice.
4. The Licensor warrants that the Treasury and ALM modules will perform materially in accordance with the Documentation for ninety (90) days from go-live.
5. This Addendum shall form an integral part of the Agreement. All other terms of the Agreement remain unchanged.
6. This Addendum shall be governed by the laws of India, and the courts at Bengaluru shall have exclusive jurisdiction.
IN WITNESS WHEREOF the parties have executed this Addendum on the date and at the place first above written.
| For Deccan Ledger Technologies Private Limited | For Sahyadri Co-operative Bank Limited |
| Authorised Signatory: Ananya Krishnamurthy | Authorised Signatory: Vikram Deshpande |
| Witness: Rohit Shenoy | Witness: Meera Kulkarni |
# SCHEDULE 1 – LICENSED MODULES
| Module | Named users |
| Core Ledger | 400 |
| Treasury | 150 |
| Asset Liability Management (ALM) | 150 |`,
    truth: {
      title: "Addendum No. 2 to the Software Licence Agreement",
      documentType: "Amendment",
      parties: ["Deccan Ledger Technologies Private Limited", "Sahyadri Co-operative Bank Limited"],
      governingLaw: "India",
      effectiveDate: "2026-02-01",
      amends: "Software Licence Agreement",
    },
  },
  {
    id: "v10-amendments-minute-of-variation-scotland",
    format: "pdf",
    pageFooters: true,
    source: `# MINUTE OF VARIATION
between
STRATHEARN DISTILLERS LIMITED, incorporated under the Companies Acts (registered number SC214477) and having its registered office at Tullibardine Road, Blackford, Auchterarder PH4 1QG ("the Purchaser")
and
OCHIL COOPERAGE, a firm constituted under the Partnership Act 1890 and having its principal place of business at 7 Mill Street, Alloa FK10 1DT ("the Supplier")
WHEREAS
(One) the Purchaser and the Supplier are parties to a Cask Supply Agreement constituted by Minute of Agreement between them dated 3 and 10 June 2022 ("the Agreement"), under which the Supplier supplies oak casks to the Purchaser for a period of five years from 3 June 2022; and
(Two) the parties wish to vary the Agreement with effect from 1 April 2026 ("the Variation Date");
NOW THEREFORE the parties agree as follows:
1. With effect from the Variation Date, Part 2 (Prices) of the Schedule to the Agreement is deleted and replaced by the Schedule to this Minute of Variation.
2. Clause 7.2 of the Agreement is varied so that the Purchaser shall pay each invoice within forty-five days after the end of the month of delivery, instead of sixty days.
3. A new clause 9.4 is added to the Agreement: "The Supplier shall at all times hold a buffer stock of not fewer than 400 hogsheads for the Purchaser."
4. Save as varied by this Minute of Variation, the Agreement remains in full force and effect.
5. This Minute of Variation is governed by the law of Scotland and the parties prorogate the exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents consisting of this and the following page, together with the Schedule, are subscribed as follows:
===
Subscribed for and on behalf of STRATHEARN DISTILLERS LIMITED at Blackford on the 12th day of March 2026 by Catriona Menzies, Director, before this witness: Alasdair Grant, 3 Feddal Road, Braco
Subscribed for and on behalf of OCHIL COOPERAGE at Alloa on the 16th day of March 2026 by Angus McNab, Partner, before this witness: Morag Kerr, 22 Bank Street, Alloa
# Schedule
This is the Schedule referred to in the foregoing Minute of Variation between Strathearn Distillers Limited and Ochil Cooperage
| Cask | Price per cask (GBP, excluding VAT) |
| Hogshead (250 litres), re-charred | 285 |
| Barrique (225 litres), ex-wine | 340 |
| Butt (500 litres), ex-sherry | 1,150 |`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Strathearn Distillers Limited", "Ochil Cooperage"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      amends: "Cask Supply Agreement",
    },
  },
  {
    id: "v10-amendments-consent-to-sublet-hong-kong",
    format: "txt",
    source: `VICTORIA PEAK ESTATES LIMITED
28/F, Harcourt House, 39 Gloucester Road, Wan Chai, Hong Kong
8th June 2026
Our Ref: VPE/L/KB-1207
Kowloon Bay Trading Company Limited
Unit 1207, 12/F, Enterprise Square, 9 Sheung Yuet Road, Kowloon Bay, Kowloon
Attn: Ms Wong Siu Ling, Director
By hand and by email
Dear Madam,
# Consent to Sub-letting
Unit 1207, 12/F, Enterprise Square (the "Premises"): Tenancy Agreement dated 20th December 2023 (the "Tenancy")
We refer to your letter dated 22nd May 2026 asking for our consent to sub-let part of the Premises to Lantau Digital Limited (the "Sub-tenant").
The Tenancy is for a term of six (6) years commencing on 1st January 2024. We note that the proposed sub-tenancy is for a term of two (2) years from 1st July 2026 at a monthly rent of HK$48,000.
We consent to the proposed sub-letting on the following conditions:
1. the sub-tenancy shall expire no later than three (3) days before the expiry of the Tenancy;
2. the sub-tenancy agreement shall contain covenants by the Sub-tenant no less onerous than those in the Tenancy;
3. you shall deliver to us a certified copy of the stamped sub-tenancy agreement within fourteen (14) days after it is signed;
4. you shall pay our legal costs of HK$12,000 on or before the date of the sub-tenancy agreement; and
5. this consent shall lapse if the sub-tenancy agreement is not signed within three (3) months of the date of this letter.
This consent does not vary the Tenancy, and nothing in this letter waives any breach of the Tenancy.
This letter shall be governed by and construed in accordance with the laws of the Hong Kong Special Administrative Region.
Yours faithfully,
For and on behalf of Victoria Peak Estates Limited
Chan Ka Ming
Leasing Manager`,
    truth: {
      title: "Consent to Sub-letting",
      documentType: "Letter",
      parties: ["Victoria Peak Estates Limited", "Kowloon Bay Trading Company Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-06-08",
    },
  },
  {
    id: "v10-amendments-deed-of-amendment-facility-ireland",
    format: "docx",
    storedPageCount: 3,
    source: `Dated 30 April 2026
LIFFEY QUAY HOTELS DESIGNATED ACTIVITY COMPANY
as Borrower
THE COMPANIES listed in Schedule 1
as Original Guarantors
EMERALD LOAN AGENCY SERVICES LIMITED
as Agent
# DEED OF AMENDMENT
relating to a €85,000,000 term facility agreement dated 14 September 2023
===
THIS DEED is dated 30 April 2026 and is made BETWEEN:
(1) LIFFEY QUAY HOTELS DESIGNATED ACTIVITY COMPANY, a designated activity company incorporated in Ireland with registered number 598812, whose registered office is at 2 Grand Canal Square, Dublin 2, D02 A342 (the "Borrower");
(2) THE COMPANIES listed in Schedule 1 (The Original Guarantors) (each an "Original Guarantor"); and
(3) EMERALD LOAN AGENCY SERVICES LIMITED, registered number 441902, as agent of the other Finance Parties (the "Agent").
# Background
(A) The Lenders made a term facility available to the Borrower under a facility agreement dated 14 September 2023 between, among others, the Borrower, the Original Guarantors and the Agent (the "Facility Agreement").
(B) The Agent, acting on the instructions of the Majority Lenders, has agreed to amend the Facility Agreement as set out in this Deed.
# It is agreed
1. Definitions. In this Deed, "Effective Date" means 1 May 2026. Terms defined in the Facility Agreement have the same meaning in this Deed.
2. Amendments. With effect from the Effective Date the Facility Agreement is amended so that: (a) the Margin is 2.85 per cent. per annum instead of 3.25 per cent. per annum; and (b) in clause 22.2 (Loan to Value), "60 per cent." is replaced by "65 per cent.".
3. Termination Date. For the avoidance of doubt, the Termination Date (being the date falling 60 months after the date of the Facility Agreement) is not amended.
4. Guarantee confirmation. Each Original Guarantor confirms that its guarantee extends to the obligations of the Borrower under the Facility Agreement as amended by this Deed.
5. Fee. The Borrower shall pay the Agent, for the Lenders, an amendment fee of 0.15 per cent. of the Loans within five Business Days of the Effective Date.
6. Governing law. This Deed and any non-contractual obligations arising out of it are governed by Irish law.
# Schedule 1 – The Original Guarantors
| Name | Registered number | Registered office |
| Liffey Quay Hotels Holdings Limited | 598790 | 2 Grand Canal Square, Dublin 2 |
| Liffey Quay Operations Limited | 601455 | 2 Grand Canal Square, Dublin 2 |
===
This Deed has been delivered on the date stated at the beginning of this Deed.
| Present when the common seal of LIFFEY QUAY HOTELS DESIGNATED ACTIVITY COMPANY was affixed: | Director: Conor Byrne; Secretary: Aoife Nolan |
| Present when the common seal of LIFFEY QUAY HOTELS HOLDINGS LIMITED was affixed: | Director: Conor Byrne; Secretary: Aoife Nolan |
| Present when the common seal of LIFFEY QUAY OPERATIONS LIMITED was affixed: | Director: Niamh Walsh; Secretary: Aoife Nolan |
| Signed and delivered as a deed by EMERALD LOAN AGENCY SERVICES LIMITED acting by its attorney: | Attorney: Declan Moran |`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Liffey Quay Hotels Designated Activity Company", "Liffey Quay Hotels Holdings Limited", "Liffey Quay Operations Limited", "Emerald Loan Agency Services Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-01",
      amends: "Facility Agreement",
    },
  },
];
