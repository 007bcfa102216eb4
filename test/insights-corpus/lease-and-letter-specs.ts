import { boilerplate } from "./boilerplate";
import { governingLaw, JURISDICTIONS } from "./clauses";
import { isoDate, lastDay } from "./contract-specs";
import { formatDate, pick, spellNumber } from "./phrasing";
import { PEOPLE, UK_ORGS, US_ORGS } from "./pools";
import type { Block, CorpusSpec } from "./types";

const LEASE_TITLES = ["LEASE", "Commercial Lease", "Lease of Unit 4, Riverside Park", "Residential Tenancy Agreement", "LEASE OF OFFICE PREMISES", "Underlease", "Lease Agreement"];

/** Leases in three layouts: a particulars table with role labels, English prose, and an American lease agreement. */
export function leaseSpecs(): CorpusSpec[] {
  return Array.from({ length: 7 }, (_, i) => {
    const n = 60 + i;
    const layout = i % 3;
    const dated = isoDate(2017 + i, 1 + ((i * 4) % 12), 3 + i * 3);
    const commencement = i % 2 === 0 ? dated : isoDate(2017 + i, 1 + ((i * 4 + 1) % 12), 1);
    const years = pick([10, 5, 15, 3, 25, 7, 2], i);
    const end = lastDay(commencement, years, "year");
    const us = layout === 2;
    const landlord = pick(us ? US_ORGS : UK_ORGS, i + 2);
    const tenant = layout === 2 && i % 2 === 0 ? { name: pick(PEOPLE, i).name, description: `of ${pick(PEOPLE, i).address}`, address: pick(PEOPLE, i).address } : pick(us ? US_ORGS : UK_ORGS, i + 5);
    const dateStyle = us ? pick(["monthDay", "slashMonthFirst"] as const, i) : pick(["dayMonth", "ordinal", "short", "iso"] as const, i);
    const law = us ? pick([JURISDICTIONS.newYork, JURISDICTIONS.california], i) : pick([JURISDICTIONS.england, JURISDICTIONS.scotland, JURISDICTIONS.englandOnly], i);
    const fmt = (iso: string) => formatDate(iso, dateStyle);
    const title = pick(LEASE_TITLES, i);

    let opening: Block[];
    let term: string | undefined = `${years} years`;
    let expiryDate: string | undefined;
    if (layout === 0) {
      opening = [
        { kind: "heading", text: "PARTICULARS" },
        { kind: "line", text: `Date: ${fmt(dated)}` },
        { kind: "line", text: `Landlord: ${landlord.name} of ${landlord.address}` },
        { kind: "line", text: `Tenant: ${tenant.name}, ${tenant.description}` },
        { kind: "line", text: "Premises: the ground floor offices at Riverside Park" },
        { kind: "line", text: `Commencement Date: ${fmt(commencement)}` },
        { kind: "line", text: `Contractual Term: ${years} years from and including the Commencement Date to and including ${fmt(end)}` },
        { kind: "line", text: "Initial Rent: £48,500 per annum exclusive of VAT" },
      ];
      expiryDate = end;
    } else if (layout === 1) {
      opening = [
        { kind: "paragraph", text: `THIS LEASE is made on ${fmt(dated)} between ${landlord.name}, ${landlord.description} (the "Landlord") and ${tenant.name}, ${tenant.description} (the "Tenant").` },
        { kind: "paragraph", text: `The Landlord lets the Premises to the Tenant for a term of ${spellNumber(years, i % 2 ? "words" : "wordsAndDigits")} years commencing on ${fmt(commencement)}, the Tenant paying the Rent by equal quarterly payments in advance.` },
      ];
    } else {
      opening = [
        { kind: "paragraph", text: `This Lease Agreement is entered into as of ${fmt(dated)} by and between ${landlord.name}, ${landlord.description} ("Landlord"), and ${tenant.name}, ${tenant.description} ("Tenant").` },
        { kind: "paragraph", text: `The term of this Lease shall begin on ${fmt(commencement)} and end on ${fmt(end)}, unless sooner terminated as provided herein.` },
      ];
      term = undefined;
      expiryDate = end;
    }
    const blocks: Block[] = [
      { kind: "title", text: title },
      ...opening,
      { kind: "heading", text: "Tenant's covenants" },
      { kind: "paragraph", text: "The Tenant shall pay the rents on the days and in the manner set out in this Lease, keep the Premises in good and substantial repair and condition, and not use the Premises other than as offices." },
      { kind: "paragraph", text: "The Tenant may terminate this Lease on the fifth anniversary of the Commencement Date by giving the Landlord not less than six months' written notice." },
      ...boilerplate(n, 3 + i, 5),
      ...governingLaw(n, law, "this Lease"),
    ];
    const format = i % 2 === 0 ? "docx" : "pdf";
    return {
      id: `lease-${i + 1}`,
      format,
      filename: `lease-${i + 1}.${format}`,
      blocks,
      expected: { title, documentType: "Lease", parties: [landlord.name, tenant.name], governingLaw: law.expected, effectiveDate: commencement, term, expiryDate },
      pageFooters: format === "pdf" && i % 2 === 1,
      storedPageCount: format === "docx" && i % 4 === 0 ? 3 : undefined,
    } satisfies CorpusSpec;
  });
}

