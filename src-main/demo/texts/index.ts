import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import type { LanguageTexts } from './types';
import { zh } from './zh';

export const TEXTS: Record<DemoLanguage, LanguageTexts> = { en, de, fr, es, it, ja, zh };
export type DemoLanguage = 'en' | 'de' | 'fr' | 'es' | 'it' | 'ja' | 'zh';
export { INTENTS, type Intent } from './types';
