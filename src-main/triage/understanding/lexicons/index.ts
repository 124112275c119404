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
  escalation: RegExp;
}

const CJK_LANGUAGES = new Set<TriageLanguage>(['ja', 'zh']);

function compile(patterns: string[] | undefined, cjk: boolean): RegExp | null {
  if (!patterns || patterns.length === 0) return null;
  const body = patterns.map((p) => `(?:${p})`).join('|');
  // Latin words match at a word start so that stems work but "order" does not fire inside "border".
  return new RegExp(cjk ? `(?:${body})` : `(?<![\\p{L}\\p{N}])(?:${body})`, cjk ? 'gm' : 'gmu');
}

function compileLanguage(lang: TriageLanguage, lexicon: LanguageLexicon): CompiledLexicon {
  const cjk = CJK_LANGUAGES.has(lang);
  const intents = new Map<Intent, { strong: RegExp | null; weak: RegExp | null }>();
  for (const intent of INTENTS) {
    const p = lexicon.intents[intent];
    if (p) intents.set(intent, { strong: compile(p.strong, cjk), weak: compile(p.weak, cjk) });
  }
  return {
    intents,
    positive: compile(lexicon.positive, cjk)!,
    negative: compile(lexicon.negative, cjk)!,
    anger: compile(lexicon.anger, cjk)!,
    frustration: compile(lexicon.frustration, cjk)!,
    escalation: compile(lexicon.escalation, cjk)!,
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
