// The enabled rules in their order, compiled once and recompiled only after an edit. A stored rule
// that no longer validates (hand-edited database, older format) is skipped and reported, never run.
import type { Db } from '../../db/open-database';
import { ruleDefinitionSchema } from '../../../src-shared/api/schemas-triage';
import type { RuleEvent } from '../../../src-shared/domain/rules';
import { compileRule, type CompiledRule } from './compile-rule';

export interface RuleSet {
  /** Enabled rules listening to `event`, in order. */
  forEvent(event: RuleEvent): readonly CompiledRule[];
  all(): readonly CompiledRule[];
  invalidate(): void;
  /** Rules that could not be compiled, with why. */
  broken(): { id: number; error: string }[];
}

export function createRuleSet(db: Db): RuleSet {
  const stmt = db.prepare<[], { id: number; definition_json: string }>('SELECT id, definition_json FROM rules WHERE enabled = 1 ORDER BY position, id');
  let compiled: CompiledRule[] | null = null;
  let byEvent = new Map<RuleEvent, CompiledRule[]>();
  let broken: { id: number; error: string }[] = [];

  function load() {
    if (compiled) return compiled;
    broken = [];
    compiled = [];
    for (const row of stmt.all()) {
      try {
        const parsed = ruleDefinitionSchema.safeParse(JSON.parse(row.definition_json));
        if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        compiled.push(compileRule(row.id, parsed.data));
      } catch (error) {
        broken.push({ id: row.id, error: (error as Error).message });
      }
    }
    byEvent = new Map();
    for (const rule of compiled) {
      for (const event of rule.events) {
        const list = byEvent.get(event) ?? [];
        list.push(rule);
        byEvent.set(event, list);
      }
    }
    return compiled;
  }

  return {
    forEvent(event) {
      load();
      return byEvent.get(event) ?? [];
    },
    all: load,
    invalidate() {
      compiled = null;
    },
    broken() {
      load();
      return broken;
    },
  };
}
