// Who gets a conversation. Only agents who are available, on shift, under their cap of open
// conversations (and in the conversation's team, when it has one) can; among them the agent who last
// handled this customer comes first (sticky), then the best match of language and skill, and
// round-robin decides between equals so that work spreads evenly.

export interface RoutingCandidate {
  agentId: number;
  name: string;
  languages: string[];
  /** Intents this agent handles; empty or "*": everything. */
  skills: string[];
  maxOpen: number;
  openCount: number;
  onShift: boolean;
  available: boolean;
  inTeam: boolean;
}

export interface RoutingRequest {
  language: string | null;
  intent: string | null;
  /** The conversation has a team: only its members qualify. */
  teamRestricted: boolean;
  /** The agent who handled this customer most recently. */
  lastAgentId: number | null;
  /** The agent the previous round-robin pick went to. */
  roundRobinAfter: number | null;
}

export type RoutingReason = 'last_agent' | 'language_and_skill' | 'language' | 'skill' | 'round_robin' | 'nobody_available';

export interface RoutingDecision {
  agentId: number | null;
  reason: RoutingReason;
  /** Why each agent was left out (for the decision log). */
  excluded: { agentId: number; why: 'unavailable' | 'off_shift' | 'at_cap' | 'not_in_team' }[];
  /** How many other agents matched as well (round-robin chose between them). */
  tiedWith: number;
}

export function chooseAgent(candidates: readonly RoutingCandidate[], request: RoutingRequest): RoutingDecision {
  const excluded: RoutingDecision['excluded'] = [];
  const eligible = candidates.filter((c) => {
    const why = !c.available ? 'unavailable' : !c.onShift ? 'off_shift' : c.openCount >= c.maxOpen ? 'at_cap' : request.teamRestricted && !c.inTeam ? 'not_in_team' : null;
    if (why) excluded.push({ agentId: c.agentId, why });
    return why === null;
  });
  if (eligible.length === 0) return { agentId: null, reason: 'nobody_available', excluded, tiedWith: 0 };
  const sticky = eligible.find((c) => c.agentId === request.lastAgentId);
  if (sticky) return { agentId: sticky.agentId, reason: 'last_agent', excluded, tiedWith: 0 };

  const speaks = (c: RoutingCandidate) => request.language !== null && c.languages.includes(request.language);
  const skilled = (c: RoutingCandidate) => request.intent !== null && c.skills.includes(request.intent);
  const score = (c: RoutingCandidate) => (speaks(c) ? 2 : 0) + (skilled(c) ? 1 : 0);
  const best = Math.max(...eligible.map(score));
  const tied = eligible.filter((c) => score(c) === best).sort((a, b) => a.agentId - b.agentId);
  const next = tied.find((c) => request.roundRobinAfter !== null && c.agentId > request.roundRobinAfter) ?? tied[0]!;
  const reason: RoutingReason = best === 3 ? 'language_and_skill' : best === 2 ? 'language' : best === 1 ? 'skill' : 'round_robin';
  return { agentId: next.agentId, reason, excluded, tiedWith: tied.length - 1 };
}
