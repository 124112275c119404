// The rule editor's state: the rules in order, which one is selected, the draft being edited, the dry
// run of the draft, and import / export. Every change goes through the core, which validates it and
// answers with a sentence when something is wrong; the draft is kept so nothing typed is lost.
import { create } from 'zustand';
import type { DryRunResult, RuleDefinition, RuleRecord } from '../../src-shared/domain/rules';
import { call } from '../api/call';
import { useConsole } from '../state/console-store';

export interface RulesState {
  rules: RuleRecord[];
  selected: number;
  /** The rule being edited (id undefined: a new one). */
  draft: { id?: number; enabled: boolean; definition: RuleDefinition } | null;
  dirty: boolean;
  error: string | null;
  dryRun: DryRunResult | null;
  dryRunning: boolean;
  exported: string | null;
  importing: boolean;
  confirmDelete: number | null;
  load(): Promise<void>;
  select(index: number): void;
  edit(index?: number): void;
  create(): void;
  change(definition: RuleDefinition, enabled?: boolean): void;
  save(): Promise<boolean>;
  toggle(index?: number): Promise<void>;
  move(delta: -1 | 1): Promise<void>;
  remove(): Promise<void>;
  runDryRun(): Promise<void>;
  exportRules(): Promise<void>;
  importRules(json: string, mode: 'append' | 'replace'): Promise<boolean>;
  setImporting(open: boolean): void;
  closeExport(): void;
}

export function blankRule(name: string): RuleDefinition {
  return { name, events: ['message.received'], conditions: { match: 'all', conditions: [{ field: 'text', op: 'contains', value: '' }] }, actions: [{ type: 'tag', tag: '' }], stop: false };
}

const transport = () => {
  const t = useConsole.getState().transport;
  if (!t) throw new Error('not connected');
  return t;
};
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const useRules = create<RulesState>((set, get) => ({
  rules: [],
  selected: 0,
  draft: null,
  dirty: false,
  error: null,
  dryRun: null,
  dryRunning: false,
  exported: null,
  importing: false,
  confirmDelete: null,

  async load() {
    try {
      const rules = await call(transport(), 'rules.list', {});
      set((s) => ({ rules, selected: Math.min(s.selected, Math.max(0, rules.length - 1)) }));
      if (!get().draft && rules.length) get().edit(get().selected);
    } catch (error) {
      set({ error: message(error) });
    }
  },

  select(index) {
    const { rules } = get();
    if (rules.length === 0) return;
    const next = Math.max(0, Math.min(index, rules.length - 1));
    set({ selected: next, confirmDelete: null });
    if (!get().dirty) get().edit(next);
  },

  edit(index) {
    const rule = get().rules[index ?? get().selected];
    if (!rule) return;
    set({ draft: { id: rule.id, enabled: rule.enabled, definition: structuredClone(rule.definition) }, dirty: false, error: null, dryRun: null });
  },

  create() {
    set({ draft: { enabled: true, definition: blankRule('') }, dirty: true, error: null, dryRun: null });
  },

  change(definition, enabled) {
    const draft = get().draft;
    if (!draft) return;
    set({ draft: { ...draft, definition, enabled: enabled ?? draft.enabled }, dirty: true, dryRun: null });
  },

  async save() {
    const draft = get().draft;
    if (!draft) return false;
    try {
      const saved = await call(transport(), 'rules.save', draft.id === undefined ? { enabled: draft.enabled, definition: draft.definition } : { id: draft.id, enabled: draft.enabled, definition: draft.definition });
      const rules = await call(transport(), 'rules.list', {});
      set({ rules, selected: Math.max(0, rules.findIndex((r) => r.id === saved.id)), draft: { id: saved.id, enabled: saved.enabled, definition: saved.definition }, dirty: false, error: null });
      return true;
    } catch (error) {
      set({ error: message(error) });
      return false;
    }
  },

  async toggle(index) {
    const rule = get().rules[index ?? get().selected];
    if (!rule) return;
    try {
      const updated = await call(transport(), 'rules.setEnabled', { id: rule.id, enabled: !rule.enabled });
      set((s) => ({
        rules: s.rules.map((r) => (r.id === updated.id ? updated : r)),
        draft: s.draft?.id === updated.id ? { ...s.draft, enabled: updated.enabled } : s.draft,
      }));
    } catch (error) {
      set({ error: message(error) });
    }
  },

  async move(delta) {
    const { rules, selected } = get();
    const target = selected + delta;
    if (target < 0 || target >= rules.length) return;
    const ids = rules.map((r) => r.id);
    [ids[selected], ids[target]] = [ids[target]!, ids[selected]!];
    try {
      set({ rules: await call(transport(), 'rules.reorder', { ids }), selected: target });
    } catch (error) {
      set({ error: message(error) });
    }
  },

  async remove() {
    const rule = get().rules[get().selected];
    if (!rule) return;
    // Deleting asks twice: the first press arms, the second deletes.
    if (get().confirmDelete !== rule.id) return set({ confirmDelete: rule.id });
    try {
      await call(transport(), 'rules.delete', { id: rule.id });
      set({ confirmDelete: null, draft: null, dirty: false });
      await get().load();
    } catch (error) {
      set({ error: message(error) });
    }
  },

  async runDryRun() {
    const draft = get().draft;
    if (!draft) return;
    set({ dryRunning: true });
    try {
      set({ dryRun: await call(transport(), 'rules.dryRun', { definition: draft.definition, days: 30 }), error: null });
    } catch (error) {
      set({ error: message(error), dryRun: null });
    } finally {
      set({ dryRunning: false });
    }
  },

  async exportRules() {
    try {
      set({ exported: (await call(transport(), 'rules.export', {})).json, importing: false });
    } catch (error) {
      set({ error: message(error) });
    }
  },

  async importRules(json, mode) {
    try {
      const rules = await call(transport(), 'rules.import', { json, mode });
      set({ rules, importing: false, error: null, draft: null, dirty: false, selected: 0 });
      get().edit(0);
      return true;
    } catch (error) {
      set({ error: message(error) });
      return false;
    }
  },

  setImporting(open) {
    set({ importing: open, exported: null });
  },

  closeExport() {
    set({ exported: null });
  },
}));
