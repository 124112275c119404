// The reply composer: `/` opens the canned replies, `??` the knowledge base; ranked suggestions sit
// above the draft (Alt+Enter inserts the best, Alt+1..8 by rank), each rendered with this
// conversation's order data. Every keystroke re-runs the platform-rule check: the offending text is
// highlighted and Send stays blocked until the draft is fixed or the rules are overridden by name.
// Ctrl/Cmd+Enter commits the reply to the outbox, Esc leaves the field.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chordFromEvent, effectiveBindings, normalizeSequence } from '../../src-shared/keyboard/key-bindings';
import type { Suggestion } from '../../src-shared/api/contract-assist';
import { checkBrandVoice } from '../../src-shared/assist/brand-voice';
import { promptsOf } from '../../src-shared/assist/canned/prompts';
import { renderCanned } from '../../src-shared/assist/canned/render-canned';
import { checkDraft } from '../../src-shared/assist/platform-rules/check-draft';
import type { PlatformRuleId } from '../../src-shared/assist/platform-rules/types';
import type { CannedReply, ConversationDetail } from '../../src-shared/domain/types';
import { AiBar } from '../assist/AiBar';
import { useAssist } from '../assist/assist-store';
import { conversationOrder, draftContextOf, kbQueryAt, renderSuggestion, spliceText, type KbQuery } from '../assist/composer-assist-logic';
import { KbPicker } from '../assist/KbPicker';
import { PromptForm } from '../assist/PromptForm';
import { RuleCheck } from '../assist/RuleCheck';
import { SuggestionsPanel } from '../assist/SuggestionsPanel';
import { isMac } from '../i18n/setup-i18n';
import { useConsole } from '../state/console-store';
import { CannedPicker } from './CannedPicker';
import { filterReplies, slashQueryAt, variantsFor, type SlashQuery } from './canned-picker-logic';

