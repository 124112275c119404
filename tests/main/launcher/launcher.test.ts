import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { argValue, defaultDataDir, resolveDataDir } from '../../../src-main/core/data-dir';
import { findElectron } from '../../../src-main/launcher/find-electron';

describe('finding Electron', () => {
  it('reports a missing download in words that fit, instead of throwing', () => {
    const lookup = findElectron(() => {
      throw new Error('Electron failed to install correctly, please delete node_modules/electron and try installing again');
    });
    expect(lookup).toEqual({ ok: false, reason: 'its download did not happen during npm install' });
  });

  it('refuses a path that does not exist', () => {
    const lookup = findElectron((id) => (id === 'electron' ? '/nowhere/electron' : { version: '41.0.0' }));
    expect(lookup).toEqual({ ok: false, reason: '/nowhere/electron does not exist' });
  });

  it('accepts an installed binary', () => {
    const binary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'electron-')), 'electron');
    fs.writeFileSync(binary, '');
    expect(findElectron((id) => (id === 'electron' ? binary : { version: '41.2.0' }))).toEqual({ ok: true, path: binary, version: '41.2.0' });
  });

  it('matches what this machine has (the real package)', () => {
    const lookup = findElectron();
    if (!lookup.ok) expect(lookup.reason).toBeTruthy();
    else expect(fs.existsSync(lookup.path)).toBe(true);
  });
});

describe('data folder', () => {
  it('follows each OS convention for the user-data folder', () => {
    expect(defaultDataDir('linux', {}, '/home/li')).toBe('/home/li/.config/Agent Console');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/li')).toBe('/x/Agent Console');
    expect(defaultDataDir('darwin', {}, '/Users/li')).toBe('/Users/li/Library/Application Support/Agent Console');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'C:\\Users\\li')).toBe('C:\\Users\\li\\AppData\\Roaming\\Agent Console');
  });

  it('takes --data-dir in both spellings, else the fallback', () => {
    expect(argValue(['--data-dir', '/d'], 'data-dir')).toBe('/d');
    expect(argValue(['--data-dir=/e'], 'data-dir')).toBe('/e');
    expect(resolveDataDir(['--port', '0'], () => '/fallback')).toBe('/fallback');
    expect(resolveDataDir(['--data-dir', 'rel'], () => '/fallback')).toBe(path.resolve('rel'));
  });
});
