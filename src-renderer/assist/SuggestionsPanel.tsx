// Ranked suggestions for the open conversation: canned replies, articles and replies that closed
// similar conversations. Alt+Enter in the composer (or a click) inserts one; Alt+1..8 picks by rank.
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../src-shared/api/contract-assist';

interface Props {
  items: Suggestion[] | null;
  onInsert: (index: number) => void;
  /** How a suggestion is named in the list (past replies: their first line, filled for this conversation). */
  titleOf?: (s: Suggestion) => string;
}

export function SuggestionsPanel({ items, onInsert, titleOf = (s) => s.title }: Props) {
  const { t } = useTranslation();
  return (
    <section className="assist-suggestions" data-testid="suggestions" aria-label={t('assist.suggestions.label')}>
      <h2 className="assist-heading">
        {t('assist.suggestions.label')} <kbd>Alt+Enter</kbd>
      </h2>
      {items === null ? (
        <p className="muted small">{t('assist.suggestions.loading')}</p>
      ) : items.length === 0 ? (
        <p className="muted small">{t('assist.suggestions.none')}</p>
      ) : (
        <ol className="assist-suggestion-list">
          {items.map((s, index) => (
            <li key={s.key}>
              <button
                type="button"
                className="assist-suggestion"
                data-testid="suggestion"
                data-kind={s.kind}
                title={s.body.slice(0, 300)}
                onMouseDown={(e) => {
                  e.preventDefault();
                  onInsert(index);
                }}
              >
                <kbd>{index + 1}</kbd>
                <span className={`assist-kind assist-kind-${s.kind}`}>{t(`assist.kind.${s.kind}`)}</span>
                <span className="assist-title">{titleOf(s)}</span>
                {s.resolvedCount > 1 && <span className="muted small">{t('assist.suggestions.resolved', { count: s.resolvedCount })}</span>}
                <span className="assist-score" aria-label={t('assist.suggestions.score')}>
                  {Math.round(s.score * 100)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
