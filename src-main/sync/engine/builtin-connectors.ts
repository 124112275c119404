// The connectors this app ships, registered in the app's registry (start-core imports this once).
// Amazon is two connectors in one account: buyer messages arrive by email through Amazon's relay
// (the email connector, in its Amazon mode: relay addresses, order ids) and orders come from SP-API,
// which is optional; a reply to a buyer goes out by mail, a proactive SP-API message (one with a
// messageType) through SP-API.
import { EmailConnector } from '../../connectors/email/email-connector';
import { emailConfigFrom, emailConnectorDefinition, type EmailConnectorContext } from '../../connectors/email/email-definition';
import { amazonConnectorDefinition, ebayConnectorDefinition, shopifyConnectorDefinition } from '../../connectors/marketplace-connectors';
import type { ConnectorDefinition } from '../connector';
import { combineConnectorDefinitions } from './combine-connectors';
import { registerConnector } from './connector-registry';

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

registerConnector(emailConnectorDefinition);
registerConnector(ebayConnectorDefinition);
registerConnector(shopifyConnectorDefinition);
registerConnector(amazonAccountDefinition);
