import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';
import {
  allProven,
  callApi,
  contosoPlan,
  inOutlook,
  prospectAnswers,
  sandboxMessages,
  screenshotPane,
  seedPlan,
  sentDeclaration,
} from './standIn';

// A declaration's life as the SE meets it in the local Outlook stand-in, against the real API and its Sandbox:
// the follow-up a 👍 to a conditional declaration gets, who signs the emails, and one live declaration per plan.

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('apiBaseUrl');
const STATE_TIMEOUT = 20_000;

const detailOf = (pane: FrameLocator) => pane.getByRole('article', { name: 'Declaration details' });
const previewBody = (pane: FrameLocator) => pane.frameLocator('iframe[title="Declaration email preview"]').locator('body').innerText();

/** Opens Track Replies on the declaration and waits until it shows `badge`. */
async function openTracked(page: Page, pane: FrameLocator, declarationId: string, badge: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Track Replies' }).click();
  const item = pane.locator(`li[data-declaration-id="${declarationId}"]`);
  await expect.poll(() => item.getByTestId('state-badge').innerText(), { timeout: STATE_TIMEOUT }).toMatch(badge);
  await item.getByRole('button').click();
  await detailOf(pane).waitFor();
}

describe.skipIf(!chromiumPath)('A declaration’s life in the local Outlook stand-in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('(1) follows up a 👍 to a conditional declaration by asking for the Conditional Technical Win, never the blocked criterion', async () => {
    const se = 'se-conditional-nudge@fabrikam.example';
    const { declarationId } = await sentDeclaration(baseUrl, se, contosoPlan());
    await prospectAnswers(baseUrl, se, declarationId, 'thumbs_up');

    await inOutlook(browser, baseUrl, '1-conditional-follow-up', se, async (page, pane) => {
      await openTracked(page, pane, declarationId, 'Ambiguous — needs follow-up');
      const offer = detailOf(pane).getByRole('region', { name: 'Follow-up' });
      await offer.getByRole('button', { name: 'Ask for a written confirmation' }).click();
      await offer.getByRole('group', { name: 'Follow-up preview' }).waitFor();
      const body = (await pane.frameLocator('iframe[title="Follow-up email preview"]').locator('body').innerText()).replace(/\s+/g, ' ');
      expect(body).toContain('agrees to the Conditional Technical Win');
      expect(body).toContain('that “Reduce MTTR” and “Page on-call fast” were met');
      expect(body).toContain('the contract is not signed until the legacy parser patch is deployed and validated against “Legacy syslog ingestion”');
      expect(body).not.toMatch(/“Legacy syslog ingestion”,? (—|were|was) met/);
      expect(body).not.toContain('considers the technical evaluation a success');
      expect(body).toMatch(/Kind regards,\s*Alex Morgan/);
      await screenshotPane(page, '1-conditional-follow-up');
    });
  });

  it('(2) signs the emails with the signed-in name or the plan’s Sales Engineer, and refuses to draft an unsigned one', async () => {
    const se = 'se-signing@fabrikam.example';
    await seedPlan(baseUrl, se, allProven());

    await inOutlook(browser, baseUrl, '2-signing', se, async (page, pane) => {
      await page.locator('#ow-user-name').fill('Sam Rivera');
      await page.locator('#ow-user-name').press('Tab');
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      await pane.getByText('Full Technical Win', { exact: true }).waitFor();
      await pane.getByRole('button', { name: 'Preview declaration' }).click();
      await pane.getByTestId('preview-subject').waitFor();
      expect(await previewBody(pane)).toMatch(/Kind regards,\s*Sam Rivera\s*$/);

      // No name anywhere: no email is drafted, and the pane says what to fill in.
      await page.locator('#ow-user-name').fill('');
      await page.locator('#ow-user-name').press('Tab');
      // The stand-in reloads the pane for the new sign-in: the old preview goes.
      await expect.poll(() => pane.getByTestId('preview-subject').count(), { timeout: STATE_TIMEOUT }).toBe(0);
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      await pane.getByText('Full Technical Win', { exact: true }).waitFor();
      await pane.getByRole('button', { name: 'Preview declaration' }).click();
      const refusal = pane.getByRole('group', { name: 'Declaration refused' });
      await refusal.waitFor({ timeout: STATE_TIMEOUT });
      expect(await refusal.innerText()).toMatch(/Fill in the Sales Engineer's name/);
      expect(await pane.getByTestId('preview-subject').count()).toBe(0);
      await screenshotPane(page, '2-unsigned-refused');

      // The plan's Sales Engineer signs.
      await pane.getByLabel('Sales engineer name (signs the emails)').fill('Alex Morgan');
      await pane.getByLabel('Sales engineer email', { exact: true }).fill('alex@fabrikam.example');
      await pane.getByRole('button', { name: 'Preview declaration' }).click();
      await pane.getByTestId('preview-subject').waitFor({ timeout: STATE_TIMEOUT });
      expect(await previewBody(pane)).toMatch(/Kind regards,\s*Alex Morgan\s*$/);
    });

    // The prospect greets the SE by name, not by the mailbox's local part.
    const greeted = 'se-greeted@fabrikam.example';
    const { declarationId } = await sentDeclaration(baseUrl, greeted, allProven());
    await callApi(baseUrl, greeted, 'POST', '/sandbox/prospect/replies', { declarationId, canned: 'confirmed' }, 201, 'Sam Rivera');
    const inbox = await sandboxMessages(baseUrl, greeted, 'inbox');
    expect(inbox[0]?.bodyPreview ?? '').toMatch(/^Hi Sam,/);
  });

  it('(3) keeps one live declaration per plan: Insert stays off until the SE supersedes it with a reason; cards tell them apart', async () => {
    const se = 'se-supersede@fabrikam.example';
    const { declarationId: first } = await sentDeclaration(baseUrl, se, contosoPlan());

    await inOutlook(browser, baseUrl, '3-supersede', se, async (page, pane) => {
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      await pane.getByText('Conditional Technical Win', { exact: true }).waitFor();
      await pane.getByRole('button', { name: 'Preview declaration' }).click();
      const live = pane.getByTestId('live-declaration');
      await live.waitFor({ timeout: STATE_TIMEOUT });
      expect(await live.innerText()).toMatch(/This plan already has a live declaration/);
      expect(await live.innerText()).toMatch(/Conditional · sent/);
      const insert = pane.getByRole('button', { name: 'Insert into message' });
      expect(await insert.isDisabled()).toBe(true);
      expect(await pane.getByRole('button', { name: 'Create draft in mailbox' }).isDisabled()).toBe(true);
      await screenshotPane(page, '3-live-declaration');

      await live.getByRole('checkbox', { name: 'Supersede it with a new declaration' }).check();
      expect(await insert.isDisabled()).toBe(true);
      await live.getByRole('textbox').fill('The paging figure was corrected after the readout');
      await expect.poll(() => insert.isDisabled()).toBe(false);
      await insert.click();
      // Insert says what it changes first; the supersede goes with the confirmed insert.
      const review = pane.getByRole('group', { name: 'What inserting changes' });
      await review.waitFor();
      await review.getByRole('button', { name: 'Insert', exact: true }).click();
      await pane.getByText('Declaration inserted', { exact: true }).waitFor({ timeout: STATE_TIMEOUT });

      await page.getByRole('button', { name: 'Track Replies' }).click();
      const old = pane.locator(`li[data-declaration-id="${first}"]`);
      await expect.poll(() => old.getByTestId('state-badge').innerText(), { timeout: STATE_TIMEOUT }).toBe('Superseded');
      expect(await old.getByTestId('card-facts').innerText()).toMatch(/^Conditional · sent .+ · superseded /);
      const facts = await pane.getByTestId('card-facts').allInnerTexts();
      expect(facts).toHaveLength(2);
      expect(facts[0]).toMatch(/^Conditional · drafted .+, not sent$/);
      await screenshotPane(page, '3-cards');

      await old.getByRole('button').click();
      const note = detailOf(pane).getByTestId('superseded-note');
      await note.waitFor();
      expect(await note.innerText()).toMatch(/The paging figure was corrected after the readout/);
    });

    // The old one's evidence chain says why it was superseded, and still verifies.
    const chain = await callApi<{ kind: string; payload: { reason?: string } }[]>(baseUrl, se, 'GET', `/api/declarations/${first}/evidence`);
    expect(chain.at(-1)).toMatchObject({ kind: 'declaration_superseded', payload: { reason: 'The paging figure was corrected after the readout' } });
    expect(await callApi<{ valid: boolean }>(baseUrl, se, 'GET', `/api/declarations/${first}/evidence/verify`)).toMatchObject({ valid: true });
  });
});
