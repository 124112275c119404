// The form of one rule: name, events, conditions (AND / OR groups, nested), actions, "stop here".
// Plain form controls in reading order, so Tab / Shift+Tab reach everything and screen readers name it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONDITION_FIELDS,
  OPERATORS_BY_KIND,
  RULE_ACTION_TYPES,
  RULE_EVENTS,
  type ConditionField,
  type RuleAction,
  type RuleActionType,
  type RuleCondition,
  type RuleConditionGroup,
  type RuleDefinition,
} from '../../src-shared/domain/rules';
import { PRIORITIES } from '../../src-shared/domain/types';

const LIST_OPS = new Set(['any_of', 'in', 'not_in', 'has_any', 'between']);

function defaultValue(field: ConditionField, op: string): RuleCondition['value'] {
  const kind = CONDITION_FIELDS[field];
  if (LIST_OPS.has(op)) return kind === 'time' ? ['22:00', '06:00'] : [];
  if (kind === 'number') return 0;
  if (kind === 'boolean') return true;
  if (kind === 'time') return '22:00';
  return '';
}

/** Text in the box to the value a rule stores (lists: comma-separated; numbers parsed). */
export function parseValue(field: ConditionField, op: string, text: string): RuleCondition['value'] {
  if (LIST_OPS.has(op)) return text.split(',').map((s) => s.trim()).filter(Boolean);
  if (CONDITION_FIELDS[field] === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}

export function formatValue(value: RuleCondition['value']): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function ValueInput({ condition, label, onChange }: { condition: RuleCondition; label: string; onChange: (value: RuleCondition['value']) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(formatValue(condition.value));
  if (CONDITION_FIELDS[condition.field] === 'boolean') {
    return (
      <select aria-label={label} value={String(condition.value)} onChange={(e) => onChange(e.target.value === 'true')}>
        <option value="true">✓</option>
        <option value="false">✗</option>
      </select>
    );
  }
  return (
    <input
      aria-label={label}
      className="rule-value"
      value={text}
      placeholder={LIST_OPS.has(condition.op) ? t('rules.valueHint') : ''}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseValue(condition.field, condition.op, e.target.value));
      }}
    />
  );
}

