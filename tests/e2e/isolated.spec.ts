// A cross-origin isolated page (COOP + COEP, as a WebContainer host serves it): the runtime shares
// its Ctrl-C flag with the worker through a SharedArrayBuffer, and everything still works.
import { expect, test } from '@playwright/test';
import { expectPrompt, openFirstLesson, screen, typeLine } from './terminal.js';

test.beforeEach(async ({ context }) => {
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
    await route.fulfill({ response, headers });
  });
});

test('Ctrl-C stops a busy loop through the shared flag', async ({ page }) => {
  await openFirstLesson(page);
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  await expectPrompt(page);
  await typeLine(page, 'while true; do :; done');
  await page.keyboard.press('Control+C');
  await expectPrompt(page);
  await typeLine(page, 'echo status=$?');
  await expect(screen(page)).toContainText('status=130');
});
