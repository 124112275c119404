import type { Channel } from '../../domain/types';

export const PLATFORM_RULE_IDS = [
  'amazon.external_link',
  'amazon.email_address',
  'amazon.phone_number',
  'amazon.marketing',
  'amazon.review_incentive',
  'amazon.attachment_size',
  'amazon.buyer_language',
  'ebay.contact_details',
  'ebay.off_platform',
] as const;
export type PlatformRuleId = (typeof PLATFORM_RULE_IDS)[number];

/** What the checker needs to know about the conversation a draft answers. */
export interface DraftContext {
  channel: Channel;
  /** The buyer's language (ISO 639-1), when known. */
  buyerLanguage: string | null;
  /** eBay: whether the buyer has bought from us (contact details and links are forbidden before a sale). */
  hasOrder: boolean;
  attachments?: readonly { fileName: string; size: number }[];
  /** Extra domains the seller allows in links (e.g. a carrier's tracking site), besides the marketplace's own. */
  allowedDomains?: readonly string[];
  /** The conversation's own order ids and tracking numbers: never mistaken for phone numbers. */
  knownNumbers?: readonly string[];
}

export interface RuleViolation {
  rule: PlatformRuleId;
  platform: 'amazon' | 'ebay';
  /** The offending text in the draft, [start, end). A whole-draft problem spans the whole draft. */
  start: number;
  end: number;
  excerpt: string;
  /** Why, in English (the renderer shows its own translation by rule id). */
  message: string;
}

export const AMAZON_ATTACHMENT_LIMIT_BYTES = 10 * 1024 * 1024;
