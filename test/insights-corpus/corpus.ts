import { contractSpecs } from "./contract-specs";
import { leaseSpecs, letterSpecs } from "./lease-and-letter-specs";
import type { CorpusSpec } from "./types";

/** Every corpus document, built from specs at test time. */
export function corpusSpecs(): CorpusSpec[] {
  return [...contractSpecs(), ...leaseSpecs(), ...letterSpecs()];
}
