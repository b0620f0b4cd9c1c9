import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';
import { allProven, callApi, checkView, contosoPlan, field, inOutlook, seedPlan, sentDeclaration } from './standIn';

// The pane's views as a keyboard and screen reader user meets them: where focus goes, what is asked before edits
// are lost, long content within reach, and axe-core's check (no serious or critical violation) on each view.

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('apiBaseUrl');
const STATE_TIMEOUT = 20_000;

function paneFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/standin/pane.html'));
  if (!frame) throw new Error('the pane frame is not open');
  return frame;
}

/** What has focus in the pane: its tag and text, for a readable failure. */
const focused = (page: Page) =>
  paneFrame(page).evaluate(() => {
    const e = document.activeElement;
    return e ? `${e.tagName.toLowerCase()}: ${(e.textContent ?? '').trim().slice(0, 80)}` : 'nothing';
  });

describe.skipIf(!chromiumPath)('The pane’s views, for keyboard and screen reader users', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opening a declaration puts focus on its heading at the top of the pane; going back puts it on the card again', async () => {
    const se = 'se-views-focus@fabrikam.example';
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const plan = allProven();
      plan.dealName = `Contoso POV ${i + 1}`;
      ids.push((await sentDeclaration(baseUrl, se, plan)).declarationId);
    }
    await inOutlook(browser, baseUrl, 'views-focus', se, async (page, pane) => {
      // A laptop screen: six cards are more than the pane shows at once.
      await page.setViewportSize({ width: 1280, height: 620 });
      await page.getByRole('button', { name: 'Track Replies' }).click();
      const list = pane.getByRole('list', { name: 'Declarations' });
      await expect.poll(() => list.getByRole('listitem').count(), { timeout: STATE_TIMEOUT }).toBe(6);
      await checkView(page, 'track-replies-list');

      // The oldest is last: scroll down to it, as a person would, and open it.
      const last = pane.locator(`li[data-declaration-id="${ids[0]}"] button`);
      await last.scrollIntoViewIfNeeded();
      expect(await paneFrame(page).evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await last.click();
      const detail = pane.getByRole('article', { name: 'Declaration details' });
      await detail.waitFor();
      await expect.poll(() => focused(page)).toMatch(/^h2: Technical Win: Contoso POV 1/);
      // The detail starts at its top: the way back is in view, not the list's old scroll position.
      const backTop = await detail.getByRole('button', { name: 'All declarations' }).evaluate((e) => e.getBoundingClientRect().top);
      // (Within a pixel: layout rounds to fractions of one.)
      expect(backTop).toBeGreaterThan(-1);
      expect(backTop).toBeLessThan(await paneFrame(page).evaluate(() => window.innerHeight));
      await checkView(page, 'declaration-detail-sent');

      await detail.getByRole('button', { name: 'All declarations' }).click();
      await expect.poll(() => last.evaluate((e) => e === document.activeElement)).toBe(true);
    });
  });

  it('asks before switching plans over unsaved edits', async () => {
    const se = 'se-views-switch@fabrikam.example';
    const other = contosoPlan();
    other.dealName = 'Contoso security POV';
    const otherId = (await seedPlan(baseUrl, se, other)).id;
    await seedPlan(baseUrl, se, contosoPlan());
    await inOutlook(browser, baseUrl, 'views-switch', se, async (page, pane) => {
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      await expect.poll(() => field(pane, 'Deal name').inputValue(), { timeout: STATE_TIMEOUT }).toBe('Contoso observability POV');
      await field(pane, 'Criterion 1 measured value').fill('44');

      const picker = pane.getByRole('combobox', { name: 'Mutual Success Plan' });
      await picker.selectOption(otherId);
      const dialog = pane.getByRole('alertdialog', { name: 'Discard your changes?' });
      await dialog.waitFor();
      await checkView(page, 'plan-switch-dialog');
      await dialog.getByRole('button', { name: 'Keep editing' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await field(pane, 'Criterion 1 measured value').inputValue()).toBe('44');
      expect(await field(pane, 'Deal name').inputValue()).toBe('Contoso observability POV');

      await picker.selectOption(otherId);
      await dialog.getByRole('button', { name: 'Discard changes' }).click();
      await expect.poll(() => field(pane, 'Deal name').inputValue()).toBe('Contoso security POV');
      expect(await field(pane, 'Criterion 1 measured value').inputValue()).toBe('43');
    });
  });

  it('folds a long reply with "Show all", and checks the detail with every panel open', async () => {
    const se = 'se-views-long@fabrikam.example';
    const { declarationId } = await sentDeclaration(baseUrl, se, allProven());
    const notes = Array.from({ length: 30 }, (_, i) => `Note ${i + 1}: we went through the readout figures again with the on-call team.`);
    await callApi(baseUrl, se, 'POST', '/sandbox/prospect/replies', { declarationId, text: ['Hi,', '', ...notes, '', 'Dana'].join('\n') }, 201);
    await inOutlook(browser, baseUrl, 'views-long-reply', se, async (page, pane) => {
      await page.getByRole('button', { name: 'Track Replies' }).click();
      const item = pane.locator(`li[data-declaration-id="${declarationId}"]`);
      await expect.poll(() => item.getByTestId('state-badge').innerText(), { timeout: STATE_TIMEOUT }).not.toMatch(/^Sent/);
      await item.getByRole('button').click();
      const detail = pane.getByRole('article', { name: 'Declaration details' });
      const deciding = detail.getByRole('region', { name: 'Deciding reply' });
      const quote = deciding.getByRole('blockquote');
      const folded = await quote.evaluate((e) => e.getBoundingClientRect().height);
      const showAll = deciding.getByRole('button', { name: /^Show all: Reply from Dana Kim/ });
      expect(await showAll.getAttribute('aria-expanded')).toBe('false');
      await showAll.click();
      const opened = await quote.evaluate((e) => e.getBoundingClientRect().height);
      expect(opened).toBeGreaterThan(folded);
      expect(await deciding.getByRole('button', { name: /^Show less: Reply from Dana Kim/ }).getAttribute('aria-expanded')).toBe('true');
      await checkView(page, 'declaration-detail-long-reply');

      // Every folded panel open at once: override and evidence.
      await detail.getByRole('button', { name: 'Override verdict' }).click();
      await detail.getByRole('button', { name: 'Evidence' }).click();
      await detail.getByRole('list', { name: 'Audit log' }).waitFor({ timeout: STATE_TIMEOUT });
      await checkView(page, 'declaration-detail-all-panels');
    });
  });

  it('keeps a row\'s inputs in line when one of them shows an error', async () => {
    await inOutlook(browser, baseUrl, 'views-aligned', 'se-views-aligned@fabrikam.example', async (page, pane) => {
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      await field(pane, 'POV start').fill('2026-11-24');
      await field(pane, 'POV end').fill('2026-11-10');
      await pane.getByRole('button', { name: 'Save plan' }).click();
      const end = field(pane, 'POV end');
      await pane.locator('[aria-invalid="true"][aria-label="POV end"]').waitFor();
      const top = (label: string) => field(pane, label).evaluate((e) => Math.round(e.getBoundingClientRect().top));
      const left = (label: string) => field(pane, label).evaluate((e) => Math.round(e.getBoundingClientRect().left));
      // Side by side in this pane, and on one line although only POV end has a message under it.
      expect(await left('POV end')).toBeGreaterThan(await left('POV start'));
      expect(await top('POV end')).toBe(await top('POV start'));
      expect(await end.getAttribute('aria-describedby')).toBeTruthy();
      expect(await pane.getByText('POV end must not be before POV start', { exact: true }).count()).toBeGreaterThan(0);
      await checkView(page, 'plan-editor-invalid-dates');
    });
  });

  it('checks the stand-in in read mode with the pane open', async () => {
    const se = 'se-views-read@fabrikam.example';
    await seedPlan(baseUrl, se, allProven());
    await inOutlook(browser, baseUrl, 'views-read', se, async (page, pane) => {
      await page.getByRole('button', { name: 'Read' }).click();
      await page.getByRole('region', { name: 'Received message' }).waitFor();
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      await pane.getByText('Full Technical Win', { exact: true }).waitFor({ timeout: STATE_TIMEOUT });
      await checkView(page, 'standin-read');
    });
  });
});
