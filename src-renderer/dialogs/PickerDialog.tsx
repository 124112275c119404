// One keyboard dialog for every picker (palette, assign, tag, priority, canned reply, merge): a
// text field, a fuzzy-filtered list, ↑/↓ (or Ctrl+N/P) to move, Enter to choose, Esc to close.
import { useEffect, useId, useMemo, useRef, useState, type ReactNode, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fuzzyFilter } from '../palette/fuzzy';
import { useConsole } from '../state/console-store';

export interface PickerItem {
  id: string;
  text: string;
  hint?: ReactNode;
  detail?: string;
}

interface Props<T extends PickerItem> {
  testId: string;
  title: string;
  placeholder: string;
  items: readonly T[];
  onChoose: (item: T, query: string) => void;
  /** When given, Enter with no matching item calls this with the typed text (e.g. a new tag). */
  onFreeText?: (text: string) => void;
  /** Extra content under the field (a parsed date, an error). */
  below?: (query: string) => ReactNode;
  /** Items computed from the query (e.g. a server search) instead of filtering `items`. */
  filter?: boolean;
  onQuery?: (query: string) => void;
  header?: ReactNode;
}

export function PickerDialog<T extends PickerItem>({ testId, title, placeholder, items, onChoose, onFreeText, below, filter = true, onQuery, header }: Props<T>) {
  const { t } = useTranslation();
  const close = () => useConsole.getState().openDialog(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hits = useMemo(() => (filter ? fuzzyFilter(items, query, (i) => i.text) : items.map((item) => ({ item, indexes: [] as readonly number[] }))), [items, query, filter]);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const down = event.key === 'ArrowDown' || (event.ctrlKey && event.key === 'n');
    const up = event.key === 'ArrowUp' || (event.ctrlKey && event.key === 'p');
    if (down || up) {
      event.preventDefault();
      if (hits.length) setActive((a) => (a + (down ? 1 : -1) + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit) onChoose(hit.item, query);
      else if (onFreeText && query.trim()) onFreeText(query.trim());
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  }

  return (
    <div className="overlay" onClick={close}>
      <div className="picker" role="dialog" aria-modal="true" aria-label={title} data-testid={testId} onClick={(e) => e.stopPropagation()}>
        <h2 className="picker-title">{title}</h2>
        {header}
        <input
          ref={input}
          className="picker-input"
          data-testid={`${testId}-input`}
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
          aria-label={title}
          placeholder={placeholder}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            onQuery?.(e.target.value);
          }}
          onKeyDown={onKeyDown}
        />
        {below?.(query)}
        <ul className="picker-list" id={listId} role="listbox" aria-label={title}>
          {hits.map(({ item, indexes }, index) => (
            <li
              key={item.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              data-testid={`${testId}-option`}
              className={index === active ? 'picker-option picker-option-active' : 'picker-option'}
              onMouseDown={(e) => {
                e.preventDefault();
                onChoose(item, query);
              }}
            >
              <span className="picker-text">{highlight(item.text, indexes)}</span>
              {item.detail && <span className="muted small">{item.detail}</span>}
              {item.hint && <span className="picker-hint">{item.hint}</span>}
            </li>
          ))}
          {hits.length === 0 && <li className="muted small picker-empty">{onFreeText && query.trim() ? t('picker.create', { text: query.trim() }) : t('picker.none')}</li>}
        </ul>
      </div>
    </div>
  );
}

function highlight(text: string, indexes: readonly number[]): ReactNode {
  if (!indexes.length) return text;
  const set = new Set(indexes);
  return Array.from(text).map((ch, i) => (set.has(i) ? <b key={i}>{ch}</b> : ch));
}
