// Maps a channel to the connector that speaks its platform. Connector modules register themselves
// (`registerConnector(definition)` at module load); the core reads the shared registry, tests build
// their own with `createConnectorRegistry()` so that a test connector never leaks into the app.
import type { Channel } from '../../../src-shared/domain/types';
import type { ConnectorDefinition } from '../connector';

export interface ConnectorRegistry {
  register(definition: ConnectorDefinition<never> | ConnectorDefinition<unknown>): void;
  get(channel: Channel): ConnectorDefinition<unknown> | undefined;
  channels(): Channel[];
}

export function createConnectorRegistry(): ConnectorRegistry {
  const definitions = new Map<Channel, ConnectorDefinition<unknown>>();
  return {
    register(definition) {
      // A later registration replaces an earlier one: the newest module for a channel wins.
      definitions.set(definition.channel, definition as ConnectorDefinition<unknown>);
    },
    get: (channel) => definitions.get(channel),
    channels: () => [...definitions.keys()].sort(),
  };
}

/** The registry the app uses. */
export const connectorRegistry = createConnectorRegistry();

export function registerConnector<S>(definition: ConnectorDefinition<S>): void {
  connectorRegistry.register(definition as unknown as ConnectorDefinition<unknown>);
}
