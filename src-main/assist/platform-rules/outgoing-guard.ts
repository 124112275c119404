// The server side of the platform-rule check: whatever the renderer showed, a reply that breaks a
// rule of its channel is refused when it is queued, unless the request overrides every broken rule by
// name with a reason; the override is written to the event log in the same transaction as the reply.
import { checkBrandVoice } from '../../../src-shared/assist/brand-voice';
import { brokenRules, checkDraft, type DraftContext, type PlatformRuleId, type RuleViolation } from '../../../src-shared/assist/platform-rules/check-draft';
import type { DraftCheck } from '../../../src-shared/api/contract-assist';
import type { Channel } from '../../../src-shared/domain/types';
import type { Db } from '../../db/open-database';
import type { EventLog } from '../../services/event-log';
import { ServiceError, notFound } from '../../services/errors';
import type { BrandVoiceStore } from '../brand-voice/brand-voice-store';
import type { SettingsStore } from '../settings-store';

export interface RuleOverride {
  rules: PlatformRuleId[];
  reason: string;
}

export class RuleViolationError extends ServiceError {
  constructor(readonly violations: RuleViolation[]) {
    const rules = brokenRules(violations);
    super(
      'conflict',
      `This reply breaks ${rules.length === 1 ? 'a platform rule' : `${rules.length} platform rules`} and was not queued: ` +
        violations.map((v) => `${v.rule} ("${v.excerpt.slice(0, 60)}")`).join('; ') +
        '. Fix the draft, or override the rules by name with a reason.',
    );
  }
}

export const ALLOWED_DOMAINS_KEY = 'assist.allowedDomains';

export function createOutgoingGuard(db: Db, deps: { events: EventLog; brandVoice: BrandVoiceStore; settings: SettingsStore }) {
  const contextStmt = db.prepare<[number], { channel: Channel; language: string | null; order_id: number | null }>(
    'SELECT a.channel, c.language, c.order_id FROM conversations c JOIN accounts a ON a.id = c.account_id WHERE c.id = ?',
  );

  // The buyer's own order ids and tracking numbers, which a reply may quote freely.
  const knownNumbersStmt = db.prepare<{ id: number }, { value: string }>(
    `WITH o AS (SELECT o.id, o.external_id FROM orders o JOIN conversations c ON c.id = @id
                WHERE o.id = c.order_id OR (c.customer_id IS NOT NULL AND o.customer_id = c.customer_id))
     SELECT external_id AS value FROM o
     UNION SELECT s.tracking_number FROM shipments s JOIN o ON o.id = s.order_id WHERE s.tracking_number IS NOT NULL`,
  );

  function contextOf(conversationId: number, attachments?: DraftContext['attachments']): DraftContext {
    const row = contextStmt.get(conversationId);
    if (!row) throw notFound('Conversation', conversationId);
    return {
      channel: row.channel,
      buyerLanguage: row.language,
      hasOrder: row.order_id !== null,
      attachments: attachments ?? [],
      allowedDomains: deps.settings.get<string[]>(ALLOWED_DOMAINS_KEY) ?? [],
      knownNumbers: knownNumbersStmt.all({ id: conversationId }).map((r) => r.value),
    };
  }

  return {
    contextOf,
    check(conversationId: number, body: string, attachments?: DraftContext['attachments']): DraftCheck {
      return { violations: checkDraft(body, contextOf(conversationId, attachments)), brandVoice: checkBrandVoice(body, deps.brandVoice.get().avoidPhrases) };
    },
    /**
     * For automation and people alike. Runs `queue` only if the draft is clean or every broken rule is overridden; logs the override.
     * Call inside the caller's transaction boundary: the check, the reply and the log entry commit together.
     */
    queueChecked<T extends { message: { id: number } }>(
      input: { conversationId: number; body: string; override?: RuleOverride | undefined; agentId: number | null; actorKind?: 'agent' | 'automation' },
      queue: () => T,
    ): T {
      return db.transaction(() => {
        const violations = checkDraft(input.body, contextOf(input.conversationId));
        const broken = brokenRules(violations);
        const overridden = new Set(input.override?.rules ?? []);
        const unhandled = violations.filter((v) => !overridden.has(v.rule));
        if (unhandled.length > 0) throw new RuleViolationError(unhandled);
        const queued = queue();
        // Stock phrases do not block, but every reply that carries them is noted for the quality review.
        const phrases = [...new Set(checkBrandVoice(input.body, deps.brandVoice.get().avoidPhrases).map((f) => f.phrase))];
        if (phrases.length > 0) {
          deps.events.record({
            actorKind: input.actorKind ?? 'agent',
            actorId: input.agentId,
            action: 'reply.brand_voice_flagged',
            subjectKind: 'conversation',
            subjectId: input.conversationId,
            data: { messageId: queued.message.id, phrases },
          });
        }
        if (broken.length > 0) {
          deps.events.record({
            actorKind: input.actorKind ?? 'agent',
            actorId: input.agentId,
            action: 'reply.rules_overridden',
            subjectKind: 'conversation',
            subjectId: input.conversationId,
            data: {
              messageId: queued.message.id,
              rules: broken,
              reason: input.override!.reason,
              excerpts: violations.map((v) => ({ rule: v.rule, text: v.excerpt.slice(0, 200) })),
            },
          });
        }
        return queued;
      })();
    },
  };
}
export type OutgoingGuard = ReturnType<typeof createOutgoingGuard>;
