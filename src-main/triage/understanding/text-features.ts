// Features for the learned intent models. Latin-script words, word pairs and character n-grams (the
// n-grams make "remboursment" and "remboursement" share most of their evidence); CJK text has no
// spaces, so it is cut into character unigrams and bigrams instead.
//
// Two densities: the on-device learner of agents' corrections reads 4-grams of longer words (its
// weights were chosen for that scale, and saved states use these names); the shipped base models,
// trained on thousands of messages, read every 3- to 5-gram, which carries better to new phrasings.
import { isCjkChar } from './normalize-text';

const LATIN_WORD = /[a-z\u00e0-\u024f']{2,}/g;
const CJK_RUN = /[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

interface GramRange {
  min: number;
  max: number;
  /** Words shorter than this get no character n-grams. */
  minWord: number;
}

const CORRECTION_GRAMS: GramRange = { min: 4, max: 4, minWord: 5 };
const MODEL_GRAMS: GramRange = { min: 3, max: 5, minWord: 2 };

function features(normalized: string, grams: GramRange): Map<string, number> {
  const out = new Map<string, number>();
  const add = (f: string) => out.set(f, (out.get(f) ?? 0) + 1);

  const words = normalized.match(LATIN_WORD) ?? [];
  let previous: string | null = null;
  for (const word of words) {
    add(`w:${word}`);
    if (previous) add(`b:${previous}_${word}`);
    previous = word;
    if (word.length < grams.minWord) continue;
    const padded = `^${word}$`;
    for (let n = grams.min; n <= grams.max && n < padded.length; n++) {
      for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`);
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
  return out;
}

/** Feature counts for the learner of agents' corrections, of an already normalised text (see normalizeForMatching). */
export function textFeatures(normalized: string): Map<string, number> {
  return features(normalized, CORRECTION_GRAMS);
}

/** Feature counts for the shipped base models (denser n-grams). */
export function modelFeatures(normalized: string): Map<string, number> {
  return features(normalized, MODEL_GRAMS);
}
