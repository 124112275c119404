// Where the app gets its message understanding: the on-device model, resumed with what it learned
// from the agents' corrections (stored in SQLite by triage). A learned state that cannot be read
// (written by another version, damaged) must not stop the console: it starts from its lexicons.
import { createUnderstanding } from '../understanding';
import type { Understanding } from './understanding-port';

export function createAppUnderstanding(learnedState: string | null): Understanding | null {
  try {
    return createUnderstanding({ learnedState });
  } catch (error) {
    console.warn(`[triage] the learned intent model could not be read (${(error as Error).message}); starting from the built-in lexicons`);
    return createUnderstanding();
  }
}
