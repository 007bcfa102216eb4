import type { UnseenDocument } from "../unseen/types";

/** Held-back v7: side, comfort and consent letters, and amendments, variations, addenda and letter amendments. */
export const LETTERS_AND_AMENDMENTS_V7: UnseenDocument[] = [
  {
    id: "v7-letters-deed-of-amendment-jersey",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF AMENDMENT
relating to a facility agreement dated 14 September 2023
THIS DEED OF AMENDMENT is made on 9 April 2026
BETWEEN:
(1) GRÈVE DE LECQ INVESTMENTS LIMITED, a company incorporated in Jersey with registered number 118342 whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA (the “Borrower”);
(2) SEYMOUR ISLAND BANK (JERSEY) LIMITED, a company incorporated in Jersey with registered number 4409 whose registered office is at 15 Castle Street, St Helier, Jersey JE4 8PX (the “Lender”); and
(3) BOULEY BAY HOLDINGS LIMITED, a company incorporated in Jersey with registered number 97120 whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA (the “Guarantor”).
# RECITALS
(A) Under a facility agreement dated 14 September 2023 between the Borrower and the Lender (the “Facility Agreement”), the Lender made available a term loan facility of £14,000,000 for a term of five years from its date. The Facility Agreement is governed by English law.
(B) The parties have agreed to amend the Facility Agreement as set out in this Deed.
# 1. Definitions and interpretation
1.1 In this Deed, “Amendment Effective Date” means 1 May 2026. Terms defined in the Facility Agreement have the same meaning in this Deed.
# 2. Amendments
2.1 With effect from the Amendment Effective Date, the Facility Agreement is amended as follows:
(a) in clause 1.1, the definition of “Termination Date” is replaced with “Termination Date means 14 September 2030”;
(b) in clause 9.2 (Margin), “2.25 per cent. per annum” is replaced with “2.60 per cent. per annum”; and
(c) in clause 21.1 (Loan to Value), “60 per cent.” is replaced with “55 per cent.”.
# 3. Guarantor confirmation
3.1 The Guarantor confirms that its guarantee dated 14 September 2023 extends to the Facility Agreement as amended by this Deed.
# 4. Fees
4.1 The Borrower shall pay the Lender an amendment fee of £35,000 on the date of this Deed.
# 5. Continuity
5.1 Save as amended by this Deed, the Facility Agreement remains in full force and effect.
# 6. Governing law
6.1 This Deed and any non-contractual obligations arising out of it are governed by Jersey law, and the parties submit to the non-exclusive jurisdiction of the Royal Court of Jersey.
===
IN WITNESS of which this Deed has been executed and delivered on the date stated at the beginning of it.
| Executed as a deed by GRÈVE DE LECQ INVESTMENTS LIMITED | Director: Marc Le Quesne | Director: Anna Pallot |
| Executed as a deed by SEYMOUR ISLAND BANK (JERSEY) LIMITED | Authorised signatory: Ian Renouf | Authorised signatory: Claire Vibert |
| Executed as a deed by BOULEY BAY HOLDINGS LIMITED | Director: Marc Le Quesne | Director: Anna Pallot |`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Grève de Lecq Investments Limited", "Seymour Island Bank (Jersey) Limited", "Bouley Bay Holdings Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2026-05-01",
      amends: "Facility Agreement",
    },
  },
  {
    id: "v7-letters-minute-of-variation-scotland",
    format: "docx",
    storedPageCount: 2,
    source: `# MINUTE OF VARIATION
of LEASE
between
CAIRNGORM ESTATES (ABERDEEN) LIMITED
and
DEESIDE OILFIELD TOOLING LIMITED
Subjects: Unit 7, Altens Industrial Estate, Aberdeen AB12 3LF
===
MINUTE OF VARIATION between
CAIRNGORM ESTATES (ABERDEEN) LIMITED, a company incorporated under the Companies Acts (Registered Number SC214488) and having its Registered Office at 1 Albyn Place, Aberdeen AB10 1YN (“the Landlord”); and
DEESIDE OILFIELD TOOLING LIMITED, a company incorporated under the Companies Acts (Registered Number SC390017) and having its Registered Office at Unit 7, Altens Industrial Estate, Aberdeen AB12 3LF (“the Tenant”)
CONSIDERING THAT:
(One) by Lease between the Landlord and the Tenant dated 2 and 9 June 2019 and registered in the Books of Council and Session on 20 June 2019 (“the Lease”), the Landlord let the Subjects to the Tenant for a period of fifteen years from and including 28 May 2019; and
(Two) the parties have agreed to vary the Lease as set out below:
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. With effect from the Twentieth day of March Two thousand and twenty-six (“the Variation Date”), Clause 4.1 of the Lease is varied by substituting “FORTY-EIGHT THOUSAND SEVEN HUNDRED AND FIFTY POUNDS (£48,750) STERLING” for the yearly rent there stated.
2. The Tenant’s option to terminate the Lease on 28 May 2029 contained in Clause 19 of the Lease is deleted, and the Tenant shall instead have an option to terminate the Lease on 28 May 2031 on giving not less than twelve months’ prior written notice to the Landlord.
3. Save as varied by this Minute of Variation, the Lease shall remain in full force and effect.
4. This Minute of Variation shall be governed by and construed in accordance with the law of Scotland.
5. The parties consent to the registration hereof for preservation and execution.
IN WITNESS WHEREOF these presents are executed as follows:
| Subscribed for and on behalf of the Landlord at Aberdeen on 20 March 2026 by Fiona Ritchie, Director | Witness: Colin Duthie, 8 Queen’s Road, Aberdeen |
| Subscribed for and on behalf of the Tenant at Aberdeen on 24 March 2026 by Graham Esson, Director | Witness: Lorna Bain, 3 Union Terrace, Aberdeen |`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Cairngorm Estates (Aberdeen) Limited", "Deeside Oilfield Tooling Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-03-20",
      amends: "Lease",
    },
  },
  {
    id: "v7-letters-side-letter-guernsey",
    format: "txt",
    source: `SARNIA BAY CREDIT OPPORTUNITIES FUND LIMITED
(a non-cellular company limited by shares incorporated in Guernsey with registered number 67021)
Dorey Court, Admiral Park, St Peter Port, Guernsey GY1 2HT
11 February 2026
Northgate Trustees Limited, as trustee of the Kittiwake Staff Pension Scheme
30 Fenchurch Street, London EC3M 3BD
Dear Sirs
# Side Letter
We refer to the prospectus of Sarnia Bay Credit Opportunities Fund Limited (the “Fund”) dated 2 October 2025 (the “Prospectus”) and to your subscription agreement dated 6 February 2026 for £25,000,000 of Class B Participating Shares. In consideration of your subscription, the Fund agrees with you as follows:
1. Fees. The annual management fee charged to your Class B Participating Shares will be 0.85% of net asset value instead of 1.25%.
2. Lock-in. The initial lock-in period of thirty-six (36) months under the Prospectus shall not apply to redemptions you require to meet benefit obligations of the scheme, subject to 90 days’ notice.
3. Most favoured nation. If the Fund agrees more favourable fee terms with any other investor subscribing a lesser amount, it will offer you the same terms within 30 days.
4. Reporting. The Fund will provide you with quarterly look-through reports within 45 days after each quarter end.
5. Trustee capacity. You enter into this letter only as trustee of the Kittiwake Staff Pension Scheme, and your liability under it is limited to the assets of that scheme.
6. Governing law. This letter is governed by the laws of the Island of Guernsey, and the courts of Guernsey have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully
For and on behalf of Sarnia Bay Credit Opportunities Fund Limited
Hélène Le Page, Director
Agreed and accepted for and on behalf of Northgate Trustees Limited as trustee of the Kittiwake Staff Pension Scheme
Anil Chaudhry, Authorised Signatory    Date: 19 February 2026`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Sarnia Bay Credit Opportunities Fund Limited", "Northgate Trustees Limited"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-02-11",
    },
  },
  {
    id: "v7-letters-comfort-south-africa",
    format: "pdf",
    source: `PROTEA MINERALS HOLDINGS LIMITED
(Registration number 1998/014472/06)
Protea House, 90 Rivonia Road, Sandton, 2196, South Africa
15 April 2026
The Head: Corporate Credit
Karoo Commercial Bank Limited
5 Simmonds Street, Johannesburg, 2001
Dear Sir/Madam
# Letter of Comfort
Working capital facilities of up to R250,000,000 made available to Highveld Smelting Operations (Pty) Ltd
1. We refer to the facility letter dated 2 April 2026 issued by you to our wholly-owned subsidiary, Highveld Smelting Operations (Pty) Ltd (the “Subsidiary”), under which you have offered facilities for a term of five (5) years (the “Facilities”).
2. We confirm that we are aware of the Facilities and approve of their being made available to the Subsidiary.
3. It is our present intention to retain our shareholding in the Subsidiary while any amount remains outstanding under the Facilities, and we will give you not less than sixty (60) days’ notice of any intention to dispose of it.
4. It is our policy to ensure that the Subsidiary is managed so as to be in a position to meet its financial obligations as they fall due.
5. This letter is a statement of present intention and policy only. It is not, and is not intended to be, a guarantee, and it does not create any legally binding obligation on us to pay any amount owed by the Subsidiary.
6. This letter will remain in effect for a period of two (2) years from the date of this letter.
7. This letter is governed by the laws of the Republic of South Africa.
Yours faithfully
For and on behalf of PROTEA MINERALS HOLDINGS LIMITED
| Thandiwe Nkosi | Jacques du Plessis |
| Chief Financial Officer | Company Secretary |`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Protea Minerals Holdings Limited", "Karoo Commercial Bank Limited"],
      governingLaw: "South Africa",
      effectiveDate: "2026-04-15",
      expiryDate: "2028-04-15",
      term: "2 years",
    },
  },
  {
    id: "v7-letters-consent-new-zealand",
    format: "docx",
    storedPageCount: 2,
    source: `Tasman Crown Properties Limited
Level 6, 155 Customhouse Quay, Wellington 6011
3 March 2026
Kōwhai Digital Health Limited
Level 2, 18 Willis Street, Wellington 6011
Attention: Chief Financial Officer
Dear Sir or Madam
# Consent to Change of Control
Deed of Lease – Level 2, 18 Willis Street, Wellington
1. We refer to the deed of lease dated 21 July 2021 between Tasman Crown Properties Limited as landlord and Kōwhai Digital Health Limited as tenant (the “Lease”) for a term of nine (9) years from 1 August 2021, with two rights of renewal of three years each, and to your letter dated 12 February 2026 requesting our consent.
2. Clause 26.2 of the Lease deems a change in the effective control of the tenant to be an assignment requiring the landlord’s consent. You have told us that all of the shares in the tenant are to be acquired by Whiria Health Group Pty Ltd (the “Purchaser”).
3. We consent to the change of control on the following conditions:
(a) you notify us in writing within five (5) working days after completion of the acquisition;
(b) you pay our legal costs of $2,350 plus GST within ten (10) working days of our invoice; and
(c) the Purchaser provides a guarantee of the tenant’s obligations under the Lease in the form attached, and the existing bank guarantee equal to three months’ rent remains in place.
4. This consent is limited to the change of control described above and does not waive any other obligation of the tenant under the Lease.
5. This letter is governed by New Zealand law.
Please countersign this letter to confirm your acceptance of the conditions.
Yours sincerely
Rawiri Tane
Portfolio Manager, Tasman Crown Properties Limited
===
Accepted and agreed on 9 March 2026 for and on behalf of Kōwhai Digital Health Limited
| Director: Sophie Lindqvist | Director: Hemi Walker |`,
    truth: {
      title: "Consent to Change of Control",
      documentType: "Letter",
      parties: ["Tasman Crown Properties Limited", "Kōwhai Digital Health Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v7-letters-second-amendment-india",
    format: "pdf",
    pageFooters: true,
    source: `# SECOND AMENDMENT AGREEMENT
to the Software Licence Agreement dated 1 October 2022
This Second Amendment Agreement (this “Amendment”) is entered into between the Licensor and the Licensee named in the signature blocks at the end of this Amendment, and amends the Software Licence Agreement between them dated 1 October 2022, as amended by the First Amendment Agreement dated 5 January 2024 (together, the “Licence Agreement”).
# 1. Amendment Effective Date
This Amendment takes effect on 1 June 2026 (the “Amendment Effective Date”), irrespective of the dates on which it is signed.
# 2. Amendments to the Licence Agreement
2.1 Term. Clause 14.1 of the Licence Agreement is replaced with: “This Agreement shall continue for an initial term of sixty (60) months from 1 October 2022 and shall thereafter renew automatically for successive periods of twelve (12) months unless either party gives ninety (90) days’ notice of non-renewal.”
2.2 Named Users. Schedule 2 is amended to increase the number of licensed Named Users from 1,200 to 2,000.
2.3 Fees. The annual licence fee is increased to INR 3,84,00,000 (Indian Rupees three crore eighty-four lakh only), exclusive of GST, payable annually in advance within forty-five (45) days of invoice.
2.4 Source code escrow. The Licensor shall deposit the source code of the Software with the escrow agent named in Schedule 5 within 30 days after the Amendment Effective Date, and shall keep the deposit current for thirty-six (36) months.
# 3. General
3.1 Except as amended by this Amendment, the Licence Agreement continues in full force and effect.
3.2 This Amendment shall be governed by and construed in accordance with the laws of India, and the courts at Bengaluru shall have exclusive jurisdiction.
3.3 This Amendment may be executed in counterparts, each of which shall be an original.
===
| Licensor | Licensee |
| NILGIRI LOGIC SOFTWARE PRIVATE LIMITED | KONKAN MERCANTILE FINANCE LIMITED |
| CIN: U72200KA2009PTC051277 | CIN: L65910MH1994PLC081342 |
| Registered office: 4th Floor, Prestige Tech Park, Outer Ring Road, Bengaluru 560103 | Registered office: 12 Nariman Bhavan, Nariman Point, Mumbai 400021 |
| By: Raghav Iyer, Director | By: Meenakshi Kulkarni, Chief Technology Officer |
| Date: 22 May 2026 | Date: 27 May 2026 |`,
    truth: {
      title: "Second Amendment Agreement",
      documentType: "Amendment",
      parties: ["Nilgiri Logic Software Private Limited", "Konkan Mercantile Finance Limited"],
      governingLaw: "India",
      effectiveDate: "2026-06-01",
      amends: "Software Licence Agreement",
    },
  },
  {
    id: "v7-letters-addendum-texas",
    format: "docx",
    source: `# FIRST ADDENDUM TO MASTER SERVICES AGREEMENT
| Addendum Effective Date | July 1, 2026 |
| Provider | Pecos Data Engineering, LLC, a Texas limited liability company |
| Client | Gulf Meridian Petrochemicals, Inc., a Delaware corporation |
| Agreement | Master Services Agreement dated as of August 15, 2024, between Provider and Client |
This First Addendum (this “Addendum”) is entered into by Provider and Client as of the Addendum Effective Date and forms part of the Agreement. Capitalized terms not defined in this Addendum have the meanings given in the Agreement.
1. Additional Services. Provider shall provide the pipeline integrity analytics services described in Exhibit A-2 (the “Analytics Services”) as additional Services under the Agreement.
2. Fees. Client shall pay $42,500 per month for the Analytics Services, invoiced monthly in arrears and payable net forty-five (45) days.
3. Term of the Agreement. Section 12.1 of the Agreement is amended so that the Initial Term ends on August 14, 2029. Section 12.2 of the Agreement is deleted and replaced with: “Upon expiry of the Initial Term, this Agreement shall automatically renew for successive one (1) year periods unless either party gives written notice of non-renewal at least one hundred twenty (120) days before the end of the then-current term.”
4. Warranty. Provider warrants that each deliverable of the Analytics Services will conform to its specification for ninety (90) days after acceptance.
5. Non-Solicitation. During the term of the Agreement and for twelve (12) months thereafter, neither party shall solicit for employment any employee of the other engaged on the Analytics Services.
6. Effect. Except as modified by this Addendum, the Agreement remains unchanged and in full force and effect. If this Addendum conflicts with the Agreement, this Addendum controls.
7. Governing Law. This Addendum is governed by the laws of the State of Texas.
IN WITNESS WHEREOF, the parties have executed this Addendum by their duly authorized representatives.
| PECOS DATA ENGINEERING, LLC | GULF MERIDIAN PETROCHEMICALS, INC. |
| By: Jolene Whitaker | By: Arturo Villanueva |
| Title: Managing Member | Title: Vice President, Procurement |
| Date: June 26, 2026 | Date: June 30, 2026 |`,
    truth: {
      title: "First Addendum to Master Services Agreement",
      documentType: "Amendment",
      parties: ["Pecos Data Engineering, LLC", "Gulf Meridian Petrochemicals, Inc."],
      governingLaw: "Texas",
      effectiveDate: "2026-07-01",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v7-letters-amendment-letter-malaysia",
    format: "txt",
    source: `BORNEO CIRCUIT COMPONENTS SDN. BHD. (Registration No. 200801027715 (826114-V))
Lot 1123, Jalan Kilang 4, Kawasan Perindustrian Bayan Lepas, 11900 Penang, Malaysia
Our Ref: BCC/LGL/2026/044
28 May 2026
Klang Valley EMS Berhad
No. 8, Jalan Teknologi 3/6, Kota Damansara, 47810 Petaling Jaya, Selangor
Attention: Head of Procurement
Dear Sirs,
# Letter of Amendment
Supply Agreement dated 14 June 2024 between Borneo Circuit Components Sdn. Bhd. and Klang Valley EMS Berhad (the “Supply Agreement”)
1. We refer to the Supply Agreement and to your letter dated 7 May 2026 requesting revised pricing.
2. With effect from 1 July 2026 (the “Effective Date”), the parties agree that the Supply Agreement is amended as follows:
(a) the unit prices in Schedule 2 are replaced by the prices in the Appendix to this letter;
(b) in Clause 7.1, the payment period is changed from sixty (60) days to forty-five (45) days from the date of invoice; and
(c) in Clause 11.3, the warranty period for Products is extended from twelve (12) months to eighteen (18) months from delivery.
3. The initial term of the Supply Agreement of three (3) years from 14 June 2024 is not affected by this letter.
4. Save as amended by this letter, the Supply Agreement remains in full force and effect, and this letter shall be read as one with it.
5. This letter shall be governed by the laws of Malaysia.
Appendix – Revised Unit Prices
| Part No. | Description | Unit Price (RM) |
| BCC-PCB-4410 | 6-layer control board | 38.20 |
| BCC-PCB-5102 | Power module board | 21.75 |
| BCC-FLX-0907 | Flexible interconnect | 6.40 |
Kindly sign and return the duplicate copy of this letter to signify your agreement.
Yours faithfully,
for and on behalf of BORNEO CIRCUIT COMPONENTS SDN. BHD.
Tan Wei Ming, Commercial Director
Accepted and agreed for and on behalf of KLANG VALLEY EMS BERHAD
Name: Nurul Aisyah binti Rahman    Designation: Chief Operating Officer    Date: 3 June 2026`,
    truth: {
      title: "Letter of Amendment",
      documentType: "Amendment",
      parties: ["Borneo Circuit Components Sdn. Bhd.", "Klang Valley EMS Berhad"],
      governingLaw: "Malaysia",
      effectiveDate: "2026-07-01",
      amends: "Supply Agreement",
    },
  },
];
