// `/` focuses this field. Text and operators (from: channel: order: tag: lang: intent: is: before:
// after:) search every conversation as you type; Enter or Esc go back to the list, where j/k, x and
// every action work on the results; Esc in the list clears the search.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFilters } from './search-chips';
import { useConsole } from '../state/console-store';

export function SearchBar() {
  const { t } = useTranslation();
  const spec = useConsole((s) => s.spec);
  const total = useConsole((s) => s.total);
  const errors = useConsole((s) => s.searchErrors);
  const searchFocus = useConsole((s) => s.searchFocus);
  const search = useConsole((s) => s.search);
  const [text, setText] = useState(spec.query ?? '');
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (searchFocus > 0) {
      ref.current?.focus();
      ref.current?.select();
    }
  }, [searchFocus]);
  // Leaving the search (Esc, another view) empties the field.
  useEffect(() => {
    if (!spec.query) setText('');
  }, [spec.query]);

  useEffect(() => {
    if (text.trim() === (spec.query ?? '').trim()) return;
    const timer = setTimeout(() => void search(text), 120);
    return () => clearTimeout(timer);
  }, [text, spec.query, search]);

  const chips = spec.query ? describeFilters(spec.query) : [];
  return (
    <div className="search-bar" role="search">
      <input
        ref={ref}
        type="search"
        data-testid="search-input"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'Escape' || e.key === 'ArrowDown') {
            e.preventDefault();
            if (e.key === 'Enter') void search(text);
            if (e.key === 'Escape' && !text) void search('');
            ref.current?.blur();
          }
        }}
      />
      {spec.query && (
        <div className="search-summary" data-testid="search-summary" aria-live="polite">
          {chips.map((chip) => (
            <span key={chip} className="chip chip-filter">
              {chip}
            </span>
          ))}
          <span className="muted small">{t('search.results', { count: total })}</span>
          {errors.map((e) => (
            <span key={e.token} className="picker-error small" role="alert">
              {e.message}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
