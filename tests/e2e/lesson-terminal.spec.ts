// The lesson terminal in a real browser: the sandbox in a Web Worker, Ctrl-C, persistence, layout.
import { expect, test } from '@playwright/test';
import { expectPrompt, lastRow, openFirstLesson, screen, typeLine, waitForTerminal } from './terminal.js';

test('kubectl get nodes lists the three kind nodes', async ({ page }, info) => {
  await openFirstLesson(page);
  await expect(page.locator('[data-knet-runtime-status]')).toHaveText(/Runs in this browser/);
  await expectPrompt(page);
  await typeLine(page, 'kubectl get nodes');
  for (const node of ['kind-control-plane', 'kind-worker ', 'kind-worker2']) await expect(screen(page)).toContainText(node);
  await expect(screen(page)).toContainText(/NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION/);
  await expectPrompt(page);
  await page.screenshot({ path: info.outputPath('lesson-1280x800.png') });
});

test('Ctrl-C stops a runaway loop while the page stays responsive', async ({ page }, info) => {
  await openFirstLesson(page);
  await expectPrompt(page);
  await typeLine(page, 'while true; do sleep 1; done');
  await expect.poll(() => lastRow(page)).toContain('while true; do sleep 1; done');
  await page.keyboard.press('Control+C');
  await expect(screen(page)).toContainText('^C');
  await expectPrompt(page);

  // A busy loop: the page's thread is free (it answers at once) and Ctrl-C reaches the worker.
  await typeLine(page, 'while true; do :; done');
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  await page.keyboard.press('Control+C');
  await expectPrompt(page);
  await typeLine(page, 'echo status=$?');
  await expect(screen(page)).toContainText("status=130");
  await page.screenshot({ path: info.outputPath('ctrl-c-1280x800.png') });
});

test('a reload keeps the history, the shell and the cluster; reset starts afresh', async ({ page }) => {
  await openFirstLesson(page);
  await expectPrompt(page);
  await typeLine(page, 'kubectl create namespace kept && export COLOR=blue');
  await expect(screen(page)).toContainText('namespace/kept created');
  await expectPrompt(page);

  await page.reload();
  await waitForTerminal(page);
  await expect(page.locator('[data-knet-runtime-status]')).toHaveText(/restored/);
  await expectPrompt(page);
  await page.locator('[data-knet-terminal] .xterm-helper-textarea').focus();
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => lastRow(page)).toContain('kubectl create namespace kept && export COLOR=blue');
  await page.keyboard.press('Control+U');
  await typeLine(page, 'echo color=$COLOR; kubectl get ns kept --no-headers');
  await expect(screen(page)).toContainText('color=blue');
  await expect(screen(page)).toContainText(/kept\s+Active/);

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Reset lesson' }).click();
  await expect.poll(() => screen(page).innerText()).not.toContain('color=blue');
  await waitForTerminal(page);
  await expectPrompt(page);
  await typeLine(page, 'kubectl get ns kept');
  await expect(screen(page)).toContainText('Error from server (NotFound): namespaces "kept" not found');
});

test('a second tab of the lesson runs unsaved and says so', async ({ page, context }) => {
  await openFirstLesson(page);
  await expect(page.locator('[data-knet-runtime-status]')).toHaveText(/saved as you go/);
  const second = await context.newPage();
  await second.goto(page.url());
  await waitForTerminal(second);
  await expect(second.locator('[data-knet-runtime-status]')).toHaveText(/not saved: this lesson is open in another tab/);
  await expectPrompt(second);
  await typeLine(second, 'kubectl get nodes -o name');
  await expect(screen(second)).toContainText('node/kind-worker2');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the lesson and its terminal fit the screen', async ({ page }, info) => {
    await page.goto('/');
    await page.screenshot({ path: info.outputPath('home-390x844.png') });
    await openFirstLesson(page);
    await expectPrompt(page);
    await typeLine(page, 'kubectl get nodes');
    await expect(screen(page)).toContainText('kind-worker2');
    await page.screenshot({ path: info.outputPath('lesson-390x844.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the course home renders', async ({ page }, info) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Start with/ })).toBeVisible();
  await page.screenshot({ path: info.outputPath('home-1280x800.png') });
});
