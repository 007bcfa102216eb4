import type { UnseenDocument } from "../unseen/types";

/** Tuning set v10: commercial documents (services, licence, supply, distribution, NDA, employment, consultancy, variation). */
export const COMMERCIAL_V10: UnseenDocument[] = [
  {
    id: "v10-commercial-msa-new-york-auto-renewal",
    format: "pdf",
    pageFooters: true,
    source: `# MASTER SERVICES AGREEMENT
This Master Services Agreement (the "Agreement") is made and entered into as of the 3rd day of March, 2026 (the "Effective Date") by and between Quillstone Analytics, LLC, a New York limited liability company with offices at 250 Hudson Street, New York, NY 10013 ("Provider"), and Brightline Health Partners, Inc., a Pennsylvania corporation with offices at 1600 Market Street, Philadelphia, PA 19103 ("Client").
# 1. SERVICES
1.1 Provider shall perform the data analytics services described in each Statement of Work executed by the parties (each, an "SOW").
1.2 Each SOW shall be governed by this Agreement and shall remain in effect for the period stated in it.
# 2. FEES AND PAYMENT
2.1 Client shall pay each undisputed invoice within forty-five (45) days of receipt.
2.2 Late payments shall bear interest at one percent (1%) per month.
# 3. TERM AND TERMINATION
3.1 This Agreement shall commence on the Effective Date and continue for an initial term of thirty-six (36) months (the "Initial Term").
3.2 Thereafter, this Agreement shall automatically renew for successive one (1) year periods (each, a "Renewal Term") unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.
3.3 Either party may terminate this Agreement for material breach that remains uncured thirty (30) days after written notice.
===
# 4. CONFIDENTIALITY
4.1 Each party shall hold the other's Confidential Information in confidence during the term and for five (5) years thereafter.
# 5. WARRANTY
5.1 Provider warrants that the Services will be performed in a professional manner; Client must notify any breach of this warranty within sixty (60) days after performance.
# 6. GOVERNING LAW
6.1 This Agreement shall be governed by the laws of the State of New York, without giving effect to its conflict of laws rules.
IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
QUILLSTONE ANALYTICS, LLC By: Naomi Ferrante, Managing Director
BRIGHTLINE HEALTH PARTNERS, INC. By: Samuel Okafor, Chief Operating Officer`,
    truth: {
      title: "Master Services Agreement",
      documentType: "Services agreement",
      parties: ["Quillstone Analytics, LLC", "Brightline Health Partners, Inc."],
      governingLaw: "New York",
      effectiveDate: "2026-03-03",
      expiryDate: "2029-03-02",
      term: "36 months",
      renewal: "1 year",
    },
  },
  {
    id: "v10-commercial-software-licence-nz-particulars",
    format: "docx",
    storedPageCount: 2,
    source: `# SOFTWARE LICENCE AGREEMENT
# PART A - PARTICULARS
| Licensor | Kōwhai Systems Limited (NZBN 9429047712345), Level 6, 44 Victoria Street, Wellington 6011 |
| Licensee | Tasman Freight Cooperative Limited, 120 Hutt Road, Petone, Lower Hutt 5012 |
| Software | FleetWise route optimisation platform, version 5 |
| Commencement Date | 1 May 2026 |
| Licence Term | from 1 May 2026 to 30 April 2028 |
| Licence Fee | NZD 96,000 per annum, payable annually in advance |
| Support Response | Priority 1 incidents within 4 hours |
# PART B - TERMS
1. Grant. The Licensor grants the Licensee a non-exclusive, non-transferable licence to use the Software for its internal business purposes during the Licence Term.
2. Option to renew. The Licensee may, by giving not less than three months' written notice before the end of the Licence Term, renew this licence for one further period of 12 months on the Licensor's then current fees.
3. Payment. Invoices are payable on the 20th of the month following the date of invoice.
===
4. Warranty. The Licensor warrants that the Software will perform materially in accordance with its documentation for 90 days after delivery.
5. Termination. Either party may terminate this Agreement immediately by written notice if the other commits a material breach which is not remedied within 20 working days.
6. Effect of termination. Clauses 7 (Confidentiality) and 8 (Liability) survive termination for three years.
7. Confidentiality. Each party shall keep confidential all information of the other party that is marked as confidential or would reasonably be regarded as confidential.
8. Liability. The Licensor's aggregate liability is limited to the Licence Fee paid in the 12 months preceding the claim.
9. Governing law. This Agreement is governed by the laws of New Zealand, and the parties submit to the non-exclusive jurisdiction of the New Zealand courts.
Signed for Kōwhai Systems Limited by Hemi Walker, Director
Signed for Tasman Freight Cooperative Limited by Sarah Lindqvist, Chief Executive`,
    truth: {
      title: "Software Licence Agreement",
      documentType: "Licence agreement",
      parties: ["Kōwhai Systems Limited", "Tasman Freight Cooperative Limited"],
      governingLaw: "New Zealand",
      effectiveDate: "2026-05-01",
      expiryDate: "2028-04-30",
      term: "24 months",
    },
  },
  {
    id: "v10-commercial-scottish-minute-of-agreement-supply",
    format: "txt",
    source: `# MINUTE OF AGREEMENT
between
CALEDONIAN OAT MILLS LIMITED, incorporated under the Companies Acts (Registered Number SC412876) and having its Registered Office at 14 Mill Wynd, Perth PH1 5QT (the "Supplier");
and
GLENMORE FOODS LIMITED, incorporated under the Companies Acts (Registered Number SC198301) and having its Registered Office at 5 Blythswood Square, Glasgow G2 4AD (the "Purchaser")
WHEREAS the Purchaser wishes to purchase milled oats and oat flour from the Supplier; NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
# 1. SUPPLY
1.1 The Supplier shall supply the Products set out in the Schedule in the quantities ordered by the Purchaser from time to time.
1.2 The Purchaser shall order not less than 400 tonnes of Products in each Contract Year.
# 2. DURATION
2.1 This Agreement shall have effect from 1 August 2026 (the "Commencement Date") for a period of two years.
2.2 Thereafter this Agreement shall continue automatically from year to year unless and until either party gives to the other not less than six months' written notice of termination expiring on the end of the initial period or of any subsequent year.
# 3. PRICE AND PAYMENT
3.1 Prices shall be reviewed on each anniversary of the Commencement Date; invoices are payable within thirty days of the end of the month of delivery.
# 4. QUALITY
4.1 The Purchaser shall notify any defect within fourteen days of delivery and the Supplier shall replace defective Products within seven days.
# 5. LAW
5.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland and the parties prorogate the exclusive jurisdiction of the Scottish Courts.
IN WITNESS WHEREOF these presents consisting of this and the preceding page together with the Schedule annexed are executed as follows:
Subscribed for and on behalf of Caledonian Oat Mills Limited at Perth on 20 July 2026 by Fiona Drummond, Director, before this witness Alasdair Kerr
Subscribed for and on behalf of Glenmore Foods Limited at Glasgow on 22 July 2026 by Euan MacLeod, Director, before this witness Morag Baird`,
    truth: {
      title: "Minute of Agreement",
      documentType: "Supply agreement",
      parties: ["Caledonian Oat Mills Limited", "Glenmore Foods Limited"],
      governingLaw: "Scotland",
      effectiveDate: "2026-08-01",
      expiryDate: "2028-08-01",
      term: "2 years",
      renewal: "1 year",
    },
  },
  {
    id: "v10-commercial-sales-agency-difc-open-ended",
    format: "pdf",
    source: `# SALES AGENCY AGREEMENT
THIS AGREEMENT is dated 7 October 2026
BETWEEN
(1) NORDVIK MARINE COATINGS AS, a company incorporated in Norway with organisation number 918 442 771, whose registered office is at Strandkaien 12, 5013 Bergen, Norway (the "Principal"); and
(2) GULF ARC TRADING FZ-LLC, a company registered in Dubai with licence number 94417, whose office is at Office 2204, Index Tower, Dubai International Financial Centre, Dubai, United Arab Emirates (the "Agent").
# 1. APPOINTMENT
1.1 The Principal appoints the Agent as its exclusive agent to solicit orders for the Products from shipyards and ship operators in the Territory (the United Arab Emirates, Oman and Bahrain).
1.2 The Agent shall have no authority to conclude contracts on behalf of the Principal.
# 2. COMMISSION
2.1 The Principal shall pay the Agent a commission of 6% of the net invoice value of each order accepted from a customer in the Territory, within 30 days after the end of the quarter in which the Principal receives payment.
# 3. DURATION
3.1 This Agreement shall come into force on the date of this Agreement and shall continue in force indefinitely, unless and until terminated by either party giving the other not less than six months' written notice.
3.2 The Principal may terminate this Agreement immediately if the Agent fails to achieve the Minimum Target in any two consecutive Contract Years.
# 4. POST-TERMINATION
4.1 For twelve months after termination the Agent shall not promote any product competing with the Products in the Territory.
4.2 The Agent shall return all samples and price lists within 14 days after termination.
# 5. GOVERNING LAW AND JURISDICTION
5.1 This Agreement is governed by the laws of the Dubai International Financial Centre, and the DIFC Courts shall have exclusive jurisdiction.
Signed by Ingrid Solberg, Chief Executive Officer, for NORDVIK MARINE COATINGS AS
Signed by Khalid Al Mansoori, Managing Director, for GULF ARC TRADING FZ-LLC`,
    truth: {
      title: "Sales Agency Agreement",
      documentType: "Distribution agreement",
      parties: ["Nordvik Marine Coatings AS", "Gulf Arc Trading FZ-LLC"],
      governingLaw: "Dubai International Financial Centre",
      effectiveDate: "2026-10-07",
      term: "Until terminated",
    },
  },
  {
    id: "v10-commercial-mutual-nda-india-defined-term",
    format: "docx",
    source: `# MUTUAL NON-DISCLOSURE AGREEMENT
This Mutual Non-Disclosure Agreement is entered into between:
SARANG BIOSCIENCES PRIVATE LIMITED, a company incorporated under the Companies Act, 2013 (CIN U24230KA2017PTC104512), having its registered office at 42, 2nd Cross, Indiranagar, Bengaluru 560038, Karnataka; and
VERIDIAN PHARMA SOLUTIONS LLP, a limited liability partnership registered under the Limited Liability Partnership Act, 2008 (LLPIN AAK-3391), having its principal office at 7th Floor, Lodha Excelus, Mahalaxmi, Mumbai 400011, Maharashtra.
(each a "Party" and together the "Parties")
# 1. DEFINITIONS
"Effective Date" means 15 January 2026.
"Purpose" means evaluating a possible collaboration for the contract manufacture of biosimilar products.
"Term" means the period of three (3) years from the Effective Date.
# 2. OBLIGATIONS
2.1 Each Party shall use the other Party's Confidential Information solely for the Purpose and shall not disclose it to any third party other than its Representatives who need to know it.
2.2 Each Party shall notify the other within forty-eight (48) hours of becoming aware of any unauthorised disclosure.
# 3. DURATION
3.1 This Agreement shall remain in force for the Term.
3.2 The obligations in clause 2 shall continue for a period of five (5) years after the expiry or termination of this Agreement, and indefinitely in respect of trade secrets.
# 4. RETURN OF INFORMATION
4.1 Within thirty (30) days of a written request, each Party shall return or destroy all Confidential Information of the other Party.
# 5. NON-SOLICITATION
5.1 Neither Party shall solicit any employee of the other Party during the Term and for twelve (12) months thereafter.
# 6. GOVERNING LAW
6.1 This Agreement shall be governed by the laws of India, and the courts at Bengaluru shall have exclusive jurisdiction.
For Sarang Biosciences Private Limited: Dr. Anjali Rao, Managing Director, Date: 12 January 2026
For Veridian Pharma Solutions LLP: Kunal Bhatia, Designated Partner, Date: 14 January 2026`,
    truth: {
      title: "Mutual Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Sarang Biosciences Private Limited", "Veridian Pharma Solutions LLP"],
      governingLaw: "India",
      effectiveDate: "2026-01-15",
      expiryDate: "2029-01-15",
      term: "3 years",
    },
  },
  {
    id: "v10-commercial-offer-letter-british-columbia",
    format: "pdf",
    pageFooters: true,
    source: `CASCADIA GEOSPATIAL CORP.
1100 Melville Street, Suite 900, Vancouver, British Columbia V6E 4A6
5 May 2026
PRIVATE AND CONFIDENTIAL
Ms. Priya Raman
2231 West 4th Avenue
Vancouver, British Columbia V6K 1N9
# Offer of Employment
Dear Priya,
Further to our letter of 14 April 2026 and your interviews with our team, we are delighted to offer you the position of Senior GIS Engineer with Cascadia Geospatial Corp. (the "Company") on the terms set out in this letter.
1. Start date. Your employment will begin on 1 June 2026 (the "Commencement Date").
2. Duration. Your employment is permanent and will continue until terminated by you or the Company in accordance with this letter.
3. Probation. The first six (6) months of your employment will be a probationary period.
4. Salary. Your base salary will be CAD $128,000 per year, paid semi-monthly, and you will be eligible for the annual bonus plan.
5. Vacation. You will be entitled to fifteen (15) days of paid vacation per calendar year.
6. Termination. After probation, either party may end your employment on four (4) weeks' written notice, or such longer notice as the Employment Standards Act requires.
7. Restrictive covenants. For twelve (12) months after your employment ends you will not solicit any customer of the Company with whom you dealt.
8. Governing law. This letter is governed by the laws of the Province of British Columbia and the federal laws of Canada applicable therein.
Please confirm your acceptance by signing and returning a copy of this letter by 19 May 2026.
Yours sincerely,
Daniel Okonkwo
Vice President, People
===
ACCEPTANCE
I accept the offer of employment on the terms set out above.
Signed: Priya Raman
Date: 12 May 2026`,
    truth: {
      title: "Offer of Employment",
      documentType: "Employment agreement",
      parties: ["Cascadia Geospatial Corp.", "Priya Raman"],
      governingLaw: "British Columbia",
      effectiveDate: "2026-06-01",
      term: "Until terminated",
    },
  },
  {
    id: "v10-commercial-consultancy-isle-of-man-signature-block-only",
    format: "txt",
    source: `# CONSULTANCY AGREEMENT
This agreement is made between the parties whose details appear in the execution block at the end of this agreement (the "Company" and the "Consultant").
# 1. ENGAGEMENT
1.1 The Company engages the Consultant to provide regulatory compliance advice in connection with the Company's application for an e-gaming licence from the Gambling Supervision Commission (the "Services").
1.2 The Consultant shall devote not less than eight days in each calendar month to the Services.
# 2. PERIOD OF ENGAGEMENT
2.1 The engagement shall commence on 1 February 2026 (the "Commencement Date") and shall continue for the period ending on 31 December 2026, when it shall expire automatically without the need for notice.
2.2 Either party may end the engagement earlier by giving one month's written notice.
# 3. FEES
3.1 The Company shall pay the Consultant a fee of £850 per day, invoiced monthly in arrears and payable within 21 days of receipt of invoice.
# 4. CONFIDENTIALITY AND RESTRICTIONS
4.1 The Consultant's confidentiality obligations shall survive for two years after the engagement ends.
4.2 For six months after the engagement ends, the Consultant shall not provide similar services to any competitor of the Company in the Isle of Man.
# 5. STATUS
5.1 The Consultant is an independent contractor and nothing in this agreement creates an employment relationship.
# 6. GOVERNING LAW
6.1 This agreement is governed by the laws of the Isle of Man and the parties submit to the exclusive jurisdiction of the Manx courts.
# EXECUTION
| The Company | Ramsey Bay Interactive Limited, company number 021455C, registered office: 2 Athol Street, Douglas, Isle of Man IM1 1JA |
| Signed by | Thomas Kinvig, Director |
| The Consultant | Helen Margaret Corlett, of Ballaugh Cottage, Main Road, Ballaugh, Isle of Man IM7 5EA |
| Signed by | Helen Margaret Corlett |
| Date | 26 January 2026 |`,
    truth: {
      title: "Consultancy Agreement",
      documentType: "Services agreement",
      parties: ["Ramsey Bay Interactive Limited", "Helen Margaret Corlett"],
      governingLaw: "Isle of Man",
      effectiveDate: "2026-02-01",
      expiryDate: "2026-12-31",
      term: "11 months",
    },
  },
  {
    id: "v10-commercial-deed-of-variation-northern-ireland-services",
    format: "docx",
    storedPageCount: 2,
    source: `# DEED OF VARIATION
THIS DEED is made on the 2nd day of September 2026
BETWEEN:
(1) LAGANSIDE FACILITIES MANAGEMENT LIMITED, a company incorporated in Northern Ireland with company number NI612387, whose registered office is at 30 Oxford Street, Belfast BT1 3LA (the "Contractor"); and
(2) MOURNE VIEW HOUSING ASSOCIATION, a registered housing association whose principal office is at 12 Newry Road, Banbridge BT32 3HF (the "Customer").
# RECITALS
(A) The parties entered into a services agreement dated 1 October 2023 for the provision of planned and reactive maintenance services (the "Services Agreement") for an initial term of five years expiring on 30 September 2028.
(B) The Services Agreement is governed by the law of England and Wales.
(C) The parties wish to vary the Services Agreement as set out in this Deed.
# 1. VARIATION
1.1 With effect from 1 October 2026 (the "Variation Effective Date"), the Services Agreement shall be varied as follows:
(a) the Charges in Schedule 4 are replaced by the Charges in the Annex to this Deed;
(b) the emergency response time in Schedule 2 is reduced from four hours to two hours; and
(c) clause 18.2 (termination for convenience) is amended so that the notice period is six months instead of three months.
===
# 2. CONTINUATION
2.1 Save as varied by this Deed, the Services Agreement shall continue in full force and effect, and its term is not affected.
# 3. GOVERNING LAW
3.1 This Deed and any non-contractual obligations arising out of it shall be governed by the law of Northern Ireland, and the courts of Northern Ireland shall have exclusive jurisdiction.
IN WITNESS whereof this Deed has been executed and delivered on the date first written above.
Executed as a deed by LAGANSIDE FACILITIES MANAGEMENT LIMITED acting by Ciaran Doherty, Director, in the presence of: Witness: Niamh Quinn
Executed as a deed by MOURNE VIEW HOUSING ASSOCIATION acting by Gareth Patterson, Chief Executive, and Sinead McCartan, Secretary`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Laganside Facilities Management Limited", "Mourne View Housing Association"],
      governingLaw: "Northern Ireland",
      effectiveDate: "2026-10-01",
      amends: "Services Agreement",
    },
  },
];
