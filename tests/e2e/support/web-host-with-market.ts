// The web host with the market test connector registered as the eBay connector: what the accounts
// end-to-end tests run (bundled by tests/e2e/accounts.spec.ts), so the app's own build never carries
// test code. Usage: node web-host-market.cjs <renderer dir> --data-dir ... --port 0
import { registerAppConnectors } from '../../../src-main/connectors/register-connectors';
import { runWebHostCli } from '../../../src-main/host/web/cli-main';
import { registerConnector } from '../../../src-main/sync/engine/connector-registry';
import { marketTestConnector } from '../../servers/market-test-connector';

// The app's connectors first (start-core then leaves the registry alone), then the test one over eBay.
registerAppConnectors();
registerConnector(marketTestConnector('ebay'));
const [staticDir, ...argv] = process.argv.slice(2);
void runWebHostCli(argv, staticDir);
