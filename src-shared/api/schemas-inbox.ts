// Input schemas of the keyboard inbox: views and counts, search, bulk actions with undo, merges,
// internal notes, saved views and the user's key bindings.
import { z } from 'zod';
import { CHANNELS, INBOX_SORTS, PRIORITIES } from '../domain/types';
import { BASE_VIEWS } from '../inbox/view-spec';

const id = z.number().int().positive();
const none = z.object({}).strict();
const ids = z.array(id).min(1, 'Select at least one conversation').max(1000, 'At most 1,000 conversations at once');
const facetValue = z.string().trim().min(1).max(100);

export const viewSpecSchema = z
  .object({
    base: z.enum(BASE_VIEWS),
    channel: z.enum(CHANNELS).optional(),
    marketplace: facetValue.optional(),
    language: facetValue.optional(),
    intent: facetValue.optional(),
    tag: facetValue.optional(),
    query: z.string().max(500).optional(),
    sort: z.enum(INBOX_SORTS).optional(),
  })
  .strict();

export const conversationActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('close') }).strict(),
  z.object({ kind: z.literal('reopen') }).strict(),
  z.object({ kind: z.literal('snooze'), until: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal('assign'), agentId: id.nullable() }).strict(),
  z.object({ kind: z.literal('tag'), tag: z.string().trim().min(1, 'A tag needs a name').max(60), remove: z.boolean().optional() }).strict(),
  z.object({ kind: z.literal('priority'), priority: z.enum(PRIORITIES) }).strict(),
]);

const snapshotSchema = z
  .object({
    id,
    status: z.enum(['open', 'pending', 'snoozed', 'closed']),
    snoozedUntil: z.number().int().nullable(),
    assigneeId: id.nullable(),
    priority: z.enum(PRIORITIES),
    tags: z.array(z.string().min(1).max(60)).max(100),
  })
  .strict();

/** A key sequence: up to three chords separated by spaces, e.g. "g i", "$mod+k", "Shift+j". */
const binding = z.string().trim().min(1).max(40).regex(/^\S+( \S+){0,2}$/, 'A shortcut is up to three keys separated by spaces');

export const inboxParamSchemas = {
  'inbox.query': z.object({ spec: viewSpecSchema, offset: z.number().int().min(0).max(10_000_000), limit: z.number().int().min(1).max(500) }).strict(),
  'inbox.counts': none,
  'inbox.facets': none,
  'agents.list': none,
  'conversations.apply': z.object({ ids, action: conversationActionSchema }).strict(),
  'conversations.restore': z.object({ snapshots: z.array(snapshotSchema).min(1).max(1000) }).strict(),
  'conversations.merge': z.object({ targetId: id, sourceId: id }).strict(),
  'customers.search': z.object({ query: z.string().trim().min(1, 'Type a name, email or handle').max(200), limit: z.number().int().min(1).max(50).default(10) }).strict(),
  'customers.merge': z.object({ targetId: id, sourceId: id }).strict(),
  'merges.undo': z.object({ mergeId: id }).strict(),
  'replies.cancel': z.object({ messageIds: z.array(id).min(1).max(1000) }).strict(),
  'notes.list': z.object({ conversationId: id }).strict(),
  'notes.add': z.object({ conversationId: id, body: z.string().trim().min(1, 'A note cannot be empty').max(10_000) }).strict(),
  'notes.delete': z.object({ id }).strict(),
  'savedViews.list': none,
  'savedViews.save': z
    .object({ id: id.optional(), name: z.string().trim().min(1, 'A saved view needs a name').max(80), spec: viewSpecSchema, shortcut: binding.nullable() })
    .strict(),
  'savedViews.delete': z.object({ id }).strict(),
  'keymap.get': none,
  'keymap.set': z.object({ bindings: z.record(z.string().regex(/^[a-z][\w.]*$/).max(60), z.array(binding).max(4)) }).strict(),
} as const;
