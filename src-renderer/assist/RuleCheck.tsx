// The platform-rule check under the draft: each broken rule named, the offending text highlighted in
// a preview of the draft; brand-voice phrases flagged (a warning, not a block). Sending stays blocked
// until the draft is fixed or the agent overrides the named rules with a reason.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandVoiceFlag } from '../../src-shared/assist/brand-voice';
import { brokenRules } from '../../src-shared/assist/platform-rules/check-draft';
import type { PlatformRuleId, RuleViolation } from '../../src-shared/assist/platform-rules/types';
import { highlightSegments } from './composer-assist-logic';

interface Props {
  text: string;
  violations: RuleViolation[];
  flags: BrandVoiceFlag[];
  onOverride: (rules: PlatformRuleId[], reason: string) => void;
}

export function RuleCheck({ text, violations, flags, onOverride }: Props) {
  const { t } = useTranslation();
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  if (violations.length === 0 && flags.length === 0) return null;
  const rules = brokenRules(violations);
  return (
    <div className="rule-check" data-testid="rule-check" role="alert">
      {violations.length > 0 && (
        <ul className="rule-list">
          {violations.map((v, i) => (
            <li key={`${v.rule}-${i}`} data-testid="rule-violation" data-rule={v.rule}>
              <strong>{t(`assist.rules.${v.rule}`)}</strong> — <mark data-testid="rule-excerpt">{v.excerpt.slice(0, 120)}</mark>
            </li>
          ))}
        </ul>
      )}
      {flags.length > 0 && (
        <p className="brand-voice-flags" data-testid="brand-voice-flags">
          {t('assist.brandVoice.flagged', { phrases: [...new Set(flags.map((f) => `“${f.phrase}”`))].join(', ') })}
        </p>
      )}
      <pre className="rule-preview" data-testid="rule-preview">
        {highlightSegments(text, violations, flags).map((s, i) =>
          s.mark ? (
            <mark key={i} className={s.mark === 'brand-voice' ? 'mark-brand' : 'mark-rule'} title={s.mark === 'brand-voice' ? t('assist.brandVoice.title') : t(`assist.rules.${s.mark}`)}>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </pre>
      {violations.length > 0 &&
        (overriding ? (
          <div className="override-form">
            <label>
              {t('assist.override.reason', { rules: rules.map((r) => t(`assist.rules.${r}`)).join(', ') })}
              <input data-testid="override-reason" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
            </label>
            <button type="button" className="danger" data-testid="override-confirm" disabled={reason.trim().length < 3} onClick={() => onOverride(rules, reason.trim())}>
              {t('assist.override.confirm')}
            </button>
            <button type="button" onClick={() => setOverriding(false)}>
              {t('assist.override.cancel')}
            </button>
          </div>
        ) : (
          <p className="muted small">
            {t('assist.override.blocked')}{' '}
            <button type="button" className="link-button" data-testid="override-start" onClick={() => setOverriding(true)}>
              {t('assist.override.start')}
            </button>
          </p>
        ))}
    </div>
  );
}
