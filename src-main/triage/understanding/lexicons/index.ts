// The seven lexicons, compiled once into one global regular expression per list.
import { INTENTS, type Intent, type TriageLanguage } from '../../../../src-shared/domain/triage';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import type { LanguageLexicon } from './lexicon-types';
import { zh } from './zh';

export const LEXICONS: Record<TriageLanguage, LanguageLexicon> = { en, de, fr, es, it, ja, zh };

export interface CompiledLexicon {
  intents: Map<Intent, { strong: RegExp | null; weak: RegExp | null }>;
  positive: RegExp;
  negative: RegExp;
  anger: RegExp;
  frustration: RegExp;
  polite: RegExp;
  escalation: RegExp;
}

const CJK_LANGUAGES = new Set<TriageLanguage>(['ja', 'zh']);

/**
 * Latin-script entries match at a word start, so "order" does not fire inside "border"; phrase lists
 * (intents, escalation) also end at a word end unless the entry asks for a stem with \\w* ("torn" must
 * not match "tornerà"), while sentiment word lists are stems by design.
 */
function compile(patterns: string[] | undefined, cjk: boolean, wholeWords: boolean): RegExp | null {
  if (!patterns || patterns.length === 0) return null;
  const body = patterns.map((p) => `(?:${p})`).join('|');
  if (cjk) return new RegExp(`(?:${body})`, 'gm');
  // Normalised Latin text is lower-case ASCII letters almost throughout, so an ASCII word edge is
  // enough, and far cheaper than Unicode property classes.
  return new RegExp(`(?<![a-z0-9])(?:${body})${wholeWords ? '(?![a-z0-9])' : ''}`, 'gm');
}

function compileLanguage(lang: TriageLanguage, lexicon: LanguageLexicon): CompiledLexicon {
  const cjk = CJK_LANGUAGES.has(lang);
  const intents = new Map<Intent, { strong: RegExp | null; weak: RegExp | null }>();
  for (const intent of INTENTS) {
    const p = lexicon.intents[intent];
    if (p) intents.set(intent, { strong: compile(p.strong, cjk, true), weak: compile(p.weak, cjk, true) });
  }
  return {
    intents,
    positive: compile(lexicon.positive, cjk, false)!,
    negative: compile(lexicon.negative, cjk, false)!,
    anger: compile(lexicon.anger, cjk, false)!,
    frustration: compile(lexicon.frustration, cjk, false)!,
    polite: compile(lexicon.polite, cjk, false)!,
    escalation: compile(lexicon.escalation, cjk, true)!,
  };
}

let compiled: Map<TriageLanguage, CompiledLexicon> | null = null;

export function compiledLexicon(lang: TriageLanguage): CompiledLexicon {
  if (!compiled) {
    compiled = new Map();
    for (const [l, lex] of Object.entries(LEXICONS) as [TriageLanguage, LanguageLexicon][]) compiled.set(l, compileLanguage(l, lex));
  }
  return compiled.get(lang)!;
}

/** Number of matches, at most `cap`; matches are counted, not their lengths. */
export function countMatches(re: RegExp | null, text: string, cap = 3): number {
  if (!re) return 0;
  re.lastIndex = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while (n < cap && (m = re.exec(text)) !== null) {
    n++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return n;
}

/** Every match with its position, for reporting phrases as the buyer wrote them. */
export function findMatches(re: RegExp, text: string): { index: number; length: number }[] {
  re.lastIndex = 0;
  const out: { index: number; length: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ index: m.index, length: m[0].length });
  }
  return out;
}
