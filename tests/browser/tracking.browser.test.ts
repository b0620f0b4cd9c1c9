import { chromium, type Browser, type Frame, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';
import { allProven, checkView, contosoPlan, field, fillPlan, inOutlook, insertIntoMessage, resultsDir } from './standIn';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

// The whole loop in the local Outlook stand-in against the real API and its in-process Sandbox
// mailbox: the pane sends the declaration (or Outlook's compose window does), the stand-in's
// prospect panel makes the lead engineer reply, Graph-style change notifications reach the
// service, and Track Replies shows the new state without the page being reloaded.

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('apiBaseUrl');
const STATE_TIMEOUT = 20_000;

const prospectOf = (page: Page) => page.getByRole('region', { name: 'The prospect’s side' });

/** The pane's frame (for checks the frame locator cannot make, such as "not reloaded"). */
function paneFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/standin/pane.html'));
  if (!frame) throw new Error('the pane frame is not open');
  return frame;
}

/** Marks the pane's document; the mark survives only if the pane is never reloaded. */
async function markPane(page: Page): Promise<void> {
  await paneFrame(page).evaluate(() => ((window as unknown as { owNotReloaded: boolean }).owNotReloaded = true));
}

async function paneWasNotReloaded(page: Page): Promise<boolean> {
  return paneFrame(page).evaluate(() => (window as unknown as { owNotReloaded?: boolean }).owNotReloaded === true);
}

/** Makes the lead engineer answer through the stand-in's prospect panel; returns when the Sandbox took the reply. */
async function prospectReplies(page: Page, declarationId: string, reply: string): Promise<number> {
  const prospect = prospectOf(page);
  await field(prospect, 'Sent declaration').selectOption(declarationId, { timeout: STATE_TIMEOUT });
  await field(prospect, reply).check();
  const status = prospect.getByRole('status');
  await prospect.getByRole('button', { name: 'Make the lead engineer reply' }).click();
  const sentAt = Date.now();
  await expect.poll(() => status.innerText(), { timeout: STATE_TIMEOUT }).toMatch(/replied:|could not/);
  expect(await status.innerText()).toMatch(/replied:/);
  return sentAt;
}

const detailBadge = (pane: FrameLocator) => pane.getByRole('article', { name: 'Declaration details' }).getByTestId('state-badge');

