import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The boundary lint itself is tested: each forbidden import must be reported where it is forbidden
// and accepted where it is allowed.
const root = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'tests/lint/eslint.config.mjs') });

async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('process-boundary lint', () => {
  it('keeps src-shared free of Node, electron, src-main and the renderer', async () => {
    expect(await restricted('src-shared/x.ts', "import fs from 'node:fs'; export const a = fs;")).toHaveLength(1);
    expect(await restricted('src-shared/x.ts', "import path from 'path'; export const a = path;")).toHaveLength(1);
    expect(await restricted('src-shared/x.ts', "import { app } from 'electron'; export const a = app;")).toHaveLength(1);
    expect(await restricted('src-shared/x.ts', "import { startCore } from '../src-main/core/start-core'; export const a = startCore;")).toHaveLength(1);
    expect(await restricted('src-shared/x.ts', "import { App } from '../src-renderer/app'; export const a = App;")).toHaveLength(1);
    expect(await restricted('src-shared/x.ts', "import { z } from 'zod'; export const a = z;")).toEqual([]);
  });

  it('keeps the renderer away from src-main, Node and electron', async () => {
    expect(await restricted('src-renderer/inbox/x.ts', "import { openDatabase } from '../../src-main/db/open-database'; export const a = openDatabase;")).toHaveLength(1);
    expect(await restricted('src-renderer/inbox/x.ts', "import { ipcRenderer } from 'electron'; export const a = ipcRenderer;")).toHaveLength(1);
    expect(await restricted('src-renderer/inbox/x.ts', "import os from 'node:os'; export const a = os;")).toHaveLength(1);
    expect(await restricted('src-renderer/inbox/x.ts', "import type { ApiTransport } from '../../src-shared/api/contract'; export type A = ApiTransport;")).toEqual([]);
  });

  it('lets only src-main/host/electron import electron', async () => {
    expect(await restricted('src-main/core/x.ts', "import { app } from 'electron'; export const a = app;")).toHaveLength(1);
    expect(await restricted('src-main/host/web/x.ts', "import { app } from 'electron/main'; export const a = app;")).toHaveLength(1);
    expect(await restricted('src-main/host/electron/x.ts', "import { app } from 'electron'; export const a = app;")).toEqual([]);
    expect(await restricted('src-main/core/x.ts', "import fs from 'node:fs'; export const a = fs;")).toEqual([]);
  });
});
