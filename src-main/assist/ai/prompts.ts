// What the AI provider is told. Grounded: the order facts, the thread, the matching articles and the
// seller's brand voice are given; the model is asked to use nothing else and to leave gaps visible.
import type { BrandVoiceGuide } from '../../../src-shared/assist/brand-voice';
import type { ConversationDetail, KbArticleLike } from './prompt-types';
import type { ChatMessage } from './openai-client';
import { formatMinorUnits } from '../../../src-shared/format/money';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', ja: 'Japanese', zh: 'Simplified Chinese' };
export const languageName = (code: string | null) => (code ? (LANGUAGE_NAMES[code] ?? code) : 'the buyer’s language');

const day = (ms: number | null) => (ms == null ? 'unknown' : new Date(ms).toISOString().slice(0, 10));

function orderFacts(detail: ConversationDetail): string {
  const order = detail.orders.find((o) => o.externalId === detail.conversation.orderExternalId) ?? null;
  if (!order) return 'No order is linked to this conversation.';
  const lines = [
    `Order ${order.externalId} placed ${day(order.placedAt)}, status ${order.status}, total ${formatMinorUnits(order.totalMinor, order.currency, 'en-US')}.`,
    ...order.items.map((i) => `- ${i.quantity} × ${i.title}`),
    ...order.shipments.map((s) => `Shipment: ${s.carrier ?? 'carrier unknown'}, tracking ${s.trackingNumber ?? 'none yet'}, status ${s.status}, shipped ${day(s.shippedAt)}, expected by ${day(s.promisedTo)}, delivered ${day(s.deliveredAt)}.`),
  ];
  return lines.join('\n');
}

function thread(detail: ConversationDetail, max = 12): string {
  return detail.messages
    .slice(-max)
    .map((m) => `[${m.direction === 'inbound' ? 'Buyer' : `Seller (${m.authorName})`}, ${day(m.sentAt)}]\n${m.bodyText.slice(0, 2_000)}`)
    .join('\n\n');
}

const PLATFORM_LIMITS: Record<string, string> = {
  amazon: 'This is an Amazon buyer message: no links to non-Amazon websites, no email addresses, no phone numbers, no marketing or coupons, never ask for a positive review or offer anything for a review.',
  ebay: 'This is an eBay message: no contact details, no links outside eBay, never offer to buy or pay outside eBay.',
};

export function draftPrompt(detail: ConversationDetail, articles: readonly KbArticleLike[], voice: BrandVoiceGuide, agentName: string, instructions?: string): ChatMessage[] {
  const lang = languageName(detail.conversation.language);
  return [
    {
      role: 'system',
      content: [
        `You write replies for a small online seller's customer service. Write the reply in ${lang}.`,
        `Brand voice: ${voice.guide}`,
        voice.avoidPhrases.length ? `Never use these phrases: ${voice.avoidPhrases.map((p) => `"${p}"`).join(', ')}.` : '',
        PLATFORM_LIMITS[detail.conversation.channel] ?? '',
        'Use only the facts given below (order data, thread, help articles). If a fact the buyer needs is missing, write [fill in: …] instead of inventing it.',
        `Sign as ${agentName}. Output only the reply text, no preamble.`,
      ]
        .filter(Boolean)
        .join('\n'),
    },
    {
      role: 'user',
      content: [
        `Order data:\n${orderFacts(detail)}`,
        articles.length ? `Help articles:\n${articles.map((a) => `## ${a.title}\n${a.body}`).join('\n\n')}` : '',
        `Conversation so far (${detail.conversation.subject}):\n${thread(detail)}`,
        instructions ? `The agent asks: ${instructions}` : 'Write the next reply to the buyer.',
      ]
        .filter(Boolean)
        .join('\n\n'),
    },
  ];
}

export function summaryPrompt(detail: ConversationDetail): ChatMessage[] {
  return [
    {
      role: 'system',
      content:
        'Summarise this customer-service conversation as a handoff note for a colleague, in English, at most 6 short lines: ' +
        'what the buyer wants, what was already tried or promised, the order facts that matter, how the buyer feels, and the next step.',
    },
    { role: 'user', content: `Order data:\n${orderFacts(detail)}\n\nConversation (${detail.conversation.subject}):\n${thread(detail, 30)}` },
  ];
}

export function rewritePrompt(draft: string, voice: BrandVoiceGuide, language: string | null): ChatMessage[] {
  return [
    {
      role: 'system',
      content: [
        `Rewrite the seller's draft reply in the brand voice below, in ${languageName(language)}. Keep every fact, number, order id and tracking number exactly; do not add facts.`,
        `Brand voice: ${voice.guide}`,
        voice.avoidPhrases.length ? `Never use these phrases: ${voice.avoidPhrases.map((p) => `"${p}"`).join(', ')}.` : '',
        'Output only the rewritten reply.',
      ]
        .filter(Boolean)
        .join('\n'),
    },
    { role: 'user', content: draft },
  ];
}

export function translatePrompt(text: string, to: string, from: string | null): ChatMessage[] {
  return [
    {
      role: 'system',
      content:
        `Translate the customer-service message ${from ? `from ${languageName(from)} ` : ''}into ${languageName(to)}. ` +
        'Write it as a native speaker would (polished, not literal), keep names, order ids, tracking numbers, amounts and {{variables}} unchanged. Output only the translation.',
    },
    { role: 'user', content: text },
  ];
}
