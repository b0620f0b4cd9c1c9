import { readFileSync } from 'node:fs';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlanRequest } from '../../addin/src/api/types';
import { CHROMIUM_ARGS } from './chromium';
import {
  allProven,
  callApi,
  inOutlook,
  prospectAnswers,
  sandboxMessages,
  sandboxMime,
  checkView,
  seedPlan,
  sentDeclaration,
} from './standIn';

// What a stored reply becomes, in the local Outlook stand-in against the real API and its Sandbox
// mailbox: the forward of the original message to the economic buyer (whose own Sandbox mailbox
// is then read), the override a 👍 needs before it can be forwarded, the evidence chain and pack,
// and the zombie clock's follow-up and overdue flag.
//
// A *stale* declaration is made by moving the local product's clock forward (the Sandbox's
// POST /sandbox/clock), and back again when the test is done.

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('apiBaseUrl');
const STATE_TIMEOUT = 20_000;

/** A plan whose economic buyer has a mailbox of their own for this test only. */
function planFor(vpEmail: string): PlanRequest {
  const plan = allProven();
  plan.economicBuyer = { ...plan.economicBuyer, email: vpEmail };
  plan.salesEngineer = { name: 'Alex Morgan', email: 'alex@fabrikam.example' };
  return plan;
}

/** A calendar date `days` before today (UTC), as the API reads dates. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

const detailOf = (pane: FrameLocator) => pane.getByRole('article', { name: 'Declaration details' });

/** Opens Track Replies on the declaration and waits until it shows `state`. */
async function openTracked(page: Page, pane: FrameLocator, declarationId: string, badge: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Track Replies' }).click();
  const item = pane.locator(`li[data-declaration-id="${declarationId}"]`);
  await expect.poll(() => item.getByTestId('state-badge').innerText(), { timeout: STATE_TIMEOUT }).toMatch(badge);
  await item.getByRole('button').click();
  await detailOf(pane).waitFor();
}

