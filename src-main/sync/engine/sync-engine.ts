// One scheduler for every account. Each account has one timer-driven worker that, when due, first
// delivers its outbox, then pulls until the platform has nothing more, storing each page with its
// cursor in one transaction. Failures back off with jitter; rate limits wait what the platform asked;
// an unreachable host turns the account "offline" and a cheap probe brings it back. Every change of
// state or progress is pushed as a `sync.status` event.
import path from 'node:path';
import type { Channel, SyncState, SyncStatus } from '../../../src-shared/domain/types';
import type { Db } from '../../db/open-database';
import type { IngestPipeline } from '../../ingest/ingest-pipeline';
import { redactSecrets, type SecretStore } from '../../secrets/secret-store';
import { ConnectorError, type Connector } from '../connector';
import { createOutboxDelivery, type DeliveryOutcome, type OutboxDelivery } from '../outbox/outbox-delivery';
import { backoffDelay, DEFAULT_BACKOFF, isNetworkError, rateLimitDelay, type BackoffPolicy } from './backoff';
import type { ConnectorRegistry } from './connector-registry';
import { tcpProbe, type Probe } from './reachability';
import { createPullStore } from './store-pull';

export interface SyncEngineOptions {
  db: Db;
  ingest: IngestPipeline;
  registry: ConnectorRegistry;
  secrets: SecretStore;
  dataDir: string;
  now?: () => number;
  random?: () => number;
  /** Time between incremental pulls of a healthy account. */
  pollIntervalMs?: number;
  backoff?: BackoffPolicy;
  /** How often an offline account probes its host (doubles up to 30 s). */
  offlineProbeMs?: number;
  probe?: Probe;
  onStatus?: (statuses: SyncStatus[]) => void;
  onMessages?: (change: { conversationIds: number[]; count: number }) => void;
  onOutbox?: (outboxId: number) => void;
}

export interface SyncEngine {
  start(): void;
  /** Re-reads the accounts table (after an account was added, paused, resumed or removed). */
  refresh(): void;
  /** Pulls at once (one account, or all), forgetting any backoff. */
  syncNow(accountId?: number): void;
  /** Looks again at what is due (e.g. a reply was just queued). */
  wake(): void;
  /** Tries a failed reply again now. */
  retryOutbox(outboxId: number): void;
  statuses(): SyncStatus[];
  /** Resolves when no account is working and none is due before `withinMs` (tests, crash child). */
  idle(): Promise<void>;
  stop(): Promise<void>;
  /** The connector for an account, created on first use (account test, delivery). */
  connectorFor(accountId: number): Promise<Connector>;
  /** Blanks out the account's secrets in a text headed for the UI, SQLite or a log. */
  redact(accountId: number, text: string): string;
}

interface AccountRow {
  id: number;
  channel: Channel;
  name: string;
  status: 'active' | 'paused';
  is_demo: number;
  settings_json: string;
  secret_ref: string | null;
}

interface Worker {
  id: number;
  channel: Channel;
  name: string;
  paused: boolean;
  connector: Connector | null;
  secrets: Readonly<Record<string, string>>;
  state: SyncState;
  lastSyncAt: number | null;
  lastError: string | null;
  failures: number;
  /** When the next pull is due (Infinity: only on "sync now", e.g. after an auth failure). */
  nextPullAt: number;
  offlineProbes: number;
  progress: { pulled: number; pages: number } | null;
  running: Promise<void> | null;
  again: boolean;
  abort: AbortController | null;
  removed: boolean;
  /** Stops the connector's push watch; null when not watching. */
  unwatch: (() => Promise<void>) | null;
}

