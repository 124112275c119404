// `npm run serve` and the launcher's fallback: core + web host on one data folder, URL on stdout.
import path from 'node:path';
import { argValue, resolveDataDir } from '../../core/data-dir';
import { startCore } from '../../core/start-core';
import { startWebHost } from './web-host';

export async function runWebHostCli(argv: readonly string[], staticDir = path.join(__dirname, '..', 'renderer')): Promise<void> {
  const dataDir = resolveDataDir(argv);
  const port = Number(argValue(argv, 'port') ?? 0);
  const demoConversations = argValue(argv, 'demo-conversations');
  let core;
  try {
    core = startCore({ dataDir, demoConversations: demoConversations ? Number(demoConversations) : undefined });
  } catch (error) {
    console.error(`Agent Console could not open its data folder ${dataDir}: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  let host;
  try {
    host = await startWebHost({ core, staticDir, port: Number.isInteger(port) && port >= 0 ? port : 0 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE' ? `port ${port} is already in use; choose another with --port, or --port 0 for any free port` : (error as Error).message;
    console.error(`Agent Console could not start its web host: ${reason}.`);
    core.close();
    process.exitCode = 1;
    return;
  }
  console.log(`Agent Console is running at ${host.url}`);
  console.log(`Data folder: ${dataDir}`);
  const stop = async () => {
    await host.close();
    core.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
