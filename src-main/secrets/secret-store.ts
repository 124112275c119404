// Account secrets (passwords, refresh tokens, API keys) live only in the OS keychain, through keytar:
// never in SQLite, logs or crash reports. keytar is an optional native module, loaded on first use so
// the app starts where it is missing. Where no keychain answers, the policy is to refuse to store
// the secret, with a message that says why and what to do: no plaintext fallback.
import { ServiceError } from '../services/errors';

/** The slice of keytar this store uses (keytar's own signatures). */
export interface KeychainBackend {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export type KeychainStatus = { available: true } | { available: false; reason: string };

export interface SecretStore {
  status(): Promise<KeychainStatus>;
  /** Stores all of an account's secrets under one keychain entry. Throws ServiceError 'unavailable' without a keychain. */
  save(ref: string, secrets: Record<string, string>): Promise<void>;
  load(ref: string): Promise<Record<string, string>>;
  remove(ref: string): Promise<void>;
}

export const KEYCHAIN_SERVICE = 'Agent Console';
const KEYTAR_MODULE: string = 'keytar';

export function noKeychainMessage(detail: string): string {
  return (
    'No OS keychain is available, and Agent Console keeps passwords and tokens only in the keychain, so this ' +
    'account was not saved. On Linux start and unlock a Secret Service keyring (GNOME Keyring or KWallet); on ' +
    `macOS and Windows the system keychain is used. (Keychain said: ${detail})`
  );
}

/** Loads keytar lazily; a missing module or a keychain that does not answer becomes a status, not a crash. */
export function loadKeytar(): () => Promise<KeychainBackend> {
  let loaded: Promise<KeychainBackend> | null = null;
  return () =>
    // A computed specifier: the type-check and the bundle never require keytar to be present.
    (loaded ??= import(KEYTAR_MODULE).then((m: unknown) => {
      const k = (m as { default?: KeychainBackend }).default ?? (m as unknown as KeychainBackend);
      return k;
    }));
}

export function createSecretStore(options: { backend?: () => Promise<KeychainBackend>; service?: string } = {}): SecretStore {
  const backend = options.backend ?? loadKeytar();
  const service = options.service ?? KEYCHAIN_SERVICE;
  let known: KeychainStatus | null = null;

  async function status(): Promise<KeychainStatus> {
    if (known?.available) return known;
    try {
      const keychain = await backend();
      // A read of an entry that does not exist proves the keychain answers without storing anything.
      await keychain.getPassword(service, '__probe__');
      known = { available: true };
    } catch (error) {
      known = { available: false, reason: shortReason(error) };
    }
    return known;
  }

  async function keychain(purpose: 'save' | 'read'): Promise<KeychainBackend> {
    const s = await status();
    if (!s.available) {
      throw new ServiceError(
        'unavailable',
        purpose === 'save'
          ? noKeychainMessage(s.reason)
          : `The OS keychain is not available, so this account's password or token cannot be read (keychain said: ${s.reason}). Unlock or start the keyring, then press Sync now.`,
      );
    }
    return backend();
  }

  return {
    status,
    async save(ref, secrets) {
      const k = await keychain('save');
      try {
        await k.setPassword(service, ref, JSON.stringify(secrets));
      } catch (error) {
        known = null;
        throw new ServiceError('unavailable', noKeychainMessage(shortReason(error)));
      }
    },
    async load(ref) {
      const k = await keychain('read');
      const stored = await k.getPassword(service, ref);
      if (stored === null) return {};
      try {
        const parsed = JSON.parse(stored) as unknown;
        return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
      } catch {
        return {};
      }
    },
    async remove(ref) {
      const s = await status();
      if (!s.available) return;
      await (await backend()).deletePassword(service, ref);
    },
  };
}

function shortReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/Cannot find module|ERR_MODULE_NOT_FOUND/.test(text)) return 'the keytar module is not installed';
  return text.split('\n')[0]!.slice(0, 200);
}

/** Replaces every occurrence of a secret value in a text (error messages headed for SQLite or logs). */
export function redactSecrets(text: string, secrets: Readonly<Record<string, string>>): string {
  let out = text;
  for (const value of Object.values(secrets)) {
    if (typeof value === 'string' && value.length >= 4) out = out.split(value).join('•••');
  }
  return out;
}
