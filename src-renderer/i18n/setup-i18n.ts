import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLocale } from '../../src-shared/domain/types';
import { en } from './en';
import { zhCN } from './zh-CN';

export function setupI18n(locale: UiLocale) {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: locale,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}

export function applyLocale(locale: UiLocale) {
  void i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