function ConditionRow({ condition, path, onChange, onRemove }: { condition: RuleCondition; path: string; onChange: (c: RuleCondition) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const kind = CONDITION_FIELDS[condition.field];
  const ops = OPERATORS_BY_KIND[kind] as readonly string[];
  return (
    <li className="rule-row" data-testid="rule-condition">
      <select
        aria-label={`${t('rules.conditions')} ${path}: field`}
        value={condition.field}
        onChange={(e) => {
          const field = e.target.value as ConditionField;
          const op = (OPERATORS_BY_KIND[CONDITION_FIELDS[field]] as readonly string[])[0]!;
          onChange({ field, op: op as RuleCondition['op'], value: defaultValue(field, op) });
        }}
      >
        {Object.keys(CONDITION_FIELDS).map((f) => (
          <option key={f} value={f}>
            {t(`rules.field.${f}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={`${t('rules.conditions')} ${path}: operator`}
        value={condition.op}
        onChange={(e) => {
          const op = e.target.value as RuleCondition['op'];
          const reshape = LIST_OPS.has(op) !== LIST_OPS.has(condition.op);
          onChange({ ...condition, op, value: reshape ? defaultValue(condition.field, op) : condition.value });
        }}
      >
        {ops.map((op) => (
          <option key={op} value={op}>
            {t(`rules.op.${op}`)}
          </option>
        ))}
      </select>
      <ValueInput key={`${condition.field}:${condition.op}`} condition={condition} label={`${t('rules.conditions')} ${path}: value`} onChange={(value) => onChange({ ...condition, value })} />
      {kind === 'time' && (
        <input
          aria-label={`${t('rules.conditions')} ${path}: ${t('rules.timeZone')}`}
          placeholder={t('rules.timeZone')}
          value={condition.timeZone ?? ''}
          onChange={(e) => {
            const { timeZone: _old, ...rest } = condition;
            onChange(e.target.value ? { ...rest, timeZone: e.target.value } : rest);
          }}
        />
      )}
      <button type="button" className="link-button" onClick={onRemove}>
        {t('rules.remove')}
      </button>
    </li>
  );
}

function GroupEditor({ group, path, onChange, onRemove }: { group: RuleConditionGroup; path: string; onChange: (g: RuleConditionGroup) => void; onRemove?: () => void }) {
  const { t } = useTranslation();
  const set = (i: number, c: RuleCondition | RuleConditionGroup) => onChange({ ...group, conditions: group.conditions.map((x, j) => (j === i ? c : x)) });
  const drop = (i: number) => onChange({ ...group, conditions: group.conditions.filter((_, j) => j !== i) });
  return (
    <fieldset className="rule-group" data-testid="rule-group">
      <legend>
        <select aria-label={`${t('rules.conditions')} ${path}`} value={group.match} onChange={(e) => onChange({ ...group, match: e.target.value as 'all' | 'any' })}>
          <option value="all">{t('rules.matchAll')}</option>
          <option value="any">{t('rules.matchAny')}</option>
        </select>
        {onRemove && (
          <button type="button" className="link-button" onClick={onRemove}>
            {t('rules.remove')}
          </button>
        )}
      </legend>
      <ol className="rule-rows">
        {group.conditions.map((c, i) =>
          'match' in c ? (
            <li key={i}>
              <GroupEditor group={c} path={`${path}.${i + 1}`} onChange={(g) => set(i, g)} onRemove={() => drop(i)} />
            </li>
          ) : (
            <ConditionRow key={i} condition={c} path={`${path}.${i + 1}`} onChange={(x) => set(i, x)} onRemove={() => drop(i)} />
          ),
        )}
      </ol>
      <div className="rule-buttons">
        <button type="button" data-testid="rule-add-condition" onClick={() => onChange({ ...group, conditions: [...group.conditions, { field: 'text', op: 'contains', value: '' }] })}>
          {t('rules.addCondition')}
        </button>
        <button type="button" onClick={() => onChange({ ...group, conditions: [...group.conditions, { match: 'any', conditions: [] }] })}>
          {t('rules.addGroup')}
        </button>
      </div>
    </fieldset>
  );
}

function blankAction(type: RuleActionType): RuleAction {
  switch (type) {
    case 'tag':
    case 'untag':
      return { type, tag: '' };
    case 'set_priority':
      return { type, priority: 'high' };
    case 'assign_agent':
      return { type, agent: 'auto' };
    case 'assign_team':
      return { type, team: '' };
    case 'apply_sla':
      return { type, policy: '' };
    case 'snooze':
      return { type, hours: 24 };
    case 'add_note':
      return { type, text: '' };
    case 'reply_canned':
      return { type, cannedReply: '' };
    case 'escalate':
      return { type, reason: '' };
    case 'close':
    case 'mark_no_response_needed':
      return { type };
  }
}

/** The one parameter of an action, if it has one. */
function actionParam(action: RuleAction): [string, string | number] | null {
  const entries = Object.entries(action).filter(([k]) => k !== 'type');
  return entries.length ? (entries[0] as [string, string | number]) : null;
}

function ActionRow({ action, index, onChange, onRemove }: { action: RuleAction; index: number; onChange: (a: RuleAction) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const param = actionParam(action);
  return (
    <li className="rule-row" data-testid="rule-action">
      <select aria-label={`${t('rules.actions')} ${index + 1}`} value={action.type} onChange={(e) => onChange(blankAction(e.target.value as RuleActionType))}>
        {RULE_ACTION_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`rules.action.${type}`)}
          </option>
        ))}
      </select>
      {param &&
        (param[0] === 'priority' ? (
          <select aria-label={t('rules.param.priority')} value={String(param[1])} onChange={(e) => onChange({ ...action, priority: e.target.value } as RuleAction)}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        ) : (
          <input
            aria-label={t(`rules.param.${param[0]}`)}
            placeholder={t(`rules.param.${param[0]}`)}
            type={param[0] === 'hours' ? 'number' : 'text'}
            value={String(param[1])}
            onChange={(e) => onChange({ ...action, [param[0]]: param[0] === 'hours' ? Number(e.target.value) : e.target.value } as RuleAction)}
          />
        ))}
      <button type="button" className="link-button" onClick={onRemove}>
        {t('rules.remove')}
      </button>
    </li>
  );
}

export function RuleEditor({ definition, enabled, isNew, onChange }: { definition: RuleDefinition; enabled: boolean; isNew: boolean; onChange: (d: RuleDefinition, enabled?: boolean) => void }) {
  const { t } = useTranslation();
  const update = (patch: Partial<RuleDefinition>) => onChange({ ...definition, ...patch });
  return (
    <div className="rule-editor" data-testid="rule-editor">
      <label className="rule-field">
        <span>{t('rules.name')}</span>
        {/* A new rule starts in its name; an existing one leaves focus on the list (j / k keep working). */}
        <input data-testid="rule-name" value={definition.name} onChange={(e) => update({ name: e.target.value })} autoFocus={isNew} />
      </label>
      <label className="rule-check">
        <input type="checkbox" data-testid="rule-enabled" checked={enabled} onChange={(e) => onChange(definition, e.target.checked)} />
        {t('rules.enabled')}
      </label>
      <fieldset className="rule-events">
        <legend>{t('rules.events')}</legend>
        {RULE_EVENTS.map((event) => (
          <label key={event} className="rule-check">
            <input
              type="checkbox"
              checked={definition.events.includes(event)}
              onChange={(e) => update({ events: e.target.checked ? [...definition.events, event] : definition.events.filter((x) => x !== event) })}
            />
            {t(`rules.event.${event}`)}
          </label>
        ))}
        {definition.events.includes('customer.silent') && (
          <label className="rule-field">
            <span>{t('rules.silentHours')}</span>
            <input type="number" min={1} value={definition.silentHours ?? ''} onChange={(e) => update({ silentHours: e.target.value === '' ? undefined : Number(e.target.value) })} />
          </label>
        )}
      </fieldset>
      <h3>{t('rules.conditions')}</h3>
      <GroupEditor group={definition.conditions} path="1" onChange={(conditions) => update({ conditions })} />
      <h3>{t('rules.actions')}</h3>
      <ol className="rule-rows">
        {definition.actions.map((a, i) => (
          <ActionRow
            key={i}
            action={a}
            index={i}
            onChange={(x) => update({ actions: definition.actions.map((y, j) => (j === i ? x : y)) })}
            onRemove={() => update({ actions: definition.actions.filter((_, j) => j !== i) })}
          />
        ))}
      </ol>
      <button type="button" data-testid="rule-add-action" onClick={() => update({ actions: [...definition.actions, blankAction('tag')] })}>
        {t('rules.addAction')}
      </button>
      <label className="rule-check">
        <input type="checkbox" data-testid="rule-stop" checked={definition.stop} onChange={(e) => update({ stop: e.target.checked })} />
        {t('rules.stop')}
      </label>
    </div>
  );
}
