// Offline suggestions for the open conversation: canned replies and articles ranked by the intent
// (given by triage) and by text similarity (BM25 over local data), and the replies that closed the
// most similar past conversations. Everything is in memory after a first build; the indexes of
// canned replies and articles rebuild when those change, past conversations are added as they close.
import type { KbArticle, Suggestion, SuggestionList } from '../../../src-shared/api/contract-assist';
import type { Intent } from '../../../src-shared/domain/triage';
import type { Db } from '../../db/open-database';
import type { CannedLibrary } from '../canned/canned-library';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { Bm25Index } from './bm25-index';
import { createPastResolutionReader, type PastResolution } from './past-resolutions';
import { tokenize } from './tokenize';
import type { CannedReplyFull } from '../../../src-shared/api/contract-assist';

export interface SuggestionEngineOptions {
  now: () => number;
  /** How many similar past conversations vote for their closing reply. */
  neighbours?: number;
  /** Minimum time between looks for newly closed conversations. */
  refreshMs?: number;
  /** Closed conversations read per slice of the first load (default 2,000). */
  pageSize?: number;
}

interface ConversationText {
  id: number;
  language: string | null;
  subject: string;
  inbound: string[];
}

export interface SuggestionEngine {
  suggest(conversationId: number, intent: Intent | null, limit: number): SuggestionList;
  /** The article that best answers a text in a language, and the share of the text's terms it covers. */
  bestArticle(text: string, language: string | null): { article: KbArticle; coverage: number } | null;
  /** Builds the past-conversation index now (otherwise on first use). Returns how many it holds. */
  warm(): number;
  /**
   * Builds it a page at a time between other work, so that opening a large workspace never stalls the
   * core; stops quietly when `isOpen` turns false (the database was closed).
   */
  warmInBackground(isOpen: () => boolean): Promise<number>;
}

const norm = (n: string) => n.replace(/\s+/g, ' ').trim().toLowerCase();

