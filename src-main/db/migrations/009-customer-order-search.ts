import { createCustomerSearchIndex } from '../../search/customer-search-index';
import type { Migration } from './migration';

// Substring search over customers (name, email, channel handles and display names) and order ids
// without scanning the tables: trigram indexes, where a quoted query of three or more characters
// matches exactly the rows containing it.
//
// order_search holds each order's external id (rowid = order id), kept current by triggers alone;
// conversations_by_order takes the matching orders to their conversations.
//
// customer_search (rowid = customer id) has two columns: `fields`, the customer's searchable fields,
// and `pairs`, a form of its CJK runs that lets one- and two-character Chinese or Japanese queries
// (too short for trigrams) use the index as well. Building `pairs` needs code, so triggers only
// queue the customers whose fields changed in customer_search_queue; the core re-indexes the queue
// (src-main/search/customer-search-index.ts) after every ingest batch and before every search, so a
// search never sees a stale customer whoever changed it. Existing customers are indexed here, so the
// first search after the upgrade does not pay for it.
export const migration009: Migration = {
  version: 9,
  name: 'customer and order substring search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE order_search USING fts5(external_id, content = '', contentless_delete = 1, tokenize = 'trigram');
      INSERT INTO order_search (rowid, external_id) SELECT id, external_id FROM orders;
      CREATE INDEX conversations_by_order ON conversations(order_id);
      CREATE TRIGGER order_search_insert AFTER INSERT ON orders BEGIN
        INSERT INTO order_search (rowid, external_id) VALUES (new.id, new.external_id);
      END;
      CREATE TRIGGER order_search_update AFTER UPDATE OF external_id ON orders WHEN new.external_id IS NOT old.external_id BEGIN
        DELETE FROM order_search WHERE rowid = old.id;
        INSERT INTO order_search (rowid, external_id) VALUES (new.id, new.external_id);
      END;
      CREATE TRIGGER order_search_delete AFTER DELETE ON orders BEGIN
        DELETE FROM order_search WHERE rowid = old.id;
      END;

      CREATE VIRTUAL TABLE customer_search USING fts5(fields, pairs, content = '', contentless_delete = 1, tokenize = 'trigram');
      CREATE TABLE customer_search_queue (customer_id INTEGER PRIMARY KEY) STRICT;
      INSERT INTO customer_search_queue (customer_id) SELECT id FROM customers;
      CREATE TRIGGER customer_search_on_insert AFTER INSERT ON customers BEGIN
        INSERT OR IGNORE INTO customer_search_queue (customer_id) VALUES (new.id);
      END;
      CREATE TRIGGER customer_search_on_update AFTER UPDATE OF name, email ON customers
        WHEN new.name IS NOT old.name OR new.email IS NOT old.email BEGIN
        INSERT OR IGNORE INTO customer_search_queue (customer_id) VALUES (new.id);
      END;
      CREATE TRIGGER customer_search_on_delete AFTER DELETE ON customers BEGIN
        INSERT OR IGNORE INTO customer_search_queue (customer_id) VALUES (old.id);
      END;
      CREATE TRIGGER customer_search_on_identity_insert AFTER INSERT ON customer_identities BEGIN
        INSERT OR IGNORE INTO customer_search_queue (customer_id) VALUES (new.customer_id);
      END;
      CREATE TRIGGER customer_search_on_identity_update AFTER UPDATE OF customer_id, handle, display_name ON customer_identities
        WHEN new.customer_id IS NOT old.customer_id OR new.handle IS NOT old.handle OR new.display_name IS NOT old.display_name BEGIN
        INSERT OR IGNORE INTO customer_search_queue (customer_id) VALUES (old.customer_id);
        INSERT OR IGNORE INTO customer_search_queue (customer_id) VALUES (new.customer_id);
      END;
      CREATE TRIGGER customer_search_on_identity_delete AFTER DELETE ON customer_identities BEGIN
        INSERT OR IGNORE INTO customer_search_queue (customer_id) VALUES (old.customer_id);
      END;
    `);
    createCustomerSearchIndex(db).flush();
  },
};
