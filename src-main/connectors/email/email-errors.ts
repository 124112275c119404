// IMAP and SMTP failures mapped onto the engine's four kinds: what the user must fix ('auth'), what
// goes away by waiting ('transient', 'rate_limited') and what never will ('permanent').
import { ConnectorError } from '../../sync/connector';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  // imapflow
  'NoConnection',
  'EConnectionClosed',
  'StateLogout',
  'ClosedAfterConnectText',
  'ClosedAfterConnectTLS',
  'CONNECT_TIMEOUT',
  'GREETING_TIMEOUT',
  'UPGRADE_TIMEOUT',
  'ETIMEOUT',
  // nodemailer
  'ECONNECTION',
  'ESOCKET',
  'EDNS',
]);

interface MailLibraryError {
  message?: string;
  code?: string;
  authenticationFailed?: boolean;
  responseCode?: number;
  responseText?: string;
  serverResponseCode?: string;
  response?: string;
}

function describe(error: MailLibraryError): string {
  return error.responseText || error.response || error.message || String(error);
}

/** Maps an imapflow error (or a socket error under it) to a ConnectorError. */
export function imapError(error: unknown, action: string): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const e = (error ?? {}) as MailLibraryError;
  if (e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED') {
    return new ConnectorError('auth', `IMAP login rejected: ${describe(e)}`, { platformCode: e.serverResponseCode, cause: error });
  }
  if (e.code === 'ETHROTTLE') return new ConnectorError('rate_limited', `IMAP server throttled ${action}`, { retryAfterMs: 60_000, cause: error });
  if (e.code && NETWORK_CODES.has(e.code)) {
    return new ConnectorError('transient', `IMAP connection lost while ${action} (${e.code})`, { platformCode: e.code, cause: error });
  }
  if (e.code && /^(CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS)/.test(e.code)) {
    return new ConnectorError('permanent', `IMAP server certificate not trusted (${e.code})`, { platformCode: e.code, cause: error });
  }
  // Unknown failures are retried with backoff: giving up for good on a guess would stop the account.
  return new ConnectorError('transient', `IMAP error while ${action}: ${describe(e)}`, { platformCode: e.code ?? e.serverResponseCode, cause: error });
}

/** Maps a nodemailer error to a ConnectorError, keeping the server's reply as the visible reason. */
export function smtpError(error: unknown): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const e = (error ?? {}) as MailLibraryError;
  const code = e.responseCode ? String(e.responseCode) : e.code;
  if (e.code === 'EAUTH' || e.responseCode === 535 || e.responseCode === 534) {
    return new ConnectorError('auth', `SMTP login rejected: ${describe(e)}`, { platformCode: code, cause: error });
  }
  if (e.responseCode && e.responseCode >= 500) {
    return new ConnectorError('permanent', `SMTP server refused the message: ${describe(e)}`, { platformCode: code, cause: error });
  }
  if (e.responseCode && e.responseCode >= 400) {
    return new ConnectorError('transient', `SMTP server deferred the message: ${describe(e)}`, { platformCode: code, cause: error });
  }
  if (e.code && NETWORK_CODES.has(e.code)) {
    return new ConnectorError('transient', `SMTP connection failed (${e.code}): ${describe(e)}`, { platformCode: code, cause: error });
  }
  return new ConnectorError('transient', `SMTP error: ${describe(e)}`, { platformCode: code, cause: error });
}
