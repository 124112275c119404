// The platforms the app syncs with, registered once in the shared registry the core reads. A channel
// that already has a connector keeps it: a test host registers its own (e.g. the market test server's
// connector as eBay) before the core starts. Unit tests build their own registry instead.
//
// Amazon is two connectors in one account: buyer messages arrive by email through Amazon's relay
// (the email connector in its Amazon mode: relay addresses, order ids) and orders come from SP-API,
// which is optional. A reply to a buyer goes out by mail; a proactive SP-API message (one with a
// messageType) through SP-API.
import type { ConnectorDefinition } from '../sync/connector';
import { combineConnectorDefinitions } from '../sync/engine/combine-connectors';
import { connectorRegistry, registerConnector } from '../sync/engine/connector-registry';
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
  const add = <S,>(definition: ConnectorDefinition<S>) => {
    if (!connectorRegistry.get(definition.channel)) registerConnector(definition);
  };
  add(emailConnectorDefinition);
  add(amazonAccountDefinition);
  add(ebayConnectorDefinition);
  add(shopifyConnectorDefinition);
}
