import type { ExpectedFields } from "./types";

/**
 * Hand-written openings and clauses in styles the corpus generator does not use (cover pages,
 * "of the one part", role tables, promissory notes, European addresses). Their first run found
 * gaps that were fixed with general rules, so they are now regression cases; add fresh unseen
 * samples to measure drafting the rules were not shaped around. Three expectations changed with the
 * vocabulary of rules-v2 (supply agreement, engagement letter, "Until terminated", a letter's addressee
 * organisation rather than the person).
 */
export const HELD_OUT: { id: string; text: string; expected: ExpectedFields }[] = [
  {
    id: "us-consulting",
    text: `CONSULTING SERVICES AGREEMENT

This Consulting Services Agreement ("Agreement") is made and entered into this 3rd day of January, 2023, by and between Pinnacle Health Systems, Inc., a Massachusetts corporation with offices at 10 Summer Street, Boston ("Company"), and Dana R. Whitfield, an individual residing at 22 Pine Road, Newton, MA ("Consultant").

1. Term. The term of this Agreement shall commence on the date first written above and continue for one (1) year, unless earlier terminated as provided in Section 8.

2. Services. Consultant shall provide the advisory services described in Exhibit A. Company shall pay Consultant the fees set out in Exhibit B within thirty (30) days of receipt of each invoice.

9. Governing Law. This Agreement shall be construed in accordance with and governed by the laws of the Commonwealth of Massachusetts.`,
    expected: { title: "CONSULTING SERVICES AGREEMENT", documentType: "Services agreement", parties: ["Pinnacle Health Systems, Inc.", "Dana R. Whitfield"], governingLaw: "Massachusetts", effectiveDate: "2023-01-03", term: "1 year" },
  },
  {
    id: "uk-supply",
    text: `SUPPLY AGREEMENT

Dated 14 February 2022

Between

Westmoor Foods Limited of 4 Dock Road, Grimsby DN31 3LL ("the Supplier")

and

Harcourt Retail Group plc of 1 Kingsway, London WC2B 6AN ("the Customer")

1. The Supplier will supply the Products to the Customer for a period of twenty-four months from the date of this Agreement.
2. Prices are set out in the Schedule and may be reviewed annually.
3. This Agreement is governed by the law of England.`,
    expected: { title: "SUPPLY AGREEMENT", documentType: "Supply agreement", parties: ["Westmoor Foods Limited", "Harcourt Retail Group plc"], governingLaw: "England and Wales", effectiveDate: "2022-02-14", term: "24 months" },
  },
  {
    id: "statement-of-terms",
    text: `STATEMENT OF MAIN TERMS OF EMPLOYMENT

Employer: Brightside Care Homes Ltd, 12 Hope Street, Glasgow
Employee: Oliver James Fenn
Date of this statement: 2 September 2021
Start date: 1 October 2021
Job title: Care Assistant

Your employment is permanent and continues until ended by either of us giving notice. The notice period is one month.
This contract is governed by the law of Scotland.`,
    expected: { title: "STATEMENT OF MAIN TERMS OF EMPLOYMENT", documentType: "Employment agreement", parties: ["Brightside Care Homes Ltd", "Oliver James Fenn"], governingLaw: "Scotland", effectiveDate: "2021-10-01", term: "Until terminated" },
  },
  {
    id: "us-engagement-letter",
    text: `GARRISON & LOWE LLP
1200 Avenue of the Americas
New York, NY 10036

June 5, 2023

VIA EMAIL
Mr. Robert Tan
Chief Executive Officer
Alder Robotics, Inc.
55 Water Street, Brooklyn, NY 11201

Re: Engagement Letter

Dear Mr. Tan:

We are pleased that Alder Robotics, Inc. (the "Company") has engaged Garrison & Lowe LLP to represent it in connection with its Series B financing. This letter agreement shall be governed by the laws of the State of New York.

Very truly yours,
GARRISON & LOWE LLP`,
    expected: { title: "Engagement Letter", documentType: "Engagement letter", parties: ["GARRISON & LOWE LLP", "Alder Robotics, Inc."], governingLaw: "New York", effectiveDate: "2023-06-05" },
  },
  {
    id: "promissory-note",
    text: `PROMISSORY NOTE

$250,000.00
Houston, Texas
April 15, 2020

FOR VALUE RECEIVED, the undersigned, Gulf Coast Marine LLC, a Texas limited liability company (the "Borrower"), promises to pay to the order of First Bayou Bank (the "Lender") the principal sum of Two Hundred Fifty Thousand Dollars, with interest at six percent per annum. The entire unpaid principal balance shall be due and payable on April 15, 2025 (the "Maturity Date").

This Note shall be governed by the laws of the State of Texas.`,
    expected: { title: "PROMISSORY NOTE", documentType: "Loan agreement", parties: ["Gulf Coast Marine LLC", "First Bayou Bank"], governingLaw: "Texas", effectiveDate: "2020-04-15", expiryDate: "2025-04-15" },
  },
  {
    id: "german-framework",
    text: `Framework Agreement for Logistics Services

between

Müller Logistik GmbH, Hafenstraße 12, 20457 Hamburg, Germany
- hereinafter "Contractor" -

and

Nordic Parts AB, Industrivägen 3, 41707 Gothenburg, Sweden
- hereinafter "Client" -

1. Subject matter. The Contractor provides warehousing and transport services to the Client as described in the service specification.
2. Term. This Framework Agreement enters into force on 2023-07-01 and is concluded for an indefinite period.
3. This Agreement is subject to German law, excluding the UN Convention on Contracts for the International Sale of Goods.`,
    expected: { title: "Framework Agreement for Logistics Services", documentType: "Services agreement", parties: ["Müller Logistik GmbH", "Nordic Parts AB"], governingLaw: "Germany", effectiveDate: "2023-07-01" },
  },
  {
    id: "irish-lease",
    text: `LEASE

THIS LEASE made the twenty-first day of March, 2019

BETWEEN DOCKLANDS ESTATES DAC having its registered office at 5 Hanover Quay, Dublin 2 (hereinafter called "the Landlord") of the one part AND BLACKROCK CONSULTING LIMITED having its registered office at 7 Main Street, Blackrock (hereinafter called "the Tenant") of the other part.

WITNESSETH that the Landlord demises the Premises unto the Tenant for the term of five years from 1 April 2019 at the yearly rent of €60,000.

This Lease shall be governed by the laws of Ireland.`,
    expected: { title: "LEASE", documentType: "Lease", parties: ["DOCKLANDS ESTATES DAC", "BLACKROCK CONSULTING LIMITED"], governingLaw: "Ireland", effectiveDate: "2019-03-21", term: "5 years" },
  },
  {
    id: "plain-nda",
    text: `Mutual Confidentiality Agreement

Effective Date: 1 November 2024
Party A: Cobalt Robotics Ltd (company number 11223344), 3 Science Park, Oxford
Party B: Meridian Ventures LLP, 9 King Street, Manchester

1. Each party may disclose Confidential Information to the other for the purpose of discussing a joint venture.
2. This Agreement lasts for 3 years from the Effective Date.
3. English law governs this Agreement.`,
    expected: { title: "Mutual Confidentiality Agreement", documentType: "NDA", parties: ["Cobalt Robotics Ltd", "Meridian Ventures LLP"], governingLaw: "England and Wales", effectiveDate: "2024-11-01", term: "3 years" },
  },
  {
    id: "us-spa-cover",
    text: `STOCK PURCHASE AGREEMENT

dated as of September 30, 2021

among

HALVORSEN FAMILY TRUST,

ERIK HALVORSEN

and

CASCADE INDUSTRIAL HOLDINGS, INC.

This STOCK PURCHASE AGREEMENT (this "Agreement"), dated as of September 30, 2021, is entered into by and among Halvorsen Family Trust (the "Trust"), Erik Halvorsen ("Halvorsen" and, together with the Trust, the "Sellers"), and Cascade Industrial Holdings, Inc., a Delaware corporation ("Buyer").

This Agreement shall be governed by the internal laws of the State of Delaware.`,
    expected: { title: "STOCK PURCHASE AGREEMENT", documentType: "Share purchase agreement", parties: ["Halvorsen Family Trust", "Erik Halvorsen", "Cascade Industrial Holdings, Inc."], governingLaw: "Delaware", effectiveDate: "2021-09-30" },
  },
  {
    id: "dutch-saas",
    text: `SaaS Subscription Agreement

This SaaS Subscription Agreement is concluded between Tessellate Cloud B.V., Keizersgracht 100, Amsterdam ("Provider") and Harper Legal Services Limited ("Customer") on 12.05.2023.

The Provider will make the hosted document platform available to the Customer as a service. The Subscription Term is 12 months and renews unless cancelled.

This Agreement is governed by Dutch law.`,
    expected: { title: "SaaS Subscription Agreement", documentType: "Services agreement", parties: ["Tessellate Cloud B.V.", "Harper Legal Services Limited"], governingLaw: "Netherlands", effectiveDate: "2023-05-12", term: "12 months" },
  },
];
