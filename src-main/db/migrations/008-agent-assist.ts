import type { Migration } from './migration';

// Agent assist: knowledge-base articles (one row per language of an article, joined by slug) with
// their own contentless full-text index in the search form of src-main/search (CJK as bigrams), and
// the intents a canned reply answers, used to rank suggestions.
export const migration008: Migration = {
  version: 8,
  name: 'knowledge base, canned reply intents',
  up(db) {
    db.exec(`
      CREATE TABLE kb_articles (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL,
        language TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        intents_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(intents_json)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (slug, language)
      ) STRICT;

      CREATE VIRTUAL TABLE kb_search USING fts5(
        title,
        body,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      ALTER TABLE canned_replies ADD COLUMN intents_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(intents_json));
    `);
  },
};
