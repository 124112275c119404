import { test as base } from '@playwright/test';
import { startConsole, type ConsoleProcess } from './console-process';
import { ConsolePage } from '../pages/console-page';

// `app` is a console process on a fresh data folder; `ui` the page object driving it.
export const test = base.extend<{ app: ConsoleProcess; ui: ConsolePage }>({
  app: async ({}, use) => {
    const app = await startConsole();
    await use(app);
    await app.stop();
  },
  ui: async ({ page, app }, use) => {
    const ui = new ConsolePage(page);
    await ui.open(app.url);
    await use(ui);
  },
});

export { expect } from '@playwright/test';
