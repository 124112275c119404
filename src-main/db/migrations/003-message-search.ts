import type { Migration } from './migration';

// Full-text search over messages. The index is contentless: the core writes a search form of each
// message into it (CJK runs split into overlapping bigrams, see src-main/search/search-text.ts), so one
// unicode61 index serves Latin, Chinese and Japanese text, two-character words such as 退款 included.
// The message's rowid is the index row's rowid; contentless_delete lets an edited message be replaced.
export const migration003: Migration = {
  version: 3,
  name: 'message full-text search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE message_search USING fts5(
        subject,
        body,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
  },
};
