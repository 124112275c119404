// Brand voice: phrases the seller does not want to read in any reply (robotic stock phrases such as
// "sorry for the inconvenience"), flagged in drafts from people and from the automation alike.

export interface BrandVoiceGuide {
  /** How replies should sound, in the seller's words; given to the AI provider as instructions. */
  guide: string;
  /** Phrases to avoid; matched case-insensitively, ignoring accents and extra spaces. */
  avoidPhrases: string[];
}

export const DEFAULT_BRAND_VOICE: BrandVoiceGuide = {
  guide:
    'Warm, direct and specific. Use the buyer\'s first name, say what we did and what happens next with dates and tracking numbers. ' +
    'No stock apologies, no corporate filler, short paragraphs, sign with the agent\'s first name.',
  avoidPhrases: [
    'sorry for the inconvenience',
    'we apologize for any inconvenience',
    'we apologise for any inconvenience',
    'your satisfaction is our top priority',
    'thank you for your patience and understanding',
    'please do not hesitate to contact us',
    'as per our policy',
    'Entschuldigen Sie die Unannehmlichkeiten',
    'wir bitten um Ihr Verständnis',
    'désolé pour la gêne occasionnée',
    'disculpe las molestias',
    'ci scusiamo per il disagio',
    'ご迷惑をおかけして申し訳ございません',
    '给您带来不便，敬请谅解',
  ],
};

export interface BrandVoiceFlag {
  phrase: string;
  start: number;
  end: number;
  /** How often the phrase occurs in this draft. */
  count: number;
}

/** Lower case, accents removed, one space for any run of white space; with a map back to the original. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (lastSpace) continue;
      lastSpace = true;
      folded += ' ';
      origin.push(i);
      continue;
    }
    lastSpace = false;
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    for (const c of base) {
      folded += c;
      origin.push(i);
    }
  }
  return { folded, origin };
}

export function checkBrandVoice(text: string, avoidPhrases: readonly string[]): BrandVoiceFlag[] {
  const { folded, origin } = fold(text);
  const flags: BrandVoiceFlag[] = [];
  for (const phrase of avoidPhrases) {
    const needle = fold(phrase.trim()).folded;
    if (!needle) continue;
    const hits: number[] = [];
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) hits.push(at);
    for (const at of hits) {
      const start = origin[at]!;
      const end = origin[at + needle.length - 1]! + 1;
      flags.push({ phrase, start, end, count: hits.length });
    }
  }
  return flags.sort((a, b) => a.start - b.start);
}