interface LetterPlan {
  title: string;
  documentType: string;
  layout: "letterhead" | "memo" | "noLetterhead";
  body: string[];
  law?: keyof typeof JURISDICTIONS;
  term?: string;
  /** When the letter states a start date that differs from its own date. */
  commencementOffsetDays?: number;
  us?: boolean;
}

const LETTERS: LetterPlan[] = [
  { title: "Engagement terms – acquisition of Bramley Software", documentType: "Engagement letter", layout: "letterhead", law: "england", body: [
    "Thank you for instructing us to act for you in connection with the proposed acquisition. This letter sets out the basis on which we will act.",
    "Our fees will be charged on a time-spent basis at the hourly rates set out in the attached schedule, and we will send you an estimate before any significant step.",
  ] },
  { title: "Rent review of 45 Orchard Street", documentType: "Letter", layout: "memo", body: [
    "We write on behalf of the Landlord to propose a revised annual rent of £52,000 with effect from the next review date under the Lease.",
    "Please let us know within 21 days whether your client agrees the proposed figure, failing which the matter may be referred to an independent expert.",
  ] },
  { title: "Confidentiality undertaking – Project Falcon", documentType: "NDA", layout: "letterhead", law: "englandOnly", term: "2 years", body: [
    "In consideration of our making available to you information about Project Falcon, you undertake to keep that information confidential and to use it only to evaluate the proposed transaction.",
    "The undertakings in this letter shall continue for a period of two (2) years from the date of this letter.",
  ] },
  { title: "Non-renewal of supply arrangements", documentType: "Letter", layout: "letterhead", us: true, law: "newYork", body: [
    "We refer to the supply agreement between our companies. We hereby give notice that we will not renew the agreement when its current term ends.",
    "We would like to thank your team for its support and will cooperate fully to ensure an orderly transition.",
  ] },
  { title: "Outstanding invoices", documentType: "Letter", layout: "noLetterhead", body: [
    "Our records show that invoices totalling £18,240 remain unpaid more than sixty days after their due dates.",
    "Please arrange payment within 14 days of the date of this letter. If you believe any amount is not due, please contact us so that we can resolve the matter.",
  ] },
  { title: "Offer of employment", documentType: "Employment agreement", layout: "letterhead", law: "scotland", term: "12 months", commencementOffsetDays: 45, body: [
    "We are delighted to offer you the position of Data Analyst. This is a fixed-term appointment for a fixed term of twelve (12) months, on the terms set out in this letter and the enclosed staff handbook.",
    "Your salary will be £46,000 per annum, paid monthly. Please confirm your acceptance by signing and returning the enclosed copy of this letter.",
  ] },
  { title: "Proposed lease of Unit 9, Calder Park", documentType: "Letter", layout: "memo", body: [
    "Further to our meeting, we set out below the principal terms on which our client would be prepared to grant a lease of Unit 9. These terms are subject to contract.",
    "The rent would be £31,000 per annum and the tenant would be responsible for all repairs and a fair proportion of the service charge.",
  ] },
];

