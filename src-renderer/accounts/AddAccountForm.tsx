// Adding an account: pick a channel, name it, fill the fields its connector asks for. "Test and save"
// lets the core check the credentials with the platform, then store secrets in the keychain; any
// refusal (invalid field, rejected key, no keychain) is shown here, and what was typed stays.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../src-shared/domain/types';
import { call } from '../api/call';
import { useConsole } from '../state/console-store';
import { useAccounts } from './accounts-store';

export function AddAccountForm() {
  const { t, i18n } = useTranslation();
  const channels = useAccounts((s) => s.channels);
  const keychain = useAccounts((s) => s.keychain);
  const add = useAccounts((s) => s.add);
  const [channel, setChannel] = useState<Channel | ''>('');
  const [name, setName] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const selected = channels.find((c) => c.channel === (channel || channels[0]?.channel));
  if (channels.length === 0) return <p className="muted" data-testid="no-connectors">{t('accounts.noConnectors')}</p>;

  const label = (field: { name: string; label: string }) =>
    i18n.exists(`accounts.field.${field.name}`) ? t(`accounts.field.${field.name}`) : field.label;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!selected || saving) return;
    setSaving(true);
    setError(null);
    const failure = await add({ channel: selected.channel, name, values });
    setSaving(false);
    if (failure) {
      setError(failure);
      return;
    }
    useConsole.getState().toast('info', t('accounts.added', { name }));
    const transport = useConsole.getState().transport;
    if (transport) useConsole.setState({ workspace: await call(transport, 'workspace.info', {}) });
    setName('');
    setValues({});
  }

  return (
    <form className="account-form" onSubmit={(e) => void submit(e)} data-testid="add-account-form" aria-labelledby="add-account-title">
      <h2 id="add-account-title">{t('accounts.add')}</h2>
      <label>
        <span>{t('accounts.channel')}</span>
        <select value={selected?.channel ?? ''} onChange={(e) => setChannel(e.target.value as Channel)} name="channel">
          {channels.map((c) => (
            <option key={c.channel} value={c.channel}>
              {t(`channel.${c.channel}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('accounts.name')}</span>
        <input name="name" value={name} required placeholder={t('accounts.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
      </label>
      {selected?.fields.map((field) => (
        <label key={`${selected.channel}-${field.name}`}>
          <span>{label(field)}</span>
          <input
            name={field.name}
            type={field.kind === 'secret' ? 'password' : field.kind === 'number' ? 'number' : field.kind === 'email' ? 'email' : 'text'}
            autoComplete={field.kind === 'secret' ? 'new-password' : 'off'}
            required={field.required}
            placeholder={field.placeholder}
            value={values[field.name] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))}
          />
        </label>
      ))}
      {error && (
        <p className="error" role="alert" data-testid="add-account-error">
          {error}
        </p>
      )}
      {keychain && !keychain.available && <p className="warn small">{t('accounts.keychainMissing')}</p>}
      <button type="submit" className="primary" disabled={saving} data-testid="add-account-submit">
        {saving ? t('accounts.saving') : t('accounts.save')}
      </button>
    </form>
  );
}
