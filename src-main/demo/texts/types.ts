// The phrases of one buyer language. Placeholders: {order} {product} {tracking} {carrier} {days}
// {firstName} {agent}. Several phrasings of each so that the demo does not read as one template.
export const INTENTS = [
  'where_is_my_order',
  'refund',
  'return',
  'cancel',
  'address_change',
  'damaged_item',
  'invoice',
  'presale_question',
  'complaint',
  'thanks',
] as const;
export type Intent = (typeof INTENTS)[number];

export interface LanguageTexts {
  greetings: string[];
  signOffs: string[];
  /** The buyer's first message, per intent. */
  opening: Record<Intent, string[]>;
  /** Added when the buyer is angry. */
  angry: string[];
  /** The buyer writing again after no (or an unhelpful) answer. */
  followUp: string[];
  /** The seller's replies already sent in the demo history. */
  agentReply: { tracking: string[]; refund: string[]; returns: string[]; general: string[]; presale: string[] };
  /** Subjects of plain email / Shopify contact-form mail. */
  emailSubject: Record<Intent, string>;
  /** Amazon's relay subject: "Inquiry from Amazon customer {name} (Order: {order})" as localised. */
  amazonSubject: string;
}
