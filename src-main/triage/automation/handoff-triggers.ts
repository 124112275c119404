// When a person must take over, whatever the rules say: checked on every new customer message and
// before every automatic answer.
import type { ConversationContext } from '../engine/conversation-context';
import { latestInsight } from '../engine/build-facts';
import type { HandoffTrigger } from './handoff-text';

const DAY = 86_400_000;

export function findHandoffTriggers(ctx: ConversationContext, at: number, maxAutomatedReplies: number): { trigger: HandoffTrigger; text: string }[] {
  const insight = latestInsight(ctx);
  const found: { trigger: HandoffTrigger; text: string }[] = [];
  const last = ctx.messages[ctx.messages.length - 1];
  if (ctx.automation.automatedReplies >= maxAutomatedReplies && last?.direction === 'inbound') {
    found.push({ trigger: 'repeated_automation', text: `${ctx.automation.automatedReplies} automated answers did not resolve it` });
  }
  if (insight?.sentiment === 'negative') {
    found.push({ trigger: 'negative_sentiment', text: `negative sentiment${insight.anger ? ' (angry)' : insight.frustration ? ' (frustrated)' : ''}` });
  }
  if (insight?.escalationPhrases.length) found.push({ trigger: 'escalation_phrase', text: `asked for a person ("${insight.escalationPhrases.join('", "')}")` });
  if (ctx.customer?.isVip) found.push({ trigger: 'vip', text: 'VIP customer' });
  if (ctx.order) {
    // Time-critical: the carrier reports a problem, or the promised delivery day is today (give or
    // take a day) and the parcel has not arrived. A parcel two weeks late is late, not urgent.
    const exception = ctx.order.shipments.some((sh) => sh.status === 'exception');
    const dueNow = ctx.order.shipments.some((sh) => sh.status !== 'delivered' && sh.deliveredAt === null && sh.promisedTo !== null && Math.abs(sh.promisedTo - at) <= DAY);
    if (exception || dueNow) {
      found.push({ trigger: 'time_critical_shipment', text: `time-critical shipment (${exception ? 'carrier exception' : 'delivery due today'})` });
    }
  }
  return found;
}
