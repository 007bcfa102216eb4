/** Small deterministic randomness: everything the emulators generate derives from a seed. */

/** FNV-1a, 32 bit: turns a text key (e.g. "highq:file:17:v2") into a seed. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0 || 1;
}

/** xorshift32: fast, good enough for test content, never 0 once seeded with non-zero. */
export function xorshift32(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>>= 0);
  };
}

export interface Random {
  /** uniform in [0, 1) */
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
}

export function random(seed: number): Random {
  const step = xorshift32(seed);
  const next = () => step() / 0x1_0000_0000;
  return {
    next,
    int: (max) => Math.floor(next() * max),
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}
