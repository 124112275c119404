// The dialogs keys open: command palette, snooze (natural dates), tag, assign, priority, canned reply
// for a selection, merge (conversations or customers), save the current view. One at a time.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerMatch } from '../../src-shared/api/contract-inbox';
import { PRIORITIES } from '../../src-shared/domain/types';
import { findConflicts } from '../../src-shared/keyboard/key-bindings';
import { parseNaturalDate } from '../../src-shared/time/natural-date';
import { call } from '../api/call';
import { formatDateTime } from '../format/format';
import { buildCommands, focusedSubject } from '../keyboard/commands';
import { KeyHint, Keys } from '../keyboard/KeyHint';
import { useConsole } from '../state/console-store';
import { PickerDialog, type PickerItem } from './PickerDialog';

const store = useConsole.getState;
const closeDialog = () => store().openDialog(null);

function useTargetsLabel() {
  const { t } = useTranslation();
  const count = useConsole((s) => s.targets().length);
  return t('bulk.targets', { count });
}

export function ActiveDialog() {
  const dialog = useConsole((s) => s.dialog);
  switch (dialog?.kind) {
    case 'palette':
      return <CommandPalette />;
    case 'snooze':
      return <SnoozeDialog />;
    case 'tag':
      return <TagDialog />;
    case 'assign':
      return <AssignDialog />;
    case 'priority':
      return <PriorityDialog />;
    case 'canned':
      return <CannedDialog />;
    case 'merge':
      return <MergeDialog />;
    case 'saveView':
      return <SaveViewDialog />;
    default:
      return null;
  }
}

function CommandPalette() {
  const { t } = useTranslation();
  const facets = useConsole((s) => s.facets);
  const savedViews = useConsole((s) => s.savedViews);
  const marked = useConsole((s) => s.marked.length);
  const items = useMemo(
    () =>
      buildCommands(facets, savedViews).map((c) => ({
        id: c.id,
        text: c.translate ? t(c.label, c.labelParams) : c.label,
        detail: t(`palette.section.${c.section}`),
        hint: c.keyAction ? <KeyHint action={c.keyAction} /> : c.shortcut ? <Keys sequence={c.shortcut} /> : undefined,
        run: c.run,
      })),
    [facets, savedViews, t],
  );
  const subject = focusedSubject();
  return (
    <PickerDialog
      testId="palette"
      title={t('palette.title')}
      placeholder={t('palette.placeholder')}
      items={items}
      header={<p className="muted small" data-testid="palette-target">{marked ? t('bulk.targets', { count: marked }) : subject ? t('palette.on', { subject }) : ''}</p>}
      onChoose={(item) => {
        closeDialog();
        item.run();
      }}
    />
  );
}

const SNOOZE_PRESETS = ['2h', 'tomorrow 9', 'mon', 'next week'];
const SNOOZE_PRESETS_ZH = ['2小时后', '明天9点', '周一', '下周'];

function SnoozeDialog() {
  const { t } = useTranslation();
  const locale = useConsole((s) => s.locale);
  const targets = useTargetsLabel();
  const presets = (locale === 'zh-CN' ? SNOOZE_PRESETS_ZH : SNOOZE_PRESETS).map((text) => ({ id: text, text }));
  const snooze = (text: string) => {
    const parsed = parseNaturalDate(text, Date.now(), locale);
    if (!parsed) return;
    closeDialog();
    void store().act({ kind: 'snooze', until: parsed.at });
  };
  return (
    <PickerDialog
      testId="snooze"
      title={`${t('snooze.title')} · ${targets}`}
      placeholder={t('snooze.placeholder')}
      items={presets}
      filter={false}
      onChoose={(item, query) => snooze(query.trim() ? query : item.text)}
      onFreeText={snooze}
      below={(query) => {
        if (!query.trim()) return <p className="muted small">{t('snooze.hint')}</p>;
        const parsed = parseNaturalDate(query, Date.now(), locale);
        return parsed ? (
          <p className="picker-preview" data-testid="snooze-preview">
            {t('snooze.until', { when: formatDateTime(parsed.at, locale) })}
          </p>
        ) : (
          <p className="picker-error" role="alert">
            {t('snooze.unknown')}
          </p>
        );
      }}
    />
  );
}

