/**
 * The baseline the coach must beat: plain TF-IDF cosine similarity between an answer and the
 * reference answer. Lower-cased word tokens, English stop words removed, IDF fitted on every text of
 * the evaluation (answers and references), no stemming, no synonyms, no negation.
 */

const STOP = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those
  i you he she we they me him her us them my your our their what which who whom how when where why not no so than then
  there here do does did done have has had can could will would should may might must just also very too about into over
  under again more most some any each all both few other such only own same s t don't isn't it's`.split(/\s+/),
);

export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9][a-z0-9'+.-]*[a-z0-9+]|[a-z0-9]/g) ?? []).filter((t) => !STOP.has(t));
}

export interface TfIdf {
  similarity(a: string, b: string): number;
}

export function fitTfIdf(corpus: readonly string[]): TfIdf {
  const df = new Map<string, number>();
  for (const doc of corpus) for (const t of new Set(tokens(doc))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = corpus.length;
  const vector = (text: string) => {
    const tf = new Map<string, number>();
    for (const t of tokens(text)) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    for (const [t, f] of tf) v.set(t, f * (Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1));
    return v;
  };
  return {
    similarity(a, b) {
      const va = vector(a);
      const vb = vector(b);
      let dot = 0;
      let na = 0;
      let nb = 0;
      for (const [t, x] of va) {
        na += x * x;
        dot += x * (vb.get(t) ?? 0);
      }
      for (const x of vb.values()) nb += x * x;
      return na && nb ? dot / Math.sqrt(na * nb) : 0;
    },
  };
}
