import { describe, expect, it } from "vitest";
import { analyzeDocument } from "./analyze-document";
import { findDates, lastDayOfTerm } from "./fields/dates";
import { findGoverningLaw } from "./fields/governing-law";
import { ruleBasedExtractor } from "./fields/rule-based-extractor";
import { findTerm } from "./fields/term-and-expiry";
import type { ExtractedField, Extractor, ExtractorDocument } from "./fields/types";
import { renderPdf } from "@/test/insights-corpus/render-pdf";

const doc = (text: string, extra: Partial<ExtractorDocument> = {}): ExtractorDocument => ({ text, pages: [text], filename: "x.txt", mediaType: "text/plain", size: text.length, ...extra });
const get = (fields: ExtractedField[], key: ExtractedField["key"]) => fields.find((f) => f.key === key);

describe("dates", () => {
  it.each([
    ["1 March 2024", "2024-03-01"],
    ["March 1, 2024", "2024-03-01"],
    ["2024-03-01", "2024-03-01"],
    ["the 1st day of March, 2024", "2024-03-01"],
    ["the first day of March, 2024", "2024-03-01"],
    ["the twenty-first day of March 2024", "2024-03-21"],
    ["1st Mar. 2024", "2024-03-01"],
    ["Sept 30th, 2021", "2021-09-30"],
    ["01/03/2024", "2024-03-01"],
    ["13/03/2024", "2024-03-13"],
    ["the twenty-first day of June Two Thousand and Twenty-Four", "2024-06-21"],
    ["this Fifteenth day of May, Two Thousand Twenty-Four", "2024-05-15"],
  ])("reads %s", (written, iso) => {
    expect(findDates(`Dated ${written}.`).map((d) => d.iso)).toEqual([iso]);
  });

  it("reads numeric dates month first in American documents, and rejects impossible dates", () => {
    expect(findDates("03/01/2024", "mdy")[0].iso).toBe("2024-03-01");
    expect(findDates("31 February 2024 and 2024-13-01")).toEqual([]);
  });

  it("derives the last day of a term as the day before the anniversary", () => {
    expect(lastDayOfTerm("2024-03-01", 2, "year")).toBe("2026-02-28");
    expect(lastDayOfTerm("2024-01-15", 36, "month")).toBe("2027-01-14");
  });
});

describe("term", () => {
  it.each([
    ["This Agreement shall continue for a period of two (2) years.", "2 years"],
    ["The term of this Agreement is 36 months.", "36 months"],
    ["It has a three-year term.", "3 years"],
    ["The Landlord lets the Premises for a term of twenty-five years.", "25 years"],
    ["Term: 18 months", "18 months"],
  ])("finds %s", (text, label) => {
    expect(findTerm(text)?.label).toBe(label);
  });

  it.each([
    "The obligations in this clause shall survive for a period of five (5) years after termination.",
    "Either party may terminate on giving a notice period of three months.",
    "This Agreement shall renew for a further period of 12 months.",
    "The Recipient shall keep the information confidential for a period of 3 years from the date of disclosure.",
  ])("ignores durations that are not the term: %s", (text) => {
    expect(findTerm(text)).toBeUndefined();
  });
});

describe("governing law", () => {
  it.each([
    ["This Agreement shall be governed by and construed in accordance with the laws of England and Wales.", "England and Wales"],
    ["governed by the laws of the State of New York, without regard to conflicts of law", "New York"],
    ["English law governs this Agreement.", "England and Wales"],
    ["This Agreement will be interpreted and enforced under the laws of Delaware.", "Delaware"],
    ["The laws of Scotland shall govern this Lease.", "Scotland"],
    ["Governing law: Singapore", "Singapore"],
    ["This contract is subject to German law.", "Germany"],
    ["governed by the laws of the Province of Quebec.", "Quebec"],
  ])("reads %s", (text, jurisdiction) => {
    expect(findGoverningLaw(text)?.jurisdiction).toBe(jurisdiction);
  });

  it("does not read a place of incorporation as the governing law", () => {
    expect(findGoverningLaw("Acme Inc., a corporation organised under the laws of Delaware, and Beta Ltd.")).toBeUndefined();
  });
});

describe("rule-based extractor", () => {
  it("keeps each field's value with a snippet of at most 200 characters that contains it", async () => {
    const filler = "The parties agree as follows. ".repeat(20);
    const text = `SERVICES AGREEMENT\n\n${filler}This Agreement is made on 5 May 2023 between Alpha Limited (the "Client") and Beta LLP (the "Supplier"). ${filler}This Agreement is governed by the laws of England and Wales. ${filler}`;
    const fields = await ruleBasedExtractor.extract(doc(text));
    for (const key of ["effectiveDate", "governingLaw", "parties"] as const) {
      const field = get(fields, key);
      expect(field?.snippet, key).toBeDefined();
      expect(field!.snippet!.length).toBeLessThanOrEqual(200);
    }
    expect(get(fields, "effectiveDate")?.snippet).toContain("5 May 2023");
    expect(get(fields, "governingLaw")?.snippet).toContain("laws of England and Wales");
    expect(get(fields, "parties")?.value).toEqual(["Alpha Limited", "Beta LLP"]);
    // A plain-text document has no real pages, so no page numbers.
    expect(get(fields, "effectiveDate")?.page).toBeUndefined();
  });

  it("gives the page a field was found on in a PDF", async () => {
    const { bytes } = await renderPdf([
      { kind: "title", text: "LOAN AGREEMENT" },
      { kind: "paragraph", text: "This Agreement is made on 2 June 2022 between Gamma Bank plc (the \"Lender\") and Delta Limited (the \"Borrower\")." },
      { kind: "pageBreak" },
      { kind: "paragraph", text: "The Borrower shall repay the Loan in full on 1 June 2027." },
      { kind: "pageBreak" },
      { kind: "paragraph", text: "This Agreement is governed by the law of Scotland." },
    ]);
    const { fields } = await analyzeDocument({ bytes, mediaType: "application/pdf", filename: "loan.pdf", size: bytes.length });
    expect(get(fields, "effectiveDate")).toMatchObject({ value: "2022-06-02", page: 1 });
    expect(get(fields, "expiryDate")).toMatchObject({ value: "2027-06-01", page: 2 });
    expect(get(fields, "governingLaw")).toMatchObject({ value: "Scotland", page: 3 });
    expect(get(fields, "pageCount")).toEqual({ key: "pageCount", value: 3, confidence: "high" });
  });

  it("derives the expiry from the effective date and term when none is stated", async () => {
    const fields = await ruleBasedExtractor.extract(doc("NDA\n\nThis Agreement is effective as of 1 March 2024. This Agreement shall continue for a period of two (2) years."));
    expect(get(fields, "term")?.value).toBe("2 years");
    expect(get(fields, "expiryDate")).toMatchObject({ value: "2026-02-28", snippet: expect.stringContaining("two (2) years") });
  });

  it("falls back to the file name for the title and Other for the type when the text says nothing", async () => {
    const fields = await ruleBasedExtractor.extract(doc("minutes of a call about lunch options", { filename: "team_call-notes.txt" }));
    expect(get(fields, "title")).toEqual({ key: "title", value: "team call notes", confidence: "low" });
    expect(get(fields, "documentType")?.value).toBe("Other");
    expect(get(fields, "parties")).toBeUndefined();
    expect(get(fields, "wordCount")?.value).toBe(7);
  });
});

describe("analyzeDocument", () => {
  it("runs the extractor it is given on the extracted text and reports its name", async () => {
    const seen: ExtractorDocument[] = [];
    const fake: Extractor = { name: "fake-model", extract: async (d) => (seen.push(d), [{ key: "title", value: "From the model" }]) };
    const bytes = new TextEncoder().encode("Some contract text");
    const result = await analyzeDocument({ bytes, mediaType: "text/plain", filename: "c.txt", size: bytes.length }, { extractor: fake });
    expect(result).toMatchObject({ extractor: "fake-model", fields: [{ key: "title", value: "From the model" }] });
    expect(seen[0]).toMatchObject({ text: "Some contract text", filename: "c.txt", size: bytes.length });
  });

  it("returns no fields when the text could not be read", async () => {
    const result = await analyzeDocument({ bytes: new Uint8Array(), mediaType: "application/pdf", filename: "e.pdf", size: 0 });
    expect(result).toMatchObject({ extraction: { status: "no_text" }, fields: [] });
  });
});

