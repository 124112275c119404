// Input schemas: every request is parsed with one of these at the host boundary before the core sees
// it, so a handler can trust its params. The params types of the api contract are inferred from here.
import { z } from 'zod';
import { CONVERSATION_STATUSES, INBOX_SORTS, INBOX_VIEWS } from '../domain/types';
import { accountsParamSchemas } from './schemas-accounts';
import { triageParamSchemas } from './schemas-triage';
import { inboxParamSchemas } from './schemas-inbox';
import { assistParamSchemas, ruleOverrideSchema } from './schemas-assist';

const id = z.number().int().positive();
const none = z.object({}).strict();

export { INBOX_VIEWS, type InboxView } from '../domain/types';

export const apiParamSchemas = {
  'workspace.info': none,
  'inbox.list': z
    .object({
      view: z.enum(INBOX_VIEWS),
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(500),
      sort: z.enum(INBOX_SORTS).default('recent'),
    })
    .strict(),
  'conversation.get': z.object({ id }).strict(),
  'conversation.markRead': z.object({ id }).strict(),
  'conversation.setStatus': z.object({ id, status: z.enum(CONVERSATION_STATUSES) }).strict(),
  'reply.queue': z
    .object({
      conversationId: id,
      body: z.string().trim().min(1, 'A reply cannot be empty').max(20_000, 'A reply is limited to 20,000 characters'),
      cannedReplyId: id.optional(),
      override: ruleOverrideSchema.optional(),
    })
    .strict(),
  'outbox.list': none,
  'cannedReplies.list': none,
  'search.messages': z
    .object({
      query: z.string().trim().min(1, 'Type something to search for').max(500),
      limit: z.number().int().min(1).max(200).default(50),
    })
    .strict(),
  'settings.get': none,
  'settings.setLocale': z.object({ locale: z.enum(['en', 'zh-CN']) }).strict(),
  'sync.status': none,
  ...accountsParamSchemas,
  ...triageParamSchemas,
  ...inboxParamSchemas,
  ...assistParamSchemas,
} as const;

export type ApiMethodName = keyof typeof apiParamSchemas;
export type ApiParams<M extends ApiMethodName> = z.input<(typeof apiParamSchemas)[M]>;
export type ApiParsedParams<M extends ApiMethodName> = z.output<(typeof apiParamSchemas)[M]>;

export function isApiMethodName(name: unknown): name is ApiMethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiParamSchemas, name);
}
