// Pure logic behind the composer's assist features: the `??` article trigger, the rule-check context
// of a conversation, rendering a suggestion for it, and splitting a draft into highlighted segments.
import type { Suggestion } from '../../src-shared/api/contract-assist';
import type { BrandVoiceFlag } from '../../src-shared/assist/brand-voice';
import { renderCanned, type RenderedCanned } from '../../src-shared/assist/canned/render-canned';
import type { DraftContext, RuleViolation } from '../../src-shared/assist/platform-rules/types';
import type { Agent, ConversationDetail, Order } from '../../src-shared/domain/types';

export interface KbQuery {
  start: number;
  query: string;
}

/** `??words` that starts the draft or follows white space, ending at the caret (Zammad's convention). */
export function kbQueryAt(text: string, caret: number): KbQuery | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)\?\?([^\n?]*)$/.exec(before);
  if (!match) return null;
  const query = match[2]!;
  if (query.length > 40) return null;
  return { start: before.length - query.length - 2, query };
}

export function spliceText(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  return { text: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}

export function conversationOrder(detail: ConversationDetail): Order | null {
  return detail.orders.find((o) => o.externalId === detail.conversation.orderExternalId) ?? null;
}

export function draftContextOf(detail: ConversationDetail): DraftContext {
  return {
    channel: detail.conversation.channel,
    buyerLanguage: detail.conversation.language,
    hasOrder: detail.conversation.orderExternalId !== null,
    knownNumbers: detail.orders.flatMap((o) => [o.externalId, ...o.shipments.map((s) => s.trackingNumber ?? '')]).filter(Boolean),
  };
}

/** The text a suggestion inserts into this conversation's draft. */
export function renderSuggestion(s: Suggestion, detail: ConversationDetail, agent: Agent | null, prompts: Readonly<Record<string, string>> = {}): RenderedCanned {
  if (s.kind === 'article') return { text: s.body, missing: [], unknown: [] };
  return renderCanned(s.body, { customer: detail.customer, order: conversationOrder(detail), agent, language: detail.conversation.language }, prompts);
}

export interface Segment {
  text: string;
  /** Rule id or 'brand-voice' when this piece is highlighted. */
  mark: string | null;
}

/** The draft cut at every highlighted span; overlapping spans merge into the first one's mark. */
export function highlightSegments(text: string, violations: readonly RuleViolation[], flags: readonly BrandVoiceFlag[]): Segment[] {
  const spans = [
    ...violations.filter((v) => v.end > v.start && v.end - v.start < text.length).map((v) => ({ start: v.start, end: v.end, mark: v.rule })),
    ...flags.map((f) => ({ start: f.start, end: f.end, mark: 'brand-voice' })),
  ].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    const start = Math.max(s.start, at);
    if (start > at) out.push({ text: text.slice(at, start), mark: null });
    out.push({ text: text.slice(start, s.end), mark: s.mark });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: null });
  return out;
}
