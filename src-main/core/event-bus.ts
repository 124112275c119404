import type { ApiEventName, ApiEvents } from '../../src-shared/api/contract';
import type { CoreEventListener } from './core-types';

/** Fan-out of core events to every connected host; a failing listener never stops the others. */
export function createEventBus() {
  const listeners = new Set<CoreEventListener>();
  return {
    on(listener: CoreEventListener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]) {
      for (const listener of listeners) {
        try {
          listener(event, payload);
        } catch (error) {
          console.error(`[core] event listener failed on ${event}:`, error);
        }
      }
    },
  };
}
