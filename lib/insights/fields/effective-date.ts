import { ANOTHER_GRANT, DATED, type DateMention } from "./dates";
import { inRanges, recitalRanges } from "./recitals";
import { escapeRegExp } from "./regexp";

export interface DatePick {
  date: DateMention;
  /** "stated": named as the effective, commencement or letter date; "dated": the date it was made; "guess": the first date near the top. */
  basis: "stated" | "dated" | "guess";
}

const LOOK_BEHIND = 70;
const LOOK_AHEAD = 60;

/** Said right before the date: "effective as of", "with effect from", "Commencement Date:". */
const EFFECTIVE_BEFORE =
  /(?:effective\s+(?:as\s+(?:of|at|from)|from|on|date)|with\s+effect\s+(?:from|on)|takes?\s+effect\s+(?:on|from)|(?:has|have|shall\s+have|will\s+have)\s+effect\s+(?:on|from)|(?<!\b(?:rent|payment|interest|review|break|billing|fees?|royalty|repayment)\s)(?:(?:effective|commencement|start|variation|amendment|entry)\s+date|date\s+of\s+entry)["”'’]?\s*(?:is|means|shall\s+(?:be|mean)|will\s+be|:|-)?|commenc(?:e|es|ing)\s+(?:on|from)|(?:enters?|comes?)\s+into\s+(?:force|effect)\s+(?:on|from)|(?:start|begin)(?:s|ning)?\s+(?:on|from)|starting\s+(?:on|from)|made\s+effective\s+(?:as\s+of|on)|start\s+date\s+of|beginning\s+on|from\s+and\s+including|first\s+day\s+of\s+(?:employment|work|service)\s+(?:will|shall)\s+be|(?:^|\b\d{1,2}[.)]\s+)from|(?:term|period)\s+of\s+[\w\s()-]{1,30}?\s+(?:years?|months?|weeks?|days?)\s+(?:from|commencing(?:\s+(?:on|from))?|starting\s+(?:on|from)|beginning\s+(?:on|from)))\s*(?:the\s+)?$/i;
/** "“Effective Date” means 1 May 2026", "Commencement Date: 1 July 2026": a date the document names as its start. */
const NAMED_DATE_BEFORE = /\b(?<!\b(?:rent|payment|interest|review|break|billing|fees?|royalty|repayment)\s)(?:(?:effective|commencement|start)\s+date|date\s+of\s+entry)["”'’]?\s*(?:is|means|shall\s+(?:be|mean)|will\s+be|:)\s*(?:the\s+)?$/i;
/** ""Effective Date" means the date on which closing occurs under the share purchase agreement referred to in the recitals, being June 15, 2026". */
const DEFINED_AS_BEING = /\b(?:effective|commencement|start)\s+date["”’]?\s+(?:means|shall\s+mean)\b[^.;]*?,?\s+being\s+(?:the\s+)?$/i;
/** Said right after the date: `1 March 2024 (the "Effective Date")`, "1 May 2026, being the date on and from which this Memorandum takes effect". */
const EFFECTIVE_AFTER = /^\s*,?\s*being\s+the\s+date\s+(?:on\s+and\s+from\s+|on\s+|from\s+)?which\s+this\s+[a-z]+\s+(?:takes|shall\s+take|will\s+take)\b|^\s*,?\s*\(\s*["“'‘]?(?:the\s+|hereinafter\s+(?:called\s+|referred\s+to\s+as\s+)?(?:the\s+)?)?["“'‘]?\s*(?:(?:(?:addendum|amendment|variation|deed|lease|licence|agreement)\s+)?(?:effective|commencement|start|variation|amendment|entry)\s+date|date\s+of\s+entry)/i;
/** ""Delivery Date" means 14 April 2026, being the date on which the parties have agreed that this Agreement is delivered and takes effect". */
const BEING_WHEN_IT_TAKES_EFFECT = /^\s*,?\s*being\s+the\s+date\s+on\s+which\s+[^.;]{0,100}?\bthis\s+\p{L}+\s+(?:is\s+delivered\s+and\s+)?(?:takes|shall\s+take|will\s+take)\s+effect\b/iu;
/** "… with effect from 1 May 2026 (the "Addendum Effective Date")": a date the recitals give this document's own change. */
const CHANGE_DATE_AFTER = /^\s*,?\s*\(\s*["“'‘]?(?:the\s+)?["“'‘]?\s*(?:(?:variation|amendment|addendum)\s+(?:effective\s+)?date|effective\s+date)/i;
/** "… which has a term of five years from January 1, 2022": in a letter, most often something else's term. */
const TERM_FROM_BEFORE = /(?:term|period)\s+of\s+[\w\s()-]{1,30}?\s+(?:years?|months?|weeks?|days?)\s+(?:from|(?:commencing|starting|beginning)(?:\s+on)?)\s*(?:the\s+)?$/i;
/** "The Contract Period shall be the period from 1 January 2025 to …": the start of this document's period. */
const PERIOD_FROM_BEFORE = /\b(?:term|period|duration)\s+(?:(?:shall|will)\s+be|is)\s+(?:the\s+period\s+)?from\s+(?:and\s+including\s+)?(?:the\s+)?$/i;
/** "… from 2 September 2024 for a period of two years": the start of the stated period. */
const PERIOD_AFTER = /^\s*,?\s*for\s+(?:a|an|the)\s+(?:fixed\s+|initial\s+)?(?:term|period)\s+of\b/i;
/** How agreements and letters state their own date: "made on", "dated", "Date:" (not another event's "Review Date:"). */
const DATED_BEFORE =
  /(?:\b(?:made|executed)(?:\s+and\s+executed)?\s+at\s+[\p{L} ]{2,30}?\s+on|\bdated\s+at\s+[\p{L}, ]{2,40}?,?\s+(?=this\b)|\bdated|\bmade\s+(?:(?:by\s+way\s+of|as)\s+(?:a\s+)?deed(?:\s+poll)?\s+)?(?:on|as\s+(?:of|at))?|\bmade\s+this|entered\s+into\s+(?:on|as\s+of|as\s+at)|executed\s+(?:on|as\s+of)|(?<!\b(?:review|completion|closing|payment|due|expiry|expiration|termination|maturity|repayment|renewal|break|delivery|valuation|transfer|vesting|exercise|notice|invoice|hearing|trial|birth)\s)\bdate(?:d)?\s*:)\s*(?:this\s+)?(?:the\s+)?$/iu;
/** A bare "as of" / "as at": weaker than "dated", since "the rent review … as at 29 September 2026" is a date of something else. */
const AS_OF_BEFORE = /\bas\s+(?:of|at)\s*(?:this\s+)?(?:the\s+)?$/i;
const MEETING_HELD_BEFORE = /\b(?:meeting\s+(?:of\s+[^.]{0,120}?)?held|held\s+at)\b[^.]{0,120}?\bon\s+(?:the\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/i;
/** "The Supply Contract is terminated with effect from 31 July 2026", "The Trustee shall retire as trustee of the Settlement with effect from …": the day something else ends. */
const ENDS_WITH_EFFECT = /\b(?:terminat\w*|ceas\w*|expir\w*|end(?:s|ed)?|discharged|released|surrendered|retir\w*|resign\w*)\b[^.;]{0,80}\bwith\s+effect\s+(?:from|on)\s*(?:the\s+)?$/i;
/** Dates that end something are never the effective date. */
const ENDING_BEFORE = /(?:expir\w*|terminat\w*|until|end(?:s|ing)?\s+on|maturity|repa\w+|later\s+than|before|by)\s*(?:on\s+)?(?:the\s+)?$/i;

/**
 * The date a document takes effect: for a notice, the date at its top; an explicit effective or
 * commencement date; for a letter, the date it is written on; then the date the document says it was
 * made, then a date standing on its own line near the top, then the last signature's date, then the
 * first date in the opening text. Dates in the recitals never count as stated ones, except the date
 * they give this document's own variation.
 */
export function pickEffectiveDate(text: string, flat: string, dates: DateMention[], isLetter: boolean, isNotice = false, isRecord = false): DatePick | undefined {
  const before = (d: DateMention) => flat.slice(Math.max(0, d.start - LOOK_BEHIND), d.start);
  const after = (d: DateMention) => flat.slice(d.end, d.end + LOOK_AHEAD);

  const sentenceBefore = (d: DateMention) => flat.slice(Math.max(0, flat.lastIndexOf(". ", d.start - 1), d.start - 300), d.start);
  // The recitals tell other documents' story: "the Lease, by which the Property was let for a term of 15 years from 17 March 2016".
  const recitals = recitalRanges(flat);
  // … except the date a recital gives this document's own change: "agreed to vary the Agreement with effect from 1 December 2025 ("the Variation Date")".
  const ownDates = dates.filter((d) => !inRanges(recitals, d.start) || CHANGE_DATE_AFTER.test(after(d)));
  // A letter is dated where it says so at the top; the term of something it mentions ("the lease was
  // granted for a term of 7 years from 1 July 2021") is not its start, though a date it defines is: "a fixed
  // term of eighteen (18) months starting on 6 July 2026 (the "Commencement Date")".
  // "This Memorandum takes effect on the date at the head of it": whatever else has effect from another day.
  const onItsDate = TAKES_EFFECT_ON_ITS_DATE.test(flat);
  const namesItsStart = (d: DateMention) => EFFECTIVE_AFTER.test(after(d)) || BEING_WHEN_IT_TAKES_EFFECT.test(flat.slice(d.end, d.end + 2 * LOOK_AHEAD + 40)) || DEFINED_AS_BEING.test(sentenceBefore(d)) || NAMED_DATE_BEFORE.test(before(d));
  // A record (minutes, a rent review memorandum) speaks on its own date unless it names another ("… (the "Effective Date")"):
  // the rent "payable from and including 1 March 2026" is the review's day, not the memorandum's.
  const explicit = !onItsDate && ownDates.find((d) => isRecord ? namesItsStart(d) : !(isLetter && TERM_FROM_BEFORE.test(before(d)) && !EFFECTIVE_AFTER.test(after(d))) && (namesItsStart(d) || PERIOD_FROM_BEFORE.test(before(d)) || (/\bfrom\s+(?:the\s+)?$/i.test(before(d)) && PERIOD_AFTER.test(after(d))) || (EFFECTIVE_BEFORE.test(before(d)) && !ENDS_WITH_EFFECT.test(before(d)) && !OTHER_DOCUMENT_BEFORE.test(sentenceBefore(d)) && !ANOTHER_GRANT.test(sentenceBefore(d)) && !EXTENSION_BEFORE.test(sentenceBefore(d)))));

  // ""the Effective Date" means the date on which this Minute of Agreement is signed by the last of the parties": the last signature's date.
  // (A longer look back: "GIVEN under my hand and the seal of this Honourable Court at Nairobi this" is 74 characters.)
  const signedOn = (d: DateMention) => SIGNED_ON_BEFORE.test(flat.slice(Math.max(0, d.start - 2 * LOOK_BEHIND), d.start));
  const latest = (candidates: DateMention[]) => [...candidates].sort((a, b) => b.iso.localeCompare(a.iso))[0];
  const lastSigned = latest(dates.filter(signedOn));
  const lastSignature = LAST_SIGNATURE_DEFINED.exec(flat);
  // … and in an execution table, each signature's "Date: 9 March 2026" after the definition counts too.
  const lastSignedOrDated = lastSignature && latest(dates.filter((d) => signedOn(d) || (d.start > lastSignature.index && SIGNATURE_DATE_LABEL.test(before(d)))));
  if (lastSignedOrDated) return { date: lastSignedOrDated, basis: "stated" };

  // "This Deed takes effect on the Surrender Date" with ""Surrender Date" means 31 March 2026": the day it names.
  const named = namedDayOfEffect(flat, dates, before, after);
  if (named) return { date: named, basis: "stated" };

  // Minutes speak on the day of the meeting: "Held at the registered office … on 17 August 2026"; a deed's
  // "resolutions … passed at a meeting held on 2 February 2026" is its background.
  const meeting = isRecord && dates.find((d) => d.start < 600 && MEETING_HELD_BEFORE.test(flat.slice(Math.max(0, d.start - 200), d.start)));
  if (meeting) return { date: meeting, basis: "stated" };

  const opening = dates.filter((d) => d.start < 1500 && !ENDING_BEFORE.test(before(d)));
  // "… a written contract of employment" / "dated 20 January 2017.": a PDF's wrap leaves another document's date alone on a line.
  const ownLine = opening.find((d) => isAloneOnLine(text, d) && !OTHER_DOCUMENT_DATED.test(before(d)));
  // A notice speaks on the day it is given, not the day the termination it gives takes effect.
  if (isNotice && ownLine) return { date: ownLine, basis: "stated" };
  // "… Agreement dated 1 April 2022" in a letter's subject is another document.
  if (explicit) return { date: explicit, basis: "stated" };
  if (isLetter && ownLine) return { date: ownLine, basis: "stated" };

  // "… the deed of sale dated 3 April 2025": another document's date.
  // (A longer look back: "the Standard Security granted by the Company in favour of the Bank dated" is 73 characters.)
  const datedBy = (pattern: RegExp) => dates.find((d) => pattern.test(before(d)) && !OTHER_DOCUMENT_DATED.test(flat.slice(Math.max(0, d.start - 2 * LOOK_BEHIND), d.start)));
  const dated = datedBy(DATED_BEFORE) ?? datedBy(AS_OF_BEFORE);
  if (dated) return { date: dated, basis: "dated" };

  if (ownLine) return { date: ownLine, basis: "dated" };
  // Undated at the top, as Scots and South African deeds often are: it takes effect when the last party signs.
  if (lastSigned) return { date: lastSigned, basis: "dated" };
  return opening[0] ? { date: opening[0], basis: "guess" } : undefined;
}

const OTHER_DOCUMENT_DATED =
  /\b(?:a|an|the|that\s+certain|its|their)\s+(?:[\p{L}\p{N}£$€,.'’-]+\s+){0,5}?(?:lease|agreement|licen[cs]e|(?:sub)?contract(?:\s+of\s+(?:employment|service|sale))?|deed(?:\s+of\s+\p{L}+)?|debenture|instrument|note|letter|order|policy|addendum|amendment|variation|declaration\s+of\s+trust|(?:standard\s+)?security|charge|mortgage|pledge|guarantee|consent|counterclaim|claim|defen[cs]e|plaint|writ|summons|petition|affidavit|judgment|ruling|award)\s+(?:\([^)]*\)\s+)?(?:(?:granted|made|given|executed|issued)\b[^.;]{0,60}?\s+)?dated\s+(?:as\s+(?:of|at)\s+)?(?:the\s+)?$/iu;
/** The execution block's dates: "SIGNED at Pretoria on this 9th day of May 2025", "subscribed … at Glasgow on 13 February 2025", "I have set my hand this 5th day of May, 2026". */
const SIGNED_ON_BEFORE = /(?:\b(?:signed|subscribed|executed)\b[^.]{0,100}?\bon|\bgiven\s+under\s+(?:my|our)\s+hands?\b[^.]{0,80}?\bthis|\bat\s+\p{Lu}[\p{L} ]{1,30}\s+on|\bset\s+(?:my|our|his|her|its|their)\s+hands?(?:\s+and\s+seals?)?(?:\s+on)?)\s+(?:this\s+)?(?:the\s+)?$/iu;

const SIGNATURE_DATE_LABEL = /\bdate(?:\s+signed)?\s*:\s*$/i;
/** ""the Effective Date" means the date on which … signed by the last of the parties", "Agreement Date | the date on which this Agreement is signed by the last of the parties", "Date | The date on which this deed is executed by the last party to sign it", "takes effect on the date on which it has been signed by both parties", "shall come into force on the date on which it is signed by the last of the Parties to sign it". */
const LAST_SIGNATURE_DEFINED = /\b(?:(?:effective|commencement|agreement)\s+date["”’]?\s*(?:means|\||:)|date\s*\||(?:comes?|shall\s+come|will\s+come)\s+into\s+(?:force|effect)\s+on|(?:takes?|shall\s+take|will\s+take)\s+effect\s+on)\s+the\s+date\s+(?:on\s+which|of)\b[^.]{0,100}?\b(?:sign|execut)\w*\s+by\s+(?:the\s+last|both|all)\b/i;
/** "This Memorandum takes effect on the date at the head of it", "This Agreement shall come into force on the date of its execution first written above". */
const TAKES_EFFECT_ON_ITS_DATE = /\bthis\s+\p{L}+\s+(?:(?:takes|shall\s+take|will\s+take)\s+effect|(?:comes|shall\s+come|will\s+come)\s+into\s+(?:force|effect))\s+on\s+the\s+date\s+(?:at\s+the\s+head\s+of\s+it|of\s+this\s+\p{L}+|hereof|(?:of\s+its\s+execution\s+)?first\s+(?:written|stated|mentioned)\s+above|of\s+its\s+execution)\b/iu;
/** "The Term of the Lease is hereby extended for … (the "Extension Term"), commencing on July 1, 2026", "renewed for a further term from …": when the extension starts, not the amendment. */
const EXTENSION_BEFORE = /\b(?:extended|renewed)\b/i;
/** "… a lease dated 29 September 2019 … for a term of fifteen years from 29 September 2019": another document's start, not this one's. */
const OTHER_DOCUMENT_BEFORE = new RegExp(String.raw`(?:\b(?:a|an|the|that\s+certain)\s+|\|\s*)(?:[\p{L}'’"“-]+\s+){0,4}(?:lease|agreement|licen[cs]e|contract)["”]?\s+(?:(?:of|for)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,3})?${DATED}\b`, "iu");

/** "This Deed takes effect on the Surrender Date and not on the date on which it is made". */
const TAKES_EFFECT_ON_NAMED = /\b[Tt]his\s+\p{L}+\s+(?:(?:takes|shall\s+take|will\s+take)\s+effect|(?:comes|shall\s+come|will\s+come)\s+into\s+(?:force|effect))\s+(?:on\s+and\s+from|on|from)\s+the\s+((?:\p{Lu}[\p{L}-]*\s+){1,3}Date)\b/u;

/** The date a document defines under the name it says it takes effect on: ""Surrender Date" means 31 March 2026", "1 May 2026 (the "Completion Date")". */
function namedDayOfEffect(flat: string, dates: DateMention[], before: (d: DateMention) => string, after: (d: DateMention) => string): DateMention | undefined {
  const name = TAKES_EFFECT_ON_NAMED.exec(flat)?.[1];
  if (!name) return undefined;
  const quoted = String.raw`["“'‘]?${escapeRegExp(name)}["”'’]?`;
  const means = new RegExp(String.raw`${quoted}\s*(?:means|shall\s+mean|is|:)\s*(?:the\s+)?$`, "i");
  const called = new RegExp(String.raw`^\s*,?\s*\(\s*(?:the\s+)?${quoted}`, "i");
  return dates.find((d) => means.test(before(d)) || called.test(after(d)));
}

function isAloneOnLine(text: string, d: DateMention): boolean {
  const lineStart = text.lastIndexOf("\n", d.start - 1) + 1;
  const lineEnd = text.indexOf("\n", d.end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  return /^\s*(?:(?:date|dated)\s*:?\s*(?:this\s+)?(?:the\s+)?|[\p{L} ]{2,30},\s*)?$/iu.test(line.slice(0, d.start - lineStart)) && /^[\s.,]*$/.test(line.slice(d.end - lineStart));
}
