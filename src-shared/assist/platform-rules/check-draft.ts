// The platform-rule check every outgoing draft passes: pure, so the composer highlights live and the
// core enforces the same verdict when the reply is queued. Rules follow Amazon's buyer-seller
// messaging guidelines and eBay's policy on contact details and offers to buy outside eBay.
import { guessLanguage } from '../language-guess';
import {
  AMAZON_HOST,
  EBAY_HOST,
  EMAIL,
  INCENTIVE_WORDS,
  LINK,
  MARKETING,
  OFF_PLATFORM,
  PHONE_CANDIDATE,
  POSITIVE_REVIEW,
  REVIEW_WORDS,
  hostOf,
  looksLikePhone,
  sentencesOf,
  spansOf,
  type Span,
} from './patterns';
import { AMAZON_ATTACHMENT_LIMIT_BYTES, type DraftContext, type PlatformRuleId, type RuleViolation } from './types';

export * from './types';

function violation(rule: PlatformRuleId, span: Span, message: string): RuleViolation {
  return { rule, platform: rule.startsWith('amazon') ? 'amazon' : 'ebay', start: span.start, end: span.end, excerpt: span.text, message };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function emails(text: string): Span[] {
  return spansOf(EMAIL, text);
}

/** Links whose host is not the marketplace's own nor one the seller allowed. Email domains are not links. */
function foreignLinks(text: string, ownHost: RegExp, allowed: readonly string[]): Span[] {
  const mails = emails(text);
  return spansOf(LINK, text)
    .filter((s) => !mails.some((m) => overlaps(m, s)))
    .map((s) => {
      const trimmed = s.text.replace(/[.,;:!?)]+$/, '');
      return { ...s, text: trimmed, end: s.start + trimmed.length };
    })
    .filter((s) => {
      const host = hostOf(s.text);
      return !ownHost.test(host) && !allowed.some((d) => host === d || host.endsWith(`.${d}`));
    });
}

function phones(text: string, known: readonly string[] = []): Span[] {
  const digitsOf = (s: string) => s.replace(/\D/g, '');
  const knownDigits = new Set(known.map(digitsOf).filter((d) => d.length > 0));
  return spansOf(PHONE_CANDIDATE, text)
    .map((s) => {
      // The candidate pattern may take a leading bracket's content; keep what a person would select.
      const lead = s.text.length - s.text.trimStart().length;
      const text2 = s.text.trim();
      return { start: s.start + lead, end: s.start + lead + text2.length, text: text2 };
    })
    .filter((s) => !knownDigits.has(digitsOf(s.text)) && looksLikePhone(s.text, text.slice(0, s.start)));
}

function reviewIncentives(text: string): Span[] {
  const out: Span[] = [];
  for (const sentence of sentencesOf(text)) {
    const positive = spansOf(POSITIVE_REVIEW, sentence.text).length > 0;
    const review = spansOf(REVIEW_WORDS, sentence.text).length > 0;
    const incentive = spansOf(INCENTIVE_WORDS, sentence.text).length > 0;
    if (positive || (review && incentive)) {
      const trimmed = sentence.text.trim();
      const lead = sentence.text.indexOf(trimmed);
      out.push({ start: sentence.start + lead, end: sentence.start + lead + trimmed.length, text: trimmed });
    }
  }
  return out;
}

const SAME_LANGUAGE: Record<string, string> = { 'zh-cn': 'zh', 'zh-tw': 'zh', 'en-gb': 'en', 'en-us': 'en' };
const baseLanguage = (code: string) => SAME_LANGUAGE[code.toLowerCase()] ?? code.toLowerCase().split('-')[0]!;

function amazonRules(text: string, ctx: DraftContext): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const s of foreignLinks(text, AMAZON_HOST, ctx.allowedDomains ?? [])) {
    out.push(violation('amazon.external_link', s, `Amazon does not allow links to sites other than Amazon (${hostOf(s.text)}).`));
  }
  for (const s of emails(text)) out.push(violation('amazon.email_address', s, 'Amazon does not allow email addresses in buyer messages.'));
  for (const s of phones(text, ctx.knownNumbers)) out.push(violation('amazon.phone_number', s, 'Amazon does not allow phone numbers in buyer messages.'));
  for (const s of spansOf(MARKETING, text)) out.push(violation('amazon.marketing', s, 'Amazon does not allow marketing, promotions or coupons in buyer messages.'));
  for (const s of reviewIncentives(text)) {
    out.push(violation('amazon.review_incentive', s, 'Amazon does not allow asking for positive reviews or offering anything in exchange for a review.'));
  }
  for (const a of ctx.attachments ?? []) {
    if (a.size > AMAZON_ATTACHMENT_LIMIT_BYTES) {
      const mb = (a.size / 1024 / 1024).toFixed(1);
      out.push({ rule: 'amazon.attachment_size', platform: 'amazon', start: 0, end: 0, excerpt: a.fileName, message: `Amazon accepts attachments up to 10 MB; ${a.fileName} has ${mb} MB.` });
    }
  }
  if (ctx.buyerLanguage) {
    const guess = guessLanguage(text);
    const wanted = baseLanguage(ctx.buyerLanguage);
    if (guess.language && guess.confidence >= 0.6 && baseLanguage(guess.language) !== wanted) {
      out.push({
        rule: 'amazon.buyer_language',
        platform: 'amazon',
        start: 0,
        end: text.length,
        excerpt: text.slice(0, 80),
        message: `Amazon asks sellers to write in the buyer's language (${wanted}); this draft reads as ${guess.language}.`,
      });
    }
  }
  return out;
}

function ebayRules(text: string, ctx: DraftContext): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (!ctx.hasOrder) {
    const why = 'eBay does not allow sharing contact details or links before a sale.';
    for (const s of emails(text)) out.push(violation('ebay.contact_details', s, why));
    for (const s of phones(text, ctx.knownNumbers)) out.push(violation('ebay.contact_details', s, why));
    for (const s of foreignLinks(text, EBAY_HOST, ctx.allowedDomains ?? [])) out.push(violation('ebay.contact_details', s, why));
  }
  for (const s of spansOf(OFF_PLATFORM, text)) out.push(violation('ebay.off_platform', s, 'eBay does not allow offers to buy or pay outside eBay.'));
  return out;
}

/** Every rule the draft breaks on its channel, in text order. Channels without rules give none. */
export function checkDraft(text: string, ctx: DraftContext): RuleViolation[] {
  const found = ctx.channel === 'amazon' ? amazonRules(text, ctx) : ctx.channel === 'ebay' ? ebayRules(text, ctx) : [];
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The rule ids a draft breaks, once each: what an override must name. */
export function brokenRules(violations: readonly RuleViolation[]): PlatformRuleId[] {
  return [...new Set(violations.map((v) => v.rule))];
}
