// The reply composer: `/` opens the canned replies (rendered with this conversation's order data),
// Ctrl/Cmd+Enter commits the reply to the outbox, Esc leaves the field.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationDetail } from '../../src-shared/domain/types';
import { renderTemplate } from '../../src-shared/templates/render-template';
import { chordFromEvent, effectiveBindings, normalizeSequence } from '../../src-shared/keyboard/key-bindings';
import { isMac } from '../i18n/setup-i18n';
import { useConsole } from '../state/console-store';
import { CannedPicker } from './CannedPicker';
import { filterReplies, insertReply, slashQueryAt, variantsFor, type SlashQuery } from './canned-picker-logic';

function safeNormalize(sequence: string): string | null {
  try {
    return normalizeSequence(sequence);
  } catch {
    return null;
  }
}

export function Composer({ detail }: { detail: ConversationDetail }) {
  const { t } = useTranslation();
  const canned = useConsole((s) => s.canned);
  const workspace = useConsole((s) => s.workspace);
  const composerFocus = useConsole((s) => s.composerFocus);
  const queueReply = useConsole((s) => s.queueReply);
  const keymap = useConsole((s) => s.keymap);
  const [text, setText] = useState('');
  const [slash, setSlash] = useState<SlashQuery | null>(null);
  const [active, setActive] = useState(0);
  const [cannedReplyId, setCannedReplyId] = useState<number | undefined>();
  const [warning, setWarning] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const conversationId = detail.conversation.id;

  // A new conversation starts with an empty draft.
  useEffect(() => {
    setText('');
    setSlash(null);
    setCannedReplyId(undefined);
    setWarning(null);
  }, [conversationId]);

  useEffect(() => {
    if (composerFocus > 0) ref.current?.focus();
  }, [composerFocus]);

  const options = useMemo(
    () => (slash ? filterReplies(variantsFor(canned, detail.conversation.language), slash.query) : []),
    [slash, canned, detail.conversation.language],
  );

  function update(value: string, caret: number) {
    setText(value);
    const next = slashQueryAt(value, caret);
    setSlash(next);
    if (!next || next.query !== slash?.query) setActive(0);
  }

  function choose(index: number) {
    const reply = options[index];
    if (!reply || !slash) return;
    const order = detail.orders.find((o) => o.externalId === detail.conversation.orderExternalId) ?? null;
    const rendered = renderTemplate(reply.body, {
      customer: detail.customer,
      order,
      agent: workspace?.currentAgent ?? null,
      language: detail.conversation.language,
    });
    const result = insertReply(text, slash, rendered.text);
    setText(result.text);
    setSlash(null);
    setCannedReplyId(reply.id);
    const problems = [
      rendered.missing.length ? t('composer.missing', { names: rendered.missing.join(', ') }) : null,
      rendered.unknown.length ? t('composer.unknown', { names: rendered.unknown.join(', ') }) : null,
    ].filter(Boolean);
    setWarning(problems.length ? problems.join(' ') : null);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(result.caret, result.caret);
    });
  }

  async function send(close = false) {
    if (!text.trim() || sending) return;
    setSending(true);
    const ok = await queueReply(text, cannedReplyId, { close });
    setSending(false);
    if (ok) {
      setText('');
      setCannedReplyId(undefined);
      setWarning(null);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (slash && options.length > 0) {
      if (event.key === 'ArrowDown' || (event.ctrlKey && event.key === 'n')) {
        event.preventDefault();
        setActive((a) => (a + 1) % options.length);
        return;
      }
      if (event.key === 'ArrowUp' || (event.ctrlKey && event.key === 'p')) {
        event.preventDefault();
        setActive((a) => (a - 1 + options.length) % options.length);
        return;
      }
      if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
        event.preventDefault();
        choose(active);
        return;
      }
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      if (slash) setSlash(null);
      else ref.current?.blur();
      return;
    }
    // Send and send-and-close follow the user's keymap (defaults $mod+Enter, $mod+Shift+Enter).
    const chord = chordFromEvent(event.nativeEvent, isMac());
    const bindings = effectiveBindings(keymap);
    const matches = (action: 'composer.send' | 'composer.sendClose') => chord !== null && bindings[action].some((b) => safeNormalize(b) === chord);
    if (matches('composer.sendClose')) {
      event.preventDefault();
      void send(true);
    } else if (matches('composer.send')) {
      event.preventDefault();
      void send();
    }
  }

  return (
    <div className="composer">
      {slash && <CannedPicker options={options} active={active} query={slash.query} onChoose={choose} />}
      {warning && (
        <p className="composer-warning" role="alert" data-testid="composer-warning">
          {warning}
        </p>
      )}
      <textarea
        ref={ref}
        data-testid="composer-input"
        aria-label={t('composer.label')}
        placeholder={t('composer.placeholder', { mod: isMac() ? '⌘' : 'Ctrl' })}
        value={text}
        rows={5}
        onChange={(e) => update(e.target.value, e.target.selectionStart)}
        onKeyDown={onKeyDown}
        onClick={(e) => setSlash(slashQueryAt(text, e.currentTarget.selectionStart))}
      />
      <div className="composer-actions">
        <button type="button" className="primary" disabled={!text.trim() || sending} onClick={() => void send()}>
          {sending ? t('composer.sending') : t('composer.send')} <kbd>{isMac() ? '⌘' : 'Ctrl'}+Enter</kbd>
        </button>
      </div>
    </div>
  );
}
