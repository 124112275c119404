// How an email account plugs into the sync engine: its settings (validated), the fields of its set-up
// form (the password goes to the OS keychain, never to SQLite) and the factory the engine calls per
// account. Shaped like the engine's ConnectorDefinition<EmailSettings>, so registering it is one line:
// `registerConnector(emailConnectorDefinition)`.
import path from 'node:path';
import { z } from 'zod';
import { EmailConnector, type EmailAccountConfig } from './email-connector';

const security = z.enum(['tls', 'starttls', 'none']);

export const emailSettingsSchema = z
  .object({
    address: z.email('address must be an email address'),
    displayName: z.string().trim().max(200).optional(),
    /** Login name when it is not the address. */
    username: z.string().trim().optional(),
    imapHost: z.string().trim().min(1, 'imapHost is required'),
    imapPort: z.coerce.number().int().min(1).max(65535).default(993),
    imapSecurity: security.default('tls'),
    smtpHost: z.string().trim().min(1, 'smtpHost is required'),
    smtpPort: z.coerce.number().int().min(1).max(65535).default(465),
    smtpSecurity: security.default('tls'),
  })
  .strict();
export type EmailSettings = z.infer<typeof emailSettingsSchema>;

/** One form field (same shape as the engine's ConnectorField). */
export interface EmailConnectorField {
  name: string;
  label: string;
  kind: 'text' | 'url' | 'number' | 'secret' | 'email';
  required: boolean;
  placeholder?: string;
}

export const emailConnectorFields: readonly EmailConnectorField[] = [
  { name: 'address', label: 'Email address', kind: 'email', required: true, placeholder: 'support@shop.example' },
  { name: 'displayName', label: 'Sender name', kind: 'text', required: false, placeholder: 'Example Shop' },
  { name: 'imapHost', label: 'IMAP server', kind: 'text', required: true, placeholder: 'imap.example.com' },
  { name: 'imapPort', label: 'IMAP port', kind: 'number', required: false, placeholder: '993' },
  { name: 'imapSecurity', label: 'IMAP security (tls, starttls, none)', kind: 'text', required: false, placeholder: 'tls' },
  { name: 'smtpHost', label: 'SMTP server', kind: 'text', required: true, placeholder: 'smtp.example.com' },
  { name: 'smtpPort', label: 'SMTP port', kind: 'number', required: false, placeholder: '465' },
  { name: 'smtpSecurity', label: 'SMTP security (tls, starttls, none)', kind: 'text', required: false, placeholder: 'tls' },
  { name: 'username', label: 'Login name (if not the address)', kind: 'text', required: false },
  { name: 'password', label: 'Password', kind: 'secret', required: true },
  { name: 'smtpPassword', label: 'SMTP password (if different)', kind: 'secret', required: false },
];

/** What the engine hands the factory (same shape as its ConnectorContext<EmailSettings>). */
export interface EmailConnectorContext {
  accountId: number;
  settings: EmailSettings;
  secrets: Readonly<Record<string, string>>;
  /** The account's own folder in the data folder; attachments go to `attachments/` inside it. */
  dataDir: string;
}

export function emailConfigFrom(context: EmailConnectorContext, channel: 'email' | 'amazon' = 'email'): EmailAccountConfig {
  const { settings, secrets } = context;
  const user = settings.username || settings.address;
  const pass = secrets.password ?? '';
  return {
    accountId: context.accountId,
    channel,
    address: settings.address,
    displayName: settings.displayName,
    imap: { host: settings.imapHost, port: settings.imapPort, security: settings.imapSecurity, user, pass },
    smtp: { host: settings.smtpHost, port: settings.smtpPort, security: settings.smtpSecurity, user, pass: secrets.smtpPassword || pass },
    attachmentsDir: path.join(context.dataDir, 'attachments'),
  };
}

export const emailConnectorDefinition = {
  channel: 'email' as const,
  settingsSchema: emailSettingsSchema,
  fields: emailConnectorFields,
  create: (context: EmailConnectorContext) => new EmailConnector(emailConfigFrom(context)),
};
