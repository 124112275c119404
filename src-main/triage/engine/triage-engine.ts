// Offline triage of conversations, after every ingest batch and on a clock tick:
// 1. understand each new customer message (intent, sentiment, anger, escalation phrases, language);
// 2. run the ordered rules for the events that happened (stop here, loop protection);
// 3. hand the conversation to a human when a trigger says so (handoff note, honest customer message);
// 4. recompute the SLA clocks and the priority score with its reasons.
// Every decision goes to the event log: which rule, which condition values, what it did and why.
import type { DryRunResult, RuleAction, RuleDefinition, RuleEvent } from '../../../src-shared/domain/rules';
import type { TriageExplanation } from '../../../src-shared/api/contract-triage';
import type { Intent, MessageInsight } from '../../../src-shared/domain/triage';
import { PRIORITIES, type Agent, type Customer, type Order } from '../../../src-shared/domain/types';
import { renderTemplate } from '../../../src-shared/templates/render-template';
import type { Db } from '../../db/open-database';
import type { EventLog } from '../../services/event-log';
import { notFound, ServiceError } from '../../services/errors';
import type { OutboxService } from '../../services/outbox/outbox-service';
import { createConversationReader } from '../../services/conversations/conversation-detail';
import { handoffMessage, handoffNote, type HandoffTrigger } from '../automation/handoff-text';
import { findHandoffTriggers } from '../automation/handoff-triggers';
import { priorityScore } from '../priority/priority-score';
import type { CompiledRule } from '../rules/compile-rule';
import { createRuleSet, type RuleSet } from '../rules/rule-set';
import { createRouter } from '../routing/routing-service';
import { createSlaConfig, type SlaConfig } from '../sla/sla-config';
import { buildFacts, latestInbound, latestInsight } from './build-facts';
import { createContextLoader, type ConversationContext } from './conversation-context';
import { createConversationState } from './conversation-state';
import { createTriageQueries } from './triage-queries';
import type { Understanding } from './understanding-port';

export interface TriageDeps {
  now: () => number;
  events: EventLog;
  /** Message understanding; null until wired (then insights stay empty and intent rules do not match). */
  understanding: Understanding | null;
  outbox: Pick<OutboxService, 'queueReply'>;
}

export interface TriageRunOptions {
  /** false for seeded history: rules tag and route, but nothing is sent to customers. */
  sendReplies?: boolean;
}

