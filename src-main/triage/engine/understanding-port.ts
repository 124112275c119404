// The message-understanding capability triage depends on (built in src-main/triage/understanding by
// its own module). Triage receives it as a dependency and never constructs it, so tests can hand in
// a small fake and the app wires the real, on-device one.
import type { Intent, MessageInsight } from '../../../src-shared/domain/triage';

export interface UnderstandInput {
  text: string;
  subject?: string;
  languageHint?: string | null;
}

export interface IntentCorrection {
  text: string;
  subject?: string;
  intent: Intent;
  language?: string | null;
}

export interface Understanding {
  understand(input: UnderstandInput): MessageInsight;
  learn(correction: IntentCorrection): void;
  exportState(): string;
}
