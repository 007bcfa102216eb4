import type { DocumentType } from "../catalogue";

/**
 * Checked in this order against the title (or a letter's subject): the most specific kinds first, so a
 * "Deed of Variation" is an amendment, a "Settlement Agreement" with an employee is a settlement and a
 * "Notice of termination – Services Agreement" is a notice.
 */
const TITLE_RULES: [DocumentType, RegExp][] = [
  ["Notice", /^(?:formal\s+)?notice\b|\bnotice\s+of\b/i],
  // An offer to settle is a letter until the settlement it proposes is signed.
  ["Letter", /\boffer\s+(?:of|to)\s+settle(?:ment)?\b|\bsettlement\s+offer\b/i],
  ["Amendment", /\bamend(?:ment|ing|ed)\b|\bvariation\b|\baddendum\b|\bsupplement(?:al|ary)\s+(?:letter|agreement|deed)\b|\bextension\s+(?:of|to)\b|\bside\s+agreement\s+amending\b/i],
  ["Settlement agreement", /\bsettlement\b|\bcompromise\s+agreement\b|\b(?:mutual\s+)?separation\s+agreement\b|\bexit\s+agreement\b|\brelease\s+agreement\b|\bgeneral\s+release\b|\bdeed\s+of\s+release\b/i],
  // Records of a decision or of an agreed figure, not contracts: "Minutes of Settlement" is caught above.
  ["Other", /\bconsent\s+(?:order|judgment)\b|\brent\s+review\s+memorandum\b|\bmemorandum\s+of\s+(?:rent\s+)?review\b|\bminutes\b|\b(?:written|board|special|ordinary|members['’]?)\s+resolutions?\b|\btolling\b|\bstandstill\b|\bintercreditor\b|\bsubordination\s+agreement\b|\bagreement\s+to\s+(?:mediate|arbitrate)\b|\b(?:mediation|arbitration|submission)\s+agreement\b/i],
  // A comfort letter states an intention; it is a letter whatever facilities its subject names.
  ["Letter", /\bcomfort\b/i],
  // A surrender ends a lease; it is a deed, not one.
  ["Deed", /\bsurrender\b/i],
  ["NDA", /non[- ]?disclosure|confidentiality|\bNDA\b|secrecy/i],
  ["Engagement letter", /\bengagement\s+letter|letter\s+of\s+engagement|\bterms\s+of\s+(?:our\s+)?engagement|\bengagement\s+(?:terms|for|of)\b/i],
  ["Power of attorney", /power\s+of\s+attorney/i],
  ["Guarantee", /\bguarant(?:ee|y|or)\b|\bsurety(?:ship)?\b|\bindemnity\s+deed\b/i],
  ["Security agreement", /\bsecurity\s+(?:interest\s+)?(?:agreement|deed|trust)\b|\bstandard\s+security\b|\bdebenture\b|\b(?:legal\s+)?charge\b|\bmortgage\b|\bpledge\b|\bassignation\s+in\s+security\b/i],
  ["Share subscription agreement", /\binvestment\s+agreement\b|\bshare\s+subscription\b|\bsubscription\s+(?:agreement\s+)?for\s+(?:\w+\s+)?shares\b/i],
  ["Share purchase agreement", /share\s+(?:purchase|sale)|stock\s+purchase|sale\s+and\s+purchase\s+of\s+(?:the\s+)?(?:entire\s+)?(?:issued\s+)?(?:shares|share\s+capital)|sale\s+of\s+(?:the\s+)?shares/i],
  ["Asset purchase agreement", /asset\s+(?:purchase|sale)|business\s+(?:purchase|sale|transfer)\s+agreement|sale\s+and\s+purchase\s+of\s+(?:the\s+)?business|sale\s+of\s+(?:the\s+)?business\s+agreement/i],
  ["Shareholders' agreement", /(?:share|stock)holders?['’]?\s+agreement|investors?['’]?\s+rights\s+agreement/i],
  ["Joint venture agreement", /joint\s+venture|\bconsortium\s+agreement/i],
  ["Facility agreement", /\bfacility\b|\bfacilities\b(?!\s+(?:management|services|maintenance))|\bcredit\s+agreement\b|\brevolving\b(?!\s+loan\s+agreement)|\bcredit\s+facilit/i],
  ["Loan agreement", /\bloan\b|promissory\s+note|\bloan\s+note\b/i],
  ["Employment agreement", /employment|offer\s+of\s+employment|executive\s+service|contract\s+of\s+service|statement\s+of\s+(?:main\s+)?terms|restrictive\s+covenant|non-?compet|non-?solicit/i],
  ["Lease", /\blease\b|tenancy|\blet\s+agreement\b/i],
  // "Warehousing and Distribution Services Agreement": logistics, a service.
  ["Distribution agreement", /\bdistribut(?:ion|or(?:ship)?)\b(?!\s+services)|\breseller\b|\bdealer(?:ship)?\s+agreement\b|(?<!\bmanagement\s)\bagency\s+agreement\b|\bsales\s+(?:representative|agen(?:t|cy))\b|\bfranchise\b/i],
  ["Supply agreement", /\bsupply\b|\bsale\s+of\s+goods\b|\bpurchase\s+order\s+terms\b/i],
  ["Licence agreement", /licen[cs]e\s+agreement|software\s+licen[cs]e|\blicen[cs]e\b/i],
  // A property's "Management Agency Agreement" appoints a managing agent: a service, not a sales agency.
  ["Services agreement", /services?\s+agreement|management\s+(?:agency\s+)?agreement|consult(?:ing|ancy)\s+agreement|independent\s+contractor|contractor\s+agreement|statement\s+of\s+work|professional\s+services|master\s+services|secondment|\bagreement\b.*\bservices\b|\bsaas\b|software\s+as\s+a\s+service|subscription\s+agreement|hosting|advisory\s+agreement|staffing|outsourcing|maintenance\s+(?:agreement|contract)|\border\s+form\b|\bservice\s+order\b|\b(?:software\s+)?development\s+agreement\b/i],
  ["Deed", /\bdeed\b/i],
];

const LETTER_KINDS = new Set<DocumentType>(["Notice", "Amendment", "Settlement agreement", "NDA", "Engagement letter", "Facility agreement", "Employment agreement", "Licence agreement", "Letter"]);

const LETTER_AGREEMENT = /\bletter\s+agreement\b/i;
const CONSENT_SUBJECT = /^(?:\p{L}+['’]s\s+)?consent\s+to\s+(?:assign|sub-?let|sub-?lease|sub-?licen[cs]e|alter|change|transfer|underlet|charge)/iu;

/** "Subscription", "SaaS", "cloud" name how a thing is sold; whether it is a licence is in what the customer is granted. */
/** An order form or service order takes its kind from what it grants. */
const ORDER_TITLE = /\border\s+form\b|\bservice\s+order\b/i;
const SUBSCRIPTION_TITLE = /subscription|\bsaas\b|software\s+as\s+a\s+service|\bcloud\b|\bplatform\b/i;
const GRANTS_USE = /\b(?:grants?|granted)\b[^.]{0,120}?\b(?:right|licen[cs]e)\b[^.]{0,60}?\bto\s+(?:access|use|install)\b|\blicen[cs]e\s+(?:to\s+use|to\s+access|for\s+its\s+users\s+to\s+access)/i;
const SUBSCRIBES_FOR_SHARES = /\bsubscri\w*\s+for\s+[\d,]+\s+(?:[\w-]+\s+){0,4}shares\b|\bsubscription\s+shares\b|\b(?:issue|subscription)\s+price\s+(?:of\s+\S+\s+)?per\s+(?:\w+\s+)?share\b/i;
/** A letter that changes an agreement ("the Facility Agreement is amended so that …", "we propose that the Agreement is varied") is an amendment, whatever its subject names. */
const LETTER_AMENDS = /\b(?:is|are)\s+(?:hereby\s+)?(?:amended|varied)\s+(?:so\s+that|as\s+follows|with\s+effect|by|to\s+read)\b/i;
/** A release of security (a debenture, a charge, a guarantee) is a deed of its own kind, not the settlement of a dispute. */
const RELEASES_SECURITY = /\b(?:debenture|charge[ds]?|mortgage|pledge|security\s+(?:interest|assets)|charged\s+assets|guarantee)\b/i;
/** The governing-law clause's "any dispute or claim arising out of or in connection with it" settles nothing. */
const BOILERPLATE_DISPUTES = /\b(?:any\s+)?disputes?\s+(?:or\s+claims?\s+)?(?:\([^)]{0,60}\)\s+)?arising\s+(?:out\s+of|under|from)\b/gi;
const SETTLES_DISPUTE = /\b(?:dispute|claims?\s+(?:against|arising)|proceedings|litigation|arbitration|settle(?:ment|s|d)?)\b/i;
/** A "Service Agreement" of a director or executive is their employment contract. */
const EMPLOYS = /\b(?:shall|will)\s+employ\b|\bthe\s+Executive\b|\bsalary\b/;
const LETTER_ENGAGEMENT = /\b(?:terms|scope|basis)\s+of\s+(?:our\s+|this\s+)?engagement\b|\bengagement\s+letter\b|\bletter\s+of\s+engagement\b|\binstruct(?:ing|ed)\s+us\s+to\s+act\b|\bbasis\s+on\s+which\s+we\s+will\s+act\b/i;

/** "this letter sets out the terms on which Kōwhai Digital Limited ("we") will provide interim IT support", "We are pleased to appoint Brightline Media LLP … to provide brand strategy …": a services agreement by letter (the provider's name may hold stops: "Pte. Ltd."). */
const LETTER_SERVICES = /\b(?:this\s+letter\s+sets\s+out|(?:we\s+are\s+pleased\s+to\s+)?(?:confirm|set\s+out(?:\s+below)?))\s+the\s+terms\s+on\s+which\s+.{0,100}?\bwill\s+provide\b|\bpleased\s+to\s+(?:appoint|engage)\s+.{0,160}?\bto\s+(?:provide|perform|render)\b/i;
/** "We are pleased to confirm your appointment as our non-exclusive commission sales agent in … on the terms of this letter", "we are pleased to appoint you as our sales agent": an agency by letter. */
const LETTER_APPOINTS_AGENT = /\b(?:confirm\s+(?:your|the)\s+appointment|appoint\s+you)\s+as\s+(?:our\s+)?(?:[\p{L}-]+\s+){0,4}(?:agent|distributor|reseller|dealer)\b/iu;
const SETTLES_CLAIMS = /\bin\s+full\s+and\s+final\s+settlement\b|\b(?:wish|agreed?)\s+to\s+settle\s+(?:all|any|the)\s+(?:\p{L}+\s+){0,2}(?:claims|disputes?|proceedings|arbitration)\b/iu;
/** A defined "Dispute" referred somewhere, not the boilerplate "any dispute … shall be referred to arbitration". */
const REFERS_THE_DISPUTE = /\b(?:refer|referred)\s+the\s+Dispute\s+to\b|\bthe\s+Dispute\s+(?:is|shall\s+be)\s+(?:hereby\s+)?referred\s+to\b/;

/** Vocabulary that marks each type in the body when the title says nothing. */
const BODY_SIGNALS: [DocumentType, RegExp][] = [
  ["NDA", /confidential\s+information|disclosing\s+party|receiving\s+party|\bdiscloser\b|\brecipient\b/gi],
  ["Joint venture agreement", /\bjoint\s+venture\b|\bJV\s+Company\b|\bjointly\s+owned\s+company\b/gi],
  ["Share purchase agreement", /\bsale\s+shares\b|\bpurchase\s+price\b|\bthe\s+shares\b|\bcompletion\b|\bwarrant(?:y|ies)\b/gi],
  ["Loan agreement", /\bborrower\b|\blender\b|\bprincipal\b|\binterest\s+rate\b|\brepay(?:ment)?\b/gi],
  ["Employment agreement", /\bemployee\b|\bemployer\b|\bsalary\b|\bholiday\s+entitlement\b|\bjob\s+title\b/gi],
  ["Lease", /\blandlord\b|\btenant\b|\bpremises\b|\brent\b/gi],
  ["Licence agreement", /\blicensor\b|\blicensee\b|\blicensed\s+(?:software|materials|rights)\b|\broyalt(?:y|ies)\b/gi],
  ["Supply agreement", /\bsupply\b|\bgoods\b|\bproducts?\b|\bdeliver(?:y|ies)\b|\bpurchaser\b|\bcall-off\b/gi],
  ["Services agreement", /\bservices\b|\bservice\s+provider\b|\bcontractor\b|\bsupplier\b|\bdeliverables\b|\bfees\b/gi],
];
const MIN_BODY_SIGNALS = 3;
const BODY_WINDOW = 8000;

export interface TypeMatch {
  type: DocumentType;
  /** Where the deciding words were found, when a single place decided it. */
  start?: number;
  end?: number;
  /** "title": the title or subject named the kind; "letter": a letter of no particular kind, or one its body says amends an agreement; "body": vocabulary alone. */
  basis: "title" | "letter" | "body";
}

/** Classifies by the title (a letter by its subject and, for engagements, its body), then by which type's vocabulary dominates. */
export function classifyDocument(title: { value: string; start?: number; end?: number }, flat: string, isLetter: boolean): TypeMatch {
  const body = flat.slice(0, BODY_WINDOW);
  // A letter's subject names its matter ("Proposed lease of Unit 9"); only kinds that are themselves letters count.
  // … unless the subject says the letter is the agreement itself: "Letter Agreement for the Supply of Corrugated Cartons".
  const anyKind = !isLetter || LETTER_AGREEMENT.test(title.value);
  const byTitle = TITLE_RULES.find(([type, pattern]) => (anyKind || LETTER_KINDS.has(type)) && pattern.test(title.value));
  const at = { start: title.start, end: title.end };
  const amending = isLetter && byTitle?.[0] !== "Notice" && byTitle?.[0] !== "Engagement letter" ? LETTER_AMENDS.exec(body) : null;
  if (amending) return { type: "Amendment", start: amending.index, end: amending.index + amending[0].length, basis: "letter" };
  // "Consent to Assignment of Enterprise Licence Agreement": a letter giving consent under the agreement it names.
  if (isLetter && CONSENT_SUBJECT.test(title.value)) return { type: "Letter", ...at, basis: "title" };
  if (byTitle) return { type: bySubstance(byTitle[0], title.value, body), ...at, basis: "title" };
  if (isLetter) return { type: LETTER_ENGAGEMENT.test(body) ? "Engagement letter" : LETTER_SERVICES.test(body) ? "Services agreement" : LETTER_APPOINTS_AGENT.test(body) ? "Distribution agreement" : "Letter", ...at, basis: "letter" };

  // "AGREEMENT" over "… in full and final settlement of all claims": a settlement, whatever its bare title.
  const settles = SETTLES_CLAIMS.exec(body);
  if (settles) return { type: "Settlement agreement", start: settles.index, end: settles.index + settles[0].length, basis: "body" };
  // "MINUTE OF AGREEMENT" whose parties "agreed to refer the Dispute to arbitration": a procedure for a dispute, like a tolling agreement.
  const refers = REFERS_THE_DISPUTE.exec(body);
  if (refers) return { type: "Other", start: refers.index, end: refers.index + refers[0].length, basis: "body" };
  const scored = BODY_SIGNALS.map(([type, pattern]) => ({ type, hits: [...body.matchAll(pattern)] })).sort((a, b) => b.hits.length - a.hits.length);
  const best = scored[0];
  if (best.hits.length < MIN_BODY_SIGNALS) return { type: "Other", basis: "body" };
  const first = best.hits[0];
  return { type: best.type, start: first.index, end: first.index + first[0].length, basis: "body" };
}

/** Where the title's kind and the document's substance differ, the substance decides. */
function bySubstance(type: DocumentType, title: string, body: string): DocumentType {
  if (type === "Settlement agreement" && /\bdeed\s+of\s+release\b/i.test(title) && RELEASES_SECURITY.test(body) && !SETTLES_DISPUTE.test(body.replace(BOILERPLATE_DISPUTES, ""))) return "Deed";
  if (type === "Services agreement" && /\bsubscription\b/i.test(title) && SUBSCRIBES_FOR_SHARES.test(body)) return "Share subscription agreement";
  if (type === "Services agreement" && (SUBSCRIPTION_TITLE.test(title) || ORDER_TITLE.test(title)) && GRANTS_USE.test(body)) return "Licence agreement";
  // "Agreement for the supply of catering services": services, whatever "supply" suggests.
  if (type === "Supply agreement" && /\bsupply\s+of\s+(?:[\p{L}-]+\s+){0,3}services\b/iu.test(title)) return "Services agreement";
  if (type === "Services agreement" && /\bservice\s+agreement\b/i.test(title) && EMPLOYS.test(body)) return "Employment agreement";
  return type;
}