/** Letters in three layouts (letterhead above the date, memo headers, no letterhead); two are an NDA and an employment offer in letter form. */
export function letterSpecs(): CorpusSpec[] {
  return LETTERS.map((plan, i) => {
    const sender = plan.us ? US_ORGS[i % US_ORGS.length] : UK_ORGS[(i + 3) % UK_ORGS.length];
    const recipient = PEOPLE[(i + 2) % PEOPLE.length];
    const dated = isoDate(2020 + (i % 5), 1 + ((i * 5) % 12), 2 + i * 3);
    const dateStyle = plan.us ? "monthDay" : pick(["dayMonth", "ordinal", "short"] as const, i);
    const fmt = (iso: string) => formatDate(iso, dateStyle);
    const commencement = plan.commencementOffsetDays ? new Date(Date.parse(dated) + plan.commencementOffsetDays * 86_400_000).toISOString().slice(0, 10) : undefined;

    let head: Block[];
    if (plan.layout === "letterhead") {
      head = [
        { kind: "line", text: sender.name },
        { kind: "line", text: sender.address },
        { kind: "line", text: "Tel +44 20 7946 0000 · www.example.com" },
        { kind: "gap" },
        { kind: "line", text: fmt(dated) },
        { kind: "gap" },
        { kind: "line", text: recipient.name },
        { kind: "line", text: recipient.address },
        { kind: "gap" },
        { kind: "line", text: `Re: ${plan.title}` },
      ];
    } else if (plan.layout === "memo") {
      head = [
        { kind: "line", text: `To: ${recipient.name}` },
        { kind: "line", text: `From: ${sender.name}` },
        { kind: "line", text: `Date: ${fmt(dated)}` },
        { kind: "line", text: `Subject: ${plan.title}` },
      ];
    } else {
      head = [
        { kind: "line", text: fmt(dated) },
        { kind: "line", text: "PRIVATE AND CONFIDENTIAL" },
        { kind: "line", text: "By email" },
        { kind: "line", text: recipient.name },
        { kind: "line", text: recipient.address },
        { kind: "gap" },
        { kind: "line", text: `RE: ${plan.title.toUpperCase()}` },
      ];
    }
    const blocks: Block[] = [
      ...head,
      { kind: "gap" },
      { kind: "line", text: `Dear ${i % 3 === 2 ? "Sirs" : recipient.salutation},` },
      ...plan.body.map((text): Block => ({ kind: "paragraph", text })),
      ...(commencement ? [{ kind: "paragraph", text: `Your employment will commence on ${fmt(commencement)} and your normal place of work will be our Glasgow office.` } as Block] : []),
      ...(plan.law ? [{ kind: "paragraph", text: `This letter is governed by ${JURISDICTIONS[plan.law].adjective} law.` } as Block] : []),
      { kind: "paragraph", text: "Please do not hesitate to contact me if you have any questions." },
      { kind: "line", text: i % 2 ? "Yours faithfully," : "Yours sincerely," },
      { kind: "gap" },
      { kind: "line", text: "Alex Morgan" },
      { kind: "line", text: "Partner" },
      { kind: "line", text: `For and on behalf of ${sender.name}` },
    ];
    const format = i % 2 === 0 ? "pdf" : "docx";
    return {
      id: `letter-${i + 1}`,
      format,
      filename: `letter-${i + 1}.${format}`,
      blocks,
      expected: {
        title: plan.title,
        documentType: plan.documentType,
        parties: [sender.name, recipient.name],
        governingLaw: plan.law ? JURISDICTIONS[plan.law].expected : undefined,
        effectiveDate: commencement ?? dated,
        term: plan.term,
      },
      storedPageCount: format === "docx" ? 1 : undefined,
    } satisfies CorpusSpec;
  });
}
