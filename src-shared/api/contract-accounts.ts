// Results of the accounts, sync and delivery requests.
import type { Channel, ChannelAccount, OutboxItem, SyncStatus } from '../domain/types';

export interface ChannelField {
  name: string;
  label: string;
  kind: 'text' | 'url' | 'number' | 'secret' | 'email';
  required: boolean;
  placeholder?: string;
}

/** A channel this build can connect, with the fields its set-up form asks for. */
export interface ChannelSetup {
  channel: Channel;
  fields: ChannelField[];
}

export interface AccountView extends ChannelAccount {
  /** Non-secret settings (host, marketplace ...); secrets are never sent to the renderer. */
  settings: Record<string, unknown>;
  /** Names of the secrets kept in the keychain for this account. */
  secretNames: string[];
  sync: SyncStatus | null;
  createdAt: number;
}

export interface AccountTestResult {
  ok: boolean;
  message: string;
}

export interface KeychainInfo {
  available: boolean;
  /** Why not, in words a person can act on (null when available). */
  message: string | null;
}

export interface RawSource {
  messageId: number;
  reason: string;
  raw: string;
}

export interface AccountsResults {
  'accounts.list': AccountView[];
  'accounts.channels': ChannelSetup[];
  'accounts.add': AccountView;
  'accounts.test': AccountTestResult;
  'accounts.pause': AccountView;
  'accounts.resume': AccountView;
  'accounts.remove': { id: number };
  'keychain.status': KeychainInfo;
  'sync.now': SyncStatus[];
  'outbox.retry': OutboxItem;
  'outbox.forConversation': OutboxItem[];
  'message.rawSource': RawSource;
}
