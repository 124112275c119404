// Brand voice (the guide and the phrases to avoid) and the optional AI provider: base URL and model
// in settings, the key in the OS keychain, with a plain statement when the keychain is unavailable.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AiConfigView } from '../../../src-shared/api/contract-assist';
import { useAssist } from '../assist-store';
import { libraryCall } from './library-api';

export function SettingsTab() {
  const { t } = useTranslation();
  const [guide, setGuide] = useState('');
  const [phrases, setPhrases] = useState('');
  const [ai, setAi] = useState<AiConfigView | null>(null);
  const [baseUrl, setBaseUrl] = useState('');
  const [model, setModel] = useState('');
  const [key, setKey] = useState('');
  // The forms appear once the stored values are in, so a late answer never overwrites what was typed.
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void (async () => {
      const voice = await libraryCall('assist.brandVoice.get', {});
      if (voice) {
        setGuide(voice.guide);
        setPhrases(voice.avoidPhrases.join('\n'));
      }
      const config = await libraryCall('ai.config.get', {});
      if (config) {
        setAi(config);
        setBaseUrl(config.baseUrl ?? '');
        setModel(config.model ?? '');
      }
      setLoaded(true);
    })();
  }, []);

  if (!loaded) return <p className="library-tab muted">{t('assist.library.loading')}</p>;

  return (
    <div className="library-tab library-settings" data-testid="assist-settings">
      <form
        className="library-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const saved = await libraryCall('assist.brandVoice.set', { guide, avoidPhrases: phrases.split('\n').map((p) => p.trim()).filter((p) => p.length >= 2) });
          if (saved) useAssist.setState({ brandVoice: saved });
        }}
      >
        <h3>{t('assist.library.brandVoice')}</h3>
        <label>
          {t('assist.library.guide')}
          <textarea rows={4} value={guide} onChange={(e) => setGuide(e.target.value)} />
        </label>
        <label>
          {t('assist.library.avoid')}
          <textarea rows={6} value={phrases} onChange={(e) => setPhrases(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t('assist.library.save')}
        </button>
      </form>
      <form
        className="library-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const saved = await libraryCall('ai.config.set', key ? { baseUrl, model, apiKey: key } : { baseUrl, model });
          if (saved) {
            setAi(saved);
            setKey('');
          }
        }}
      >
        <h3>{t('assist.library.aiProvider')}</h3>
        <p className="muted small">{t('assist.library.aiHint')}</p>
        <label>
          {t('assist.library.baseUrl')}
          <input value={baseUrl} placeholder="https://api.openai.com/v1" onChange={(e) => setBaseUrl(e.target.value)} required />
        </label>
        <label>
          {t('assist.library.model')}
          <input value={model} placeholder="gpt-4o-mini" onChange={(e) => setModel(e.target.value)} required />
        </label>
        <label>
          {t('assist.library.apiKey')}
          <input type="password" value={key} autoComplete="off" placeholder={ai?.hasKey ? t('assist.library.keyStored') : ''} onChange={(e) => setKey(e.target.value)} />
        </label>
        <p className="muted small" data-testid="translation-engine">
          {ai?.configured ? t('assist.library.translationAi') : t('assist.library.translationNone')}
        </p>
        {ai && !ai.keychainAvailable && (
          <p className="composer-warning" data-testid="keychain-problem">
            {ai.keychainProblem}
          </p>
        )}
        <button type="submit" className="primary">
          {t('assist.library.save')}
        </button>
      </form>
    </div>
  );
}
