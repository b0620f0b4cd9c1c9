import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import type { PlanRequest, PlanResponse } from '../../addin/src/api/types';

// What the browser tests share: the Contoso plans, filling the pane's plan editor, and a session
// in the local Outlook stand-in that keeps a screenshot when a step fails.

export const resultsDir = resolve(import.meta.dirname, '..', '..', 'test-results');

export function contosoPlan(): PlanRequest {
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

export function allProven(): PlanRequest {
  const plan = contosoPlan();
  plan.criteria[2] = { ...plan.criteria[2]!, measured: true, status: 'proven' };
  delete plan.criteria[2].blocker;
  return plan;
}

/** Creates a plan straight through the API, as another window would have. */
export async function seedPlan(baseUrl: string, user: string, plan: PlanRequest): Promise<PlanResponse> {
  const response = await fetch(`${baseUrl}/api/plans`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Dev-User': user },
    body: JSON.stringify(plan),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as PlanResponse;
}

export const paneOf = (page: Page): FrameLocator => page.frameLocator('iframe[title="OutlookWin task pane"]');
export const field = (scope: FrameLocator | ReturnType<Page['getByRole']>, label: string) => scope.getByLabel(label, { exact: true });

/** Fills the pane's plan editor label by label, as a person would. */
export async function fillPlan(pane: FrameLocator, plan: PlanRequest): Promise<void> {
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

export async function bodyText(page: Page, container: string): Promise<string> {
  return page.frameLocator(`${container} iframe[title="Message body"]`).locator('body').innerText();
}


/**
 * Opens the stand-in signed in as `user` (each test its own user, so nothing mixes), runs
 * `steps`, and keeps a full-page screenshot in test-results/ when a step fails.
 */
export async function inOutlook(
  browser: Browser,
  baseUrl: string,
  name: string,
  user: string,
  steps: (page: Page, pane: FrameLocator) => Promise<void>,
): Promise<void> {
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

/** The stand-in's default display name for the signed-in user. */
export const SIGNED_IN_NAME = 'Alex Morgan';

/** Calls the API as `user` (Development sign-in), failing the test on an unexpected status. */
export async function callApi<T>(baseUrl: string, user: string, method: string, path: string, body?: unknown, expected = 200, name = SIGNED_IN_NAME): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      'X-Dev-User': user,
      // The display name that signs the user's emails, as the stand-in's "Name" field sends it.
      ...(name ? { 'X-Dev-Name': encodeURIComponent(name) } : {}),
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  expect(response.status, `${method} ${path}: ${text}`).toBe(expected);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Seeds a plan, drafts its declaration in the SE's Sandbox mailbox and sends it; returns the declaration id. */
export async function sentDeclaration(baseUrl: string, user: string, plan: PlanRequest): Promise<{ planId: string; declarationId: string }> {
  const saved = await seedPlan(baseUrl, user, plan);
  const drafted = await callApi<{ id: string }>(baseUrl, user, 'POST', `/api/plans/${saved.id}/declarations`, { delivery: 'mailbox' }, 201);
  await callApi(baseUrl, user, 'POST', `/api/declarations/${drafted.id}/send`);
  return { planId: saved.id, declarationId: drafted.id };
}

/** Makes the lead engineer answer a sent declaration through the Sandbox's prospect. */
export async function prospectAnswers(baseUrl: string, user: string, declarationId: string, canned: 'confirmed' | 'conditional' | 'declined' | 'thumbs_up' | 'out_of_office'): Promise<void> {
  await callApi(baseUrl, user, 'POST', '/sandbox/prospect/replies', { declarationId, canned }, 201);
}

export interface SandboxMessage {
  id: string;
  folder: string;
  subject: string;
  bodyPreview: string;
  from: { name?: string; email?: string; address?: string } | null;
}

/** A Sandbox mailbox's messages, newest first; only its owner may read it. */
export const sandboxMessages = (baseUrl: string, owner: string, folder: 'inbox' | 'drafts' | 'sentitems'): Promise<SandboxMessage[]> =>
  callApi<SandboxMessage[]>(baseUrl, owner, 'GET', `/sandbox/mailboxes/${encodeURIComponent(owner)}/messages?folder=${folder}`);

/** A Sandbox message as raw MIME, decoded to text (quoted-printable soft breaks joined). */
export async function sandboxMime(baseUrl: string, owner: string, id: string): Promise<string> {
  const response = await fetch(`${baseUrl}/sandbox/mailboxes/${encodeURIComponent(owner)}/messages/${encodeURIComponent(id)}/mime`, {
    headers: { 'X-Dev-User': owner },
  });
  expect(response.status).toBe(200);
  return response.text();
}

/** Keeps a picture of the whole pane at a task pane's width (only with OUTLOOKWIN_SCREENSHOTS=1). */
export async function screenshotPane(page: Page, name: string, width = 320): Promise<void> {
  if (process.env['OUTLOOKWIN_SCREENSHOTS'] !== '1') return;
  mkdirSync(resultsDir, { recursive: true });
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 1440, height: 3200 });
  // The narrow width only for the picture: the steps after it see the pane as before.
  const style = await page.addStyleTag({ content: `.ow-pane { width: ${width}px !important; }` });
  await page.locator('aside.ow-pane').screenshot({ path: join(resultsDir, `${name}-pane-${width}.png`) });
  await style.evaluate((element) => (element as Element).remove());
  if (viewport) await page.setViewportSize(viewport);
}

/** One accessibility problem axe found, in a line: the rule, its impact, and where. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core over the whole stand-in page (the pane's frame and the message frames included) and returns
 * every serious or critical violation. Moderate and minor findings are not counted.
 */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  // axe reads colours as they are at that instant: a link still in Fluent's colour fade measures a contrast it never
  // settles at. The page and the pane (the frames that run script) are let finish their transitions first.
  await settleTransitions(page);
  // The email bodies (the stand-in's message windows, the pane's previews) are the email's own HTML in frames
  // whose sandbox allows no script, so axe cannot run inside them; everything around them is checked.
  const results = await new AxeBuilder({ page })
    .exclude('iframe[sandbox]')
    .exclude(['iframe[title="OutlookWin task pane"]', 'iframe[sandbox]'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      // Fluent UI's focus management (tabster) puts aria-hidden, focusable <i data-tabster-dummy> sentinels around
      // groups; they only pass focus on, and a screen reader must not announce them. Fluent and Accessibility
      // Insights list this as a known false positive of aria-hidden-focus: only those nodes are left out.
      targets: v.nodes
        .filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy')))
        .map((n) => n.target.map(String).join(' ⟫ ')),
    }))
    .filter((f) => f.targets.length > 0);
}

