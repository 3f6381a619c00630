/**
 * Lookup tables keyed by words a learner wrote. A plain object literal inherits "constructor",
 * "toString" and the like, so `TABLE[word]` would find a function for those words; these tables
 * have no prototype.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
