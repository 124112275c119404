import { LEXICONS } from '../../src-main/triage/understanding/lexicons';
for (const lang of ['en','de','fr','es','it'] as const) {
  const lex = LEXICONS[lang];
  const out: string[] = [];
  for (const [intent, p] of Object.entries(lex.intents)) for (const s of [...(p.strong ?? []), ...(p.weak ?? [])]) out.push(s);
  out.push(...lex.escalation);
  // patterns whose alternatives end in a letter (no \w*, no ), no $): candidates for missing stems
  const flagged = out.filter((s) => /[a-z]$/.test(s) && !/\\w\*$/.test(s));
  console.log(lang, flagged.join(' | '));
}
