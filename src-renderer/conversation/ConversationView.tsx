import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../src-shared/domain/types';
import { DeliveryFailures } from '../accounts/DeliveryFailures';
import { useAssist } from '../assist/assist-store';
import type { TranslationResult } from '../../src-shared/api/contract-assist';
import { Composer } from '../composer/Composer';
import { OrderPanel } from '../order-panel/OrderPanel';
import { useConsole } from '../state/console-store';
import { ChannelBadge } from '../inbox/ChannelBadge';
import { MessageItem } from './MessageItem';
import { NotesPanel } from './NotesPanel';

/** Threads longer than this show the first message, a "n older" line and the latest ones. */
const COLLAPSE_OVER = 6;
const KEEP_LATEST = 3;

/** A message's translation into the agent's language, once agent assist has made one (AI bar). */
export function translationOf(message: Message, translations: Record<number, TranslationResult>): string | null {
  return translations[message.id]?.text ?? null;
}
import { TriagePanel } from '../triage/TriagePanel';

export function ConversationView({ id }: { id: number }) {
  const { t } = useTranslation();
  const detail = useConsole((s) => s.details[id]);
  const back = useConsole((s) => s.back);
  const [expanded, setExpanded] = useState(false);
  const [translated, setTranslated] = useState(true);
  const translations = useAssist((s) => s.translations);
  useEffect(() => setExpanded(false), [id]);

  if (!detail) return <p className="empty-state">{t('conversation.loading')}</p>;
  const { conversation, messages } = detail;
  const collapsed = !expanded && messages.length > COLLAPSE_OVER;
  const shown = collapsed ? [messages[0]!, ...messages.slice(-KEEP_LATEST)] : messages;
  const hidden = messages.length - shown.length;
  const hasTranslation = messages.some((m) => translationOf(m, translations) !== null);

  return (
    <div className="conversation" data-testid="conversation-view" data-conversation-id={conversation.id} aria-label={conversation.subject}>
      <div className="thread-column">
        <header className="conversation-header">
          <button type="button" className="icon-button" onClick={back} aria-label={t('conversation.back')} title={t('conversation.back')}>
            ←
          </button>
          <ChannelBadge channel={conversation.channel} marketplace={conversation.marketplace} />
          <h1 className="conversation-subject" data-testid="conversation-subject">
            {conversation.subject}
          </h1>
          {hasTranslation && (
            <button type="button" className="link" data-testid="translation-toggle" aria-pressed={translated} onClick={() => setTranslated((v) => !v)}>
              {translated ? t('reading.showOriginal') : t('reading.showTranslation')}
            </button>
          )}
          <span className={`status status-${conversation.status}`} data-testid="conversation-status">
            {t(`convStatus.${conversation.status}`)}
          </span>
        </header>
        <TriagePanel detail={detail} />
        <ol className="thread" aria-label={t('conversation.thread')}>
          {shown.map((m, index) => (
            <MessageItemWithFold
              key={m.id}
              message={m}
              translation={translated ? translationOf(m, translations) : null}
              fold={collapsed && index === 1 ? hidden : 0}
              onExpand={() => setExpanded(true)}
            />
          ))}
        </ol>
        <DeliveryFailures conversationId={conversation.id} />
        <Composer detail={detail} />
      </div>
      <div className="side-column">
        <NotesPanel conversationId={conversation.id} />
        <OrderPanel detail={detail} />
      </div>
    </div>
  );
}

function MessageItemWithFold({ message, translation, fold, onExpand }: { message: Message; translation: string | null; fold: number; onExpand: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {fold > 0 && (
        <li className="thread-fold">
          <button type="button" className="link" data-testid="thread-expand" onClick={onExpand}>
            {t('reading.older', { count: fold })}
          </button>
        </li>
      )}
      <MessageItem message={translation ? { ...message, bodyText: translation } : message} translated={translation !== null} />
    </>
  );
}
