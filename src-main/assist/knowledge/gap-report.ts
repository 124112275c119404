// Knowledge gaps: recent closed conversations whose buyer question no article answers well, counted
// per intent, with examples, so the seller knows which articles to write next.
import type { KbGapRow } from '../../../src-shared/api/contract-assist';
import type { Intent } from '../../../src-shared/domain/triage';
import type { Db } from '../../db/open-database';
import type { SuggestionEngine } from '../suggestions/suggestion-engine';

/** Below this share of the question's terms found in the best article, the question counts as unanswered. */
export const ARTICLE_COVERAGE_THRESHOLD = 0.2;

export function createGapReport(db: Db, engine: SuggestionEngine, intentOf: (conversationId: number) => Intent | null) {
  const stmt = db.prepare<{ limit: number }, { id: number; language: string | null; question: string }>(
    `SELECT c.id, c.language,
       (SELECT m.body_text FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'inbound' ORDER BY m.sent_at, m.id LIMIT 1) AS question
     FROM conversations c WHERE c.status = 'closed' ORDER BY c.updated_at DESC LIMIT @limit`,
  );
  return {
    report(limit: number): KbGapRow[] {
      const rows = new Map<string, KbGapRow>();
      for (const c of stmt.all({ limit })) {
        if (!c.question) continue;
        const intent = intentOf(c.id) ?? 'unknown';
        const row = rows.get(intent) ?? { intent, conversations: 0, withoutArticle: 0, examples: [] };
        row.conversations++;
        const best = engine.bestArticle(c.question, c.language);
        if (!best || best.coverage < ARTICLE_COVERAGE_THRESHOLD) {
          row.withoutArticle++;
          const line = c.question.split('\n').find((l) => l.trim().length > 12) ?? c.question;
          if (row.examples.length < 5) row.examples.push(line.trim().slice(0, 160));
        }
        rows.set(intent, row);
      }
      return [...rows.values()].sort((a, b) => b.withoutArticle - a.withoutArticle || b.conversations - a.conversations);
    },
  };
}
