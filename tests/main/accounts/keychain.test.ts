// The real OS keychain through keytar. Needs a Secret Service on D-Bus: `npm test` and .ci/run start
// one (dbus-run-session + gnome-keyring-daemon, see tests/run-all.mjs); without a session bus these
// tests are skipped with that reason, and keychain-missing.test.ts covers the refusal path.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretStore, KEYCHAIN_SERVICE, loadKeytar, redactSecrets } from '../../../src-main/secrets/secret-store';

const hasBus = !!process.env.DBUS_SESSION_BUS_ADDRESS;
if (!hasBus) console.warn('keychain tests skipped: no D-Bus session (run them through `npm test`, which starts dbus-run-session + gnome-keyring)');

describe.skipIf(!hasBus)('OS keychain (keytar, Secret Service)', () => {
  it('stores, reads and deletes an account secret under the app service name', async () => {
    const store = createSecretStore();
    expect(await store.status()).toEqual({ available: true });
    const ref = `account-${randomUUID()}`;
    await store.save(ref, { password: 'hunter2-😀-密码', refreshToken: 'Atzr|abc' });
    expect(await store.load(ref)).toEqual({ password: 'hunter2-😀-密码', refreshToken: 'Atzr|abc' });
    const keytar = await loadKeytar()();
    expect(JSON.parse((await keytar.getPassword(KEYCHAIN_SERVICE, ref))!)).toMatchObject({ password: 'hunter2-😀-密码' });
    await store.remove(ref);
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, ref)).toBeNull();
    expect(await store.load(ref)).toEqual({});
  });
});

describe('redacting secrets', () => {
  it('blanks every occurrence of a secret value in a message', () => {
    expect(redactSecrets('token Atzr|abc rejected (Atzr|abc)', { refreshToken: 'Atzr|abc' })).toBe('token ••• rejected (•••)');
    expect(redactSecrets('short ab stays', { pin: 'ab' })).toBe('short ab stays');
  });
});
