import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { ApiTransport } from '../../src-shared/api/contract';
import { chooseTransport } from '../api/choose-transport';
import { applyLocale, setupI18n } from '../i18n/setup-i18n';
import { useConsole } from '../state/console-store';
import { App } from './App';

const i18n = setupI18n(navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');

/** Connects to the core, loads the workspace, then shows the console (or says why it cannot). */
export function Root({ transport }: { transport?: ApiTransport }) {
  const [state, setState] = useState<'loading' | 'ready' | { error: string }>('loading');
  const locale = useConsole((s) => s.locale);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        await useConsole.getState().start(transport ?? chooseTransport());
        if (!cancelled) setState('ready');
      } catch (error) {
        if (!cancelled) setState({ error: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [transport]);

  useEffect(() => applyLocale(locale), [locale]);

  return (
    <I18nextProvider i18n={i18n}>
      {state === 'ready' ? (
        <App />
      ) : state === 'loading' ? (
        <div className="splash" role="status">
          {i18n.t('app.loading')}
        </div>
      ) : (
        <div className="splash splash-error" role="alert">
          {i18n.t('app.failed', { message: state.error })}
        </div>
      )}
    </I18nextProvider>
  );
}
