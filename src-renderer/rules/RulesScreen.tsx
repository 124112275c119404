// The rules screen (g r): the ordered list on the left, the selected rule's form on the right, the
// dry run below it, import / export in a panel. Keys work whenever focus is not in a form field:
// j / k select, Enter edits, Space switches on / off, Alt+↑ / Alt+↓ move, n new, Delete deletes (twice);
// Ctrl/Cmd+S saves and Ctrl/Cmd+D dry-runs from anywhere on the screen, fields included; Esc leaves a
// field, then the screen.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTyping } from '../keyboard/typing';
import { useConsole } from '../state/console-store';
import { useRules } from './rules-store';
import { RuleEditor } from './RuleEditor';

function useRuleKeys() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const r = useRules.getState();
      const mod = event.ctrlKey || event.metaKey;
      const handled = () => {
        event.preventDefault();
        event.stopPropagation();
      };
      if (mod && event.key.toLowerCase() === 's') return handled(), void r.save();
      if (mod && event.key.toLowerCase() === 'd') return handled(), void r.runDryRun();
      // Esc in a field leaves the field (a second Esc leaves the screen).
      if (event.key === 'Escape' && isTyping(event)) return handled(), (event.target as HTMLElement).blur();
      if (isTyping(event) || mod) return;
      if (event.altKey && event.key === 'ArrowUp') return handled(), void r.move(-1);
      if (event.altKey && event.key === 'ArrowDown') return handled(), void r.move(1);
      switch (event.key) {
        case 'j':
        case 'ArrowDown':
          return handled(), r.select(r.selected + 1);
        case 'k':
        case 'ArrowUp':
          return handled(), r.select(r.selected - 1);
        case 'n':
          return handled(), r.create();
        case 'Enter':
          if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) return;
          handled();
          r.edit();
          return document.querySelector<HTMLInputElement>('[data-testid="rule-name"]')?.focus();
        case ' ':
          // Space on a focused button or checkbox keeps its own meaning.
          if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLInputElement) return;
          return handled(), void r.toggle();
        case 'Delete':
          return handled(), void r.remove();
      }
    };
    // Capture: the screen's keys win over the inbox's global ones (j / k / e ...).
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

function ImportExport() {
  const { t } = useTranslation();
  const exported = useRules((s) => s.exported);
  const importing = useRules((s) => s.importing);
  const [json, setJson] = useState('');
  const [mode, setMode] = useState<'append' | 'replace'>('append');
  if (exported !== null) {
    return (
      <section className="rules-io" data-testid="rules-export">
        <p>{t('rules.exportHint')}</p>
        <textarea readOnly value={exported} rows={12} data-testid="rules-export-json" onFocus={(e) => e.target.select()} />
        <button type="button" onClick={() => useRules.getState().closeExport()}>
          {t('rules.close')}
        </button>
      </section>
    );
  }
  if (!importing) return null;
  return (
    <section className="rules-io" data-testid="rules-import">
      <textarea aria-label={t('rules.import')} placeholder={t('rules.importPlaceholder')} rows={10} value={json} onChange={(e) => setJson(e.target.value)} data-testid="rules-import-json" autoFocus />
      <label className="rule-check">
        <input type="radio" name="import-mode" checked={mode === 'append'} onChange={() => setMode('append')} />
        {t('rules.importAppend')}
      </label>
      <label className="rule-check">
        <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} data-testid="rules-import-replace" />
        {t('rules.importReplace')}
      </label>
      <button type="button" data-testid="rules-import-do" onClick={() => void useRules.getState().importRules(json, mode)}>
        {t('rules.importDo')}
      </button>
      <button type="button" onClick={() => useRules.getState().setImporting(false)}>
        {t('rules.close')}
      </button>
    </section>
  );
}

