import type { ApiEventName, ApiEvents, ApiResult } from '../../src-shared/api/contract';
import type { SyncTuning } from '../accounts/accounts-handlers';
import type { SecretStore } from '../secrets/secret-store';
import type { ConnectorRegistry } from '../sync/engine/connector-registry';
import type { Understanding } from '../triage/engine/understanding-port';
import type { AssistDeps } from '../assist/assist-handlers';

export type CoreEventListener = <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void;

/** The console's core as a host sees it: one entry point for requests, one stream of events. */
export interface Core {
  /** Validates `method` and `params` against the contract, runs the request, never throws. */
  handle(method: unknown, params: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: CoreEventListener): () => void;
  readonly dataDir: string;
  close(): void;
}

export interface StartCoreOptions {
  dataDir: string;
  /** Electron-ABI build of better-sqlite3; only the Electron host sets it. */
  nativeBinding?: string;
  /** Demo workspace size when the data folder has no accounts yet (default 2,000 conversations). */
  demoConversations?: number;
  /** Fixed clock for tests and the deterministic demo. */
  now?: () => number;
  /** Connectors to sync with (default: the ones registered in the app). */
  connectors?: ConnectorRegistry;
  /** Where account secrets go (default: the OS keychain through keytar). */
  secrets?: SecretStore;
  /** Poll interval, backoff and offline probing of the sync engine. */
  sync?: SyncTuning;
  /** Message understanding for triage (tests pass a fake; default: the app's on-device model). */
  understanding?: Understanding | null;
  /** Triage's clock tick (SLA warnings, silent customers); 0 switches it off. Default 60 s. */
  triageTickMs?: number;
  /** Agent assist: a secret store other than the OS keychain, AI timeouts, triage's intent lookup. */
  assist?: Pick<AssistDeps, 'secrets' | 'aiTimeoutMs' | 'intentOf'>;
}
