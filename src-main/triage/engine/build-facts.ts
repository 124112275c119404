// From a loaded conversation to the flat facts rules are evaluated on.
import type { RuleEvent } from '../../../src-shared/domain/rules';
import type { WorkingCalendar } from '../sla/business-calendar';
import { shipmentStates, type RuleFacts } from '../rules/rule-facts';
import type { ContextMessage, ConversationContext, StoredInsight } from './conversation-context';

export function latestInbound(ctx: ConversationContext): ContextMessage | null {
  for (let i = ctx.messages.length - 1; i >= 0; i--) if (ctx.messages[i]!.direction === 'inbound') return ctx.messages[i]!;
  return null;
}

export function latestInsight(ctx: ConversationContext): StoredInsight | null {
  const m = latestInbound(ctx);
  return m ? (ctx.insights.get(m.id) ?? null) : null;
}

export function buildFacts(ctx: ConversationContext, event: RuleEvent, at: number, calendar: WorkingCalendar, timeZone: string): RuleFacts {
  const message = latestInbound(ctx);
  const insight = message ? ctx.insights.get(message.id) : undefined;
  const text = message?.body ?? '';
  return {
    event,
    at,
    conversationId: ctx.id,
    channel: ctx.channel,
    marketplace: ctx.marketplace?.toLowerCase() ?? null,
    subject: ctx.subject,
    text,
    subjectLower: ctx.subject.toLowerCase(),
    textLower: text.toLowerCase(),
    intent: insight?.intent ?? null,
    sentiment: insight?.sentiment ?? null,
    angry: insight ? insight.anger || insight.frustration : false,
    escalationPhrases: insight?.escalationPhrases ?? [],
    language: (insight?.language ?? message?.language ?? ctx.language)?.toLowerCase() ?? null,
    tags: ctx.tags.map((t) => t.toLowerCase()),
    status: ctx.status,
    assignee: ctx.assignee ? [ctx.assignee.name, ctx.assignee.email ?? ''].filter(Boolean).map((s) => s.toLowerCase()) : [],
    team: ctx.team?.toLowerCase() ?? null,
    priority: ctx.priority,
    order: ctx.order
      ? {
          placedAt: ctx.order.placedAt,
          totalMinor: ctx.order.totalMinor,
          currency: ctx.order.currency,
          status: ctx.order.status,
          shipmentStates: shipmentStates(ctx.order.shipments, at),
        }
      : null,
    customerLifetimeValueMinor: ctx.customer?.lifetimeValueMinor ?? 0,
    customerCurrency: ctx.customer?.currency ?? null,
    customerVip: ctx.customer?.isVip ?? false,
    repeatContacts: ctx.repeatContacts,
    automatedReplies: ctx.automation.automatedReplies,
    insideBusinessHours: calendar.isOpen(at),
    timeZone,
  };
}
