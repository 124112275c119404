// The message-understanding capability triage depends on (built in src-main/triage/understanding).
// Triage receives it as a dependency and never constructs it, so tests can hand in a small fake and
// the app wires the real, on-device one (understanding-provider.ts).
export type { IntentCorrection, UnderstandInput, Understanding } from '../understanding';
