// Offline suggestions on a large workspace: latency of one suggestion request (p50/p95/p99, goal p95
// under 50 ms) over the demo generator's conversations seeded through the real pipeline, and the top-3
// hit rate on a held-out set of past (closed, answered) conversations whose closing reply the index
// never saw. A hit: a top-3 suggestion is a canned reply or article made for the conversation's true
// intent, or is the very reply (as a template) that closed it. Measured with the intent given (as
// triage will give it) and without (text similarity only), in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAssist } from '../../src-main/assist/assist-handlers';
import { createMemorySecretStore } from '../../src-main/assist/ai/secret-store';
import { createPastResolutionReader } from '../../src-main/assist/suggestions/past-resolutions';
import { tokenize } from '../../src-main/assist/suggestions/tokenize';
import { openDatabase } from '../../src-main/db/open-database';
import { demoBatches } from '../../src-main/demo/generate-demo';
import { seedDemoWorkspace } from '../../src-main/demo/seed-demo';
import type { Intent as DemoIntent } from '../../src-main/demo/texts';
import { createIngestPipeline } from '../../src-main/ingest/ingest-pipeline';
import { createEventLog } from '../../src-main/services/event-log';
import type { Intent } from '../../src-shared/domain/triage';
import type { ConversationDetail } from '../../src-shared/domain/types';
import { fmt, percentile } from './stats';

