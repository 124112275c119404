// Where the app gets its message understanding. The model lives in src-main/triage/understanding
// (built separately); until it is wired here, triage runs without insights (rules on text, channel,
// order, time... still work; intent / sentiment conditions do not match and nothing is escalated
// for mood).
// INTEGRATION: return createUnderstanding({ learnedState }) from '../understanding'.
import type { Understanding } from './understanding-port';

export function createAppUnderstanding(_learnedState: string | null): Understanding | null {
  return null;
}
