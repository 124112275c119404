// Knowledge-base articles: search (Latin and CJK), edit per language, export as a static help page,
// and the gap report of questions no article answers.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KbArticle, KbGapRow } from '../../../src-shared/api/contract-assist';
import { INTENTS, type Intent } from '../../../src-shared/domain/triage';
import { downloadText } from './download';
import { libraryCall } from './library-api';

type Draft = Omit<KbArticle, 'id' | 'updatedAt'> & { id?: number };

export function KnowledgeTab() {
  const { t } = useTranslation();
  const [articles, setArticles] = useState<KbArticle[]>([]);
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [gaps, setGaps] = useState<KbGapRow[] | null>(null);
  const [exported, setExported] = useState<{ name: string; html: string }[]>([]);

  // Only the latest request's answer is shown: an earlier, slower one must not replace it.
  const latest = useRef(0);
  async function reload(q = query) {
    const mine = ++latest.current;
    const found = q.trim() ? (await libraryCall('kb.search', { query: q, limit: 50 }))?.map((h) => h.article) : await libraryCall('kb.list', {});
    if (found && mine === latest.current) setArticles(found);
  }
  useEffect(() => {
    void reload('');
  }, []);

  return (
    <div className="library-tab" data-testid="kb-library">
      <div className="library-toolbar">
        <input
          type="search"
          placeholder={t('assist.library.searchKb')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            void reload(e.target.value);
          }}
        />
        <button type="button" onClick={() => setDraft({ slug: '', language: 'en', title: '', body: '', intents: [] })}>
          {t('assist.library.new')}
        </button>
        <button
          type="button"
          onClick={async () => {
            const result = await libraryCall('kb.exportHtml', { siteName: t('assist.library.helpSite') });
            if (result) setExported(result.files);
          }}
        >
          {t('assist.library.exportHtml')}
        </button>
        <button type="button" onClick={async () => setGaps(await libraryCall('kb.gapReport', { limit: 2_000 }))}>
          {t('assist.library.gaps')}
        </button>
      </div>
      {exported.length > 0 && (
        <p className="small export-links" data-testid="kb-export-files">
          {exported.map((f) => (
            <button key={f.name} type="button" className="link-button" onClick={() => downloadText(f.name, f.html, 'text/html')}>
              {f.name}
            </button>
          ))}
        </p>
      )}
      {gaps && (
        <table className="gap-table" data-testid="gap-report">
          <thead>
            <tr>
              <th>{t('assist.library.intent')}</th>
              <th>{t('assist.library.closed')}</th>
              <th>{t('assist.library.withoutArticle')}</th>
              <th>{t('assist.library.examples')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((g) => (
              <tr key={g.intent}>
                <td>{g.intent}</td>
                <td>{g.conversations}</td>
                <td>{g.withoutArticle}</td>
                <td className="small">{g.examples.slice(0, 3).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="library-columns">
        <ul className="library-list">
          {articles.map((a) => (
            <li key={a.id}>
              <button type="button" className="link-button" onClick={() => setDraft({ ...a })}>
                {a.title}
              </button>{' '}
              <span className="lang">{a.language.toUpperCase()}</span>
            </li>
          ))}
        </ul>
        {draft && (
          <form
            className="library-form"
            onSubmit={async (e) => {
              e.preventDefault();
              if (await libraryCall('kb.save', draft)) {
                setDraft(null);
                await reload();
              }
            }}
          >
            <label>
              {t('assist.library.slug')}
              <input value={draft.slug} onChange={(e) => setDraft({ ...draft, slug: e.target.value })} required />
            </label>
            <label>
              {t('assist.library.language')}
              <input value={draft.language} onChange={(e) => setDraft({ ...draft, language: e.target.value })} required />
            </label>
            <label>
              {t('assist.library.title')}
              <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} required />
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
              <textarea rows={10} value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} required />
            </label>
            <div className="library-actions">
              <button type="submit" className="primary">
                {t('assist.library.save')}
              </button>
              {draft.id !== undefined && (
                <button
                  type="button"
                  className="danger"
                  onClick={async () => {
                    if (await libraryCall('kb.delete', { id: draft.id! })) {
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
