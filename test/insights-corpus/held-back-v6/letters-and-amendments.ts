import type { UnseenDocument } from "../unseen/types";

/** Letters (side, comfort, consent) and amendments (amendment agreements, variations, addenda, deeds of amendment). */
export const LETTERS_AND_AMENDMENTS_V6: UnseenDocument[] = [
  {
    id: "v6-first-amendment-msa-california",
    format: "txt",
    source: `# FIRST AMENDMENT TO MASTER SERVICES AGREEMENT
This First Amendment to Master Services Agreement (this "Amendment") is entered into as of October 15, 2025 (the "Amendment Effective Date") by and between Pacific Crest Health Network, a California nonprofit public benefit corporation ("Customer"), and Sierra Code Labs, Inc., a California corporation ("Vendor").
RECITALS
A. Customer and Vendor are parties to that certain Master Services Agreement dated as of March 1, 2023 (the "Agreement"), under which Vendor provides software development and maintenance services. The Agreement has an initial term of four (4) years.
B. The parties wish to amend the Agreement to add telehealth integration services and to revise the fee schedule, as set out below.
AGREEMENT
1. Definitions. Capitalized terms used but not defined in this Amendment have the meanings given in the Agreement.
2. New Services. Exhibit A of the Agreement is amended by adding the telehealth integration services described in Attachment 1 to this Amendment.
3. Fees. Exhibit B of the Agreement is deleted and replaced with Attachment 2 to this Amendment. The revised rates apply to Services performed on and after the Amendment Effective Date.
4. Payment Terms. Section 5.2 of the Agreement is amended by replacing "thirty (30) days" with "forty-five (45) days".
===
5. Effect of Amendment. Except as expressly amended by this Amendment, the Agreement remains unchanged and in full force and effect. Nothing in this Amendment changes the term of the Agreement.
6. Governing Law. This Amendment is governed by the laws of the State of California, consistent with Section 14 of the Agreement.
7. Counterparts. This Amendment may be executed in counterparts and by electronic signature.
PACIFIC CREST HEALTH NETWORK
By: Dr. Angela Ruiz, Chief Information Officer
SIERRA CODE LABS, INC.
By: Tyler Nguyen, Chief Executive Officer`,
    truth: {
      title: "First Amendment to Master Services Agreement",
      documentType: "Amendment",
      parties: ["Pacific Crest Health Network", "Sierra Code Labs, Inc."],
      governingLaw: "California",
      effectiveDate: "2025-10-15",
      amends: "Master Services Agreement",
    },
  },
  {
    id: "v6-variation-agreement-scotland",
    format: "docx",
    storedPageCount: 2,
    source: `# VARIATION AGREEMENT
between
SPEYSIDE COOPERAGE LIMITED, incorporated in Scotland (Registered Number SC098114) and having its Registered Office at Dufftown Road, Craigellachie AB38 9RX ("the Supplier")
and
BALVENIE GLEN WHISKY COMPANY LIMITED, incorporated in Scotland (Registered Number SC287760) and having its Registered Office at 12 Castle Street, Elgin IV30 1DU ("the Purchaser")
WHEREAS
(A) The Supplier and the Purchaser entered into an agreement entitled "Cask Supply Agreement" dated 2 and 5 May 2022 ("the Agreement") for the supply of rejuvenated oak casks for a period of five years.
(B) The parties have agreed to vary the Agreement with effect from 1 December 2025 ("the Variation Date") as set out below.
NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. With effect from the Variation Date, Schedule 2 (Prices) of the Agreement is deleted and replaced by the Schedule annexed to this Variation Agreement.
2. Clause 6.3 of the Agreement is varied by substituting "sixty days" for "thirty days" as the period for payment of invoices.
===
3. Save as varied by this Variation Agreement, the Agreement shall continue in full force and effect.
4. This Variation Agreement shall be governed by, and construed in accordance with, Scots law.
IN WITNESS WHEREOF these presents consisting of this and the preceding page are executed as follows:
Subscribed for and on behalf of Speyside Cooperage Limited at Craigellachie on 24 November 2025 by Ruaridh Grant, Director
Subscribed for and on behalf of Balvenie Glen Whisky Company Limited at Elgin on 26 November 2025 by Shona Cruickshank, Director`,
    truth: {
      title: "Variation Agreement",
      documentType: "Amendment",
      parties: ["Speyside Cooperage Limited", "Balvenie Glen Whisky Company Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2025-12-01",
      amends: "Cask Supply Agreement",
    },
  },
  {
    id: "v6-addendum-subscription-singapore",
    format: "pdf",
    pageFooters: true,
    source: `# ADDENDUM NO. 2 TO THE SOFTWARE SUBSCRIPTION AGREEMENT
This Addendum No. 2 is made on 3 November 2025
Between
(1) LION CITY HR TECH PTE. LTD. (UEN 201908812N) ("Provider"); and
(2) ORCHID HOSPITALITY GROUP PTE. LTD. (UEN 200511290H) ("Customer").
# 1. Background
1.1 The Provider and the Customer entered into the Software Subscription Agreement dated 7 January 2024 (the "Agreement") for an initial subscription term of thirty-six (36) months.
1.2 The Customer wishes to add the Provider's rostering module and increase the number of users.
# 2. Changes
2.1 With effect from the date of this Addendum, the Order Form in Schedule 1 of the Agreement is amended by increasing the licensed users from 800 to 1,150 and adding the "RosterPlus" module.
2.2 The additional subscription fees of S$2,450 per month shall be invoiced with the next regular invoice and pro-rated for the first month.
===
# 3. General
3.1 Except as set out in this Addendum, the terms of the Agreement remain unchanged. This Addendum forms part of the Agreement.
3.2 This Addendum is governed by the laws of Singapore.
Signed for and on behalf of LION CITY HR TECH PTE. LTD. by Gabriel Yeo, Chief Commercial Officer
Signed for and on behalf of ORCHID HOSPITALITY GROUP PTE. LTD. by Melissa Goh, Group HR Director`,
    truth: {
      title: "Addendum No. 2 to the Software Subscription Agreement",
      documentType: "Amendment",
      parties: ["Lion City HR Tech Pte. Ltd.", "Orchid Hospitality Group Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2025-11-03",
      amends: "Software Subscription Agreement",
    },
  },
  {
    id: "v6-amendment-agreement-facility-england",
    format: "txt",
    source: `THIS AMENDMENT AGREEMENT is dated 21 May 2026 and made between:
(1) SOLENT YACHT BROKERS LIMITED (registered number 05994413) as borrower (the "Borrower"); and
(2) WESSEX REGIONAL BANK PLC as lender (the "Lender").
# AMENDMENT AGREEMENT
relating to a Term Facility Agreement dated 14 August 2023
# 1. Background
1.1 The Lender made available to the Borrower a term loan facility of £2,000,000 under a facility agreement entitled "Term Facility Agreement" dated 14 August 2023 (the "Facility Agreement"), repayable over seven years.
1.2 The Borrower has requested, and the Lender has agreed, to reset the financial covenants and to amend the margin.
# 2. Amendments
2.1 With effect from the date of this Amendment Agreement (the "Effective Date"), the Facility Agreement shall be amended as follows:
(a) in clause 1.1, the definition of "Margin" is amended by replacing "2.10 per cent. per annum" with "2.60 per cent. per annum";
(b) clause 21.2 (Financial condition) is amended so that Interest Cover shall not be less than 3.00:1 (instead of 3.50:1) for each Relevant Period ending on or before 31 December 2026.
2.2 The Borrower shall pay the Lender an amendment fee of £7,500 on the Effective Date.
===
# 3. Continuing obligations
3.1 The provisions of the Facility Agreement, as amended by this Amendment Agreement, continue in full force and effect. The Borrower confirms that the existing debenture dated 14 August 2023 continues to secure all liabilities under the amended Facility Agreement.
# 4. Governing law
4.1 This Amendment Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law.
SIGNATURES
The Borrower: SOLENT YACHT BROKERS LIMITED, by Nicola Fairbrother, Director
The Lender: WESSEX REGIONAL BANK PLC, by Jamie Pollard, Relationship Director`,
    truth: {
      title: "Amendment Agreement",
      documentType: "Amendment",
      parties: ["Solent Yacht Brokers Limited", "Wessex Regional Bank PLC"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-05-21",
      amends: "Term Facility Agreement",
    },
  },
  {
    id: "v6-side-letter-fund-jersey",
    format: "docx",
    storedPageCount: 2,
    source: `Grève de Lecq Capital GP Limited
44 Esplanade, St Helier, Jersey JE4 9WG
12 December 2025
Strictly private and confidential
Pembrokeshire Pension Investments Limited
County Hall, Haverfordwest SA61 1TP
Dear Sirs
# Side Letter – Grève de Lecq Private Credit Fund LP
We write as general partner of Grève de Lecq Private Credit Fund LP (the "Partnership"). We refer to the limited partnership agreement of the Partnership and to your subscription for a commitment of £40,000,000 as a limited partner. In consideration of your subscription, we agree with you as follows.
1. Reporting. We will provide you, within 60 days after the end of each quarter, with the portfolio-level ESG data set out in the Annex, in addition to the reports provided to all investors.
2. Most favoured nation. If we enter into a side letter with any other investor with a commitment of an equal or smaller amount giving more favourable terms, we will offer you the same terms within 30 days.
3. Advisory committee. You will be entitled to appoint one member of the limited partner advisory committee for so long as your commitment is not less than £25,000,000.
===
4. Confidentiality. The terms of this letter are confidential, but you may disclose them to your professional advisers and as required by law or regulation.
5. Governing law. This letter is governed by the laws of the Island of Jersey.
Yours faithfully
For and on behalf of Grève de Lecq Capital GP Limited
Thomas Le Brocq, Director
Agreed: for and on behalf of Pembrokeshire Pension Investments Limited, Llinos Evans, Director, 15 December 2025`,
    truth: {
      title: "Side Letter – Grève de Lecq Private Credit Fund LP",
      documentType: "Letter",
      parties: ["Grève de Lecq Capital GP Limited", "Pembrokeshire Pension Investments Limited"],
      governingLaw: "Jersey",
      effectiveDate: "2025-12-12",
    },
  },
  {
    id: "v6-comfort-letter-hong-kong",
    format: "pdf",
    source: `KOWLOON BAY INDUSTRIAL HOLDINGS LIMITED
23/F, Millennium City 5, 418 Kwun Tong Road, Kowloon, Hong Kong
Our Ref: KBIH/TR/2025-118
Your Ref: CB/LF/7732
2 September 2025
Harbour Trust Bank (Hong Kong) Limited
Corporate Banking Department
8 Connaught Road Central
Hong Kong
Attention: Ms Winnie Chow, Senior Vice President
Dear Sirs
# Letter of Comfort – Banking Facilities to Sai Kung Precision Moulding Limited
We refer to the banking facilities of up to HK$60,000,000 which you have made or propose to make available to our wholly-owned subsidiary, Sai Kung Precision Moulding Limited (the "Subsidiary").
We confirm that:
1. we are aware of, and approve, the granting of the facilities to the Subsidiary;
2. it is our present intention to retain our entire shareholding in the Subsidiary while the facilities remain outstanding, and we will give you reasonable notice should we intend to dispose of it; and
3. it is our policy to ensure that the business of the Subsidiary is managed so that it is at all times in a position to meet its financial obligations, including its obligations to you.
===
This letter is a statement of our present intention and policy only. It is not a guarantee and does not create any legally binding obligation on us to pay any sums owed by the Subsidiary to you.
This letter is governed by the laws of Hong Kong.
Yours faithfully
For and on behalf of
Kowloon Bay Industrial Holdings Limited
Edmund Leung
Director`,
    truth: {
      title: "Letter of Comfort – Banking Facilities to Sai Kung Precision Moulding Limited",
      documentType: "Letter",
      parties: ["Kowloon Bay Industrial Holdings Limited", "Harbour Trust Bank (Hong Kong) Limited"],
      governingLaw: "Hong Kong",
      effectiveDate: "2025-09-02",
    },
  },
  {
    id: "v6-deed-of-amendment-nsw",
    format: "txt",
    source: `# DEED OF AMENDMENT
Distribution Agreement – Blue Mountains Botanicals
Date: 14 April 2026
Parties
Blue Mountains Botanicals Pty Ltd ACN 160 441 872 of 3 Station Street, Katoomba NSW 2780 (Supplier)
Illawarra Wellness Wholesale Pty Ltd ACN 611 209 335 of 50 Crown Street, Wollongong NSW 2500 (Distributor)
Background
A. The Supplier and the Distributor are parties to an agreement titled "Exclusive Distribution Agreement" dated 1 July 2023 (Distribution Agreement), under which the Distributor was appointed for an initial term of five years.
B. The parties have agreed to amend the Distribution Agreement to expand the territory and change the minimum purchase targets, on the terms of this deed.
Operative provisions
1. Amendment. With effect on and from 1 May 2026 (Amendment Date), the Distribution Agreement is amended as follows:
(a) the definition of "Territory" is replaced with: "the States of New South Wales and Queensland and the Australian Capital Territory"; and
(b) the table in Schedule 3 (Minimum Purchase Targets) is replaced with the table in the Annexure to this deed.
===
2. Confirmation. Except as amended by this deed, the Distribution Agreement continues in full force and effect. Its term is unchanged.
3. Costs. Each party bears its own costs of negotiating and executing this deed.
4. Governing law. This deed is governed by the laws of New South Wales.
Executed as a deed.
Executed by Blue Mountains Botanicals Pty Ltd ACN 160 441 872 in accordance with section 127 of the Corporations Act 2001 (Cth): Director: Kirsten Lowe; Director: Matthew Lowe
Executed by Illawarra Wellness Wholesale Pty Ltd ACN 611 209 335 in accordance with section 127 of the Corporations Act 2001 (Cth): Sole Director and Secretary: Dimitri Papadopoulos`,
    truth: {
      title: "Deed of Amendment",
      documentType: "Amendment",
      parties: ["Blue Mountains Botanicals Pty Ltd", "Illawarra Wellness Wholesale Pty Ltd"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-05-01",
      amends: "Exclusive Distribution Agreement",
    },
  },
  {
    id: "v6-amendment-employment-colorado",
    format: "pdf",
    source: `# AMENDMENT NO. 1 TO EXECUTIVE EMPLOYMENT AGREEMENT
This Amendment No. 1 (this "Amendment") to the Executive Employment Agreement dated as of January 3, 2024 (the "Employment Agreement"), between Front Range Solar Holdings, Inc., a Colorado corporation (the "Company"), and Gregory A. Salazar (the "Executive"), is made and entered into effective as of July 1, 2025.
WHEREAS, the Employment Agreement provides for an initial term of three (3) years, with automatic one-year renewals;
WHEREAS, the Company has promoted the Executive to the position of President and Chief Operating Officer and the Compensation Committee of the Board has approved the changes below;
NOW, THEREFORE, in consideration of the mutual promises herein, the parties agree:
1. Title and Duties. Section 1 of the Employment Agreement is amended to provide that the Executive shall serve as President and Chief Operating Officer.
2. Base Salary. Section 3(a) of the Employment Agreement is amended to increase the Executive's Base Salary to $390,000 per year.
3. Severance. Section 6(b) of the Employment Agreement is amended by replacing "nine (9) months" with "twelve (12) months".
===
4. No Other Changes. Except as set forth in this Amendment, the Employment Agreement remains in full force and effect in accordance with its terms.
5. Governing Law. This Amendment shall be governed by the laws of the State of Colorado.
IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first written above.
FRONT RANGE SOLAR HOLDINGS, INC.
By: Patricia Kwan, Chair of the Compensation Committee
EXECUTIVE
Gregory A. Salazar`,
    truth: {
      title: "Amendment No. 1 to Executive Employment Agreement",
      documentType: "Amendment",
      parties: ["Front Range Solar Holdings, Inc.", "Gregory A. Salazar"],
      governingLaw: "Colorado",
      effectiveDate: "2025-07-01",
      amends: "Executive Employment Agreement",
    },
  },
  {
    id: "v6-deed-of-release-guarantee",
    format: "txt",
    source: `THIS DEED OF RELEASE is dated 3 March 2026
# DEED OF RELEASE
PARTIES
(1) MIDLAND ASSET FINANCE LIMITED incorporated and registered in England and Wales with company number 03987124 whose registered office is at 100 Colmore Row, Birmingham B3 3AG (the "Lender")
(2) RICHARD JAMES TOLLEY of The Old Rectory, Church Lane, Lichfield WS13 6AB (the "Guarantor")
BACKGROUND
(A) The Guarantor gave a personal guarantee dated 9 September 2021 (the "Guarantee") of the obligations of Tolley Plant Hire Limited to the Lender under a hire purchase master agreement.
(B) Tolley Plant Hire Limited has paid all sums due to the Lender, and the Lender has agreed to release the Guarantor from the Guarantee.
AGREED TERMS
1. RELEASE. The Lender irrevocably and unconditionally releases and discharges the Guarantor from all his obligations and liabilities under the Guarantee, whether present or future, actual or contingent.
2. RETURN OF DOCUMENTS. The Lender shall, within 10 business days of the date of this deed, return the original Guarantee to the Guarantor marked "cancelled".
3. REINSTATEMENT. If any payment made by Tolley Plant Hire Limited is avoided or reduced on its insolvency within six months after the date of this deed, the release in clause 1 shall be of no effect to that extent.
4. THIRD PARTY RIGHTS. A person who is not a party to this deed shall have no rights under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms.
5. GOVERNING LAW. This deed and any dispute arising out of or in connection with it shall be governed by the law of England and Wales.
This document has been executed as a deed and is delivered and takes effect on the date stated at the beginning of it.
Executed as a deed by MIDLAND ASSET FINANCE LIMITED acting by Sandeep Gill, a director, in the presence of: Witness: Olivia Brandon
Signed as a deed by RICHARD JAMES TOLLEY in the presence of: Witness: Martin Sheldon`,
    truth: {
      title: "Deed of Release",
      documentType: "Deed",
      parties: ["Midland Asset Finance Limited", "Richard James Tolley"],
      governingLaw: "England and Wales",
      effectiveDate: "2026-03-03",
    },
  },
  {
    id: "v6-landlord-consent-letter-wales",
    format: "docx",
    source: `TAFF EMBANKMENT PROPERTIES LIMITED
Ty Glas Chambers, 5 Westgate Street, Cardiff CF10 1DD
Our ref: TEP/LIC/0412
Your ref: MJ/CAFE
Cafflyn Coffee Limited
Unit 2, Mermaid Quay
Cardiff Bay CF10 5BZ
23 January 2026
Dear Sirs
# Unit 2, Mermaid Quay – Consent to Display Signage
We write as your landlord under the lease of Unit 2, Mermaid Quay dated 6 October 2020. You have asked for our consent to install an illuminated fascia sign and a projecting sign on the front elevation of the unit, as shown in the drawings you sent us on 8 January 2026.
We are pleased to give our consent, on the following conditions:
1. you obtain any advertisement consent required from Cardiff Council before installation and send us a copy;
2. the signs are installed by a competent contractor, in a good and workmanlike manner, within six months of the date of this letter;
3. you keep the signs in good repair and remove them, making good any damage, at the end of the lease; and
4. you pay our reasonable legal costs of £350 plus VAT within 14 days.
This letter is a consent only. It does not waive any breach of the lease or vary any of its terms, and it is personal to Cafflyn Coffee Limited.
Please sign and return the enclosed copy of this letter to confirm your acceptance of these conditions.
Yours faithfully
Bethan Rowlands
Estates Manager, for and on behalf of Taff Embankment Properties Limited
We accept the above conditions.
Signed for and on behalf of Cafflyn Coffee Limited: Marco Jenkins, Director
Dated: 27 January 2026`,
    truth: {
      title: "Unit 2, Mermaid Quay – Consent to Display Signage",
      documentType: "Letter",
      parties: ["Taff Embankment Properties Limited", "Cafflyn Coffee Limited"],
      effectiveDate: "2026-01-23",
    },
  },
];