/** Waits, in the stand-in page and in the pane's frame, until every finite CSS transition and animation has ended. */
async function settleTransitions(page: Page): Promise<void> {
  const pane = await page.locator('iframe[title="OutlookWin task pane"]').elementHandle();
  const frames = [page.mainFrame(), await pane?.contentFrame()];
  for (const frame of frames) {
    if (!frame) continue;
    await frame.evaluate(async () => {
      // A toast that mounts while an earlier fade ends starts its own fade: look again after each wait, until a frame
      // passes with nothing running (a few rounds at most).
      const finiteRunning = () =>
        document
          .getAnimations()
          .filter((a) => a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
      for (let round = 0; round < 5; round++) {
        const running = finiteRunning().map((a) => a.finished.catch(() => undefined));
        if (running.length === 0) {
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined))));
          if (finiteRunning().length === 0) break;
          continue;
        }
        // A finite fade lasts a fraction of a second; the wait is bounded so that a stuck one cannot hang the check.
        await Promise.race([Promise.all(running), new Promise((done) => setTimeout(done, 2000))]);
      }
    });
  }
}

/**
 * One view of the pane as the SE sees it: no serious or critical accessibility violation anywhere on the page,
 * and (with OUTLOOKWIN_SCREENSHOTS=1) a picture of the pane at 320 px, the narrowest task pane.
 */
export async function checkView(page: Page, view: string): Promise<void> {
  const findings = await seriousAxeFindings(page);
  expect(findings, `axe-core on the view "${view}"`).toEqual([]);
  await screenshotPane(page, view, 320);
}

/**
 * Clicks "Insert into message", waits for the pane to say what will change, and confirms; returns what it said.
 */
export async function insertIntoMessage(pane: FrameLocator): Promise<string> {
  await pane.getByRole('button', { name: 'Insert into message' }).click();
  const review = pane.getByRole('group', { name: 'What inserting changes' });
  await review.waitFor();
  const said = await review.innerText();
  await review.getByRole('button', { name: 'Insert', exact: true }).click();
  await pane.getByText('Declaration inserted', { exact: true }).waitFor();
  return said;
}
