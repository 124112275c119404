// The platforms the app syncs with, registered once in the shared registry the core reads. Tests
// build their own registry (createConnectorRegistry) and never import this module.
//
// Amazon is two connectors in one account: buyer messages arrive by email through Amazon's relay
// (the email connector in its Amazon mode: relay addresses, order ids) and orders come from SP-API,
// which is optional. A reply to a buyer goes out by mail; a proactive SP-API message (one with a
// messageType) through SP-API.
import type { ConnectorDefinition } from '../sync/connector';
import { combineConnectorDefinitions } from '../sync/engine/combine-connectors';
import { registerConnector } from '../sync/engine/connector-registry';
import { EmailConnector } from './email/email-connector';
import { emailConfigFrom, emailConnectorDefinition, type EmailConnectorContext } from './email/email-definition';
import { amazonConnectorDefinition, ebayConnectorDefinition, shopifyConnectorDefinition } from './marketplace-connectors';

const amazonRelayMailbox = {
  ...emailConnectorDefinition,
  channel: 'amazon' as const,
  create: (context: EmailConnectorContext) => new EmailConnector(emailConfigFrom(context, 'amazon')),
};

export const amazonAccountDefinition = combineConnectorDefinitions(
  'amazon',
  [
    { key: 'mail', definition: amazonRelayMailbox as unknown as ConnectorDefinition<unknown> },
    { key: 'orders', definition: amazonConnectorDefinition as unknown as ConnectorDefinition<unknown>, optional: true },
  ],
  { route: (reply) => (reply.messageType ? 'orders' : 'mail') },
);

let registered = false;

export function registerAppConnectors(): void {
  if (registered) return;
  registered = true;
  registerConnector(emailConnectorDefinition);
  registerConnector(amazonAccountDefinition);
  registerConnector(ebayConnectorDefinition);
  registerConnector(shopifyConnectorDefinition);
}