function DryRun() {
  const { t } = useTranslation();
  const result = useRules((s) => s.dryRun);
  const openConversation = useConsole((s) => s.openConversation);
  if (!result) return null;
  return (
    <section className="dry-run" data-testid="dry-run" aria-live="polite">
      <h3 data-testid="dry-run-summary">{t('rules.dryRunResult', { count: result.matched, days: result.days })}</h3>
      <p className="muted">{t('rules.dryRunScanned', { scanned: result.scanned })}</p>
      <ol className="dry-run-list">
        {result.items.map((item) => (
          <li key={item.conversationId}>
            <button type="button" className="link-button" data-testid="dry-run-item" onClick={() => void openConversation(item.conversationId)}>
              {item.customerName} · {item.subject}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function RulesScreen() {
  const { t } = useTranslation();
  useRuleKeys();
  const rules = useRules((s) => s.rules);
  const selected = useRules((s) => s.selected);
  const draft = useRules((s) => s.draft);
  const error = useRules((s) => s.error);
  const dirty = useRules((s) => s.dirty);
  const confirmDelete = useRules((s) => s.confirmDelete);
  const dryRunning = useRules((s) => s.dryRunning);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    void useRules.getState().load();
  }, []);
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const r = useRules.getState();
  const confirming = rules.find((x) => x.id === confirmDelete);
  return (
    <div className="rules-screen" data-testid="rules-screen">
      <section className="rules-list-pane">
        <header className="rules-toolbar">
          <h2>{t('rules.title')}</h2>
          <button type="button" data-testid="rules-new" onClick={() => r.create()}>
            {t('rules.new')} (n)
          </button>
          <button type="button" data-testid="rules-export-button" onClick={() => void r.exportRules()}>
            {t('rules.export')}
          </button>
          <button type="button" data-testid="rules-import-button" onClick={() => r.setImporting(true)}>
            {t('rules.import')}
          </button>
        </header>
        <p className="muted rules-keys">{t('rules.keys')}</p>
        {rules.length === 0 ? (
          <p className="empty-state">{t('rules.empty')}</p>
        ) : (
          <ol className="rules-list" role="listbox" aria-label={t('rules.list')} ref={listRef} data-testid="rules-list">
            {rules.map((rule, i) => (
              <li
                key={rule.id}
                role="option"
                aria-selected={i === selected}
                data-testid="rule-item"
                data-rule-id={rule.id}
                className={`rule-item${i === selected ? ' rule-item-selected' : ''}${rule.enabled ? '' : ' rule-item-off'}`}
                onClick={() => r.select(i)}
              >
                <span className="rule-position">{i + 1}</span>
                <span className="rule-name">{rule.definition.name}</span>
                {!rule.enabled && <span className="badge">{t('rules.off')}</span>}
                {rule.definition.stop && <span className="badge">{t('rules.stopBadge')}</span>}
              </li>
            ))}
          </ol>
        )}
        {confirming && (
          <p role="alert" className="rules-confirm" data-testid="rules-confirm-delete">
            {t('rules.deleteConfirm', { name: confirming.definition.name })}
          </p>
        )}
        <ImportExport />
      </section>
      <section className="rules-edit-pane">
        {draft ? (
          <>
            {dirty && (
              <p className="muted" role="status" data-testid="rules-unsaved">
                {t('rules.unsaved', { name: draft.definition.name || t('rules.untitled') })}
              </p>
            )}
            <RuleEditor key={draft.id ?? 'new'} definition={draft.definition} enabled={draft.enabled} isNew={draft.id === undefined} onChange={(d, enabled) => r.change(d, enabled)} />
            {error && (
              <p role="alert" className="rules-error" data-testid="rules-error">
                {error}
              </p>
            )}
            <div className="rule-buttons">
              <button type="button" data-testid="rule-save" className="primary" onClick={() => void r.save()} disabled={!dirty}>
                {t('rules.save')} (Ctrl+S)
              </button>
              <button type="button" data-testid="rule-dry-run" onClick={() => void r.runDryRun()} disabled={dryRunning}>
                {t('rules.dryRun')} (Ctrl+D)
              </button>
              {draft.id !== undefined && (
                <button type="button" onClick={() => void r.remove()}>
                  {t('rules.delete')} (Delete)
                </button>
              )}
            </div>
            <DryRun />
          </>
        ) : (
          <p className="empty-state">{error ?? t('rules.select')}</p>
        )}
      </section>
    </div>
  );
}