export interface TriageEngine {
  /** Triage after ingest; returns the conversations whose summary changed. */
  triageConversations(ids: readonly number[], options?: TriageRunOptions): number[];
  /** Time-based events: SLA warnings and breaches, customers silent for N hours, score refresh. */
  tick(): number[];
  /** After an agent's change (reply, status): conversation.updated rules, then clocks and score again. */
  refresh(id: number): void;
  dryRun(definition: RuleDefinition, days: number): DryRunResult;
  explain(id: number): TriageExplanation;
  correctIntent(messageId: number, intent: Intent, agentId: number | null): { messageId: number; intent: Intent; conversationId: number };
  readonly rules: RuleSet;
  readonly sla: SlaConfig;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** An automatic answer to a message older than this would be stale: leave it to a person. */
const FRESH_FOR_AUTOMATION = 24 * HOUR;
/** Automated answers without resolution before a person takes over. */
const MAX_AUTOMATED_REPLIES = 2;
/** Rule changes trigger conversation.updated at most this many rounds deep in one pass. */
const MAX_CASCADE = 3;
const CHUNK = 500;

interface Session {
  ctx: ConversationContext;
  now: number;
  /** When the event happened (message time, or now for time events). */
  at: number;
  sendReplies: boolean;
  fired: Set<number>;
  changed: boolean;
  /** A reply was held back because a person must answer: tell the customer. */
  automationBlocked: boolean;
  handedOff: boolean;
  /** How the last routing decision went (for the handoff note). */
  lastRouting: string | null;
}

export function createTriageEngine(db: Db, deps: TriageDeps): TriageEngine {
  const load = createContextLoader(db);
  const rules = createRuleSet(db);
  const sla = createSlaConfig(db);
  const router = createRouter(db);
  const reader = createConversationReader(db);

  const insertInsight = db.prepare(
    `INSERT OR REPLACE INTO message_insights (message_id, language, language_confidence, intent, intent_confidence, sentiment, sentiment_score,
                                              anger, frustration, escalation_json, analysed_at)
     VALUES (@messageId, @language, @languageConfidence, @intent, @intentConfidence, @sentiment, @sentimentScore, @anger, @frustration, @escalation, @now)`,
  );
  const setMessageLanguage = db.prepare('UPDATE messages SET language = ? WHERE id = ? AND language IS NULL');
  const findTag = db.prepare<[string], { id: number }>('SELECT id FROM tags WHERE name = ?');
  const createTag = db.prepare('INSERT INTO tags (name) VALUES (?)');
  const addTag = db.prepare('INSERT OR IGNORE INTO conversation_tags (conversation_id, tag_id) VALUES (?, ?)');
  const removeTag = db.prepare('DELETE FROM conversation_tags WHERE conversation_id = ? AND tag_id = (SELECT id FROM tags WHERE name = ?)');
  const setPriority = db.prepare('UPDATE conversations SET priority = ?, updated_at = ? WHERE id = ?');
  const setAssignee = db.prepare('UPDATE conversations SET assignee_id = ?, updated_at = ? WHERE id = ?');
  const findAgent = db.prepare<[string, string], { id: number; name: string; email: string | null }>(
    'SELECT id, name, email FROM agents WHERE lower(name) = lower(?) OR lower(email) = lower(?) ORDER BY id LIMIT 1',
  );
  const findTeam = db.prepare<[string], { id: number; name: string }>('SELECT id, name FROM teams WHERE lower(name) = lower(?)');
  const createTeam = db.prepare('INSERT INTO teams (name) VALUES (?)');
  const setTeam = db.prepare('UPDATE conversations SET team_id = ?, updated_at = ? WHERE id = ?');
  const setPolicy = db.prepare('UPDATE conversations SET sla_policy_id = ?, updated_at = ? WHERE id = ?');
  const setStatus = db.prepare('UPDATE conversations SET status = ?, snoozed_until = ?, updated_at = ? WHERE id = ?');
  const setNoResponse = db.prepare('UPDATE conversations SET no_response_needed = ?, updated_at = ? WHERE id = ?');
  const markNotice = db.prepare('INSERT OR IGNORE INTO automation_notices (message_id) VALUES (?)');
  // Triage's notes go in the conversation's one list of internal notes, marked as the automation's.
  const insertNote = db.prepare(
    "INSERT INTO conversation_notes (conversation_id, kind, author_name, body, created_at) VALUES (?, ?, 'Automation', ?, ?)",
  );
  const findCanned = db.prepare<[string, string], { id: number; body: string; language: string }>(
    `SELECT id, body, language FROM canned_replies WHERE lower(name) = lower(?)
     ORDER BY (language = ?) DESC, (language = 'en') DESC, id LIMIT 1`,
  );
  const countAutomated = db.prepare(
    `INSERT INTO conversation_automation (conversation_id, automated_replies, last_automated_at) VALUES (?, 1, ?)
     ON CONFLICT (conversation_id) DO UPDATE SET automated_replies = automated_replies + 1, last_automated_at = excluded.last_automated_at`,
  );
  const recordHandoff = db.prepare(
    `INSERT INTO conversation_automation (conversation_id, handed_off_at, handoff_reason) VALUES (?, ?, ?)
     ON CONFLICT (conversation_id) DO UPDATE SET handed_off_at = excluded.handed_off_at, handoff_reason = excluded.handoff_reason`,
  );
  const writeTriage = db.prepare(
    `UPDATE conversations SET intent = @intent, sentiment = @sentiment, language = coalesce(language, @language),
       sla_due_at = @dueAt, sla_target = @target, sla_warn_at = @warnAt,
       sla_first_response_due_at = @first, sla_next_response_due_at = @next, sla_resolution_due_at = @resolution,
       sla_resolution_paused_minutes = @paused, priority_score = @score, priority_explanation_json = @factors, triaged_at = @now,
       triaged_message_id = max(coalesce(triaged_message_id, 0), @lastMessageId)
     WHERE id = @id`,
  );
  const workspaceName = db.prepare<[], { value_json: string }>("SELECT value_json FROM settings WHERE key = 'workspace.name'");

  const log = (ctx: { id: number }, action: string, data: Record<string, unknown>) =>
    deps.events.record({ actorKind: 'automation', action, subjectKind: 'conversation', subjectId: ctx.id, data });

  // ---- understanding -------------------------------------------------------------------------

  function understandNewMessages(s: Session): number {
    if (!deps.understanding) return 0;
    let count = 0;
    for (const m of s.ctx.messages) {
      if (m.direction !== 'inbound' || s.ctx.insights.has(m.id)) continue;
      let insight: MessageInsight;
      try {
        insight = deps.understanding.understand({ text: m.body, subject: s.ctx.subject, languageHint: m.language ?? s.ctx.customer?.language ?? null });
      } catch (error) {
        // One message the model chokes on must not stop the batch; it stays un-understood.
        log(s.ctx, 'triage.understanding_failed', { messageId: m.id, error: (error as Error).message });
        continue;
      }
      insertInsight.run({
        messageId: m.id,
        language: insight.language,
        languageConfidence: insight.languageConfidence,
        intent: insight.intent,
        intentConfidence: insight.intentConfidence,
        sentiment: insight.sentiment,
        sentimentScore: insight.sentimentScore,
        anger: insight.anger ? 1 : 0,
        frustration: insight.frustration ? 1 : 0,
        escalation: JSON.stringify(insight.escalationPhrases),
        now: s.now,
      });
      if (insight.language && !m.language) {
        setMessageLanguage.run(insight.language, m.id);
        m.language = insight.language;
      }
      s.ctx.insights.set(m.id, {
        language: insight.language,
        intent: insight.intent,
        sentiment: insight.sentiment,
        sentimentScore: insight.sentimentScore,
        anger: insight.anger,
        frustration: insight.frustration,
        escalationPhrases: insight.escalationPhrases,
      });
      count++;
    }
    return count;
  }

  // ---- rules -----------------------------------------------------------------------------------

  function factsFor(s: Session, event: RuleEvent) {
    return buildFacts(s.ctx, event, s.at, sla.businessCalendar(s.ctx.teamId), sla.timeZone(s.ctx.teamId));
  }

  function runRules(s: Session, initial: RuleEvent[], only?: readonly CompiledRule[]) {
    const queue = [...initial];
    let cascade = 0;
    while (queue.length) {
      const event = queue.shift()!;
      let facts = factsFor(s, event);
      let changedHere = false;
      for (const rule of only ?? rules.forEvent(event)) {
        // Loop protection: a rule acts at most once per conversation per pass.
        if (s.fired.has(rule.id) || !rule.matches(facts)) continue;
        s.fired.add(rule.id);
        const conditions = rule.explain(facts);
        const outcomes = rule.definition.actions.map((action) => ({ action, outcome: applyAction(s, action, rule) }));
        const changed = outcomes.some((o) => o.outcome === 'done');
        log(s.ctx, 'rule.fired', { ruleId: rule.id, rule: rule.name, event, conditions, actions: outcomes, stop: rule.stop });
        if (changed) {
          changedHere = true;
          s.changed = true;
          facts = factsFor(s, event);
        }
        if (rule.stop) break;
      }
      if (changedHere && !only) {
        if (cascade < MAX_CASCADE) {
          cascade++;
          queue.push('conversation.updated');
        } else {
          log(s.ctx, 'rules.loop_stopped', { after: cascade, fired: [...s.fired] });
        }
      }
    }
  }

  /** Applies one action; returns 'done', or why it did nothing (logged with the rule). */
  function applyAction(s: Session, action: RuleAction, rule: { id: number; name: string }): string {
    const { ctx, now } = s;
    switch (action.type) {
      case 'tag': {
        if (ctx.tags.some((t) => t.toLowerCase() === action.tag.toLowerCase())) return 'already tagged';
        const tagId = findTag.get(action.tag)?.id ?? Number(createTag.run(action.tag).lastInsertRowid);
        addTag.run(ctx.id, tagId);
        ctx.tags = [...ctx.tags, action.tag];
        return 'done';
      }
      case 'untag': {
        if (removeTag.run(ctx.id, action.tag).changes === 0) return 'not tagged';
        ctx.tags = ctx.tags.filter((t) => t.toLowerCase() !== action.tag.toLowerCase());
        return 'done';
      }
      case 'set_priority':
        if (ctx.priority === action.priority) return 'unchanged';
        setPriority.run(action.priority, now, ctx.id);
        ctx.priority = action.priority;
        return 'done';
      case 'assign_agent': {
        if (action.agent.toLowerCase() === 'auto') return assignByRouting(s) ? 'done' : 'nobody available';
        const agent = findAgent.get(action.agent, action.agent);
        if (!agent) return `no agent named "${action.agent}"`;
        if (ctx.assigneeId === agent.id) return 'unchanged';
        setAssignee.run(agent.id, now, ctx.id);
        ctx.assigneeId = agent.id;
        ctx.assignee = { name: agent.name, email: agent.email };
        return 'done';
      }
      case 'assign_team': {
        let team = findTeam.get(action.team);
        if (!team) team = { id: Number(createTeam.run(action.team).lastInsertRowid), name: action.team };
        if (ctx.teamId === team.id) return 'unchanged';
        setTeam.run(team.id, now, ctx.id);
        ctx.teamId = team.id;
        ctx.team = team.name;
        return 'done';
      }
      case 'apply_sla': {
        const policy = sla.policyByName(action.policy);
        if (!policy) return `no SLA policy named "${action.policy}"`;
        if (ctx.slaPolicyId === policy.id) return 'unchanged';
        setPolicy.run(policy.id, now, ctx.id);
        ctx.slaPolicyId = policy.id;
        return 'done';
      }
      case 'snooze':
        setStatus.run('snoozed', now + action.hours * HOUR, now, ctx.id);
        ctx.status = 'snoozed';
        return 'done';
      case 'close':
        if (ctx.status === 'closed') return 'unchanged';
        setStatus.run('closed', null, now, ctx.id);
        ctx.status = 'closed';
        return 'done';
      case 'add_note':
        insertNote.run(ctx.id, 'rule', `${action.text}\n(${rule.name})`, now);
        return 'done';
      case 'mark_no_response_needed':
        if (ctx.noResponseNeeded) return 'unchanged';
        setNoResponse.run(1, now, ctx.id);
        ctx.noResponseNeeded = true;
        return 'done';
      case 'escalate':
        return handoff(s, [{ trigger: 'rule', text: action.reason }]) ? 'done' : 'already with a person';
      case 'reply_canned':
        return replyAutomatically(s, action.cannedReply);
    }
  }

  // ---- routing, automation, handoff ---------------------------------------------------------------

  function assignByRouting(s: Session): boolean {
    const { ctx } = s;
    const insight = latestInsight(ctx);
    const decision = router.route({
      conversationId: ctx.id,
      customerId: ctx.customer?.id ?? null,
      teamId: ctx.teamId,
      language: insight?.language ?? ctx.language,
      intent: insight?.intent ?? null,
      now: s.now,
    });
    log(ctx, 'routing.decided', { agentId: decision.agentId, agent: decision.agentName, reason: decision.reason, tiedWith: decision.tiedWith, excluded: decision.excluded, team: ctx.team });
    if (decision.agentId === null || decision.agentId === ctx.assigneeId) return false;
    setAssignee.run(decision.agentId, s.now, ctx.id);
    ctx.assigneeId = decision.agentId;
    ctx.assignee = { name: decision.agentName ?? '', email: null };
    s.lastRouting = decision.reason;
    return true;
  }

  const handoffTriggers = (s: Session) => findHandoffTriggers(s.ctx, s.at, MAX_AUTOMATED_REPLIES);

  /** Gives the conversation to a person; false when it already was for this message. */
  function handoff(s: Session, reasons: { trigger: HandoffTrigger; text: string }[]): boolean {
    const { ctx } = s;
    const message = latestInbound(ctx);
    if (s.handedOff) return false;
    if (ctx.automation.handedOffAt !== null && message && ctx.automation.handedOffAt >= message.sentAt && ctx.assigneeId !== null) return false;
    s.handedOff = true;
    if (PRIORITIES.indexOf(ctx.priority) < PRIORITIES.indexOf('high')) {
      setPriority.run('high', s.now, ctx.id);
      ctx.priority = 'high';
    }
    s.lastRouting = ctx.assigneeId !== null ? 'already_assigned' : null;
    if (ctx.assigneeId === null) assignByRouting(s);
    const answered = [...ctx.messages].reverse().find((m) => m.direction === 'outbound' && m.authorKind === 'automation' && !m.notice);
    const note = handoffNote({
      reasons: reasons.map((r) => r.text),
      asked: message?.body ?? ctx.subject,
      answered: answered?.body ?? null,
      assignedTo: ctx.assignee?.name ?? null,
      routingReason: s.lastRouting ?? 'nobody_available',
    });
    insertNote.run(ctx.id, 'handoff', note, s.now);
    const reasonText = reasons.map((r) => r.text).join('; ');
    recordHandoff.run(ctx.id, s.now, reasonText);
    ctx.automation.handedOffAt = s.now;
    ctx.automation.handoffReason = reasonText;
    // The customer is told only when a machine was (or was about to be) talking to them.
    const tellCustomer = s.sendReplies && ctx.status !== 'closed' && (ctx.automation.automatedReplies > 0 || s.automationBlocked);
    let waitMinutes: number | null = null;
    if (tellCustomer) {
      const state = slaState(ctx, s.now);
      const response = state.clocks.find((c) => (c.target === 'first_response' || c.target === 'next_response') && c.dueAt !== null);
      waitMinutes = response?.dueAt ? Math.max(60, (response.dueAt - s.now) / 60_000) : 24 * 60;
      const language = latestInsight(ctx)?.language ?? message?.language ?? ctx.language;
      const notice = deps.outbox.queueReply({ conversationId: ctx.id, body: handoffMessage(language, waitMinutes), agentId: null, authorKind: 'automation' });
      markNotice.run(notice.message.id);
      ctx.messages.push({ id: notice.message.id, direction: 'outbound', authorKind: 'automation', authorAgentId: null, body: notice.message.bodyText, language, sentAt: notice.message.sentAt, notice: true });
    }
    log(ctx, 'triage.handoff', {
      reasons: reasons.map((r) => r.trigger),
      reason: reasonText,
      assignedTo: ctx.assignee?.name ?? null,
      routing: s.lastRouting,
      customerNotified: tellCustomer,
      expectedWaitMinutes: waitMinutes === null ? null : Math.round(waitMinutes),
    });
    s.changed = true;
    return true;
  }

  function replyAutomatically(s: Session, cannedName: string): string {
    const { ctx } = s;
    const message = latestInbound(ctx);
    const last = ctx.messages[ctx.messages.length - 1];
    if (!s.sendReplies) return 'skipped: history is never answered automatically';
    if (!message || last?.direction !== 'inbound') return 'skipped: nothing to answer';
    if (s.now - message.sentAt > FRESH_FOR_AUTOMATION) return 'skipped: message older than 24 h';
    if (ctx.status === 'closed') return 'skipped: conversation closed';
    const triggers = handoffTriggers(s);
    if (triggers.length) {
      s.automationBlocked = true;
      handoff(s, triggers);
      return `handed to a person instead: ${triggers.map((t) => t.text).join('; ')}`;
    }
    const language = latestInsight(ctx)?.language ?? message.language ?? ctx.language ?? 'en';
    const canned = findCanned.get(cannedName, language);
    if (!canned) return `skipped: no canned reply named "${cannedName}"`;
    const detail = reader.detail(ctx.id);
    const order: Order | null = ctx.order ? (detail.orders.find((o) => o.id === ctx.order!.id) ?? null) : null;
    const signature = workspaceName.get();
    const agent: Agent = { id: 0, name: signature ? (JSON.parse(signature.value_json) as string) : 'Customer service', email: null, role: 'agent', languages: [] };
    const rendered = renderTemplate(canned.body, { customer: detail.customer as Customer | null, order, agent, language: canned.language });
    if (rendered.missing.length || rendered.unknown.length) {
      // An answer with holes in it is worse than a short wait for a person.
      s.automationBlocked = true;
      handoff(s, [{ trigger: 'automation_blocked', text: `the automatic answer lacks ${[...rendered.missing, ...rendered.unknown].join(', ')}` }]);
      return `handed to a person instead: missing ${[...rendered.missing, ...rendered.unknown].join(', ')}`;
    }
    const queued = deps.outbox.queueReply({ conversationId: ctx.id, body: rendered.text, cannedReplyId: canned.id, agentId: null, authorKind: 'automation' });
    countAutomated.run(ctx.id, s.now);
    ctx.automation.automatedReplies++;
    ctx.messages.push({ id: queued.message.id, direction: 'outbound', authorKind: 'automation', authorAgentId: null, body: rendered.text, language: canned.language, sentAt: queued.message.sentAt, notice: false });
    log(ctx, 'automation.replied', { cannedReplyId: canned.id, cannedReply: cannedName, language: canned.language, messageId: queued.message.id, automatedReplies: ctx.automation.automatedReplies });
    return 'done';
  }

  // ---- SLA and priority --------------------------------------------------------------------------

  const { slaState, scoreOf } = createConversationState(sla);

  function finalize(s: Session) {
    const { ctx } = s;
    const state = slaState(ctx, s.now);
    const insight = latestInsight(ctx);
    const { score, factors } = scoreOf(ctx, state, s.now);
    const clock = (target: string) => state.clocks.find((c) => c.target === target);
    writeTriage.run({
      id: ctx.id,
      intent: insight?.intent ?? null,
      sentiment: insight?.sentiment ?? null,
      language: insight?.language ?? null,
      dueAt: state.dueAt,
      target: state.target,
      warnAt: state.dueAt !== null && state.policy ? state.dueAt - state.policy.warnMinutes * 60_000 : null,
      first: clock('first_response')?.dueAt ?? null,
      next: clock('next_response')?.dueAt ?? null,
      resolution: clock('resolution')?.dueAt ?? null,
      paused: clock('resolution')?.pausedRemainingMinutes ?? null,
      score,
      factors: JSON.stringify(factors),
      now: s.now,
      lastMessageId: ctx.messages.reduce((max, m) => Math.max(max, m.id), 0),
    });
    if (state.dueAt !== ctx.stored.slaDueAt || state.target !== ctx.stored.slaTarget) {
      log(ctx, 'sla.clock', { policy: state.policy?.name ?? null, target: state.target, dueAt: state.dueAt, clocks: state.clocks });
      s.changed = true;
    }
  }

  // ---- passes ------------------------------------------------------------------------------------

  function session(ctx: ConversationContext, now: number, at: number, sendReplies: boolean): Session {
    return { ctx, now, at, sendReplies, fired: new Set(), changed: false, automationBlocked: false, handedOff: false, lastRouting: null };
  }

  function triageOne(id: number, options: TriageRunOptions): boolean {
    const ctx = load(id);
    if (!ctx) return false;
    const now = deps.now();
    const s = session(ctx, now, now, options.sendReplies ?? true);
    understandNewMessages(s);
    const message = latestInbound(ctx);
    const fresh = ctx.triagedAt === null;
    // Message ids only grow: a customer message above the last triaged id is new.
    const newMessage = message !== null && message.id > (ctx.triagedMessageId ?? 0);
    s.at = message?.sentAt ?? now;
    if (newMessage && ctx.noResponseNeeded) {
      // The customer wrote again: their new message needs an answer.
      setNoResponse.run(0, now, ctx.id);
      ctx.noResponseNeeded = false;
    }
    const events: RuleEvent[] = [];
    if (fresh) events.push('conversation.created');
    if (newMessage) events.push('message.received');
    if (!fresh && !newMessage) events.push('conversation.updated');
    runRules(s, events);
    if (newMessage && ctx.status !== 'closed' && !s.handedOff) {
      const triggers = handoffTriggers(s);
      if (triggers.length) handoff(s, triggers);
    }
    finalize(s);
    return true;
  }

  function triageConversations(ids: readonly number[], options: TriageRunOptions = {}): number[] {
    const done: number[] = [];
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += CHUNK) {
      const chunk = unique.slice(i, i + CHUNK);
      db.transaction(() => {
        for (const id of chunk) if (triageOne(id, options)) done.push(id);
      })();
    }
    return done;
  }

