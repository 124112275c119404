// What a conversation row looks like right after an action, before the core confirms: the screen
// changes at once and a failure puts the previous rows back.
import type { ConversationSummary } from '../../src-shared/domain/types';
import type { ConversationAction, ViewSpec } from '../../src-shared/inbox/view-spec';

export function applyLocally(summary: ConversationSummary, action: ConversationAction): ConversationSummary {
  switch (action.kind) {
    case 'close':
      return { ...summary, status: 'closed' };
    case 'reopen':
      return { ...summary, status: 'open' };
    case 'snooze':
      return { ...summary, status: 'snoozed' };
    case 'assign':
      return { ...summary, assigneeId: action.agentId };
    case 'priority':
      return { ...summary, priority: action.priority };
    case 'tag': {
      const has = summary.tags.some((t) => t.toLowerCase() === action.tag.toLowerCase());
      if (action.remove) return { ...summary, tags: summary.tags.filter((t) => t.toLowerCase() !== action.tag.toLowerCase()) };
      return has ? summary : { ...summary, tags: [...summary.tags, action.tag] };
    }
  }
}

/** Whether a row still belongs in a base view after a change (rows that leave are shown as leaving). */
export function stillInView(summary: ConversationSummary, spec: ViewSpec, selfId: number | null): boolean {
  switch (spec.base) {
    case 'open':
    case 'sla':
      return summary.status === 'open';
    case 'mine':
      return summary.status === 'open' && summary.assigneeId === selfId;
    case 'unassigned':
      return summary.status === 'open' && summary.assigneeId === null;
    case 'snoozed':
      return summary.status === 'snoozed';
    case 'closed':
      return summary.status === 'closed';
    case 'all':
      return true;
  }
}
