import type { UnseenDocument } from "../unseen/types";

/** Tuning set v19: commercial contracts (supply, distribution, services, agency, franchise, NDAs) drafted in varied styles and jurisdictions. */
export const COMMERCIAL_V19: UnseenDocument[] = [
  {
    id: "v19-commercial-sales-rep-ontario",
    format: "pdf",
    pageFooters: true,
    source: `# SALES REPRESENTATIVE AGREEMENT
This Sales Representative Agreement (this "Agreement") is made and entered into as of the 3rd day of March, 2026,
BY AND BETWEEN:
NORTHFIELD PUMP SYSTEMS INC., a corporation incorporated under the laws of the Province of Ontario, having its head office at 2200 Argentia Road, Mississauga, Ontario L5N 2K7 ("Principal");
AND
DELACROIX TRADE AGENCIES LTD., a corporation incorporated under the Canada Business Corporations Act, having its registered office at 410 rue Saint-Vincent, Montréal, Québec H2Y 3A6 ("Representative").
WHEREAS Principal manufactures industrial centrifugal pumps and wishes to appoint Representative to solicit orders for those products in the Territory, and Representative is willing to act on the terms below;
NOW THEREFORE, in consideration of the mutual covenants herein, the parties agree as follows:
# 1. Definitions
1.1 "Effective Date" means April 1, 2026.
1.2 "Products" means the pumps listed in Schedule A, as amended by Principal from time to time.
1.3 "Territory" means the Provinces of Québec, New Brunswick and Nova Scotia. Sales in the Province of Ontario are handled directly by Principal's affiliate, Northfield Industrial Holdings Corp., and are excluded.
# 2. Appointment
2.1 Principal appoints Representative as its non-exclusive sales representative for the Products in the Territory. Representative shall solicit orders only; all orders are subject to acceptance by Principal, and Representative has no authority to bind Principal or to accept orders on its behalf. Representative does not purchase or take title to the Products.
# 3. Commission
3.1 Principal shall pay Representative a commission of seven percent (7%) of the net invoice price of Products shipped into the Territory, payable within thirty (30) days after the end of each calendar quarter.
3.2 Representative shall be entitled to commission on orders solicited before termination and accepted by Principal within six (6) months after termination.
# 4. Term and Renewal
4.1 This Agreement shall have an initial term of three (3) years commencing on the Effective Date.
4.2 Upon expiry of the initial term, this Agreement shall automatically renew for successive renewal terms of one (1) year each unless either party gives the other written notice of non-renewal at least ninety (90) days before the end of the then-current term.
4.3 Either party may terminate this Agreement on written notice if the other party commits a material breach which remains uncured sixty (60) days after notice of the breach.
# 5. Non-Competition
5.1 During the term and for a period of twelve (12) months thereafter, Representative shall not represent any manufacturer of centrifugal pumps competing with the Products in the Territory.
# 6. Governing Law
6.1 This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein, and the parties attorn to the exclusive jurisdiction of the courts of Ontario sitting in Toronto.
===
IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.
NORTHFIELD PUMP SYSTEMS INC.
Per: ______________________
Name: Gordon A. McCallum
Title: Vice-President, Sales
DELACROIX TRADE AGENCIES LTD.
Per: ______________________
Name: Sylvie Delacroix
Title: President
# SCHEDULE A – PRODUCTS
| Model | Description | List Price (CAD) |
| NPS-200 | End-suction centrifugal pump | 4,850 |
| NPS-350 | Split-case pump | 12,400 |
| NPS-600 | Vertical turbine pump | 27,900 |`,
    truth: {
      title: "Sales Representative Agreement",
      documentType: "Distribution agreement",
      parties: ["Northfield Pump Systems Inc.", "Delacroix Trade Agencies Ltd."],
      governingLaw: "Ontario",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "3 years",
      renewal: "1 year",
    },
  },
  {
    id: "v19-commercial-minute-nda-scotland",
    format: "docx",
    storedPageCount: 3,
    source: `# MUTUAL NON-DISCLOSURE AGREEMENT
relating to the proposed supply of cask-finishing and bonded warehousing services
GLENMORIE DISTILLERS LIMITED
and
CALEDON CASK LOGISTICS LLP
===
MINUTE OF AGREEMENT
between
GLENMORIE DISTILLERS LIMITED, a company incorporated under the Companies Acts with registered number SC184520 and having its registered office at Mill of Morie, Dufftown, Keith AB55 4DH ("Glenmorie")
and
CALEDON CASK LOGISTICS LLP, a limited liability partnership incorporated in Scotland with registered number SO305117 and having its registered office at 7 Wester Shawfair, Dalkeith EH22 1FD ("Caledon")
WHEREAS Glenmorie and Caledon (each a "Party") are discussing a possible arrangement under which Caledon would supply cask-finishing and bonded warehousing services to Glenmorie (the "Proposal"), and each Party will disclose Confidential Information to the other for that purpose;
NOW THEREFORE THE PARTIES HAVE AGREED AND DO HEREBY AGREE as follows:
1. In this Agreement, "Effective Date" means 1 June 2026, irrespective of the dates of signature below; and "Confidential Information" means all information of a confidential nature disclosed by or on behalf of a Party, whether before or after the Effective Date, in connection with the Proposal.
2. Each Party shall keep the other's Confidential Information confidential, use it solely to evaluate the Proposal and disclose it only to those of its members, directors, employees and professional advisers who need to know it and are bound by equivalent duties. Caledon's auditors, Rankin Fyfe & Co, are approved recipients for this purpose.
3. On written request, a Party shall within fourteen (14) days return or destroy the other's Confidential Information.
4. This Agreement shall come into force on the Effective Date and shall remain in force for a period of two years from the Effective Date, unless terminated earlier by either Party on thirty (30) days' written notice.
5. Notwithstanding expiry or termination, the obligations in clause 2 shall continue to bind each Party for five (5) years after expiry or termination of this Agreement.
6. Neither Party shall, for twelve (12) months from the Effective Date, solicit any employee of the other who has been involved in the Proposal.
7. Nothing in this Agreement obliges either Party to proceed with the Proposal or constitutes an offer to supply services.
8. This Agreement shall be governed by and construed in accordance with the law of Scotland, and the Parties prorogate the non-exclusive jurisdiction of the Scottish courts.
===
IN WITNESS WHEREOF these presents consisting of this and the two preceding pages are executed as follows:
Subscribed for and on behalf of GLENMORIE DISTILLERS LIMITED at Dufftown on 14 May 2026 by Alasdair Ross Grant, Director, before this witness: Morag Elspeth Innes, 3 Balvenie Street, Dufftown
Subscribed for and on behalf of CALEDON CASK LOGISTICS LLP at Dalkeith on 19 May 2026 by Fiona Kerr Baird, Designated Member, before this witness: Callum Reid, 22 High Street, Dalkeith`,
    truth: {
      title: "Mutual Non-Disclosure Agreement",
      documentType: "NDA",
      parties: ["Glenmorie Distillers Limited", "Caledon Cask Logistics LLP"],
      governingLaw: "Scotland",
      effectiveDate: "2026-06-01",
      expiryDate: "2028-06-01",
      term: "2 years",
    },
  },
  {
    id: "v19-commercial-franchise-variation-nsw",
    format: "pdf",
    pageFooters: true,
    source: `# DEED OF VARIATION
Franchise Agreement – Harbourside Espresso, Shop 4, 88 Military Road, Neutral Bay
THIS DEED is made on 9 February 2026
PARTIES
1. BEANSTALK COFFEE SYSTEMS PTY LTD ACN 603 118 447 of Level 6, 15 Blue Street, North Sydney NSW 2060 (Franchisor)
2. KESTREL BAY HOLDINGS PTY LTD ACN 628 004 913 in its capacity as trustee for the Kestrel Bay Family Trust, of 21 Ben Boyd Road, Neutral Bay NSW 2089 (Franchisee)
3. MARCUS TYRELL WHITBY of 21 Ben Boyd Road, Neutral Bay NSW 2089 (Guarantor)
BACKGROUND
A. The Franchisor and the Franchisee are parties to a franchise agreement dated 28 June 2022 (Franchise Agreement) under which the Franchisee operates a Beanstalk Coffee outlet at the Premises for a term of five (5) years commencing on 1 July 2022, with one option to renew for a further five (5) years.
B. The Guarantor guaranteed the Franchisee's obligations under the Franchise Agreement.
C. The Franchisee occupies the Premises under a sublease from the Franchisor's property company, Beanstalk Sites Pty Ltd, for a term expiring on 30 June 2027. That sublease is not varied by this deed.
D. The parties wish to vary the Franchise Agreement as set out in this deed.
OPERATIVE PROVISIONS
1. Variation Date
In this deed, Variation Date means 1 March 2026.
2. Variation
With effect on and from the Variation Date, the Franchise Agreement is varied as follows:
(a) in item 7 of the Schedule (Royalty), "7% of Gross Sales" is replaced with "6% of Gross Sales";
(b) in item 9 of the Schedule (Marketing Fund Contribution), "2%" is replaced with "2.5%"; and
(c) clause 14.3 (Trading Hours) is deleted and replaced with: "The Franchisee must trade from at least 6.30 am to 3.00 pm on each day other than Christmas Day and Good Friday."
3. No other change
Except as varied by this deed, the Franchise Agreement (including its term and the Franchisee's option to renew) continues in full force and effect.
4. Guarantor
The Guarantor consents to the variations and confirms that his guarantee and indemnity extends to the Franchise Agreement as varied by this deed.
5. Costs
The Franchisee must pay the Franchisor's legal costs of this deed of $1,650 (including GST) within 14 days after the Variation Date.
6. Governing law
This deed is governed by the law of New South Wales. Each party submits to the non-exclusive jurisdiction of the courts of that State.
===
EXECUTED AS A DEED
Executed by Beanstalk Coffee Systems Pty Ltd ACN 603 118 447 in accordance with section 127 of the Corporations Act 2001 (Cth):
Director: Priya Raghunathan — Director/Secretary: Thomas Ellery
Executed by Kestrel Bay Holdings Pty Ltd ACN 628 004 913 as trustee for the Kestrel Bay Family Trust in accordance with section 127 of the Corporations Act 2001 (Cth):
Sole Director and Secretary: Marcus Tyrell Whitby
Signed, sealed and delivered by Marcus Tyrell Whitby in the presence of:
Witness: Chloe Anne Bartlett, Solicitor, North Sydney`,
    truth: {
      title: "Deed of Variation",
      documentType: "Amendment",
      parties: ["Beanstalk Coffee Systems Pty Ltd", "Kestrel Bay Holdings Pty Ltd", "Marcus Tyrell Whitby"],
      governingLaw: "New South Wales",
      effectiveDate: "2026-03-01",
      amends: "Franchise Agreement",
    },
  },
  {
    id: "v19-commercial-consent-letter-ireland",
    format: "txt",
    source: `BRENNAN DAIRY INGREDIENTS DAC
Unit 12, Ballycurreen Industrial Estate, Kinsale Road, Cork T12 XK2P
Registered in Ireland No. 584120 | VAT IE3318457QH
12 May 2026
By email and courier
The Directors
Lough Corrib Foods Limited
Galway Business Park, Dangan, Galway H91 E2TY
Our ref: BDI/LEG/0419
Dear Sirs
# Re: Consent to Assignment
We refer to the supply agreement dated 4 February 2023 between Brennan Dairy Ingredients DAC (we or us) and Lough Corrib Foods Limited (you) for the supply of milk protein concentrate (the Supply Agreement), which runs for five years from 1 March 2023 and is governed by the law of Northern Ireland.
We also refer to your letter of 28 April 2026 asking for our consent to the assignment of the Supply Agreement to Shannon Valley Nutrition Limited (the Assignee), a company within your group, as part of the reorganisation of your nutrition business.
Under clause 19.1 of the Supply Agreement you may not assign it without our prior written consent. We are pleased to give that consent, subject to the following conditions:
1. the assignment takes effect no later than 30 June 2026;
2. before the assignment takes effect, the Assignee executes a deed of covenant in our favour agreeing to perform your obligations under the Supply Agreement from the date of assignment;
3. you remain liable for all amounts invoiced before the date of assignment, which continue to be payable within 45 days of invoice; and
4. the parent company guarantee given by your holding company on 4 February 2023 remains in place for 12 months after the date of assignment.
This consent is limited to the assignment described above. It does not vary the Supply Agreement and is not a waiver of any of its other terms. If the assignment has not taken effect by 30 June 2026, this consent will lapse.
This letter and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.
Please confirm your acceptance of these conditions by signing and returning the enclosed copy of this letter.
Yours faithfully
Declan Brennan
Managing Director
For and on behalf of Brennan Dairy Ingredients DAC
cc: Ms Aoife Kearney, Company Secretary, Shannon Valley Nutrition Limited
We confirm our acceptance of the conditions set out above.
Signed: Niamh O'Flaherty
Director, for and on behalf of Lough Corrib Foods Limited
Date: 20 May 2026`,
    truth: {
      title: "Consent to Assignment",
      documentType: "Letter",
      parties: ["Brennan Dairy Ingredients DAC", "Lough Corrib Foods Limited"],
      governingLaw: "Ireland",
      effectiveDate: "2026-05-12",
    },
  },
  {
    id: "v19-commercial-payroll-subscription-singapore",
    format: "docx",
    source: `LUMEN LEDGER PTE. LTD.
# SUBSCRIPTION TERMS
Managed payroll platform – order form and terms of service
# Part A – Key Details
| Item | Details |
| Provider | Lumen Ledger Pte. Ltd. (UEN 201934718K), 1 HarbourFront Avenue, #14-07 Keppel Bay Tower, Singapore 098632 |
| Customer | Tanjong Marine Engineering Pte Ltd (UEN 198802144N), 31 Tuas Avenue 11, Singapore 639105 |
| Services | Hosted payroll processing, CPF submission and payslip distribution for up to 450 employees |
| Commencement Date | 1 August 2026 |
| Subscription Term | 24 months from and including the Commencement Date |
| Renewal | Automatic, for successive periods of 12 months, unless either party gives at least 60 days' written notice before the end of the current period |
| Fees | SGD 6,300 per month, invoiced monthly in advance and payable within 30 days of invoice |
# Part B – Terms
1. Services. From the Commencement Date the Provider will operate the Platform on infrastructure it controls and perform the Services for the Customer. The Customer submits payroll data through a web portal and receives processed outputs; it does not install, host or operate any software.
2. No licence. No licence or other right in the Platform software, its source code or documentation is granted to the Customer. The Customer's users may access the web portal only to submit data and retrieve outputs as part of the Services.
3. Service levels. The Provider will complete each payroll run within 1 Business Day of receiving complete data and will maintain portal availability of 99.5% in each calendar month.
4. Term. These Terms begin on the Commencement Date, continue for the Subscription Term and then renew as set out under "Renewal" in Part A.
5. Minimum commitment. The Customer may not terminate for convenience during the first 12 months of the Subscription Term.
6. Data. On expiry or termination the Provider will make the Customer's data available for export for 90 days and will then delete it.
7. Subcontractors. The Provider uses Amazon Web Services Singapore Private Limited as its hosting subcontractor. That company is not a party to these Terms.
8. Governing law. These Terms are governed by the laws of Singapore. Any dispute will be referred to arbitration administered by the Singapore International Arbitration Centre.
===
Signed for and on behalf of Lumen Ledger Pte. Ltd.
Name: Daniel Ong Wei Jie — Title: Chief Executive Officer
Signed for and on behalf of Tanjong Marine Engineering Pte Ltd
Name: Siti Nurhaliza binte Rahman — Title: Head of Human Resources
Date of signature: 15 July 2026`,
    truth: {
      title: "Subscription Terms",
      documentType: "Services agreement",
      parties: ["Lumen Ledger Pte. Ltd.", "Tanjong Marine Engineering Pte Ltd"],
      governingLaw: "Singapore",
      effectiveDate: "2026-08-01",
      expiryDate: "2028-07-31",
      term: "24 months",
      renewal: "12 months",
    },
  },
  {
    id: "v19-commercial-distribution-delaware",
    format: "pdf",
    source: `# EXCLUSIVE DISTRIBUTION AGREEMENT
Effective as of September 15, 2026 (the "Effective Date"), the supplier and the distributor identified in the signature blocks at the end of this Agreement ("Supplier" and "Distributor") agree as follows.
# 1. Appointment
1.1 Supplier appoints Distributor as its exclusive distributor of the marine navigation electronics listed in Exhibit A (the "Products") for resale in the States of Maine, New Hampshire, Massachusetts and Rhode Island (the "Territory"). Distributor shall purchase Products from Supplier for its own account and resell them in its own name.
1.2 Supplier reserves the right to sell directly to the United States Coast Guard and to original equipment boat builders, including Bayliss Boatworks, Inc., anywhere in the Territory.
# 2. Orders and Payment
2.1 Distributor shall order Products by written purchase order. Prices are those in Supplier's distributor price list in effect on the date of the order.
2.2 Payment is due net forty-five (45) days from the date of invoice. Late amounts bear interest at one percent (1%) per month.
# 3. Ramp-Up Period and Minimums
3.1 During the first eighteen (18) months after the Effective Date (the "Ramp-Up Period"), Distributor shall purchase Products with an aggregate net invoice value of not less than $750,000. After the Ramp-Up Period, the minimum purchase for each twelve (12) month period is $600,000.
3.2 If Distributor fails to meet a minimum, Supplier's sole remedy is to convert the appointment to a non-exclusive one on thirty (30) days' notice.
# 4. Warranty
4.1 Supplier warrants to Distributor that each Product will be free from defects in materials and workmanship for twenty-four (24) months after shipment.
# 5. Duration
5.1 This Agreement has no fixed term. It begins on the Effective Date and remains in effect until terminated by either party on not less than one hundred eighty (180) days' prior written notice, or by either party immediately for the other's uncured material breach.
5.2 For two (2) years after termination, Distributor shall not distribute in the Territory any marine navigation electronics that compete with the Products.
# 6. Governing Law
6.1 This Agreement is governed by the laws of the State of Delaware, without regard to its conflict-of-laws rules. Any action shall be brought in the state or federal courts located in Wilmington, Delaware.
===
SIGNATURES
HALVORSEN MARINE ELECTRONICS, LLC, a Delaware limited liability company, as Supplier
By: ______________________
Name: Erik J. Halvorsen
Title: Managing Member
COASTLINE NAVIGATION SUPPLY CO., a Massachusetts corporation, as Distributor
By: ______________________
Name: Teresa M. Quintal
Title: President and Treasurer
# EXHIBIT A – PRODUCTS
| SKU | Product |
| HME-9 | 9-inch multifunction chartplotter |
| HME-R4 | 4 kW radar dome |
| HME-AIS2 | Class B AIS transponder |`,
    truth: {
      title: "Exclusive Distribution Agreement",
      documentType: "Distribution agreement",
      parties: ["Halvorsen Marine Electronics, LLC", "Coastline Navigation Supply Co."],
      governingLaw: "Delaware",
      effectiveDate: "2026-09-15",
      term: "Until terminated",
    },
  },
  {
    id: "v19-commercial-confidentiality-deed-jersey",
    format: "txt",
    source: `# DEED OF CONFIDENTIALITY
THIS DEED is made on the twenty-second day of June in the year two thousand and twenty-six
BETWEEN:
(1) OUAISNÉ TRUSTEES LIMITED, a company incorporated in Jersey with registered number 88341, whose registered office is at 17 Hill Street, St Helier, Jersey JE2 4UA, in its capacity as trustee of the Belcroute Settlement (the "Trustee"); and
(2) HARROWGATE CAPITAL PARTNERS LLP, a limited liability partnership registered in England and Wales with number OC412867, whose registered office is at 30 St Mary Axe, London EC3A 8BF (the "Recipient").
BACKGROUND
(A) The Trustee, as trustee of the Belcroute Settlement, owns the entire issued share capital of St Ouen Bay Hotels Limited (the "Company").
(B) The Recipient wishes to receive information about the Company to evaluate a possible purchase of the Company (the "Transaction"). The Trustee's corporate finance adviser, Le Quesne Corporate Finance Limited, will make the information available through a virtual data room.
(C) The Trustee is willing to disclose that information only if the Recipient gives the undertakings in this Deed.
IT IS AGREED as follows:
1. INTERPRETATION
In this Deed "Confidential Information" means all information relating to the Trustee, the Belcroute Settlement, its beneficiaries or the Company made available to the Recipient or its Representatives in connection with the Transaction, and "Representatives" means the Recipient's members, employees, financiers and professional advisers.
2. UNDERTAKINGS
2.1 The Recipient shall keep the Confidential Information secret, use it only to evaluate the Transaction and disclose it only to those of its Representatives who need to know it for that purpose.
2.2 The Recipient shall not, without the Trustee's prior written consent, contact any employee, supplier or lender of the Company about the Transaction.
2.3 For twelve (12) months from the date of this Deed the Recipient shall not solicit for employment any senior manager of the Company.
3. RETURN OF INFORMATION
Within ten (10) Business Days of a written request from the Trustee, the Recipient shall return or destroy all Confidential Information.
4. DURATION
This Deed shall remain in force for a period of three (3) years from the date of this Deed and shall then terminate, without prejudice to any rights accrued before termination. If the Recipient acquires the Company, this Deed shall terminate on completion of that acquisition.
5. TRUSTEE CAPACITY
The Trustee enters into this Deed solely as trustee of the Belcroute Settlement, and its liability under this Deed is limited to the assets of that settlement.
6. GOVERNING LAW AND JURISDICTION
This Deed shall be governed by and construed in accordance with the laws of the Island of Jersey, and each party submits to the non-exclusive jurisdiction of the Royal Court of Jersey.
IN WITNESS whereof this Deed has been executed and delivered as a deed on the date first written above.
EXECUTED as a deed by OUAISNÉ TRUSTEES LIMITED as trustee of the Belcroute Settlement, acting by two authorised signatories: Jean-Luc Falle and Marianne Vibert
EXECUTED as a deed by HARROWGATE CAPITAL PARTNERS LLP acting by two members: Rupert Oakes-Whitfield and Helena Marsh`,
    truth: {
      title: "Deed of Confidentiality",
      documentType: "NDA",
      parties: ["Ouaisné Trustees Limited", "Harrowgate Capital Partners LLP"],
      governingLaw: "Jersey",
      effectiveDate: "2026-06-22",
      expiryDate: "2029-06-22",
      term: "3 years",
    },
  },
  {
    id: "v19-commercial-polymer-supply-india",
    format: "pdf",
    pdfMargin: 72,
    source: `# SUPPLY AGREEMENT
for the supply of engineering-grade polyamide compounds
between
SAHYADRI POLYMERS PRIVATE LIMITED (as Supplier)
and
KAVERI AUTO COMPONENTS LIMITED (as Buyer)
Dated 18th March 2026
===
This SUPPLY AGREEMENT is executed at Pune on this 18th day of March, 2026
BY AND BETWEEN
SAHYADRI POLYMERS PRIVATE LIMITED, a company incorporated under the Companies Act, 1956, bearing CIN U25209MH2004PTC148321 and having its registered office at Plot No. A-27, MIDC Chakan Phase II, Pune 410501, Maharashtra (hereinafter referred to as the “Supplier”, which expression shall, unless repugnant to the context, include its successors and permitted assigns) of the ONE PART;
AND
KAVERI AUTO COMPONENTS LIMITED, a company incorporated under the Companies Act, 2013, bearing CIN L34300TN2015PLC101774 and having its registered office at 45, SIPCOT Industrial Park, Oragadam, Kancheepuram 602105, Tamil Nadu (hereinafter referred to as the “Buyer”) of the OTHER PART.
WHEREAS the Buyer manufactures automotive intake manifolds and requires a reliable supply of glass-filled polyamide compounds, and the Supplier has agreed to supply them on the terms of this Agreement.
NOW THIS AGREEMENT WITNESSETH AS FOLLOWS:
1. DEFINITIONS
1.1 “Commencement Date” means 1st April 2026.
1.2 “Products” means the compounds specified in Schedule I.
1.3 “Affiliate Purchaser” means Kaveri Castings Private Limited, which may place call-off orders under this Agreement on the Buyer's behalf; the Buyer remains solely liable for such orders, and Kaveri Castings Private Limited is not a party to this Agreement.
2. SUPPLY
2.1 The Supplier shall sell, and the Buyer shall purchase from the Supplier, not less than 70% of the Buyer's annual requirement of the Products, against monthly call-off schedules issued at least 15 days in advance.
3. TERM
3.1 This Agreement shall be in force from 1st April 2026 to 31st March 2029, both days inclusive, unless terminated earlier under Clause 6.
3.2 The Buyer may, by written notice given not less than three (3) months before expiry, extend this Agreement for one further period of two (2) years on the same terms. There shall be no automatic renewal.
3.3 Neither Party may terminate this Agreement for convenience during a lock-in period of twelve (12) months from the Commencement Date.
4. PRICE AND PAYMENT
4.1 Prices in Schedule I shall be reviewed every six (6) months with reference to the published price of PA66 resin. The Buyer shall pay each invoice within sixty (60) days of its date.
5. WARRANTY
5.1 The Supplier warrants that the Products shall conform to the Specifications for a period of eighteen (18) months from the date of delivery.
6. TERMINATION
6.1 After the lock-in period, either Party may terminate this Agreement by giving ninety (90) days' written notice to the other Party.
7. GOVERNING LAW AND DISPUTES
7.1 This Agreement shall be governed by and construed in accordance with the laws of India, and subject to Clause 7.2 the courts at Pune shall have exclusive jurisdiction.
7.2 Any dispute shall be referred to arbitration by a sole arbitrator under the Arbitration and Conciliation Act, 1996, seated at Mumbai.
IN WITNESS WHEREOF the Parties have executed this Agreement on the date first above written.
| For SAHYADRI POLYMERS PRIVATE LIMITED | For KAVERI AUTO COMPONENTS LIMITED |
| Authorised Signatory: Vikram Deshpande | Authorised Signatory: R. Senthil Kumar |
# SCHEDULE I – PRODUCTS
| Grade | Description | Price (INR/kg) |
| SP-A66G30 | PA66, 30% glass-filled, heat stabilised | 318 |`,
    truth: {
      title: "Supply Agreement",
      documentType: "Supply agreement",
      parties: ["Sahyadri Polymers Private Limited", "Kaveri Auto Components Limited"],
      governingLaw: "India",
      effectiveDate: "2026-04-01",
      expiryDate: "2029-03-31",
      term: "36 months",
    },
  },
];
