// Knowledge-base articles: stored per language, indexed in kb_search in the search form of
// src-main/search (CJK runs as bigrams), so Latin and CJK queries, two-character words included, work.
import type { KbArticle, KbHit } from '../../../src-shared/api/contract-assist';
import type { Intent } from '../../../src-shared/domain/triage';
import type { Db } from '../../db/open-database';
import { toIndexText, toMatchQuery } from '../../search/search-text';
import { ServiceError, notFound } from '../../services/errors';

interface ArticleRow {
  id: number;
  slug: string;
  language: string;
  title: string;
  body: string;
  intents_json: string;
  updated_at: number;
}

const toArticle = (r: ArticleRow): KbArticle => ({
  id: r.id,
  slug: r.slug,
  language: r.language,
  title: r.title,
  body: r.body,
  intents: JSON.parse(r.intents_json) as Intent[],
  updatedAt: r.updated_at,
});

export interface ArticleInput {
  id?: number | undefined;
  slug: string;
  language: string;
  title: string;
  body: string;
  intents: Intent[];
}

export interface KnowledgeBase {
  list(language?: string): KbArticle[];
  get(id: number): KbArticle;
  save(input: ArticleInput): KbArticle;
  delete(id: number): boolean;
  search(query: string, options?: { language?: string | undefined; limit?: number }): KbHit[];
  /** Bumped on every change, so that suggestion indexes know to rebuild. */
  version(): number;
}

const COLUMNS = 'id, slug, language, title, body, intents_json, updated_at';

export function createKnowledgeBase(db: Db, now: () => number): KnowledgeBase {
  const listAll = db.prepare<[], ArticleRow>(`SELECT ${COLUMNS} FROM kb_articles ORDER BY slug, language`);
  const listLang = db.prepare<[string], ArticleRow>(`SELECT ${COLUMNS} FROM kb_articles WHERE language = ? ORDER BY title`);
  const getStmt = db.prepare<[number], ArticleRow>(`SELECT ${COLUMNS} FROM kb_articles WHERE id = ?`);
  const bySlug = db.prepare<[string, string], { id: number }>('SELECT id FROM kb_articles WHERE slug = ? AND language = ?');
  const insert = db.prepare(
    `INSERT INTO kb_articles (slug, language, title, body, intents_json, created_at, updated_at)
     VALUES (@slug, @language, @title, @body, @intents, @now, @now)`,
  );
  const update = db.prepare(
    'UPDATE kb_articles SET slug = @slug, language = @language, title = @title, body = @body, intents_json = @intents, updated_at = @now WHERE id = @id',
  );
  const remove = db.prepare('DELETE FROM kb_articles WHERE id = ?');
  const unindex = db.prepare('DELETE FROM kb_search WHERE rowid = ?');
  const index = db.prepare('INSERT INTO kb_search (rowid, title, body) VALUES (?, ?, ?)');
  // Titles weigh three times the body: a query that names an article's subject should find it first.
  const searchAll = db.prepare<{ match: string; limit: number }, { id: number; rank: number }>(
    'SELECT rowid AS id, bm25(kb_search, 3.0, 1.0) AS rank FROM kb_search WHERE kb_search MATCH @match ORDER BY rank LIMIT @limit',
  );
  let changes = 0;

  const save = db.transaction((input: ArticleInput): number => {
    const clash = bySlug.get(input.slug, input.language);
    if (clash && clash.id !== input.id) {
      throw new ServiceError('conflict', `There is already a "${input.language}" version of the article "${input.slug}".`);
    }
    const params = { ...input, intents: JSON.stringify(input.intents), now: now() };
    let id: number;
    if (input.id !== undefined) {
      if (!getStmt.get(input.id)) throw notFound('Article', input.id);
      update.run({ ...params, id: input.id });
      id = input.id;
      unindex.run(id);
    } else {
      id = Number(insert.run(params).lastInsertRowid);
    }
    index.run(id, toIndexText(input.title), toIndexText(input.body));
    return id;
  });

  return {
    list: (language) => (language ? listLang.all(language) : listAll.all()).map(toArticle),
    get(id) {
      const row = getStmt.get(id);
      if (!row) throw notFound('Article', id);
      return toArticle(row);
    },
    save(input) {
      const id = save(input);
      changes++;
      return toArticle(getStmt.get(id)!);
    },
    delete(id) {
      const removed = db.transaction(() => {
        unindex.run(id);
        return remove.run(id).changes > 0;
      })();
      if (removed) changes++;
      return removed;
    },
    search(query, options = {}) {
      const match = toMatchQuery(query);
      if (!match) return [];
      const limit = options.limit ?? 20;
      // Over-fetch, then keep the wanted language: a few dozen articles per language at most.
      const rows = searchAll.all({ match, limit: options.language ? limit * 8 : limit });
      const hits: KbHit[] = [];
      for (const r of rows) {
        const article = getStmt.get(r.id);
        if (!article || (options.language && article.language !== options.language)) continue;
        hits.push({ article: toArticle(article), score: -r.rank });
        if (hits.length >= limit) break;
      }
      return hits;
    },
    version: () => changes,
  };
}
