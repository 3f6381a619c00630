/**
 * Deterministic shuffling. The same seed and salt always give the same order, so the server can
 * show a shuffled exercise, forget it, and still map the learner's answer (given as positions in
 * the shuffled arrays) back to the content when it grades.
 */

/** What the caller chooses to make an order repeatable: a set attempt id, "user:exercise", a number. */
export type Seed = string | number;

/** FNV-1a, 32 bits: a small, well-spread hash of a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny PRNG with a 32-bit state; uniform floats in [0, 1). */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A permutation of 0..n-1 from a seed: `p[publicIndex] = originalIndex`. The salt separates
 * the orders of different arrays shuffled with the same seed (each exercise salts with its id).
 */
export function seededPermutation(n: number, seed: Seed, salt: string): number[] {
  const random = mulberry32(hashString(`${String(seed)}\u0000${salt}`));
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  return p;
}

/**
 * If the permutation shows the values in their original order (compared by `key`, so repeated
 * texts count as equal), rotate it by one. A rotation equals the original only when every key is
 * the same, and then no order could differ: it is left as it is.
 */
export function avoidOriginalOrder(p: readonly number[], key: (originalIndex: number) => string): number[] {
  const same = p.every((original, i) => key(original) === key(i));
  const allEqual = p.every((_, i) => key(i) === key(0));
  return same && !allEqual ? [...p.slice(1), p[0]!] : [...p];
}