  function refresh(id: number) {
    db.transaction(() => {
      const ctx = load(id);
      if (!ctx) return;
      const now = deps.now();
      const s = session(ctx, now, now, true);
      runRules(s, ['conversation.updated']);
      finalize(s);
    })();
  }

  // ---- time-based events ---------------------------------------------------------------------------

  const slaDue = db.prepare<{ now: number }, { id: number; sla_due_at: number; sla_target: string; warned: number | null; breached: number | null }>(
    `SELECT id, sla_due_at, sla_target, sla_warned_due_at AS warned, sla_breached_due_at AS breached FROM conversations
     WHERE status IN ('open', 'pending') AND sla_due_at IS NOT NULL AND sla_warn_at <= @now
       AND ((sla_warned_due_at IS NOT sla_due_at) OR (sla_due_at <= @now AND sla_breached_due_at IS NOT sla_due_at))
     LIMIT 2000`,
  );
  const markWarned = db.prepare('UPDATE conversations SET sla_warned_due_at = sla_due_at WHERE id = ?');
  const markBreached = db.prepare('UPDATE conversations SET sla_warned_due_at = sla_due_at, sla_breached_due_at = sla_due_at WHERE id = ?');
  const silent = db.prepare<{ rule: number; cutoff: number }, { id: number; last_message_at: number }>(
    `SELECT c.id, c.last_message_at FROM conversations c
     WHERE c.status IN ('open', 'pending') AND c.last_message_at <= @cutoff AND c.last_message_at > coalesce(c.last_inbound_at, 0)
       AND NOT EXISTS (SELECT 1 FROM rule_firings f WHERE f.rule_id = @rule AND f.conversation_id = c.id AND f.occasion = 'silent:' || c.last_message_at)
     LIMIT 1000`,
  );
  const recordFiring = db.prepare('INSERT OR IGNORE INTO rule_firings (rule_id, conversation_id, occasion, fired_at) VALUES (?, ?, ?, ?)');
  const refreshable = db.prepare<{ horizon: number }, { id: number; sla_due_at: number; sla_target: string | null; priority_score: number; priority_explanation_json: string }>(
    `SELECT id, sla_due_at, sla_target, priority_score, priority_explanation_json FROM conversations
     WHERE status IN ('open', 'pending') AND sla_due_at IS NOT NULL AND sla_due_at <= @horizon`,
  );
  const writeScore = db.prepare('UPDATE conversations SET priority_score = ?, priority_explanation_json = ? WHERE id = ?');