const MAX_PAGES_PER_RUN = 10_000;

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, registry, secrets } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const pollInterval = options.pollIntervalMs ?? 120_000;
  const policy = options.backoff ?? DEFAULT_BACKOFF;
  const offlineProbeMs = options.offlineProbeMs ?? 2_000;
  const probe = options.probe ?? tcpProbe;
  const workers = new Map<number, Worker>();
  const pulls = createPullStore(db, options.ingest, now);
  const redact = (accountId: number, text: string) => redactSecrets(text, workers.get(accountId)?.secrets ?? {});
  const delivery: OutboxDelivery = createOutboxDelivery(db, { now, random, backoff: policy, redact });

  const accountsStmt = db.prepare<[], AccountRow>(
    'SELECT id, channel, name, status, is_demo, settings_json, secret_ref FROM accounts ORDER BY id',
  );
  const stateStmt = db.prepare<[], { account_id: number; state: SyncState; last_sync_at: number | null; last_error: string | null; failures: number }>(
    'SELECT account_id, state, last_sync_at, last_error, failures FROM sync_state',
  );
  const saveState = db.prepare(
    `INSERT INTO sync_state (account_id, state, last_sync_at, last_error, failures) VALUES (@id, @state, @lastSyncAt, @lastError, @failures)
     ON CONFLICT (account_id) DO UPDATE SET state = excluded.state, last_sync_at = excluded.last_sync_at,
       last_error = excluded.last_error, failures = excluded.failures`,
  );
  const accountRow = db.prepare<[number], AccountRow>('SELECT id, channel, name, status, is_demo, settings_json, secret_ref FROM accounts WHERE id = ?');
  const outboxAccount = db.prepare<[number], { account_id: number }>('SELECT account_id FROM outbox WHERE id = ?');

  let started = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let statusTimer: NodeJS.Timeout | null = null;
  let idleWaiters: (() => void)[] = [];

  // ---- status -------------------------------------------------------------------------------------

  function toStatus(w: Worker): SyncStatus {
    return {
      accountId: w.id,
      accountName: w.name,
      channel: w.channel,
      state: w.paused ? 'paused' : w.state,
      lastSyncAt: w.lastSyncAt,
      lastError: w.lastError,
      progress: w.progress,
      nextSyncAt: Number.isFinite(w.nextPullAt) && !w.paused ? w.nextPullAt : null,
    };
  }

  function statuses(): SyncStatus[] {
    const demo = accountsStmt.all().filter((a) => a.is_demo);
    const persisted = new Map(stateStmt.all().map((s) => [s.account_id, s]));
    const demoStatuses: SyncStatus[] = demo.map((a) => ({
      accountId: a.id,
      accountName: a.name,
      channel: a.channel,
      state: a.status === 'paused' ? 'paused' : (persisted.get(a.id)?.state ?? 'idle'),
      lastSyncAt: persisted.get(a.id)?.last_sync_at ?? null,
      lastError: persisted.get(a.id)?.last_error ?? null,
    }));
    return [...demoStatuses, ...[...workers.values()].map(toStatus)].sort((a, b) => a.accountId - b.accountId);
  }

  /** Pushes statuses, at most every 200 ms while progress ticks; state changes go out at once. */
  function publish(immediate = true) {
    if (!options.onStatus) return;
    if (immediate) {
      if (statusTimer) clearTimeout(statusTimer);
      statusTimer = null;
      options.onStatus(statuses());
      return;
    }
    statusTimer ??= setTimeout(() => {
      statusTimer = null;
      options.onStatus?.(statuses());
    }, 200);
  }

  function setState(w: Worker, state: SyncState, error?: string | null) {
    w.state = state;
    if (error !== undefined) w.lastError = error;
    if (stopped || !db.open) return;
    saveState.run({ id: w.id, state: w.paused ? 'paused' : state, lastSyncAt: w.lastSyncAt, lastError: w.lastError, failures: w.failures });
    publish();
  }

  // ---- accounts -----------------------------------------------------------------------------------

  function refresh() {
    const rows = accountsStmt.all().filter((a) => !a.is_demo);
    const persisted = new Map(stateStmt.all().map((s) => [s.account_id, s]));
    const seen = new Set<number>();
    for (const row of rows) {
      seen.add(row.id);
      let w = workers.get(row.id);
      if (!w) {
        const saved = persisted.get(row.id);
        w = {
          id: row.id,
          channel: row.channel,
          name: row.name,
          paused: row.status === 'paused',
          connector: null,
          secrets: {},
          // "syncing" in the table means the last run was cut off (crash): that run is over.
          state: saved?.state === 'error' || saved?.state === 'offline' ? saved.state : 'idle',
          lastSyncAt: saved?.last_sync_at ?? null,
          lastError: saved?.last_error ?? null,
          failures: saved?.failures ?? 0,
          nextPullAt: now(),
          offlineProbes: 0,
          progress: null,
          running: null,
          again: false,
          abort: null,
          removed: false,
          unwatch: null,
        };
        workers.set(row.id, w);
      } else {
        w.name = row.name;
        const paused = row.status === 'paused';
        if (paused && !w.paused) {
          w.abort?.abort();
          unwatch(w);
        }
        if (!paused && w.paused) w.nextPullAt = now();
        w.paused = paused;
      }
    }
    for (const [id, w] of workers) {
      if (seen.has(id)) continue;
      w.removed = true;
      w.abort?.abort();
      unwatch(w);
      void w.connector?.close?.().catch(() => undefined);
      workers.delete(id);
    }
    publish();
    schedule();
  }

  async function connectorFor(accountId: number): Promise<Connector> {
    const w = workers.get(accountId);
    if (w?.connector) return w.connector;
    const row = accountRow.get(accountId);
    if (!row) throw new ConnectorError('permanent', `Account ${accountId} does not exist.`);
    const definition = registry.get(row.channel);
    if (!definition) throw new ConnectorError('permanent', `This version of Agent Console has no connector for ${row.channel} accounts.`);
    const parsed = definition.settingsSchema.safeParse(JSON.parse(row.settings_json));
    if (!parsed.success) throw new ConnectorError('permanent', `The account's settings are not valid: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    const stored = row.secret_ref ? await secrets.load(row.secret_ref) : {};
    const current = { ...stored };
    const connector = definition.create({
      accountId,
      settings: parsed.data,
      secrets: current,
      dataDir: path.join(options.dataDir, 'accounts', String(accountId)),
      saveSecret: async (name, value) => {
        current[name] = value;
        if (row.secret_ref) await secrets.save(row.secret_ref, current);
      },
    });
    if (w) {
      w.connector = connector;
      w.secrets = current;
    }
    return connector;
  }

  // ---- scheduling ---------------------------------------------------------------------------------

  function wakeAt(w: Worker): number {
    if (w.paused || w.removed) return Infinity;
    const outbox = w.state === 'offline' ? null : delivery.nextAttemptAt(w.id);
    return Math.min(w.nextPullAt, outbox ?? Infinity);
  }

  function schedule() {
    if (!started || stopped) return;
    if (timer) clearTimeout(timer);
    timer = null;
    let next = Infinity;
    for (const w of workers.values()) if (!w.running) next = Math.min(next, wakeAt(w));
    if (next === Infinity) return notifyIdle();
    const delay = Math.max(0, Math.min(next - now(), 2 ** 31 - 1));
    timer = setTimeout(tick, delay);
    if (delay > 60_000) notifyIdle();
  }

  function tick() {
    timer = null;
    const at = now();
    for (const w of workers.values()) {
      if (!w.running && wakeAt(w) <= at) runWorker(w);
    }
    schedule();
  }

  function runWorker(w: Worker) {
    w.running = (async () => {
      try {
        do {
          w.again = false;
          await work(w);
        } while (w.again && !w.paused && !w.removed && !stopped);
      } catch (error) {
        // Shutting down: work cut off mid-way is picked up on the next start.
        if (stopped || !db.open) return;
        // work() handles its own errors; anything here is a bug: keep the worker alive and visible.
        w.lastError = redact(w.id, `Internal sync error: ${(error as Error)?.message ?? error}`);
        setState(w, 'error');
        w.nextPullAt = now() + backoffDelay(++w.failures, policy, random);
      } finally {
        w.running = null;
        w.abort = null;
        if (!stopped) schedule();
        else notifyIdle();
      }
    })();
  }

  // ---- the work of one account --------------------------------------------------------------------

  async function work(w: Worker) {
    w.abort = new AbortController();
    const signal = w.abort.signal;
    let connector: Connector;
    try {
      connector = await connectorFor(w.id);
    } catch (error) {
      w.failures++;
      w.nextPullAt = Infinity;
      setState(w, 'error', redact(w.id, (error as Error).message));
      return;
    }

    if (w.state === 'offline' && connector.endpoint) {
      if (!(await probe(connector.endpoint))) {
        w.offlineProbes++;
        w.nextPullAt = now() + Math.min(30_000, offlineProbeMs * 2 ** Math.min(w.offlineProbes - 1, 4));
        publish();
        return;
      }
      // Back online: pull and deliver at once.
      w.offlineProbes = 0;
      w.nextPullAt = now();
    }

    // Outbox first: replies the agent wrote are more urgent than new mail.
    const delivered = await deliverDue(w, connector, signal);
    if (delivered === 'offline' || signal.aborted) return;

    if (w.nextPullAt > now()) return;
    await pullAll(w, connector, signal);
    if (w.state !== 'offline' && !signal.aborted) await deliverDue(w, connector, signal);
  }

  async function deliverDue(w: Worker, connector: Connector, signal: AbortSignal): Promise<'ok' | 'offline'> {
    for (const outboxId of delivery.due(w.id, now())) {
      if (signal.aborted) return 'ok';
      const outcome: DeliveryOutcome = await delivery.deliver(outboxId, connector, signal);
      if (stopped || !db.open) return 'ok';
      options.onOutbox?.(outboxId);
      if (outcome.status === 'retry' && outcome.network && (await unreachable(connector))) {
        goOffline(w, outcome.error);
        return 'offline';
      }
    }
    return 'ok';
  }

  async function unreachable(connector: Connector): Promise<boolean> {
    return connector.endpoint ? !(await probe(connector.endpoint)) : true;
  }

  function goOffline(w: Worker, error: string) {
    w.offlineProbes = 1;
    w.progress = null;
    w.nextPullAt = now() + offlineProbeMs;
    setState(w, 'offline', error);
  }

  async function pullAll(w: Worker, connector: Connector, signal: AbortSignal) {
    w.progress = { pulled: 0, pages: 0 };
    setState(w, 'syncing');
    for (let page = 0; page < MAX_PAGES_PER_RUN; page++) {
      let more = false;
      try {
        const result = await connector.pull(pulls.cursor(w.id), signal);
        if (signal.aborted || w.removed || stopped) return;
        const stored = pulls.store(w.id, w.channel, result);
        w.lastSyncAt = now();
        w.failures = 0;
        w.progress = { pulled: w.progress!.pulled + result.messages.length + result.unparsable.length, pages: page + 1 };
        if (stored.inserted > 0 || stored.updated > 0) {
          options.onMessages?.({ conversationIds: stored.conversationIds, count: stored.inserted });
        }
        more = result.more;
        publish(false);
      } catch (error) {
        if (signal.aborted || w.removed || stopped) return;
        await failed(w, connector, error);
        return;
      }
      if (!more) break;
    }
    w.progress = null;
    w.lastError = null;
    w.nextPullAt = now() + pollInterval;
    setState(w, 'idle');
    void startWatch(w, connector);
  }

  /** After a good pull, platforms with push tell the engine when to pull next; polling stays as a fallback. */
  async function startWatch(w: Worker, connector: Connector) {
    if (!connector.watch || w.unwatch || w.paused || w.removed || stopped) return;
    // Marks "starting": an unwatch() meanwhile replaces it, and the watch is stopped as soon as it is up.
    const starting = async () => undefined;
    w.unwatch = starting;
    let stop: (() => Promise<void>) | null = null;
    let ended = false;
    const onChange = () => {
      if (w.paused || w.removed || stopped) return;
      w.nextPullAt = Math.min(w.nextPullAt, now());
      if (w.running) w.again = true;
      schedule();
    };
    const onEnded = () => {
      ended = true;
      if (stop && w.unwatch === stop) w.unwatch = null;
    };
    try {
      stop = await connector.watch(onChange, onEnded);
    } catch {
      // No push this time; the poll timer still runs and the next good pull tries again.
      if (w.unwatch === starting) w.unwatch = null;
      return;
    }
    if (w.unwatch !== starting || ended || w.paused || w.removed || stopped) {
      if (w.unwatch === starting) w.unwatch = null;
      await stop().catch(() => undefined);
      return;
    }
    w.unwatch = stop;
    // Whatever arrived between the last pull and the watch being up would wait for the next poll:
    // one pull now closes that gap.
    onChange();
  }

  function unwatch(w: Worker) {
    const stop = w.unwatch;
    w.unwatch = null;
    void stop?.().catch(() => undefined);
  }

  async function failed(w: Worker, connector: Connector, error: unknown) {
    const message = redact(w.id, error instanceof Error ? error.message : String(error));
    const kind = error instanceof ConnectorError ? error.kind : 'transient';
    w.progress = null;
    if (kind === 'rate_limited') {
      const retryAfter = (error as ConnectorError).options.retryAfterMs;
      // Throttling is the platform working as designed: wait, but it is not a failure streak.
      w.nextPullAt = now() + (retryAfter !== undefined ? rateLimitDelay(retryAfter, random) : backoffDelay(++w.failures, policy, random));
      setState(w, 'idle', message);
      return;
    }
    if (kind === 'transient' && isNetworkError(error) && (await unreachable(connector))) {
      w.failures++;
      goOffline(w, message);
      return;
    }
    w.failures++;
    // A rejected sign-in will not heal by itself: wait for the user (sync now, reconnect).
    w.nextPullAt = kind === 'auth' ? Infinity : now() + backoffDelay(w.failures, policy, random);
    setState(w, 'error', message);
  }

  function notifyIdle() {
    if ([...workers.values()].some((w) => w.running)) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  return {
    start() {
      if (started) return;
      started = true;
      refresh();
    },
    refresh,
    syncNow(accountId) {
      for (const w of workers.values()) {
        if (accountId !== undefined && w.id !== accountId) continue;
        if (w.paused) continue;
        w.nextPullAt = now();
        w.offlineProbes = 0;
        if (w.state === 'offline' || w.state === 'error') w.state = 'idle';
        if (w.running) w.again = true;
      }
      schedule();
    },
    wake: () => schedule(),
    retryOutbox(outboxId) {
      delivery.retry(outboxId);
      const row = outboxAccount.get(outboxId);
      const w = row ? workers.get(row.account_id) : undefined;
      if (w?.running) w.again = true;
      options.onOutbox?.(outboxId);
      schedule();
    },
    statuses,
    idle() {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        schedule();
        if (!timer) notifyIdle();
      });
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (statusTimer) clearTimeout(statusTimer);
      for (const w of workers.values()) {
        w.abort?.abort();
        unwatch(w);
      }
      await Promise.allSettled([...workers.values()].map((w) => w.running));
      await Promise.allSettled([...workers.values()].map((w) => w.connector?.close?.()));
      notifyIdle();
    },
    connectorFor,
    redact,
  };
}
