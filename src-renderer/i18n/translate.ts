// Translation outside React components (the store's toasts), with the same resources and language.
// Before i18next is set up (unit tests of the store) the key and its values are shown instead.
import i18next from 'i18next';

export function i18nT(key: string, options?: Record<string, unknown>): string {
  if (i18next.isInitialized) return i18next.t(key, options);
  return [key, ...Object.values(options ?? {}).map(String)].join(' ');
}