const TRIAGE_INTENT: Record<DemoIntent, Intent> = {
  where_is_my_order: 'where_is_my_order',
  refund: 'refund',
  return: 'return',
  cancel: 'cancel',
  address_change: 'change_address',
  damaged_item: 'damaged_or_wrong_item',
  invoice: 'invoice',
  presale_question: 'product_question',
  complaint: 'complaint',
  thanks: 'thanks_no_reply',
};

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const SEED = 20261123;
const HELD_OUT = 1_000;
const LATENCY_SAMPLES = 2_000;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function runSuggestionsBenchmark(conversations: number): string[] {
  const out: string[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-assist-'));
  try {
    const db = openDatabase(path.join(dir, 'assist.sqlite3'));
    let t = performance.now();
    const seeded = seedDemoWorkspace(db, createIngestPipeline(db, () => NOW), { conversations, now: NOW, seed: SEED });
    out.push(`suggestions: workspace of ${fmt.int(seeded.conversations)} conversations, ${fmt.int(seeded.messages)} messages seeded in ${fmt.ms(performance.now() - t)}`);

    // The generator is deterministic: a second pass gives each conversation's true intent.
    const truth = new Map<string, Intent>();
    for (const batch of demoBatches({ conversations, now: NOW, seed: SEED })) {
      for (const c of batch.conversations) truth.set(`${c.accountId}\u0000${c.externalId}`, TRIAGE_INTENT[c.intent]);
    }
    const rows = db.prepare('SELECT id, account_id, external_id, status FROM conversations').all() as { id: number; account_id: number; external_id: string; status: string }[];
    const intentOf = new Map(rows.map((r) => [r.id, truth.get(`${r.account_id}\u0000${r.external_id}`) ?? null]));

    // Held out: every k-th closed, answered conversation; its closing reply is remembered, then it is
    // reopened so that the past-conversation index never sees it.
    const closed = createPastResolutionReader(db).since(-1);
    // At most a tenth of the history is held out, so that the index keeps most of what it would know.
    const wanted = Math.min(HELD_OUT, Math.floor(closed.length / 10));
    const step = Math.max(1, Math.floor(closed.length / Math.max(1, wanted)));
    const heldOut = closed.filter((_, i) => i % step === 0).slice(0, wanted);
    const reopen = db.prepare("UPDATE conversations SET status = 'open' WHERE id = ?");
    db.transaction(() => heldOut.forEach((h) => reopen.run(h.conversationId)))();

    const assist = createAssist(db, {
      now: () => NOW,
      events: createEventLog(db, () => NOW),
      detail: () => ({}) as ConversationDetail,
      agentName: () => 'Bench',
      emitDelta: () => {},
      secrets: createMemorySecretStore(),
      intentOf: (id) => intentOf.get(id) ?? null,
    });
    t = performance.now();
    const indexed = assist.engine.warm();
    out.push(`suggestions: past-conversation index of ${fmt.int(indexed)} closed conversations built in ${fmt.ms(performance.now() - t)} (once, then incremental)`);

    // Latency: open conversations, with their intent, as the composer asks (8 suggestions).
    const open = rows.filter((r) => r.status === 'open');
    const samples: number[] = [];
    const textOnly: number[] = [];
    for (let i = 0; i < Math.min(LATENCY_SAMPLES, open.length); i++) {
      const c = open[(i * 7919) % open.length]!;
      let s = performance.now();
      assist.engine.suggest(c.id, intentOf.get(c.id) ?? null, 8);
      samples.push(performance.now() - s);
      s = performance.now();
      assist.engine.suggest(c.id, null, 8);
      textOnly.push(performance.now() - s);
    }
    const p95 = percentile(samples, 95);
    out.push(
      `suggestions: latency over ${fmt.int(samples.length)} requests — p50 ${fmt.ms(percentile(samples, 50))}, p95 ${fmt.ms(p95)}, p99 ${fmt.ms(percentile(samples, 99))}` +
        ` (goal p95 < 50 ms: ${p95 < 50 ? 'met' : 'MISSED'}, ${fmt.ratio(p95 / 50)} of budget); text only p95 ${fmt.ms(percentile(textOnly, 95))}`,
    );

    // Baseline for the index: the same neighbour search as a linear scan (BM25 over every closed
    // conversation of the language, no index), on the same open conversations.
    const scanDocs = closed.filter((p) => !heldOut.includes(p)).map((p) => ({ p, terms: tokenize(p.question) }));
    const scanSamples: number[] = [];
    const inbound = db.prepare("SELECT body_text FROM messages WHERE conversation_id = ? AND direction = 'inbound' ORDER BY sent_at DESC LIMIT 3");
    for (let i = 0; i < Math.min(200, open.length); i++) {
      const c = open[(i * 7919) % open.length]!;
      const s = performance.now();
      const language = (db.prepare('SELECT language FROM conversations WHERE id = ?').get(c.id) as { language: string | null }).language;
      const query = new Set(tokenize((inbound.all(c.id) as { body_text: string }[]).map((m) => m.body_text).join('\n')));
      const scored: { id: number; score: number }[] = [];
      for (const d of scanDocs) {
        if (d.p.language !== language) continue;
        let score = 0;
        for (const t of d.terms) if (query.has(t)) score++;
        if (score > 0) scored.push({ id: d.p.conversationId, score });
      }
      scored.sort((a, b) => b.score - a.score);
      scanSamples.push(performance.now() - s);
    }
    const scanP95 = percentile(scanSamples, 95);
    out.push(`suggestions: baseline linear scan of past conversations (term overlap, no index) p95 ${fmt.ms(scanP95)} — the full suggestion request is ${fmt.ratio(scanP95 / p95)}× faster at p95`);

    // Hit rate on the held-out conversations.
    const canned = new Map(assist.canned.list().map((r) => [r.id, r]));
    const articles = new Map(assist.kb.list().map((a) => [a.id, a]));
    for (const withIntent of [true, false]) {
      let hits = 0;
      const byKind = { canned: 0, article: 0, past_reply: 0 };
      const perIntent = new Map<string, { n: number; hits: number }>();
      for (const h of heldOut) {
        const intent = intentOf.get(h.conversationId) ?? null;
        const top = assist.engine.suggest(h.conversationId, withIntent ? intent : null, 3).items;
        const hit = top.find((s) =>
          s.kind === 'past_reply'
            ? norm(s.body) === norm(h.reply)
            : s.kind === 'canned'
              ? intent !== null && (canned.get(s.cannedReplyId!)?.intents.includes(intent) ?? false)
              : intent !== null && (articles.get(s.articleId!)?.intents.includes(intent) ?? false),
        );
        const row = perIntent.get(intent ?? 'unknown') ?? { n: 0, hits: 0 };
        row.n++;
        if (hit) {
          hits++;
          byKind[hit.kind]++;
          row.hits++;
        }
        perIntent.set(intent ?? 'unknown', row);
      }
      out.push(
        `suggestions: top-3 hit rate on ${fmt.int(heldOut.length)} held-out past conversations ${withIntent ? 'with the intent given' : 'from text alone'}: ` +
          `${((100 * hits) / heldOut.length).toFixed(1)} % (first hit a canned reply ${byKind.canned}, an article ${byKind.article}, the actual closing reply ${byKind.past_reply})`,
      );
      if (withIntent) {
        // Baseline: the library's replies and articles tagged with the true intent, in library order, no text.
        let base = 0;
        const tagged = [...canned.values()].filter((r) => r.intents.length > 0);
        for (const h of heldOut) {
          const intent = intentOf.get(h.conversationId) ?? null;
          const lang = h.language;
          const inLang = tagged.filter((r) => r.language === lang);
          const pool = (inLang.length ? inLang : tagged.filter((r) => r.language === 'en')).filter((r) => intent !== null && r.intents.includes(intent));
          if (pool.length > 0) base++;
        }
        out.push(`  baseline (canned replies tagged with the intent, no text, no history): ${((100 * base) / heldOut.length).toFixed(1)} %`);
      }
      if (process.env.BENCH_DETAIL) {
        out.push(`  by intent: ${[...perIntent].map(([k, v]) => `${k} ${((100 * v.hits) / v.n).toFixed(0)} % of ${v.n}`).join(', ')}`);
      }
    }
    db.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
