// @vitest-environment jsdom
// The rule editor against a real core (in-process, real SQLite, seeded demo workspace): keyboard
// selection, create, edit, save with validation errors, enable / disable, reorder, dry run, import.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiTransport } from '../../../src-shared/api/contract';
import type { RuleRecord } from '../../../src-shared/domain/rules';
import { startCore } from '../../../src-main/core/start-core';
import type { Core } from '../../../src-main/core/core-types';
import { setupI18n } from '../../../src-renderer/i18n/setup-i18n';
import { formatValue, parseValue } from '../../../src-renderer/rules/RuleEditor';
import { RulesScreen } from '../../../src-renderer/rules/RulesScreen';
import { useRules } from '../../../src-renderer/rules/rules-store';
import { useConsole } from '../../../src-renderer/state/console-store';

let core: Core;
let transport: ApiTransport;

beforeAll(() => {
  setupI18n('en');
  core = startCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'rules-editor-')), demoConversations: 80, now: () => Date.UTC(2026, 10, 20, 9), understanding: null, triageTickMs: 0 });
  transport = { invoke: (method, params) => core.handle(method, params) as never, subscribe: () => () => {} };
  useConsole.setState({ transport });
});
afterAll(() => core.close());
afterEach(() => {
  cleanup();
  useRules.setState({ rules: [], selected: 0, draft: null, dirty: false, error: null, dryRun: null, exported: null, importing: false, confirmDelete: null });
});

const key = (k: string, extra: KeyboardEventInit = {}) => act(() => void fireEvent.keyDown(document.body, { key: k, ...extra }));
const listed = async () => (await core.handle('rules.list', {})) as { ok: true; value: RuleRecord[] };

describe('value parsing', () => {
  it('turns the text box into what a rule stores', () => {
    expect(parseValue('text', 'any_of', 'refund, Rückerstattung ,')).toEqual(['refund', 'Rückerstattung']);
    expect(parseValue('order_age_days', 'lte', '30')).toBe(30);
    expect(parseValue('order_age_days', 'lte', 'x')).toBe('x');
    expect(parseValue('time_of_day', 'between', '22:00, 06:00')).toEqual(['22:00', '06:00']);
    expect(formatValue(['a', 'b'])).toBe('a, b');
  });
});

describe('rules screen', () => {
  it('lists the presets and moves through them with j / k', async () => {
    render(<RulesScreen />);
    await waitFor(() => expect(screen.getAllByTestId('rule-item').length).toBeGreaterThanOrEqual(5));
    expect(screen.getAllByTestId('rule-item')[0]!.getAttribute('aria-selected')).toBe('true');
    key('j');
    key('j');
    expect(screen.getAllByTestId('rule-item')[2]!.getAttribute('aria-selected')).toBe('true');
    key('k');
    expect(screen.getAllByTestId('rule-item')[1]!.getAttribute('aria-selected')).toBe('true');
    expect((screen.getByTestId('rule-name') as HTMLInputElement).value).toMatch(/Night shift/);
  });

  it('creates a rule from the keyboard, shows the core’s validation error, then saves', async () => {
    render(<RulesScreen />);
    await waitFor(() => expect(screen.getAllByTestId('rule-item').length).toBeGreaterThan(0));
    const before = (await listed()).value.length;
    key('n');
    fireEvent.change(screen.getByTestId('rule-name'), { target: { value: 'Invoices to EU' } });
    // The blank condition has no text yet: the core refuses, saying why.
    key('s', { ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('rules-error').textContent).toMatch(/needs a text value/));
    fireEvent.change(screen.getByLabelText('If 1.1: value'), { target: { value: 'invoice' } });
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'invoice' } });
    key('s', { ctrlKey: true });
    await waitFor(() => expect(screen.queryByTestId('rules-error')).toBeNull());
    const after = (await listed()).value;
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)!.definition).toMatchObject({ name: 'Invoices to EU', conditions: { match: 'all', conditions: [{ field: 'text', op: 'contains', value: 'invoice' }] }, actions: [{ type: 'tag', tag: 'invoice' }] });
    await waitFor(() => expect(screen.getAllByTestId('rule-item').at(-1)!.getAttribute('aria-selected')).toBe('true'));
  });

  it('switches a rule off with Space and moves it with Alt+↓', async () => {
    render(<RulesScreen />);
    await waitFor(() => expect(screen.getAllByTestId('rule-item').length).toBeGreaterThan(1));
    const first = (await listed()).value[0]!;
    key(' ');
    await waitFor(async () => expect((await listed()).value[0]!.enabled).toBe(!first.enabled));
    key('ArrowDown', { altKey: true });
    await waitFor(async () => expect((await listed()).value[1]!.id).toBe(first.id));
    expect(screen.getAllByTestId('rule-item')[1]!.getAttribute('aria-selected')).toBe('true');
    key(' ');
    await waitFor(async () => expect((await listed()).value[1]!.enabled).toBe(first.enabled));
  });

  it('dry-runs the rule being edited over the last 30 days', async () => {
    render(<RulesScreen />);
    await waitFor(() => expect(screen.getAllByTestId('rule-item').length).toBeGreaterThan(0));
    key('d', { ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('dry-run-summary').textContent).toMatch(/^Over the last 30 days this rule would have matched \d+ conversations?$/));
    const matched = Number(/matched (\d+)/.exec(screen.getByTestId('dry-run-summary').textContent!)![1]);
    expect(screen.queryAllByTestId('dry-run-item')).toHaveLength(Math.min(matched, 200));
  });

  it('refuses a broken import with the reason and keeps the rules', async () => {
    render(<RulesScreen />);
    await waitFor(() => expect(screen.getAllByTestId('rule-item').length).toBeGreaterThan(0));
    const before = (await listed()).value.length;
    fireEvent.click(screen.getByTestId('rules-import-button'));
    fireEvent.change(screen.getByTestId('rules-import-json'), { target: { value: '{"format":"agent-console.rules","version":1,"rules":[{"definition":{"name":"x"}}]}' } });
    fireEvent.click(screen.getByTestId('rules-import-do'));
    await waitFor(() => expect(screen.getByTestId('rules-error').textContent).toMatch(/Cannot import these rules \(rule 1/));
    expect((await listed()).value).toHaveLength(before);
  });
});
