// The sync engine against a real local HTTP market server and a real SQLite file.
import { afterEach, describe, expect, it } from 'vitest';
import { createSecretStore } from '../../../src-main/secrets/secret-store';
import { count, startSyncRig, waitFor, type SyncRig } from './sync-fixtures';

let rig: SyncRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const synced = (r: SyncRig) => () => {
  const s = r.status();
  return s.state === 'idle' && s.lastSyncAt !== null && s.progress == null && s;
};

describe('sync engine', () => {
  it('pulls a paged history once, then only what is new', async () => {
    rig = await startSyncRig({ messages: 1_000, pageSize: 50 });
    rig.engine.start();
    // idle(): nothing running and nothing due within a minute (the poll interval here is an hour).
    await rig.engine.idle();
    expect(synced(rig)()).toBeTruthy();
    const db = rig.db;
    expect(count(db, 'SELECT count(*) FROM messages WHERE account_id = ?', rig.accountId)).toBe(1_000);
    expect(count(db, 'SELECT count(DISTINCT external_id) FROM messages')).toBe(1_000);
    expect(count(db, 'SELECT count(*) FROM orders')).toBe(250);
    // Every conversation is linked to the order its messages name.
    expect(count(db, 'SELECT count(*) FROM conversations WHERE order_id IS NULL')).toBe(0);
    // 20 pages of 50; then, once the push stream is up, one more pull that finds nothing new.
    await waitFor(() => rig!.server.watching() === 1 && rig!.server.pulls.length === 21 && synced(rig!)(), 'watching');
    expect(rig.server.pulls.slice(0, 20).every((p) => p.served === 50)).toBe(true);
    expect(rig.server.pulls[20]).toEqual({ after: 1000, served: 0 });
    expect(JSON.parse(db.prepare('SELECT cursor_json FROM sync_state WHERE account_id = ?').pluck().get(rig.accountId) as string)).toEqual({ after: '1000' });
    // Progress went out while it ran.
    expect(rig.statuses.some((list) => list.some((s) => s.state === 'syncing'))).toBe(true);

    rig.server.addInbound(30);
    const before = rig.server.pulls.length;
    rig.engine.syncNow(rig.accountId);
    await waitFor(() => count(db, 'SELECT count(*) FROM messages') === 1_030 && synced(rig!)(), 'incremental sync');
    // Pushed and asked for at once: whichever pull comes first takes the 30, any other finds nothing.
    const incremental = rig.server.pulls.slice(before).filter((p) => p.served > 0);
    expect(incremental).toEqual([{ after: 1000, served: 30 }]);
  });

  it('keeps a malformed entry as a visible "could not parse" message with its raw source, and carries on', async () => {
    rig = await startSyncRig({ messages: 120, pageSize: 50 });
    rig.server.malformed.add(7);
    rig.server.malformed.add(61);
    rig.engine.start();
    await waitFor(synced(rig), 'sync');
    const db = rig.db;
    expect(count(db, 'SELECT count(*) FROM messages')).toBe(120);
    const broken = db
      .prepare(
        `SELECT m.id, m.external_id, m.body_text, m.author_kind, r.reason, r.raw FROM messages m
         JOIN message_raw_sources r ON r.message_id = m.id ORDER BY m.external_id`,
      )
      .all() as { external_id: string; body_text: string; author_kind: string; reason: string; raw: string }[];
    expect(broken.map((b) => b.external_id)).toEqual(['msg-61', 'msg-7']);
    expect(broken[0]!.body_text).toMatch(/^Could not parse this message/);
    expect(broken[0]!.author_kind).toBe('system');
    expect(broken[0]!.raw).toContain('%%broken entry 61%%');
    expect(broken[0]!.reason).toMatch(/threadId/);
    // Visible in the inbox as a conversation of its own.
    expect(count(db, "SELECT count(*) FROM conversations WHERE external_id = 'unparsable:msg-7'")).toBe(1);
  });

  it('stores nothing of a page whose data fails to store, and does not advance the cursor', async () => {
    rig = await startSyncRig({ messages: 60, pageSize: 50 });
    // The second page has an order the database refuses (a status outside its CHECK constraint).
    const order = rig.server.orders.get('ORD-1000')!;
    rig.engine.start();
    await waitFor(synced(rig), 'first sync');
    rig.server.addInbound(10);
    (order as { status: string }).status = 'teleported';
    rig.engine.syncNow(rig.accountId);
    await waitFor(() => rig!.status().state === 'error' && rig!.status(), 'store failure');
    expect(rig.status().lastError).toMatch(/CHECK constraint/);
    expect(count(rig.db, 'SELECT count(*) FROM messages')).toBe(60);
    expect(JSON.parse(rig.db.prepare('SELECT cursor_json FROM sync_state').pluck().get() as string)).toEqual({ after: '60' });
    (order as { status: string }).status = 'shipped';
    await waitFor(() => count(rig!.db, 'SELECT count(*) FROM messages') === 70 && synced(rig!)(), 'recovery after backoff');
  });

  it('waits what a 429 asks before pulling again', async () => {
    rig = await startSyncRig({ messages: 10 });
    rig.server.failNext(1, { status: 429, headers: { 'retry-after': '1' }, method: 'GET' });
    const started = Date.now();
    rig.engine.start();
    await waitFor(() => rig!.status().lastError?.startsWith('Throttled') && rig!.status(), 'throttled');
    const status = rig.status();
    expect(status.nextSyncAt! - started).toBeGreaterThanOrEqual(1_000);
    // Nothing is asked of the server while the wait lasts.
    await new Promise((r) => setTimeout(r, 600));
    expect(rig.server.pulls).toHaveLength(0);
    await waitFor(synced(rig), 'sync after the wait');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(count(rig.db, 'SELECT count(*) FROM messages')).toBe(10);
    expect(rig.server.pulls.filter((p) => p.served > 0)).toHaveLength(1);
  });

  it('backs off with jitter on 5xx and recovers', async () => {
    rig = await startSyncRig({ messages: 10 });
    rig.server.failNext(3, { status: 503, method: 'GET' });
    rig.engine.start();
    await waitFor(() => rig!.status().state === 'error' && rig!.status(), 'error');
    expect(rig.status().lastError).toMatch(/503/);
    await waitFor(synced(rig), 'recovery');
    expect(count(rig.db, 'SELECT count(*) FROM messages')).toBe(10);
    expect(rig.status().lastError).toBeNull();
  });

  it('stops on rejected credentials until asked again, and never stores the key in errors', async () => {
    rig = await startSyncRig({ messages: 5 });
    const goodKey = rig.server.apiKey;
    rig.server.apiKey = 'another-key-entirely';
    rig.engine.start();
    await waitFor(() => rig!.status().state === 'error' && rig!.status(), 'auth error');
    expect(rig.status().lastError).toMatch(/Sign-in rejected/);
    expect(rig.status().nextSyncAt).toBeNull();
    rig.server.apiKey = goodKey;
    await new Promise((r) => setTimeout(r, 300));
    expect(rig.status().state).toBe('error');
    rig.engine.syncNow(rig.accountId);
    await waitFor(synced(rig), 'sync after sync now');
    const dump = JSON.stringify(rig.db.prepare('SELECT * FROM sync_state').all()) + JSON.stringify(rig.db.prepare('SELECT * FROM accounts').all());
    expect(dump).not.toContain(goodKey);
  });

  it('goes offline when the host is unreachable and comes back by itself', async () => {
    rig = await startSyncRig({ messages: 5 });
    rig.engine.start();
    await waitFor(synced(rig), 'first sync');
    await rig.server.goDown();
    rig.server.addInbound(3);
    rig.engine.syncNow(rig.accountId);
    await waitFor(() => rig!.status().state === 'offline' && rig!.status(), 'offline');
    await rig.server.comeBack();
    await waitFor(() => count(rig!.db, 'SELECT count(*) FROM messages') === 8 && synced(rig!)(), 'back online');
  });

  it('pulls at once when the platform pushes a change, and stops watching when paused', async () => {
    rig = await startSyncRig({ messages: 5 });
    rig.engine.start();
    await waitFor(synced(rig), 'first sync');
    await waitFor(() => rig!.server.watching() === 1, 'push stream open');
    // Once watching, one pull closes the gap between the last pull and the watch.
    await waitFor(() => rig!.server.pulls.length === 2 && synced(rig!)(), 'pull after the watch is up');
    rig.server.addInbound(3);
    // The poll interval is an hour: only the push can bring these in now.
    await waitFor(() => count(rig!.db, 'SELECT count(*) FROM messages') === 8, 'pull on push', 5_000);
    expect(rig.server.pulls.slice(2)).toEqual([{ after: 5, served: 3 }]);
    rig.db.prepare("UPDATE accounts SET status = 'paused'").run();
    rig.engine.refresh();
    await waitFor(() => rig!.server.watching() === 0, 'push stream closed on pause');
    // A broken stream (server restart) is watched again after the next good pull.
    rig.db.prepare("UPDATE accounts SET status = 'active'").run();
    rig.engine.refresh();
    await waitFor(() => rig!.server.watching() === 1, 'watching again after resume');
  });

  it('says so when the keychain cannot be read, and syncs once it can', async () => {
    let locked = true;
    const keychain = new Map<string, string>();
    const store = createSecretStore({
      backend: async () => {
        if (locked) throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY');
        return {
          getPassword: async (s, a) => keychain.get(`${s}/${a}`) ?? null,
          setPassword: async (s, a, p) => void keychain.set(`${s}/${a}`, p),
          deletePassword: async (s, a) => keychain.delete(`${s}/${a}`),
        };
      },
    });
    rig = await startSyncRig({ messages: 3, engine: { secrets: store } });
    rig.engine.start();
    await waitFor(() => rig!.status().state === 'error' && rig!.status(), 'keychain error');
    expect(rig.status().lastError).toMatch(/keychain is not available.*Cannot autolaunch D-Bus.*Sync now/);
    locked = false;
    await store.save('account-test', { apiKey: rig.server.apiKey });
    rig.engine.syncNow(rig.accountId);
    await waitFor(synced(rig), 'sync after unlocking');
    expect(count(rig.db, 'SELECT count(*) FROM messages')).toBe(3);
  });

  it('pauses and resumes an account', async () => {
    rig = await startSyncRig({ messages: 5 });
    rig.db.prepare("UPDATE accounts SET status = 'paused'").run();
    rig.engine.start();
    await new Promise((r) => setTimeout(r, 200));
    expect(rig.status().state).toBe('paused');
    expect(rig.server.pulls).toHaveLength(0);
    rig.db.prepare("UPDATE accounts SET status = 'active'").run();
    rig.engine.refresh();
    await waitFor(synced(rig), 'sync after resume');
    expect(count(rig.db, 'SELECT count(*) FROM messages')).toBe(5);
  });
});
