import type { UnseenDocument } from "../unseen/types";

/** Tuning set v31: letters-and-amendments — side, comfort, consent, engagement and offer letters; amendments, addenda, variations, deeds of variation. */
export const LETTERS_AND_AMENDMENTS_V31: UnseenDocument[] = [
  {
    id: "v31-letters-and-amendments-ni-deed-of-variation-lease",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
relating to a Lease of Unit 4, Lagan Quay Business Park, Belfast
THIS DEED is made on the 9th day of February 2026
BETWEEN:
(1) LAGANSIDE ESTATES LIMITED (company number NI612345) whose registered office is at 40 Donegall Quay, Belfast BT1 3AA (the "Landlord");
(2) CORRAN FOODS LIMITED (company number NI098765) whose registered office is at Unit 4, Lagan Quay Business Park, Belfast BT3 9DT (the "Tenant"); and
(3) MALACHY FINNEGAN of 18 Malone Park, Belfast BT9 6NJ (the "Guarantor").
BACKGROUND
(A) By a lease dated 14 June 2019 made between the Landlord (1), the Tenant (2) and the Guarantor (3) (the "Lease") the premises known as Unit 4, Lagan Quay Business Park, Belfast were let to the Tenant for a term of fifteen (15) years from and including 14 June 2019.
(B) The Tenant has asked the Landlord to permit a change of use of the premises and the parties have agreed to vary the Lease on the terms of this Deed.
# 1. Definitions and interpretation
1.1 In this Deed "Variation Date" means 1 March 2026, being the date on which the variations made by this Deed take effect.
1.2 Words and expressions defined in the Lease have the same meaning when used in this Deed.
# 2. Variations
2.1 With effect from the Variation Date the Lease is varied as follows:
(a) in clause 3.12 (Use) the words "light industrial use within Class B2 of the Schedule to the Planning (Use Classes) Order (Northern Ireland) 2015" are deleted and replaced with "the preparation, storage and distribution of food products";
(b) in clause 9.2 (Tenant's break option) the words "not less than six months' prior written notice" are deleted and replaced with "not less than nine months' prior written notice"; and
(c) the yearly rent reserved by clause 4.1 is increased from £48,500 to £52,000, payable by equal quarterly instalments in advance on the usual quarter days.
2.2 Save as varied by this Deed, the Lease remains in full force and effect and the parties confirm its terms.
# 3. Guarantor's confirmation
3.1 The Guarantor consents to the variations made by this Deed and confirms that the guarantee and indemnity given by him in the Lease extends to the obligations of the Tenant under the Lease as varied.
# 4. Costs
4.1 The Tenant shall pay the Landlord's reasonable legal and surveyor's costs in connection with this Deed within fourteen (14) days of written demand.
# 5. Governing law and jurisdiction
5.1 This Deed and any dispute arising out of or in connection with it are governed by the law of Northern Ireland, and the parties submit to the exclusive jurisdiction of the courts of Northern Ireland.
===
IN WITNESS of which this Deed has been executed and delivered on the date first written above.
EXECUTED as a deed by LAGANSIDE ESTATES LIMITED acting by a director in the presence of a witness:
Director: Ruairi Devlin
Witness: Aoife Kerr, 22 Lisburn Road, Belfast BT9 6AA, Trainee Solicitor
EXECUTED as a deed by CORRAN FOODS LIMITED acting by two directors:
Director: Sinead Corr
Director: Patrick Mullan
SIGNED as a deed by MALACHY FINNEGAN in the presence of:
Witness: Declan Hughes, Solicitor, 5 Chichester Street, Belfast BT1 4JA`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Laganside Estates Limited", "Corran Foods Limited", "Malachy Finnegan"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-03-01",
      amends: "Lease",
    },
  },
  {
    id: "v31-letters-and-amendments-ontario-fixed-term-offer",
    format: "docx",
    storedPageCount: 2,
    source: `Northbeam Analytics Inc.
220 King Street West, Suite 1400, Toronto, Ontario M5H 1K4 · careers@northbeam-analytics.example
February 17, 2026
PRIVATE AND CONFIDENTIAL
Ms. Priya Raghunathan
88 Harbord Street, Apt. 3
Toronto, Ontario M5S 1G6
# Offer of Employment
Dear Priya,
Further to your interviews with our team, we are delighted to offer you the position of Senior Data Engineer with Northbeam Analytics Inc. (the "Company") on the terms set out in this letter.
1. Position and Reporting. You will report to the Director of Platform Engineering and will work from our Toronto office, with up to two days per week of remote work.
2. Term. Your employment will be for a fixed term of twelve (12) months commencing on May 1, 2026 (the "Commencement Date") and ending on April 30, 2027, unless ended earlier in accordance with this letter. Any extension of the term will be by written agreement only; nothing in this letter obliges either of us to extend it.
3. Compensation. Your base salary will be CAD $128,000 per year, paid bi-weekly, less applicable deductions. You will be eligible for a completion bonus of CAD $8,000 if you remain employed until the end of the term.
4. Probation. The first three (3) months of your employment will be a probationary period.
5. Vacation and Benefits. You will receive fifteen (15) days of paid vacation per year, pro-rated, and will be enrolled in the Company's group health and dental plan after a waiting period of thirty (30) days.
6. Termination. The Company may end your employment before the end of the term by giving you two (2) weeks' written notice, or pay in lieu, plus any further entitlements required by the Employment Standards Act, 2000 (Ontario). You may resign on two (2) weeks' written notice.
7. Confidentiality and Non-Solicitation. You will be required to sign the Company's Confidentiality and Intellectual Property Agreement. For twelve (12) months after your employment ends, you will not solicit any client of the Company with whom you dealt in the last year of your employment.
8. Governing Law. This letter is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in it.
This offer is open until 5:00 p.m. (Toronto time) on February 27, 2026. To accept, please sign and return the acceptance on the next page.
We look forward to welcoming you to the team.
Yours sincerely,
Northbeam Analytics Inc.
Danielle Okafor
Vice President, People & Culture
===
# Acceptance
I, Priya Raghunathan, have read and understood this letter and accept the offer of employment on the terms set out above. I confirm that I have had the opportunity to obtain independent legal advice.
| Signature: ____________________ | Date: February 20, 2026 |`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Northbeam Analytics Inc.", "Priya Raghunathan"],
      governingLaw: "Ontario",
      effectiveDate: "2026-05-01",
      expiryDate: "2027-04-30",
      term: "12 months",
    },
  },
  {
    id: "v31-letters-and-amendments-singapore-comfort-letter",
    format: "txt",
    source: `KALLANG RIVER HOLDINGS PTE. LTD.
(Company Registration No. 201512345K)
10 Marina Boulevard, #28-01, Singapore 018983
12 January 2026
The Managing Director
Straits Meridian Bank Limited
9 Raffles Place, #40-00
Singapore 048619
Attention: Ms Tan Hui Ling, Corporate Banking
# LETTER OF COMFORT
Dear Sirs,
1. We refer to your facility letter dated 28 November 2025 (the "Facility Letter") addressed to our wholly-owned subsidiary, Orchid Precision Engineering Pte. Ltd. (the "Company"), under which you have agreed to make available to the Company banking facilities of up to S$15,000,000 for a tenor of three (3) years from the date of first drawdown.
2. We confirm that we are aware of the Facility Letter and its terms, and that we hold, directly, the entire issued share capital of the Company.
3. It is our present policy to ensure that the Company is managed so as to be in a position to meet its financial obligations, including its obligations to you under the Facility Letter, as they fall due.
4. We do not presently intend to reduce our shareholding in the Company below 51%. Should we propose to do so, we will give you not less than thirty (30) days' prior written notice.
5. We will procure that the Company delivers its audited financial statements to you within one hundred and twenty (120) days after the end of each of its financial years.
6. This letter is a statement of our present intention and policy only. It is not, and shall not be construed as, a guarantee, indemnity or other undertaking to pay any sum owing by the Company, and it does not create legally binding obligations on us, save for the confidentiality undertaking below.
7. You agree to treat this letter as confidential and not to disclose it except to your professional advisers or as required by law.
8. This letter is governed by, and shall be construed in accordance with, the laws of Singapore.
Yours faithfully,
For and on behalf of
KALLANG RIVER HOLDINGS PTE. LTD.
Lim Wei Jie
Director`,
    truth: {
      title: "Letter of Comfort",
      documentType: "Letter",
      parties: ["Kallang River Holdings Pte. Ltd.", "Straits Meridian Bank Limited"],
      governingLaw: "Singapore",
      effectiveDate: "2026-01-12",
    },
  },
  {
    id: "v31-letters-and-amendments-hong-kong-retainer-engagement",
    format: "pdf",
    source: `WONG, ASHCROFT & LAI
Solicitors & Notaries
Level 18, Two Exchange Square, 8 Connaught Place, Central, Hong Kong
Our ref: KL/2026/0417
16 March 2026
By email and by hand
The Board of Directors
Harbourlight Logistics (HK) Limited
Unit 2205, 22/F, Kowloon Commerce Centre, 51 Kwai Cheong Road, Kwai Chung, New Territories
# LETTER OF ENGAGEMENT
Dear Sirs,
Thank you for instructing us. This letter sets out the basis on which Wong, Ashcroft & Lai (the "Firm", "we") will act for Harbourlight Logistics (HK) Limited (the "Client", "you") as general corporate counsel on retainer. It should be read with our Standard Terms of Business enclosed.
1. Scope. We will advise on general corporate and commercial matters, including customer and carrier contracts, employment queries and company secretarial compliance, up to twenty (20) hours of professional time per month. Litigation, arbitration and regulatory investigations are outside the scope of this retainer and will be the subject of a separate engagement letter.
2. People. Mr Kenneth Lai, partner, will have overall responsibility for your matters, assisted by Ms Michelle Ho, associate.
3. Retainer period and renewal. Our retainer will run for a period of twelve (12) months from 1 April 2026 (the "Commencement Date"). At the end of that period, and at the end of each renewal period, it will renew automatically for a further period of twelve (12) months unless either of us gives the other not less than sixty (60) days' written notice of non-renewal.
4. Fees. The retainer fee is HK$85,000 per month, invoiced monthly in advance. Time in excess of the monthly allowance will be charged at our hourly rates then in force. Invoices are payable within thirty (30) days of their date.
5. Termination. Either of us may end this retainer at any time by giving one (1) month's written notice. Fees for work done up to termination remain payable.
6. Conflicts and confidentiality. We have carried out a conflict check and are not aware of any conflict of interest. We will keep your affairs confidential in accordance with the Hong Kong Solicitors' Guide to Professional Conduct.
7. Files. We will keep our files for seven (7) years after the end of the retainer, after which they may be destroyed without further reference to you.
8. Governing law. This letter and our Standard Terms of Business are governed by the laws of the Hong Kong Special Administrative Region, and the courts of Hong Kong have exclusive jurisdiction.
Please sign and return the enclosed copy of this letter to confirm your agreement.
Yours faithfully,
Wong, Ashcroft & Lai
Kenneth Lai, Partner
===
# Acknowledgement
We have read and agree to the terms of this letter and the Standard Terms of Business.
For and on behalf of Harbourlight Logistics (HK) Limited
Name: Daniel Cheung
Title: Director
Date: 23 March 2026`,
    truth: {
      title: "Letter of Engagement",
      documentType: "Engagement letter",
      parties: ["Wong, Ashcroft & Lai", "Harbourlight Logistics (HK) Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2026-04-01",
      expiryDate: "2027-04-01",
      term: "12 months",
      renewal: "12 months",
    },
  },
  {
    id: "v31-letters-and-amendments-delaware-msa-amendment-no-2",
    format: "docx",
    storedPageCount: 2,
    source: `# AMENDMENT NO. 2 TO MASTER SERVICES AGREEMENT
This Amendment No. 2 to Master Services Agreement (this "Amendment") is made and entered into as of February 20, 2026, and is effective as of March 1, 2026 (the "Amendment Effective Date"), by and between Cobalt Ridge Software, LLC, a Delaware limited liability company with offices at 1201 N. Orange Street, Wilmington, Delaware 19801 ("Provider"), and Pinecrest Health Systems, Inc., a Pennsylvania corporation with its principal place of business at 500 Market Street, Philadelphia, Pennsylvania 19106 ("Customer").
# RECITALS
A. Provider and Customer are parties to that certain Master Services Agreement dated as of January 1, 2024, as amended by Amendment No. 1 dated as of September 15, 2024 (as so amended, the "Agreement"), which has an initial term of three (3) years commencing on January 1, 2024 and renews automatically for successive one (1) year periods unless either party gives ninety (90) days' notice of non-renewal.
B. The parties wish to amend the Agreement to add managed data migration services and to revise the fee schedule, on the terms set forth below.
NOW, THEREFORE, in consideration of the mutual covenants contained herein and other good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the parties agree as follows:
1. Definitions. Capitalized terms used but not defined in this Amendment have the meanings given to them in the Agreement.
2. Additional Services. Exhibit A (Statement of Services) to the Agreement is amended by adding a new Section A-7 (Managed Data Migration) in the form set forth in Attachment 1 to this Amendment, with effect from the Amendment Effective Date.
3. Fees. Section 2 of Exhibit B (Fees) to the Agreement is deleted in its entirety and replaced with the following: "Monthly Service Fee: US$42,750, invoiced monthly in arrears and payable net forty-five (45) days from the invoice date."
4. Service Credits. Section 7.3 of the Agreement is amended by replacing "five percent (5%)" with "seven and one-half percent (7.5%)".
5. Effect of Amendment. Except as expressly amended by this Amendment, the Agreement remains unchanged and in full force and effect. In the event of any conflict between this Amendment and the Agreement, this Amendment shall control. Nothing in this Amendment changes the term of the Agreement.
6. Governing Law. This Amendment shall be governed by and construed in accordance with the laws of the State of Delaware, without regard to its conflict of laws principles.
7. Counterparts. This Amendment may be executed in counterparts, each of which shall be deemed an original, and signatures delivered electronically shall be effective as originals.
===
IN WITNESS WHEREOF, the parties have caused this Amendment to be executed by their duly authorized representatives.
| COBALT RIDGE SOFTWARE, LLC | PINECREST HEALTH SYSTEMS, INC. |
| By: ______________________ | By: ______________________ |
| Name: Marcus Feld | Name: Angela Ruiz |
| Title: Chief Executive Officer | Title: SVP, Strategic Procurement |
| Date: February 20, 2026 | Date: February 24, 2026 |
# Attachment 1 – Section A-7 (Managed Data Migration)
A-7.1 Provider will extract, cleanse and migrate Customer's legacy scheduling data from the three hospital sites listed in Table A-7 to the Provider platform in accordance with a migration plan agreed by the parties.
A-7.2 Provider will complete each site migration within sixty (60) days after Customer's written approval of the migration plan for that site.
A-7.3 For ninety (90) days after each site go-live, Provider will correct any data migration defects reported by Customer at no additional charge.`,
    truth: {
      title: "Amendment No. 2 to Master Services Agreement",
      documentType: "Amendment",
      parties: ["Cobalt Ridge Software, LLC", "Pinecrest Health Systems, Inc."],
      governingLaw: "Delaware",
      effectiveDate: "2026-03-01",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v31-letters-and-amendments-nsw-lender-consent-change-of-control",
    format: "txt",
    source: `Southern Cross Mercantile Bank Limited
ABN 41 098 765 432
Level 30, 1 Farrer Place, Sydney NSW 2000
5 March 2026
The Directors
Wattle Creek Agribusiness Pty Ltd (ACN 612 345 678)
14 Bridge Street, Wagga Wagga NSW 2650
By email: cfo@wattlecreek.example
Dear Directors
# Consent to Change of Control
1. We refer to the facility agreement dated 12 August 2024 between Southern Cross Mercantile Bank Limited as lender (we, us) and Wattle Creek Agribusiness Pty Ltd as borrower (you) (the Facility Agreement), and to your letter dated 18 February 2026 requesting our consent to the proposed acquisition of all of your issued shares by Riverina Grain Holdings Pty Ltd (the Proposed Acquisition).
2. Under clause 18.4 of the Facility Agreement, a Change of Control is a Review Event unless we have given our prior written consent.
3. Subject to the conditions in paragraph 4, we consent to the Proposed Acquisition and agree that it will not constitute a Review Event or an Event of Default under the Facility Agreement.
4. Our consent is given on the conditions that:
(a) on or before completion of the Proposed Acquisition, Riverina Grain Holdings Pty Ltd executes a guarantee and indemnity in favour of us in the form we require; and
(b) within ten (10) Business Days after completion, you provide us with a certified copy of your updated share register.
5. Except as set out in this letter, the Facility Agreement is not varied. In particular, the Termination Date of 12 August 2029 and the Review Dates under the Facility Agreement remain unchanged.
6. This consent is limited to the Proposed Acquisition. It is not a waiver of any other right we have under the Facility Agreement or any other Finance Document.
7. This letter is governed by the laws of New South Wales.
Please sign the acknowledgement below and return a copy to us.
Yours faithfully
Southern Cross Mercantile Bank Limited
Eleanor Whitfield
Associate Director, Agribusiness Banking
Acknowledgement
We acknowledge this letter and agree to the conditions in paragraph 4.
Signed for Wattle Creek Agribusiness Pty Ltd by its director Thomas Brennan
Dated: 9 March 2026`,
    truth: {
      title: "Consent to Change of Control",
      documentType: "Letter",
      parties: ["Southern Cross Mercantile Bank Limited", "Wattle Creek Agribusiness Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-03-05",
    },
  },
  {
    id: "v31-letters-and-amendments-guernsey-fund-side-letter",
    format: "docx",
    source: `Sarnia Ridge Capital (GP) Limited
PO Box 119, Martello Court, Admiral Park, St Peter Port, Guernsey GY1 3HB
Registered in Guernsey with registered number 71234
2 April 2026
Fjordvik Pension Foundation
Haakon VIIs gate 6, 0161 Oslo, Norway
Attention: Head of Private Markets
# Side Letter
Dear Sirs
1. We, Sarnia Ridge Capital (GP) Limited, write to you in our capacity as general partner of Sarnia Ridge Capital Partners III LP (the "Partnership") in connection with your subscription for a capital commitment of US$40,000,000 to the Partnership under the subscription agreement dated 27 March 2026 and the amended and restated limited partnership agreement of the Partnership dated 3 November 2025 (the "LPA"). Terms defined in the LPA have the same meaning in this letter.
2. In consideration of your commitment, we agree with you as follows:
(a) Management fee: the Management Fee payable in respect of your commitment during the Investment Period (being five (5) years from the First Closing Date) will be calculated at 1.50% per annum rather than 1.75% per annum;
(b) Reporting: we will provide you with the ESG data set out in the Annex to this letter within one hundred and twenty (120) days after the end of each financial year;
(c) Co-investment: we will offer you, on a no-fee, no-carry basis, the opportunity to co-invest alongside the Partnership in any investment in which co-investment is offered to other Limited Partners;
(d) Most favoured nation: if any other Limited Partner with a commitment equal to or less than yours is granted more favourable terms by side letter, we will notify you within thirty (30) days and offer you the same terms; and
(e) Excuse: you may elect to be excused from participating in any investment in a business deriving more than 10% of its revenue from tobacco or thermal coal.
3. You will keep the terms of this letter confidential, and that obligation will continue for three (3) years after the Partnership is wound up.
4. This letter does not amend the LPA. As between you and us, if there is any conflict between this letter and the LPA, this letter prevails.
5. This letter and any non-contractual obligations arising out of it are governed by the laws of the Island of Guernsey, and the Royal Court of Guernsey has exclusive jurisdiction.
Please countersign this letter to confirm your agreement.
Yours faithfully
For and on behalf of Sarnia Ridge Capital (GP) Limited in its capacity as general partner of Sarnia Ridge Capital Partners III LP
Director: Helene Le Page
Agreed and accepted for and on behalf of Fjordvik Pension Foundation
Name: Ingrid Solberg, Chief Investment Officer
Date: 8 April 2026`,
    truth: {
      title: "Side Letter",
      documentType: "Letter",
      parties: ["Sarnia Ridge Capital (GP) Limited", "Fjordvik Pension Foundation"],
      governingLaw: "Guernsey",
      effectiveDate: "2026-04-02",
    },
  },
  {
    id: "v31-letters-and-amendments-scotland-minute-of-variation",
    format: "pdf",
    pageFooters: true,
    source: `# MINUTE OF VARIATION
between
CLYDEVIEW HOUSING ASSOCIATION LIMITED
and
FORTH & TAY FACILITIES SERVICES LIMITED
relating to a Facilities Management Services Agreement dated 4 and 11 October 2023
===
MINUTE OF VARIATION between
CLYDEVIEW HOUSING ASSOCIATION LIMITED, a registered society under the Co-operative and Community Benefit Societies Act 2014 (registered number 2187RS) and having its registered office at 75 Bothwell Street, Glasgow G2 6TS ("Clydeview"); and
FORTH & TAY FACILITIES SERVICES LIMITED, incorporated under the Companies Acts (registered number SC543210) and having its registered office at 3 Marischal Square, Aberdeen AB10 1BL (the "Contractor")
WHEREAS:
(A) Clydeview and the Contractor are parties to a Facilities Management Services Agreement dated 4 and 11 October 2023 (the "Agreement") under which the Contractor provides planned and reactive maintenance services to Clydeview's housing stock for a period of five (5) years from 1 November 2023;
(B) Clydeview has acquired further properties in Renfrewshire and the parties wish to vary the Agreement so that the services extend to those properties and to adjust the Contract Price accordingly.
NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
1. In this Minute of Variation "Variation Effective Date" means 1 April 2026, being the date from which the variations set out in clause 2 take effect. Words and expressions defined in the Agreement have the same meanings in this Minute of Variation.
2. With effect from the Variation Effective Date:
2.1 Schedule 1 (Properties) to the Agreement is amended by adding the properties listed in the Schedule to this Minute of Variation;
2.2 the annual Contract Price stated in clause 9.1 of the Agreement is increased from £1,240,000 to £1,386,500 (exclusive of VAT); and
2.3 in clause 22.2 (Termination for convenience) of the Agreement the words "six months" are deleted and replaced with "nine months".
3. Except as varied by this Minute of Variation, the Agreement continues in full force and effect. Nothing in this Minute of Variation alters the duration of the Agreement.
4. This Minute of Variation shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents together with the Schedule annexed are subscribed as follows:
| Subscribed for Clydeview Housing Association Limited | at Glasgow on 16 March 2026 | by Fiona McLeish, Chief Executive | before Iain Baird, 75 Bothwell Street, Glasgow |
| Subscribed for Forth & Tay Facilities Services Limited | at Aberdeen on 19 March 2026 | by Graeme Ritchie, Director | before Morag Innes, 3 Marischal Square, Aberdeen |
===
# SCHEDULE
This is the Schedule referred to in the foregoing Minute of Variation between Clydeview Housing Association Limited and Forth & Tay Facilities Services Limited
| Property | Postcode | Units |
| 12-48 Abercorn Crescent, Paisley | PA3 4AB | 36 |
| 2-30 Thornbank Court, Renfrew | PA4 8RW | 28 |
| 1-19 Gallowhill Road, Paisley | PA3 4TF | 20 |`,
    truth: {
      title: "Minute of Variation",
      documentType: "Amendment",
      parties: ["Clydeview Housing Association Limited", "Forth & Tay Facilities Services Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-04-01",
      amends: "Facilities Management Services Agreement",
    },
  },
];
