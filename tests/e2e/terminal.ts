// Helpers for driving the lesson terminal (xterm.js, DOM renderer) from Playwright.
import { expect, type Page } from '@playwright/test';

/** The first lesson, reached the way a learner does: from the course home's start button. */
export async function openFirstLesson(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: /^Start with/ }).click();
  await expect(page).toHaveURL(/\/lessons\//);
  await waitForTerminal(page);
}

export async function waitForTerminal(page: Page): Promise<void> {
  const term = page.locator('[data-knet-terminal][data-ready="true"]');
  await expect(term).toBeVisible({ timeout: 30_000 });
  // xterm.js does not paint while it is off screen; a learner scrolls to it too.
  await term.scrollIntoViewIfNeeded();
}

/** The terminal's visible rows as text. */
export function screen(page: Page) {
  return page.locator('[data-knet-terminal] .xterm-rows');
}

/** Types a line into the terminal as keystrokes and presses Enter. */
export async function typeLine(page: Page, line: string): Promise<void> {
  await page.locator('[data-knet-terminal] .xterm-helper-textarea').focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** Text of the terminal's last non-empty row. */
export async function lastRow(page: Page): Promise<string> {
  const rows = await screen(page).locator(':scope > div').allInnerTexts();
  const filled = rows.map((r) => r.replace(/\u00a0/g, ' ').trimEnd()).filter((r) => r !== '');
  return filled[filled.length - 1] ?? '';
}

/** Waits until the terminal shows a fresh prompt on its last row. */
export async function expectPrompt(page: Page): Promise<void> {
  await expect.poll(() => lastRow(page)).toMatch(/\$$/);
}
