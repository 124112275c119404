import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runWebHostCli } from '../../../src-main/host/web/cli-main';

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = 0;
});

describe('web host command line', () => {
  it('says clearly when the port is taken, and exits non-zero without a stack trace', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as net.AddressInfo).port;
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-console-cli-'));
    await runWebHostCli(['--data-dir', dataDir, '--port', String(port), '--demo-conversations', '20'], dataDir);
    blocker.close();
    expect(process.exitCode).toBe(1);
    expect(errors).toEqual([`Agent Console could not start its web host: port ${port} is already in use; choose another with --port, or --port 0 for any free port.`]);
  });

  it('says clearly when the data folder cannot be opened', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'agent-console-cli-')), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    await runWebHostCli(['--data-dir', file, '--port', '0']);
    expect(process.exitCode).toBe(1);
    expect(errors[0]).toMatch(/^Agent Console could not open its data folder .*not-a-folder: /);
  });
});
