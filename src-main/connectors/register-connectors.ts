// The platforms the app syncs with, registered once in the shared registry the core reads. Tests
// build their own registry (createConnectorRegistry) and never import this module.
import { registerConnector } from '../sync/engine/connector-registry';
import { emailConnectorDefinition } from './email/email-definition';
import { amazonConnectorDefinition, ebayConnectorDefinition, shopifyConnectorDefinition } from './marketplace-connectors';

let registered = false;

export function registerAppConnectors(): void {
  if (registered) return;
  registered = true;
  registerConnector(emailConnectorDefinition);
  registerConnector(amazonConnectorDefinition);
  registerConnector(ebayConnectorDefinition);
  registerConnector(shopifyConnectorDefinition);
}
