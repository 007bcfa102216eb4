import type { UnseenDocument } from "../unseen/types";

/** Tuning set v27: letters and amendments — side, comfort, consent, engagement and offer letters; amendments, addenda, variations, deeds of variation. */
export const LETTERS_AND_AMENDMENTS_V27: UnseenDocument[] = [
  {
    id: "v27-letters-and-amendments-sg-comfort-letter",
    format: "pdf",
    pageFooters: true,
    source: `# MERIDIAN HOLDINGS PTE. LTD.
(Company Registration No. 201812345K)
80 Robinson Road, #22-01, Singapore 068898
9 February 2026
PRIVATE & CONFIDENTIAL
The Directors
Straits Commercial Bank Limited
1 Raffles Place, #30-00
Singapore 048616
Dear Sirs
# Letter of Comfort
Borrower: Meridian Logistics (S) Pte. Ltd. — Term Loan Facility of S$12,000,000
We refer to the facility letter dated 20 January 2026 (the “Facility Letter”) issued by you to our wholly-owned subsidiary, Meridian Logistics (S) Pte. Ltd. (the “Borrower”), under which you have agreed to make available to the Borrower a term loan facility of S$12,000,000 for a tenor of five (5) years from the date of first drawdown (the “Facility”).
In consideration of your making the Facility available to the Borrower, we write to confirm the following:
1. We are aware of the Facility and of the terms of the Facility Letter, and we approve of the Borrower entering into it.
2. It is our present policy, and our present intention, to ensure that the Borrower is at all times in a position to meet its financial obligations to you as they fall due. We will not alter that policy without first informing you in writing.
3. We undertake that we will not dispose of, or permit the dilution of, our shareholding in the Borrower below 75 per cent without giving you not less than thirty (30) days' prior written notice.
4. This letter is not, and is not to be construed as, a guarantee of the obligations of the Borrower. Save for paragraphs 3 and 6, nothing in this letter creates any legally binding obligation on us.
5. This letter is provided to you in confidence and may not be disclosed to any person other than your professional advisers and regulators without our prior written consent.
6. This letter and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of Singapore, and the courts of Singapore shall have non-exclusive jurisdiction.
Yours faithfully
For and on behalf of
MERIDIAN HOLDINGS PTE. LTD.
Lim Wei Jie
Director
===
# Acknowledgement
We acknowledge receipt of the above letter of comfort and its contents.
For and on behalf of
STRAITS COMMERCIAL BANK LIMITED
Name: Tan Hui Min
Designation: Senior Vice President, Corporate Banking
Date: 16 February 2026`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Meridian Holdings Pte. Ltd.", "Straits Commercial Bank Limited"],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v27-letters-and-amendments-ie-solicitors-engagement",
    format: "pdf",
    pdfMargin: 80,
    source: `# Carrickmore O'Dwyer LLP
Solicitors
28 Fitzwilliam Place, Dublin 2, D02 XK75
T +353 1 555 0142 | www.carrickmoreodwyer.ie
Our ref: SOD/GLA/0412-001
Your ref: AB/ACQ
2nd March 2026
Ms Aoife Brennan
Finance Director
Glasmore Foods Designated Activity Company
Unit 4, Ballycoolin Business Park
Dublin 15, D15 R2K8
By email only
Dear Aoife,
# Letter of Engagement
Matter: Proposed acquisition of the entire issued share capital of Tullyvale Dairies Limited
Thank you for your email of 24 February 2026 instructing us to act for Glasmore Foods Designated Activity Company (“you” or the “Company”) in connection with the matter described above. This letter, together with our enclosed Terms of Business, sets out the basis on which we will act.
1. Scope. We will conduct a legal due diligence review of Tullyvale Dairies Limited, prepare and negotiate the share purchase agreement, disclosure letter and ancillary documents, and attend to completion. Tax, competition and pensions advice are outside the scope of this engagement unless we agree otherwise in writing.
2. Responsible partner. Seán O'Dwyer will be the partner with overall responsibility for the matter, assisted by Niamh Farrell, Senior Associate.
3. Legal costs (section 150 notice). In accordance with section 150 of the Legal Services Regulation Act 2015, we estimate our professional fees for this matter at €85,000 plus VAT at the prevailing rate, calculated by reference to the hourly rates set out in the schedule to our Terms of Business. If it becomes apparent that this estimate will be exceeded, we will inform you promptly in writing.
4. Billing. We will invoice you monthly. Invoices are payable within thirty (30) days of the invoice date.
5. Files. We will retain our file for a period of seven (7) years after the matter closes, after which it may be destroyed without further reference to you.
6. Ending the engagement. You may end our engagement at any time by written notice. We may cease to act in the circumstances described in our Terms of Business.
7. Governing law. This letter and our Terms of Business are governed by the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction in respect of any dispute arising from them.
Please sign and return the enclosed copy of this letter to confirm your agreement to these terms.
Yours sincerely,
Seán O'Dwyer
Partner, for and on behalf of Carrickmore O'Dwyer LLP
===
# Acceptance
We have read and agree to the terms of this letter and the enclosed Terms of Business.
Signed for and on behalf of Glasmore Foods Designated Activity Company
Name: Aoife Brennan
Position: Finance Director
Date: 6 March 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Carrickmore O'Dwyer LLP", "Glasmore Foods Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-03-02",
    },
  },
  {
    id: "v27-letters-and-amendments-ke-fixed-term-offer",
    format: "pdf",
    pageFooters: true,
    source: `# SAVANNA AGRITECH KENYA LIMITED
Riverside Square, 4th Floor, Riverside Drive, Westlands
P.O. Box 10234-00100, Nairobi, Kenya
17th April 2026
PRIVATE AND CONFIDENTIAL
Mr. Brian Otieno Ochieng
P.O. Box 5521-40100
Kisumu
Dear Brian,
# Offer of Employment
Position: Regional Agronomy Manager — Western Region (Fixed Term)
Further to your interviews with us, we are pleased to offer you employment with Savanna Agritech Kenya Limited (the “Company”) on the following terms.
1. Position. You will be employed as Regional Agronomy Manager, reporting to the Head of Field Operations, and based at our Kisumu office.
2. Commencement and duration. Your employment will be for a fixed term of twenty-four (24) months commencing on 1st June 2026 (the “Commencement Date”) and ending on 31st May 2028, unless terminated earlier in accordance with this letter. Any extension of the fixed term must be agreed in writing by both parties before it ends.
3. Probation. The first six (6) months of your employment will be a probationary period, during which either party may terminate your employment on seven (7) days' written notice.
4. Remuneration. Your basic salary will be KES 450,000 gross per month, payable in arrears on or before the last working day of each month, subject to PAYE and other statutory deductions.
5. Annual leave. You will be entitled to twenty-one (21) working days of paid annual leave in each year of service.
6. Notice. After confirmation, either party may terminate your employment by giving one (1) month's written notice or paying one month's salary in lieu of notice.
7. Confidentiality and non-solicitation. You will keep confidential all information concerning the Company's business. For twelve (12) months after your employment ends you will not solicit any customer or employee of the Company with whom you dealt in the last year of your employment.
8. Governing law. This offer and your contract of employment shall be governed by the laws of Kenya, including the Employment Act, 2007.
This offer is open for acceptance until 30th April 2026. To accept, please sign the acceptance below and return a copy to the People team.
Yours sincerely,
For: Savanna Agritech Kenya Limited
Grace Wanjiru Mwangi
Head of People
===
# Acceptance
I, Brian Otieno Ochieng, holder of National ID No. 28456731, accept the offer of employment set out above on the terms stated.
Signature: ______________________
Date: 22nd April 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Savanna Agritech Kenya Limited", "Brian Otieno Ochieng"],
      governingLaw: "Kenya",
      effectiveDate: "2026-06-01",
      expiryDate: "2028-05-31",
      term: "24 months",
    },
  },
  {
    id: "v27-letters-and-amendments-ew-lease-deed-of-variation",
    format: "docx",
    storedPageCount: 3,
    source: `# DEED OF VARIATION
relating to a lease of Unit 7, Kingsmead Trade Park, Basingstoke Road, Reading RG2 0QX
(1) ALDERGATE PROPERTY NOMINEES LIMITED and ALDERGATE PROPERTY (NO. 2) LIMITED as trustees of the Aldergate Industrial Property Unit Trust
(2) BRIGHTWELL PRINTING SOLUTIONS LTD
(3) MARCUS JAMES WHITFIELD
Penhallow Rees LLP, 9 Forbury Square, Reading RG1 3EB
===
THIS DEED is dated the fourteenth day of April two thousand and twenty-six
# PARTIES
(1) ALDERGATE PROPERTY NOMINEES LIMITED incorporated and registered in England and Wales with company number 04418822 and ALDERGATE PROPERTY (NO. 2) LIMITED incorporated and registered in England and Wales with company number 04418901, both of whose registered office is at 40 Gresham Street, London EC2V 7AY, acting as trustees of the Aldergate Industrial Property Unit Trust (together the “Landlord”);
(2) BRIGHTWELL PRINTING SOLUTIONS LTD incorporated and registered in England and Wales with company number 09876543 whose registered office is at Unit 7, Kingsmead Trade Park, Basingstoke Road, Reading RG2 0QX (the “Tenant”); and
(3) MARCUS JAMES WHITFIELD of 3 Orchard Close, Wokingham RG40 1AB (the “Guarantor”).
# BACKGROUND
(A) This deed is supplemental to a lease of the Property dated 29 September 2016 made between Kingsmead Estates Limited (1), the Tenant (2) and the Guarantor (3) for a term of 15 years from and including 29 September 2016 (the “Lease”).
(B) The reversion immediately expectant on the term granted by the Lease is now vested in the Landlord.
(C) The parties have agreed to vary the Lease on the terms of this deed.
# 1. INTERPRETATION
1.1 In this deed, “Effective Date” means 24 June 2026, being the date from which the variations in clause 2 take effect, and “Property” means the property let by the Lease.
1.2 Words and expressions defined in the Lease have the same meaning in this deed.
# 2. VARIATIONS
2.1 With effect from the Effective Date the Lease is varied as follows: (a) clause 8.1 (Tenant's break option) is deleted and replaced by: “The Tenant may terminate this Lease on 29 September 2028 by giving the Landlord not less than six months' written notice”; and (b) the annual rent reserved by clause 3.1 is £84,500 (exclusive of VAT), subject to review on the Review Date.
2.2 The Tenant is granted the right to park up to four private cars in the spaces shown hatched blue on the plan annexed to this deed, for the remainder of the term of the Lease.
# 3. GUARANTOR'S CONFIRMATION
The Guarantor consents to the variations made by this deed and confirms that its obligations under the Lease extend to the Lease as varied.
# 4. CONTINUATION
Save as varied by this deed, the Lease remains in full force and effect. Nothing in this deed extends the contractual term of the Lease, which expires on 28 September 2031.
# 5. COSTS AND REGISTRATION
5.1 The Tenant shall pay the Landlord's reasonable legal costs of this deed within fourteen days of written demand.
5.2 The Tenant shall apply to HM Land Registry to note this deed against the Tenant's registered leasehold title within one month of the date of this deed.
# 6. GOVERNING LAW AND JURISDICTION
This deed and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales, and the courts of England and Wales shall have exclusive jurisdiction.
This document has been executed as a deed and is delivered and takes effect on the date stated at the beginning of it.
===
Executed as a deed by ALDERGATE PROPERTY NOMINEES LIMITED acting by a director in the presence of: Witness: Hannah Coles, 12 Mill Lane, London SE1 9QQ
Executed as a deed by ALDERGATE PROPERTY (NO. 2) LIMITED acting by a director in the presence of: Witness: Hannah Coles, 12 Mill Lane, London SE1 9QQ
Executed as a deed by BRIGHTWELL PRINTING SOLUTIONS LTD acting by Joanna Brightwell, a director, in the presence of: Witness: Peter Lyle, Accountant, Reading
Signed as a deed by MARCUS JAMES WHITFIELD in the presence of: Witness: Peter Lyle, Accountant, Reading`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Aldergate Property Nominees Limited", "Aldergate Property (No. 2) Limited", "Brightwell Printing Solutions Ltd", "Marcus James Whitfield"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-06-24",
      amends: "Lease",
    },
  },
  {
    id: "v27-letters-and-amendments-de-msa-amendment-no-2",
    format: "docx",
    storedPageCount: 3,
    source: `# AMENDMENT NO. 2 TO MASTER SERVICES AGREEMENT
This Amendment No. 2 to Master Services Agreement (this “Amendment”) is made and entered into as of the 3rd day of March, 2026, and is effective as of April 1, 2026 (the “Amendment Effective Date”), by and between Ridgeline Data Systems, LLC, a Delaware limited liability company with offices at 1201 N. Orange Street, Wilmington, Delaware 19801 (“Provider”), and Halvorsen Marine Supply, Inc., a Washington corporation with offices at 2200 Alaskan Way, Seattle, Washington 98121 (“Customer”).
# RECITALS
WHEREAS, Provider and Customer are parties to that certain Master Services Agreement dated as of September 15, 2023, as amended by Amendment No. 1 dated June 2, 2024 (as so amended, the “Agreement”), under which Provider provides managed data-center and disaster-recovery services to Customer for an initial term of thirty-six (36) months, which renews automatically for successive one (1) year periods unless either party gives at least ninety (90) days' notice of non-renewal;
WHEREAS, the Agreement is currently governed by the laws of the State of New York; and
WHEREAS, the parties wish to amend the Agreement as set forth in this Amendment.
NOW, THEREFORE, in consideration of the mutual covenants set forth herein and other good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the parties agree as follows:
1. Definitions. Capitalized terms used but not defined in this Amendment have the meanings given to them in the Agreement.
2. Fees. Exhibit B (Fees) of the Agreement is deleted in its entirety and replaced with Exhibit B-2 attached to this Amendment, which applies to all Services performed on and after the Amendment Effective Date. Invoices remain payable net forty-five (45) days.
3. Service Levels. In Section 6.2 of the Agreement, the Monthly Availability commitment of “99.9%” is replaced with “99.95%”.
4. Governing Law of the Agreement. Section 18.1 of the Agreement is deleted in its entirety and replaced with the following: “18.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles.”
5. Effect of Amendment. Except as expressly amended by this Amendment, the Agreement remains unchanged and in full force and effect, and nothing in this Amendment alters the Term of the Agreement or its renewal. In the event of any conflict between this Amendment and the Agreement, this Amendment controls.
6. Governing Law of this Amendment. This Amendment shall be governed by and construed in accordance with the laws of the State of Delaware.
7. Counterparts. This Amendment may be executed in counterparts, including by electronic signature, each of which is an original and all of which together constitute one instrument.
===
IN WITNESS WHEREOF, the parties have caused this Amendment to be executed by their duly authorized representatives.
| RIDGELINE DATA SYSTEMS, LLC | HALVORSEN MARINE SUPPLY, INC. |
| By: ______________________ | By: ______________________ |
| Name: Dana K. Whitcomb | Name: Erik Halvorsen |
| Title: Chief Executive Officer | Title: President |
| Date: March 3, 2026 | Date: March 5, 2026 |
===
# EXHIBIT B-2 — FEES
| Service | Unit | Monthly Fee (USD) |
| Colocation rack (42U) | per rack | 2,150.00 |
| Managed backup | per TB | 38.00 |
| Disaster-recovery failover environment | per environment | 6,400.00 |
| Remote hands | per hour | 145.00 |`,
    truth: {
      title: "Amendment No. 2 to Master Services Agreement",
      documentType: "Amendment",
      parties: ["Ridgeline Data Systems, LLC", "Halvorsen Marine Supply, Inc."],
      governingLaw: "Delaware",
      effectiveDate: "2026-04-01",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v27-letters-and-amendments-on-consent-to-assignment",
    format: "docx",
    source: `# NORTHWIND ANALYTICS CORP.
200 Bay Street, Suite 3100, Toronto, Ontario M5J 2J2
May 12, 2026
DELIVERED BY EMAIL
Lakeshore Health Informatics Inc.
1450 Lakeshore Road East
Mississauga, Ontario L5E 1E9
Attention: General Counsel
Dear Sirs/Mesdames:
# Re: Consent to Assignment
Software Licence Agreement dated November 1, 2022 between Northwind Analytics Corp. (“Licensor”) and Lakeshore Health Informatics Inc. (“Licensee”) (the “Licence Agreement”)
We refer to your letter dated April 28, 2026 requesting Licensor's consent, under Section 15.2 of the Licence Agreement, to the assignment of the Licence Agreement to Trillium Clinical Software Ltd. (the “Assignee”) in connection with the proposed sale of your clinical analytics business (the “Transaction”).
Licensor hereby consents to the assignment of the Licence Agreement by Licensee to the Assignee, to take effect on the closing of the Transaction, subject to the following conditions:
(a) before closing, the Assignee delivers to Licensor an assumption agreement, in form satisfactory to Licensor acting reasonably, under which it agrees to be bound by the Licence Agreement;
(b) all fees owing under the Licence Agreement up to the date of closing are paid in full; and
(c) Licensee gives Licensor written notice of the closing within five (5) business days after it occurs.
This consent applies only to the assignment described above and is not a consent to any further assignment or a waiver of any other provision of the Licence Agreement. For clarity, the current term of the Licence Agreement continues to October 31, 2027 and is not extended by this letter, and the sixty (60) day notice period in Section 14.1 continues to apply.
This letter shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.
Please confirm your agreement to the conditions above by signing and returning a copy of this letter.
Yours truly,
NORTHWIND ANALYTICS CORP.
Per: Priya Raman, Vice-President, Legal
I have authority to bind the corporation.
===
ACKNOWLEDGED AND AGREED this 14th day of May, 2026.
LAKESHORE HEALTH INFORMATICS INC.
Per: Daniel Okafor, Chief Executive Officer
I have authority to bind the corporation.`,
    truth: {
      title: "Consent to Assignment",
      documentType: "Letter",
      parties: ["Northwind Analytics Corp.", "Lakeshore Health Informatics Inc."],
      governingLaw: "Ontario",
      effectiveDate: "2026-05-12",
    },
  },
  {
    id: "v27-letters-and-amendments-je-ima-side-letter",
    format: "txt",
    source: `Corbière Capital Management Limited
3rd Floor, 44 Esplanade, St Helier, Jersey JE2 3QB
Regulated by the Jersey Financial Services Commission
The Trustee Directors
Ashdown Pension Trustees Limited (as trustee of the Ashdown Group Pension Scheme)
Ashdown House, 19 Church Street, Guildford GU1 3AA
United Kingdom
23 January 2026
Dear Trustees
# Side Letter
Investment Management Agreement dated 5 December 2025 between Corbière Capital Management Limited (the “Manager”) and Ashdown Pension Trustees Limited as trustee of the Ashdown Group Pension Scheme (the “Client”) (the “Agreement”)
We write to record certain further arrangements agreed between us in connection with the Agreement. This letter is separate from, and does not amend, the Agreement.
1. Reporting. In addition to the reports required by the Agreement, the Manager will provide the Client with a quarterly responsible-investment report within thirty (30) days after the end of each calendar quarter.
2. Fee rebate. For each quarter in which the value of the Portfolio exceeds £75,000,000 on the last business day of the quarter, the Manager will rebate to the Client an amount equal to 0.05% of that value, payable within twenty (20) business days after the quarter end.
3. Most favoured nation. If the Manager agrees with any other segregated-mandate client of comparable size terms as to fees that are more favourable than those in the Agreement and this letter, the Manager will notify the Client and offer it the same terms.
4. Key person. The Manager will notify the Client within five (5) business days if Hélène Le Brocq ceases to be actively involved in managing the Portfolio. On such notice the Client may terminate the Agreement on thirty (30) days' notice, and the twelve (12) month minimum investment period under clause 17.2 of the Agreement shall not apply.
5. Effect. The arrangements in this letter apply with effect from 1 February 2026 (the “Side Letter Effective Date”).
6. Governing law. Notwithstanding that the Agreement is governed by English law, this letter and any non-contractual obligations arising out of or in connection with it shall be governed by the laws of Jersey, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
Please countersign this letter to confirm your agreement.
Yours faithfully
For and on behalf of Corbière Capital Management Limited
Director
We agree to the terms of this letter.
For and on behalf of Ashdown Pension Trustees Limited as trustee of the Ashdown Group Pension Scheme
Trustee Director
Date: 29 January 2026`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Corbière Capital Management Limited", "Ashdown Pension Trustees Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-02-01",
    },
  },
  {
    id: "v27-letters-and-amendments-nsw-distribution-addendum",
    format: "txt",
    source: `# ADDENDUM NO. 1 TO EXCLUSIVE DISTRIBUTION AGREEMENT
# Details
| Item | Details |
| Principal | Koala Ridge Wines Pty Ltd (ACN 123 456 789) of 14 Vineyard Road, Pokolbin NSW 2320 |
| Distributor | Tasman Beverage Partners Pty Ltd (ACN 612 345 678) as trustee for the Tasman Beverage Unit Trust, of Level 9, 60 Clarence Street, Sydney NSW 2000 |
| Original Agreement | Exclusive Distribution Agreement between the Principal and the Distributor dated 1 July 2024 |
| Addendum Date | 18 May 2026 |
| Addendum Commencement Date | 1 July 2026 |
# Background
A. Under the Original Agreement the Principal appointed the Distributor as its exclusive distributor of the Products in New South Wales for an initial term of three (3) years from 1 July 2024, with an option for the Distributor to renew for one further term of two (2) years by giving written notice.
B. The parties wish to extend the Territory and vary the minimum purchase requirements on the terms of this Addendum.
# Operative provisions
1. Commencement. This Addendum takes effect on the Addendum Commencement Date.
2. Territory. With effect from the Addendum Commencement Date, the definition of “Territory” in clause 1.1 of the Original Agreement is replaced with “New South Wales, Queensland and the Australian Capital Territory”.
3. Minimum purchases. Schedule 2 (Minimum Purchase Targets) of the Original Agreement is replaced with the schedule annexed to this Addendum.
4. Payment terms. Clause 9.2 of the Original Agreement is amended so that invoices are payable within forty-five (45) days after the end of the month in which they are issued.
5. Restraint. The restraint in clause 14 of the Original Agreement applies in the extended Territory during the term and for twelve (12) months after it ends.
6. Continuation. Except as varied by this Addendum, the Original Agreement continues in full force and effect, and its term and renewal option are unchanged.
7. Governing law. This Addendum is governed by the laws of New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
# Execution
Executed as an agreement.
Executed by Koala Ridge Wines Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by: Director — Thomas McAllister; Director/Secretary — Rebecca McAllister
Executed by Tasman Beverage Partners Pty Ltd as trustee for the Tasman Beverage Unit Trust in accordance with section 127 of the Corporations Act 2001 (Cth) by: Sole Director and Secretary — Lachlan Pereira`,
    truth: {
      title: "Addendum No. 1 to Exclusive Distribution Agreement",
      documentType: "Amendment",
      parties: ["Koala Ridge Wines Pty Ltd", "Tasman Beverage Partners Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-07-01",
      amends: "Exclusive Distribution Agreement",
    },
  },
];