function TagDialog() {
  const { t } = useTranslation();
  const facets = useConsole((s) => s.facets);
  const targets = useTargetsLabel();
  const items = (facets?.tag ?? []).map((f) => ({ id: f.value, text: f.value, detail: String(f.count) }));
  // "-name" removes a tag from the targets.
  const tag = (text: string) => {
    const remove = text.startsWith('-');
    const name = text.replace(/^-/, '').trim();
    if (!name) return;
    closeDialog();
    void store().act({ kind: 'tag', tag: name, remove });
  };
  return (
    <PickerDialog
      testId="tag"
      title={`${t('tag.title')} · ${targets}`}
      placeholder={t('tag.placeholder')}
      items={items}
      onChoose={(item, query) => tag(query.startsWith('-') ? `-${item.text}` : item.text)}
      onFreeText={tag}
    />
  );
}

function AssignDialog() {
  const { t } = useTranslation();
  const agents = useConsole((s) => s.agents);
  const self = useConsole((s) => s.workspace?.currentAgent.id);
  const targets = useTargetsLabel();
  const items: (PickerItem & { agentId: number | null })[] = [
    ...agents.map((a) => ({ id: `a${a.id}`, text: a.id === self ? t('assign.me', { name: a.name }) : a.name, agentId: a.id })),
    { id: 'none', text: t('assign.nobody'), agentId: null },
  ];
  return (
    <PickerDialog
      testId="assign"
      title={`${t('assign.title')} · ${targets}`}
      placeholder={t('assign.placeholder')}
      items={items}
      onChoose={(item) => {
        closeDialog();
        void store().act({ kind: 'assign', agentId: item.agentId });
      }}
    />
  );
}

function PriorityDialog() {
  const { t } = useTranslation();
  const targets = useTargetsLabel();
  const items = PRIORITIES.map((p, i) => ({ id: p, text: t(`priority.${p}`), hint: <kbd>{i + 1}</kbd>, priority: p }));
  return (
    <PickerDialog
      testId="priority"
      title={`${t('priority.title')} · ${targets}`}
      placeholder={t('priority.placeholder')}
      items={items}
      onQuery={(q) => {
        const n = Number(q);
        if (n >= 1 && n <= PRIORITIES.length) {
          closeDialog();
          void store().act({ kind: 'priority', priority: PRIORITIES[n - 1]! });
        }
      }}
      onChoose={(item) => {
        closeDialog();
        void store().act({ kind: 'priority', priority: item.priority });
      }}
    />
  );
}

function CannedDialog() {
  const { t } = useTranslation();
  const canned = useConsole((s) => s.canned);
  const targets = useTargetsLabel();
  // One entry per reply name; the variant in each conversation's language is used when sending.
  const items = useMemo(() => {
    const seen = new Map<string, (typeof canned)[number]>();
    for (const c of canned) if (!seen.has(c.name) || c.language === 'en') seen.set(c.name, c);
    return [...seen.values()].map((c) => ({ id: String(c.id), text: c.name, detail: c.body.slice(0, 60), replyId: c.id }));
  }, [canned]);
  return (
    <PickerDialog
      testId="canned"
      title={`${t('bulk.cannedTitle')} · ${targets}`}
      placeholder={t('bulk.cannedPlaceholder')}
      items={items}
      onChoose={(item) => {
        closeDialog();
        void store().replyWithCanned(item.replyId);
      }}
    />
  );
}

type MergeItem = PickerItem & ({ kind: 'conversation'; targetId: number; sourceId: number } | { kind: 'customer'; targetId: number; sourceId: number });

