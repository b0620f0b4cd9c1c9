import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../src/App';
import type { FetchLike } from '../src/api/client';
import type { PlanRequest } from '../src/api/types';
import { createDevelopmentAuth } from '../src/auth/AuthProvider';
import { FakeOutlookHost } from '../src/office/fakeHost';
import { contosoPlan, FakeOutlookWinApi } from './fakeApi';

const USER = 'se@fabrikam.example';

function renderPane(options: { fetch: FetchLike; host?: FakeOutlookHost; view?: 'declaration' | 'tracking' }) {
  const host = options.host ?? new FakeOutlookHost('compose', USER);
  render(<App host={host} auth={createDevelopmentAuth(() => host.userEmail(), () => host.userDisplayName())} view={options.view ?? 'declaration'} fetch={options.fetch} />);
  return host;
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** Fills the editor the way an SE would, one labelled field at a time. */
async function fillPlan(plan: PlanRequest) {
  const user = userEvent.setup();
  type('Prospect', plan.prospect);
  type('Deal name', plan.dealName);
  type('POV start', plan.povStart);
  type('POV end', plan.povEnd);
  type('Readout date', plan.readoutDate ?? '');
  type('Account executive name', plan.accountExecutive.name);
  type('Account executive email', plan.accountExecutive.email);
  type('Lead engineer name', plan.leadEngineer.name);
  type('Lead engineer email', plan.leadEngineer.email);
  type('Economic buyer name', plan.economicBuyer.name);
  type('Economic buyer title', plan.economicBuyer.title);
  type('Economic buyer email', plan.economicBuyer.email);
  for (const [i, c] of plan.criteria.entries()) {
    const n = i + 1;
    if (i > 0) await user.click(screen.getByRole('button', { name: 'Add criterion' }));
    type(`Criterion ${n} title`, c.title);
    type(`Criterion ${n} metric`, c.metric);
    type(`Criterion ${n} unit`, c.unit);
    if (c.direction && c.unit !== 'boolean') type(`Criterion ${n} direction`, c.direction);
    type(`Criterion ${n} target`, String(c.target));
    type(`Criterion ${n} measured value`, c.measured === null ? '' : String(c.measured));
    type(`Criterion ${n} status`, c.status);
    const mandatory = screen.getByLabelText(`Criterion ${n} mandatory`) as HTMLInputElement;
    if (mandatory.checked !== c.mandatory) await user.click(mandatory);
    if (c.blocker) {
      type(`Criterion ${n} blocker`, c.blocker.description);
      type(`Criterion ${n} fix due date`, c.blocker.fixDue);
    }
  }
}

const allProven = (): PlanRequest => {
  const plan = contosoPlan();
  const third = plan.criteria[2];
  if (third) {
    third.measured = true;
    third.status = 'proven';
    delete third.blocker;
  }
  return plan;
};

describe('Draft Declaration view', () => {
  it('creates a plan from the form, shows the full variant, previews and inserts the declaration', async () => {
    const api = new FakeOutlookWinApi();
    const host = renderPane({ fetch: api.fetch });
    const user = userEvent.setup();
    await screen.findByLabelText('Prospect');

    await fillPlan(allProven());
    await user.click(screen.getByRole('button', { name: 'Save plan' }));

    expect(await screen.findByText('Full Technical Win')).toBeInTheDocument();
    const post = api.requests.find((r) => r.method === 'POST' && r.path === '/api/plans');
    expect(post?.headers['x-dev-user']).toBe(USER);
    expect(post?.body).toEqual({ ...allProven(), criteria: allProven().criteria.map((c) => ({ ...c })) });

    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    expect(await screen.findByTestId('preview-subject')).toHaveTextContent('Technical Win: Contoso observability POV');
    expect(screen.getByTestId('preview-to')).toHaveTextContent('Dana Kim <dana@contoso.example>');
    const frame = screen.getByTitle('Declaration email preview');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toContain('Reduce MTTR: 43 against 40');

    await user.click(screen.getByRole('button', { name: 'Insert into message' }));
    // First what will change; nothing has yet.
    const review = await screen.findByLabelText('What inserting changes');
    expect(review).toHaveTextContent(
      'Will set the subject, add Dana Kim to To and Jordan Lee to Cc, and put the declaration in the body. Keeps everyone already on it.',
    );
    expect(host.inserted).toHaveLength(0);
    expect(api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/declarations'))).toHaveLength(0);
    await user.click(within(review).getByRole('button', { name: 'Insert' }));
    expect(await screen.findByText('Declaration inserted')).toBeInTheDocument();
    expect(host.inserted).toHaveLength(1);
    expect(host.inserted[0]).toMatchObject({
      subject: 'Technical Win: Contoso observability POV',
      to: [{ name: 'Dana Kim', email: 'dana@contoso.example' }],
      cc: [{ name: 'Jordan Lee', email: 'jordan@fabrikam.example' }],
    });
    // Created for Outlook's compose window first, then the message is marked with its id.
    const create = api.requests.find((r) => r.method === 'POST' && r.path.endsWith('/declarations'));
    expect(create?.body).toEqual({ delivery: 'outlook' });
    const created = api.declaration(host.marked[0] ?? '');
    expect(created).toMatchObject({ delivery: 'outlook', state: 'drafted' });
    // The saved message's id is recorded with the declaration, so its sent copy is found by it too.
    expect(api.composeItems.get(created?.id ?? '')).toBe(host.itemId);

    // Inserting again re-uses that declaration rather than creating a second one.
    await user.click(screen.getByRole('button', { name: 'Insert into message' }));
    await user.click(within(await screen.findByLabelText('What inserting changes')).getByRole('button', { name: 'Insert' }));
    await waitFor(() => expect(host.inserted).toHaveLength(2));
    expect(host.marked).toEqual([created?.id, created?.id]);
    expect(api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/declarations'))).toHaveLength(1);
  });

  it('creates the declaration as a mailbox draft, sends it, and opens it in Track Replies', async () => {
    const api = new FakeOutlookWinApi();
    api.seed(USER, allProven());
    renderPane({ fetch: api.fetch });
    const user = userEvent.setup();
    await screen.findByText('Full Technical Win');
    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    await user.click(await screen.findByRole('button', { name: 'Create draft in mailbox' }));

    expect(await screen.findByText('Draft saved in your mailbox')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open draft' })).toHaveAttribute('href', 'https://outlook.office365.com/owa/?ItemID=draft');
    const create = api.requests.find((r) => r.method === 'POST' && r.path.endsWith('/declarations'));
    expect(create?.body).toEqual({ delivery: 'mailbox' });

    await user.click(screen.getByRole('button', { name: 'Send from OutlookWin' }));
    const detail = await screen.findByRole('article', { name: 'Declaration details' });
    expect(within(detail).getByTestId('state-badge')).toHaveTextContent('Sent — awaiting reply');
    expect(screen.getByRole('tab', { name: 'Track Replies' })).toHaveAttribute('aria-selected', 'true');
    expect(api.requests.some((r) => r.method === 'POST' && /\/api\/declarations\/[^/]+\/send$/.test(r.path))).toBe(true);
  });

  it('says when the mailbox is busy and nothing was sent', async () => {
    const api = new FakeOutlookWinApi();
    api.seed(USER, allProven());
    const busy: FetchLike = (input, init) =>
      input.endsWith('/send')
        ? Promise.resolve(new Response(JSON.stringify({ title: 'Mailbox busy', status: 429, retryAfterSeconds: 7 }), { status: 429 }))
        : api.fetch(input, init);
    renderPane({ fetch: busy });
    const user = userEvent.setup();
    await screen.findByText('Full Technical Win');
    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    await user.click(await screen.findByRole('button', { name: 'Create draft in mailbox' }));
    await user.click(await screen.findByRole('button', { name: 'Send from OutlookWin' }));
    expect(await screen.findByText('Your mailbox is busy')).toBeInTheDocument();
    expect(screen.getByText('Nothing was sent. Try again in 7 seconds.')).toBeInTheDocument();
  });

  it('warns when Outlook would not save the mark on the message', async () => {
    const api = new FakeOutlookWinApi();
    api.seed(USER, allProven());
    const host = new FakeOutlookHost('compose', USER);
    host.markDeclaration = () => Promise.reject(new Error('Save custom properties failed: quota'));
    renderPane({ fetch: api.fetch, host });
    const user = userEvent.setup();
    await screen.findByText('Full Technical Win');
    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    await user.click(await screen.findByRole('button', { name: 'Insert into message' }));
    await user.click(within(await screen.findByLabelText('What inserting changes')).getByRole('button', { name: 'Insert' }));
    expect(await screen.findByText('Declaration inserted, but not marked')).toBeInTheDocument();
    // The toast, and the copy Fluent's toaster reads out to screen readers.
    expect(screen.getAllByText(/I’ve sent it/).length).toBeGreaterThan(0);
  });

  it('in a reply says it keeps the thread, the subject and its people, and inserts nothing until told to', async () => {
    const api = new FakeOutlookWinApi();
    api.seed(USER, allProven());
    const host = new FakeOutlookHost('compose', USER);
    // A reply to Dana: she is on it already; the body holds the quoted thread.
    host.plan = { composeKind: 'reply', subject: null, addTo: [], addCc: [{ name: 'Jordan Lee', email: 'jordan@fabrikam.example' }], body: 'prepend', aboveThread: true };
    renderPane({ fetch: api.fetch, host });
    const user = userEvent.setup();
    await screen.findByText('Full Technical Win');
    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    await user.click(await screen.findByRole('button', { name: 'Insert into message' }));

    const review = await screen.findByLabelText('What inserting changes');
    expect(review).toHaveTextContent(
      'Will add Jordan Lee to Cc and put the declaration above the quoted thread. Keeps the subject, the thread, and everyone already on it.',
    );
    await user.click(within(review).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('What inserting changes')).not.toBeInTheDocument();
    expect(host.inserted).toHaveLength(0);
    expect(api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/declarations'))).toHaveLength(0);
  });

  it('in a plain-text message inserts the text twin, and says so first', async () => {
    const api = new FakeOutlookWinApi();
    api.seed(USER, allProven());
    const host = new FakeOutlookHost('compose', USER);
    host.plan = { bodyType: 'text' };
    renderPane({ fetch: api.fetch, host });
    const user = userEvent.setup();
    await screen.findByText('Full Technical Win');
    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    await user.click(await screen.findByRole('button', { name: 'Insert into message' }));
    const review = await screen.findByLabelText('What inserting changes');
    expect(review).toHaveTextContent('as plain text (this message is written in plain text)');
    await user.click(within(review).getByRole('button', { name: 'Insert' }));
    expect(await screen.findByText('Declaration inserted')).toBeInTheDocument();
    expect(host.applied[0]?.bodyType).toBe('text');
    expect(host.inserted[0]?.text).toContain('Reduce MTTR');
  });

  it('shows the new plan instead of inserting when the message changed since it was reviewed', async () => {
    const api = new FakeOutlookWinApi();
    api.seed(USER, allProven());
    const host = new FakeOutlookHost('compose', USER);
    renderPane({ fetch: api.fetch, host });
    const user = userEvent.setup();
    await screen.findByText('Full Technical Win');
    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    await user.click(await screen.findByRole('button', { name: 'Insert into message' }));
    const review = await screen.findByLabelText('What inserting changes');
    // Meanwhile the SE added Dana themselves and typed a subject.
    host.plan = { addTo: [], replacesSubject: 'Notes' };
    await user.click(within(review).getByRole('button', { name: 'Insert' }));
    expect(await screen.findByText('The message changed')).toBeInTheDocument();
    expect(screen.getByLabelText('What inserting changes')).toHaveTextContent('Will replace the subject “Notes”, add Jordan Lee to Cc');
    expect(host.inserted).toHaveLength(0);
  });

  it('follows a pinned pane from compose to nothing selected to read, never offering what the item cannot take', async () => {
    const api = new FakeOutlookWinApi();
    api.seed(USER, allProven());
    const host = new FakeOutlookHost('compose', USER);
    renderPane({ fetch: api.fetch, host });
    const user = userEvent.setup();
    await screen.findByText('Full Technical Win');
    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    expect(await screen.findByRole('button', { name: 'Insert into message' })).toBeInTheDocument();

    act(() => host.selectItem('none'));
    expect(screen.queryByRole('button', { name: 'Insert into message' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open as new message' })).not.toBeInTheDocument();
    expect(screen.getByText(/No message is selected/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create draft in mailbox' })).toBeEnabled();

    act(() => host.selectItem('read'));
    expect(await screen.findByRole('button', { name: 'Open as new message' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Insert into message' })).not.toBeInTheDocument();

    act(() => host.selectItem('compose'));
    await user.click(await screen.findByRole('button', { name: 'Insert into message' }));
    expect(await screen.findByLabelText('What inserting changes')).toBeInTheDocument();
    // Another item: the review was for the one before.
    act(() => host.selectItem('read'));
    expect(screen.queryByLabelText('What inserting changes')).not.toBeInTheDocument();
  });

  it('opens the mailbox draft in Outlook’s own window where the host can, and by its web link where not', async () => {
    const api = new FakeOutlookWinApi();
    api.seed(USER, allProven());
    const host = new FakeOutlookHost('read', USER);
    host.messageForm = true;
    renderPane({ fetch: api.fetch, host });
    const user = userEvent.setup();
    await screen.findByText('Full Technical Win');
    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    await user.click(await screen.findByRole('button', { name: 'Create draft in mailbox' }));
    const open = await screen.findByRole('link', { name: 'Open draft' });
    const navigated = fireEvent.click(open);
    // displayMessageForm took it: the link did not navigate.
    expect(navigated).toBe(false);
    expect(host.openedDrafts).toEqual([{ itemId: 'draft-message-id', webLink: 'https://outlook.office365.com/owa/?ItemID=draft' }]);

    host.messageForm = false;
    expect(fireEvent.click(open)).toBe(true);
    expect(host.openedDrafts).toHaveLength(1);
  });

  it('opens the newest saved plan and shows the conditional variant for a blocked criterion', async () => {
    const api = new FakeOutlookWinApi();
    api.seed(USER, contosoPlan());
    renderPane({ fetch: api.fetch });

    expect(await screen.findByText('Conditional Technical Win')).toBeInTheDocument();
    expect(screen.getByLabelText('Prospect')).toHaveValue('Contoso');
    expect(screen.getByLabelText('Criterion 3 status')).toHaveValue('blocked');
    expect(screen.getByLabelText('Criterion 3 fix due date')).toHaveValue('2026-12-10');
    expect(screen.getByLabelText('Criterion 3 measured value')).toHaveValue('false');
  });

  it('shows why no declaration applies and offers no insert when a mandatory criterion is not proven', async () => {
    const api = new FakeOutlookWinApi();
    const plan = contosoPlan();
    const second = plan.criteria[1];
    if (second) second.status = 'not_proven';
    api.seed(USER, plan);
    renderPane({ fetch: api.fetch });
    const user = userEvent.setup();

    expect(await screen.findByText('No declaration yet')).toBeInTheDocument();
    const assessment = screen.getByRole('region', { name: 'Declaration assessment' });
    expect(within(assessment).getByText(/Criterion 2 “Page on-call fast” was not proven/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    expect(await screen.findByText('No declaration applies')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Insert into message' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open as new message' })).not.toBeInTheDocument();
  });

  it('checks every field at once before sending, in the words of the form, and moves focus to the first invalid one', async () => {
    const api = new FakeOutlookWinApi();
    renderPane({ fetch: api.fetch });
    const user = userEvent.setup();
    await screen.findByLabelText('Prospect');

    const plan = contosoPlan();
    const blocked = plan.criteria[2];
    if (blocked?.blocker) blocked.blocker.fixDue = '';
    plan.dealName = '';
    plan.povEnd = '2026-11-01';
    plan.leadEngineer.email = 'not-an-email';
    plan.economicBuyer.title = '';
    await fillPlan(plan);
    type('Criterion 2 title', '');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));

    // One round: every problem shows now, next to its field, and nothing went to the API.
    const expected: Record<string, string> = {
      'Deal name': 'Deal name is required',
      'POV end': 'POV end must not be before POV start',
      'Lead engineer email': 'Lead engineer email must be a plain email address such as dana@contoso.example',
      'Criterion 2 title': 'Criterion 2 title is required',
      'Criterion 3 fix due date': 'Criterion 3 fix due date is required',
    };
    for (const [label, message] of Object.entries(expected)) {
      expect(screen.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByLabelText(label)).toHaveAccessibleDescription(message);
    }
    // The economic buyer's title is optional, as the API has it: no error, and no required mark.
    expect(screen.getByLabelText('Economic buyer title')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Economic buyer title')).not.toBeRequired();
    expect(screen.getByLabelText('Prospect')).not.toHaveAttribute('aria-invalid');
    expect(api.requests.filter((r) => r.method === 'POST' && r.path !== '/api/session')).toHaveLength(0);
    // Focus moves in an effect after the refusal renders.
    await waitFor(() => expect(screen.getByLabelText('Deal name')).toHaveFocus());
    const summary = screen.getByText('The plan was not saved').closest('[role="group"]') as HTMLElement;
    for (const message of Object.values(expected)) expect(within(summary).getByText(message)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/dealName|povEnd|YYYY-MM-DD/);
  });

  it('says "Plan saved" at the top of the pane, not below the form', async () => {
    const api = new FakeOutlookWinApi();
    renderPane({ fetch: api.fetch });
    const user = userEvent.setup();
    await screen.findByLabelText('Prospect');
    await fillPlan(allProven());
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    const saved = await screen.findAllByText('Plan saved');
    expect(saved.map((e) => e.closest('[data-toaster-position]')?.getAttribute('data-toaster-position'))).toContain('top');
  });

  it('asks before switching plans over unsaved edits: keep editing, or discard them', async () => {
    const api = new FakeOutlookWinApi();
    const older = api.seed(USER, { ...contosoPlan(), dealName: 'Contoso security POV' });
    api.seed(USER, contosoPlan());
    renderPane({ fetch: api.fetch });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByLabelText('Deal name')).toHaveValue('Contoso observability POV'));
    type('Criterion 1 measured value', '44');

    const picker = screen.getByRole('combobox', { name: 'Mutual Success Plan' });
    await user.selectOptions(picker, older.id);
    // jsdom has tabster's modalizer hide the dialog itself (aria-hidden, set on a timer), and an aria-hidden element's
    // accessible name computes as empty: so the name is checked through aria-labelledby here, and in the accessibility
    // tree by the browser test.
    const dialog = await screen.findByRole('alertdialog', { hidden: true });
    expect(document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')).toHaveTextContent('Discard your changes?');
    expect(dialog).toHaveTextContent('Opening Contoso — Contoso security POV discards them.');
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).not.toBeInTheDocument());
    expect(screen.getByLabelText('Criterion 1 measured value')).toHaveValue('44');
    expect(screen.getByLabelText('Deal name')).toHaveValue('Contoso observability POV');

    await user.selectOptions(picker, older.id);
    await user.click(within(await screen.findByRole('alertdialog', { hidden: true })).getByRole('button', { name: 'Discard changes', hidden: true }));
    await waitFor(() => expect(screen.getByLabelText('Deal name')).toHaveValue('Contoso security POV'));
    expect(screen.getByLabelText('Criterion 1 measured value')).toHaveValue('43');

    // Nothing edited: no question.
    await user.click(screen.getByRole('button', { name: 'New plan' }));
    expect(screen.queryByRole('alertdialog', { hidden: true })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Deal name')).toHaveValue('');
  });

  it('marks as required exactly the fields the API requires, and limits lengths as the API does', async () => {
    const api = new FakeOutlookWinApi();
    renderPane({ fetch: api.fetch });
    await screen.findByLabelText('Prospect');
    const required = ['Prospect', 'Deal name', 'POV start', 'POV end', 'Account executive name', 'Account executive email',
      'Lead engineer name', 'Lead engineer email', 'Economic buyer name', 'Economic buyer email',
      'Criterion 1 title', 'Criterion 1 metric', 'Criterion 1 unit', 'Criterion 1 target'];
    for (const label of required) expect(screen.getByLabelText(label), label).toBeRequired();
    for (const label of ['Readout date', 'Economic buyer title', 'Criterion 1 measured value']) {
      expect(screen.getByLabelText(label), label).not.toBeRequired();
    }
    expect(screen.getByLabelText('Deal name')).toHaveAttribute('maxLength', '200');
    expect(screen.getByLabelText('Criterion 1 unit')).toHaveAttribute('maxLength', '40');
    expect(screen.getByLabelText('Lead engineer email')).toHaveAttribute('maxLength', '254');
    type('Criterion 1 status', 'blocked');
    expect(screen.getByLabelText('Criterion 1 blocker')).toHaveAttribute('maxLength', '500');
    expect(screen.getByLabelText('Criterion 1 blocker')).toBeRequired();
    expect(screen.getByLabelText('Criterion 1 fix due date')).toBeRequired();
  });

  it('words the API\'s own refusals with the form\'s labels, wherever the field is', async () => {
    const fetch: FetchLike = async (_input, init) =>
      init?.method === 'POST'
        ? new Response(
            JSON.stringify({
              title: 'One or more validation errors occurred.',
              status: 400,
              errors: {
                dealName: ['dealName is required.'],
                povEnd: ['povEnd must not be before povStart.'],
                'Criteria[2].Blocker.FixDue': ['A blocker needs the date its fix is due (YYYY-MM-DD).'],
                'leadEngineer.name': ['name is required.'],
                'salesEngineer.email': ['email must be a plain email address such as dana@contoso.example.'],
                'salesEngineer.phone': ['Not a number.'],
              },
            }),
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          )
        : new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } });
    renderPane({ fetch });
    const user = userEvent.setup();
    await screen.findByLabelText('Prospect');
    const plan = contosoPlan();
    await fillPlan(plan);
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(screen.getByLabelText('Deal name')).toHaveAccessibleDescription('Deal name is required'));
    expect(screen.getByLabelText('POV end')).toHaveAccessibleDescription('POV end must not be before POV start');
    expect(screen.getByLabelText('Lead engineer name')).toHaveAccessibleDescription('Lead engineer name is required');
    expect(screen.getByLabelText('Criterion 3 fix due date')).toHaveAccessibleDescription('A blocker needs the date its fix is due');
    expect(screen.getByLabelText('Sales engineer email')).toHaveAccessibleDescription(
      'Sales engineer email must be a plain email address such as dana@contoso.example',
    );
    // A field the form does not show is named in the summary.
    expect(screen.getByText('Not a number')).toBeInTheDocument();
    // Focus moves in an effect after the refusal renders.
    await waitFor(() => expect(screen.getByLabelText('Deal name')).toHaveFocus());
  });

  it('catches a target that is not a number before sending anything', async () => {
    const api = new FakeOutlookWinApi();
    renderPane({ fetch: api.fetch });
    const user = userEvent.setup();
    await screen.findByLabelText('Prospect');
    type('Criterion 1 target', 'forty');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(screen.getByLabelText('Criterion 1 target')).toHaveAccessibleDescription('Enter a number, e.g. 40 or 2.5');
    expect(api.requests.filter((r) => r.method === 'POST' && r.path !== '/api/session')).toHaveLength(0);
  });

  it('records readout results on an existing plan with PUT and the version it read', async () => {
    const api = new FakeOutlookWinApi();
    const plan = contosoPlan();
    const third = plan.criteria[2];
    if (third) {
      third.status = 'pending';
      third.measured = null;
      delete third.blocker;
    }
    const seeded = api.seed(USER, plan);
    renderPane({ fetch: api.fetch });
    const user = userEvent.setup();
    expect(await screen.findByText('No declaration yet')).toBeInTheDocument();

    type('Criterion 3 measured value', 'true');
    type('Criterion 3 status', 'proven');
    expect(screen.getByText('Save to update')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Full Technical Win')).toBeInTheDocument();
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/api/plans/${seeded.id}`);
    expect(put?.body).toMatchObject({ version: 1, criteria: [{}, {}, { measured: true, status: 'proven' }] });
  });

  it('asks for the blocker and its due date only when a criterion is blocked, and removes criteria', async () => {
    const api = new FakeOutlookWinApi();
    renderPane({ fetch: api.fetch });
    const user = userEvent.setup();
    await screen.findByLabelText('Prospect');
    expect(screen.queryByLabelText('Criterion 1 fix due date')).not.toBeInTheDocument();
    type('Criterion 1 status', 'blocked');
    expect(screen.getByLabelText('Criterion 1 blocker')).toBeInTheDocument();
    expect(screen.getByLabelText('Criterion 1 fix due date')).toHaveAttribute('type', 'date');

    await user.click(screen.getByRole('button', { name: 'Add criterion' }));
    type('Criterion 2 title', 'Second');
    expect(screen.getByRole('button', { name: 'Remove criterion 1' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Remove criterion 1' }));
    expect(screen.getByLabelText('Criterion 1 title')).toHaveValue('Second');
    expect(screen.getByRole('button', { name: 'Remove criterion 1' })).toBeDisabled();
  });

  it('warns about a stale version and offers to reload the plan', async () => {
    const api = new FakeOutlookWinApi();
    const seeded = api.seed(USER, contosoPlan());
    renderPane({ fetch: api.fetch });
    const user = userEvent.setup();
    await screen.findByText('Conditional Technical Win');

    // Someone else saves the same plan first.
    await api.fetch(`/api/plans/${seeded.id}`, {
      method: 'PUT',
      headers: { 'X-Dev-User': USER },
      body: JSON.stringify({ ...contosoPlan(), dealName: 'Renamed elsewhere', version: 1 }),
    });

    type('Prospect', 'Contoso Ltd');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Changed elsewhere')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload plan' }));
    await waitFor(() => expect(screen.getByLabelText('Deal name')).toHaveValue('Renamed elsewhere'));
  });

  it('in read mode offers to open the declaration as a new message', async () => {
    const api = new FakeOutlookWinApi();
    api.seed(USER, allProven());
    const host = renderPane({ fetch: api.fetch, host: new FakeOutlookHost('read', USER) });
    const user = userEvent.setup();
    await screen.findByText('Full Technical Win');
    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    expect(await screen.findByRole('button', { name: 'Create draft in mailbox' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Insert into message' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Open as new message' }));
    expect(await screen.findByText('Declaration opened')).toBeInTheDocument();
    expect(host.inserted).toHaveLength(1);
    // Nothing to mark in read mode: no declaration is created for an untracked new message.
    expect(host.marked).toHaveLength(0);
    expect(api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/declarations'))).toHaveLength(0);
  });

  it('shows what Outlook said when it refuses the declaration', async () => {
    const api = new FakeOutlookWinApi();
    api.seed(USER, allProven());
    const host = new FakeOutlookHost('compose', USER);
    host.insertDeclaration = () => Promise.reject(new Error('Set subject failed: subject is longer than 255 characters.'));
    renderPane({ fetch: api.fetch, host });
    const user = userEvent.setup();
    await screen.findByText('Full Technical Win');
    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    await user.click(await screen.findByRole('button', { name: 'Insert into message' }));
    await user.click(within(await screen.findByLabelText('What inserting changes')).getByRole('button', { name: 'Insert' }));
    expect(await screen.findByText('Outlook refused the declaration')).toBeInTheDocument();
    expect(screen.getAllByText(/longer than 255 characters/).length).toBeGreaterThan(0);
  });

  it('keeps each signed-in user to their own plans', async () => {
    const api = new FakeOutlookWinApi();
    api.seed('someone-else@fabrikam.example', contosoPlan());
    renderPane({ fetch: api.fetch });
    await screen.findByLabelText('Prospect');
    expect(screen.getByLabelText('Prospect')).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Mutual Success Plan' })).toHaveValue('__new__');
  });

  it('says so when the plans cannot be loaded', async () => {
    renderPane({ fetch: async () => new Response('', { status: 503, statusText: 'Service Unavailable' }) });
    expect(await screen.findByText('Could not load your plans')).toBeInTheDocument();
  });

  it('switches between Draft Declaration and Track Replies inside the pane, keeping the edited form', async () => {
    const api = new FakeOutlookWinApi();
    renderPane({ fetch: api.fetch });
    const user = userEvent.setup();
    await screen.findByLabelText('Prospect');
    type('Prospect', 'Northwind');

    await user.click(screen.getByRole('tab', { name: 'Track Replies' }));
    expect(screen.getByRole('heading', { name: 'Track Replies' })).toBeInTheDocument();
    expect(await screen.findByText('No declarations yet')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Draft Declaration' }));
    expect(screen.getByLabelText('Prospect')).toHaveValue('Northwind');
  });

  it('keeps Insert and Create draft off while the plan has a live declaration, until the SE supersedes it with a reason', async () => {
    const api = new FakeOutlookWinApi();
    const plan = api.seed(USER, allProven());
    const live = api.seedDeclaration(USER, { planId: plan.id, state: 'sent', variant: 'full', subject: 'Technical Win: first try' });
    renderPane({ fetch: api.fetch });
    const user = userEvent.setup();
    await screen.findByText('Full Technical Win');
    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));

    const notice = await screen.findByTestId('live-declaration');
    expect(notice).toHaveTextContent('Technical Win: first try');
    expect(notice).toHaveTextContent('Full · sent');
    expect(screen.getByRole('button', { name: 'Insert into message' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Create draft in mailbox' })).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: 'Supersede it with a new declaration' }));
    expect(screen.getByRole('button', { name: 'Create draft in mailbox' })).toBeDisabled();
    fireEvent.change(screen.getByLabelText(/Why \(kept in its evidence\)/), { target: { value: 'Corrected the paging figure' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create draft in mailbox' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Create draft in mailbox' }));

    expect(await screen.findByText('Draft saved in your mailbox')).toBeInTheDocument();
    const create = api.requests.find((r) => r.method === 'POST' && r.path.endsWith('/declarations'));
    expect(create?.body).toEqual({ delivery: 'mailbox', supersede: true, reason: 'Corrected the paging figure' });
    expect(api.declaration(live.id)?.state).toBe('superseded');
  });

  it('shows each of the plan’s warnings once, whole, and not again under the preview', async () => {
    const api = new FakeOutlookWinApi();
    const plan = allProven();
    plan.criteria[1]!.measured = null;
    api.seed(USER, plan);
    renderPane({ fetch: api.fetch });
    const user = userEvent.setup();
    await screen.findByText('Full Technical Win');
    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    await screen.findByTestId('preview-subject');

    expect(screen.getAllByText(/is marked proven but has no measured value to quote/)).toHaveLength(1);
  });

  it('sends the Sales Engineer who signs, and says what to fill when no one would sign', async () => {
    const api = new FakeOutlookWinApi();
    api.seed(USER, allProven());
    renderPane({ fetch: api.fetch, host: new FakeOutlookHost('compose', USER, '') });
    const user = userEvent.setup();
    await screen.findByText('Full Technical Win');

    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    expect(await screen.findByText("Who signs this email? Fill in the Sales Engineer's name.")).toBeInTheDocument();
    expect(screen.queryByTestId('preview-subject')).not.toBeInTheDocument();

    type('Sales engineer name (signs the emails)', 'Alex Morgan');
    type('Sales engineer email', 'alex@fabrikam.example');
    await user.click(screen.getByRole('button', { name: 'Preview declaration' }));
    expect(await screen.findByTestId('preview-subject')).toBeInTheDocument();
    const put = api.requests.filter((r) => r.method === 'PUT').at(-1);
    expect((put?.body as { salesEngineer?: unknown }).salesEngineer).toEqual({ name: 'Alex Morgan', email: 'alex@fabrikam.example' });
  });
});
