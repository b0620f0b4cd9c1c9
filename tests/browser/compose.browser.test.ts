import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';
import { allProven, bodyText, callApi, field, inOutlook as inOutlook_, insertIntoMessage, sandboxMessages, seedPlan, sentDeclaration } from './standIn';

// The compose window as real Outlook has it, in the local Outlook stand-in: a message written in plain text, a reply
// with its thread and people, a pane pinned while the selection changes, Outlook on Windows (whose pane hands files to
// the user's browser by a link), and a mailbox draft opened in Outlook's own window.

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('apiBaseUrl');

describe.skipIf(!chromiumPath)('The compose window in the local Outlook stand-in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const inOutlook = (name: string, user: string, steps: (page: Page, pane: FrameLocator) => Promise<void>) =>
    inOutlook_(browser, baseUrl, name, user, steps);

  const previewIn = async (page: Page, pane: FrameLocator) => {
    await page.getByRole('button', { name: 'Draft Declaration' }).click();
    await pane.getByText('Full Technical Win', { exact: true }).waitFor();
    await pane.getByRole('button', { name: 'Preview declaration' }).click();
    await pane.getByTestId('preview-subject').waitFor();
  };

  it('puts the plain-text twin into a message written in plain text, and says so first', async () => {
    const user = 'se-plain@fabrikam.example';
    await seedPlan(baseUrl, user, allProven());
    await inOutlook('compose-plain-text', user, async (page, pane) => {
      await page.getByLabel('Message', { exact: true }).selectOption('new-text');
      await previewIn(page, pane);

      const said = await insertIntoMessage(pane);
      expect(said).toContain('Will set the subject, add Dana Kim to To and Jordan Lee to Cc, and put the declaration in the body');
      expect(said).toContain('as plain text');

      const compose = page.getByRole('region', { name: 'Compose message' });
      expect(await field(compose, 'Subject').inputValue()).toContain('Contoso observability POV');
      expect(await field(compose, 'To').inputValue()).toBe('Dana Kim <dana@contoso.example>');
      const body = await bodyText(page, '[aria-label="Compose message"]');
      expect(body).toContain('43%');
      // Text, not markup: no tag survived as text either.
      expect(body).not.toMatch(/<\/?(p|strong|table)\b/);
    });
  });

  it('in a reply keeps the thread, the subject and the people, adds who is missing, and the sent reply is tracked', async () => {
    const user = 'se-reply@fabrikam.example';
    await seedPlan(baseUrl, user, allProven());
    await inOutlook('compose-reply', user, async (page, pane) => {
      await page.getByLabel('Message', { exact: true }).selectOption('reply');
      const compose = page.getByRole('region', { name: 'Compose message' });
      const subject = await field(compose, 'Subject').inputValue();
      expect(subject).toMatch(/^RE: /);
      await previewIn(page, pane);

      const said = await insertIntoMessage(pane);
      expect(said).toContain('put the declaration above the quoted thread');
      expect(said).toContain('Keeps the subject, the thread, and everyone already on it');

      expect(await field(compose, 'Subject').inputValue()).toBe(subject);
      expect(await field(compose, 'To').inputValue()).toBe('Dana Kim <dana@contoso.example>');
      expect(await field(compose, 'Cc').inputValue()).toBe('Jordan Lee <jordan@fabrikam.example>');
      const body = await bodyText(page, '[aria-label="Compose message"]');
      const declaration = body.indexOf('43%');
      const thread = body.indexOf('Thanks again for running the readout');
      expect(declaration).toBeGreaterThanOrEqual(0);
      expect(thread).toBeGreaterThan(declaration);

      // The pane saved the message: the mailbox holds it as a draft already, and the declaration knows its id.
      const drafts = await sandboxMessages(baseUrl, user, 'drafts');
      expect(drafts.map((m) => m.subject)).toContain(subject);
      const [tracked] = await callApi<{ id: string; internetMessageId: string | null }[]>(baseUrl, user, 'GET', '/api/declarations');
      expect(tracked?.internetMessageId).toBeNull();

      await compose.getByRole('button', { name: 'Send', exact: true }).click();
      await expect.poll(() => compose.getByRole('status').innerText()).toBe('Sent');
      await expect
        .poll(async () => (await callApi<{ internetMessageId: string | null }>(baseUrl, user, 'GET', `/api/declarations/${tracked?.id}`)).internetMessageId, { timeout: 20_000 })
        .toMatch(/^</);
    });
  });

  it('a pinned pane follows the selection: nothing selected, then a message being read, never crashing', async () => {
    const user = 'se-pinned@fabrikam.example';
    await seedPlan(baseUrl, user, allProven());
    await inOutlook('compose-pinned', user, async (page, pane) => {
      await page.getByLabel('Pin pane').check();
      await previewIn(page, pane);
      await pane.getByRole('button', { name: 'Insert into message' }).waitFor();

      await page.getByRole('button', { name: 'Nothing selected' }).click();
      // The same pane (no reload): the preview is still there, the insert is not.
      await pane.getByText(/No message is selected/).waitFor();
      expect(await pane.getByTestId('preview-subject').count()).toBe(1);
      expect(await pane.getByRole('button', { name: 'Insert into message' }).count()).toBe(0);

      await page.getByRole('button', { name: 'Read', exact: true }).click();
      await pane.getByRole('button', { name: 'Open as new message' }).waitFor();
      expect(await pane.getByTestId('preview-subject').count()).toBe(1);
    });
  });

  it('opens a mailbox draft in Outlook’s own window (displayMessageForm)', async () => {
    const user = 'se-open-draft@fabrikam.example';
    await seedPlan(baseUrl, user, allProven());
    await inOutlook('compose-open-draft', user, async (page, pane) => {
      await previewIn(page, pane);
      await pane.getByRole('button', { name: 'Create draft in mailbox' }).click();
      await pane.getByRole('link', { name: 'Open draft' }).click();
      const opened = page.getByRole('dialog', { name: 'Draft window' });
      await opened.waitFor();
      expect(await field(opened, 'Subject').inputValue()).toContain('Contoso observability POV');
      expect(page.context().pages()).toHaveLength(1);
    });
  });

  it('in Outlook on Windows hands the evidence pack to the browser by a signed link that needs no sign-in', async () => {
    const user = 'se-desktop@fabrikam.example';
    const { declarationId } = await sentDeclaration(baseUrl, user, allProven());
    await inOutlook('compose-desktop-pack', user, async (page, pane) => {
      await page.getByLabel('Outlook on Windows').check();
      // What the stand-in's openBrowserWindow hands to "the user's browser".
      await page.evaluate(() => {
        (window as unknown as { opened: string[] }).opened = [];
        window.open = (url?: string | URL) => {
          (window as unknown as { opened: string[] }).opened.push(String(url));
          return null;
        };
      });
      await page.getByRole('button', { name: 'Track Replies' }).click();
      await pane.locator(`li[data-declaration-id="${declarationId}"]`).getByRole('button').click();
      const detail = pane.getByRole('article', { name: 'Declaration details' });
      await detail.getByRole('button', { name: 'Evidence' }).click();
      await detail.getByRole('button', { name: 'Download evidence pack' }).click();
      await detail.getByText('Evidence pack opened in your browser').waitFor();

      const [url] = await page.evaluate(() => (window as unknown as { opened: string[] }).opened);
      expect(url).toMatch(/\/evidence-pack\/signed\?token=/);
      const signed = await fetch(url ?? '');
      expect(signed.status).toBe(200);
      const viaLink = new Uint8Array(await signed.arrayBuffer());
      expect(viaLink.length).toBeGreaterThan(100);
      expect([viaLink[0], viaLink[1]]).toEqual([0x50, 0x4b]);
      // Without the token it is the signed-in route, and there is no sign-in in the browser.
      expect((await fetch(`${baseUrl}/api/declarations/${declarationId}/evidence-pack`)).status).toBe(401);
    });
  });
});