describe.skipIf(!chromiumPath)('Evidence and the economic buyer in the local Outlook stand-in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('(A) forwards a confirmed reply to the VP with the cover note; the VP’s mailbox holds the original; the evidence verifies and downloads', async () => {
    const se = 'se-forward@fabrikam.example';
    const vp = 'priya@contoso.example';
    const { declarationId } = await sentDeclaration(baseUrl, se, planFor(vp));
    await prospectAnswers(baseUrl, se, declarationId, 'confirmed');

    await inOutlook(browser, baseUrl, 'A-forward', se, async (page, pane) => {
      await openTracked(page, pane, declarationId, /^Confirmed/);
      const forward = detailOf(pane).getByRole('region', { name: 'Forward to the economic buyer' });
      await forward.getByRole('button', { name: 'Forward to Priya Shah' }).click();

      const form = forward.getByRole('form', { name: 'Forward preview' });
      expect(await form.getByRole('textbox', { name: /^To/ }).inputValue()).toBe(`Priya Shah <${vp}>`);
      expect(await form.getByRole('textbox', { name: /^Cc/ }).inputValue()).toBe('Jordan Lee <jordan@fabrikam.example>');
      const note = form.getByRole('textbox', { name: /^Cover note/ });
      const generated = await note.inputValue();
      expect(generated).toMatch(/Dana Kim/);
      expect(generated).toMatch(/Are we ready to review the contract\?/);
      expect(generated).toMatch(/Alex Morgan\s*$/);
      // The SE adds a line of their own before it goes.
      await note.fill(generated.replace('Are we ready to review the contract?', 'Are we ready to review the contract? Happy to walk you through the readout.'));
      await checkView(page, 'A-forward-preview');
      await form.getByRole('button', { name: 'Forward', exact: true }).click();
      await forward.getByText('Forwarded to Priya Shah', { exact: true }).waitFor({ timeout: STATE_TIMEOUT });
      expect(await forward.getByRole('list', { name: 'Forwards made' }).innerText()).toMatch(/To Priya Shah, cc Jordan Lee\s+by se-forward@fabrikam\.example/);

      // The VP's own mailbox (signed in as the VP): the forward, holding the original reply under the note.
      let forwarded: { id: string; subject: string } | undefined;
      await expect
        .poll(async () => {
          forwarded = (await sandboxMessages(baseUrl, vp, 'inbox')).find((m) => m.subject.startsWith('FW:'));
          return forwarded?.subject ?? '';
        }, { timeout: STATE_TIMEOUT })
        .toMatch(/^FW: .*Technical Win/);
      const mime = (await sandboxMime(baseUrl, vp, forwarded!.id)).replace(/=\r?\n/g, '');
      expect(mime).toMatch(/Are we ready to review the contract\? Happy to walk you through the readout\./);
      expect(mime).toMatch(/Confirmed\. The team considers the technical evaluation a success/);
      expect(mime).toMatch(/^Cc:.*jordan@fabrikam\.example/im);

      // Forwarding again is asked first.
      await forward.getByRole('button', { name: 'Forward to Priya Shah' }).click();
      await forward.getByRole('button', { name: 'Forward', exact: true }).click();
      await forward.getByRole('group', { name: 'Forward again?' }).waitFor();
      await forward.getByRole('button', { name: 'Don’t' }).click();
      await forward.getByRole('button', { name: 'Cancel' }).click();

      // The evidence: the forward is in the audit log, the chain verifies, the pack downloads.
      const detail = detailOf(pane);
      await detail.getByRole('button', { name: 'Evidence' }).click();
      const log = detail.getByRole('list', { name: 'Audit log' });
      await expect.poll(() => log.innerText(), { timeout: STATE_TIMEOUT }).toMatch(/Forwarded · To priya@contoso\.example/);
      expect(await log.innerText()).toMatch(/Declaration drafted[\s\S]*Declaration sent[\s\S]*Reply received[\s\S]*Verdict · Confirmed/);
      await detail.getByRole('button', { name: 'Verify' }).click();
      const verdict = detail.getByTestId('verification');
      await expect.poll(() => verdict.getAttribute('data-valid'), { timeout: STATE_TIMEOUT }).toBe('true');
      expect(await verdict.innerText()).toMatch(/Evidence intact/);

      const downloading = page.waitForEvent('download');
      await detail.getByRole('button', { name: 'Download evidence pack' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^evidence-contoso-\d{4}-\d{2}-\d{2}\.zip$/);
      const zip = readFileSync((await download.path())!);
      expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(zip.includes(Buffer.from('manifest.json'))).toBe(true);
      await detail.getByText('Evidence pack saved', { exact: true }).waitFor();
      await checkView(page, 'A-forward-evidence');
    });
  });

  it('(B) offers no forward for a 👍 until the SE overrides it with a reason; then the forward goes', async () => {
    const se = 'se-override@fabrikam.example';
    const vp = 'vp-override@contoso.example';
    const { declarationId } = await sentDeclaration(baseUrl, se, planFor(vp));
    await prospectAnswers(baseUrl, se, declarationId, 'thumbs_up');

    await inOutlook(browser, baseUrl, 'B-override', se, async (page, pane) => {
      await openTracked(page, pane, declarationId, 'Ambiguous — needs follow-up');
      const detail = detailOf(pane);
      const forward = detail.getByRole('region', { name: 'Forward to the economic buyer' });
      expect(await forward.getByTestId('forward-blocked').innerText()).toMatch(/not a written confirmation/);
      expect(await forward.getByRole('button', { name: /^Forward to/ }).count()).toBe(0);
      // The API agrees: nothing can be forwarded yet.
      const refused = await fetch(`${baseUrl}/api/declarations/${declarationId}/forward`, {
        method: 'POST',
        headers: { 'X-Dev-User': se, 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(refused.status).toBe(409);

      // Each control has a name of its own: the way to the override, its section, and its submit button.
      const names = await detail.getByRole('button').evaluateAll((buttons) =>
        buttons.map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
      );
      expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
      await forward.getByRole('button', { name: 'Set the verdict by hand' }).click();
      const form = detail.getByRole('form', { name: 'Override verdict' });
      await expect.poll(() => form.getByRole('combobox', { name: /^Verdict/ }).evaluate((e) => e === document.activeElement)).toBe(true);
      await checkView(page, 'B-override-form');
      // The reason is required: nothing is sent without it.
      await form.getByRole('combobox', { name: /^Verdict/ }).selectOption('confirmed');
      await form.getByRole('button', { name: 'Save override' }).click();
      await form.getByText('Say why: the reason is kept with the override as evidence.').waitFor();
      await form.getByRole('textbox', { name: /^Reason/ }).fill('Dana confirmed on the readout call; the 👍 answers the declaration.');
      await form.getByRole('button', { name: 'Save override' }).click();

      const override = detail.getByRole('region', { name: 'Override' });
      await override.waitFor({ timeout: STATE_TIMEOUT });
      expect(await override.innerText()).toMatch(/Verdict set by hand: Confirmed[\s\S]*by se-override@fabrikam\.example[\s\S]*Dana confirmed on the readout call/);
      expect(await override.getByTestId('own-reading').innerText()).toMatch(/own reading: Ambiguous/);
      await expect.poll(() => detail.getByTestId('state-badge').first().innerText()).toBe('Confirmed · set by hand');

      await forward.getByRole('button', { name: 'Forward to Priya Shah' }).click({ timeout: STATE_TIMEOUT });
      await forward.getByRole('button', { name: 'Forward', exact: true }).click();
      await forward.getByText('Forwarded to Priya Shah', { exact: true }).waitFor({ timeout: STATE_TIMEOUT });
      let forwarded: { id: string } | undefined;
      await expect
        .poll(async () => {
          forwarded = (await sandboxMessages(baseUrl, vp, 'inbox')).find((m) => m.subject.startsWith('FW:'));
          return forwarded !== undefined;
        }, { timeout: STATE_TIMEOUT })
        .toBe(true);
      // The note was left as generated, so the API's own went: the question is in it.
      const mime = (await sandboxMime(baseUrl, vp, forwarded!.id)).replace(/=\r?\n/g, '');
      expect(mime).toMatch(/Are we ready to review the contract\?/);
      await checkView(page, 'B-override');
    });
  });

  it('(C) drafts the follow-up a 👍 needs into the SE’s mailbox, and flags a plan whose declaration is overdue', async () => {
    const se = 'se-follow-up@fabrikam.example';
    const { declarationId } = await sentDeclaration(baseUrl, se, planFor('vp-follow-up@contoso.example'));
    await prospectAnswers(baseUrl, se, declarationId, 'thumbs_up');
    const overdue = allProven();
    overdue.dealName = 'Contoso security POV';
    overdue.povStart = daysAgo(40);
    overdue.povEnd = daysAgo(14);
    overdue.readoutDate = daysAgo(14);
    await seedPlan(baseUrl, se, overdue);

    await inOutlook(browser, baseUrl, 'C-follow-up', se, async (page, pane) => {
      await openTracked(page, pane, declarationId, 'Ambiguous — needs follow-up');
      const offer = detailOf(pane).getByRole('region', { name: 'Follow-up' });
      await offer.getByRole('button', { name: 'Ask for a written confirmation' }).click();
      const preview = offer.getByRole('group', { name: 'Follow-up preview' });
      expect(await preview.getByTestId('follow-up-to').innerText()).toBe('Dana Kim <dana@contoso.example>');
      expect(await preview.getByTestId('follow-up-subject').innerText()).toMatch(/^RE: /);
      const body = await pane.frameLocator('iframe[title="Follow-up email preview"]').locator('body').innerText();
      expect(body).toMatch(/confirming that the Contoso team considers the technical evaluation a success/);
      await checkView(page, 'C-follow-up-preview');
      await preview.getByRole('button', { name: 'Create draft' }).click();
      await offer.getByRole('group', { name: 'Follow-up result' }).waitFor({ timeout: STATE_TIMEOUT });
      expect(await offer.getByRole('group', { name: 'Follow-up result' }).innerText()).toMatch(/saved in your Drafts/);

      const drafts = await sandboxMessages(baseUrl, se, 'drafts');
      const draft = drafts.find((m) => m.subject.startsWith('RE: '));
      expect(draft?.bodyPreview ?? '').toMatch(/Thank you for the quick reply/);

      // The overdue plan, flagged in Draft Declaration (the newest plan opens first).
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      const flag = pane.getByRole('group', { name: 'Declaration overdue' });
      await flag.waitFor({ timeout: STATE_TIMEOUT });
      expect(await flag.innerText()).toMatch(/Declaration overdue: due .+, \d+ business days late/);
      expect(await flag.innerText()).toMatch(/no declaration has been sent/);
      expect(await pane.getByRole('option', { name: 'Contoso security POV (overdue)' }).count()).toBe(1);
      expect(await pane.getByRole('option', { name: 'Contoso observability POV', exact: true }).count()).toBe(1);
      await checkView(page, 'C-overdue');
    });
  });

  it('(D) turns a declaration with no answer stale when days pass, and drafts the follow-up that asks for it in writing', async () => {
    const se = 'se-stale@fabrikam.example';
    const { declarationId } = await sentDeclaration(baseUrl, se, planFor('vp-stale@contoso.example'));
    await callApi(baseUrl, se, 'POST', '/sandbox/clock', { advance: '6.00:00:00' });
    try {
      await inOutlook(browser, baseUrl, 'D-stale', se, async (page, pane) => {
        await openTracked(page, pane, declarationId, /^No written answer — due /);
        const offer = detailOf(pane).getByRole('region', { name: 'Follow-up' });
        await offer.getByRole('button', { name: 'Draft the follow-up' }).click();
        const preview = offer.getByRole('group', { name: 'Follow-up preview' });
        expect(await preview.getByTestId('follow-up-to').innerText()).toBe('Dana Kim <dana@contoso.example>');
        const body = await pane.frameLocator('iframe[title="Follow-up email preview"]').locator('body').innerText();
        expect(body).toMatch(/one-line written confirmation/);
        await preview.getByRole('button', { name: 'Create draft' }).click();
        await offer.getByRole('group', { name: 'Follow-up result' }).waitFor({ timeout: STATE_TIMEOUT });

        const drafts = await sandboxMessages(baseUrl, se, 'drafts');
        expect(drafts.some((m) => m.subject.startsWith('RE: ') && /Following up on my note/.test(m.bodyPreview))).toBe(true);
        await checkView(page, 'D-stale');
      });
    } finally {
      await callApi(baseUrl, se, 'POST', '/sandbox/clock', { reset: true });
    }
  });
});
