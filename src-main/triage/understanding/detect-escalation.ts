// Escalation phrases (asking for a human or a manager, closing the account, legal threats), reported as
// the buyer wrote them so that the handoff note can quote them.
import type { TriageLanguage } from '../../../src-shared/domain/triage';
import { compiledLexicon, findMatches } from './lexicons';
import type { NormalizedText } from './normalize-text';

export function detectEscalation(original: string, normalized: NormalizedText, languages: readonly TriageLanguage[]): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const lang of languages) {
    for (const m of findMatches(compiledLexicon(lang).escalation, normalized.text)) {
      const start = normalized.offsets[m.index]!;
      const lastChar = normalized.offsets[m.index + m.length - 1]!;
      const end = lastChar + (original.codePointAt(lastChar)! > 0xffff ? 2 : 1);
      const phrase = original.slice(start, end).trim();
      const key = phrase.toLowerCase();
      if (phrase && !seen.has(key)) {
        seen.add(key);
        found.push(phrase);
      }
    }
  }
  return found;
}
