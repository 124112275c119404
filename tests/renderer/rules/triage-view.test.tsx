// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../../src-shared/domain/types';
import { setupI18n } from '../../../src-renderer/i18n/setup-i18n';
import { formatDuration } from '../../../src-renderer/triage/duration';
import { explainFactor } from '../../../src-renderer/triage/explain-factor';
import { SlaCountdown } from '../../../src-renderer/triage/SlaCountdown';

const summary = (over: Partial<ConversationSummary>): ConversationSummary => ({
  id: 1,
  accountId: 1,
  channel: 'amazon',
  marketplace: 'amazon.de',
  subject: 'S',
  customerId: 1,
  customerName: 'C',
  status: 'open',
  priority: 'normal',
  language: 'de',
  unread: false,
  messageCount: 1,
  lastMessageAt: 0,
  preview: '',
  orderExternalId: null,
  assigneeId: null,
  tags: [],
  ...over,
});

beforeAll(() => {
  setupI18n('en');
});
afterEach(cleanup);

describe('SLA countdown', () => {
  it('shows time left, amber in the last hour, red once overdue, nothing without a clock', () => {
    render(<SlaCountdown summary={summary({ slaDueAt: Date.now() + 3 * 3_600_000 + 5 * 60_000, slaTarget: 'first_response' })} />);
    expect(screen.getByTestId('sla-countdown').textContent).toBe('3h05');
    expect(screen.getByTestId('sla-countdown').getAttribute('aria-label')).toBe('First response: 3 h 05 min left');
    expect(screen.getByTestId('sla-countdown').className).toContain('sla-ok');
    cleanup();
    render(<SlaCountdown summary={summary({ slaDueAt: Date.now() + 20 * 60_000, slaTarget: 'next_response' })} />);
    expect(screen.getByTestId('sla-countdown').className).toContain('sla-soon');
    cleanup();
    render(<SlaCountdown summary={summary({ slaDueAt: Date.now() - 2 * 86_400_000, slaTarget: 'resolution' })} />);
    expect(screen.getByTestId('sla-countdown').textContent).toBe('−2d0h');
    expect(screen.getByTestId('sla-countdown').getAttribute('title')).toBe('Resolution: overdue by 2 d 0 h');
    expect(screen.getByTestId('sla-countdown').className).toContain('sla-breached');
    cleanup();
    render(<SlaCountdown summary={summary({ slaDueAt: null, slaTarget: null })} />);
    expect(screen.queryByTestId('sla-countdown')).toBeNull();
  });
});

describe('why is this on top', () => {
  it('words each factor in the UI language', async () => {
    const t = i18next.t.bind(i18next);
    expect(explainFactor(t, { factor: 'sla', points: 30, params: { target: 'first_response', minutesLeft: 90 } })).toBe('First response due in 1 h 30 min');
    expect(explainFactor(t, { factor: 'sentiment', points: 10, params: { sentiment: 'negative' } })).toBe('Sentiment: negative');
    expect(explainFactor(t, { factor: 'repeat_contacts', points: 8, params: { count: 2 } })).toBe('2 other conversations in 30 days');
    await i18next.changeLanguage('zh-CN');
    expect(explainFactor(t, { factor: 'sla_breached', points: 40, params: { target: 'resolution', overdueMinutes: 45 } })).toBe('解决已超时 45 min');
    await i18next.changeLanguage('en');
    expect(formatDuration(59 * 60_000)).toBe('59 min');
  });
});
