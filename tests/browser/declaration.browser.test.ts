import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlanRequest, PlanResponse } from '../../addin/src/api/types';
import { CHROMIUM_ARGS } from './chromium';

// Drives the local Outlook stand-in (served by the real API at /) in headless Chromium: the
// real task pane in its frame, the Office.js stand-in, the real API and its SQLite storage.

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('apiBaseUrl');
const resultsDir = resolve(import.meta.dirname, '..', '..', 'test-results');

function contosoPlan(): PlanRequest {
  return {
    prospect: 'Contoso',
    dealName: 'Contoso observability POV',
    povStart: '2026-11-10',
    povEnd: '2026-11-24',
    readoutDate: '2026-11-24',
    accountExecutive: { name: 'Jordan Lee', email: 'jordan@fabrikam.example' },
    leadEngineer: { name: 'Dana Kim', email: 'dana@contoso.example' },
    economicBuyer: { name: 'Priya Shah', title: 'VP of Engineering', email: 'priya@contoso.example' },
    criteria: [
      { title: 'Reduce MTTR', metric: 'MTTR reduction', unit: 'percent', direction: 'higher_is_better', target: 40, measured: 43, status: 'proven', mandatory: true },
      { title: 'Page on-call fast', metric: 'time to page on-call', unit: 'seconds', direction: 'lower_is_better', target: 30, measured: 12, status: 'proven', mandatory: true },
      { title: 'Legacy syslog ingestion', metric: 'legacy format parsed', unit: 'boolean', target: true, measured: false, status: 'blocked', mandatory: true, blocker: { description: 'legacy parser patch', fixDue: '2026-12-10' } },
    ],
  };
}

function allProven(): PlanRequest {
  const plan = contosoPlan();
  plan.criteria[2] = { ...plan.criteria[2]!, measured: true, status: 'proven' };
  delete plan.criteria[2].blocker;
  return plan;
}

/** Creates a plan straight through the API, as another window would have. */
async function seedPlan(user: string, plan: PlanRequest): Promise<PlanResponse> {
  const response = await fetch(`${baseUrl}/api/plans`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Dev-User': user },
    body: JSON.stringify(plan),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as PlanResponse;
}

const paneOf = (page: Page): FrameLocator => page.frameLocator('iframe[title="OutlookWin task pane"]');
const field = (scope: FrameLocator | ReturnType<Page['getByRole']>, label: string) => scope.getByLabel(label, { exact: true });

/** Fills the pane's plan editor label by label, as a person would. */
async function fillPlan(pane: FrameLocator, plan: PlanRequest): Promise<void> {
  await field(pane, 'Prospect').fill(plan.prospect);
  await field(pane, 'Deal name').fill(plan.dealName);
  await field(pane, 'POV start').fill(plan.povStart);
  await field(pane, 'POV end').fill(plan.povEnd);
  await field(pane, 'Readout date').fill(plan.readoutDate ?? '');
  await field(pane, 'Account executive name').fill(plan.accountExecutive.name);
  await field(pane, 'Account executive email').fill(plan.accountExecutive.email);
  await field(pane, 'Lead engineer name').fill(plan.leadEngineer.name);
  await field(pane, 'Lead engineer email').fill(plan.leadEngineer.email);
  await field(pane, 'Economic buyer name').fill(plan.economicBuyer.name);
  await field(pane, 'Economic buyer title').fill(plan.economicBuyer.title);
  await field(pane, 'Economic buyer email').fill(plan.economicBuyer.email);
  for (const [i, c] of plan.criteria.entries()) {
    const n = i + 1;
    if (i > 0) await pane.getByRole('button', { name: 'Add criterion' }).click();
    await field(pane, `Criterion ${n} title`).fill(c.title);
    await field(pane, `Criterion ${n} metric`).fill(c.metric);
    await field(pane, `Criterion ${n} unit`).fill(c.unit);
    if (c.unit === 'boolean') {
      await field(pane, `Criterion ${n} target`).selectOption(String(c.target));
      await field(pane, `Criterion ${n} measured value`).selectOption(c.measured === null ? '' : String(c.measured));
    } else {
      await field(pane, `Criterion ${n} direction`).selectOption(c.direction ?? 'higher_is_better');
      await field(pane, `Criterion ${n} target`).fill(String(c.target));
      await field(pane, `Criterion ${n} measured value`).fill(c.measured === null ? '' : String(c.measured));
    }
    await field(pane, `Criterion ${n} status`).selectOption(c.status);
    await field(pane, `Criterion ${n} mandatory`).setChecked(c.mandatory);
    if (c.blocker) {
      await field(pane, `Criterion ${n} blocker`).fill(c.blocker.description);
      await field(pane, `Criterion ${n} fix due date`).fill(c.blocker.fixDue);
    }
  }
}

async function bodyText(page: Page, container: string): Promise<string> {
  return page.frameLocator(`${container} iframe[title="Message body"]`).locator('body').innerText();
}

describe.skipIf(!chromiumPath)('Draft Declaration in the local Outlook stand-in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Opens the stand-in signed in as `user` (each test its own user, so plans never mix), runs
   * `steps`, and keeps a full-page screenshot in test-results/ when a step fails.
   */
  async function inOutlook(name: string, user: string, steps: (page: Page, pane: FrameLocator) => Promise<void>): Promise<void> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await page.goto(`${baseUrl}/`);
      await page.getByLabel('Signed in as').fill(user);
      await page.getByLabel('Signed in as').press('Tab');
      await steps(page, paneOf(page));
      expect(pageErrors).toEqual([]);
      if (process.env['OUTLOOKWIN_SCREENSHOTS'] === '1') {
        mkdirSync(resultsDir, { recursive: true });
        await page.screenshot({ path: join(resultsDir, `${name}.png`), fullPage: true });
      }
    } catch (error) {
      mkdirSync(resultsDir, { recursive: true });
      const file = join(resultsDir, `${name}-failure.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n(screenshot: ${file}; page errors: ${pageErrors.join(' | ') || 'none'})`, { cause: error });
    } finally {
      await context.close();
    }
  }

  it('(a) creates the plan in the pane and inserts a full declaration into the message being written', async () => {
    await inOutlook('a-full-compose', 'se-full@fabrikam.example', async (page, pane) => {
      await page.getByRole('button', { name: 'Draft Declaration' }).click();
      await fillPlan(pane, allProven());
      await pane.getByRole('button', { name: 'Save plan' }).click();
      await pane.getByText('Full Technical Win', { exact: true }).waitFor();

      await pane.getByRole('button', { name: 'Preview declaration' }).click();
      await pane.getByTestId('preview-subject').waitFor();
      await pane.getByRole('button', { name: 'Insert into message' }).click();
      await pane.getByText('Declaration inserted', { exact: true }).waitFor();

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
      await pane.getByRole('button', { name: 'Insert into message' }).click();
      await pane.getByText('Declaration inserted', { exact: true }).waitFor();

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
    await seedPlan(user, allProven());
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
    });
  });

  it('(d) in read mode opens the declaration as a new message', async () => {
    const user = 'se-read@fabrikam.example';
    await seedPlan(user, allProven());
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
    });
  });

  it('shows the API\'s validation error next to the field it names', async () => {
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
      expect(message.length).toBeGreaterThan(0);
      expect(await field(pane, 'Prospect').getAttribute('aria-invalid')).toBeNull();
    });
  });
});