describe.skipIf(!chromiumPath)('Track Replies in the local Outlook stand-in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('(A) sends from OutlookWin, then shows a 👍 as Ambiguous and a written confirmation as Confirmed, without a reload', async () => {
    await inOutlook(browser, baseUrl, 'A-track-mailbox', 'se-track-mailbox@fabrikam.example', async (page, pane) => {
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      await fillPlan(pane, allProven());
      await pane.getByRole('button', { name: 'Save plan' }).click();
      await pane.getByText('Full Technical Win', { exact: true }).waitFor();
      await pane.getByRole('button', { name: 'Preview declaration' }).click();
      await pane.getByRole('button', { name: 'Create draft in mailbox' }).click();
      await pane.getByText('Draft saved in your mailbox', { exact: true }).waitFor();
      await pane.getByRole('button', { name: 'Send from OutlookWin' }).click();

      // Sent: the pane switches to Track Replies on this declaration.
      const detail = pane.getByRole('article', { name: 'Declaration details' });
      await detail.waitFor();
      await expect.poll(() => detailBadge(pane).innerText()).toMatch(/^Sent — awaiting reply/);
      await expect.poll(() => pane.getByRole('tab', { name: 'Track Replies' }).getAttribute('aria-selected')).toBe('true');
      const id = (await detail.getAttribute('data-declaration-id')) ?? '';
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      // The API's event stream is open: each verdict is pushed, and the list is polled only every 30 s meanwhile.
      await pane.getByText(/^Live updates · checked/).waitFor({ timeout: STATE_TIMEOUT });
      await markPane(page);

      const thumbsAt = await prospectReplies(page, id, '👍 Thumbs-up');
      await expect.poll(() => detailBadge(pane).innerText(), { timeout: STATE_TIMEOUT }).toBe('Ambiguous — needs follow-up');
      const ambiguousMs = Date.now() - thumbsAt;

      const confirmedAt = await prospectReplies(page, id, 'Written confirmation');
      await expect.poll(() => detailBadge(pane).innerText(), { timeout: STATE_TIMEOUT }).toBe('Confirmed');
      const confirmedMs = Date.now() - confirmedAt;

      // The deciding reply, its evidence sentence highlighted and named; the 👍 kept as another reply.
      const deciding = detail.getByRole('region', { name: 'Deciding reply' });
      const confirmation = deciding.locator('mark[title*="Confirmation"]').first();
      expect(await confirmation.innerText()).toMatch(/Confirmed/);
      expect(await deciding.getByTestId('reply-verdict').innerText()).toMatch(/^Confirmed · \d+% confidence$/);
      expect(await deciding.locator('code[title]').first().getAttribute('title')).toMatch(/^[0-9a-f]{64}$/);
      expect(await detail.getByRole('region', { name: 'Other replies' }).innerText()).toMatch(/Ambiguous — Dana Kim/);
      await detail.getByRole('region', { name: 'Other replies' }).getByRole('button', { name: /Ambiguous — Dana Kim/ }).click();
      await checkView(page, 'A-track-detail-other-replies');
      expect(await paneWasNotReloaded(page)).toBe(true);
      expect(await pane.getByText(/^Live updates · checked/).count()).toBe(1);

      // Back to the list: the state is there too, and focus is back on the card the SE opened.
      await detail.getByRole('button', { name: 'All declarations' }).click();
      const card = pane.locator(`li[data-declaration-id="${id}"] button`);
      expect(await pane.getByRole('list', { name: 'Declarations' }).getByTestId('state-badge').first().innerText()).toBe('Confirmed');
      await expect.poll(() => card.evaluate((e) => e === document.activeElement)).toBe(true);
      process.stdout.write(`prospect reply to state shown in the pane: 👍 ${ambiguousMs} ms, confirmation ${confirmedMs} ms (pushed over the event stream)\n`);
      await checkView(page, 'A-track-list');
    });
  });

  it('(B) inserts into the message, sends it from Outlook, is found by its mark, and shows a conditional reply with its condition', async () => {
    await inOutlook(browser, baseUrl, 'B-track-compose', 'se-track-compose@fabrikam.example', async (page, pane) => {
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      await fillPlan(pane, contosoPlan());
      await pane.getByRole('button', { name: 'Save plan' }).click();
      await pane.getByText('Conditional Technical Win', { exact: true }).waitFor();
      await pane.getByRole('button', { name: 'Preview declaration' }).click();
      await insertIntoMessage(pane);

      // Outlook's Send, from the compose window the pane filled in and marked.
      const compose = page.getByRole('region', { name: 'Compose message' });
      expect(await field(compose, 'Subject').inputValue()).toContain('Conditional Technical Win');
      await compose.getByRole('button', { name: 'Send', exact: true }).click();
      await expect.poll(() => compose.getByRole('status').innerText()).toBe('Sent');
      expect(await field(compose, 'Subject').inputValue()).toBe('');
      // The prospect's side says the sent copy is awaited, and offers the declaration as soon as it is found.
      await expect
        .poll(() => prospectOf(page).getByRole('status').innerText(), { timeout: STATE_TIMEOUT })
        .toMatch(/^Sent copy found: “.*Conditional Technical Win.*”/);

      // The service finds the marked copy in Sent Items by itself: no "I've sent it" click.
      await page.getByRole('button', { name: 'Track Replies' }).click();
      const list = pane.getByRole('list', { name: 'Declarations' });
      const item = list.getByRole('listitem').first();
      await expect.poll(() => item.getByTestId('state-badge').innerText(), { timeout: STATE_TIMEOUT }).toMatch(/^Sent — awaiting reply/);
      const id = (await item.getAttribute('data-declaration-id')) ?? '';
      await item.getByRole('button').click();
      const detail = pane.getByRole('article', { name: 'Declaration details' });
      expect(await detail.getByTestId('sent-at').innerText()).not.toBe('Not sent yet');
      expect(await detail.innerText()).toContain('Outlook’s compose window');
      await markPane(page);

      await prospectReplies(page, id, 'Conditional');
      await expect.poll(() => detailBadge(pane).innerText(), { timeout: STATE_TIMEOUT }).toBe('Conditional');
      const conditions = detail.getByRole('region', { name: 'Deciding reply' }).getByRole('list', { name: 'Conditions' });
      expect(await conditions.innerText()).toMatch(/can.t sign until the parser patch is deployed and validated/);
      expect(await detail.getByRole('region', { name: 'Deciding reply' }).locator('mark[title*="Condition"]').count()).toBeGreaterThan(0);
      expect(await paneWasNotReloaded(page)).toBe(true);
      await checkView(page, 'B-track-detail-conditional');
    });
  });
});
