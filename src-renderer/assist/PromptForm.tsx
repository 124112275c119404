import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  labels: string[];
  onSubmit: (values: Record<string, string>) => void;
  onCancel: () => void;
}

/** Values the agent must type before a canned reply goes in: one field per `{{prompt:…}}`. */
export function PromptForm({ labels, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>({});
  return (
    <form
      className="prompt-form"
      data-testid="prompt-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(values);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {labels.map((label, i) => (
        <label key={label}>
          {label}
          <input autoFocus={i === 0} value={values[label] ?? ''} onChange={(e) => setValues({ ...values, [label]: e.target.value })} />
        </label>
      ))}
      <button type="submit" className="primary">
        {t('assist.prompts.insert')}
      </button>
    </form>
  );
}
