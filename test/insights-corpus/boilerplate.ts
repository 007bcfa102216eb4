import type { Block } from "./types";

/**
 * General clauses every contract carries. Several hold durations and dates that are NOT the term,
 * expiry or effective date (notice periods, survival, renewals, invoices), to keep the rules honest.
 */
const CLAUSES: [string, string][] = [
  ["Confidentiality", "Each party shall keep confidential all information it receives from the other party in connection with this Agreement and shall not disclose it except to its professional advisers who need to know it. The obligations in this clause shall survive for a period of five (5) years after termination."],
  ["Notices", "Any notice given under this Agreement shall be in writing and delivered by hand, by pre-paid first class post or by email to the address of the recipient set out above. A notice sent by post shall be deemed received two business days after posting, and a notice sent by email at the time of transmission."],
  ["Entire agreement", "This Agreement constitutes the entire agreement between the parties and supersedes all previous agreements, promises, assurances and understandings between them, whether written or oral, relating to its subject matter."],
  ["Assignment", "Neither party may assign, transfer, charge or deal in any other manner with any of its rights or obligations under this Agreement without the prior written consent of the other party, such consent not to be unreasonably withheld or delayed."],
  ["Payment", "The fees shall be invoiced monthly in arrears and each invoice shall be paid within thirty (30) days of receipt. Interest on late payment shall accrue at four per cent above the base rate from time to time."],
  ["Termination for convenience", "Either party may terminate this Agreement on giving not less than ninety (90) days' written notice to the other party, and either party may terminate it with immediate effect if the other commits a material breach which is not remedied within 14 days."],
  ["Renewal", "Unless either party gives notice of non-renewal at least three months before the end of the then current term, this Agreement shall automatically renew for successive periods of twelve (12) months."],
  ["Severability", "If any provision or part-provision of this Agreement is or becomes invalid, illegal or unenforceable, it shall be deemed modified to the minimum extent necessary to make it valid, legal and enforceable."],
  ["Limitation of liability", "Nothing in this Agreement limits any liability which cannot legally be limited. Subject to that, each party's total liability arising under or in connection with this Agreement shall not exceed the fees paid in the twelve months preceding the claim."],
  ["Force majeure", "Neither party shall be in breach of this Agreement nor liable for delay in performing its obligations if the delay results from events beyond its reasonable control. If the period of delay continues for 60 days, the party not affected may terminate this Agreement on written notice."],
  ["Counterparts", "This Agreement may be executed in any number of counterparts, each of which when executed shall constitute a duplicate original, but all the counterparts together shall constitute one agreement."],
  ["Third party rights", "No one other than a party to this Agreement shall have any right to enforce any of its terms."],
  ["Variation", "No variation of this Agreement shall be effective unless it is in writing and signed by the parties or their authorised representatives."],
  ["Waiver", "A waiver of any right or remedy is only effective if given in writing and shall not be deemed a waiver of any subsequent right or remedy. A failure or delay by a party to exercise any right or remedy shall not constitute a waiver of that right."],
  ["Data protection", "Each party shall comply with all applicable requirements of data protection legislation. Personal data shall be retained for no longer than necessary and in any event deleted within 6 months after the end of the services, as notified by the controller on 1 January of each year."],
  ["Dispute resolution", "If a dispute arises, the parties shall first attempt in good faith to resolve it through negotiation between senior executives within twenty (20) business days, before commencing any proceedings."],
];

/** `count` general clauses starting at `offset`, numbered from `firstNumber`, as headed paragraphs. */
export function boilerplate(offset: number, count: number, firstNumber: number, numbered = true): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < count; i++) {
    const [heading, text] = CLAUSES[(offset + i * 3) % CLAUSES.length];
    blocks.push({ kind: "heading", text: numbered ? `${firstNumber + i}. ${heading}` : heading });
    blocks.push({ kind: "paragraph", text });
  }
  return blocks;
}

export function signatureBlock(parties: string[], style: number): Block[] {
  const blocks: Block[] = [{ kind: "gap" }];
  if (style % 2 === 0) {
    blocks.push({ kind: "paragraph", text: "IN WITNESS WHEREOF the parties have executed this Agreement on the date first written above." });
  } else {
    blocks.push({ kind: "paragraph", text: "This Agreement has been entered into on the date stated at the beginning of it." });
  }
  for (const party of parties) {
    blocks.push({ kind: "line", text: `Signed for and on behalf of ${party}` });
    blocks.push({ kind: "line", text: "Signature: ______________________" });
    blocks.push({ kind: "line", text: "Name and title: _________________" });
    blocks.push({ kind: "gap" });
  }
  return blocks;
}
