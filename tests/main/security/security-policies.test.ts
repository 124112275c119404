import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-shared/security/content-security-policy';
import { isTrustedSender } from '../../../src-main/host/security/ipc-sender-policy';
import { isAllowedNavigation, isSafeExternalUrl } from '../../../src-main/host/security/navigation-policy';
import { secureWebPreferences } from '../../../src-main/host/security/window-policy';

const APP = 'file:///opt/Agent%20Console/resources/app.asar/dist/renderer/index.html';

describe('window', () => {
  it('isolates the renderer: sandbox and context isolation on, no Node anywhere, no webviews', () => {
    expect(secureWebPreferences('/p/preload.js')).toMatchObject({
      preload: '/p/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('uses a CSP without inline or remote code', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('navigation', () => {
  it('allows only the app page itself (any fragment)', () => {
    expect(isAllowedNavigation(APP, APP)).toBe(true);
    expect(isAllowedNavigation(`${APP}#/outbox`, APP)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'file:///opt/Agent%20Console/resources/app.asar/dist/renderer/other.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url, APP)).toBe(false);
  });
});

describe('external links', () => {
  it.each([
    'https://www.amazon.de/gp/your-account/order-details?orderID=302-1',
    'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=003404',
    'https://sellercentral.amazon.com/messaging',
    'https://t.17track.net/en#nums=LP00123',
    'mailto:buyer@example.com',
  ])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'http://www.amazon.de/',
    'https://amazon.de.evil.example/',
    'https://evilamazon.de/',
    'https://user:pass@www.amazon.de/',
    'https://www.amazon.de:8443/',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'mailto:a@b.c%0D%0ABcc:x@y.z',
    'mailto:a@b.c\r\nBcc: x@y.z',
    '',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('IPC sender', () => {
  const good = { frameUrl: APP, isMainFrame: true, isKnownWindow: true };
  it('serves the main frame of our window showing our page', () => {
    expect(isTrustedSender(good, APP)).toBe(true);
  });
  it('refuses subframes, other pages, unknown windows and vanished frames', () => {
    expect(isTrustedSender({ ...good, isMainFrame: false }, APP)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'https://evil.example/' }, APP)).toBe(false);
    expect(isTrustedSender({ ...good, isKnownWindow: false }, APP)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: null }, APP)).toBe(false);
  });
});