function MergeDialog() {
  const { t } = useTranslation();
  const marked = useConsole((s) => s.marked);
  const openId = useConsole((s) => s.openId);
  const detail = useConsole((s) => (s.openId !== null ? s.details[s.openId] : undefined));
  const transport = useConsole((s) => s.transport);
  const [customers, setCustomers] = useState<CustomerMatch[]>([]);
  const [query, setQuery] = useState('');

  useEffect(() => {
    const text = query.trim() || detail?.customer?.name || '';
    if (!transport || !text) return;
    let stale = false;
    const timer = setTimeout(() => {
      call(transport, 'customers.search', { query: text, limit: 10 })
        .then((found) => !stale && setCustomers(found))
        .catch(() => {});
    }, 80);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, transport, detail?.customer?.name]);

  const items: MergeItem[] = [];
  if (marked.length === 2) {
    items.push({ id: 'marked', kind: 'conversation', targetId: marked[0]!, sourceId: marked[1]!, text: t('merge.marked') });
  }
  const current = detail?.customer;
  if (openId !== null && detail) {
    for (const other of detail.otherConversations.slice(0, 8)) {
      items.push({ id: `c${other.id}`, kind: 'conversation', targetId: openId, sourceId: other.id, text: t('merge.conversation', { subject: other.subject }), detail: t(`channel.${other.channel}`) });
    }
  }
  if (current) {
    for (const c of customers) {
      if (c.id === current.id) continue;
      items.push({
        id: `u${c.id}`,
        kind: 'customer',
        targetId: current.id,
        sourceId: c.id,
        text: t('merge.customer', { name: c.name }),
        detail: [c.email, c.channels.map((ch) => t(`channel.${ch}`)).join(', '), t('merge.conversations', { count: c.conversationCount })].filter(Boolean).join(' · '),
      });
    }
  }
  return (
    <PickerDialog
      testId="merge"
      title={current ? t('merge.title', { name: current.name }) : t('merge.titlePlain')}
      placeholder={t('merge.placeholder')}
      items={items}
      filter={false}
      onQuery={setQuery}
      onChoose={(item) => {
        closeDialog();
        if (item.kind === 'customer') void store().mergeCustomers(item.targetId, item.sourceId);
        else void store().mergeConversations(item.targetId, item.sourceId);
      }}
    />
  );
}

function SaveViewDialog() {
  const { t } = useTranslation();
  const keymap = useConsole((s) => s.keymap);
  const savedViews = useConsole((s) => s.savedViews);
  const [name, setName] = useState('');
  const [shortcut, setShortcut] = useState('');
  const conflict = useMemo(() => {
    if (!shortcut.trim()) return null;
    const extra = Object.fromEntries(savedViews.filter((v) => v.shortcut).map((v) => [`view:${v.name}`, [v.shortcut!]]));
    const found = findConflicts(keymap, { ...extra, 'view:new': [shortcut.trim()] }).find((c) => c.actions.includes('view:new'));
    return found ? (found.kind === 'invalid' ? found.message ?? '' : t('settings.conflict', { other: found.actions.find((a) => a !== 'view:new') })) : null;
  }, [shortcut, keymap, savedViews, t]);
  const save = async () => {
    if (!name.trim() || conflict) return;
    if (await store().saveView(name.trim(), shortcut.trim() || null)) closeDialog();
  };
  return (
    <div className="overlay" onClick={closeDialog}>
      <form
        className="picker"
        role="dialog"
        aria-modal="true"
        aria-label={t('saveView.title')}
        data-testid="save-view"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            closeDialog();
          }
        }}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2 className="picker-title">{t('saveView.title')}</h2>
        <label className="field">
          {t('saveView.name')}
          <input autoFocus data-testid="save-view-name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          {t('saveView.shortcut')}
          <input data-testid="save-view-shortcut" placeholder="g 1" value={shortcut} onChange={(e) => setShortcut(e.target.value)} />
        </label>
        {conflict && (
          <p className="picker-error" role="alert">
            {conflict}
          </p>
        )}
        <button type="submit" className="primary" disabled={!name.trim() || Boolean(conflict)}>
          {t('saveView.save')}
        </button>
      </form>
    </div>
  );
}
