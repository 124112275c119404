import type { Migration } from './migration';

// Channel accounts, customers with identities on several channels, orders with items and shipments,
// and the people who answer: agents in teams.
export const migration001: Migration = {
  version: 1,
  name: 'accounts, customers, orders, agents',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        channel TEXT NOT NULL CHECK (channel IN ('amazon', 'ebay', 'shopify', 'email')),
        name TEXT NOT NULL,
        marketplace TEXT,
        address TEXT,
        settings_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings_json)),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT,
        country TEXT,
        language TEXT,
        is_vip INTEGER NOT NULL DEFAULT 0 CHECK (is_vip IN (0, 1)),
        lifetime_value_minor INTEGER NOT NULL DEFAULT 0,
        currency TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX customers_email ON customers(email) WHERE email IS NOT NULL;

      -- One buyer on Amazon and on email is one customer with two identities.
      CREATE TABLE customer_identities (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        channel TEXT NOT NULL,
        account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        handle TEXT NOT NULL,
        display_name TEXT,
        UNIQUE (channel, handle)
      ) STRICT;
      CREATE INDEX customer_identities_customer ON customer_identities(customer_id);

      CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        external_id TEXT NOT NULL,
        marketplace TEXT,
        customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
        placed_at INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'unshipped', 'shipped', 'delivered', 'cancelled', 'returned')),
        currency TEXT NOT NULL,
        total_minor INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (account_id, external_id)
      ) STRICT;
      CREATE INDEX orders_customer ON orders(customer_id, placed_at DESC);
      CREATE INDEX orders_external ON orders(external_id);

      CREATE TABLE order_items (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        sku TEXT,
        title TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit_price_minor INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX order_items_order ON order_items(order_id);

      CREATE TABLE shipments (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        carrier TEXT,
        tracking_number TEXT,
        status TEXT NOT NULL CHECK (status IN ('label_created', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned')),
        shipped_at INTEGER,
        promised_from INTEGER,
        promised_to INTEGER,
        delivered_at INTEGER
      ) STRICT;
      CREATE INDEX shipments_order ON shipments(order_id);

      CREATE TABLE teams (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
      ) STRICT;

      CREATE TABLE agents (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT UNIQUE,
        role TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('admin', 'agent')),
        languages_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages_json)),
        is_self INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1))
      ) STRICT;

      CREATE TABLE team_members (
        team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
        PRIMARY KEY (team_id, agent_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
