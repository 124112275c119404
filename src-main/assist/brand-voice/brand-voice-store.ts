import { DEFAULT_BRAND_VOICE, type BrandVoiceGuide } from '../../../src-shared/assist/brand-voice';
import type { SettingsStore } from '../settings-store';

const KEY = 'assist.brandVoice';

/** The seller's brand-voice guide and phrases to avoid; the defaults until the seller writes their own. */
export function createBrandVoiceStore(settings: SettingsStore) {
  return {
    get: (): BrandVoiceGuide => settings.get<BrandVoiceGuide>(KEY) ?? DEFAULT_BRAND_VOICE,
    set(guide: BrandVoiceGuide): BrandVoiceGuide {
      const clean = { guide: guide.guide, avoidPhrases: [...new Set(guide.avoidPhrases.map((p) => p.trim()).filter(Boolean))] };
      settings.set(KEY, clean);
      return clean;
    },
  };
}
export type BrandVoiceStore = ReturnType<typeof createBrandVoiceStore>;
