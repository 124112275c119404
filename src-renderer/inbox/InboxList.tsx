// The virtualised inbox: only the rows on screen exist in the DOM, and only the pages around them
// are fetched, so 100,000 conversations scroll like 100.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZE, summaryAt, useConsole } from '../state/console-store';
import { InboxRow } from './InboxRow';
import { viewKey } from '../../src-shared/inbox/view-spec';

const ROW_HEIGHT = 68;

export function InboxList() {
  const { t } = useTranslation();
  const total = useConsole((s) => s.total);
  const pages = useConsole((s) => s.pages);
  const selectedIndex = useConsole((s) => s.selectedIndex);
  const openId = useConsole((s) => s.openId);
  const loadPage = useConsole((s) => s.loadPage);
  const select = useConsole((s) => s.select);
  const openConversation = useConsole((s) => s.openConversation);
  const marked = useConsole((s) => s.marked);
  const leaving = useConsole((s) => s.leaving);
  const snippets = useConsole((s) => s.snippets);
  const markedSet = new Set(marked);
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
      if (!pages[page]) void loadPage(page);
    }
  }, [first, last, pages, loadPage]);

  useEffect(() => {
    if (total > 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, total, virtualizer]);

  // data-view / data-loaded let tests and the benchmark see when a view's first page is on screen.
  const spec = useConsole((s) => s.spec);
  const key = viewKey(spec);
  if (total === 0 && pages[0])
    return (
      <p className="empty-state" data-testid="inbox-empty" data-view={key} data-loaded="true">
        {t('inbox.empty')}
      </p>
    );

  return (
    <div ref={scrollRef} className="inbox-scroll" data-testid="inbox-list" role="listbox" aria-label={t('inbox.label')} aria-multiselectable="true" tabIndex={-1} data-view={key} data-loaded={pages[0] ? 'true' : 'false'}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const summary = summaryAt({ pages }, item.index);
          return (
            <div
              key={item.key}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}
            >
              {summary ? (
                <InboxRow
                  summary={summary}
                  selected={item.index === selectedIndex}
                  open={summary.id === openId}
                  marked={markedSet.has(summary.id)}
                  leaving={Boolean(leaving[summary.id])}
                  snippet={snippets[summary.id]}
                  onClick={() => {
                    select(item.index);
                    void openConversation(summary.id);
                  }}
                />
              ) : (
                <div className="inbox-row inbox-row-placeholder" aria-hidden="true">
                  {t('inbox.loading')}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