  function tick(): number[] {
    const now = deps.now();
    const changed = new Set<number>();
    db.transaction(() => {
      for (const row of slaDue.all({ now })) {
        const ctx = load(row.id);
        if (!ctx) continue;
        const breached = row.sla_due_at <= now && row.breached !== row.sla_due_at;
        const event: RuleEvent = breached ? 'sla.breached' : 'sla.warning';
        (breached ? markBreached : markWarned).run(row.id);
        log(ctx, event, { target: row.sla_target, dueAt: row.sla_due_at });
        const s = session(ctx, now, now, true);
        runRules(s, [event]);
        finalize(s);
        changed.add(row.id);
      }
      for (const rule of rules.forEvent('customer.silent')) {
        for (const row of silent.all({ rule: rule.id, cutoff: now - (rule.silentHours ?? 0) * HOUR })) {
          recordFiring.run(rule.id, row.id, `silent:${row.last_message_at}`, now);
          const ctx = load(row.id);
          if (!ctx) continue;
          const s = session(ctx, now, now, true);
          runRules(s, ['customer.silent'], [rule]);
          if (s.changed) {
            finalize(s);
            changed.add(row.id);
          }
        }
      }
      // Time left shrinks by itself: refresh the SLA part of the score of conversations due within a day.
      for (const row of refreshable.all({ horizon: now + DAY })) {
        const factors = (JSON.parse(row.priority_explanation_json) as ReturnType<typeof priorityScore>['factors']).filter((f) => f.factor !== 'sla' && f.factor !== 'sla_breached');
        const left = row.sla_due_at - now;
        const slaFactor = priorityScore({
          now,
          slaDueAt: row.sla_due_at,
          slaTarget: row.sla_target,
          customerVip: false,
          lifetimeValueMajor: 0,
          repeatContacts: 0,
          unansweredFollowUps: 0,
          sentiment: null,
          angry: false,
          escalationPhrases: [],
          channel: 'email',
          priority: 'normal',
        }).factors.filter((f) => f.factor === 'sla' || f.factor === 'sla_breached');
        const all = [...factors, ...slaFactor].sort((a, b) => b.points - a.points);
        const score = Math.round(Math.max(0, Math.min(100, all.reduce((sum, f) => sum + f.points, 0))) * 10) / 10;
        if (Math.abs(score - row.priority_score) >= 0.5 || (left <= 0 && !factors.some((f) => f.factor === 'sla_breached'))) {
          writeScore.run(score, JSON.stringify(all), row.id);
          changed.add(row.id);
        }
      }
    })();
    return [...changed];
  }

