import { useTranslation } from 'react-i18next';
import type { KbHit } from '../../src-shared/api/contract-assist';

interface Props {
  hits: KbHit[];
  active: number;
  query: string;
  onChoose: (index: number) => void;
}

/** The `??` picker: knowledge-base articles matching what follows the `??`. */
export function KbPicker({ hits, active, query, onChoose }: Props) {
  const { t } = useTranslation();
  return (
    <div className="canned-picker" data-testid="kb-picker" role="listbox" aria-label={t('assist.kb.label')}>
      {hits.length === 0 ? (
        <p className="muted small">{t('assist.kb.empty', { query })}</p>
      ) : (
        hits.map((hit, index) => (
          <div
            key={hit.article.id}
            role="option"
            aria-selected={index === active}
            data-testid="kb-option"
            className={index === active ? 'canned-option canned-option-active' : 'canned-option'}
            onMouseDown={(e) => {
              e.preventDefault();
              onChoose(index);
            }}
          >
            <span className="canned-name">{hit.article.title}</span>
            <span className="lang">{hit.article.language.toUpperCase()}</span>
            <span className="canned-preview">{hit.article.body.slice(0, 90)}</span>
          </div>
        ))
      )}
    </div>
  );
}
