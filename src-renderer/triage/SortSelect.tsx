// How the inbox is ordered: newest activity, least SLA time left, or priority score.
import { useTranslation } from 'react-i18next';
import { INBOX_SORTS, type InboxSort } from '../../src-shared/domain/types';
import { useConsole } from '../state/console-store';

export function SortSelect() {
  const { t } = useTranslation();
  const sort = useConsole((s) => s.spec.sort ?? (s.spec.base === 'sla' ? 'time_left' : 'recent'));
  const setSort = useConsole((s) => s.setSort);
  return (
    <label className="sort-select">
      <span>{t('triage.sort.label')}</span>
      <select data-testid="inbox-sort" value={sort} onChange={(e) => void setSort(e.target.value as InboxSort)}>
        {INBOX_SORTS.map((s) => (
          <option key={s} value={s}>
            {t(`triage.sort.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