  // ---- dry run, explanation, corrections ---------------------------------------------------------

  const { dryRun, explain } = createTriageQueries(db, { now: deps.now, load, sla, slaState, scoreOf });

  const messageForCorrection = db.prepare<[number], { id: number; conversation_id: number; body_text: string; direction: string; language: string | null; subject: string; intent: Intent | null }>(
    `SELECT m.id, m.conversation_id, m.body_text, m.direction, m.language, c.subject, i.intent
     FROM messages m JOIN conversations c ON c.id = m.conversation_id LEFT JOIN message_insights i ON i.message_id = m.id WHERE m.id = ?`,
  );
  const insertCorrection = db.prepare(
    'INSERT INTO intent_corrections (message_id, text, subject, language, intent_before, intent, agent_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const setInsightIntent = db.prepare('UPDATE message_insights SET intent = ?, intent_confidence = 1 WHERE message_id = ?');
  const saveState = db.prepare(
    'INSERT INTO understanding_state (id, state, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
  );

  function correctIntent(messageId: number, intent: Intent, agentId: number | null) {
    const m = messageForCorrection.get(messageId);
    if (!m) throw notFound('Message', messageId);
    if (m.direction !== 'inbound') throw new ServiceError('invalid_request', 'Only a customer message has an intent to correct.');
    const now = deps.now();
    db.transaction(() => {
      insertCorrection.run(m.id, m.body_text, m.subject, m.language, m.intent, intent, agentId, now);
      setInsightIntent.run(intent, m.id);
      deps.understanding?.learn({ text: m.body_text, subject: m.subject, intent, language: m.language });
      if (deps.understanding) saveState.run(deps.understanding.exportState(), now);
      deps.events.record({ actorKind: agentId === null ? 'system' : 'agent', actorId: agentId, action: 'triage.intent_corrected', subjectKind: 'conversation', subjectId: m.conversation_id, data: { messageId, from: m.intent, to: intent } });
      const ctx = load(m.conversation_id);
      if (ctx) finalize(session(ctx, now, now, false));
    })();
    return { messageId, intent, conversationId: m.conversation_id };
  }

  return { triageConversations, tick, refresh, dryRun, explain, correctIntent, rules, sla };
}

/** The learned state the understanding model starts from (saved after each correction). */
export function loadLearnedState(db: Db): string | null {
  return db.prepare<[], { state: string }>('SELECT state FROM understanding_state WHERE id = 1').get()?.state ?? null;
}

