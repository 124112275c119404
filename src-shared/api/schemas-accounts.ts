// Input schemas of the accounts, sync and delivery requests. Channel-specific settings are checked
// again in the core against the connector's own schema (the renderer cannot know every platform's).
import { z } from 'zod';
import { CHANNELS } from '../domain/types';

const id = z.number().int().positive();
const none = z.object({}).strict();

export const accountsParamSchemas = {
  'accounts.list': none,
  'accounts.channels': none,
  'accounts.add': z
    .object({
      channel: z.enum(CHANNELS),
      name: z.string().trim().min(1, 'Give the account a name').max(120),
      settings: z.record(z.string(), z.union([z.string().max(2_000), z.number(), z.boolean()])).default({}),
      secrets: z.record(z.string(), z.string().max(20_000)).default({}),
      /** Save without first checking that the platform accepts the credentials. */
      skipTest: z.boolean().default(false),
    })
    .strict(),
  'accounts.test': z.object({ id }).strict(),
  'accounts.pause': z.object({ id }).strict(),
  'accounts.resume': z.object({ id }).strict(),
  'accounts.remove': z.object({ id }).strict(),
  'keychain.status': none,
  'sync.now': z.object({ accountId: id.optional() }).strict(),
  'outbox.retry': z.object({ id }).strict(),
  'outbox.forConversation': z.object({ conversationId: id }).strict(),
  'message.rawSource': z.object({ id }).strict(),
} as const;
