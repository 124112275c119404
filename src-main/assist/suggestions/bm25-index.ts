// A small in-memory BM25 index (Okapi BM25, k1 = 1.2, b = 0.75) over short texts: canned replies,
// articles and past conversations. Terms held by a large share of the documents are skipped at query
// time: their weight is near zero and their posting lists are the slow part.

export interface ScoredDoc<T> {
  doc: T;
  score: number;
}

const K1 = 1.2;
const B = 0.75;

export class Bm25Index<T> {
  private docs: T[] = [];
  private lengths: number[] = [];
  private postings = new Map<string, { doc: number; tf: number }[]>();
  private totalLength = 0;

  constructor(private readonly maxDocShare = 0.3) {}

  get size(): number {
    return this.docs.length;
  }

  add(doc: T, terms: readonly string[]): void {
    const id = this.docs.length;
    this.docs.push(doc);
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [term, n] of tf) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push({ doc: id, tf: n });
    }
  }

  private idf(df: number): number {
    const n = this.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The best `limit` documents for the query terms, best first; documents sharing no term are left out. */
  search(terms: readonly string[], limit: number, accept?: (doc: T) => boolean): ScoredDoc<T>[] {
    const n = this.docs.length;
    if (n === 0) return [];
    const avg = this.totalLength / n || 1;
    const scores = new Map<number, number>();
    for (const term of new Set(terms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      if (n >= 20 && list.length > n * this.maxDocShare) continue;
      const idf = this.idf(list.length);
      for (const { doc, tf } of list) {
        const norm = tf + K1 * (1 - B + (B * this.lengths[doc]!) / avg);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / norm);
      }
    }
    const ranked: ScoredDoc<T>[] = [];
    for (const [id, score] of scores) {
      const doc = this.docs[id]!;
      if (accept && !accept(doc)) continue;
      ranked.push({ doc, score });
    }
    ranked.sort((a, b) => b.score - a.score);
    return ranked.slice(0, limit);
  }
}
