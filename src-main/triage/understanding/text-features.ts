// Features for the learned intent model. Latin-script words, word pairs and character 4-grams (the
// 4-grams make "remboursment" and "remboursement" share most of their evidence); CJK text has no
// spaces, so it is cut into character unigrams and bigrams instead.
import { isCjkChar } from './normalize-text';

const LATIN_WORD = /[a-z\u00e0-\u024f']{2,}/g;
const CJK_RUN = /[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

/** Feature counts of an already normalised text (see normalizeForMatching). */
export function textFeatures(normalized: string): Map<string, number> {
  const features = new Map<string, number>();
  const add = (f: string) => features.set(f, (features.get(f) ?? 0) + 1);

  const words = normalized.match(LATIN_WORD) ?? [];
  let previous: string | null = null;
  for (const word of words) {
    add(`w:${word}`);
    if (previous) add(`b:${previous}_${word}`);
    previous = word;
    if (word.length >= 5) {
      const padded = `^${word}$`;
      for (let i = 0; i + 4 <= padded.length; i++) add(`c:${padded.slice(i, i + 4)}`);
    }
  }
  for (const run of normalized.match(CJK_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      if (isCjkChar(ch)) add(`u:${ch}`);
      if (i + 1 < chars.length) add(`j:${ch}${chars[i + 1]}`);
    }
  }
  return features;
}
