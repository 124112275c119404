// AI and translation actions of the composer. Every result lands in the draft or beside it for the
// agent to read and edit; nothing is sent without the agent pressing Send.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationResult } from '../../src-shared/api/contract-assist';
import type { ConversationDetail } from '../../src-shared/domain/types';
import { useConsole } from '../state/console-store';
import { useAssist } from './assist-store';

interface Props {
  detail: ConversationDetail;
  draft: string;
  setDraft: (text: string) => void;
}

export function agentLanguage(locale: string): string {
  return locale.startsWith('zh') ? 'zh' : 'en';
}

export function AiBar({ detail, draft, setDraft }: Props) {
  const { t } = useTranslation();
  const locale = useConsole((s) => s.locale);
  const { aiTask, aiStream, runAi, summaries, translations, translateMessage } = useAssist();
  const [review, setReview] = useState<TranslationResult | null>(null);
  /** The agent's own wording, kept beside the translated draft until it is sent or dismissed. */
  const [original, setOriginal] = useState<string | null>(null);
  const id = detail.conversation.id;
  const buyer = detail.conversation.language;
  const mine = agentLanguage(locale);
  const inbound = detail.messages.filter((m) => m.direction === 'inbound');
  const lastInbound = inbound.at(-1);

  async function act(task: 'draft' | 'rewrite' | 'summarize') {
    const result = await runAi(task, id, draft);
    if (result && 'requestId' in result && task !== 'summarize') setDraft(result.text);
  }

  async function translateDraft() {
    if (!buyer) return;
    const result = await runAi('translateDraft', id, draft, buyer);
    if (result && 'engine' in result) setReview(result);
  }

  return (
    <div className="assist-ai" data-testid="assist-ai">
      <div className="assist-ai-actions">
        <button type="button" disabled={aiTask !== null} onClick={() => void act('draft')} data-testid="ai-draft">
          {t('assist.ai.draft')}
        </button>
        <button type="button" disabled={aiTask !== null || !draft.trim()} onClick={() => void act('rewrite')}>
          {t('assist.ai.rewrite')}
        </button>
        <button type="button" disabled={aiTask !== null} onClick={() => void act('summarize')}>
          {t('assist.ai.summarize')}
        </button>
        {lastInbound && lastInbound.language !== mine && (
          <button type="button" data-testid="translate-incoming" onClick={() => void translateMessage(lastInbound.id, lastInbound.bodyText, lastInbound.language, mine)}>
            {t('assist.translate.incoming')}
          </button>
        )}
        {buyer && buyer !== mine && (
          <button type="button" disabled={aiTask !== null || !draft.trim()} onClick={() => void translateDraft()} data-testid="translate-draft">
            {t('assist.translate.draft', { language: buyer.toUpperCase() })}
          </button>
        )}
      </div>
      {aiTask && (
        <p className="assist-stream" data-testid="ai-stream" aria-live="polite">
          {aiStream || t('assist.ai.waiting')}
        </p>
      )}
      {summaries[id] && (
        <div className="assist-summary" data-testid="ai-summary">
          <strong>{t('assist.ai.handoff')}</strong>
          <p>{summaries[id]}</p>
        </div>
      )}
      {lastInbound && translations[lastInbound.id] && (
        <div className="assist-translation" data-testid="incoming-translation">
          {translations[lastInbound.id]!.text ? (
            <div className="side-by-side">
              <p lang={lastInbound.language ?? undefined}>{lastInbound.bodyText}</p>
              <p lang={mine}>{translations[lastInbound.id]!.text}</p>
            </div>
          ) : (
            <p className="muted">{translations[lastInbound.id]!.problem}</p>
          )}
        </div>
      )}
      {original && draft.trim() && (
        <div className="assist-translation" data-testid="draft-original">
          <strong>{t('assist.translate.original')}</strong>
          <p lang={mine}>{original}</p>
          <button type="button" onClick={() => setOriginal(null)}>
            {t('assist.override.cancel')}
          </button>
        </div>
      )}
      {review && (
        <div className="assist-translation" data-testid="draft-translation">
          {review.text ? (
            <>
              <div className="side-by-side">
                <p lang={mine}>{draft}</p>
                <p lang={review.to}>{review.text}</p>
              </div>
              <button
                type="button"
                className="primary"
                onClick={() => {
                  setOriginal(draft);
                  setDraft(review.text!);
                  setReview(null);
                }}
              >
                {t('assist.translate.use')}
              </button>
            </>
          ) : (
            <p className="muted">{review.problem}</p>
          )}
          <button type="button" onClick={() => setReview(null)}>
            {t('assist.override.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