/** What waits for prompt values before it goes into the draft. */
type Pending = { body: string; cannedReplyId: number | undefined; labels: string[]; range: [number, number] };

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
  const conversationId = detail.conversation.id;
  const suggestions = useAssist((s) => s.suggestions[conversationId]?.items ?? null);
  const { loadSuggestions, kbHits, searchKb, brandVoice, loadBrandVoice } = useAssist();
  const [text, setText] = useState('');
  const [slash, setSlash] = useState<SlashQuery | null>(null);
  const [kb, setKb] = useState<KbQuery | null>(null);
  const [active, setActive] = useState(0);
  const [cannedReplyId, setCannedReplyId] = useState<number | undefined>();
  const [warning, setWarning] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [sending, setSending] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const agent = workspace?.currentAgent ?? null;

  // A new conversation starts with an empty draft and fresh suggestions.
  useEffect(() => {
    setText('');
    setSlash(null);
    setKb(null);
    setPending(null);
    setCannedReplyId(undefined);
    setWarning(null);
    void loadSuggestions(conversationId);
  }, [conversationId, loadSuggestions]);

  useEffect(() => {
    void loadBrandVoice();
  }, [loadBrandVoice]);

  useEffect(() => {
    if (composerFocus > 0) ref.current?.focus();
  }, [composerFocus]);

  useEffect(() => {
    if (kb) void searchKb(kb.query, detail.conversation.language);
  }, [kb?.query, detail.conversation.language, searchKb]);

  const options = useMemo(
    () => (slash ? filterReplies(variantsFor(canned, detail.conversation.language), slash.query) : []),
    [slash, canned, detail.conversation.language],
  );
  const violations = useMemo(() => checkDraft(text, draftContextOf(detail)), [text, detail]);
  const flags = useMemo(() => (brandVoice ? checkBrandVoice(text, brandVoice.avoidPhrases) : []), [text, brandVoice]);

  function update(value: string, caret: number) {
    setText(value);
    const nextSlash = slashQueryAt(value, caret);
    const nextKb = nextSlash ? null : kbQueryAt(value, caret);
    setSlash(nextSlash);
    setKb(nextKb);
    if ((nextSlash?.query ?? nextKb?.query) !== (slash?.query ?? kb?.query)) setActive(0);
  }

  function place(rendered: { text: string; missing: string[]; unknown: string[] }, range: [number, number], replyId: number | undefined) {
    const result = spliceText(text, range[0], range[1], rendered.text);
    setText(result.text);
    setSlash(null);
    setKb(null);
    setPending(null);
    if (replyId !== undefined) setCannedReplyId(replyId);
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

  function renderBody(body: string, prompts: Record<string, string> = {}) {
    return renderCanned(body, { customer: detail.customer, order: conversationOrder(detail), agent, language: detail.conversation.language }, prompts);
  }

  /** Inserts a template (canned reply or past reply), asking for prompt values first when it has any. */
  function insertTemplate(body: string, range: [number, number], replyId: number | undefined) {
    const labels = promptsOf(body);
    if (labels.length > 0) {
      setPending({ body, cannedReplyId: replyId, labels, range });
      return;
    }
    place(renderBody(body), range, replyId);
  }

  function chooseCanned(index: number) {
    const reply: CannedReply | undefined = options[index];
    if (!reply || !slash) return;
    insertTemplate(reply.body, [slash.start, slash.start + 1 + slash.query.length], reply.id);
  }

  function chooseArticle(index: number) {
    const hit = kbHits[index];
    if (!hit || !kb) return;
    place({ text: hit.article.body, missing: [], unknown: [] }, [kb.start, kb.start + 2 + kb.query.length], undefined);
  }

  function insertSuggestion(index: number) {
    const s: Suggestion | undefined = suggestions?.[index];
    if (!s) return;
    // An empty draft takes the suggestion whole; otherwise it goes in at the caret.
    const caret = ref.current?.selectionStart ?? text.length;
    const range: [number, number] = text.trim() ? [caret, caret] : [0, text.length];
    if (s.kind === 'article') place(renderSuggestion(s, detail, agent), range, undefined);
    else insertTemplate(s.body, range, s.cannedReplyId ?? undefined);
  }

  async function send({ close = false, override }: { close?: boolean; override?: { rules: PlatformRuleId[]; reason: string } } = {}) {
    if (!text.trim() || sending) return;
    if (violations.length > 0 && !override) return;
    setSending(true);
    const ok = await queueReply(text, cannedReplyId, { close, override });
    setSending(false);
    if (ok) {
      setText('');
      setCannedReplyId(undefined);
      setWarning(null);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    const pickerLength = slash ? options.length : kb ? kbHits.length : 0;
    if (pickerLength > 0) {
      if (event.key === 'ArrowDown' || (event.ctrlKey && event.key === 'n')) {
        event.preventDefault();
        setActive((a) => (a + 1) % pickerLength);
        return;
      }
      if (event.key === 'ArrowUp' || (event.ctrlKey && event.key === 'p')) {
        event.preventDefault();
        setActive((a) => (a - 1 + pickerLength) % pickerLength);
        return;
      }
      if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey) || event.key === 'Tab') {
        event.preventDefault();
        if (slash) chooseCanned(active);
        else chooseArticle(active);
        return;
      }
    }
    if (event.altKey && event.key === 'Enter') {
      event.preventDefault();
      insertSuggestion(0);
      return;
    }
    if (event.altKey && /^Digit[1-8]$/.test(event.code)) {
      event.preventDefault();
      insertSuggestion(Number(event.code.slice(5)) - 1);
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      if (slash || kb) {
        setSlash(null);
        setKb(null);
      } else ref.current?.blur();
      return;
    }
    // Send and send-and-close follow the user's keymap (defaults $mod+Enter, $mod+Shift+Enter).
    const chord = chordFromEvent(event.nativeEvent, isMac());
    const bindings = effectiveBindings(keymap);
    const matches = (action: 'composer.send' | 'composer.sendClose') => chord !== null && bindings[action].some((b) => safeNormalize(b) === chord);
    if (matches('composer.sendClose')) {
      event.preventDefault();
      void send({ close: true });
    } else if (matches('composer.send')) {
      event.preventDefault();
      void send();
    }
  }

  const blocked = violations.length > 0;
  return (
    <div className="composer">
      <SuggestionsPanel
        items={suggestions}
        onInsert={insertSuggestion}
        titleOf={(s) => (s.kind === 'past_reply' ? (renderSuggestion(s, detail, agent).text.split('\n').find((l) => l.trim()) ?? s.title).slice(0, 100) : s.title)}
      />
      {slash && <CannedPicker options={options} active={active} query={slash.query} onChoose={chooseCanned} />}
      {kb && <KbPicker hits={kbHits} active={active} query={kb.query} onChoose={chooseArticle} />}
      {pending && (
        <PromptForm
          labels={pending.labels}
          onCancel={() => setPending(null)}
          onSubmit={(values) => place(renderBody(pending.body, values), pending.range, pending.cannedReplyId)}
        />
      )}
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
        rows={6}
        onChange={(e) => update(e.target.value, e.target.selectionStart)}
        onKeyDown={onKeyDown}
        onClick={(e) => {
          const caret = e.currentTarget.selectionStart;
          const nextSlash = slashQueryAt(text, caret);
          setSlash(nextSlash);
          setKb(nextSlash ? null : kbQueryAt(text, caret));
        }}
      />
      <RuleCheck text={text} violations={violations} flags={flags} onOverride={(rules, reason) => void send({ override: { rules, reason } })} />
      <div className="composer-actions">
        <AiBar key={conversationId} detail={detail} draft={text} setDraft={setText} />
        <button
          type="button"
          className="primary"
          data-testid="composer-send"
          disabled={!text.trim() || sending || blocked}
          title={blocked ? t('assist.override.blocked') : undefined}
          onClick={() => void send()}
        >
          {sending ? t('composer.sending') : t('composer.send')} <kbd>{isMac() ? '⌘' : 'Ctrl'}+Enter</kbd>
        </button>
      </div>
    </div>
  );
}
