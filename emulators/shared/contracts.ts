/** Deterministic contract-like text, so document insights have real fields to find. */
import { random, type Random } from "./prng";

export type ContractType = "NDA" | "Services agreement" | "Lease" | "Letter" | "Supply agreement" | "Licence agreement";

export interface Contract {
  type: ContractType;
  title: string;
  parties: [string, string];
  governingLaw: string;
  effectiveDate: string; // ISO yyyy-mm-dd
  termMonths: number;
  expiryDate: string; // ISO yyyy-mm-dd
  paragraphs: string[];
}

const COMPANIES = [
  "Harrow & Vale LLP", "Northwind Logistics Ltd", "Bluestone Capital Partners LLC", "Meridian Health Systems Inc.",
  "Quayside Properties Limited", "Asterion Software GmbH", "Calder Foods plc", "Orchard Street Holdings Ltd",
  "Tamsin Engineering Ltd", "Lumen Analytics Inc.", "Kestrel Aviation Services Ltd", "Riverbend Estates LLP",
  "Copperleaf Pharma AG", "Westgate Retail Group plc", "Halcyon Media Ltd", "Granite Peak Energy Corp.",
];
const LAWS = ["England and Wales", "the State of New York", "the State of Delaware", "Scotland", "Ireland", "Germany", "Singapore"];
const CITIES = ["London", "New York", "Wilmington", "Edinburgh", "Dublin", "Frankfurt", "Singapore"];
const TYPES: ContractType[] = ["NDA", "Services agreement", "Lease", "Letter", "Supply agreement", "Licence agreement"];

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