describe("structure, vocabulary and confidence", () => {
  const extract = (text: string, extra: Partial<ExtractorDocument> = {}) => ruleBasedExtractor.extract(doc(text, extra));

  it("reads facts from a key-details table row, with high confidence", async () => {
    const fields = await extract("SERVICES AGREEMENT\nSupplier | Alpha Systems Limited (company number 1)\nCustomer | Beta LLP\nCommencement Date | 1 July 2024\nInitial Term | 36 months\nGoverning law | Scotland");
    expect(get(fields, "parties")).toMatchObject({ value: ["Alpha Systems Limited", "Beta LLP"], confidence: "high" });
    expect(get(fields, "governingLaw")).toMatchObject({ value: "Scotland", confidence: "high" });
    expect(get(fields, "term")?.value).toBe("36 months");
    expect(get(fields, "expiryDate")).toMatchObject({ value: "2027-06-30", confidence: "medium" });
  });

  it("names open-ended terms, automatic renewals and what an amendment amends", async () => {
    const open = await extract("CONSULTING AGREEMENT\nThis Agreement shall continue until terminated by either party on one month's notice, and shall automatically renew for successive one (1) year periods.");
    expect(get(open, "term")?.value).toBe("Until terminated");
    expect(get(open, "renewal")?.value).toBe("1 year");
    const amendment = await extract("SECOND AMENDMENT TO LOAN AGREEMENT\nThis Amendment is made on 1 May 2024. The Loan Agreement dated 1 May 2020 had a term of five years.");
    expect(get(amendment, "documentType")?.value).toBe("Amendment");
    expect(get(amendment, "amends")).toMatchObject({ value: "LOAN AGREEMENT", confidence: "high" });
    expect(get(amendment, "term")).toBeUndefined();
  });

  it("ends a term stated as 'N months after' on the anniversary and a 'period of' on the day before", async () => {
    const after = await extract("LICENCE\nThis Licence is dated 1 March 2024 and shall terminate 24 months after the date of this Licence.");
    expect(get(after, "expiryDate")?.value).toBe("2026-03-01");
    const period = await extract("LICENCE\nThis Licence is dated 1 March 2024 and shall continue for a period of 24 months.");
    expect(get(period, "expiryDate")?.value).toBe("2026-02-28");
  });

  it("ends a term running 'from' a day (which it excludes) or 'ending on the anniversary' on the anniversary; 'commencing on' counts the day", async () => {
    const from = await extract("NDA\nThis Agreement is dated 1 March 2024 and shall remain in effect for two (2) years from the date hereof.");
    expect(get(from, "expiryDate")?.value).toBe("2026-03-01");
    const anniversary = await extract("LICENCE\nThe Commencement Date is 1 March 2024. The licence shall continue for three (3) years, ending on the third anniversary of the Commencement Date.");
    expect(get(anniversary, "expiryDate")?.value).toBe("2027-03-01");
    const inclusive = await extract("LICENCE\nThis Licence is dated 1 March 2024 and shall continue for a period of two years from and including the date hereof.");
    expect(get(inclusive, "expiryDate")?.value).toBe("2026-02-28");
  });

  it("joins a title wrapped over two lines and marks a DOCX page count without metadata as a low-confidence estimate", async () => {
    const text = "MASTER SERVICES AND\nSUPPLY AGREEMENT\nThis Agreement is made on 1 May 2024.";
    const fields = await extract(text, { mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    expect(get(fields, "title")?.value).toBe("MASTER SERVICES AND SUPPLY AGREEMENT");
    expect(get(fields, "pageCount")).toMatchObject({ value: 1, estimate: true, confidence: "low" });
  });

  it("takes a letter's addressee organisation rather than the person or the salutation", async () => {
    const fields = await extract("Gamma Solicitors LLP\n1 High Street, Leeds\n\nMs Jane Roe\nGeneral Counsel\nDelta Holdings Limited\n\n3 March 2025\n\nDear Members of the Board\n\nTerms of engagement\n\nWe set out the terms of our engagement.");
    expect(get(fields, "parties")?.value).toEqual(["Gamma Solicitors LLP", "Delta Holdings Limited"]);
    expect(get(fields, "documentType")?.value).toBe("Engagement letter");
    expect(get(fields, "title")?.value).toBe("Terms of engagement");
  });

  it("reads parties from a schedule, from long 'which expression shall' terms and from descriptions that run over commas", async () => {
    const parties = async (text: string) => get(await ruleBasedExtractor.extract(doc(text)), "parties")?.value;
    expect(await parties("DEED\n\nThis deed is dated 1 May 2024 and is made between the parties listed in Schedule 1.\n\n1. Terms.\n\nSCHEDULE 1\nName | Address\nAda Lovelace | 1 Kings Road, London\nBabbage Engines Limited | 2 Queens Road, London")).toEqual([
      "Ada Lovelace",
      "Babbage Engines Limited",
    ]);
    expect(
      await parties(
        'AGREEMENT\n\nThis Agreement is made on 1 May 2024 between Kaveri Infotech Private Limited, having its office at Bengaluru (hereinafter referred to as the "Provider", which expression shall, unless repugnant to the context, include its successors) of the ONE PART; AND Nilgiri Textiles Limited (hereinafter referred to as the "Client", which expression shall include its successors) of the OTHER PART.',
      ),
    ).toEqual(["Kaveri Infotech Private Limited", "Nilgiri Textiles Limited"]);
    expect(await parties("RELEASE\n\nThis Release is entered into on 1 May 2024 between Keystone Group, Inc., a Pennsylvania corporation, with offices at 1 Liberty Place, Philadelphia, PA 19103, and Mary Jones, of 4 Elm Street, Philadelphia, PA 19106.")).toEqual([
      "Keystone Group, Inc.",
      "Mary Jones",
    ]);
  });

  it("reads counterpart role rows and wrapped schedule cells, and ignores a bracketed word in an address or a statute", async () => {
    const parties = async (text: string) => get(await ruleBasedExtractor.extract(doc(text)), "parties")?.value;
    expect(await parties("DEED OF ASSIGNMENT\nAssignor: The Orchard Trust\nAssignee: Pippin Holdings\nAssignment Date: 1 May 2024")).toEqual(["The Orchard Trust", "Pippin Holdings"]);
    expect(await parties("DEED\nThis deed is made between the parties in Item 1.\nItem 1 – Parties | Larch Homes Pty Ltd ACN 111 222 333\nand Spruce Timber Pty Ltd ACN 444 555 666\nItem 2 – Amount | $10")).toEqual([
      "Larch Homes Pty Ltd",
      "Spruce Timber Pty Ltd",
    ]);
    expect(
      await parties('LICENCE\nThis Licence is made between Anita Rao, residing at 4 Hill Road, Kothrud (West), Pune 411038 (hereinafter called the "Licensor") and Lakeside Traders LLP (hereinafter called the "Licensee").'),
    ).toEqual(["Anita Rao", "Lakeside Traders LLP"]);
    expect(
      await parties('AGREEMENT\nbetween\nFORTH FERRIES LIMITED (hereinafter "the Operator")\nand\nTHE FIFE BOARD, constituted under the Harbours (Scotland) Act 1980 and having its office at Kirkcaldy (hereinafter "the Board")'),
    ).toEqual(["FORTH FERRIES LIMITED", "THE FIFE BOARD"]);
  });

  it("takes the addressee from below the date, not the letterhead's description line", async () => {
    const fields = await extract("REDDY & CO\nChartered Accountants\n12 Park Street, Kolkata 700016\n\n2 June 2025\n\nThe Director\nHooghly Jute Mills Limited\nHowrah 711101\n\nDear Sir,\n\nWe write about the audit.");
    expect(get(fields, "parties")?.value).toEqual(["REDDY & CO", "Hooghly Jute Mills Limited"]);
  });

  it("reads what an amendment amends past its own name and past 'and', and the end of a 'from … to …' period", async () => {
    const amends = async (text: string) => get(await extract(text), "amends")?.value;
    expect(await amends("AMENDING AGREEMENT\nTHIS AMENDING AGREEMENT is made on 1 May 2024.\nThe parties entered into a distribution agreement dated 1 May 2020.")).toBe("Distribution agreement");
    expect(await amends("AMENDMENT NO. 2\nThis Amendment amends the Hosting and Maintenance Agreement dated 1 May 2020.")).toBe("Hosting and Maintenance Agreement");
    const minute = await extract("MEMORANDUM OF AGREEMENT\nbetween A Limited and B Council.\nThe Contractor shall provide cleaning services at the Council's offices. The Contractor shall be paid monthly.\nThe period of the contract is the period from 1 April 2025 to 31 March 2026.");
    expect(get(minute, "documentType")?.value).toBe("Services agreement");
    expect(get(minute, "expiryDate")?.value).toBe("2026-03-31");
  });

  it("reads terms 'valid for a period of two (2) years', '36 (thirty-six) months' and extensions 'through' a date", async () => {
    const fields = async (text: string) => {
      const found = await ruleBasedExtractor.extract(doc(text));
      return { term: get(found, "term")?.value, expiry: get(found, "expiryDate")?.value };
    };
    expect(await fields("SERVICES AGREEMENT\n\nThis Agreement is made on 3 March 2025. It shall come into force on the date of its execution and shall be valid for a period of two (2) years therefrom.")).toEqual({
      term: "2 years",
      expiry: "2027-03-02",
    });
    expect(await fields("SERVICES AGREEMENT\n\nThis Agreement commences on 1 August 2024 and endures for a period of 36 (thirty-six) months.")).toEqual({ term: "36 months", expiry: "2027-07-31" });
    expect(await fields("AMENDMENT NO. 4\n\nThis Amendment is made on 1 March 2025. The parties hereby extend the Term of the Agreement through March 31, 2028.")).toEqual({ term: undefined, expiry: "2028-03-31" });
  });
});

describe("round 4 readings (general classes of miss in the former held-back v5)", () => {
  const extract = (text: string) => ruleBasedExtractor.extract(doc(text));
  const value = async (text: string, key: ExtractedField["key"]) => get(await extract(text), key)?.value;

  it("leaves the recitals' dates and terms to the documents they describe", async () => {
    const fields = await extract(
      "DEED OF VARIATION\nTHIS DEED is made on 9 January 2025 BETWEEN (1) HALDEN LIMITED (the \"Landlord\") and (2) ORCHARD LIMITED (the \"Tenant\").\nBACKGROUND\n(A) This deed is supplemental to the Lease, by which the Property was let for a term of 15 years from and including 17 March 2016.\nAGREED TERMS\n1. The Lease is varied as set out below.",
    );
    expect(get(fields, "effectiveDate")?.value).toBe("2025-01-09");
    expect(get(fields, "term")).toBeUndefined();
    expect(get(fields, "expiryDate")).toBeUndefined();
  });

  it("dates a letter by its own date, not by the term of something it mentions, and an undated deed by its last signature", async () => {
    const letter = "HARBOUR LAWYERS PTY LTD\n14 February 2025\nSaltbush Interiors Pty Ltd\nDear Mr O'Connor\nYour lease dispute\nWe understand that the lease was granted for a term of 7 years from 1 July 2021.\nYours sincerely";
    expect(await value(letter, "effectiveDate")).toBe("2025-02-14");
    const deed = "STANDARD SECURITY\nWe, BEN NEVIS OUTDOOR LIMITED, undertake to pay the Bank.\nThis disposition follows the deed of sale dated 3 April 2024.\nIN WITNESS WHEREOF subscribed for BEN NEVIS OUTDOOR LIMITED at Fort William on 5 August 2024 and for the Bank at Edinburgh on 7 August 2024.";
    expect(await value(deed, "effectiveDate")).toBe("2024-08-07");
  });

  it("reads 'made by: X in favour of Y', 'FOR VALUE RECEIVED, X … to the order of Y', and drops signatories, 'by its directors' and address fragments", async () => {
    expect(await value('DEED OF GUARANTEE\nTHIS DEED is dated 7 February 2025 and is made by:\nMR ROBERT JAMES ALDRIDGE of The Old Rectory, Church Lane, Oxford OX14 4RA (the "Guarantor")\nin favour of\nHARROWGATE FINANCE LIMITED (company number 02987654) (the "Creditor").', "parties")).toEqual([
      "MR ROBERT JAMES ALDRIDGE",
      "HARROWGATE FINANCE LIMITED",
    ]);
    expect(await value('SECURED PROMISSORY NOTE\n$750,000.00\nJuly 8, 2024\nFOR VALUE RECEIVED, LONE STAR CRANE RENTALS, LLC, a Texas limited liability company ("Maker"), promises to pay to the order of BLUEBONNET CAPITAL PARTNERS, LP, a Delaware limited partnership ("Holder"), the sum of $750,000.', "parties")).toEqual([
      "LONE STAR CRANE RENTALS, LLC",
      "BLUEBONNET CAPITAL PARTNERS, LP",
    ]);
    const settlement =
      "DEED OF SETTLEMENT\nDate: 19 June 2025\nParties\nBluegum Constructions Pty Ltd ACN 604 112 233 of Level 3, 45 Collins Street, Melbourne (Bluegum)\nYarra Civil Pty Ltd ACN 611 998 447 of 7 Dockside Road, Port Melbourne (Yarra Civil)\nBackground\nA. The parties are in dispute.\nOperative provisions\n1. Release.\nExecuted by Bluegum Constructions Pty Ltd ACN 604 112 233 by Andrew Kowalski, Director, and Sophie Tran, Company Secretary\nExecuted by Yarra Civil Pty Ltd by Con Papadopoulos, Sole Director";
    expect(await value(settlement, "parties")).toEqual(["Bluegum Constructions Pty Ltd", "Yarra Civil Pty Ltd"]);
  });

  it("types a letter that amends an agreement as an amendment of what its subject names, and a release of security as a deed", async () => {
    const side = await extract(
      "NORTHUMBRIAN BANK PLC\n3 March 2025\nStrathmore Foods Holdings Limited\nDear Sirs\nRe: £15,000,000 Term and Revolving Facilities Agreement dated 30 September 2024 - side letter\nWith effect from the date of this letter, the Facility Agreement is amended so that Leverage shall not exceed 3.25:1.\nYours faithfully",
    );
    expect(get(side, "documentType")?.value).toBe("Amendment");
    expect(get(side, "amends")?.value).toBe("£15,000,000 Term and Revolving Facilities Agreement");
    expect(await value('DEED OF RELEASE\nTHIS DEED OF RELEASE is made on 18 April 2025 BETWEEN (1) STRAITS BANK LIMITED (the "Bank") and (2) ORCHID PTE. LTD. (the "Chargor").\nThe Bank releases the Charged Assets from the debenture.', "documentType")).toBe("Deed");
    expect(await value("SUBSCRIPTION AGREEMENT\n| Company | Wattle Biotech Limited |\n| Subscription Shares | 2,000,000 ordinary shares |\nThe Subscriber shall pay the Issue Price for the Subscription Shares at Completion.", "documentType")).toBe("Share subscription agreement");
  });

  it("reads terms stated as 'the initial subscription term of', 'means a period of', 'the date falling … after', past a heading, and an open-ended key-details row", async () => {
    const terms = async (text: string) => {
      const found = await extract(text);
      return { term: get(found, "term")?.value, expiry: get(found, "expiryDate")?.value };
    };
    expect(await terms("SUBSCRIPTION AGREEMENT\nThis Agreement is effective as of March 1, 2025.\n4. Term and Renewal\n4.1 The initial subscription term of thirty-six (36) months begins on the Effective Date.")).toMatchObject({ term: "36 months" });
    expect(await terms('FACILITY AGREEMENT\nThis Agreement is dated 30 September 2024.\n"Termination Date" means the date falling sixty (60) months after the date of this Agreement.')).toEqual({ term: "60 months", expiry: "2029-09-30" });
    expect(await terms("CONSULTANCY AGREEMENT\n| Start Date | 6 January 2025 |\n| Duration | Until terminated by either party on one month's written notice |")).toEqual({ term: "Until terminated", expiry: undefined });
    expect(await terms('LOAN NOTE INSTRUMENT\nThis Instrument is dated 12 December 2024.\n"Redemption Date" means 12 December 2028.')).toMatchObject({ expiry: "2028-12-12" });
  });

  it("prefers a jurisdiction it knows to a capitalised name, and takes a title that opens with its amount", async () => {
    expect(findGoverningLaw("The Landlords may, subject to the Law Reform (Miscellaneous Provisions) (Scotland) Act 1985, end this Lease. This Lease is governed by the law of Scotland.")?.jurisdiction).toBe("Scotland");
    expect(await value("DATED 30 September 2024\nSTRATHMORE FOODS LIMITED\nas Borrower\n£15,000,000 TERM AND REVOLVING FACILITIES AGREEMENT\n1.1 In this Agreement the following definitions apply.", "title")).toBe("£15,000,000 TERM AND REVOLVING FACILITIES AGREEMENT");
  });
});

describe("round 5 readings (general classes of miss in the former held-back v6)", () => {
  const extract = (text: string) => ruleBasedExtractor.extract(doc(text));
  const value = async (text: string, key: ExtractedField["key"]) => get(await extract(text), key)?.value;
  const terms = async (text: string) => {
    const found = await extract(text);
    return { term: get(found, "term")?.value, expiry: get(found, "expiryDate")?.value };
  };

  it("reads terms 'available for', 'is the period of', 'repaid on the date falling', a 'from' key-details row and a bare date range", async () => {
    expect(await terms("SUPPLY AGREEMENT\nCommencement Date: 1 July 2025\nTerm: 36 months from the Commencement Date")).toEqual({ term: "36 months", expiry: "2028-07-01" });
    expect(await terms('LICENCE AGREEMENT\nTHIS AGREEMENT is made on 2 February 2026.\n1.2 "Licence Period" means the period of twenty-four (24) months commencing on the date of this Agreement.')).toEqual({ term: "24 months", expiry: "2028-02-01" });
    expect(await terms("Facility letter\n15 October 2025\nDear Sirs\n4. Availability: The facility is available for twelve (12) months from the date of this letter.\nYours faithfully")).toEqual({ term: "12 months", expiry: "2026-10-15" });
    expect(await terms('LOAN AGREEMENT\nThis Agreement is dated 10 April 2025.\n2.1 The Loan shall be repaid on the date falling twenty-four (24) months after the date of this Agreement (the "Maturity Date").')).toEqual({ term: "24 months", expiry: "2027-04-10" });
    expect(await terms('STANDSTILL AGREEMENT\nThis agreement is dated 30 September 2025.\n1. The "Standstill Period" is the period of six (6) months from the date of this agreement.')).toEqual({ term: "6 months", expiry: "2026-03-30" });
    expect(await terms("CONFIDENTIALITY AGREEMENT\nThis Agreement is dated 1 March 2026.\n5. Duration. This Agreement applies from 1 March 2026 to 28 February 2028.")).toEqual({ term: "24 months", expiry: "2028-02-28" });
  });

  it("does not read a covenant's test period as the expiry", async () => {
    expect(await value("NORTHERN BANK PLC\n3 March 2025\nDear Sirs\nFor the Relevant Period ending on 31 March 2025 only, Leverage shall not exceed 3.25:1.\nYours faithfully", "expiryDate")).toBeUndefined();
  });

  it("titles a letter by a title-case heading above its salutation, and types records and memoranda as Other", async () => {
    const offer = await extract("Orchid Labs, Inc.\nJuly 21, 2025\nMr. Daniel Okafor\n418 Alder Court\nOffer of Employment\nDear Daniel,\nWe are pleased to offer you the position of Analyst.\nSincerely,");
    expect(get(offer, "title")?.value).toBe("Offer of Employment");
    expect(get(offer, "documentType")?.value).toBe("Employment agreement");
    const memo = await extract("RENT REVIEW MEMORANDUM\nDate: 12 January 2026\nLandlord: Thames Estates Limited\nTenant: Halcyon Bakeries Limited\nLease: a lease of the Property dated 29 September 2015 for a term of 15 years from 29 September 2015\nThe rent payable under the Lease has been reviewed.");
    expect(get(memo, "documentType")?.value).toBe("Other");
    expect(get(memo, "effectiveDate")?.value).toBe("2026-01-12");
    expect(await value("WRITTEN RESOLUTIONS\nof\nCAIRNGORM HOLIDAYS LIMITED\n(the \"Company\")\nThe directors propose the resolutions below.\nSigned by Hamish Grant ............ Date ............", "parties")).toEqual(["CAIRNGORM HOLIDAYS LIMITED"]);
  });

  it("reads two parties in one numbered item or defined term, court captions, and earlier items of a numbered list", async () => {
    expect(await value('SHARE PURCHASE AGREEMENT\nPARTIES\n(1) JOHN ASKEW of Manor Farm, Driffield YO25 6RT and MARY ASKEW of Manor Farm, Driffield YO25 6RT (together the "Sellers")\n(2) HARTLEY LIMITED whose registered office is at 6 Park Row, Leeds (the "Buyer")\nBACKGROUND', "parties")).toEqual(["JOHN ASKEW", "MARY ASKEW", "HARTLEY LIMITED"]);
    expect(await value('STOCKHOLDERS AGREEMENT\nThis Agreement is made as of February 10, 2026, by and among Ridge Robotics, Inc., a Delaware corporation (the "Company"), Cumberland Partners III, L.P. ("Cumberland"), and Alicia Moreno and Benjamin Whitfield (each a "Founder").', "parties")).toEqual(["Ridge Robotics, Inc.", "Cumberland Partners III, L.P.", "Alicia Moreno", "Benjamin Whitfield"]);
    expect(await value("MINUTES OF SETTLEMENT\nBETWEEN:\nATHABASCA ROOFING LTD.\nPlaintiff\n- and -\nSTRATHCONA HOUSING SOCIETY\nDefendant\nWHEREAS the Plaintiff commenced this action.", "parties")).toEqual(["ATHABASCA ROOFING LTD.", "STRATHCONA HOUSING SOCIETY"]);
    expect(await value('SHARE PURCHASE AGREEMENT\nPARTIES\n(1) GEOFFREY WREN of Holly Barn, Ripon HG4 3RP; and\n(2) MARGARET WREN of Holly Barn, Ripon HG4 3RP,\n(together the Sellers); and\n(3) HALCYON GROUP LIMITED whose registered office is at 1 Princes Exchange, Leeds (Buyer).', "parties")).toEqual(["GEOFFREY WREN", "MARGARET WREN", "HALCYON GROUP LIMITED"]);
  });

  it("reads 'by / X / in favour of / Y' one name a line, 'Signed for X by its director', and a principal its agents write for", async () => {
    expect(await value("STANDARD SECURITY\nby\nBEN NEVIS OUTDOOR LIMITED\nin favour of\nCALEDONIAN MUTUAL BANK PLC\nSubjects: Unit 3, An Aird, Fort William", "parties")).toEqual(["BEN NEVIS OUTDOOR LIMITED", "CALEDONIAN MUTUAL BANK PLC"]);
    expect(await value("PRODUCT SUPPLY AGREEMENT\n1.1 This agreement is between the supplier and the customer who sign it at the end.\n2.1 The Supplier will supply the Products.\n3.1 The Customer will pay within 30 days.\n7.1 The laws of Victoria govern this agreement.\nSigned for GIPPSLAND MILLS PTY LTD ACN 004 118 272 (Supplier) by its director: Neil Faulkner\nSigned for KNOX FLOORING PTY LTD ACN 622 907 150 (Customer) by its director: Bianca Russo", "parties")).toEqual(["GIPPSLAND MILLS PTY LTD", "KNOX FLOORING PTY LTD"]);
    expect(await value("DRUMMOND KERR LLP\n160 St Vincent Street, Glasgow G2 5NR\nMackinnon & Reid Limited\nUnit 12, Hillington Park\nDate: 2 June 2025\nNOTICE OF RENT REVIEW\nDear Sirs\nWe write as agents for the Landlords.\nYours faithfully\nDrummond Kerr LLP\nfor and on behalf of The Clydeside Pension Trustees Limited", "parties")).toEqual(["The Clydeside Pension Trustees Limited", "Mackinnon & Reid Limited"]);
  });

  it("dates a notice when given, a caption 'Dated at <place>, this …', a Scots lease by its date of entry, and a variation by its variation date", async () => {
    expect(await value('From: Northumbria Textiles Limited\nTo: Baltic Home Retail SIA\nDate: 10 November 2025\nNOTICE OF TERMINATION\n2. We terminate the Agreement; the termination will take effect on 9 February 2026 (the "Termination Date").', "effectiveDate")).toBe("2025-11-10");
    expect(await value("MINUTES OF SETTLEMENT\nWHEREAS the parties attended a mediation on April 22, 2025.\n1. The Defendant shall pay $200,000.\nDated at Edmonton, Alberta, this 29th day of April, 2025.", "effectiveDate")).toBe("2025-04-29");
    const lease = await extract('LEASE\nbetween\nFORTH LIMITED ("the Landlords")\nand\nGRANGE LIMITED ("the Tenants")\n1. LET. The Landlords hereby let to the Tenants the subjects ("the Premises").\n2. DURATION. The lease shall be for the period of ten (10) years from and after 28 November 2025 ("the Date of Entry").\nSubscribed for the Tenants at Grangemouth on 21 November 2025');
    expect(get(lease, "effectiveDate")?.value).toBe("2025-11-28");
    expect(get(lease, "expiryDate")?.value).toBe("2035-11-28");
    expect(get(lease, "parties")?.value).toEqual(["FORTH LIMITED", "GRANGE LIMITED"]);
    expect(await value('VARIATION AGREEMENT\nBETWEEN (1) A LIMITED ("the Supplier") and (2) B LIMITED ("the Purchaser").\nBACKGROUND\n(A) The parties entered into an agreement entitled "Cask Supply Agreement" dated 2 May 2022 ("the Agreement").\n(B) The parties have agreed to vary the Agreement with effect from 1 December 2025 ("the Variation Date").\nSigned at Glasgow on 26 November 2025', "effectiveDate")).toBe("2025-12-01");
  });

  it("names what an amendment amends by the title it was given, reads the Island of Guernsey, and types a release of a guarantee as a deed despite the law clause's disputes", async () => {
    expect(await value('DEED OF VARIATION\nBETWEEN (1) A LIMITED (the "Lessor") and (2) B LIMITED (the "Lessee").\n(A) The Lessor let the Premises to the Lessee by a lease titled "Contract of Lease – Second Floor, Liberation Chambers" dated 1 July 2017 (the "Lease").\n1. The Lease is varied as below.', "amends")).toBe("Contract of Lease – Second Floor, Liberation Chambers");
    expect(findGoverningLaw("This Agreement is governed by the laws of the Island of Guernsey.")?.jurisdiction).toBe("Guernsey");
    expect(await value('DEED OF RELEASE\nPARTIES\n(1) MIDLAND FINANCE LIMITED (the "Lender")\n(2) RICHARD TOLLEY of The Old Rectory, Lichfield WS13 6AB (the "Guarantor")\n1. The Lender releases the Guarantor from the Guarantee.\n5. This deed and any dispute arising out of or in connection with it shall be governed by the law of England and Wales.', "documentType")).toBe("Deed");
  });
});

describe("round 6 readings (classes of miss in the former held-back v6 and tuning set v8)", () => {
  const extract = (text: string) => ruleBasedExtractor.extract(doc(text));
  const value = async (text: string, key: ExtractedField["key"]) => get(await extract(text), key)?.value;

  it("joins a key-details value a PDF wrapped before the name's legal form", async () => {
    const text = "SUPPLY AGREEMENT\nSupplier | Shannonside Dairy Designated Activity\nCompany\n\nBuyer | Corrib Foods Limited\n\nTerm | Four (4) years";
    expect(await value(text, "parties")).toEqual(["Shannonside Dairy Designated Activity Company", "Corrib Foods Limited"]);
  });

  it("titles a document by the body's heading when its cover reads 'AGREEMENT / for the sale and purchase of …'", async () => {
    const cover = "DATED 30 January 2026\n(1) THE SELLERS\n(2) HARTLEY GREEN LIMITED\nAGREEMENT\nfor the sale and purchase of the entire issued share capital of Wolds Limited\nSHARE PURCHASE AGREEMENT\nTHIS AGREEMENT is dated 30 January 2026";
    expect(await value(cover, "title")).toBe("SHARE PURCHASE AGREEMENT");
    expect(await value("AGREEMENT\nfor the sale and purchase of the business of Wolds Limited\nTHIS AGREEMENT is dated 30 January 2026", "title")).toBe("AGREEMENT for the sale and purchase of the business of Wolds Limited");
  });

  it("takes the law of this document, not of one it mentions", async () => {
    const escrow = "LICENCE AGREEMENT\n4.1 Within thirty days of the date of this agreement the Licensor shall deposit the source code under a three-party escrow agreement governed by the law of England and Wales.\n7.1 This agreement shall be governed by the law of Northern Ireland.";
    expect(await value(escrow, "governingLaw")).toBe("Northern Ireland");
    const recital = 'DEBENTURE\n(A) The Lenders made available a facility under a facility agreement (the "Facility Agreement"), which is governed by the law of England and Wales.\n5.1 This Debenture is governed by the laws of the Isle of Man.';
    expect(await value(recital, "governingLaw")).toBe("Isle of Man");
    expect(await value("SETTLEMENT AGREEMENT\nThe Supply Contract was expressed to be governed by the laws of England and Wales.\n5.1 This Agreement shall be governed by the laws of Kenya.", "governingLaw")).toBe("Kenya");
  });

  it("reads parties past a 'Nil' row, an execution block's role rows, 'represented by' and a nested bracket", async () => {
    expect(await value("RETAIL LEASE\nItem 1 – Landlord | Yarra Holdings Pty Ltd\nItem 2 – Tenant | Sable Cafe Pty Ltd\nItem 3 – Guarantor | Nil", "parties")).toEqual(["Yarra Holdings Pty Ltd", "Sable Cafe Pty Ltd"]);
    const loan = 'LOAN AGREEMENT\nThis LOAN AGREEMENT is made as of September 2, 2026, by and among HUDSON CAPITAL PARTNERS, LP, a Delaware limited partnership ("Lender"), EASTGATE HOLDINGS LLC, a New York limited liability company ("Borrower"), and MARCUS FELD, an individual ("Guarantor").\nIN WITNESS WHEREOF, the parties have executed this Agreement.\nLENDER: HUDSON CAPITAL PARTNERS, LP, By: Hudson GP, LLC, its general partner\nBORROWER: EASTGATE HOLDINGS LLC, By: ______';
    expect(await value(loan, "parties")).toEqual(["HUDSON CAPITAL PARTNERS, LP", "EASTGATE HOLDINGS LLC", "MARCUS FELD"]);
    const lease = 'AGREEMENT OF LEASE\nentered into by and between\nMELVILLE PROPERTY FUND (PTY) LTD (Registration No. 2011/004512/07), herein represented by Johan van der Merwe, duly authorised (the "Landlord")\nand\nUBUNTU SERVICES CC, herein represented by Thandiwe Nkosi (the "Tenant")\n1. Premises\n1.1 The Landlord lets to the Tenant Unit 3B (the "Premises").';
    expect(await value(lease, "parties")).toEqual(["MELVILLE PROPERTY FUND (PTY) LTD", "UBUNTU SERVICES CC"]);
    const nested = 'DEBENTURE\nTHIS DEBENTURE is made BETWEEN:\n(1) MANNIN FERRIES LIMITED, a company incorporated in the Isle of Man;\n(2) SNAEFELL PORT LIMITED (together with the company in paragraph (1), the "Chargors"); and\n(3) DOUGLAS TRUST COMPANY LIMITED as security trustee (the "Security Trustee").\nBACKGROUND';
    expect(await value(nested, "parties")).toEqual(["MANNIN FERRIES LIMITED", "SNAEFELL PORT LIMITED", "DOUGLAS TRUST COMPANY LIMITED"]);
  });

  it("gives minutes the company under their title and the day of the meeting", async () => {
    const minutes = await extract("Minutes of Meeting of the Board of Directors\nTAYSIDE ENGINEERING LIMITED (registered in Scotland, company number SC612345)\nHeld at the registered office, 18 Riverside Drive, Dundee, on 17 August 2026 at 10.00 am\n4. The meeting considered a lease for a term of ten (10) years from 1 October 2026.");
    expect(get(minutes, "parties")?.value).toEqual(["TAYSIDE ENGINEERING LIMITED"]);
    expect(get(minutes, "effectiveDate")?.value).toBe("2026-08-17");
  });

  it("reads a tenor row, a range from the commencement date, and skips another thing's term", async () => {
    const letter = "Kenya Bank Limited\n10 February 2026\nNaivasha Greenhouses Limited\nDear Sirs\nTERM LOAN FACILITY\nFacility | Term loan of KES 180,000,000\nTenor | Sixty (60) months from the date of this letter\nYours faithfully";
    const facility = await extract(letter);
    expect([get(facility, "term")?.value, get(facility, "expiryDate")?.value]).toEqual(["60 months", "2031-02-10"]);
    const licence = await extract('LICENCE TO OCCUPY\nTHIS LICENCE is dated 20 April 2026\n"Commencement Date" means 1 May 2026.\n"Licence Period" means the period from and including the Commencement Date to and including 31 October 2026.');
    expect([get(licence, "term")?.value, get(licence, "expiryDate")?.value]).toEqual(["6 months", "2026-10-31"]);
    const tolling = await extract('TOLLING AGREEMENT\nThis Agreement is effective as of May 7, 2024 (the "Effective Date").\n1. All statutes of limitation are tolled from the Effective Date through and including November 6, 2025.');
    expect(get(tolling, "term")).toBeUndefined();
    const poa = "POWER OF ATTORNEY\nTHIS DEED is made on 10 September 2026.\nThe Company is to enter into a vessel financing facility of up to US$22,000,000 with a term of five (5) years.\nThis power of attorney shall remain in force for a period of twelve (12) months from the date of this deed.";
    expect(await value(poa, "term")).toBe("12 months");
  });

  it("dates an addendum by its own effective date, not the date of what it amends, and names what it amends in full", async () => {
    const addendum = await extract('Second Addendum to Software Licence Agreement\nThis Second Addendum is executed at Bengaluru on this 15th day of May, 2026\n1. This Addendum shall come into effect from 1 June 2026 (the "Addendum Effective Date").');
    expect(get(addendum, "effectiveDate")?.value).toBe("2026-06-01");
    expect(get(addendum, "amends")?.value).toBe("Software Licence Agreement");
    expect(await value("Deed of Amendment\nrelating to a Shareholders' Agreement dated 9 March 2022\nTHIS DEED is made on the 22nd day of June 2026", "effectiveDate")).toBe("2026-06-22");
  });

  it("reads a notice's 'From:' and 'To:' parties, '- and -' lists, 'both of' and the execution block's role lines", async () => {
    const notice = 'NOTICE OF CLAIM\nFrom: Kowloon Holdings Limited, of 18/F, Millennium City 5, Kowloon (the "Purchaser")\nTo: Mr. Lam Chi Wai, of Flat 12B, Hong Kong, and Ms. Cheung Mei Ling, of 6 Shouson Hill Road, Hong Kong (together the "Vendors")\nDate: 20 March 2026\n7. Clause 16 of the Agreement provides that the Agreement is governed by the laws of Hong Kong.';
    const read = await extract(notice);
    expect(get(read, "parties")?.value).toEqual(["Kowloon Holdings Limited", "Mr. Lam Chi Wai", "Ms. Cheung Mei Ling"]);
    expect(get(read, "governingLaw")).toBeUndefined();
    const usa = 'UNANIMOUS SHAREHOLDER AGREEMENT\nTHIS AGREEMENT is made as of the 2nd day of February, 2026.\nAMONG:\nNORTHSHORE ANALYTICS INC., a corporation (the "Corporation")\n- and -\nMARIE-CLAUDE BÉLANGER, an individual residing in the City of Ottawa\n- and -\n2754419 ONTARIO INC., a corporation (together with Marie-Claude Bélanger, the "Shareholders")';
    expect(await value(usa, "parties")).toEqual(["NORTHSHORE ANALYTICS INC.", "MARIE-CLAUDE BÉLANGER", "2754419 ONTARIO INC."]);
    const both = 'DEED OF VARIATION\nBETWEEN:\n(1) ROBERT JAMES McCANN and ELAINE MARY McCANN both of 22 Malone Park, Belfast BT9 6NJ (together the "Landlord"); and\n(2) LAGAN PRINT LIMITED (the "Tenant").';
    expect(await value(both, "parties")).toEqual(["ROBERT JAMES McCANN", "ELAINE MARY McCANN", "LAGAN PRINT LIMITED"]);
    const signed = "CONTRACT OF EMPLOYMENT\nDated 10 August 2026\nThis contract sets out the terms on which the Employer named below employs the Employee named below.\n1. Duties\nThe Employee is employed as Field Manager.\nSIGNATURES\nEMPLOYER: SAVANNA AGRITECH LIMITED (Company No. PVT-1), P.O. Box 40123, Nairobi\nSigned by: Joseph Mwangi, Director\nEMPLOYEE: WANJIRU KAMAU, ID No. 28765432\nSigned by: Wanjiru Kamau";
    expect(await value(signed, "parties")).toEqual(["SAVANNA AGRITECH LIMITED", "WANJIRU KAMAU"]);
  });

  it("reads ranges from the effective date 'through' a date, defined renewal periods, and not a recital's renewal", async () => {
    const retention = await extract('RETENTION AGREEMENT\nThis Agreement is effective as of July 1, 2026 (the "Effective Date").\n1. Term. This Agreement shall remain in effect from the Effective Date through December 31, 2027 (the "Term"), and shall then expire automatically.\n5. Employee\'s employment remains at will and continues until terminated by either party.');
    expect([get(retention, "term")?.value, get(retention, "expiryDate")?.value]).toEqual(["18 months", "2027-12-31"]);
    const msa = 'MASTER SERVICES AGREEMENT\n“Commencement Date” means 1 May 2026;\n“Initial Term” means the period of thirty-six (36) months commencing on the Commencement Date;\n“Renewal Period” means each successive period of twelve (12) months following the Initial Term;\n2.2 On expiry of the Initial Term this Agreement shall automatically renew for successive Renewal Periods unless either party gives notice.';
    expect(await value(msa, "renewal")).toBe("12 months");
    const addendum = 'ADDENDUM NO. 1\nThis Addendum is entered into effective as of April 1, 2026.\nWHEREAS, Licensor and Licensee are parties to that certain Software License Agreement dated September 15, 2024, which renews automatically for successive one (1) year periods; and\nNOW, THEREFORE, the parties agree as follows:\n1. Schedule A is replaced.';
    expect(await value(addendum, "renewal")).toBeUndefined();
    expect(await value("OFFICE LEASE\nLease Term | Sixty (60) full calendar months\nCommencement Date | April 1, 2026", "term")).toBe("60 months");
  });

  it("types by substance: comfort letters, surrenders, intercreditor agreements, facilities, a supply minute", async () => {
    expect(await value("DEED OF SURRENDER OF LEASE\nTHIS DEED is made on 1 May 2026", "documentType")).toBe("Deed");
    expect(await value("SUBORDINATION AND INTERCREDITOR AGREEMENT\nThis Agreement is made on 1 May 2026 between the Senior Lender and the Borrower.", "documentType")).toBe("Other");
    expect(await value("HSBC Bank Limited\n1 March 2026\nAcme Limited\nDear Sirs\nBanking Facilities\nWe are pleased to offer the following facilities.\nYours faithfully", "documentType")).toBe("Facility agreement");
    expect(await value("FACILITIES MANAGEMENT SERVICES AGREEMENT\nThis Agreement is made on 1 May 2026.", "documentType")).toBe("Services agreement");
    const minute = "MINUTE OF AGREEMENT\nbetween A LIMITED and B LIMITED\nThe Supplier shall supply Casks to the Purchaser. The Purchaser shall place call-off orders before the delivery date. Delivery shall be made to the Purchaser's warehouse. The Supplier warrants each Cask.";
    expect(await value(minute, "documentType")).toBe("Supply agreement");
  });

  it("titles a letter by the heading under its salutation over the 'Re:' line below it, and names a variation's agreement", async () => {
    expect(await value('HARBOUR PROPERTIES LIMITED\n8 April 2026\nLantern Tea House Limited\nDear Sirs,\nConsent to Change of Control\nRe: Tenancy Agreement of Shop 3 dated 1 April 2023 (the "Lease")\n1. We refer to your letter.\nYours faithfully', "title")).toBe("Consent to Change of Control");
    const extension = 'Lagan Holdings Limited\n27 April 2026\nDear Sirs\nExtension of Long Stop Date\nWe propose that the Long Stop Date is extended to 31 July 2026.\nThis letter is a variation of the Share Purchase Agreement. Except as varied by this letter, the Share Purchase Agreement continues in full force.\nYours faithfully';
    const read = await extract(extension);
    expect(get(read, "amends")?.value).toBe("Share Purchase Agreement");
    expect(get(read, "expiryDate")).toBeUndefined();
  });

  it("calls a letter with no subject or heading a Letter", async () => {
    expect(await value("TANJUNG RESOURCES BERHAD\n27 February 2026\nBank Seri Permata Berhad\nDear Sirs,\nWe refer to the facility letter issued by you to our subsidiary.\nYours faithfully,", "title")).toBe("Letter");
  });
});

describe("round 7 readings (classes of miss in tuning set v10)", () => {
  const extract = (text: string) => ruleBasedExtractor.extract(doc(text));
  const value = async (text: string, key: ExtractedField["key"]) => get(await extract(text), key)?.value;

  it("reads a company's minutes and resolutions as the company's, with no term or law of the documents they approve", async () => {
    const minutes = await extract("SAVANNA AGRITECH LIMITED\n(Incorporated in Kenya)\nMINUTES OF A MEETING OF THE BOARD OF DIRECTORS\nheld at the Company's offices, Riverside Square, Riverside Drive, Nairobi on 11 March 2026 at 10.00 a.m.\n3. The Board considered a facility letter offering a term loan repayable over a period of three (3) years, governed by the laws of Kenya, with a term of six years from 1 May 2026.");
    expect(get(minutes, "parties")?.value).toEqual(["SAVANNA AGRITECH LIMITED"]);
    expect(get(minutes, "effectiveDate")?.value).toBe("2026-03-11");
    expect([get(minutes, "term"), get(minutes, "governingLaw")]).toEqual([undefined, undefined]);
    const resolutions = 'WRITTEN RESOLUTIONS\nof the members of FERNLEIGH DIGITAL LIMITED (the "Company")\nCirculation date: 5 May 2026\nWe, the undersigned, Oliver Brennan, Priya Chauhan and Thistledown Capital LLP, agree to the resolutions.';
    expect(await value(resolutions, "parties")).toEqual(["FERNLEIGH DIGITAL LIMITED"]);
    expect(await value(resolutions, "effectiveDate")).toBe("2026-05-05");
  });

  it("reads parties from a cover with a middle initial, a schedule beside a named party, an unlabelled middle party and a release", async () => {
    const cover = "STOCK PURCHASE AGREEMENT\nby and among\nCORVID INDUSTRIAL INC.,\nNORTHGATE HOLDINGS LLC,\nMARCUS J. WHITFIELD\nand\nLUMEN PRECISION TOOLING, INC.\nDated as of February 27, 2026";
    expect(await value(cover, "parties")).toEqual(["CORVID INDUSTRIAL INC.", "NORTHGATE HOLDINGS LLC", "MARCUS J. WHITFIELD", "LUMEN PRECISION TOOLING, INC."]);
    const scheduled = 'TERM FACILITY AGREEMENT\nTHIS AGREEMENT is dated 12 February 2026 and made BETWEEN:\n(1) CALDER HOLDINGS LIMITED (the "Borrower"); and\n(2) THE FINANCIAL INSTITUTIONS listed in Schedule 1 (the "Original Lenders").\n1. DEFINITIONS\nSCHEDULE 1 THE ORIGINAL LENDERS\nName of Original Lender | Commitment\nNorthbridge Bank PLC | £20,000,000\nRhine Mercantile Bank | £10,000,000\nAG | \nThis Agreement has been entered into on the date stated at the beginning of this Agreement, which is the date the parties signed it and delivered it.';
    expect(await value(scheduled, "parties")).toEqual(["CALDER HOLDINGS LIMITED", "Northbridge Bank PLC", "Rhine Mercantile Bank AG"]);
    const pledge = 'PLEDGE AND SECURITY AGREEMENT\nThis Agreement is made as of March 3, 2026, by and among REDWOOD FOODS, INC., a Delaware corporation (the "Company"), REDWOOD DISTRIBUTION LLC, a Delaware limited liability company, and COASTLINE STORAGE LLC, a California limited liability company (together with the Company, each a "Grantor"), and MERIDIAN TRUST COMPANY, N.A., as collateral agent (the "Collateral Agent").\nRECITALS';
    expect(await value(pledge, "parties")).toEqual(["REDWOOD FOODS, INC.", "REDWOOD DISTRIBUTION LLC", "COASTLINE STORAGE LLC", "MERIDIAN TRUST COMPANY, N.A."]);
    expect(await value("GENERAL RELEASE OF ALL CLAIMS\n1. Release. I, Marcus T. Whitfield, release Solano Ridge Vineyards, LLC, a California limited liability company (the \"Company\"), from all claims.", "parties")).toEqual(["Marcus T. Whitfield", "Solano Ridge Vineyards, LLC"]);
  });

  it("reads a power of attorney made 'by way of deed … by X … in favour of Y', without the term of the lease it is for", async () => {
    const poa = await extract('POWER OF ATTORNEY\nTHIS POWER OF ATTORNEY is made by way of deed on the twenty-first day of January 2026 by HARBOURVIEW PROPERTIES LIMITED, a company incorporated in Jersey (the "Company"), in favour of ROWAN McALLISTER of La Maison Blanche, Rue de la Pointe, St Brelade (the "Attorney").\n1.1 The Company proposes to take a lease of Unit 4, Le Capelain Business Park for a term of fifteen (15) years.');
    expect(get(poa, "parties")?.value).toEqual(["HARBOURVIEW PROPERTIES LIMITED", "ROWAN McALLISTER"]);
    expect(get(poa, "term")).toBeUndefined();
  });

  it("reads terms that commence on a day and continue to another, run from year to year, from a row's range, from the date of the agreement, or from an undated drawdown", async () => {
    const engagement = await extract('CONSULTANCY AGREEMENT\n2.1 The engagement shall commence on 1 February 2026 (the "Commencement Date") and shall continue for the period ending on 31 December 2026, when it shall expire.');
    expect([get(engagement, "term")?.value, get(engagement, "expiryDate")?.value]).toEqual(["11 months", "2026-12-31"]);
    const minute = await extract('MINUTE OF AGREEMENT\n2.1 This Agreement shall have effect from 1 August 2026 (the "Commencement Date") for a period of two years.\n2.2 Thereafter this Agreement shall continue automatically from year to year unless either party gives notice.');
    expect([get(minute, "expiryDate")?.value, get(minute, "renewal")?.value]).toEqual(["2028-08-01", "1 year"]);
    expect(await value("SOFTWARE LICENCE\nCommencement Date | 1 May 2026\nLicence Term | from 1 May 2026 to 30 April 2028", "term")).toBe("24 months");
    const standstill = await extract('STANDSTILL AGREEMENT\nTHIS AGREEMENT is made as of the 1st day of July, 2026.\n1. "Standstill Period" means the period from and including the date of this Agreement to and including June 30, 2027.');
    expect([get(standstill, "term")?.value, get(standstill, "expiryDate")?.value]).toEqual(["12 months", "2027-06-30"]);
    const letter = await extract("HARBOUR CITY BANK LIMITED\n9 March 2026\nJade Lotus Trading Company Limited\nDear Sirs\nFACILITY LETTER\nFacility | Term loan\nTenor | 24 months from the Drawdown Date\nYours faithfully");
    expect([get(letter, "term")?.value, get(letter, "expiryDate")]).toEqual(["24 months", undefined]);
  });

  it("reads letters: a notice's heading above its 'Re:', a letter's own date over a tenancy's start, its own undertakings' period, and a second subject line", async () => {
    const notice = await extract('RIFT VALLEY PROCESSORS LIMITED\n5th May 2026\nNyali Packaging Limited\nNOTICE OF DISPUTE\nRe: Packaging Supply Agreement dated 1st June 2023 (the "Agreement")\nDear Sir,\n1. We refer to the Agreement.\nYours faithfully');
    expect([get(notice, "title")?.value, get(notice, "documentType")?.value]).toEqual(["NOTICE OF DISPUTE", "Notice"]);
    expect(await value("ISLAND PROPERTIES LIMITED\n8th June 2026\nLantau Tenant Limited\nDear Sirs\nConsent to Sub-let\nThe Tenancy is for a term of six (6) years commencing on 1st January 2024.\nYours faithfully", "effectiveDate")).toBe("2026-06-08");
    const side = await extract("SHAREHOLDER LIMITED\n11 March 2026\nInvestor Limited\nDear Sirs\nSide Letter\n3. The undertakings in this letter apply for a period of twenty-four (24) months from the date of this letter.\nYours faithfully");
    expect([get(side, "term")?.value, get(side, "expiryDate")?.value]).toEqual(["24 months", "2028-03-11"]);
    const extension = 'KARAKA BAY CAPITAL LIMITED\n20 March 2026\nPohutukawa Holdings Limited\nDear Directors\nExtension of Long Stop Date\nShare Purchase Agreement dated 2 December 2025 between Karaka Bay Capital Limited and Pohutukawa Holdings Limited (the "Agreement")\nWe propose that the Long Stop Date is extended and the Agreement is amended so that it reads 30 June 2026.\nYours faithfully';
    expect(await value(extension, "amends")).toBe("Share Purchase Agreement");
  });
});

describe("round 8 readings (classes of miss in tuning set v11)", () => {
  const extract = (text: string) => ruleBasedExtractor.extract(doc(text));
  const value = async (text: string, key: ExtractedField["key"]) => get(await extract(text), key)?.value;

  it("ends a term on the last day of its Nth month, and reads a tolling period the agreement lasts for", async () => {
    const supply = await extract('SUPPLY AGREEMENT\n"Commencement Date" means 1 July 2026.\n"Initial Term" means the period commencing on the Commencement Date and ending on the last day of the twenty-fourth (24th) month of that period;\n3.1 This Agreement shall be in force for the Initial Term.');
    expect([get(supply, "term")?.value, get(supply, "expiryDate")?.value]).toEqual(["24 months", "2028-06-30"]);
    const tolling = await extract('TOLLING AGREEMENT\n1. "Effective Date" means June 1, 2026. "Tolling Period" means the period commencing on the Effective Date and ending on November 30, 2026 (the "Expiration Date").\n4. This Agreement remains in effect for the Tolling Period.');
    expect([get(tolling, "term")?.value, get(tolling, "expiryDate")?.value]).toEqual(["6 months", "2026-11-30"]);
  });

  it("reads a renewal row, and not the renewal of the agreement an addendum describes", async () => {
    expect(await value("JOINT VENTURE AGREEMENT\nEffective Date | 1 May 2026\nInitial Term | five (5) years from the Effective Date\nRenewal | automatic, for successive periods of two (2) years each, unless either Party gives notice", "renewal")).toBe("2 years");
    const addendum = "SECOND ADDENDUM TO THE MASTER SERVICES AGREEMENT\nAddendum Date | 20 March 2026\nAddendum Effective Date | 1 April 2026\nAgreement amended | Master Services Agreement dated 1 April 2023 between the parties, with an initial term of five (5) years and automatic renewal for successive periods of one (1) year";
    const read = await extract(addendum);
    expect([get(read, "renewal"), get(read, "effectiveDate")?.value]).toEqual([undefined, "2026-04-01"]);
  });

  it("reads a stacked cover list, '(together, Tenant) AND …', 'on the one hand, and', and trustees 'of' a foundation", async () => {
    const cover = "SHARE PURCHASE AGREEMENT\namong\n2468135 ONTARIO INC.\n– and –\nDANIEL RHYS OKAFOR-WHITMAN\n(collectively, as Vendors)\n– and –\nNORTHBOUND EQUIPMENT HOLDINGS LTD.\n(as Purchaser)\nDated as of March 31, 2026\nVendor | Class A Common Shares | Purchase Price";
    expect(await value(cover, "parties")).toEqual(["2468135 ONTARIO INC.", "DANIEL RHYS OKAFOR-WHITMAN", "NORTHBOUND EQUIPMENT HOLDINGS LTD."]);
    const deed = "DEED OF VARIATION OF LEASE\nTHIS DEED is made on 2 February 2026\nBETWEEN YARRA HOLDINGS PTY LTD of Level 4, 101 Collins Street, Melbourne (Landlord) AND MELISSA JANE O'CONNOR of 17 Rowe Street, Fitzroy and DANIEL R. FITZGERALD of 3/52 Nicholson Street, Brunswick (together, Tenant) AND BRUNSWICK HOSPITALITY PTY LTD of 280 Brunswick Street, Fitzroy (Guarantor)\nRECITALS\nA. By a Retail Premises Lease dated 14 February 2023 the Landlord leased the premises to the Tenant.\nOPERATIVE PART";
    const read = await extract(deed);
    expect(get(read, "parties")?.value).toEqual(["YARRA HOLDINGS PTY LTD", "MELISSA JANE O'CONNOR", "DANIEL R. FITZGERALD", "BRUNSWICK HOSPITALITY PTY LTD"]);
    expect(get(read, "amends")?.value).toBe("Retail Premises Lease");
    const settlement = 'SETTLEMENT AGREEMENT\nThis Agreement is made as of February 17, 2026, by and among REDWOOD BREWING COMPANY, LLC, a California limited liability company, and MARISOL T. LUND, an individual (together, "Plaintiffs"), on the one hand, and PACIFIC CANNING SYSTEMS, INC., an Oregon corporation, and HAROLD B. WHITCOMBE, an individual (together, "Defendants"), on the other hand.\nRECITALS';
    expect(await value(settlement, "parties")).toEqual(["REDWOOD BREWING COMPANY, LLC", "MARISOL T. LUND", "PACIFIC CANNING SYSTEMS, INC.", "HAROLD B. WHITCOMBE"]);
    expect(await value("CONSULTANCY AGREEMENT\nClient | The Registered Trustees of the Savanna Health Foundation, a body corporate, of P.O. Box 40123, Nairobi\nConsultant | Wanjiru Achieng Otieno, of House No. 12, Nairobi", "parties")).toEqual(["The Registered Trustees of the Savanna Health Foundation", "Wanjiru Achieng Otieno"]);
  });

  it("titles a document by its kind when a dash adds its subject", async () => {
    expect(await value("SOFTWARE SUBSCRIPTION AGREEMENT – CLOUD FREIGHT MANAGEMENT PLATFORM (ENTERPRISE EDITION)\nThis Agreement is dated 1 May 2026.", "title")).toBe("SOFTWARE SUBSCRIPTION AGREEMENT");
  });
});

describe("round 9 readings (classes of miss in tuning set v12)", () => {
  const extract = (text: string) => ruleBasedExtractor.extract(doc(text));

  it("reads a numbered three-column particulars table whose cells a PDF wrapped", async () => {
    const lease = await extract("COMMERCIAL LEASE\nREFERENCE SCHEDULE\nItem | Particular | Detail\n1 | Lessor | Coastline Property Holdings Pty\nLtd ACN 612 884 301 of Level 9, 50 Pitt Street, Sydney\n2 | Lessee | Bondi Physio Group Pty Ltd of Shop 7, Bondi Beach\n4 | Term | Five (5) years commencing on the\nCommencement Date\n5 | Commencement Date | 1 July 2026");
    expect(get(lease, "parties")?.value).toEqual(["Coastline Property Holdings Pty Ltd", "Bondi Physio Group Pty Ltd"]);
    expect([get(lease, "term")?.value, get(lease, "effectiveDate")?.value, get(lease, "expiryDate")?.value]).toEqual(["5 years", "2026-07-01", "2031-06-30"]);
  });

  it("ends a numbered party list where the numbering starts again", async () => {
    const spa = 'SHARE PURCHASE AGREEMENT\nThis Agreement is executed at Mumbai on 5 August 2026 by and among:\n1. MR. RAJESH KUMAR IYER, residing at Bandra (hereinafter "Seller 1");\n2. INDUS AGRITECH PRIVATE LIMITED, a company (hereinafter the "Purchaser").\n1. SALE AND PURCHASE\n1.1 The Sellers shall sell the shares.';
    expect(get(await extract(spa), "parties")?.value).toEqual(["MR. RAJESH KUMAR IYER", "INDUS AGRITECH PRIVATE LIMITED"]);
  });
});

describe("round 10 readings (the rest of v12's misses)", () => {
  const extract = (text: string) => ruleBasedExtractor.extract(doc(text));

  it("reads a table whose first row names its columns, a cell a PDF wrapped after 'from' included", async () => {
    const letter = (tenor: string) =>
      `RIFT VALLEY COMMERCIAL BANK LIMITED\n2 March 2026\nNakuru Dairy Co-operative Society Limited\nDear Sirs\n# Banking Facility Letter\nWe are pleased to offer you the following facility.\nFacility | Limit | Purpose | Tenor\n${tenor}\nGoverning law: the laws of Kenya.`;
    for (const row of ["Overdraft | KES 15,000,000 | Working capital | Twelve (12) months from the date of this letter", "Overdraft | KES 15,000,000 | Working capital, | Twelve (12) months from\nincluding payments to | the date of this letter"]) {
      const fields = await extract(letter(row));
      expect([get(fields, "term")?.value, get(fields, "expiryDate")?.value], row).toEqual(["12 months", "2027-03-02"]);
    }
  });

  it("takes no expiry from a key-terms row describing another document, even where a PDF wrapped the cell", async () => {
    const pledge =
      "SHARE PLEDGE AGREEMENT\nKEY TERMS\nTerm | Meaning | Clause\nDate | 30 November 2026 | Front page\nPledgor | Al Noor Family Holdings Limited | 1.1\nPledgee | Gulf Horizon Bank PJSC | 1.1\nFacility Agreement | The US$40,000,000 term facility | 1.1\nagreement dated 3 March 2025 with a final maturity date of 3 March 2030\nTHIS AGREEMENT is made on the Date between the Pledgor and the Pledgee.\nFor Gulf Horizon Bank PJSC as | Name: Fatima Rahman | Title: Head of Agency and Trustee\nPledgee | Services";
    const fields = await extract(pledge);
    expect(get(fields, "expiryDate")).toBeUndefined();
    expect(get(fields, "parties")?.value).toEqual(["Al Noor Family Holdings Limited", "Gulf Horizon Bank PJSC"]);
  });

  it("names the amended agreement by the title it was given when the body calls it by its kind", async () => {
    const minute =
      'MINUTE OF VARIATION\nbetween\nLOCHSIDE FOODS LIMITED ("Lochside")\nand\nGRAMPIAN COLD CHAIN LOGISTICS LLP ("GCCL")\nWHEREAS:\n(A) Lochside and GCCL are parties to an agreement entitled "Framework Agreement for Refrigerated Haulage Services" dated 12 March 2024 (the "Framework Agreement").\n(B) The parties wish to vary the Framework Agreement.';
    expect(get(await extract(minute), "amends")?.value).toBe("Framework Agreement for Refrigerated Haulage Services");
  });

  it("reads a power of attorney 'granted by X in favour of Y' on its cover", async () => {
    const poa =
      'GENERAL POWER OF ATTORNEY\ngranted by MANNIN MARINE SERVICES LIMITED\nin favour of KATHRYN LOUISE CHRISTIAN\nTHIS POWER OF ATTORNEY is made on 4 November 2026 by MANNIN MARINE SERVICES LIMITED, a company incorporated in the Isle of Man (the "Company").\n1.1 The Company appoints KATHRYN LOUISE CHRISTIAN of Ballagarey Farm (the "Attorney").\nEXECUTED as a deed by | Director: William Quayle\nDirector: Frances Corkill';
    expect(get(await extract(poa), "parties")?.value).toEqual(["MANNIN MARINE SERVICES LIMITED", "KATHRYN LOUISE CHRISTIAN"]);
  });
});

describe("execution tables", () => {
  it("names the parties from the name column of an execution table, not its addresses or signatories", async () => {
    const licence =
      "LICENCE TO OCCUPY\nThis Licence is made on the date stated in the execution table between the Licensor and the Licensee identified there.\n1. The Licensor permits the Licensee to occupy the Workspace.\nEXECUTION\nRole | Name | Address | Signature and date\nLicensor | Liffey Quay Workspaces DAC (company number 698213) | 14 Ormond Quay Upper, Dublin 7 | Signed by Niamh O'Sullivan, director, on 20 August 2026\nLicensee | Saoirse Byrne, trading as Byrne Design Studio | 31 Manor Street, Dublin 7 | Signed by Saoirse Byrne on 21 August 2026";
    expect(get(await ruleBasedExtractor.extract(doc(licence)), "parties")?.value).toEqual(["Liffey Quay Workspaces DAC", "Saoirse Byrne"]);
  });
});

describe("round 11 readings (classes of miss in tuning set v13)", () => {
  const extract = (text: string) => ruleBasedExtractor.extract(doc(text));
  const fieldsOf = async (text: string, keys: ExtractedField["key"][]) => {
    const fields = await extract(text);
    return keys.map((key) => get(fields, key)?.value);
  };

  it("takes the tenor, not an availability period, as a facility letter's term", async () => {
    const letter = "HARBOUR BANK LIMITED\n18 March 2026\nKowloon Moulds Limited\nDear Sirs\nFacility Letter\nWe are pleased to offer you a term loan facility.\nAvailability Period | 3 months from the date of this letter\nTenor | 3 years from the date of this letter";
    expect(await fieldsOf(letter, ["term", "expiryDate"])).toEqual(["3 years", "2029-03-18"]);
  });

  it("reads the term of a defined 'Loan Term' and of a 'Term' row that runs from the commencement date", async () => {
    expect(await fieldsOf('LOAN AGREEMENT\nThis Agreement is dated 4 August 2025.\n"Loan Term" means thirty-six (36) months from and including the date of this Agreement.', ["term", "expiryDate"])).toEqual(["36 months", "2028-08-03"]);
    const details = "CONSULTANCY AGREEMENT\nServices | Advice on the Renewal Program\nCommencement Date | 1 July 2026\nTerm | From the Commencement Date until and including 30 June 2027";
    expect(await fieldsOf(details, ["term", "expiryDate"])).toEqual(["12 months", "2027-06-30"]);
  });

  it("reads a range whose start is defined in brackets, and 'up to and including'", async () => {
    expect(await fieldsOf('MINUTE OF LEASE\n1.2 The Lease shall be for the period from and including 28 May 2026 (the "Date of Entry") until and including 27 May 2036.', ["term", "expiryDate"])).toEqual(["120 months", "2036-05-27"]);
    const defined = 'HOSTING AGREEMENT\n"Commencement Date" means 1 March 2026.\n"Term" means the period from and including the Commencement Date up to and including 29 February 2028.';
    expect(await fieldsOf(defined, ["term", "expiryDate"])).toEqual(["24 months", "2028-02-29"]);
  });

  it("keeps an open-ended licence open-ended despite a minimum commitment period", async () => {
    const licence = 'LICENCE TO OCCUPY\n2.1 This Licence commences on 1 March 2026 (the "Commencement Date") and continues until terminated by either party giving four weeks\' notice.\n2.2 There is a minimum commitment period of three months from the Commencement Date.';
    expect(await fieldsOf(licence, ["term", "expiryDate"])).toEqual(["Until terminated", undefined]);
  });

  it("reads a letter of amendment: its defined effective date, what it amends, and not the amended agreement's term", async () => {
    const letter =
      'KAROO SOLAR COMPONENTS (PTY) LTD\n30 September 2026\nHighveld Mining Supplies (Pty) Ltd\nLetter of Amendment\nDear Mr van der Merwe\n1. We refer to the Supply Agreement between Karoo and Highveld dated 4 October 2024 (the "Supply Agreement"). The Supply Agreement has an initial term of five (5) years commencing on 4 October 2024.\n2. With effect from 1 October 2026 (the "Amendment Effective Date"), the Supply Agreement is amended as follows.';
    expect(await fieldsOf(letter, ["documentType", "effectiveDate", "amends", "term"])).toEqual(["Amendment", "2026-10-01", "Supply Agreement", undefined]);
  });

  it("reads parties from a cover with no 'between', from execution blocks the opening points to, and a name holding 'and'", async () => {
    const cover = "PATENT LICENCE AGREEMENT\nDECCAN BIOSCIENCES PRIVATE LIMITED\n(as Licensor)\nand\nNILGIRI AGRITECH LLP\n(as Licensee)\nDated 27 November 2025\n3.2 The licence shall subsist for a period of seven (7) years from the First Commercial Sale.";
    expect(await fieldsOf(cover, ["parties", "term", "expiryDate"])).toEqual([["DECCAN BIOSCIENCES PRIVATE LIMITED", "NILGIRI AGRITECH LLP"], "7 years", undefined]);
    const settlement =
      'SETTLEMENT AGREEMENT\nTHIS AGREEMENT is made on 27 April 2026 between the parties whose details are set out in the execution block at the end of this Agreement.\n5. Non-solicitation. For six (6) months the Employee shall not solicit any customer.\nEXECUTION\nSIGNED by DAVID RONO, Director, for and on behalf of KESTREL LOGISTICS (KENYA)\nLIMITED (Company No. PVT-7XY123A)\nSIGNED by WANJIRU ACHIENG ODHIAMBO (ID No. 28765432), of P.O. Box 1180, Nairobi';
    expect(await fieldsOf(settlement, ["parties"])).toEqual([["KESTREL LOGISTICS (KENYA) LIMITED", "WANJIRU ACHIENG ODHIAMBO"]]);
    const agency =
      'SALES AGENCY AGREEMENT\nThis Agreement is made at Chennai on 15 May 2026 BY AND BETWEEN Vaigai Pumps and Motors Private Limited, a company incorporated under the Companies Act, 2013, hereinafter referred to as the "Principal" (which expression shall include its successors) of the ONE PART; AND Raghavan & Sons, a partnership firm, hereinafter referred to as the "Agent" of the OTHER PART.';
    expect(await fieldsOf(agency, ["parties"])).toEqual([["Vaigai Pumps and Motors Private Limited", "Raghavan & Sons"]]);
  });

  it("takes a letter's title-case heading above the matter line, never a reference line or 'The Board of Directors'", async () => {
    const letter = "KOWHAI MEDIA LIMITED\n18 March 2026\nMs Hannah Whitcombe\nTui Streaming Limited\nYour ref: Letter dated 2 March 2026\nConsent to Sub-licensing\nContent Licence Agreement dated 2 March 2023 between Kowhai Media Limited and Tui Streaming Limited\nDear Hannah\nWe refer to your letter.";
    expect(await fieldsOf(letter, ["title"])).toEqual(["Consent to Sub-licensing"]);
  });

  it("reads 'the last day of December 2028' as a date", () => {
    expect(findDates("This Deed shall expire at midnight on the last day of December 2028.").map((d) => d.iso)).toEqual(["2028-12-31"]);
  });
});

describe("round 12 readings (classes of miss in tuning set v14 and in PDFs wrapped at other widths)", () => {
  const fieldsOf = async (text: string, keys: ExtractedField["key"][]) => {
    const fields = await ruleBasedExtractor.extract(doc(text));
    return keys.map((key) => get(fields, key)?.value);
  };

  it("reads a subscription term that 'runs from the Commencement Date, 1 April 2026, to 31 March 2027'", async () => {
    const text = "SOFTWARE SUBSCRIPTION AGREEMENT\n3.1 The initial Subscription Term runs from the Commencement Date, 1 April 2026, to 31 March 2027 (both dates inclusive).";
    expect(await fieldsOf(text, ["effectiveDate", "expiryDate", "term"])).toEqual(["2026-04-01", "2027-03-31", "12 months"]);
  });

  it("reads 'the date that is 24 months after the Closing Date' as a term with no known end", async () => {
    const text = 'TERM LOAN AGREEMENT\nThis Agreement is made as of March 3, 2026.\n"Maturity Date" means the date that is twenty-four (24) months after the Closing Date.';
    expect(await fieldsOf(text, ["term", "expiryDate"])).toEqual(["24 months", undefined]);
  });

  it("takes no range from a date changed from one day to another, and no end from a term starting on an event", async () => {
    const variation = 'DEED OF VARIATION\nTHIS DEED OF VARIATION is made on 9 March 2026.\n"Variation Date" means 25 March 2026.\n2.2 the rent review date in clause 4.2 of the Lease is changed from 24 June 2026 to 24 December 2026.';
    expect(await fieldsOf(variation, ["term", "expiryDate"])).toEqual([undefined, undefined]);
    const hosting = "HOSTING AGREEMENT\nTHIS AGREEMENT is dated 20 January 2026.\n“Minimum Term” means the period of eighteen (18) months starting on the Go-Live Date.";
    expect(await fieldsOf(hosting, ["term", "expiryDate"])).toEqual(["18 months", undefined]);
  });

  it("reads a revolving facility's availability period as its term when it states no tenor", async () => {
    const letter = "HARBOUR BANK LIMITED\n16 March 2026\nJade Lotus Trading Company Limited\nDear Sirs\nRevolving Loan Facility Letter\nWe are pleased to offer you the following facility.\nAvailability Period | Twelve (12) months from the date of this letter";
    expect(await fieldsOf(letter, ["term", "expiryDate"])).toEqual(["12 months", "2027-03-16"]);
  });

  it("names parties from role-only signature lines, two companies in one cell, and a name with an apostrophe", async () => {
    const saas =
      "SOFTWARE SUBSCRIPTION AGREEMENT\nThis Agreement is entered into on 3 March 2026 between the Provider and the Subscriber, each as named in the signature blocks at the end of this Agreement.\n1. Licence. The Provider grants a licence.\n2. Fees. The Subscriber pays the fees.\n3. Law. Singapore law governs.\nSIGNED for and on behalf of the Provider:\nLUMEN LEDGER PTE. LTD. (UEN 201912345K), 10 Anson Road, Singapore\nSIGNED for and on behalf of the Subscriber:\nONG KENG HUI & PARTNERS LLP (UEN T14LL0821B), 1 Raffles Place, Singapore";
    expect(await fieldsOf(saas, ["parties"])).toEqual([["LUMEN LEDGER PTE. LTD.", "ONG KENG HUI & PARTNERS LLP"]]);
    const supply = "SUPPLY AGREEMENT\n1 | Supplier | Northbay Polymers Inc., a corporation of Ontario\n2 | Customer | Halvorsen Packaging Ltd. and Halvorsen Packaging (Québec) Inc., each of 88 Dufferin Street, Toronto";
    expect(await fieldsOf(supply, ["parties"])).toEqual([["Northbay Polymers Inc.", "Halvorsen Packaging Ltd.", "Halvorsen Packaging (Québec) Inc."]]);
    const contract = 'FIXED-TERM CONTRACT OF EMPLOYMENT\nThis contract is made on 1 May 2026 between Lagan Valley Health Partnership Limited (the "Employer") and Siobhán Marie O’Hare (the "Employee").';
    expect(await fieldsOf(contract, ["parties"])).toEqual([["Lagan Valley Health Partnership Limited", "Siobhán Marie O’Hare"]]);
  });

  it("does not take another lease's parties or a rent review's 'as at' date for a memorandum's own", async () => {
    const memo =
      'MEMORANDUM OF RENT REVIEW\nLease: a lease dated 29 September 2016 and made between Colmore Row Investments Limited (1) and Tallis Pryce LLP (2)\nRent review: the review under clause 5 of the Lease as at 29 September 2026\nTHIS MEMORANDUM is dated 11 November 2026 and is made between:\n(1) ASHGROVE PENSION TRUSTEES LIMITED (the "Landlord"); and\n(2) TALLIS PRYCE LLP (the "Tenant").';
    expect(await fieldsOf(memo, ["parties", "effectiveDate"])).toEqual([["ASHGROVE PENSION TRUSTEES LIMITED", "TALLIS PRYCE LLP"], "2026-11-11"]);
  });

  it("reads a party whose description a PDF wrapped before its role, and a letter's 'Re:' line wrapped mid-phrase", async () => {
    const consultancy = 'CONSULTANCY AGREEMENT\nDate: 9 July 2024\nParties\nTE AWA ENERGY LIMITED, a company having its registered office at Level 6, 22 Customhouse\nQuay, Wellington ("Client")\nHEMI TAUROA of 14 Rata Street, Lower Hutt, consultant ("Consultant")\nBackground';
    expect(await fieldsOf(consultancy, ["parties"])).toEqual([["TE AWA ENERGY LIMITED", "HEMI TAUROA"]]);
    const notice = "SAGUARO COFFEE ROASTERS, INC.\nJune 2, 2025\nCanyon Ridge Properties, LLC\nRe: Notice of Exercise of Option to Renew - Commercial Lease Agreement dated August\n5, 2024\nDear Property Manager:\nTenant hereby exercises its option.";
    expect(await fieldsOf(notice, ["title"])).toEqual(["Notice of Exercise of Option to Renew - Commercial Lease Agreement dated August 5, 2024"]);
  });
});

describe("round 13 readings (classes of miss in tuning set v15)", () => {
  const fieldsOf = async (text: string, keys: ExtractedField["key"][]) => {
    const fields = await ruleBasedExtractor.extract(doc(text));
    return keys.map((key) => get(fields, key)?.value);
  };

  it("keeps an open-ended master agreement open-ended though its first SOW has a term", async () => {
    const msa = "MASTER SERVICES AGREEMENT\nThis Agreement is made as of March 3, 2026.\n1.2 The first SOW, for a pilot project, has a term of six (6) months.\n4.1 This Agreement shall commence on the Effective Date and shall remain in effect until terminated by either party.";
    expect(await fieldsOf(msa, ["term", "expiryDate"])).toEqual(["Until terminated", undefined]);
  });

  it("reads 'ends on the fifth (5th) anniversary of the Effective Date' and a 'Contract Period' range", async () => {
    const distribution = 'DISTRIBUTION AGREEMENT\n"Effective Date" means January 15, 2026.\n3.1 The initial term begins on the Effective Date and ends on the fifth (5th) anniversary of the Effective Date.';
    expect(await fieldsOf(distribution, ["term", "expiryDate"])).toEqual(["5 years", "2031-01-15"]);
    const supply = '"Commencement Date" means 1 April 2026.\n"Contract Period" means the period commencing on the Commencement Date and ending on 31 March 2029.';
    expect(await fieldsOf(`SUPPLY AGREEMENT\n${supply}`, ["term", "expiryDate"])).toEqual(["36 months", "2029-03-31"]);
  });

  it("reads a standstill period 'beginning on … and ending on …', whatever the clause forbids", async () => {
    const standstill = "STANDSTILL AGREEMENT\nTHIS STANDSTILL AGREEMENT is dated as of October 15, 2026.\n4. The Lender shall not demand payment during the period beginning on October 15, 2026 and ending on January 14, 2027 (the \"Standstill Period\").";
    expect(await fieldsOf(standstill, ["term", "expiryDate"])).toEqual(["3 months", "2027-01-14"]);
  });

  it("reads the extension an amendment makes as its term, and the amendment's own date as its start", async () => {
    const amendment =
      'FIRST AMENDMENT TO LEASE\nThis First Amendment is made as of March 3, 2026.\nA. Landlord and Tenant are parties to that certain Office Lease dated May 14, 2021 (the "Lease").\n4. Extension of Term. The Term of the Lease is hereby extended for a period of thirty-six (36) months (the "Extension Term"), commencing on July 1, 2026 and expiring on June 30, 2029.';
    expect(await fieldsOf(amendment, ["effectiveDate", "term", "expiryDate"])).toEqual(["2026-03-03", "36 months", "2029-06-30"]);
  });

  it("reads a letter's own duration, a renewal for 'a further Holdover Period', and not 'will no longer end on'", async () => {
    const comfort = "KINTA HOLDINGS BERHAD\n1 July 2026\nPerak Merchant Bank Berhad\nDear Sirs\nWe refer to the facilities granted to our subsidiary.\nThis letter will remain in effect for eighteen (18) months from its date, after which it will lapse.";
    expect(await fieldsOf(comfort, ["term", "expiryDate"])).toEqual(["18 months", "2028-01-01"]);
    const kiosk = "KIOSK LICENCE AGREEMENT\nItem 7 — Commencement Date | 1 August 2026\nItem 8 — Licence Period | eighteen (18) months starting on the Commencement Date\nItem 9 — Holdover Period | six (6) months\n3.2 At the end of the Licence Period this Agreement automatically continues for a further Holdover Period unless either party gives notice.";
    expect(await fieldsOf(kiosk, ["effectiveDate", "term", "expiryDate", "renewal"])).toEqual(["2026-08-01", "18 months", "2028-01-31", "6 months"]);
    const variation = "15 October 2026\nPriya Ramanathan\nDear Priya\nVariation to Terms of Employment\n3. Duration: clause 2 of the Contract is deleted. Your employment will no longer end on 31 December 2026 and will instead continue until terminated by either party.";
    expect(await fieldsOf(variation, ["expiryDate"])).toEqual([undefined]);
  });

  it("names parties from a column per party under role headings, after a role in a signature line, and people described in turn", async () => {
    const table = "SOFTWARE LICENCE AGREEMENT\n1.1 The Licensor and the Licensee are the parties named in the execution table at the end of this Agreement.\n2. Grant. The Licensor grants a licence.\n3. Fees. The Licensee pays.\nLicensor | Licensee\nNILGIRI SOFTWARE PRIVATE LIMITED (CIN U72200KA2014PTC076512), 14 Residency Road, Bengaluru | COASTLINE RETAIL LLP (LLPIN AAK-4821), Fort House, Mumbai";
    expect(await fieldsOf(table, ["parties"])).toEqual([["NILGIRI SOFTWARE PRIVATE LIMITED", "COASTLINE RETAIL LLP"]]);
    const spa =
      'STOCK PURCHASE AGREEMENT\nThis Agreement is made and entered into as of June 2, 2026, by and among Copperline Robotics Holdings, LLC, a Delaware limited liability company ("Buyer"), Daniel R. Okafor, an individual residing in Austin, Texas, Helena M. Vasquez, an individual residing in Denver, Colorado, and Vasquez Family Ventures LLC, a Colorado limited liability company (each, a "Seller").';
    expect(await fieldsOf(spa, ["parties"])).toEqual([["Copperline Robotics Holdings, LLC", "Daniel R. Okafor", "Helena M. Vasquez", "Vasquez Family Ventures LLC"]]);
  });
});

describe("round 14 readings (classes of miss in tuning set v16)", () => {
  const fieldsOf = async (text: string, keys: ExtractedField["key"][]) => {
    const fields = await ruleBasedExtractor.extract(doc(text));
    return keys.map((key) => get(fields, key)?.value);
  };

  it("takes the lease's term, not a rent-free period row, and a term loan's tenor, not its availability period", async () => {
    const lease = "LEASE\nRent Free Period | the period of four months starting on the Term Commencement Date\nTerm Commencement Date | 25 March 2026\nContractual Term | ten years from and including the Term Commencement Date";
    expect(await fieldsOf(lease, ["effectiveDate", "term", "expiryDate"])).toEqual(["2026-03-25", "10 years", "2036-03-24"]);
    const letter = "SAINT HELIER PRIVATE BANK LIMITED\n14 April 2026\nGorey Bay Investments Limited\nDear Sirs\nTerm Loan Facility\n3. Availability Period: the period of three (3) months from the date of this letter.\n5. Repayment: the loan shall be repaid in full on the Final Repayment Date, being the date falling thirty-six (36) months after the date of this letter.";
    expect(await fieldsOf(letter, ["term", "expiryDate"])).toEqual(["36 months", "2029-04-14"]);
  });

  it("reads a guarantee period, a side letter's period and a tolling period the agreement names", async () => {
    expect(await fieldsOf('DEED OF GUARANTEE\nTHIS DEED is dated 12 January 2026.\n2.1 In this Deed, the “Guarantee Period” means the period of three (3) years from the date of this Deed.', ["term", "expiryDate"])).toEqual(["3 years", "2029-01-12"]);
    const side = "FERMAIN FOODS LIMITED\n1 April 2026\nSarnia Wholesale Distributors Limited\nDear Sirs\nVolume Rebate Side Letter\nThis letter is supplemental to the Distribution Agreement, which has a term of four (4) years from 1 October 2024.\n3. Period. This letter has effect from 1 May 2026 (the “Effective Date”) to 30 April 2028 (the “Side Letter Period”).";
    expect(await fieldsOf(side, ["term", "expiryDate"])).toEqual(["24 months", "2028-04-30"]);
    const tolling = 'TOLLING AGREEMENT\nThis Agreement is effective as of March 1, 2026 (the "Effective Date").\n2. Any statute of limitations applicable to the Claims is tolled during the period from the Effective Date through and including August 31, 2026 (the “Tolling Period”).';
    expect(await fieldsOf(tolling, ["term", "expiryDate"])).toEqual(["6 months", "2026-08-31"]);
  });

  it("reads a revolving facility's term though the rows above it mention other periods", async () => {
    const letter = "HARBOURFRONT COMMERCIAL BANK LIMITED\n5 March 2026\nJade Peak Trading Company Limited\nDear Sirs\nRevolving Credit Facility\nFacility | Revolving credit facility\nRepayment | Each drawing to be repaid within ninety (90) days after drawdown\nFacility Period\nThe Facility is available for twelve (12) months from the date of this letter (the “Facility Period”).";
    expect(await fieldsOf(letter, ["term", "expiryDate"])).toEqual(["12 months", "2027-03-05"]);
  });

  it("reads a power of attorney's attorney in capitals, its date 'set my hand this', and signatories after 'By:'", async () => {
    const poa = 'SPECIAL POWER OF ATTORNEY\nKNOW ALL MEN BY THESE PRESENTS that I, WANJIKU NJERI KAMAU, of Post Office Box 50321, Nairobi (the "Donor"),\nDO HEREBY APPOINT JAMES OTIENO ODHIAMBO, of Post Office Box 1187, Kisumu (the "Attorney").\n5. This Power of Attorney revokes the power of attorney which I granted to Peter Kariuki on 3 February 2024.\n6. This Power of Attorney shall remain valid for a period of twelve (12) months from the date hereof.\nIN WITNESS WHEREOF I have set my hand this 5th day of May, 2026.';
    expect(await fieldsOf(poa, ["parties", "effectiveDate", "expiryDate"])).toEqual([["WANJIKU NJERI KAMAU", "JAMES OTIENO ODHIAMBO"], "2026-05-05", "2027-05-05"]);
  });
});

describe("round 15 readings (begun on tuning set v17)", () => {
  const partiesOf = async (text: string) => get(await ruleBasedExtractor.extract(doc(text)), "parties")?.value;

  it("keeps firms named after their partners, '(No. 2) Limited' and '(Canada) ULC' whole, and drops 'as lessor'", async () => {
    expect(
      await partiesOf(
        'LOAN AGREEMENT\nThis Loan Agreement is made as of March 2, 2026, by and among Pinecrest Capital Partners, LLC, a Delaware limited liability company ("Lender"), and O\'Neill, Chan & Rosen Family Office, LLC, a New York limited liability company ("Borrower").',
      ),
    ).toEqual(["Pinecrest Capital Partners, LLC", "O'Neill, Chan & Rosen Family Office, LLC"]);
    expect(await partiesOf('JOINT VENTURE DEED\nTHIS DEED is made on 2 March 2026 BETWEEN:\n(1) SARNIA MARINE HOLDINGS LIMITED (the "First Investor"); and\n(2) FORT GEORGE CAPITAL (No. 2) LIMITED (the "Second Investor").')).toEqual([
      "SARNIA MARINE HOLDINGS LIMITED",
      "FORT GEORGE CAPITAL (No. 2) LIMITED",
    ]);
    expect(await partiesOf('RESELLER AGREEMENT\nThis Agreement is entered into as of May 1, 2026 by and among Bluewater Analytics Inc. ("Bluewater US"), Bluewater Analytics (Canada) ULC ("Bluewater Canada") and Halvorsen, Reid & Co., LLC ("Reseller").')).toEqual([
      "Bluewater Analytics Inc.",
      "Bluewater Analytics (Canada) ULC",
      "Halvorsen, Reid & Co., LLC",
    ]);
  });

  it("takes an addressee firm named after its partners from its first surname", async () => {
    const letter = "STRAITS MERIDIAN BANK LTD.\n2 March 2026\nThe Directors\nTan, Lim & Partners Engineering Pte. Ltd.\nDear Sirs\nRevolving Credit Facility\nWe are pleased to offer you a facility.";
    expect(await partiesOf(letter)).toEqual(["STRAITS MERIDIAN BANK LTD.", "Tan, Lim & Partners Engineering Pte. Ltd."]);
  });
});
