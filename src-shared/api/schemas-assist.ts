// Input schemas of the agent-assist requests; spread into apiParamSchemas.
import { z } from 'zod';
import { PLATFORM_RULE_IDS } from '../assist/platform-rules/types';
import { INTENTS } from '../domain/triage';

const id = z.number().int().positive();
const none = z.object({}).strict();
const language = z.string().trim().regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/, 'A language is a code such as "de" or "zh-CN"');
const intent = z.enum(INTENTS);
const attachments = z.array(z.object({ fileName: z.string().min(1).max(300), size: z.number().int().min(0) }).strict()).max(20);

const cannedReply = z
  .object({
    name: z.string().trim().min(1, 'A canned reply needs a name').max(120),
    shortcut: z.string().trim().regex(/^[\w-]{1,32}$/, 'A shortcut is one word of letters, digits, - or _').nullable().default(null),
    folder: z.string().trim().max(120).nullable().default(null),
    language,
    body: z.string().trim().min(1, 'A canned reply cannot be empty').max(20_000),
    intents: z.array(intent).max(INTENTS.length).default([]),
  })
  .strict();

/** The reply.queue field that sends a draft despite platform-rule violations, naming each rule on purpose. */
export const ruleOverrideSchema = z
  .object({
    rules: z.array(z.enum(PLATFORM_RULE_IDS)).min(1).max(PLATFORM_RULE_IDS.length),
    reason: z.string().trim().min(3, 'Say why the rule does not apply').max(500),
  })
  .strict();

export const cannedExportSchema = z
  .object({
    format: z.literal('agent-console/canned-replies'),
    version: z.literal(1),
    exportedAt: z.number().optional(),
    replies: z.array(cannedReply).max(10_000),
  })
  .strict();

const aiText = { conversationId: id, instructions: z.string().trim().max(2_000).optional() };

export const assistParamSchemas = {
  'assist.suggestions': z.object({ conversationId: id, intent: intent.optional(), limit: z.number().int().min(1).max(50).default(8) }).strict(),
  'assist.checkDraft': z.object({ conversationId: id, body: z.string().max(20_000), attachments: attachments.optional() }).strict(),
  'assist.brandVoice.get': none,
  'assist.brandVoice.set': z.object({ guide: z.string().trim().max(5_000), avoidPhrases: z.array(z.string().trim().min(2).max(200)).max(500) }).strict(),
  'canned.listFull': none,
  'canned.save': cannedReply.extend({ id: id.optional() }).strict(),
  'canned.delete': z.object({ id }).strict(),
  'canned.review': z.object({ days: z.number().int().min(1).max(3650).default(90) }).strict(),
  'canned.export': none,
  'canned.import': z.object({ file: cannedExportSchema }).strict(),
  'kb.list': z.object({ language: language.optional() }).strict(),
  'kb.search': z.object({ query: z.string().trim().min(1, 'Type something to search for').max(500), language: language.optional(), limit: z.number().int().min(1).max(100).default(20) }).strict(),
  'kb.save': z
    .object({
      id: id.optional(),
      slug: z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A slug is lower-case words joined by -').max(120),
      language,
      title: z.string().trim().min(1).max(300),
      body: z.string().trim().min(1).max(100_000),
      intents: z.array(intent).max(INTENTS.length).default([]),
    })
    .strict(),
  'kb.delete': z.object({ id }).strict(),
  'kb.exportHtml': z.object({ siteName: z.string().trim().min(1).max(120).default('Help centre') }).strict(),
  'kb.gapReport': z.object({ limit: z.number().int().min(10).max(50_000).default(2_000) }).strict(),
  'ai.config.get': none,
  'ai.config.set': z
    .object({
      baseUrl: z.string().trim().url('The base URL must be a full URL such as https://api.openai.com/v1').max(500),
      model: z.string().trim().min(1).max(200),
      /** Omitted: keep the stored key. Empty string: remove it. */
      apiKey: z.string().max(500).optional(),
    })
    .strict(),
  'ai.draft': z.object(aiText).strict(),
  'ai.summarize': z.object({ conversationId: id }).strict(),
  'ai.rewrite': z.object({ conversationId: id, body: z.string().trim().min(1).max(20_000) }).strict(),
  'ai.translate': z.object({ text: z.string().trim().min(1).max(20_000), to: language, from: language.optional() }).strict(),
} as const;
