// A small in-memory BM25 index (Okapi BM25, k1 = 1.2, b = 0.75) over short texts: canned replies,
// articles and past conversations. Built for latency at 100,000 conversations: a query keeps only its
// rarest terms (terms held by a large share of documents weigh almost nothing and have the longest
// posting lists), scores accumulate in a reused typed array, and a small heap picks the top results.

export interface ScoredDoc<T> {
  doc: T;
  score: number;
}

const K1 = 1.2;
const B = 0.75;

export interface Bm25Options {
  /** Terms held by more than this share of the documents are skipped (once there are 20 documents). */
  maxDocShare?: number;
  /** At most this many distinct query terms are used, the rarest first. */
  maxQueryTerms?: number;
}

export class Bm25Index<T> {
  private docs: T[] = [];
  private lengths: number[] = [];
  private postings = new Map<string, { doc: number; tf: number }[]>();
  private totalLength = 0;
  private scores = new Float64Array(64);
  private readonly maxDocShare: number;
  private readonly maxQueryTerms: number;

  constructor(options: Bm25Options = {}) {
    this.maxDocShare = options.maxDocShare ?? 0.3;
    this.maxQueryTerms = options.maxQueryTerms ?? 24;
  }

  get size(): number {
    return this.docs.length;
  }

  add(doc: T, terms: readonly string[]): void {
    const id = this.docs.length;
    this.docs.push(doc);
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
    if (id >= this.scores.length) {
      const grown = new Float64Array(this.scores.length * 2);
      grown.set(this.scores);
      this.scores = grown;
    }
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
    if (n === 0 || limit <= 0) return [];
    const avg = this.totalLength / n || 1;
    const lists: { doc: number; tf: number }[][] = [];
    for (const term of new Set(terms)) {
      const list = this.postings.get(term);
      if (list && (n < 20 || list.length <= n * this.maxDocShare)) lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    const touched: number[] = [];
    const scores = this.scores;
    for (const list of lists.slice(0, this.maxQueryTerms)) {
      const idf = this.idf(list.length);
      for (const { doc, tf } of list) {
        if (scores[doc] === 0) touched.push(doc);
        const norm = tf + K1 * (1 - B + (B * this.lengths[doc]!) / avg);
        scores[doc]! += (idf * tf * (K1 + 1)) / norm;
      }
    }
    // Top `limit` by a min-heap of (score, doc); ties keep the earlier document.
    const heap: number[] = [];
    const less = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
    const down = (i: number) => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
        if (m === i) return;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    };
    const up = (i: number) => {
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!less(heap[i]!, heap[p]!)) return;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    };
    for (const doc of touched) {
      if (heap.length === limit && !less(heap[0]!, doc)) continue;
      if (accept && !accept(this.docs[doc]!)) continue;
      if (heap.length < limit) {
        heap.push(doc);
        up(heap.length - 1);
      } else {
        heap[0] = doc;
        down(0);
      }
    }
    const ranked = heap.map((doc) => ({ doc: this.docs[doc]!, score: scores[doc]!, id: doc }));
    ranked.sort((a, b) => b.score - a.score || a.id - b.id);
    for (const doc of touched) scores[doc] = 0;
    return ranked.map(({ doc, score }) => ({ doc, score }));
  }
}
