// @vitest-environment jsdom
// Translation in the composer: the draft written in the agent's language, translated into the buyer's
// for review, used only when the agent says so; and a plain statement when no engine is available.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, ApiTransport } from '../../../src-shared/api/contract';
import type { TranslationResult } from '../../../src-shared/api/contract-assist';
import type { ConversationDetail } from '../../../src-shared/domain/types';
import { AiBar } from '../../../src-renderer/assist/AiBar';
import { useAssist } from '../../../src-renderer/assist/assist-store';
import { setupI18n } from '../../../src-renderer/i18n/setup-i18n';
import { useConsole } from '../../../src-renderer/state/console-store';

beforeAll(() => setupI18n('en'));
afterEach(cleanup);

const detail = {
  conversation: { id: 3, channel: 'amazon', language: 'de', orderExternalId: null },
  messages: [{ id: 11, direction: 'inbound', language: 'de', bodyText: 'Wo ist mein Paket?' }],
  orders: [],
  customer: null,
  otherConversations: [],
} as unknown as ConversationDetail;

let translation: TranslationResult;
const asked: unknown[] = [];
function transport(): ApiTransport {
  return {
    async invoke(method, params) {
      asked.push({ method, params });
      if (method !== 'ai.translate') return { ok: false, error: { code: 'unknown_method', message: method } } as ApiResult<never>;
      return { ok: true, value: translation } as ApiResult<never>;
    },
    subscribe: () => () => {},
  };
}

function Harness() {
  const [draft, setDraft] = useState('Your parcel left today.');
  return (
    <>
      <output data-testid="draft">{draft}</output>
      <AiBar detail={detail} draft={draft} setDraft={setDraft} />
    </>
  );
}

beforeEach(() => {
  asked.length = 0;
  useConsole.setState({ transport: transport(), locale: 'en' });
  useAssist.setState({ aiTask: null, translations: {} });
});

describe('translation in the composer', () => {
  it('shows the translation beside the draft and uses it only when asked, keeping the original visible', async () => {
    translation = { text: 'Ihr Paket ist heute losgegangen.', from: null, to: 'de', engine: 'ai', problem: null };
    render(<Harness />);
    await act(async () => {
      fireEvent.click(screen.getByTestId('translate-draft'));
    });
    expect(asked).toEqual([{ method: 'ai.translate', params: { text: 'Your parcel left today.', to: 'de' } }]);
    expect(screen.getByTestId('draft-translation').textContent).toContain('Ihr Paket ist heute losgegangen.');
    expect(screen.getByTestId('draft').textContent).toBe('Your parcel left today.');
    fireEvent.click(screen.getByText('Use translation'));
    expect(screen.getByTestId('draft').textContent).toBe('Ihr Paket ist heute losgegangen.');
    expect(screen.getByTestId('draft-original').textContent).toContain('Your parcel left today.');
  });

  it('says plainly when no translation engine is available, and leaves the draft alone', async () => {
    translation = { text: null, from: 'de', to: 'en', engine: 'none', problem: 'No translation engine is available: no AI provider is set up.' };
    render(<Harness />);
    await act(async () => {
      fireEvent.click(screen.getByTestId('translate-incoming'));
    });
    expect(screen.getByTestId('incoming-translation').textContent).toBe('No translation engine is available: no AI provider is set up.');
    expect(screen.getByTestId('draft').textContent).toBe('Your parcel left today.');
  });
});
