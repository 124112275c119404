import { useTranslation } from 'react-i18next';
import { KeyHint } from '../keyboard/KeyHint';
import { useConsole } from '../state/console-store';

/** Shown while conversations are marked: how many, and the keys that act on all of them. */
export function SelectionBar() {
  const { t } = useTranslation();
  const count = useConsole((s) => s.marked.length);
  if (count === 0) return null;
  return (
    <div className="selection-bar" data-testid="selection-bar" role="status">
      <strong>{t('bulk.targets', { count })}</strong>
      <span>
        <KeyHint action="conversation.close" /> {t('actions.conversation.close')}
      </span>
      <span>
        <KeyHint action="conversation.snooze" /> {t('actions.conversation.snooze')}
      </span>
      <span>
        <KeyHint action="conversation.tag" /> {t('actions.conversation.tag')}
      </span>
      <span>
        <KeyHint action="conversation.assign" /> {t('actions.conversation.assign')}
      </span>
      <span>
        <KeyHint action="conversation.cannedReply" /> {t('actions.conversation.cannedReply')}
      </span>
      <span>
        <KeyHint action="nav.back" /> {t('bulk.clear')}
      </span>
    </div>
  );
}
