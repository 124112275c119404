// The canned-reply library: folders, language variants, usage, the 90-day review, a preview on the
// open conversation, and import / export as JSON.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CannedExportFile, CannedReplyFull } from '../../../src-shared/api/contract-assist';
import { renderCanned } from '../../../src-shared/assist/canned/render-canned';
import { TEMPLATE_VARIABLES } from '../../../src-shared/templates/render-template';
import { INTENTS, type Intent } from '../../../src-shared/domain/triage';
import { useConsole } from '../../state/console-store';
import { conversationOrder } from '../composer-assist-logic';
import { downloadText } from './download';
import { libraryCall } from './library-api';

type Draft = Omit<CannedReplyFull, 'id' | 'usageCount' | 'lastUsedAt' | 'createdAt' | 'updatedAt'> & { id?: number };
const EMPTY: Draft = { name: '', shortcut: null, folder: null, language: 'en', body: '', intents: [] };

export function CannedTab() {
  const { t } = useTranslation();
  const [replies, setReplies] = useState<CannedReplyFull[]>([]);
  const [stale, setStale] = useState<Set<number>>(new Set());
  const [onlyStale, setOnlyStale] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(null);
  const openId = useConsole((s) => s.openId);
  const detail = useConsole((s) => (s.openId !== null ? s.details[s.openId] : undefined));
  const agent = useConsole((s) => s.workspace?.currentAgent ?? null);
  const toast = useConsole((s) => s.toast);

  async function reload() {
    const [list, review] = await Promise.all([libraryCall('canned.listFull', {}), libraryCall('canned.review', { days: 90 })]);
    if (list) setReplies(list);
    if (review) setStale(new Set(review.stale.map((r) => r.id)));
  }
  useEffect(() => {
    void reload();
  }, []);

  const folders = useMemo(() => {
    const map = new Map<string, CannedReplyFull[]>();
    for (const r of replies) {
      if (onlyStale && !stale.has(r.id)) continue;
      const key = r.folder ?? t('assist.library.noFolder');
      map.set(key, [...(map.get(key) ?? []), r]);
    }
    return [...map.entries()];
  }, [replies, stale, onlyStale, t]);

  const preview = draft && detail ? renderCanned(draft.body, { customer: detail.customer, order: conversationOrder(detail), agent, language: draft.language }) : null;

  async function save() {
    if (!draft) return;
    const saved = await libraryCall('canned.save', { ...draft, shortcut: draft.shortcut || null, folder: draft.folder || null });
    if (saved) {
      setDraft(null);
      await reload();
    }
  }

  async function importFile(file: File) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      toast('error', t('assist.library.badJson', { name: file.name }));
      return;
    }
    const result = await libraryCall('canned.import', { file: parsed as CannedExportFile });
    if (result) {
      toast('info', t('assist.library.imported', { created: result.created, updated: result.updated }));
      await reload();
    }
  }

  return (
    <div className="library-tab" data-testid="canned-library">
      <div className="library-toolbar">
        <button type="button" onClick={() => setDraft({ ...EMPTY })}>
          {t('assist.library.new')}
        </button>
        <label>
          <input type="checkbox" checked={onlyStale} onChange={(e) => setOnlyStale(e.target.checked)} /> {t('assist.library.stale', { count: stale.size })}
        </label>
        <button
          type="button"
          onClick={async () => {
            const file = await libraryCall('canned.export', {});
            if (file) downloadText('canned-replies.json', JSON.stringify(file, null, 2), 'application/json');
          }}
        >
          {t('assist.library.export')}
        </button>
        <label className="file-button">
          {t('assist.library.import')}
          <input type="file" accept="application/json,.json" onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
        </label>
      </div>
      <div className="library-columns">
        <div className="library-list">
          {folders.map(([folder, items]) => (
            <section key={folder}>
              <h3>{folder}</h3>
              <ul>
                {items.map((r) => (
                  <li key={r.id}>
                    <button type="button" className="link-button" onClick={() => setDraft({ ...r })}>
                      {r.name}
                    </button>{' '}
                    <span className="lang">{r.language.toUpperCase()}</span> {r.shortcut && <kbd>/{r.shortcut}</kbd>}{' '}
                    <span className="muted small">{t('assist.library.used', { count: r.usageCount })}</span>
                    {stale.has(r.id) && <span className="chip-stale">{t('assist.library.notUsed')}</span>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        {draft && (
          <form
            className="library-form"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label>
              {t('assist.library.name')}
              <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} required />
            </label>
            <label>
              {t('assist.library.shortcut')}
              <input value={draft.shortcut ?? ''} onChange={(e) => setDraft({ ...draft, shortcut: e.target.value })} />
            </label>
            <label>
              {t('assist.library.folder')}
              <input value={draft.folder ?? ''} onChange={(e) => setDraft({ ...draft, folder: e.target.value })} />
            </label>
            <label>
              {t('assist.library.language')}
              <input value={draft.language} onChange={(e) => setDraft({ ...draft, language: e.target.value })} required />
            </label>
            <label>
              {t('assist.library.intents')}
              <select multiple value={draft.intents} onChange={(e) => setDraft({ ...draft, intents: [...e.target.selectedOptions].map((o) => o.value as Intent) })}>
                {INTENTS.map((i) => (
                  <option key={i} value={i}>
                    {i}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('assist.library.body')}
              <textarea rows={8} value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} required />
            </label>
            <p className="muted small">
              {t('assist.library.variables')} {Object.keys(TEMPLATE_VARIABLES).map((v) => `{{${v}}}`).join(' ')} · {t('assist.library.promptHint')} <code>{'{{prompt:…}}'}</code>
            </p>
            {preview && (
              <div className="library-preview" data-testid="canned-preview">
                <strong>{t('assist.library.preview', { id: openId })}</strong>
                <pre>{preview.text}</pre>
                {preview.missing.length > 0 && <p className="composer-warning">{t('composer.missing', { names: preview.missing.join(', ') })}</p>}
                {preview.unknown.length > 0 && <p className="composer-warning">{t('composer.unknown', { names: preview.unknown.join(', ') })}</p>}
              </div>
            )}
            <div className="library-actions">
              <button type="submit" className="primary">
                {t('assist.library.save')}
              </button>
              {draft.id !== undefined && (
                <button type="button" onClick={() => setDraft({ name: draft.name, shortcut: draft.shortcut, folder: draft.folder, intents: draft.intents, language: '', body: draft.body })}>
                  {t('assist.library.addLanguage')}
                </button>
              )}
              {draft.id !== undefined && (
                <button
                  type="button"
                  className="danger"
                  onClick={async () => {
                    if (await libraryCall('canned.delete', { id: draft.id! })) {
                      setDraft(null);
                      await reload();
                    }
                  }}
                >
                  {t('assist.library.delete')}
                </button>
              )}
              <button type="button" onClick={() => setDraft(null)}>
                {t('assist.override.cancel')}
              </button>
            </div>
          </form>
        )}
      </div>
    </div>
  );
}
