import type { UnseenDocument } from "../unseen/types";

/** Tuning set v13 (helper C): technology and intellectual-property documents drafted in varied styles and jurisdictions. */
export const TECHNOLOGY_AND_IP_V13: UnseenDocument[] = [
  {
    id: "v13-c-software-licence-ontario-particulars",
    format: "pdf",
    pageFooters: true,
    source: `# SOFTWARE LICENCE AGREEMENT
# Key Terms
| Item | Details |
| Licensor | Maplestone Analytics Inc., a corporation incorporated under the laws of Ontario (Ontario Corporation No. 2874410), 220 King Street West, Suite 1400, Toronto, Ontario M5H 1K4 |
| Licensee | Harbourfront Logistics Ltd., 75 Queens Quay East, Toronto, Ontario M5E 1T4 |
| Effective Date | April 1, 2026 |
| Initial Term | Thirty-six (36) months commencing on the Effective Date |
| Renewal | Automatic renewal for successive periods of twelve (12) months (see Section 9.2) |
| Licensed Software | RouteWise Fleet Optimiser, version 7, and all Updates released during the Term |
| Annual Licence Fee | CAD 184,000, invoiced annually in advance and payable within forty-five (45) days of invoice |
The parties agree that the Key Terms above and the General Terms below form one agreement (the "Agreement").
===
# General Terms
1. Grant. Subject to payment of the Annual Licence Fee, the Licensor grants the Licensee a non-exclusive, non-transferable licence to install and use the Licensed Software at the Licensee's sites in Canada for its internal business purposes.
2. Restrictions. The Licensee shall not sublicense, rent, reverse engineer or decompile the Licensed Software except to the extent permitted by applicable law.
5. Warranty. The Licensor warrants that for a period of ninety (90) days after delivery of each release the Licensed Software will perform substantially in accordance with its Documentation.
9.1 Term. This Agreement begins on the Effective Date and continues for the Initial Term stated in the Key Terms.
9.2 Renewal. At the end of the Initial Term and each Renewal Term, this Agreement shall automatically renew for a further period of twelve (12) months (each a "Renewal Term") unless either party gives the other written notice of non-renewal at least ninety (90) days before the end of the then-current term.
9.3 Termination for cause. Either party may terminate this Agreement on thirty (30) days' written notice if the other party commits a material breach and fails to cure it within that thirty (30) day period.
9.4 Survival. Sections 6 (Confidentiality) and 8 (Limitation of Liability) survive termination for three (3) years.
12. Governing Law. This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable in that Province, and the parties attorn to the exclusive jurisdiction of the courts of Ontario sitting in Toronto.
===
IN WITNESS WHEREOF the parties have executed this Agreement by their duly authorized officers.
MAPLESTONE ANALYTICS INC.
Per: Daniel R. Okafor, Chief Executive Officer — I have authority to bind the corporation.
HARBOURFRONT LOGISTICS LTD.
Per: Geneviève Tremblay, Vice-President, Operations — I have authority to bind the corporation.`,
    truth: {
      title: "Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Maplestone Analytics Inc.", "Harbourfront Logistics Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
      renewal: "12 months",
    },
  },
  {
    id: "v13-c-managed-hosting-singapore-defined-term",
    format: "docx",
    storedPageCount: 3,
    source: `# MANAGED HOSTING SERVICES AGREEMENT
THIS AGREEMENT is dated 14 January 2026
BETWEEN:
(1) KALLANG CLOUD PTE. LTD. (UEN 201734567K), a company incorporated in Singapore whose registered office is at 8 Kallang Avenue, #09-01, Singapore 339509 (the "Provider"); and
(2) TEMBUSU RETAIL HOLDINGS PTE. LTD. (UEN 200912345D), a company incorporated in Singapore whose registered office is at 1 Harbourfront Walk, #15-02, Singapore 098585 (the "Customer").
BACKGROUND
(A) The Provider operates Tier III data centres in Singapore and provides managed hosting, monitoring and back-up services.
(B) The Customer wishes to move its e-commerce platform to the Provider's infrastructure and the Provider has agreed to host and operate it on the terms below.
===
# 1. Definitions and interpretation
1.1 In this Agreement:
"Commencement Date" means 1 March 2026;
"Services" means the managed hosting, 24x7 monitoring, patching and daily back-up services described in Schedule 1;
"Service Credits" means the credits calculated under Schedule 2 where the monthly availability falls below 99.95%;
"Term" means the period from and including the Commencement Date up to and including 29 February 2028.
# 2. Services and duration
2.1 The Provider shall provide the Services to the Customer during the Term.
2.2 The Customer may, by giving not less than six (6) months' written notice before the end of the Term, extend this Agreement once for a further twelve (12) months on the same terms. Unless so extended, this Agreement expires at the end of the Term.
# 3. Charges
3.1 The Customer shall pay the monthly charges in Schedule 3 within thirty (30) days of the date of each invoice. Charges are fixed for the first eighteen (18) months of the Term.
# 4. Exit
4.1 For ninety (90) days after expiry or termination the Provider shall provide reasonable exit assistance and shall retain the Customer Data for that period before secure deletion.
===
# 5. Governing law and jurisdiction
5.1 This Agreement is governed by and shall be construed in accordance with the laws of Singapore.
5.2 Any dispute shall be referred to arbitration administered by the Singapore International Arbitration Centre.
This Agreement has been entered into on the date stated at the beginning of it.
Signed by Lim Wei Jie, Director, for and on behalf of KALLANG CLOUD PTE. LTD.
Signed by Priya Nair, Chief Financial Officer, for and on behalf of TEMBUSU RETAIL HOLDINGS PTE. LTD.`,
    truth: {
      title: "Managed Hosting Services Agreement",
      documentType: "Services agreement",
      parties: ["Kallang Cloud Pte. Ltd.", "Tembusu Retail Holdings Pte. Ltd."],
      governingLaw: "Singapore",
      effectiveDate: "2026-03-01",
      expiryDate: "2028-02-29",
      term: "24 months",
    },
  },
  {
    id: "v13-c-mutual-nda-california-delaware-corp",
    format: "txt",
    source: `# MUTUAL NONDISCLOSURE AGREEMENT
This Mutual Nondisclosure Agreement (this "Agreement") is made and entered into as of March 3, 2026 (the "Effective Date") by and between Redwood Quill Labs, Inc., a Delaware corporation with its principal place of business at 500 Howard Street, Suite 300, San Francisco, California 94105 ("Redwood"), and Sierra Vantage Partners LLC, a Nevada limited liability company with offices at 3960 Howard Hughes Parkway, Las Vegas, Nevada 89169 ("Sierra").
1. Purpose. The parties wish to explore a possible co-development of machine-learning tools for document review (the "Purpose") and, in connection with the Purpose, each party may disclose Confidential Information to the other.
2. Confidential Information. "Confidential Information" means any non-public business, technical or financial information disclosed by one party to the other, whether orally, visually or in writing, that is designated as confidential or that a reasonable person would understand to be confidential.
3. Obligations. The receiving party shall use the disclosing party's Confidential Information solely for the Purpose and shall protect it with at least the degree of care it uses for its own information of like importance, and no less than reasonable care.
4. Term. This Agreement shall remain in effect for a period of two (2) years from the Effective Date, unless earlier terminated by either party on thirty (30) days' prior written notice.
5. Survival. Notwithstanding expiration or termination, the receiving party's obligations with respect to Confidential Information disclosed during the term shall survive for five (5) years after the date of disclosure, and for trade secrets for so long as they remain trade secrets.
6. Non-Solicitation. During the term and for twelve (12) months thereafter, neither party shall solicit for employment any employee of the other party with whom it had contact in connection with the Purpose.
7. Return of Materials. Within ten (10) business days after a written request, the receiving party shall return or destroy all Confidential Information of the disclosing party.
8. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflict of laws principles. Each party submits to the exclusive jurisdiction of the state and federal courts located in San Francisco County, California.
9. Entire Agreement. This Agreement is the entire agreement of the parties regarding its subject matter and may be amended only in a writing signed by both parties.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
REDWOOD QUILL LABS, INC.
By: Marisol T. Vega
Title: General Counsel
SIERRA VANTAGE PARTNERS LLC
By: Jonathan A. Whitfield
Title: Managing Member`,
    truth: {
      title: "Mutual Nondisclosure Agreement",
      documentType: "NDA",
      parties: ["Redwood Quill Labs, Inc.", "Sierra Vantage Partners LLC"],
      governingLaw: "California",
      effectiveDate: "2026-03-03",
      expiryDate: "2028-03-03",
      term: "2 years",
    },
  },
  {
    id: "v13-c-ip-assignment-deed-ireland-individual",
    format: "pdf",
    source: `# DEED OF ASSIGNMENT OF INTELLECTUAL PROPERTY
THIS DEED is made on the 9th day of February 2026
BETWEEN:
(1) AOIFE MARIE O'SULLIVAN of 14 Ardilaun Road, Highfield, Cork T12 X8Y2, Ireland (the "Assignor"); and
(2) BRIGHTWATER GAMES LIMITED, a private company limited by shares incorporated in Ireland with company number 612345, whose registered office is at Unit 4, The Digital Hub, Thomas Street, Dublin 8, D08 TCV4 (the "Assignee").
WHEREAS:
(A) Between June 2023 and December 2025 the Assignor, acting as an independent contractor and not as an employee, created the game engine known as "Tidewalker", together with its source code, artwork and sound design (the "Works").
(B) The Assignor has agreed to assign to the Assignee all of her rights in the Works on the terms of this Deed.
NOW THIS DEED WITNESSES as follows:
1. In consideration of the sum of EUR 95,000 (receipt of which the Assignor acknowledges), the Assignor, with full title guarantee, assigns to the Assignee absolutely all copyright, design rights, trade marks, goodwill and other intellectual property rights in the Works throughout the world, for the full period of those rights and all renewals and extensions of them.
2. The Assignor irrevocably waives, to the extent permitted by law, all moral rights in the Works under the Copyright and Related Rights Act 2000.
3. The Assignor warrants that she is the sole author of the Works and that the Works do not infringe the rights of any third party. Any claim under this clause must be notified to the Assignor within two (2) years after the date of this Deed.
4. For a period of six (6) years after the date of this Deed the Assignor shall, at the Assignee's expense, execute such documents as the Assignee reasonably requires to perfect or register its title to the Works.
5. For twelve (12) months after the date of this Deed the Assignor shall not develop or publish any game engine that is substantially similar to the Works.
6. This Deed and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction.
IN WITNESS whereof this instrument has been executed and delivered as a deed on the date first written above.
SIGNED, SEALED AND DELIVERED by AOIFE MARIE O'SULLIVAN in the presence of:
Witness: Ciarán Mac Giolla Phádraig, Solicitor, 22 South Mall, Cork
PRESENT when the common seal of BRIGHTWATER GAMES LIMITED was affixed hereto:
Director: Róisín Kavanagh
Director/Secretary: Mark J. Dunleavy`,
    truth: {
      title: "Deed of Assignment of Intellectual Property",
      documentType: "Deed",
      parties: ["Aoife Marie O'Sullivan", "Brightwater Games Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-02-09",
    },
  },
  {
    id: "v13-c-second-amendment-dev-agreement-nsw",
    format: "docx",
    source: `# SECOND AMENDMENT TO SOFTWARE DEVELOPMENT AGREEMENT
Date: 22 April 2026
Parties
Coolabah Digital Pty Ltd ACN 615 204 889 of Level 11, 60 Margaret Street, Sydney NSW 2000 (Developer)
Southern Cross Freight Pty Limited ACN 093 441 276 of 12 Botany Road, Mascot NSW 2020 (Client)
Background
A. The Developer and the Client are parties to a Software Development Agreement dated 1 July 2024, as amended by a First Amendment dated 9 September 2025 (together, the Agreement).
B. Under clause 3.1 of the Agreement, the Agreement has an initial term of three (3) years commencing on 1 July 2024, and the Client may extend it by a further two (2) years by notice.
C. The parties wish to add a driver mobile application to the scope of work and to revise the rate card, and agree to amend the Agreement as set out in this document.
===
Operative provisions
1. Effect. This Amendment takes effect on 1 May 2026 (Amendment Effective Date).
2. Scope. Schedule 1 (Statement of Work) of the Agreement is amended by inserting the new Part D (Driver Mobile Application) set out in the Annexure to this Amendment.
3. Rates. With effect from the Amendment Effective Date, the rate card in Schedule 2 of the Agreement is deleted and replaced with the rate card in the Annexure. The new rates are fixed for twelve (12) months after the Amendment Effective Date.
4. Defects. The defects liability period for Part D is ninety (90) days after acceptance of each release.
5. Term not affected. Nothing in this Amendment changes the term of the Agreement or the Client's right to extend it.
6. Confirmation. Except as amended by this Amendment, the Agreement continues in full force and effect.
7. Governing law. This Amendment is governed by the law in force in New South Wales, and each party submits to the non-exclusive jurisdiction of the courts of that State.
===
Executed as an agreement.
Executed by Coolabah Digital Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth) by:
Director: Thomas J. Brennan    Director/Company Secretary: Mei-Ling Park
Executed by Southern Cross Freight Pty Limited in accordance with section 127 of the Corporations Act 2001 (Cth) by:
Director: Alannah Reid    Director: Kostas Papadopoulos`,
    truth: {
      title: "Second Amendment to Software Development Agreement",
      documentType: "Amendment",
      parties: ["Coolabah Digital Pty Ltd", "Southern Cross Freight Pty Limited"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-05-01",
      amends: "Software Development Agreement",
    },
  },
  {
    id: "v13-c-patent-licence-india-cover-page",
    format: "pdf",
    source: `# PATENT LICENCE AGREEMENT
relating to drought-tolerant seed coating technology
DECCAN BIOSCIENCES PRIVATE LIMITED
(as Licensor)
and
NILGIRI AGRITECH LLP
(as Licensee)
Dated 27 November 2025
===
# 1. Parties
1.1 Deccan Biosciences Private Limited, a company incorporated under the Companies Act, 2013 (CIN U24110TG2012PTC081234), having its registered office at Plot 18, Genome Valley, Shamirpet, Hyderabad 500078, Telangana (the "Licensor").
1.2 Nilgiri Agritech LLP, a limited liability partnership registered under the Limited Liability Partnership Act, 2008 (LLPIN AAK-4521), having its registered office at 41 Avinashi Road, Coimbatore 641018, Tamil Nadu (the "Licensee").
# 2. Definitions
"Effective Date" means the date of this Agreement as stated on its cover page.
"First Commercial Sale" means the first sale of a Licensed Product to an unaffiliated customer in the Territory after all regulatory approvals have been obtained.
"Licensed Patents" means Indian Patent Nos. 398112 and 402567 and any patents granted on applications claiming priority from them.
"Territory" means the Republic of India, Nepal and Bangladesh.
# 3. Grant and Duration
3.1 The Licensor grants the Licensee an exclusive licence under the Licensed Patents to make, use and sell Licensed Products in the Territory.
3.2 The licence granted under clause 3.1 shall subsist for a period of seven (7) years from the First Commercial Sale, unless terminated earlier under clause 9.
# 4. Royalties
4.1 The Licensee shall pay a royalty of 4.5% of Net Sales, calculated quarterly and payable within forty-five (45) days after the end of each calendar quarter.
4.2 The Licensee shall keep complete books of account and shall allow the Licensor to audit them for three (3) years after the end of the financial year to which they relate.
# 9. Termination
9.1 Either party may terminate this Agreement by sixty (60) days' written notice if the other commits a material breach which remains unremedied at the end of that period.
# 11. Governing Law and Arbitration
11.1 This Agreement shall be governed by and construed in accordance with the laws of India. Disputes shall be finally resolved by arbitration seated in Hyderabad under the Arbitration and Conciliation Act, 1996.
IN WITNESS WHEREOF the parties have signed this Agreement through their authorised representatives on the date mentioned on the cover page.
For Deccan Biosciences Private Limited: Dr. Lakshmi V. Raghavan, Managing Director
For Nilgiri Agritech LLP: Arjun K. Menon, Designated Partner`,
    truth: {
      title: "Patent Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Deccan Biosciences Private Limited", "Nilgiri Agritech LLP"],
      governingLaw: "India",
      effectiveDate: "2025-11-27",
      term: "7 years",
    },
  },
  {
    id: "v13-c-consent-sublicensing-letter-nz",
    format: "txt",
    source: `KŌWHAI MEDIA LIMITED
Level 3, 104 Customhouse Quay, Wellington 6011, New Zealand | NZBN 9429041234567
18 March 2026
Ms Hannah R. Whitcombe
General Counsel
Tui Streaming Limited
22 Viaduct Harbour Avenue
Auckland 1010
Our ref: KM/LEG/2026/044
Your ref: Letter dated 2 March 2026
# Consent to Sub-licensing
Content Licence Agreement dated 2 March 2023 between Kōwhai Media Limited and Tui Streaming Limited (the "Agreement")
Dear Hannah
We refer to your letter of 2 March 2026 asking for our consent under clause 11.2 of the Agreement to the grant of a sub-licence of the "Southern Lights" documentary series to Pacific Screen Pty Ltd for distribution in Australia.
As you know, the Agreement has a five-year term expiring on 1 March 2028, and clause 11.2 prohibits any sub-licence without our prior written consent.
We are pleased to give our consent, subject to the following conditions:
1. the sub-licence must not exceed eighteen (18) months and must in any event end no later than the expiry of the Agreement;
2. you remain fully responsible to us for all acts and omissions of the sub-licensee as if they were your own;
3. you provide us with a copy of the executed sub-licence within fourteen (14) days after it is signed; and
4. royalties on sub-licence income are payable to us at the rate in Schedule 2 of the Agreement, within thirty (30) days after the end of each quarter.
This consent applies only to the sub-licence described above, and does not waive or vary any other provision of the Agreement.
This letter is governed by the laws of New Zealand.
Please confirm your agreement to the conditions by signing and returning the enclosed copy of this letter.
Yours sincerely
Rāwiri T. Ngata
Head of Rights and Licensing
for and on behalf of Kōwhai Media Limited
We agree to the conditions set out above.
Signed for and on behalf of Tui Streaming Limited by Hannah R. Whitcombe, General Counsel
Date: 24 March 2026`,
    truth: {
      title: "Consent to Sub-licensing",
      documentType: "Letter",
      parties: ["Kōwhai Media Limited", "Tui Streaming Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-03-18",
    },
  },
  {
    id: "v13-c-it-support-minute-scotland-trustee",
    format: "pdf",
    pageFooters: true,
    source: `# MINUTE OF AGREEMENT
between
CLYDE BYTE SOLUTIONS LIMITED, a company incorporated under the Companies Acts (registered number SC654321) and having its registered office at 45 West George Street, Glasgow G2 1BP (the "Contractor")
and
ARDGOUR TRUSTEES LIMITED, a company incorporated under the Companies Acts (registered number SC401122) and having its registered office at 3 Albyn Place, Edinburgh EH2 4NG, as sole trustee of the Ardnamurchan Heritage Trust (the "Client")
# for the provision of IT support services
WHEREAS the Client operates a visitor centre and archive at Kilchoan and wishes to engage the Contractor to support its computer systems: NOW THEREFORE the parties have agreed and do hereby agree as follows:
1. Services. The Contractor shall provide the helpdesk, on-site support, network maintenance and cyber security services described in the Schedule (the "Services").
2. Duration. This Agreement shall commence on 1 June 2026 (the "Commencement Date") and shall continue until terminated by either party giving to the other not less than three (3) months' written notice. No such notice may be given so as to expire before 31 May 2027.
3. Response times. The Contractor shall respond to priority one incidents within four (4) hours and to all other incidents within two (2) Business Days.
===
4. Charges. The Client shall pay a monthly retainer of £2,350 plus VAT, invoiced monthly in arrears and payable within twenty-one (21) days of the date of invoice.
5. Equipment warranty. Hardware supplied by the Contractor carries the manufacturer's warranty of thirty-six (36) months from installation, which the Contractor shall administer on the Client's behalf.
6. Trustee liability. Ardgour Trustees Limited enters into this Agreement solely in its capacity as trustee of the Ardnamurchan Heritage Trust, and its liability is limited to the assets of that trust from time to time.
7. Data. The Contractor shall process personal data only on the Client's documented instructions and shall delete it within sixty (60) days after termination.
8. Law. This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the non-exclusive jurisdiction of the Scottish courts.
IN WITNESS WHEREOF these presents typewritten on this and the preceding page are executed as follows:
Subscribed for and on behalf of CLYDE BYTE SOLUTIONS LIMITED at Glasgow on 20 May 2026 by Iain D. Fraser, Director, before this witness: Morag Kerr, 12 Hyndland Road, Glasgow
Subscribed for and on behalf of ARDGOUR TRUSTEES LIMITED as trustee foresaid at Edinburgh on 22 May 2026 by Alasdair James Cameron, Director, before this witness: Eilidh Stewart, 9 Dundas Street, Edinburgh`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Services agreement",
      parties: ["Clyde Byte Solutions Limited", "Ardgour Trustees Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      term: "Until terminated",
    },
  },
];
