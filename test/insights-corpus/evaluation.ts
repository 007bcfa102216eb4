import { analyzeDocument } from "@/lib/insights/analyze-document";
import { HELD_BACK_V3 } from "./held-back-v3";
import { HELD_BACK_V5 } from "./held-back-v5";
import { HELD_BACK_V6 } from "./held-back-v6";
import { HELD_BACK_V7 } from "./held-back-v7";
import { HELD_BACK_V18 } from "./held-back-v18";
import { HELD_BACK_V24 } from "./held-back-v24";
import { TUNING_V3 } from "./tuning-v3";
import { TUNING_V4 } from "./tuning-v4";
import { TUNING_V8 } from "./tuning-v8";
import { TUNING_V10 } from "./tuning-v10";
import { TUNING_V11 } from "./tuning-v11";
import { TUNING_V12 } from "./tuning-v12";
import { TUNING_V13 } from "./tuning-v13";
import { TUNING_V14 } from "./tuning-v14";
import { TUNING_V15 } from "./tuning-v15";
import { TUNING_V16 } from "./tuning-v16";
import { TUNING_V17 } from "./tuning-v17";
import { TUNING_V19 } from "./tuning-v19";
import { TUNING_V20 } from "./tuning-v20";
import { TUNING_V21 } from "./tuning-v21";
import { TUNING_V22 } from "./tuning-v22";
import { TUNING_V23 } from "./tuning-v23";
import { TUNING_V25 } from "./tuning-v25";
import { TUNING_V26 } from "./tuning-v26";
import { TUNING_V27 } from "./tuning-v27";
import { TUNING_V28 } from "./tuning-v28";
import { TUNING_V29 } from "./tuning-v29";
import { TUNING_V30 } from "./tuning-v30";
import { TUNING_V31 } from "./tuning-v31";
import { TUNING_V9 } from "./tuning-v9";
import { HELD_BACK_DOCUMENTS, TUNING_DOCUMENTS } from "./unseen";
import { renderUnseen } from "./unseen/render-unseen";
import { scoreUnseen, type UnseenScore } from "./unseen/score";
import type { UnseenDocument } from "./unseen/types";

export interface EvaluationSet {
  name: string;
  /** "tuning": the rules were tuned on it and its misses are printed; "held-back": only its aggregate is looked at. */
  role: "tuning" | "held-back";
  documents: UnseenDocument[];
}

/**
 * Every set of documents written independently of the rules (docs/insights.md, "Evaluation"). The
 * v2 held-back half was measured and looked at, so it became tuning data when held-back set v3
 * was written; v3 was committed before the tuning that followed it. Held-back v3 was measured twice
 * (before and after tuning round 2), so it joined the tuning data when held-back set v5 was written;
 * v5, measured twice, joined it when held-back set v6 was written (round 4 was tuned on v5); v6, measured
 * once, joined it when held-back set v7 and tuning set v8 were written from one brief
 * (evaluation-brief.md; round 5 was tuned on v6, round 6 on v8 and v9, round 7 on v10, round 8 on v11, round 9 on v12, round 10 on v12's rest, round 11 on v13, round 12 on v14, round 13 on v15, round 14 on v16, round 15 on v17, round 16 on v19, round 17 on v20, round 18 on v21, round 19 on v22, round 20 on v23, round 21 on v25, round 22 on v26, round 23 on v27, round 24 on v28, round 25 on v29, round 26 on v30, round 27 on v31). Held-back set v18 was written after round 15, from the same brief with no emphasis,
 * as a second, never-measured held-back set, v7 having been measured ten times; v24 after round 20 the same way, v18 having been measured eight times; tuning sets v26–v31 after rounds 21–26 from v24's brief, with no emphasis.
 */
