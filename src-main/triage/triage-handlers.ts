// The triage api: rules (list, save, enable, reorder, delete, export, import, dry run), "why is this
// on top", intent corrections and the SLA policies. Spread into start-core's handlers.
import type { TriageResults } from '../../src-shared/api/contract-triage';
import type { ApiParsedParams } from '../../src-shared/api/schemas';
import type { Db } from '../db/open-database';
import type { TriageEngine } from './engine/triage-engine';
import type { RuleStore } from './rules/rule-store';
import type { createTriageSettings } from './settings/triage-settings';

type TriageSettings = ReturnType<typeof createTriageSettings>;

type TriageHandlers = { [M in keyof TriageResults]: (params: ApiParsedParams<M>) => TriageResults[M] };

export function createTriageHandlers(
  db: Db,
  deps: { engine: TriageEngine; store: RuleStore; settings: TriageSettings; selfAgentId: () => number; onConversationsChanged: (ids: number[]) => void },
): TriageHandlers {
  const { engine, store, settings } = deps;
  const teamName = db.prepare<[number], { name: string }>('SELECT name FROM teams WHERE id = ?');
  return {
    'rules.list': () => store.list(),
    'rules.save': ({ id, enabled, definition }) => store.save({ id, enabled, definition }, deps.selfAgentId()),
    'rules.delete': ({ id }) => store.remove(id, deps.selfAgentId()),
    'rules.setEnabled': ({ id, enabled }) => store.setEnabled(id, enabled, deps.selfAgentId()),
    'rules.reorder': ({ ids }) => store.reorder(ids, deps.selfAgentId()),
    'rules.export': () => ({ json: store.exportJson() }),
    'rules.import': ({ json, mode }) => store.importJson(json, mode, deps.selfAgentId()),
    'rules.dryRun': ({ definition, days }) => engine.dryRun(definition, days),
    'triage.explain': ({ id }) => engine.explain(id),
    'triage.correctIntent': ({ messageId, intent }) => {
      const result = engine.correctIntent(messageId, intent, deps.selfAgentId());
      deps.onConversationsChanged([result.conversationId]);
      return { messageId: result.messageId, intent: result.intent };
    },
    'sla.policies': () =>
      engine.sla.policies().map((p) => ({
        id: p.id,
        name: p.name,
        channel: p.channel,
        priority: p.priority,
        firstResponseMinutes: p.firstResponseMinutes,
        nextResponseMinutes: p.nextResponseMinutes,
        resolutionMinutes: p.resolutionMinutes,
        calendar: p.calendar,
        team: p.teamId === null ? null : (teamName.get(p.teamId)?.name ?? null),
        warnMinutes: p.warnMinutes,
      })),
    'sla.savePolicy': (p) => settings.savePolicy(p),
    'sla.saveBusinessHours': (h) => settings.saveBusinessHours(h),
    'routing.profiles': () => settings.profiles(),
    'routing.saveProfile': (p) => settings.saveProfile(p),
  };
}
