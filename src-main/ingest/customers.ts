// Finds or creates the customer behind a channel identity. A buyer who writes from Amazon and from
// email with the same real address is one customer with two identities.
import type { Db } from '../db/open-database';
import type { IncomingCustomer } from './incoming';

export interface CustomerResolver {
  resolve(customer: IncomingCustomer, accountId: number | null): number;
}

export function createCustomerResolver(db: Db, now: () => number): CustomerResolver {
  const byIdentity = db.prepare<[string, string], { customer_id: number }>(
    'SELECT customer_id FROM customer_identities WHERE channel = ? AND handle = ?',
  );
  const byEmail = db.prepare<[string], { id: number }>('SELECT id FROM customers WHERE email = ? ORDER BY id LIMIT 1');
  const insertCustomer = db.prepare(
    `INSERT INTO customers (name, email, country, language, is_vip, lifetime_value_minor, currency, created_at)
     VALUES (@name, @email, @country, @language, @isVip, @ltv, @currency, @now)`,
  );
  const insertIdentity = db.prepare(
    `INSERT INTO customer_identities (customer_id, channel, account_id, handle, display_name)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (channel, handle) DO NOTHING`,
  );
  const refreshCustomer = db.prepare(
    `UPDATE customers SET
       email = coalesce(email, @email),
       country = coalesce(@country, country),
       language = coalesce(language, @language),
       is_vip = max(is_vip, @isVip),
       lifetime_value_minor = max(lifetime_value_minor, @ltv),
       currency = coalesce(currency, @currency)
     WHERE id = @id`,
  );

  // Within one sync the same buyer appears many times; remembering the answer saves the lookups.
  const cache = new Map<string, number>();

  return {
    resolve(customer, accountId) {
      const key = `${customer.channel}\u0000${customer.handle}`;
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      const email = customer.email?.trim().toLowerCase() || null;
      const fields = {
        email,
        country: customer.country ?? null,
        language: customer.language ?? null,
        isVip: customer.isVip ? 1 : 0,
        ltv: customer.lifetimeValueMinor ?? 0,
        currency: customer.currency ?? null,
      };
      let id = byIdentity.get(customer.channel, customer.handle)?.customer_id;
      if (id === undefined) {
        id = (email ? byEmail.get(email)?.id : undefined) ?? undefined;
        if (id === undefined) {
          id = Number(insertCustomer.run({ name: customer.name, now: now(), ...fields }).lastInsertRowid);
        } else {
          refreshCustomer.run({ id, ...fields });
        }
        insertIdentity.run(id, customer.channel, accountId, customer.handle, customer.name);
      } else if (fields.isVip || fields.ltv || email) {
        refreshCustomer.run({ id, ...fields });
      }
      if (cache.size > 50_000) cache.clear();
      cache.set(key, id);
      return id;
    },
  };
}