export function createSuggestionEngine(db: Db, canned: CannedLibrary, kb: KnowledgeBase, options: SuggestionEngineOptions): SuggestionEngine {
  const neighbours = options.neighbours ?? 25;
  const refreshMs = options.refreshMs ?? 30_000;
  const conversationStmt = db.prepare<[number], { id: number; language: string | null; subject: string }>(
    'SELECT id, language, subject FROM conversations WHERE id = ?',
  );
  const inboundStmt = db.prepare<[number], { body_text: string }>(
    "SELECT body_text FROM messages WHERE conversation_id = ? AND direction = 'inbound' ORDER BY sent_at DESC, id DESC LIMIT 3",
  );
  const past = createPastResolutionReader(db);

  let cannedIndex: { version: string; byLanguage: Map<string, Bm25Index<CannedReplyFull>>; all: CannedReplyFull[] } | null = null;
  let articleIndex: { version: number; byLanguage: Map<string, Bm25Index<KbArticle>>; all: KbArticle[] } | null = null;
  const pastByLanguage = new Map<string, Bm25Index<PastResolution>>();
  const pastSeen = new Set<number>();
  let pastWatermark = -1;
  let pastCheckedAt = -Infinity;

  function byLanguage<T extends { language: string }>(items: readonly T[], text: (t: T) => string) {
    const map = new Map<string, Bm25Index<T>>();
    for (const item of items) {
      let index = map.get(item.language);
      if (!index) map.set(item.language, (index = new Bm25Index<T>({ maxDocShare: 0.9 })));
      index.add(item, tokenize(text(item)));
    }
    return map;
  }

  // Sending a reply counts its canned reply's use outside the library: the usage total is part of the version.
  const usageStmt = db.prepare<[], { n: number | null }>('SELECT sum(usage_count) AS n FROM canned_replies');
  function cannedIdx() {
    const version = `${canned.version()}:${usageStmt.get()?.n ?? 0}`;
    if (!cannedIndex || cannedIndex.version !== version) {
      const all = canned.list();
      cannedIndex = { version, all, byLanguage: byLanguage(all, (r) => `${r.name} ${r.folder ?? ''} ${r.body.replace(/\{\{[^}]*\}\}/g, ' ')}`) };
    }
    return cannedIndex;
  }
  function articleIdx() {
    if (!articleIndex || articleIndex.version !== kb.version()) {
      const all = kb.list();
      articleIndex = { version: kb.version(), all, byLanguage: byLanguage(all, (a) => `${a.title} ${a.title} ${a.body}`) };
    }
    return articleIndex;
  }
  function addPast(p: PastResolution): void {
    if (pastSeen.has(p.conversationId)) return; // reopened and closed again: keep the first closing
    pastSeen.add(p.conversationId);
    let index = pastByLanguage.get(p.language);
    if (!index) pastByLanguage.set(p.language, (index = new Bm25Index<PastResolution>({ maxDocShare: 0.1, maxQueryTerms: 16 })));
    index.add(p, tokenize(p.question));
  }

  // The first load of a large history goes in pages (see warmInBackground); until it ends,
  // suggestions use the part already indexed. Afterwards, newly closed conversations are added.
  let pastState: 'empty' | 'paging' | 'ready' = 'empty';
  let pageCursor = 0;
  let pagingStartedAt = -1;
  const PAGE = options.pageSize ?? 2_000;

  /** Reads the next page; returns false when the history is fully indexed. */
  function nextPage(): boolean {
    const { items, lastId } = past.page(pageCursor, PAGE);
    for (const p of items) addPast(p);
    if (lastId === null) {
      pastWatermark = pagingStartedAt;
      pastState = 'ready';
      return false;
    }
    pageCursor = lastId;
    return true;
  }

  function startPaging(): void {
    pastState = 'paging';
    pagingStartedAt = past.latestChange();
    pageCursor = 0;
  }

  function refreshPast(force = false): void {
    if (pastState === 'empty') {
      startPaging();
      while (nextPage());
    }
    if (pastState === 'paging' && !force) return;
    while (pastState === 'paging') nextPage();
    const now = options.now();
    if (!force && now - pastCheckedAt < refreshMs) return;
    pastCheckedAt = now;
    for (const p of past.since(pastWatermark)) {
      pastWatermark = Math.max(pastWatermark, p.updatedAt);
      addPast(p);
    }
  }

  function conversationText(id: number): ConversationText | null {
    const c = conversationStmt.get(id);
    if (!c) return null;
    return { ...c, inbound: inboundStmt.all(id).map((m) => m.body_text) };
  }

  /** Candidates of a per-language index: the buyer's language, else English. */
  function inLanguage<T>(map: Map<string, Bm25Index<T>>, language: string | null): Bm25Index<T> | null {
    return (language ? map.get(language) : undefined) ?? map.get('en') ?? null;
  }

  function rankLibrary<T extends { intents: Intent[] }>(
    index: Bm25Index<T> | null,
    terms: string[],
    intent: Intent | null,
    all: readonly T[],
  ): { item: T; text: number; intentMatch: boolean }[] {
    if (!index) return [];
    const hits = index.search(terms, 50);
    const max = hits[0]?.score ?? 0;
    const text = new Map<T, number>(hits.map((h) => [h.doc, max > 0 ? h.score / max : 0]));
    // Items of the intent rank even when they share no word with the buyer's message.
    const pool = new Set<T>([...text.keys(), ...(intent ? all.filter((i) => i.intents.includes(intent)) : [])]);
    return [...pool].map((item) => ({ item, text: text.get(item) ?? 0, intentMatch: intent !== null && item.intents.includes(intent) }));
  }

  const blend = (text: number, intentMatch: boolean, intent: Intent | null) => (intent ? 0.5 * text + 0.45 * (intentMatch ? 1 : 0) : 0.95 * text);

  const pastSize = () => [...pastByLanguage.values()].reduce((n, i) => n + i.size, 0);

  return {
    warm() {
      refreshPast(true);
      return pastSize();
    },

    warmInBackground(isOpen) {
      if (pastState !== 'empty') return Promise.resolve(pastSize());
      startPaging();
      return new Promise((resolve) => {
        const step = () => {
          if (!isOpen() || pastState !== 'paging') return resolve(pastSize());
          if (nextPage()) setImmediate(step);
          else resolve(pastSize());
        };
        setImmediate(step);
      });
    },

    bestArticle(text, language) {
      const idx = articleIdx();
      const index = inLanguage(idx.byLanguage, language);
      const terms = [...new Set(tokenize(text))];
      if (!index || terms.length === 0) return null;
      const top = index.search(terms, 1)[0];
      if (!top) return null;
      const articleTerms = new Set(tokenize(`${top.doc.title} ${top.doc.body}`));
      return { article: top.doc, coverage: terms.filter((t) => articleTerms.has(t)).length / terms.length };
    },

    suggest(conversationId, intent, limit) {
      const conversation = conversationText(conversationId);
      if (!conversation) return { conversationId, intent, language: null, items: [] };
      refreshPast();
      const terms = tokenize([conversation.subject, ...conversation.inbound].join('\n'));
      const language = conversation.language;
      const items: Suggestion[] = [];

      const c = cannedIdx();
      const cannedLanguage = language && c.byLanguage.has(language) ? language : 'en';
      const variants = c.byLanguage.get(cannedLanguage) ?? null;
      const cannedInLanguage = c.all.filter((r) => r.language === cannedLanguage);
      const maxUsage = Math.max(1, ...cannedInLanguage.map((r) => r.usageCount));
      for (const { item, text, intentMatch } of rankLibrary(variants, terms, intent, cannedInLanguage)) {
        const usage = Math.log1p(item.usageCount) / Math.log1p(maxUsage);
        items.push({
          key: `canned:${item.id}`,
          kind: 'canned',
          title: item.name,
          body: item.body,
          language: item.language,
          score: blend(text, intentMatch, intent) + 0.05 * usage,
          cannedReplyId: item.id,
          articleId: null,
          resolvedCount: 0,
          reasons: [...(intentMatch ? (['intent'] as const) : []), ...(text > 0 ? (['text'] as const) : [])],
        });
      }

      const a = articleIdx();
      const articleLanguage = language && a.byLanguage.has(language) ? language : 'en';
      const articles = a.byLanguage.get(articleLanguage) ?? null;
      const articlesInLanguage = a.all.filter((x) => x.language === articleLanguage);
      for (const { item, text, intentMatch } of rankLibrary(articles, terms, intent, articlesInLanguage)) {
        // An article informs a reply more often than it is the reply: a little below canned replies.
        items.push({
          key: `article:${item.id}`,
          kind: 'article',
          title: item.title,
          body: item.body,
          language: item.language,
          score: 0.85 * blend(text, intentMatch, intent),
          cannedReplyId: null,
          articleId: item.id,
          resolvedCount: 0,
          reasons: [...(intentMatch ? (['intent'] as const) : []), ...(text > 0 ? (['text'] as const) : [])],
        });
      }

      const pastIndex = language ? pastByLanguage.get(language) : undefined;
      if (pastIndex) {
        const similar = pastIndex.search(terms, neighbours, (p) => p.conversationId !== conversationId);
        const total = similar.reduce((s, h) => s + h.score, 0);
        const groups = new Map<string, { reply: string; weight: number; count: number; best: number }>();
        for (const h of similar) {
          const key = norm(h.doc.reply);
          const g = groups.get(key) ?? { reply: h.doc.reply, weight: 0, count: 0, best: h.score };
          g.weight += h.score;
          g.count++;
          groups.set(key, g);
        }
        const top = similar[0]?.score ?? 0;
        for (const [key, g] of groups) {
          // A reply that closed many of the nearest conversations, and the nearest ones, ranks high.
          const share = total > 0 ? g.weight / total : 0;
          items.push({
            key: `past:${key.slice(0, 60)}`,
            kind: 'past_reply',
            title: g.reply.split('\n')[0]!.slice(0, 80),
            body: g.reply,
            language: language!,
            score: 0.6 * share + 0.35 * (top > 0 ? g.best / top : 0),
            cannedReplyId: null,
            articleId: null,
            resolvedCount: g.count,
            reasons: ['past'],
          });
        }
      }

      items.sort((x, y) => y.score - x.score);
      return { conversationId, intent, language, items: items.slice(0, limit) };
    },
  };
}
