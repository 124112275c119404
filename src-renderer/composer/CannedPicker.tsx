import { useTranslation } from 'react-i18next';
import type { CannedReply } from '../../src-shared/domain/types';

interface Props {
  options: CannedReply[];
  active: number;
  query: string;
  onChoose: (index: number) => void;
}

export function CannedPicker({ options, active, query, onChoose }: Props) {
  const { t } = useTranslation();
  return (
    <div className="canned-picker" data-testid="canned-picker" role="listbox" aria-label={t('canned.label')}>
      {options.length === 0 ? (
        <p className="muted small">{t('canned.empty', { query })}</p>
      ) : (
        options.map((reply, index) => (
          <div
            key={reply.id}
            role="option"
            aria-selected={index === active}
            data-testid="canned-option"
            className={index === active ? 'canned-option canned-option-active' : 'canned-option'}
            onMouseDown={(e) => {
              e.preventDefault();
              onChoose(index);
            }}
          >
            <span className="canned-name">{reply.name}</span>
            {reply.shortcut && <kbd>/{reply.shortcut}</kbd>}
            <span className="lang">{reply.language.toUpperCase()}</span>
            <span className="canned-preview">{reply.body.slice(0, 90)}</span>
          </div>
        ))
      )}
    </div>
  );
}
