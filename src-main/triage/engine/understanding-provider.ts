// Where the app gets its message understanding: the on-device model, resumed with what it learned
// from the agents' corrections (stored in SQLite by triage).
import { createUnderstanding } from '../understanding';
import type { Understanding } from './understanding-port';

export function createAppUnderstanding(learnedState: string | null): Understanding | null {
  return createUnderstanding({ learnedState });
}
