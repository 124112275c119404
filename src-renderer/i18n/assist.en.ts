// English strings of the composer's assist features (merged into en.ts under `assist`).
export const assistEn = {
  suggestions: {
    label: 'Suggestions',
    loading: 'Finding suggestions…',
    none: 'No suggestions for this conversation.',
    resolved: 'closed {{count}} similar',
    score: 'Match score',
  },
  kind: {
    canned: 'Canned',
    article: 'Article',
    past_reply: 'Past reply',
  },
  kb: {
    label: 'Knowledge base',
    empty: 'No article matches “{{query}}”.',
  },
  prompts: {
    insert: 'Insert',
  },
  rules: {
    amazon: {
      external_link: 'Amazon: link to a non-Amazon site',
      email_address: 'Amazon: email address',
      phone_number: 'Amazon: phone number',
      marketing: 'Amazon: marketing or coupon',
      review_incentive: 'Amazon: review request with an incentive',
      attachment_size: 'Amazon: attachment over 10 MB',
      buyer_language: 'Amazon: not in the buyer’s language',
    },
    ebay: {
      contact_details: 'eBay: contact details or link before a sale',
      off_platform: 'eBay: offer outside eBay',
    },
  },
  override: {
    blocked: 'Sending is blocked until the draft follows the platform rules.',
    start: 'Override…',
    reason: 'Why do these rules not apply ({{rules}})? The override is logged.',
    confirm: 'Override and send',
    cancel: 'Cancel',
  },
  brandVoice: {
    title: 'Brand voice: phrase to avoid',
    flagged: 'Brand voice: avoid {{phrases}}.',
  },
  ai: {
    draft: 'AI draft',
    rewrite: 'Rewrite in brand voice',
    summarize: 'Handoff note',
    waiting: 'Waiting for the AI provider…',
    handoff: 'Handoff note',
  },
  translate: {
    incoming: 'Translate message',
    draft: 'Translate draft to {{language}}',
    use: 'Use translation',
  },
};
