import type { UnseenDocument } from "../unseen/types";

/** Held-back v18: letters and amendments (side, comfort, engagement and offer letters; amendments, addenda, variations and deeds of variation). */
export const LETTERS_AND_AMENDMENTS_V18: UnseenDocument[] = [
  {
    id: "v18-letters-and-amendments-victoria-deed-of-variation",
    format: "pdf",
    pageFooters: true,
    source: `# Deed of Variation
relating to the Supply Agreement dated 3 August 2023
Harbourline Packaging Pty Ltd (ACN 612 334 908)
Southern Cross Beverages Pty Ltd (ACN 087 552 174)
King & Amberley Lawyers
Level 21, 300 Collins Street, Melbourne VIC 3000
===
# Details
| Date | 17 April 2026 |
| Supplier | Harbourline Packaging Pty Ltd ACN 612 334 908 of 44 Dohertys Road, Laverton North VIC 3026 |
| Customer | Southern Cross Beverages Pty Ltd ACN 087 552 174 of 9 Yarra Bank Drive, Abbotsford VIC 3067 |
| Original Agreement | Supply Agreement dated 3 August 2023 between the Supplier and the Customer |
| Variation Date | 1 May 2026 |
# Background
A. The Supplier and the Customer are parties to the Original Agreement, under which the Supplier supplies bottles, closures and secondary packaging to the Customer for an initial term of five years commencing on 1 September 2023.
B. The parties have agreed to vary the Original Agreement on the terms of this deed.
# Agreed terms
1. Definitions and interpretation
1.1 Terms defined in the Original Agreement have the same meaning in this deed unless the context requires otherwise.
1.2 "Variation Date" means the date so described in the Details.
2. Variation
2.1 With effect on and from the Variation Date, the Original Agreement is varied as follows:
(a) clause 6.3 is deleted and replaced with: "The Customer must pay each correct invoice within 45 days after the end of the month in which it is received.";
(b) Schedule 2 (Pricing) is deleted and replaced with the schedule in the Annexure to this deed; and
(c) in clause 11.2 (Termination for convenience), "three months' notice" is replaced with "six months' notice".
2.2 Except as varied by this deed, the Original Agreement continues in full force and effect, and the Original Agreement and this deed are to be read as one instrument.
3. Each party represents and warrants that it has full power and authority to enter into and perform this deed.
4. Each party must pay its own costs of negotiating, preparing and executing this deed.
5. This deed is governed by the law of Victoria. Each party irrevocably submits to the non-exclusive jurisdiction of the courts of Victoria and the courts competent to hear appeals from them.
6. This deed may be executed in any number of counterparts, which together constitute one instrument.
===
# Execution
Executed as a deed.
Executed by Harbourline Packaging Pty Ltd ACN 612 334 908 in accordance with section 127 of the Corporations Act 2001 (Cth):
| Signature of director | Signature of director/company secretary |
| Graham Tulloch | Annette Ferris |
Executed by Southern Cross Beverages Pty Ltd ACN 087 552 174 in accordance with section 127 of the Corporations Act 2001 (Cth):
| Signature of director | Signature of director/company secretary |
| Megan O'Rourke | Daniel Pham |`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Harbourline Packaging Pty Ltd", "Southern Cross Beverages Pty Ltd"],
      governingLaw: "Victoria",
      effectiveDate: "2026-05-01",
      amends: "Supply Agreement",
    },
  },
  {
    id: "v18-letters-and-amendments-ontario-offer-of-employment",
    format: "docx",
    storedPageCount: 2,
    source: `NORTHLAKE ANALYTICS INC.
200 Bay Street, Suite 1450, Toronto, Ontario M5J 2J2
March 9, 2026
PRIVATE AND CONFIDENTIAL
Ms. Priya Raman
88 Clarence Street, Apartment 6
Ottawa, Ontario K1N 5P5
# Offer of Employment
Dear Priya,
We are delighted to offer you the position of Senior Data Engineer with Northlake Analytics Inc. ("Northlake" or the "Company") on the terms set out in this letter.
1. Start Date and Term. Your employment will begin on April 6, 2026 (the "Start Date"). Your employment is for an indefinite term and will continue until it is terminated by you or by the Company in accordance with section 7.
2. Position. You will report to the Director, Data Platform, and will work from our Toronto office on a hybrid basis, currently three days a week in the office.
3. Probationary Period. The first three (3) months of your employment will be a probationary period, during which your performance and fit with the role will be assessed.
4. Compensation. Your base salary will be CAD $148,000 per year, paid bi-weekly in arrears and subject to applicable withholdings. You will also be eligible for an annual bonus with a target of 10% of base salary, based on Company and individual performance.
5. Benefits and Vacation. You will be eligible to join the Company's group health and dental plans after ninety (90) days of continuous employment, and you will be entitled to three (3) weeks of paid vacation in each calendar year, pro-rated for 2026.
===
6. Confidentiality and Non-Solicitation. On or before the Start Date you will sign the Company's standard Confidentiality and Intellectual Property Agreement. For twelve (12) months following the end of your employment, you will not solicit any employee or customer of the Company with whom you dealt in the last year of your employment.
7. Termination. You may resign by giving the Company four (4) weeks' written notice. The Company may terminate your employment at any time without cause by providing you with the notice or pay in lieu of notice, severance and benefits continuation required by the Employment Standards Act, 2000 (Ontario), and nothing more.
8. Governing Law. This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
9. Acceptance. This offer is open for acceptance until 5:00 p.m. (Toronto time) on March 16, 2026, after which it will lapse. To accept, please sign below and return a copy to me.
We look forward to welcoming you to the team.
Yours sincerely,
Northlake Analytics Inc.
Daniel Okafor
Vice President, People & Culture
ACCEPTED AND AGREED: I accept the offer of employment on the terms set out above.
Priya Raman
Date: March 12, 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Northlake Analytics Inc.", "Priya Raman"],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-06",
      term: "Until terminated",
    },
  },
  {
    id: "v18-letters-and-amendments-singapore-parent-comfort-letter",
    format: "txt",
    source: `MERIDIAN HOLDINGS (ASIA) PTE. LTD.
(Company Registration No. 201418872K)
1 Raffles Place, #40-02, One Raffles Place, Singapore 048616
Our ref: MHA/LGL/2026/031
12 February 2026
By hand and by email
The Board of Directors
Tanjong Pagar Realty Pte. Ltd.
80 Anson Road, #18-01
Singapore 079907
Dear Sirs
We refer to your letter of 4 February 2026 and to the tenancy agreement to be entered into between you, as landlord, and our wholly-owned subsidiary, Meridian Retail Singapore Pte. Ltd. (the "Tenant"), for the premises at #03-12 and #03-13 Anson Galleria, for a term of three (3) years from 1 March 2026 with an option to renew for a further two (2) years (the "Tenancy").
We understand that you require this letter as a condition of granting the Tenancy, and we confirm to you that:
(a) the Tenant is, and it is our present intention that for the duration of the Tenancy it will remain, a wholly-owned subsidiary of ours;
(b) it is our policy to ensure that our subsidiaries are at all times in a position to meet their financial obligations as they fall due; and
(c) we will give you not less than thirty (30) days' prior written notice before we dispose of any shares in the Tenant.
This letter is a statement of our present intention and policy only. It is not a guarantee, and save for paragraph (c) above, it is not intended to create any legally binding obligation on us.
The contents of this letter are confidential and may not be disclosed to any person other than your financiers and professional advisers without our prior written consent.
This letter is governed by, and shall be construed in accordance with, the laws of Singapore.
Yours faithfully
For and on behalf of
Meridian Holdings (Asia) Pte. Ltd.
Lim Wei Ling
Director`,
    truth: {
      title: "Letter",
      documentType: "Letter",
      parties: ["Meridian Holdings (Asia) Pte. Ltd.", "Tanjong Pagar Realty Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-02-12",
    },
  },
  {
    id: "v18-letters-and-amendments-ireland-accountants-engagement",
    format: "docx",
    source: `MURTAGH KEANE & CO
Chartered Accountants and Registered Auditors
Block C, Marlborough Court, Sandyford, Dublin 18, D18 K2X4
Our ref: FK/BWF/2026
Your ref: Finance/CK
20 January 2026
Ms Clodagh Kinsella
Chief Financial Officer
Brightwater Foods Designated Activity Company
Unit 4, Ballymount Industrial Estate, Dublin 12
# Letter of Engagement
Dear Clodagh,
Thank you for choosing Murtagh Keane & Co (“we”, “us” or “the Firm”) to act for Brightwater Foods Designated Activity Company (“you” or “the Company”). This letter, together with our attached Standard Terms of Business, sets out the basis on which we will provide outsourced payroll and monthly management accounts services to the Company.
1. Scope of services. We will (a) process your fortnightly payroll and make the related PAYE Modernisation submissions to the Revenue Commissioners; (b) prepare monthly management accounts within ten working days after each month end; and (c) prepare and file your bi-monthly VAT returns. The statutory audit is outside the scope of this engagement and will be the subject of a separate letter.
2. Commencement and duration. Our engagement will begin on 1 February 2026 (the “Commencement Date”) and will continue for an initial period of twelve (12) months starting on the Commencement Date. At the end of the initial period, and of each renewal period, it will renew automatically for a further period of twelve (12) months unless either of us gives the other at least sixty (60) days’ written notice before the end of the then current period.
3. Fees. Our fee is a fixed €3,850 plus VAT per month, invoiced monthly in arrears and payable within thirty (30) days of the invoice date. Work outside the scope in paragraph 1 will be charged at our hourly rates in force from time to time.
===
4. Your responsibilities. You are responsible for providing complete and accurate information to us on time, and for the approval of each payroll before it is processed.
5. Limitation of liability. Our aggregate liability to you in connection with this engagement is limited to three times the fees paid to us in the twelve (12) months before the event giving rise to the claim.
6. Records. We will retain our working papers for six years after the end of the engagement, after which they may be destroyed without further notice.
7. Governing law. This letter and our Standard Terms of Business are governed by the laws of Ireland, and the Irish courts have exclusive jurisdiction in relation to any dispute arising from them.
If you are content with these arrangements, please sign and return the enclosed copy of this letter.
Yours sincerely,
Fionnuala Keane
Partner, for and on behalf of Murtagh Keane & Co
We acknowledge and agree to the terms of this letter.
Signed for and on behalf of Brightwater Foods Designated Activity Company
Clodagh Kinsella, Chief Financial Officer
Date: 27 January 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Murtagh Keane & Co", "Brightwater Foods Designated Activity Company"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-01",
      expiryDate: "2027-01-31",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v18-letters-and-amendments-new-york-second-amendment-msa",
    format: "pdf",
    pdfMargin: 84,
    source: `# Second Amendment to Master Services Agreement
This Second Amendment to Master Services Agreement (this "Amendment") is made and entered into as of June 1, 2026 (the "Amendment Effective Date") by and between Bluefin Health Systems, LLC, a Delaware limited liability company with offices at 1200 Market Street, Wilmington, Delaware 19801 ("Customer"), and Corvale Software Corp., a California corporation with offices at 410 Townsend Street, San Francisco, California 94107 ("Provider").
# Recitals
WHEREAS, Customer and Provider are parties to that certain Master Services Agreement dated as of March 15, 2023, as amended by the First Amendment dated as of January 10, 2024 (collectively, the "Agreement"), which has an initial term of five (5) years from March 15, 2023 and which, under Section 14.2, is governed by the laws of the State of Delaware;
WHEREAS, the parties desire to amend the Agreement to add revenue-cycle analytics services, revise the service levels and change the governing law of the Agreement, in each case as set forth below;
NOW, THEREFORE, in consideration of the mutual covenants contained herein and other good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the parties agree as follows:
1. Definitions. Capitalized terms used but not defined in this Amendment have the meanings given to them in the Agreement.
2. New Services. The Agreement is supplemented by Statement of Work No. 4 attached as Annex 1 to this Amendment, which is incorporated into and governed by the Agreement.
3. Service Levels. Section 6.1 of the Agreement is amended by replacing "99.5%" with "99.9%", and the service credit table in Exhibit C is replaced in its entirety by the table set out in Annex 2.
4. Payment Terms. Section 8.3 of the Agreement is amended by replacing "thirty (30) days" with "forty-five (45) days".
5. Governing Law of the Agreement. Section 14.2 of the Agreement is deleted in its entirety and replaced with the following: "14.2 This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles."
6. Effect of Amendment. Except as expressly amended by this Amendment, the Agreement remains unmodified and in full force and effect. In the event of any conflict between the Agreement and this Amendment, this Amendment shall control.
7. Miscellaneous. This Amendment shall be governed by the laws of the State of New York, without regard to its conflict of laws principles. This Amendment may be executed in counterparts and by electronic signature, each of which shall be deemed an original.
IN WITNESS WHEREOF, the parties have caused this Amendment to be executed by their duly authorized representatives as of the Amendment Effective Date.
| BLUEFIN HEALTH SYSTEMS, LLC | CORVALE SOFTWARE CORP. |
| By: /s/ Marisol Ortega | By: /s/ Kevin Lindqvist |
| Name: Marisol Ortega | Name: Kevin Lindqvist |
| Title: Chief Operating Officer | Title: Chief Revenue Officer |
| Date: May 28, 2026 | Date: May 29, 2026 |
===
# Annex 1 - Statement of Work No. 4 (Revenue-Cycle Analytics)
Services: configuration of the Corvale RCM Insights module for Customer's four hospital sites, data migration from Customer's legacy claims warehouse, and ongoing reporting support.
Implementation: Provider shall complete implementation within ninety (90) days after the Amendment Effective Date.
Warranty: Provider warrants that the implemented module will conform to the Documentation for sixty (60) days after go-live.
Fees: one-time implementation fee of US$85,000, invoiced on go-live; monthly fee of US$12,400, invoiced monthly in advance.`,
    truth: {
      title: "Second Amendment to Master Services Agreement",
      documentType: "Amendment",
      parties: ["Bluefin Health Systems, LLC", "Corvale Software Corp."],
      governingLaw: "New York",
      effectiveDate: "2026-06-01",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v18-letters-and-amendments-mumbai-leave-licence-addendum",
    format: "txt",
    source: `# ADDENDUM TO LEAVE AND LICENCE AGREEMENT
THIS ADDENDUM is made and executed at Mumbai on this 5th day of March, 2026
BY AND BETWEEN
Mr. Rajesh Kumar Mehta, aged about 58 years, Indian inhabitant, residing at Flat No. 1102, Sea Breeze Apartments, Carter Road, Bandra (West), Mumbai 400 050, hereinafter referred to as the "LICENSOR" (which expression shall, unless repugnant to the context or meaning thereof, mean and include his heirs, executors, administrators and assigns) of the ONE PART;
AND
Zenith Fintech Private Limited, a company incorporated under the Companies Act, 2013, having CIN U72900MH2017PTC298811 and its registered office at Unit 501, Kanakia Wall Street, Andheri-Kurla Road, Andheri (East), Mumbai 400 093, acting through its authorised signatory Ms. Ananya Iyer, hereinafter referred to as the "LICENSEE" (which expression shall, unless repugnant to the context or meaning thereof, mean and include its successors and permitted assigns) of the OTHER PART.
WHEREAS:
A. By a Leave and Licence Agreement dated 22nd March, 2024, registered with the Sub-Registrar of Assurances, Andheri-4, under Serial No. BDR-4/5512/2024 (the "Principal Agreement"), the Licensor granted to the Licensee a licence to use the office premises bearing Unit No. 702, 7th floor, Kanakia Wall Street, Andheri (East), Mumbai for a period of 60 (sixty) months commencing from 1st April, 2024, subject to a lock-in period of 36 (thirty-six) months.
B. The Licensee has requested the use of two additional covered car parking spaces, and the parties have agreed to revise the monthly licence fee accordingly.
NOW THIS ADDENDUM WITNESSETH AND IT IS HEREBY AGREED BY AND BETWEEN THE PARTIES HERETO AS FOLLOWS:
1. With effect from 1st April, 2026 (the "Effective Date"), the Licensor shall permit the Licensee to use two (2) additional covered car parking spaces bearing Nos. P2-41 and P2-42 in the second basement of the building.
2. With effect from the Effective Date, the monthly licence fee payable under Clause 4 of the Principal Agreement shall stand revised from Rs. 4,85,000/- to Rs. 5,05,000/- (Rupees Five Lakh Five Thousand only), exclusive of GST, payable in advance on or before the 7th day of each English calendar month.
3. The Licensee shall, on the execution hereof, pay to the Licensor a further interest-free refundable security deposit of Rs. 60,000/- (Rupees Sixty Thousand only), refundable together with the existing deposit on the expiry or earlier termination of the Principal Agreement.
4. The escalation of 5% (five per cent) in the licence fee after every 12 (twelve) months provided in Clause 5 of the Principal Agreement shall apply to the revised licence fee.
5. Save and except as modified by this Addendum, all the terms and conditions of the Principal Agreement shall remain unchanged and in full force and effect, and this Addendum shall form an integral part of the Principal Agreement.
6. This Addendum shall be governed by and construed in accordance with the laws of India, and the courts at Mumbai alone shall have jurisdiction.
IN WITNESS WHEREOF the parties hereto have set and subscribed their respective hands on the day and year first hereinabove written.
SIGNED AND DELIVERED by the within named LICENSOR, Mr. Rajesh Kumar Mehta
SIGNED AND DELIVERED by the within named LICENSEE, Zenith Fintech Private Limited, through its authorised signatory Ms. Ananya Iyer
In the presence of:
1. Suresh Pillai
2. Kavita Deshmukh`,
    truth: {
      title: "Addendum to Leave and Licence Agreement",
      documentType: "Amendment",
      parties: ["Rajesh Kumar Mehta", "Zenith Fintech Private Limited"],
      governingLaw: "India",
      effectiveDate: "2026-04-01",
      amends: "Leave and Licence Agreement",
    },
  },
  {
    id: "v18-letters-and-amendments-scotland-minute-of-variation-lease",
    format: "docx",
    storedPageCount: 3,
    source: `# MINUTE OF VARIATION
between
CALEDONIAN ESTATES (GLASGOW) LIMITED
and
THISTLE & BRAE RETAIL LLP
relating to Unit 7, Buchanan Wharf, 115 Lancefield Quay, Glasgow G3 8HA
===
# MINUTE OF VARIATION
between
CALEDONIAN ESTATES (GLASGOW) LIMITED, incorporated under the Companies Acts (Registered Number SC204417) and having its Registered Office at 48 West George Street, Glasgow G2 1BP ("the Landlord")
and
THISTLE & BRAE RETAIL LLP, a limited liability partnership incorporated under the Limited Liability Partnerships Act 2000 (Registered Number SO305981) and having its Registered Office at 12 Rose Street, Edinburgh EH2 2PR ("the Tenant")
WHEREAS
(One) By Lease between Clydeport Investments Limited, as landlord, and the Tenant dated 3 and 10 June 2019 and registered in the Books of Council and Session on 21 June 2019 (the "Lease"), the subjects known as Unit 7, Buchanan Wharf, 115 Lancefield Quay, Glasgow were let to the Tenant for the period from and including 28 May 2019 until and including 27 May 2034;
(Two) The Landlord has since acquired the landlord's interest in the Lease; and
(Three) The Landlord and the Tenant have agreed to vary the Lease to remove the Tenant's option to terminate it and to amend the rent review provisions, as set out below.
NOW THEREFORE the Landlord and the Tenant HAVE AGREED and DO HEREBY AGREE that, with effect from 28 May 2026 (the "Variation Date"), the Lease shall be varied as follows:
1. Clause 3.4 of the Lease (Tenant's Break Option) is deleted, and the Tenant shall have no right to terminate the Lease on 27 May 2029.
2. In Part 2 of the Schedule (Rent Review), the words "every fifth anniversary" are deleted and replaced by "every third anniversary", so that the next review date is 28 May 2027.
3. In consideration of the Tenant agreeing to the deletion of the break option, the Landlord grants the Tenant a rent-free period of six months from the Variation Date.
4. Save as varied by this Minute of Variation, the Lease shall remain in full force and effect, and the Lease and this Minute of Variation shall be read and construed as one document.
5. This Minute of Variation shall be governed by and construed in accordance with the Law of Scotland.
6. The parties consent to the registration of this Minute of Variation for preservation and execution.
===
IN WITNESS WHEREOF these presents are executed as follows:
Subscribed for and on behalf of CALEDONIAN ESTATES (GLASGOW) LIMITED at Glasgow on 14 May 2026 by Alasdair Munro, Director, before this witness, Morag Henderson, 48 West George Street, Glasgow G2 1BP
Subscribed for and on behalf of THISTLE & BRAE RETAIL LLP at Edinburgh on 19 May 2026 by Iain Fraser, Designated Member, before this witness, Shona MacLeod, 12 Rose Street, Edinburgh EH2 2PR`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Caledonian Estates (Glasgow) Limited", "Thistle & Brae Retail LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-28",
      amends: "Lease",
    },
  },
  {
    id: "v18-letters-and-amendments-jersey-fund-side-letter",
    format: "pdf",
    pageFooters: true,
    source: `CEDAR PEAK GP LIMITED
(a company registered in Jersey with number 139874)
44 Esplanade, St Helier, Jersey JE4 9WG
27 March 2026
Tamarind Pension Trustees Limited, as trustee of the Tamarind Staff Pension Scheme
Tamarind House, 9 Albemarle Street, London W1S 4HA
Dear Sirs
# Side Letter
1. We write as general partner of Cedar Peak Growth Fund L.P. (the "Partnership"), a Jersey limited partnership which does not have separate legal personality, and refer to the amended and restated limited partnership agreement of the Partnership dated 14 November 2025 (the "Partnership Agreement") and to your subscription agreement dated 20 March 2026, under which you have agreed to make a Commitment of US$40,000,000. Terms defined in the Partnership Agreement have the same meanings in this letter.
2. In consideration of your Commitment, we agree with you as follows:
(a) the Management Fee payable in respect of your Commitment during the Investment Period will be calculated at 1.50 per cent. per annum instead of 1.75 per cent. per annum;
(b) for so long as your Commitment is not less than US$25,000,000, you may appoint one representative to the Advisory Committee;
(c) if, within twelve months after the Final Closing Date, we enter into a side letter with another Limited Partner whose Commitment is equal to or less than yours, we will offer you the benefit of any more favourable economic terms granted in it;
(d) we will provide you each year, within 120 days after the end of the financial year, with a report on the Partnership's portfolio against the ESG Policy; and
(e) we consent in advance to a transfer of your Interest to any successor trustee of the Tamarind Staff Pension Scheme.
3. You acknowledge that the Partnership has a term of ten years from the Final Closing Date, which may be extended by up to two further periods of one year each with the consent of the Advisory Committee, and that nothing in this letter alters that term.
4. This letter supplements, and does not amend, the Partnership Agreement. It is personal to you and its terms are confidential; that obligation of confidence will survive for two years after the Partnership is wound up.
5. This letter and any non-contractual obligations arising out of or in connection with it are governed by the laws of Jersey, and the Royal Court of Jersey has exclusive jurisdiction.
Yours faithfully
For and on behalf of Cedar Peak GP Limited, in its capacity as general partner of Cedar Peak Growth Fund L.P.
Hélène Le Brocq
Director
===
We acknowledge and agree to the terms of this letter.
For and on behalf of Tamarind Pension Trustees Limited, as trustee of the Tamarind Staff Pension Scheme
Rupert Ashdown
Authorised Signatory
Date: 2 April 2026`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Cedar Peak GP Limited", "Tamarind Pension Trustees Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-03-27",
    },
  },
];
