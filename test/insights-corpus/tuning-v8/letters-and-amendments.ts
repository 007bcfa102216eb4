import type { UnseenDocument } from "../unseen/types";

/** Tuning set v8: side, comfort and consent letters, and amendments, variations, addenda and deeds of amendment. */
export const LETTERS_AND_AMENDMENTS_V8: UnseenDocument[] = [
  {
    id: "v8-letters-side-letter-guernsey-countersigned",
    format: "pdf",
    pageFooters: true,
    source: `SARNIA GROWTH GP LIMITED
Registered in Guernsey, number 71254
PO Box 286, Trafalgar Court, Les Banques, St Peter Port, Guernsey GY1 4LY
12 January 2026
Private and confidential
Halvard Pension Trustees Limited, as trustee of the Halvard Staff Pension Scheme
1 Pier Head, Wapping, London E1W 1AA
Dear Sirs
# Side Letter
We write as general partner of Sarnia Growth Fund LP (the "Partnership") in connection with your subscription for a commitment of £25,000,000 under the limited partnership agreement of the Partnership dated 4 November 2025 (the "LPA"). The LPA provides for a term of ten years from the first closing date, extendable by the general partner for two further periods of one year.
In consideration of your commitment, we confirm that, notwithstanding the LPA:
1. Management fee. The management fee payable in respect of your commitment shall be reduced to 1.5% per annum during the investment period.
2. Most favoured nation. If any other investor with a commitment of equal or lesser size receives more favourable fee terms, we shall offer you the same terms within thirty (30) days.
3. Reporting. We shall provide you with quarterly reports within sixty (60) days after the end of each quarter.
4. Confidentiality. You may disclose this letter to your scheme actuary and professional advisers.
This letter shall be governed by and construed in accordance with the laws of the Island of Guernsey.
Yours faithfully
For and on behalf of Sarnia Growth GP Limited, in its capacity as general partner of Sarnia Growth Fund LP
Nicola Le Page, Director
===
Countersigned and agreed:
For and on behalf of Halvard Pension Trustees Limited: Oliver Brandt, Director
Date: 19 January 2026`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Sarnia Growth GP Limited", "Halvard Pension Trustees Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-01-12",
    },
  },
  {
    id: "v8-letters-comfort-letter-malaysia-no-heading",
    format: "docx",
    storedPageCount: 1,
    source: `TANJUNG RESOURCES BERHAD
Registration No. 199801012345 (456789-X)
Level 22, Menara Tanjung, Jalan Sultan Ismail, 50250 Kuala Lumpur, Malaysia
27 February 2026
Our ref: TRB/TRS/2026/014
The Manager, Corporate Banking
Bank Seri Permata Berhad
Menara Seri Permata, Jalan Ampang, 50450 Kuala Lumpur
Dear Sirs,
We refer to the facility letter dated 9 January 2026 issued by you to our wholly-owned subsidiary, Tanjung Logistics Sdn. Bhd. (the "Borrower"), under which you have offered banking facilities of up to RM25,000,000 with a tenor of five (5) years (the "Facilities").
We confirm that we are aware of and approve the Borrower's acceptance of the Facilities.
It is our present policy to ensure that the Borrower is managed so as to be able to meet its financial obligations as they fall due, and we shall give you not less than thirty (30) days' prior written notice before we reduce our shareholding in the Borrower below 51%.
This letter is a statement of present intention only and does not constitute a guarantee or create any legally binding obligation on us to pay any sum owed by the Borrower.
This letter shall be governed by and construed in accordance with the laws of Malaysia.
Yours faithfully,
For and on behalf of
TANJUNG RESOURCES BERHAD
Dato' Ahmad Faizal bin Rahman
Group Managing Director`,
    truth: {
      title: "Letter",
      documentType: "Letter",
      parties: ["Tanjung Resources Berhad", "Bank Seri Permata Berhad"],
      governingLaw: "Malaysia",
      effectiveDate: "2026-02-27",
    },
  },
  {
    id: "v8-letters-consent-to-assignment-scotland",
    format: "txt",
    source: `CALEDONIAN PROPERTY TRUST LIMITED
Registered in Scotland, number SC287431
9 Charlotte Square, Edinburgh EH2 4DR
6 May 2026
Our ref: CPT/OD4/LAB
The Directors
Leith Artisan Bakeries Limited
Unit 4, Ocean Drive, Edinburgh EH6 6JJ
Dear Sirs
# Consent to Assignment of Lease
Unit 4, Ocean Drive, Edinburgh
We refer to the lease of the above premises between us as landlord and you as tenant dated 28 November 2019 and registered in the Books of Council and Session on 5 December 2019 (the "Lease"), under which the premises are let for a period of fifteen years from 28 November 2019.
We refer also to your letter of 14 April 2026 requesting consent to assign the tenant's interest in the Lease to Forth Valley Foods Limited (the "Assignee").
We hereby consent to the assignation of the tenant's interest in the Lease to the Assignee, subject to the following conditions:
1. the assignation is completed within three (3) months of the date of this letter, failing which this consent shall lapse;
2. the Assignee grants in our favour a direct undertaking to observe the tenant's obligations under the Lease;
3. you pay our legal fees of £1,750 plus VAT within twenty-one (21) days of our invoice.
This consent does not waive any breach of the Lease and does not vary the Lease.
This letter is governed by the law of Scotland.
Yours faithfully
Alasdair Fraser
Director, for and on behalf of Caledonian Property Trust Limited`,
    truth: {
      title: "Consent to Assignment of Lease",
      documentType: "Letter",
      parties: ["Caledonian Property Trust Limited", "Leith Artisan Bakeries Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-05-06",
    },
  },
  {
    id: "v8-letters-first-amendment-delaware-msa",
    format: "pdf",
    source: `# First Amendment to Master Services Agreement
This First Amendment to Master Services Agreement (this "Amendment") is made and entered into as of August 1, 2026, by and between Brandywine Data Systems, Inc., a Delaware corporation with offices at 1201 North Market Street, Wilmington, Delaware 19801 ("Provider"), and Quillon Health Partners, LLC, a Pennsylvania limited liability company with offices at 400 Market Street, Philadelphia, Pennsylvania 19106 ("Customer").
RECITALS
A. Provider and Customer are parties to that certain Master Services Agreement dated as of March 3, 2024 (the "Agreement"), which has an initial term of thirty-six (36) months and is governed by the laws of the State of New York.
B. The parties wish to amend the Agreement to add data migration services and to revise the fee schedule, as set out below.
NOW, THEREFORE, the parties agree as follows:
1. Definitions. Capitalized terms used but not defined in this Amendment have the meanings given in the Agreement. "Amendment Effective Date" means September 1, 2026.
2. Additional Services. With effect from the Amendment Effective Date, Exhibit A (Statement of Work) of the Agreement is amended by adding the data migration services described in Annex 1 to this Amendment.
3. Fees. Exhibit B (Fees) of the Agreement is deleted and replaced with Annex 2 to this Amendment. Invoices remain payable within forty-five (45) days of receipt.
4. Service Credits. Section 7.3 of the Agreement is amended by replacing "five percent (5%)" with "seven and one-half percent (7.5%)".
===
5. No Other Changes. Except as expressly amended by this Amendment, the Agreement remains unchanged and in full force and effect, including its term and termination provisions.
6. Governing Law. Notwithstanding Section 14.2 of the Agreement, this Amendment shall be governed by and construed in accordance with the laws of the State of Delaware.
7. Counterparts. This Amendment may be executed in counterparts, each of which is an original.
IN WITNESS WHEREOF, the parties have caused this Amendment to be executed by their duly authorized representatives as of the date first written above.
BRANDYWINE DATA SYSTEMS, INC. By: Karen Whitlock Title: Chief Operating Officer
QUILLON HEALTH PARTNERS, LLC By: Dr. Samuel Achebe Title: Chief Executive Officer`,
    truth: {
      title: "First Amendment to Master Services Agreement",
      documentType: "Amendment",
      parties: ["Brandywine Data Systems, Inc.", "Quillon Health Partners, LLC"],
      governingLaw: "Delaware",
      effectiveDate: "2026-09-01",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v8-letters-variation-new-zealand-supply",
    format: "docx",
    storedPageCount: 2,
    source: `# Variation Agreement
relating to the Supply Agreement dated 14 August 2023
THIS AGREEMENT is dated 3 March 2026
BETWEEN
(1) KAURI COAST DAIRY LIMITED (company number 1234567), a company incorporated in New Zealand, of 77 Victoria Street, Hamilton 3204 ("Supplier"); and
(2) TASMAN FRESH MARKETS LIMITED (company number 2345678), a company incorporated in New Zealand, of 150 Lambton Quay, Wellington 6011 ("Purchaser").
BACKGROUND
A. The parties entered into a supply agreement dated 14 August 2023 for a term of five years from that date (the "Supply Agreement").
B. The parties have agreed to vary the Supply Agreement on the terms of this agreement.
# 1. Definitions
1.1 "Effective Date" means 1 April 2026.
1.2 Terms defined in the Supply Agreement have the same meaning in this agreement.
# 2. Variations
2.1 With effect from the Effective Date, the Supply Agreement is varied as follows:
(a) Schedule 1 (Products) is replaced with the schedule attached to this agreement, adding organic whole milk powder;
(b) clause 6.2 is replaced with: "The Purchaser shall pay each invoice on or before the 20th day of the month following the month of invoice."; and
(c) in clause 15.1, "sixty (60) days" is replaced with "ninety (90) days" as the notice period for termination for convenience.
===
# 3. Confirmation
3.1 Except as varied by this agreement, the Supply Agreement continues in full force and effect.
# 4. Governing law
4.1 This agreement is governed by the laws of New Zealand, and the parties submit to the non-exclusive jurisdiction of the courts of New Zealand.
SIGNED for KAURI COAST DAIRY LIMITED by Hemi Walker, Director
SIGNED for TASMAN FRESH MARKETS LIMITED by Olivia Brennan, Director`,
    truth: {
      title: "Variation Agreement",
      documentType: "Amendment",
      parties: ["Kauri Coast Dairy Limited", "Tasman Fresh Markets Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-04-01",
      amends: "Supply Agreement",
    },
  },
  {
    id: "v8-letters-second-addendum-india-licence",
    format: "docx",
    source: `# Second Addendum to Software Licence Agreement
This Second Addendum ("Addendum") is executed at Bengaluru on this 15th day of May, 2026
BY AND BETWEEN
NILGIRI SOFTWARE PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having CIN U72200KA2015PTC081234 and its registered office at 3rd Floor, Prestige Tech Park, Outer Ring Road, Bengaluru 560103 (hereinafter the "Licensor", which expression shall include its successors and permitted assigns) of the ONE PART;
AND
DECCAN MOTORS LIMITED, a company incorporated under the Companies Act, 1956, having CIN L34100TG1994PLC017654 and its registered office at Plot 12, HITEC City, Hyderabad 500081 (hereinafter the "Licensee") of the OTHER PART.
WHEREAS:
A. The Licensor and the Licensee entered into a Software Licence Agreement dated 10 June 2024 for a term of three (3) years (the "Agreement"), as amended by the First Addendum dated 2 January 2025.
B. The parties now wish to extend the licence to the Licensor's fleet telematics module.
NOW THIS ADDENDUM WITNESSETH AS FOLLOWS:
1. This Addendum shall come into effect from 1 June 2026 (the "Addendum Effective Date").
2. With effect from the Addendum Effective Date, Schedule A (Licensed Software) of the Agreement shall include the "FleetSense Telematics" module for up to 400 named users.
3. The additional licence fee of INR 36,00,000 (Rupees Thirty-Six Lakhs only) plus applicable GST shall be payable within forty-five (45) days of the Licensor's invoice.
4. The warranty period for the FleetSense Telematics module shall be ninety (90) days from installation.
5. Save as modified by this Addendum, all terms of the Agreement, as amended by the First Addendum, shall remain in full force and effect.
6. This Addendum shall be governed by the laws of India, and the courts at Bengaluru shall have exclusive jurisdiction.
IN WITNESS WHEREOF the parties have signed this Addendum on the date and at the place first above written.
For NILGIRI SOFTWARE PRIVATE LIMITED: Ramesh Iyer, Director
For DECCAN MOTORS LIMITED: Kavitha Reddy, Chief Information Officer
Witnesses: 1. Arjun Menon 2. Sneha Kulkarni`,
    truth: {
      title: "Second Addendum to Software Licence Agreement",
      documentType: "Amendment",
      parties: ["Nilgiri Software Private Limited", "Deccan Motors Limited"],
      governingLaw: "India",
      effectiveDate: "2026-06-01",
      amends: "Software Licence Agreement",
    },
  },
  {
    id: "v8-letters-deed-of-amendment-ireland-sha",
    format: "pdf",
    pageFooters: true,
    source: `# Deed of Amendment
relating to a Shareholders' Agreement dated 9 March 2022
THIS DEED is made on the 22nd day of June 2026
BETWEEN:
(1) LIFFEY ORCHARD HOLDINGS DESIGNATED ACTIVITY COMPANY, a company incorporated in Ireland with registered number 654321, having its registered office at 10 Earlsfort Terrace, Dublin 2, D02 T380 (the "Company");
(2) SIOBHÁN NÍ BHRIAIN of 4 Strand Road, Sandymount, Dublin 4, D04 X2Y7 (the "Founder"); and
(3) WESTPORT NOMINEES LIMITED, a company incorporated in Ireland with registered number 598877, acting as nominee for and on behalf of Corrib Ventures Fund II (the "Investor").
WHEREAS the parties are party to a shareholders' agreement dated 9 March 2022 relating to the Company (the "Shareholders' Agreement") and wish to amend it as set out in this Deed.
# 1. Interpretation
1.1 "Amendment Date" means the date of this Deed.
1.2 Words defined in the Shareholders' Agreement have the same meanings in this Deed.
# 2. Amendments
2.1 With effect on and from the Amendment Date, the Shareholders' Agreement is amended as follows:
(a) in clause 8.1 (Lock-up), "twenty-four (24) months" is replaced with "thirty-six (36) months";
(b) in clause 11.4 (Restrictive covenants), the non-compete period applying to the Founder is reduced from eighteen (18) months to twelve (12) months; and
(c) a new clause 5.6 is inserted entitling the Investor to appoint an observer to the board of the Company.
===
# 3. Continuation
3.1 Save as amended by this Deed, the Shareholders' Agreement remains in full force and effect and shall be read and construed as one document with this Deed.
# 4. Governing law
4.1 This Deed and any non-contractual obligations arising out of it shall be governed by the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
PRESENT when the common seal of LIFFEY ORCHARD HOLDINGS DESIGNATED ACTIVITY COMPANY was affixed: Ciarán Doyle, Director; Aoife Brennan, Secretary
SIGNED AND DELIVERED as a deed by SIOBHÁN NÍ BHRIAIN in the presence of: Declan Ryan, Solicitor
PRESENT when the common seal of WESTPORT NOMINEES LIMITED was affixed: Martin Keane, Director; Orla Walsh, Director`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Liffey Orchard Holdings Designated Activity Company", "Siobhán Ní Bhriain", "Westport Nominees Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-06-22",
      amends: "Shareholders' Agreement",
    },
  },
  {
    id: "v8-letters-letter-amendment-south-africa",
    format: "txt",
    source: `KAROO GRAIN MILLERS (PTY) LTD
Registration number 2009/012345/07
14 Zastron Street, Westdene, Bloemfontein, 9301, South Africa
30 September 2026
Our ref: KGM/DIST/0412
The Managing Director
Umhlanga Foods Distribution (Pty) Ltd
22 Gateway Crescent, Umhlanga Ridge, Durban, 4319
Dear Mr Naidoo
# Amendment to Distribution Agreement
1. We refer to the distribution agreement between our companies dated 1 March 2024 (the "Distribution Agreement"), which has an initial period of three years, and to our letter of 14 August 2026 proposing changes to your territory.
2. With effect from the date of this letter, the Distribution Agreement is amended as follows:
2.1 the Territory in Schedule 1 is extended to include the Eastern Cape and the Free State;
2.2 the minimum annual purchase quantity in clause 5.1 is increased from 8,000 tonnes to 11,500 tonnes; and
2.3 payment for each consignment shall be made within thirty (30) days of the date of the relevant invoice.
3. All other terms of the Distribution Agreement remain unchanged and in full force and effect.
4. This letter is governed by the laws of the Republic of South Africa.
Please confirm your agreement by countersigning and returning a copy of this letter.
Yours sincerely
Johan van der Merwe
Chief Executive Officer, for and on behalf of Karoo Grain Millers (Pty) Ltd
Signed and accepted on behalf of Umhlanga Foods Distribution (Pty) Ltd by Rajesh Naidoo, Managing Director, on 7 October 2026`,
    truth: {
      title: "Amendment to Distribution Agreement",
      documentType: "Amendment",
      parties: ["Karoo Grain Millers (Pty) Ltd", "Umhlanga Foods Distribution (Pty) Ltd"],
      governingLaw: "South Africa",
      effectiveDate: "2026-09-30",
      amends: "Distribution Agreement",
    },
  },
];
