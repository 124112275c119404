// Terms for similarity ranking: Latin words folded (lower case, no accents) with very common words
// dropped; CJK runs as overlapping bigrams (the approach of src-main/search), so 退款 or 返品 are terms.
const CJK_RUN = /[\u3005\u3006\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

// Function words of the seven buyer languages: frequent everywhere, they only add noise to similarity.
const STOP = new Set(
  (
    'the a an and or of to in on at for is are was be been it this that with you your we our i my me have has had will would can could please ' +
    'hi hello dear thanks thank regards best not no yes do does did from as by so if but just' +
    ' der die das und oder ein eine einen ist sind war sie ihre ihr wir ich mein meine mir mich zu im in am an auf fur mit von den dem des es bitte hallo danke vielen grusse gruss viele nicht noch schon' +
    ' le la les un une et ou de du des est sont vous votre nous je mon ma mes me a au aux en pour avec sur pas merci bonjour cordialement' +
    ' el los las un una y o de del es son usted su nosotros yo mi en para con por no gracias hola saludos que se' +
    ' il lo gli uno e di della del sono tu tuo tua noi io mio mia per con non grazie ciao saluti che si'
  ).split(/\s+/),
);

function fold(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function tokenize(text: string): string[] {
  const out: string[] = [];
  const latin = text.replace(CJK_RUN, (run) => {
    const chars = Array.from(run);
    if (chars.length === 1) out.push(chars[0]!);
    for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
    return ' ';
  });
  for (const m of latin.matchAll(WORD)) {
    const w = fold(m[0]);
    // Order ids, tracking numbers and prices are specific to one conversation: never a shared term.
    if (w.length < 2 || STOP.has(w) || /\d/.test(w)) continue;
    out.push(w);
  }
  return out;
}
