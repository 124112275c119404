// Internal notes beside the thread: seen by the team, never sent to the buyer. `n` focuses the field,
// Ctrl/Cmd+Enter adds the note (undo with z), Esc leaves the field.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format/format';
import { isMac } from '../i18n/setup-i18n';
import { useConsole } from '../state/console-store';

export function NotesPanel({ conversationId }: { conversationId: number }) {
  const { t } = useTranslation();
  const notes = useConsole((s) => s.notes[conversationId]);
  const locale = useConsole((s) => s.locale);
  const noteFocus = useConsole((s) => s.noteFocus);
  const addNote = useConsole((s) => s.addNote);
  const [text, setText] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => setText(''), [conversationId]);
  useEffect(() => {
    if (noteFocus > 0) ref.current?.focus();
  }, [noteFocus]);

  async function add() {
    if (!text.trim()) return;
    if (await addNote(text.trim())) setText('');
  }

  return (
    <section className="panel-card notes" aria-label={t('notes.title')} data-testid="notes-panel">
      <h2>{t('notes.title')}</h2>
      {notes && notes.length > 0 ? (
        <ol className="notes-list">
          {notes.map((note) => (
            <li key={note.id} className="note" data-testid="note">
              <div className="message-meta">
                <span className="message-author">{note.authorName}</span>
                <time dateTime={new Date(note.createdAt).toISOString()}>{formatDateTime(note.createdAt, locale)}</time>
              </div>
              <div className="note-body">{note.body}</div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted small">{t('notes.none')}</p>
      )}
      <textarea
        ref={ref}
        data-testid="note-input"
        aria-label={t('notes.label')}
        placeholder={t('notes.placeholder', { mod: isMac() ? '⌘' : 'Ctrl' })}
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (isMac() ? e.metaKey : e.ctrlKey)) {
            e.preventDefault();
            void add();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            ref.current?.blur();
          }
        }}
      />
    </section>
  );
}
