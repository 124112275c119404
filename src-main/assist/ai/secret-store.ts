// The AI provider's API key lives in the OS keychain (macOS Keychain, Windows Credential Manager,
// Secret Service on Linux) through keytar, an optional native dependency loaded only when needed.
// Where it cannot load or the keychain does not answer, the store says so and keeps nothing: a key
// is never written to the settings file in clear text.

export interface SecretStore {
  /** Null when the keychain works; otherwise why not, as a sentence for the UI. */
  problem(): Promise<string | null>;
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<void>;
}

interface KeytarLike {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export const KEYCHAIN_SERVICE = 'Agent Console';

export class KeychainUnavailableError extends Error {}

/** keytar by name, so that bundlers leave it external and a machine without it still starts. */
async function loadKeytar(): Promise<KeytarLike> {
  const name = 'keytar';
  const mod = (await import(name)) as KeytarLike & { default?: KeytarLike };
  return mod.default && typeof mod.default.getPassword === 'function' ? mod.default : mod;
}

export function createKeychainStore(load: () => Promise<KeytarLike> = loadKeytar): SecretStore {
  let keytar: Promise<KeytarLike> | null = null;
  let failure: string | null = null;

  async function get(): Promise<KeytarLike> {
    keytar ??= load().catch((error: unknown) => {
      throw new KeychainUnavailableError(
        `The OS keychain is not available (keytar could not be loaded: ${(error as Error).message.split('\n')[0]}). ` +
          'The API key cannot be stored safely here, so it was not stored.',
      );
    });
    return keytar;
  }

  async function run<T>(op: (k: KeytarLike) => Promise<T>): Promise<T> {
    const k = await get();
    try {
      return await op(k);
    } catch (error) {
      failure = `The OS keychain did not answer (${(error as Error).message.split('\n')[0]}). Is a keyring service running and unlocked?`;
      throw new KeychainUnavailableError(failure);
    }
  }

  return {
    async problem() {
      try {
        await get();
        await run((k) => k.getPassword(KEYCHAIN_SERVICE, '__probe__'));
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    },
    get: (account) => run((k) => k.getPassword(KEYCHAIN_SERVICE, account)),
    set: (account, secret) => run((k) => k.setPassword(KEYCHAIN_SERVICE, account, secret)),
    delete: (account) => run((k) => k.deletePassword(KEYCHAIN_SERVICE, account)).then(() => undefined),
  };
}

/** For tests and for hosts that hand in their own store. */
export function createMemorySecretStore(): SecretStore {
  const map = new Map<string, string>();
  return {
    problem: async () => null,
    get: async (a) => map.get(a) ?? null,
    set: async (a, s) => void map.set(a, s),
    delete: async (a) => void map.delete(a),
  };
}
