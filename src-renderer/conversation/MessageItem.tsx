import { useTranslation } from 'react-i18next';
import type { Message } from '../../src-shared/domain/types';
import { formatDateTime } from '../format/format';
import { useConsole } from '../state/console-store';

export function MessageItem({ message, translated = false }: { message: Message; translated?: boolean }) {
  const { t } = useTranslation();
  const locale = useConsole((s) => s.locale);
  return (
    <li className={`message message-${message.direction}`} data-testid="message" data-direction={message.direction} data-status={message.status}>
      <div className="message-meta">
        <span className="message-author">{message.authorName}</span>
        <time dateTime={new Date(message.sentAt).toISOString()}>{formatDateTime(message.sentAt, locale)}</time>
        {message.language && <span className="lang">{message.language.toUpperCase()}</span>}
        {translated && <span className="chip">{t('reading.translated')}</span>}
        {message.direction === 'outbound' && <span className={`chip chip-${message.status}`}>{t(`message.${message.status}`)}</span>}
      </div>
      <div className="message-body" data-testid="message-body" lang={message.language ?? undefined}>
        {message.bodyText}
      </div>
    </li>
  );
}
