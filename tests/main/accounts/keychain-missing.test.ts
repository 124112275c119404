// Where no keychain answers (here: no D-Bus session, the usual case on a headless Linux box), the
// policy is to refuse to store secrets, with a message that says why and what to do. Nothing falls
// back to SQLite or a file.
import { describe, expect, it } from 'vitest';
import { createSecretStore } from '../../../src-main/secrets/secret-store';
import { ServiceError } from '../../../src-main/services/errors';

// This file runs in its own process (vitest pool "forks"): take the session bus away before keytar loads.
delete process.env.DBUS_SESSION_BUS_ADDRESS;
delete process.env.DISPLAY;

describe('no keychain available', () => {
  it('reports the keychain as unavailable and refuses to store, with an actionable message', async () => {
    const store = createSecretStore();
    const status = await store.status();
    expect(status.available).toBe(false);
    const error = await store.save('account-x', { password: 'secret-value' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('unavailable');
    expect((error as ServiceError).message).toMatch(/No OS keychain is available/);
    expect((error as ServiceError).message).toMatch(/was not saved/);
    expect((error as ServiceError).message).toMatch(/GNOME Keyring or KWallet/);
    expect((error as ServiceError).message).not.toContain('secret-value');
  });

  it('treats a keytar module that is not installed the same way', async () => {
    const store = createSecretStore({ backend: () => Promise.reject(new Error("Cannot find module 'keytar'")) });
    expect(await store.status()).toEqual({ available: false, reason: 'the keytar module is not installed' });
    await expect(store.save('r', { a: 'bcdef' })).rejects.toThrow(/No OS keychain is available.*keytar module is not installed/);
  });
});
