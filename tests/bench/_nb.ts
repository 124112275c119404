import { INTENTS, type Intent } from '../../src-shared/domain/triage';
import { normalizeForMatching, stripQuoted } from '../../src-main/triage/understanding/normalize-text';
import { textFeatures } from '../../src-main/triage/understanding/text-features';
import { loadEvalSet } from '../fixtures/triage-eval/eval-set';
const set = loadEvalSet();
const feats = set.map((m) => textFeatures(normalizeForMatching(`${m.subject ?? ''}\n${stripQuoted(m.text)}`).text));
type F = Map<string, number>;
function run(name: string, filter: (f: string) => boolean, binary: boolean, alpha: number) {
  let ok = 0;
  for (let fold = 0; fold < 5; fold++) {
    const counts = new Map<Intent, Map<string, number>>(); const totals = new Map<Intent, number>(); const vocab = new Set<string>();
    set.forEach((m, i) => { if (i % 5 === fold) return; const c = counts.get(m.intent) ?? new Map(); counts.set(m.intent, c);
      for (const [f, n0] of feats[i]!) { if (!filter(f)) continue; const n = binary ? 1 : n0; c.set(f, (c.get(f) ?? 0) + n); totals.set(m.intent, (totals.get(m.intent) ?? 0) + n); vocab.add(f); } });
    set.forEach((m, i) => { if (i % 5 !== fold) return; let best: Intent = 'other'; let bs = -Infinity;
      for (const intent of INTENTS) { const c = counts.get(intent); if (!c) continue; let s = 0; const t = totals.get(intent)!;
        for (const [f, n0] of feats[i]!) { if (!filter(f) || !vocab.has(f)) continue; s += (binary ? 1 : n0) * Math.log(((c.get(f) ?? 0) + alpha) / (t + alpha * vocab.size)); }
        if (s > bs) { bs = s; best = intent; } }
      if (best === m.intent) ok++; });
  }
  console.log(name, binary, alpha, (ok / set.length).toFixed(3));
}
for (const a of [1, 0.1, 0.01]) for (const b of [true, false]) {
  run('all', () => true, b, a);
  run('no-c', (f) => !f.startsWith('c:'), b, a);
  run('words+cjk', (f) => f.startsWith('w:') || f.startsWith('u:') || f.startsWith('j:'), b, a);
}
