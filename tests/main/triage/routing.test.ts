import { beforeEach, describe, expect, it } from 'vitest';
import { chooseAgent, type RoutingCandidate } from '../../../src-main/triage/routing/choose-agent';
import { createRouter } from '../../../src-main/triage/routing/routing-service';
import { createWorkspace, msg, T0, type Workspace } from './triage-fixture';

const agent = (agentId: number, over: Partial<RoutingCandidate> = {}): RoutingCandidate => ({
  agentId,
  name: `A${agentId}`,
  languages: ['en'],
  skills: [],
  maxOpen: 10,
  openCount: 0,
  onShift: true,
  available: true,
  inTeam: true,
  ...over,
});
const request = { language: 'de', intent: 'refund', teamRestricted: false, lastAgentId: null, roundRobinAfter: null };

describe('chooseAgent', () => {
  it('prefers language and skill, then language, then skill', () => {
    const pool = [agent(1), agent(2, { skills: ['refund'] }), agent(3, { languages: ['de'] }), agent(4, { languages: ['de'], skills: ['refund'] })];
    expect(chooseAgent(pool, request)).toMatchObject({ agentId: 4, reason: 'language_and_skill' });
    expect(chooseAgent(pool.slice(0, 3), request)).toMatchObject({ agentId: 3, reason: 'language' });
    expect(chooseAgent(pool.slice(0, 2), request)).toMatchObject({ agentId: 2, reason: 'skill' });
  });

  it('leaves out agents at their cap, off shift, unavailable or outside the team, and says why', () => {
    const pool = [agent(1, { languages: ['de'], openCount: 10 }), agent(2, { languages: ['de'], onShift: false }), agent(3, { available: false }), agent(4, { inTeam: false }), agent(5)];
    const decision = chooseAgent(pool, { ...request, teamRestricted: true });
    expect(decision.agentId).toBe(5);
    expect(decision.excluded).toEqual([
      { agentId: 1, why: 'at_cap' },
      { agentId: 2, why: 'off_shift' },
      { agentId: 3, why: 'unavailable' },
      { agentId: 4, why: 'not_in_team' },
    ]);
    expect(chooseAgent([agent(1, { openCount: 10 })], request)).toMatchObject({ agentId: null, reason: 'nobody_available' });
  });

  it('goes back to the agent who handled the customer last, if they can take it', () => {
    const pool = [agent(1, { languages: ['de'] }), agent(2)];
    expect(chooseAgent(pool, { ...request, lastAgentId: 2 })).toMatchObject({ agentId: 2, reason: 'last_agent' });
    expect(chooseAgent([agent(1, { languages: ['de'] }), agent(2, { openCount: 10 })], { ...request, lastAgentId: 2 }).agentId).toBe(1);
  });

  it('round-robins between equals', () => {
    const pool = [agent(1), agent(2), agent(3)];
    const picks: number[] = [];
    let after: number | null = null;
    for (let i = 0; i < 4; i++) {
      const d = chooseAgent(pool, { ...request, language: 'fr', roundRobinAfter: after });
      picks.push(d.agentId!);
      after = d.agentId;
    }
    expect(picks).toEqual([1, 2, 3, 1]);
  });
});

describe('router on the database', () => {
  let w: Workspace;
  beforeEach(() => {
    w = createWorkspace();
  });
  const route = (conversationId: number, over: Partial<Parameters<ReturnType<typeof createRouter>['route']>[0]> = {}) =>
    createRouter(w.db).route({ conversationId, customerId: null, teamId: null, language: 'fr', intent: null, now: T0, ...over });

  it('counts open conversations against the cap and reads shift schedules in the agent time zone', () => {
    const ids = w.ingest([msg(), msg(), msg()]);
    w.db.prepare('INSERT INTO agent_profiles (agent_id, max_open) VALUES (?, 1), (?, 1)').run(w.agents.li, w.agents.anna);
    w.db.prepare('UPDATE conversations SET assignee_id = ? WHERE id = ?').run(w.agents.li, ids[0]);
    w.db.prepare('UPDATE conversations SET assignee_id = ? WHERE id = ?').run(w.agents.anna, ids[1]);
    expect(route(ids[2]!)).toMatchObject({ agentId: w.agents.yuki, agentName: 'Sato Yuki' });
    // Yuki works 09:00-18:00 in Tokyo; T0 is 11:00 there, 20:00 the day before is off shift.
    const tokyo = JSON.stringify({ mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']], sat: [], sun: [] });
    w.db.prepare("INSERT INTO agent_profiles (agent_id, shift_time_zone, shift_week_json) VALUES (?, 'Asia/Tokyo', ?)").run(w.agents.yuki, tokyo);
    expect(route(ids[2]!).agentId).toBe(w.agents.yuki);
    expect(route(ids[2]!, { now: T0 - 15 * 3_600_000 })).toMatchObject({ agentId: null, reason: 'nobody_available' });
  });

  it('keeps a team conversation inside the team and remembers the round-robin turn', () => {
    const [id] = w.ingest([msg()]);
    const team = Number(w.db.prepare("INSERT INTO teams (name) VALUES ('EU')").run().lastInsertRowid);
    w.db.prepare('INSERT INTO team_members (team_id, agent_id) VALUES (?, ?), (?, ?)').run(team, w.agents.anna, team, w.agents.yuki);
    const first = route(id!, { teamId: team }).agentId;
    const second = route(id!, { teamId: team }).agentId;
    expect([first, second].sort()).toEqual([w.agents.anna, w.agents.yuki].sort());
    expect(route(id!, { teamId: team }).agentId).toBe(first);
  });

  it('sends a returning customer to the agent of their previous conversation', () => {
    const customer = { channel: 'amazon' as const, handle: 'returning', name: 'R' };
    const [old] = w.ingest([msg({ customer })]);
    w.db.prepare('UPDATE conversations SET assignee_id = ? WHERE id = ?').run(w.agents.yuki, old);
    const [fresh] = w.ingest([msg({ customer, sentAt: T0 + 1000 })]);
    const customerId = w.conversation(fresh!).customer_id as number;
    expect(route(fresh!, { customerId, language: 'de' })).toMatchObject({ agentId: w.agents.yuki, reason: 'last_agent' });
  });
});
