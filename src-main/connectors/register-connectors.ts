// The platforms the app syncs with, registered once in the shared registry the core reads. A channel
// that already has a connector keeps it: a test host registers its own (e.g. the market test server's
// connector as eBay) before the core starts. Unit tests build their own registry instead.
import type { ConnectorDefinition } from '../sync/connector';
import { connectorRegistry, registerConnector } from '../sync/engine/connector-registry';
import { emailConnectorDefinition } from './email/email-definition';
import { amazonConnectorDefinition, ebayConnectorDefinition, shopifyConnectorDefinition } from './marketplace-connectors';

let registered = false;

export function registerAppConnectors(): void {
  if (registered) return;
  registered = true;
  const add = <S,>(definition: ConnectorDefinition<S>) => {
    if (!connectorRegistry.get(definition.channel)) registerConnector(definition);
  };
  add(emailConnectorDefinition);
  add(amazonConnectorDefinition);
  add(ebayConnectorDefinition);
  add(shopifyConnectorDefinition);
}
