// Canned replies for the automation (tier-1 auto-replies): the same library, rendering and checks as
// an agent's draft. A reply is `ready` only when every variable has a value, it has no prompts left
// for a person, and it breaks no platform rule; otherwise the automation must hand it to an agent.
import type { DraftCheck } from '../../../src-shared/api/contract-assist';
import { renderCanned } from '../../../src-shared/assist/canned/render-canned';
import type { ConversationDetail } from '../../../src-shared/domain/types';
import type { OutgoingGuard } from '../platform-rules/outgoing-guard';
import type { CannedLibrary } from './canned-library';

export interface AutomatedReply {
  ready: boolean;
  text: string;
  cannedReplyId: number;
  language: string;
  /** Why it is not ready, in sentences for the handoff note. */
  problems: string[];
  check: DraftCheck;
}

export function createAutomatedReplies(deps: { canned: CannedLibrary; guard: OutgoingGuard; detail: (id: number) => ConversationDetail; agentName: () => string }) {
  return {
    /** The named canned reply in the buyer's language (else English), rendered and checked for this conversation; null when the library has no such reply. */
    prepare(conversationId: number, cannedName: string): AutomatedReply | null {
      const detail = deps.detail(conversationId);
      const variants = deps.canned.list().filter((r) => r.name === cannedName);
      const reply = variants.find((r) => r.language === detail.conversation.language) ?? variants.find((r) => r.language === 'en') ?? variants[0];
      if (!reply) return null;
      const order = detail.orders.find((o) => o.externalId === detail.conversation.orderExternalId) ?? null;
      const rendered = renderCanned(reply.body, {
        customer: detail.customer,
        order,
        agent: { id: 0, name: deps.agentName(), email: null, role: 'agent', languages: [] },
        language: detail.conversation.language,
      });
      const check = deps.guard.check(conversationId, rendered.text);
      const problems = [
        ...rendered.missing.map((m) => (m.startsWith('prompt:') ? `The reply asks a person for "${m.slice(7)}".` : `No value for ${m} in this conversation.`)),
        ...rendered.unknown.map((u) => `The reply uses an unknown variable ${u}.`),
        ...check.violations.map((v) => v.message),
      ];
      return { ready: problems.length === 0, text: rendered.text, cannedReplyId: reply.id, language: reply.language, problems, check };
    },
  };
}