export const EVALUATION_SETS: EvaluationSet[] = [
  { name: "unseen v2, tuning half", role: "tuning", documents: TUNING_DOCUMENTS },
  { name: "unseen v2, former held-back half", role: "tuning", documents: HELD_BACK_DOCUMENTS },
  { name: "tuning v3", role: "tuning", documents: TUNING_V3 },
  { name: "tuning v4 (second round, after held-back v3's first measurement)", role: "tuning", documents: TUNING_V4 },
  { name: "v3 (was held-back; measured twice, now tuning)", role: "tuning", documents: HELD_BACK_V3 },
  { name: "v5 (was held-back; measured twice, now tuning)", role: "tuning", documents: HELD_BACK_V5 },
  { name: "v6 (was held-back; measured once, now tuning)", role: "tuning", documents: HELD_BACK_V6 },
  { name: "tuning v8 (written with held-back v7)", role: "tuning", documents: TUNING_V8 },
  { name: "tuning v9 (after held-back v7's first measurement)", role: "tuning", documents: TUNING_V9 },
  { name: "tuning v10 (after held-back v7's second measurement)", role: "tuning", documents: TUNING_V10 },
  { name: "tuning v11 (after held-back v7's third measurement)", role: "tuning", documents: TUNING_V11 },
  { name: "tuning v12 (after held-back v7's fourth measurement)", role: "tuning", documents: TUNING_V12 },
  { name: "tuning v13 (after round 10)", role: "tuning", documents: TUNING_V13 },
  { name: "tuning v14 (after held-back v7's fifth measurement)", role: "tuning", documents: TUNING_V14 },
  { name: "tuning v15 (after held-back v7's sixth measurement)", role: "tuning", documents: TUNING_V15 },
  { name: "tuning v16 (after held-back v7's seventh measurement)", role: "tuning", documents: TUNING_V16 },
  { name: "tuning v17 (after held-back v7's eighth measurement)", role: "tuning", documents: TUNING_V17 },
  { name: "tuning v19 (after held-back v18's first measurement)", role: "tuning", documents: TUNING_V19 },
  { name: "tuning v20 (after held-back v18's second measurement)", role: "tuning", documents: TUNING_V20 },
  { name: "tuning v21 (after held-back v18's third measurement)", role: "tuning", documents: TUNING_V21 },
  { name: "tuning v22 (after held-back v18's sixth measurement)", role: "tuning", documents: TUNING_V22 },
  { name: "tuning v23 (after held-back v18's seventh measurement)", role: "tuning", documents: TUNING_V23 },
  { name: "tuning v25 (after held-back v24's first measurement)", role: "tuning", documents: TUNING_V25 },
  { name: "tuning v26 (after held-back v24's second measurement)", role: "tuning", documents: TUNING_V26 },
  { name: "tuning v27 (after held-back v24's third measurement)", role: "tuning", documents: TUNING_V27 },
  { name: "tuning v28 (after held-back v24's fourth measurement)", role: "tuning", documents: TUNING_V28 },
  { name: "tuning v29 (after held-back v24's fifth measurement)", role: "tuning", documents: TUNING_V29 },
  { name: "tuning v30 (after held-back v24's sixth measurement)", role: "tuning", documents: TUNING_V30 },
  { name: "tuning v31 (after held-back v24's seventh measurement)", role: "tuning", documents: TUNING_V31 },
  { name: "held-back v7", role: "held-back", documents: HELD_BACK_V7 },
  { name: "held-back v18", role: "held-back", documents: HELD_BACK_V18 },
  { name: "held-back v24", role: "held-back", documents: HELD_BACK_V24 },
];

export interface ScoredDocument extends UnseenScore {
  extractionStatus: string;
}

/** Renders and analyses each document as the extraction job would, and scores it against its truth. */
export async function scoreDocuments(documents: UnseenDocument[]): Promise<ScoredDocument[]> {
  const scores: ScoredDocument[] = [];
  for (const doc of documents) {
    const rendered = await renderUnseen(doc);
    const analysis = await analyzeDocument({ bytes: rendered.bytes, mediaType: rendered.mediaType, filename: rendered.filename, size: rendered.bytes.byteLength });
    scores.push({ ...scoreUnseen(rendered, analysis.fields), extractionStatus: analysis.extraction.status });
  }
  return scores;
}
