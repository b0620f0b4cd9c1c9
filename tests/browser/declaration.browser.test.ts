import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';
import { allProven, bodyText, checkView, contosoPlan, field, fillPlan, inOutlook as inOutlook_, insertIntoMessage, seedPlan } from './standIn';

// Drives the local Outlook stand-in (served by the real API at /) in headless Chromium: the
// real task pane in its frame, the Office.js stand-in, the real API and its SQLite storage.

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('apiBaseUrl');

describe.skipIf(!chromiumPath)('Draft Declaration in the local Outlook stand-in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const inOutlook = (name: string, user: string, steps: (page: Page, pane: FrameLocator) => Promise<void>) =>
    inOutlook_(browser, baseUrl, name, user, steps);

  it('(a) creates the plan in the pane and inserts a full declaration into the message being written', async () => {
    await inOutlook('a-full-compose', 'se-full@fabrikam.example', async (page, pane) => {
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      await field(pane, 'Prospect').waitFor();
      await checkView(page, 'a-plan-editor-new');
      await fillPlan(pane, allProven());
      await pane.getByRole('button', { name: 'Save plan' }).click();
      await pane.getByText('Full Technical Win', { exact: true }).waitFor();
      await checkView(page, 'a-plan-editor-saved');

      await pane.getByRole('button', { name: 'Preview declaration' }).click();
      await pane.getByTestId('preview-subject').waitFor();
      await checkView(page, 'a-preview');
      await insertIntoMessage(pane);
      await checkView(page, 'a-standin-compose-inserted');

      const compose = page.getByRole('region', { name: 'Compose message' });
      const subject = await field(compose, 'Subject').inputValue();
      expect(subject).toContain('Contoso observability POV');
      expect(subject).not.toContain('Conditional');
      expect(await field(compose, 'To').inputValue()).toBe('Dana Kim <dana@contoso.example>');
      expect(await field(compose, 'Cc').inputValue()).toBe('Jordan Lee <jordan@fabrikam.example>');
      const body = await bodyText(page, '[aria-label="Compose message"]');
      expect(body).toContain('43%');
      expect(body).toContain('40%');
      expect(body).toContain('12 seconds');
      expect(body).toContain('Priya Shah');
      expect(body).toMatch(/confirm in writing/i);
    });
  });

  it('(b) a blocked criterion with a fix due date gives a conditional declaration in the message', async () => {
    await inOutlook('b-conditional-compose', 'se-conditional@fabrikam.example', async (page, pane) => {
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      await fillPlan(pane, contosoPlan());
      await pane.getByRole('button', { name: 'Save plan' }).click();
      await pane.getByText('Conditional Technical Win', { exact: true }).waitFor();

      await pane.getByRole('button', { name: 'Preview declaration' }).click();
      await insertIntoMessage(pane);

      const compose = page.getByRole('region', { name: 'Compose message' });
      expect(await field(compose, 'Subject').inputValue()).toContain('Conditional Technical Win');
      expect(await field(compose, 'To').inputValue()).toContain('dana@contoso.example');
      expect(await field(compose, 'Cc').inputValue()).toContain('jordan@fabrikam.example');
      const body = await bodyText(page, '[aria-label="Compose message"]');
      expect(body).toContain('43%');
      expect(body).toContain('legacy parser patch');
      expect(body).toContain('10 December 2026');
      expect(body).toMatch(/not signed until/i);
    });
  });

  it('(c) refuses a declaration while a mandatory criterion is not proven, says why, and offers no insert', async () => {
    const user = 'se-refused@fabrikam.example';
    await seedPlan(baseUrl, user, allProven());
    await inOutlook('c-refused', user, async (page, pane) => {
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      await pane.getByText('Full Technical Win', { exact: true }).waitFor();

      await field(pane, 'Criterion 2 status').selectOption('not_proven');
      await pane.getByRole('button', { name: 'Save changes' }).click();
      await pane.getByText('No declaration yet', { exact: true }).waitFor();
      const assessment = pane.getByRole('region', { name: 'Declaration assessment' });
      expect(await assessment.innerText()).toMatch(/Page on-call fast.*not proven/);

      await pane.getByRole('button', { name: 'Preview declaration' }).click();
      const refused = pane.getByRole('group', { name: 'Declaration refused' });
      await refused.waitFor();
      expect(await refused.innerText()).toMatch(/Page on-call fast.*not proven/);
      expect(await pane.getByRole('button', { name: 'Insert into message' }).count()).toBe(0);
      expect(await pane.getByRole('button', { name: 'Open as new message' }).count()).toBe(0);
      const compose = page.getByRole('region', { name: 'Compose message' });
      expect(await field(compose, 'Subject').inputValue()).toBe('');
      await checkView(page, 'c-preview-refused');
    });
  });

  it('(d) in read mode opens the declaration as a new message', async () => {
    const user = 'se-read@fabrikam.example';
    await seedPlan(baseUrl, user, allProven());
    await inOutlook('d-read-new-message', user, async (page, pane) => {
      await page.getByRole('button', { name: 'Read' }).click();
      await page.getByRole('region', { name: 'Received message' }).waitFor();
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      await pane.getByText('Full Technical Win', { exact: true }).waitFor();

      await pane.getByRole('button', { name: 'Preview declaration' }).click();
      await pane.getByRole('button', { name: 'Open as new message' }).click();
      await pane.getByText('Declaration opened', { exact: true }).waitFor();

      const opened = page.getByRole('dialog', { name: 'New message window' });
      expect(await field(opened, 'Subject').inputValue()).toContain('Contoso observability POV');
      expect(await field(opened, 'To').inputValue()).toBe('Dana Kim <dana@contoso.example>');
      expect(await field(opened, 'Cc').inputValue()).toBe('Jordan Lee <jordan@fabrikam.example>');
      const body = await bodyText(page, '[aria-label="New message window"]');
      expect(body).toContain('43%');
      expect(body).toContain('12 seconds');
      await checkView(page, 'd-standin-read-new-message');
    });
  });

  it('shows a missing fix date next to its field, in the form’s words, with focus on it', async () => {
    await inOutlook('e-validation', 'se-validation@fabrikam.example', async (page, pane) => {
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      const plan = contosoPlan();
      plan.criteria[2]!.blocker!.fixDue = '';
      await fillPlan(pane, plan);
      await pane.getByRole('button', { name: 'Save plan' }).click();

      const fixDue = field(pane, 'Criterion 3 fix due date');
      await pane.locator('[aria-invalid="true"][aria-label="Criterion 3 fix due date"]').waitFor();
      const describedBy = (await fixDue.getAttribute('aria-describedby')) ?? '';
      const message = await pane.locator(`[id="${describedBy.split(' ')[0]}"]`).innerText();
      // In the form's words, checked before anything was sent, and focus is on the field to fix.
      expect(message).toBe('Criterion 3 fix due date is required');
      await expect.poll(() => fixDue.evaluate((e) => e === e.ownerDocument.activeElement)).toBe(true);
      expect(await field(pane, 'Prospect').getAttribute('aria-invalid')).toBeNull();
      await checkView(page, 'e-plan-editor-invalid');
    });
  });
});
