// Routing against the database: the agents with their profiles (skills, cap, shift), how many open
// conversations each holds, team membership, who last handled the customer, and the round-robin
// pointer, handed to chooseAgent.
import type { Db } from '../../db/open-database';
import { businessHours, type CalendarSpec } from '../sla/business-calendar';
import { chooseAgent, type RoutingCandidate, type RoutingDecision } from './choose-agent';
import { prepareAgentProfiles } from './agent-profiles-query';

export interface RouteRequest {
  conversationId: number;
  customerId: number | null;
  teamId: number | null;
  language: string | null;
  intent: string | null;
  now: number;
}

export interface Router {
  route(request: RouteRequest): RoutingDecision & { agentName: string | null };
}

export function createRouter(db: Db): Router {
  const agents = prepareAgentProfiles(db);
  const members = db.prepare<[number], { agent_id: number }>('SELECT agent_id FROM team_members WHERE team_id = ?');
  // Sticky: whoever was assigned the customer's latest other conversation, else who last replied here.
  const lastAgent = db.prepare<{ customerId: number | null; id: number }, { agent_id: number }>(
    `SELECT agent_id FROM (
       SELECT c.assignee_id AS agent_id, c.last_message_at AS at FROM conversations c
        WHERE @customerId IS NOT NULL AND c.customer_id = @customerId AND c.id <> @id AND c.assignee_id IS NOT NULL
       UNION ALL
       SELECT m.author_agent_id, m.sent_at FROM messages m
        WHERE m.conversation_id = @id AND m.author_agent_id IS NOT NULL AND m.author_kind = 'agent'
     ) ORDER BY at DESC LIMIT 1`,
  );
  const pointer = db.prepare<[string], { last_agent_id: number | null }>('SELECT last_agent_id FROM routing_state WHERE key = ?');
  const savePointer = db.prepare(
    'INSERT INTO routing_state (key, last_agent_id) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET last_agent_id = excluded.last_agent_id',
  );

  const shiftCache = new Map<string, ReturnType<typeof businessHours>>();
  function onShift(zone: string | null, weekJson: string | null, now: number): boolean {
    if (!zone || !weekJson) return true;
    const key = `${zone}\u0000${weekJson}`;
    let calendar = shiftCache.get(key);
    if (!calendar) {
      calendar = businessHours({ timeZone: zone, week: JSON.parse(weekJson) as CalendarSpec['week'], holidays: [] });
      shiftCache.set(key, calendar);
    }
    return calendar.isOpen(now);
  }

  return {
    route(request) {
      const team = request.teamId === null ? null : new Set(members.all(request.teamId).map((m) => m.agent_id));
      const candidates: RoutingCandidate[] = agents.all().map((a) => ({
        agentId: a.id,
        name: a.name,
        languages: JSON.parse(a.languages_json) as string[],
        skills: a.skills_json ? (JSON.parse(a.skills_json) as string[]) : [],
        maxOpen: a.max_open ?? 40,
        openCount: a.open_count,
        onShift: onShift(a.shift_time_zone, a.shift_week_json, request.now),
        available: a.available !== 0,
        inTeam: team === null || team.has(a.id),
      }));
      const key = request.teamId === null ? 'all' : `team:${request.teamId}`;
      const decision = chooseAgent(candidates, {
        language: request.language,
        intent: request.intent,
        teamRestricted: team !== null && team.size > 0,
        lastAgentId: lastAgent.get({ customerId: request.customerId, id: request.conversationId })?.agent_id ?? null,
        roundRobinAfter: pointer.get(key)?.last_agent_id ?? null,
      });
      if (decision.agentId !== null && decision.reason !== 'last_agent') savePointer.run(key, decision.agentId);
      return { ...decision, agentName: candidates.find((c) => c.agentId === decision.agentId)?.name ?? null };
    },
  };
}