function body(c: Omit<Contract, "paragraphs">, r: Random): string[] {
  const [a, b] = c.parties;
  const eff = longDate(c.effectiveDate);
  const exp = longDate(c.expiryDate);
  const term = c.termMonths % 12 === 0 ? `${c.termMonths / 12} year${c.termMonths === 12 ? "" : "s"}` : `${c.termMonths} months`;
  const law = `This document and any dispute arising out of it shall be governed by the laws of ${c.governingLaw}, and the courts of ${CITIES[LAWS.indexOf(c.governingLaw)]} shall have exclusive jurisdiction.`;
  const fee = (r.int(90) + 10) * 1000;
  switch (c.type) {
    case "NDA":
      return [
        `THIS MUTUAL NON-DISCLOSURE AGREEMENT is dated ${eff} (the "Effective Date") and is made between ${a} (the "Discloser") and ${b} (the "Recipient").`,
        `1. Purpose. The parties wish to exchange confidential information in order to evaluate a possible transaction between them (the "Purpose").`,
        `2. Confidential Information. The Recipient shall keep all information received from the Discloser secret, shall use it only for the Purpose and shall not pass it to any third party other than its advisers who need to know it.`,
        `3. Exclusions. These obligations do not apply to information that is already public, that the Recipient already held lawfully, or that must be disclosed by law or by a regulator.`,
        `4. Term. This Agreement starts on the Effective Date and continues for ${term}, ending on ${exp}, although obligations of confidence survive for a further two years.`,
        `5. Return of materials. On request the Recipient shall return or destroy all copies of the Confidential Information and confirm this in writing.`,
        `6. Governing law. ${law}`,
      ];
    case "Services agreement":
      return [
        `THIS SERVICES AGREEMENT is entered into on ${eff} (the "Effective Date") by ${a} (the "Customer") and ${b} (the "Supplier").`,
        `1. Services. The Supplier shall provide the services described in Schedule 1 with reasonable skill and care and in line with good industry practice.`,
        `2. Charges. The Customer shall pay a monthly fee of ${fee.toLocaleString("en-GB")} within thirty days of receiving a valid invoice.`,
        `3. Service levels. Where the Supplier misses a service level in any month it shall credit the Customer with the amount set out in Schedule 2.`,
        `4. Term and termination. This Agreement runs for an initial term of ${term} from the Effective Date and expires on ${exp} unless renewed in writing. Either party may terminate for material breach that is not remedied within thirty days of notice.`,
        `5. Liability. Neither party limits liability for death or personal injury caused by negligence or for fraud. Otherwise each party's total liability is capped at the charges paid in the preceding twelve months.`,
        `6. Governing law. ${law}`,
      ];
    case "Lease":
      return [
        `THIS LEASE is granted on ${eff} (the "Commencement Date") by ${a} (the "Landlord") to ${b} (the "Tenant").`,
        `1. Premises. The Landlord lets to the Tenant the office premises on floor ${r.int(12) + 1} of the building known as ${r.int(200) + 1} Harbour Road (the "Premises").`,
        `2. Term. The term is ${term} from the Commencement Date, ending on ${exp} (the "Expiry Date").`,
        `3. Rent. The Tenant shall pay an annual rent of ${(fee * 4).toLocaleString("en-GB")} by equal quarterly payments in advance.`,
        `4. Repair. The Tenant shall keep the interior of the Premises in good repair, fair wear and tear excepted.`,
        `5. Break clause. The Tenant may end this Lease on the third anniversary of the Commencement Date by giving at least six months' written notice.`,
        `6. Governing law. ${law}`,
      ];
    case "Letter":
      return [
        `${eff}`,
        `From: ${a}`,
        `To: ${b}`,
        `Dear Sirs,`,
        `We write to confirm the terms on which we will act for you in connection with the proposed refinancing. Our engagement takes effect on ${eff} and, unless extended, ends on ${exp}, a period of ${term}.`,
        `Our fees will be charged on a time basis, estimated at ${fee.toLocaleString("en-GB")}, and we will tell you promptly if that estimate is likely to be exceeded.`,
        `${law}`,
        `Please sign and return a copy of this letter to confirm your agreement.`,
        `Yours faithfully, for and on behalf of ${a}`,
      ];
    case "Supply agreement":
      return [
        `THIS SUPPLY AGREEMENT is made on ${eff} (the "Effective Date") between ${a} (the "Buyer") and ${b} (the "Seller").`,
        `1. Supply. The Seller shall sell and the Buyer shall buy the goods listed in each purchase order accepted under this Agreement.`,
        `2. Price. Prices are fixed for the first year and may then be reviewed once a year by no more than the rate of inflation.`,
        `3. Delivery. Risk passes on delivery to the Buyer's site; title passes on payment in full.`,
        `4. Duration. This Agreement lasts ${term} from the Effective Date and expires on ${exp}.`,
        `5. Governing law. ${law}`,
      ];
    case "Licence agreement":
      return [
        `THIS SOFTWARE LICENCE AGREEMENT is dated ${eff} (the "Effective Date") and made between ${a} (the "Licensor") and ${b} (the "Licensee").`,
        `1. Grant. The Licensor grants the Licensee a non-exclusive, non-transferable licence to use the Software for its internal business purposes.`,
        `2. Fees. The Licensee shall pay an annual licence fee of ${fee.toLocaleString("en-GB")} in advance.`,
        `3. Term. The licence runs for ${term} from the Effective Date until ${exp} and renews only by written agreement.`,
        `4. Intellectual property. All rights in the Software remain with the Licensor.`,
        `5. Governing law. ${law}`,
      ];
  }
}

/** The same seed always gives the same contract. */
export function contractFor(seed: number): Contract {
  const r = random(seed);
  const type = r.pick(TYPES);
  const a = r.pick(COMPANIES);
  let b = r.pick(COMPANIES);
  if (b === a) b = COMPANIES[(COMPANIES.indexOf(a) + 5) % COMPANIES.length];
  const governingLaw = r.pick(LAWS);
  const start = new Date(Date.UTC(2019 + r.int(6), r.int(12), 1 + r.int(28)));
  const termMonths = r.pick([6, 12, 18, 24, 36, 60, 120]);
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + termMonths);
  end.setUTCDate(end.getUTCDate() - 1);
  const partyNames: [string, string] = [a, b];
  const title = type === "Letter" ? `Engagement letter – ${b}` : `${type} – ${a} and ${b}`;
  const head = { type, title, parties: partyNames, governingLaw, effectiveDate: isoDate(start), termMonths, expiryDate: isoDate(end) };
  return { ...head, paragraphs: body(head, r) };
}
