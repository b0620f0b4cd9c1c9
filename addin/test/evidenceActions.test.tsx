import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../src/App';
import type { FetchLike } from '../src/api/client';
import type { DeclarationResponse, ReplyDto } from '../src/api/types';
import { createDevelopmentAuth } from '../src/auth/AuthProvider';
import { unwrapText } from '../src/features/forward/coverNote';
import { parsePeople } from '../src/features/forward/recipients';
import { FakeOutlookHost } from '../src/office/fakeHost';
import { contosoPlan, FakeOutlookWinApi } from './fakeApi';
import { FakeVisibility, ManualTimers } from './pollTestKit';

// The detail view's actions on a stored reply: forward to the economic buyer, override, the
// evidence chain and pack, and the zombie clock's follow-ups — against the fake API contract.

const USER = 'se@fabrikam.example';

function renderPane(api: FakeOutlookWinApi, options: { fetch?: FetchLike; host?: FakeOutlookHost; view?: 'declaration' | 'tracking' } = {}) {
  const host = options.host ?? new FakeOutlookHost('compose', USER);
  render(
    <App
      host={host}
      auth={createDevelopmentAuth(() => USER)}
      view={options.view ?? 'tracking'}
      fetch={options.fetch ?? api.fetch}
      tracking={{ pollIntervalMs: 3000, timers: new ManualTimers(), visibility: new FakeVisibility() }}
    />,
  );
  return host;
}

function reply(fields: Partial<ReplyDto> = {}): ReplyDto {
  return {
    id: 'reply-1',
    verdict: 'confirmed',
    confidence: 0.92,
    replyText: 'Confirmed — the team considers the technical evaluation a success.\n\nDana',
    evidence: [{ text: 'Confirmed — the team considers the technical evaluation a success.', signal: 'confirmation' }],
    conditions: [],
    objections: [],
    returnDate: null,
    criteria: [],
    receivedAt: '2026-11-25T09:30:00Z',
    from: 'dana@contoso.example',
    fromName: 'Dana Kim',
    subject: 'RE: Technical Win: Contoso observability POV',
    sha256: '981c58910ae4b193084217ff4149686ea08b433d5f56f9e901ef2b33be18c83f',
    matchedBy: 'in_reply_to',
    explanation: null,
    ...fields,
  };
}

const thumbsUp = (): ReplyDto =>
  reply({ id: 'reply-thumbs', verdict: 'ambiguous', confidence: 0.95, replyText: '👍', evidence: [{ text: '👍', signal: 'emoji_only' }] });

/** Seeds one declaration and opens it in Track Replies. */
async function openDeclaration(api: FakeOutlookWinApi, fields: Partial<DeclarationResponse>) {
  const d = api.seedDeclaration(USER, { awaitingHours: null, ...fields });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /^Contoso — Contoso observability POV/ }));
  return { d, user, detail: screen.getByRole('article', { name: 'Declaration details' }) };
}

const posts = (api: FakeOutlookWinApi, suffix: string) => api.requests.filter((r) => r.method === 'POST' && r.path.endsWith(suffix));

describe('Forward to the economic buyer', () => {
  it('previews the forward with To, Cc and the cover note editable, forwards what the SE edited, and lists the forward', async () => {
    const api = new FakeOutlookWinApi();
    renderPane(api);
    const { d, user, detail } = await openDeclaration(api, { state: 'confirmed', reply: reply(), replies: [reply()] });

    const forward = within(detail).getByRole('region', { name: 'Forward to the economic buyer' });
    await user.click(await within(forward).findByRole('button', { name: 'Forward to Priya Shah' }));
    const form = within(forward).getByRole('form', { name: 'Forward preview' });
    const to = within(form).getByRole('textbox', { name: /^To/ });
    const cc = within(form).getByRole('textbox', { name: /^Cc/ });
    const note = within(form).getByRole('textbox', { name: /^Cover note/ });
    expect(to).toHaveValue('Priya Shah <priya@contoso.example>');
    expect(cc).toHaveValue('Jordan Lee <jordan@fabrikam.example>');
    expect((note as HTMLTextAreaElement).value).toMatch(/^Your lead engineer Dana Kim confirmed yesterday.*\n\nAre we ready to review the contract\?$/s);

    await user.clear(cc);
    await user.type(cc, 'Jordan Lee <jordan@fabrikam.example>; sam@fabrikam.example');
    await user.type(note, '\n\nHappy to walk you through the numbers.');
    await user.click(within(form).getByRole('button', { name: 'Forward' }));

    expect(await within(forward).findByText('Forwarded to Priya Shah')).toBeInTheDocument();
    const [sent] = posts(api, '/forward');
    expect(sent?.body).toEqual({
      to: [{ name: 'Priya Shah', email: 'priya@contoso.example' }],
      cc: [
        { name: 'Jordan Lee', email: 'jordan@fabrikam.example' },
        { name: 'sam@fabrikam.example', email: 'sam@fabrikam.example' },
      ],
      note: expect.stringMatching(/Are we ready to review the contract\?\n\nHappy to walk you through the numbers\.$/),
    });
    const made = await within(forward).findByRole('list', { name: 'Forwards made' });
    expect(within(made).getAllByRole('listitem')).toHaveLength(1);
    expect(made).toHaveTextContent(/To Priya Shah, cc Jordan Lee, sam@fabrikam\.example\s*by se@fabrikam\.example/);
    expect(within(made).getByTitle('Priya Shah <priya@contoso.example>; Jordan Lee <jordan@fabrikam.example>; sam@fabrikam.example')).toBeInTheDocument();
    expect(made).toHaveTextContent('Happy to walk you through the numbers.');
    expect(api.declaration(d.id)?.version).toBe(2);
  });

  it('asks “Forward again?” before a second forward and sends it with again=true only when the SE says so', async () => {
    const api = new FakeOutlookWinApi();
    renderPane(api);
    const { d, user, detail } = await openDeclaration(api, { state: 'confirmed', reply: reply(), replies: [reply()] });
    api.forwards.set(d.id, [{ at: '2026-11-25T10:00:00Z', by: USER, to: [{ name: 'Priya Shah', email: 'priya@contoso.example' }], cc: [], note: 'First note' }]);
    // Re-read the preview with the earlier forward (another window made it).
    api.updateDeclaration(d.id, {});
    await user.click(within(detail).getByRole('button', { name: 'All declarations' }));
    await user.click(screen.getByRole('button', { name: /^Contoso — Contoso observability POV/ }));
    const forward = screen.getByRole('region', { name: 'Forward to the economic buyer' });
    expect(await within(forward).findByRole('list', { name: 'Forwards made' })).toHaveTextContent('To Priya Shah');

    await user.click(within(forward).getByRole('button', { name: 'Forward to Priya Shah' }));
    await user.click(within(forward).getByRole('button', { name: 'Forward' }));
    const ask = within(forward).getByRole('group', { name: 'Forward again?' });
    expect(ask).toHaveTextContent(/You forwarded this confirmation on 25 Nov 2026, \d\d:\d\d to Priya Shah <priya@contoso\.example>\./);
    expect(posts(api, '/forward')).toHaveLength(0);

    await user.click(within(ask).getByRole('button', { name: 'Don’t' }));
    expect(posts(api, '/forward')).toHaveLength(0);
    await user.click(within(forward).getByRole('button', { name: 'Forward' }));
    await user.click(within(forward).getByRole('button', { name: 'Forward again' }));
    expect(await within(forward).findByText('Forwarded to Priya Shah')).toBeInTheDocument();
    expect(posts(api, '/forward').map((r) => (r.body as { again?: boolean }).again)).toEqual([true]);
    await waitFor(() => expect(within(within(forward).getByRole('list', { name: 'Forwards made' })).getAllByRole('listitem')).toHaveLength(2));
    // The note was left as generated: the API sends its own formatted version.
    expect(posts(api, '/forward')[0]?.body).not.toHaveProperty('note');
  });

  it('shows the generated note as paragraphs, undoing the plain text’s 72-column wrapping but not deliberate breaks', () => {
    const wrapped =
      'Your lead engineer Dana Kim confirmed yesterday that we exceeded the MTTR\n' +
      'reduction target by 3 percentage points.\n\nAre we ready to review the contract?\n\nKind regards,\nAlex Morgan';
    expect(unwrapText(wrapped)).toBe(
      'Your lead engineer Dana Kim confirmed yesterday that we exceeded the MTTR reduction target by 3 percentage points.\n\n' +
        'Are we ready to review the contract?\n\nKind regards,\nAlex Morgan',
    );
    expect(unwrapText('Line one\r\nLine two')).toBe('Line one\nLine two');
  });

  it('reads To and Cc boxes as people, and names the entry that is not an address', () => {
    expect(parsePeople('"Shah, Priya" <priya@contoso.example>, jordan@fabrikam.example;')).toEqual({
      ok: true,
      people: [
        { name: 'Shah, Priya', email: 'priya@contoso.example' },
        { name: 'jordan@fabrikam.example', email: 'jordan@fabrikam.example' },
      ],
    });
    expect(parsePeople('')).toEqual({ ok: true, people: [] });
    expect(parsePeople('Priya <priya@contoso>')).toEqual({ ok: false, error: expect.stringContaining('“Priya <priya@contoso>” is not an email address') });
  });

  it('checks the recipients before sending, shows the server’s field errors at the field, and asks when the API says it went already', async () => {
    const api = new FakeOutlookWinApi();
    const answers: Response[] = [
      new Response(JSON.stringify({ title: 'The forward has invalid fields.', status: 400, errors: { 'To[0].Email': ['email must be a plain email address.'] } }), {
        status: 400,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
      new Response(JSON.stringify({ title: 'Already forwarded.', status: 409, detail: 'You forwarded this confirmation on 25 November 2026 to priya@contoso.example. Send it again?', forwardedAt: '2026-11-25T10:00:00Z' }), {
        status: 409,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    ];
    const fetch: FetchLike = (input, init) =>
      init?.method === 'POST' && input.endsWith('/forward') && answers.length > 0 ? Promise.resolve(answers.shift()!) : api.fetch(input, init);
    renderPane(api, { fetch });
    const { user, detail } = await openDeclaration(api, { state: 'conditional', reply: reply({ verdict: 'conditional' }), replies: [reply({ verdict: 'conditional' })] });
    const forward = within(detail).getByRole('region', { name: 'Forward to the economic buyer' });
    await user.click(await within(forward).findByRole('button', { name: 'Forward to Priya Shah' }));

    const to = within(forward).getByRole('textbox', { name: /^To/ });
    await user.clear(to);
    await user.type(to, 'Priya Shah');
    await user.click(within(forward).getByRole('button', { name: 'Forward' }));
    expect(within(forward).getByText(/“Priya Shah” is not an email address/)).toBeInTheDocument();
    expect(to).toHaveAttribute('aria-invalid', 'true');
    await user.clear(to);
    await user.click(within(forward).getByRole('button', { name: 'Forward' }));
    expect(within(forward).getByText('Forward to at least one person.')).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === 'POST' && r.path !== '/api/session')).toHaveLength(0);

    await user.type(to, 'Priya <priya@contoso.example>');
    await user.click(within(forward).getByRole('button', { name: 'Forward' }));
    expect(await within(forward).findByText('Recipient 1: email must be a plain email address.')).toBeInTheDocument();

    await user.click(within(forward).getByRole('button', { name: 'Forward' }));
    const ask = await within(forward).findByRole('group', { name: 'Forward again?' });
    expect(ask).toHaveTextContent('You forwarded this confirmation on 25 November 2026 to priya@contoso.example. Send it again?');
    await user.click(within(ask).getByRole('button', { name: 'Forward again' }));
    expect(await within(forward).findByText('Forwarded to Priya')).toBeInTheDocument();
    expect((posts(api, '/forward')[0]?.body as { again?: boolean }).again).toBe(true);
  });

  it('offers no forward for a 👍 and says why, pointing to Override; after an override with a reason the forward is offered', async () => {
    const api = new FakeOutlookWinApi();
    renderPane(api);
    const { user, detail } = await openDeclaration(api, { state: 'ambiguous', reply: thumbsUp(), replies: [thumbsUp()], followUp: 'ambiguous' });
    const forward = within(detail).getByRole('region', { name: 'Forward to the economic buyer' });
    expect(await within(forward).findByTestId('forward-blocked')).toHaveTextContent(/not a written confirmation.*override the verdict with a reason first/);
    expect(within(forward).queryByRole('button', { name: /^Forward to/ })).not.toBeInTheDocument();

    await user.click(within(forward).getByRole('button', { name: 'Set the verdict by hand' }));
    const form = await within(detail).findByRole('form', { name: 'Override verdict' });
    // Focus goes where the SE was sent: the verdict to choose.
    await waitFor(() => expect(within(form).getByRole('combobox', { name: /^Verdict/ })).toHaveFocus());
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Verdict/ }), 'confirmed');
    await user.type(within(form).getByRole('textbox', { name: /^Reason/ }), 'Dana confirmed on the readout call; the 👍 answers the declaration.');
    await user.click(within(form).getByRole('button', { name: 'Save override' }));

    const override = await within(detail).findByRole('region', { name: 'Override' });
    expect(override).toHaveTextContent('Verdict set by hand: Confirmed');
    expect(override).toHaveTextContent(/by se@fabrikam\.example, \d+ Nov 2026/);
    expect(override).toHaveTextContent('“Dana confirmed on the readout call; the 👍 answers the declaration.”');
    expect(within(override).getByTestId('own-reading')).toHaveTextContent('The reply’s own reading: Ambiguous (95% confidence)');
    // The deciding reply still reads as it did.
    expect(within(detail).getByTestId('reply-verdict')).toHaveTextContent('Ambiguous · 95% confidence');
    await waitFor(() => expect(within(detail).getAllByTestId('state-badge')[0]).toHaveTextContent('Confirmed · set by hand'));
    expect(await within(forward).findByRole('button', { name: 'Forward to Priya Shah' })).toBeInTheDocument();
    expect(within(detail).queryByRole('region', { name: 'Follow-up' })).not.toBeInTheDocument();
  });
});

describe('Override verdict', () => {
  it('requires a verdict and a reason before asking the API, and shows the API’s errors at their fields', async () => {
    const api = new FakeOutlookWinApi();
    renderPane(api);
    const { user, detail } = await openDeclaration(api, { state: 'declined', reply: reply({ verdict: 'declined' }), replies: [reply({ verdict: 'declined' })] });
    // The folded section's own header: the one control of that name on the screen.
    const header = within(detail).getByRole('button', { name: 'Override verdict' });
    expect(header).toHaveAttribute('aria-expanded', 'false');
    await user.click(header);
    // Every control on the screen has a name of its own: the forward panel's way to the override, the section
    // header and the form's submit button no longer all read "Override verdict".
    const names = within(detail).getAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '');
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    const form = within(detail).getByRole('form', { name: 'Override verdict' });
    const verdict = within(form).getByRole('combobox', { name: /^Verdict/ });
    const reason = within(form).getByRole('textbox', { name: /^Reason/ });

    await user.click(within(form).getByRole('button', { name: 'Save override' }));
    expect(within(form).getByText('Choose the verdict you stand by.')).toBeInTheDocument();
    expect(within(form).getByText('Say why: the reason is kept with the override as evidence.')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    await user.selectOptions(verdict, 'conditional');
    await user.type(reason, '   ');
    await user.click(within(form).getByRole('button', { name: 'Save override' }));
    expect(within(form).queryByText('Choose the verdict you stand by.')).not.toBeInTheDocument();
    expect(within(form).getByText('Say why: the reason is kept with the override as evidence.')).toBeInTheDocument();
    expect(posts(api, '/override')).toHaveLength(0);

    // Longer than the API keeps: its 400 lands at the Reason field.
    await user.clear(reason);
    await user.click(reason);
    await user.paste('x'.repeat(1001));
    await user.click(within(form).getByRole('button', { name: 'Save override' }));
    expect(await within(form).findByText('reason must be at most 1000 characters.')).toBeInTheDocument();
    expect(posts(api, '/override')).toHaveLength(1);
    expect(within(detail).queryByRole('region', { name: 'Override' })).not.toBeInTheDocument();
  });
});

describe('Evidence', () => {
  it('lists the audit log, verifies the chain (intact or with its problems) and downloads the pack through the host', async () => {
    const api = new FakeOutlookWinApi();
    const host = new FakeOutlookHost('read', USER);
    renderPane(api, { host });
    const d = api.seedDeclaration(USER, { state: 'confirmed', awaitingHours: null, reply: reply(), replies: [reply()] });
    api.addEvidence(d.id, 'declaration_drafted', USER);
    api.addEvidence(d.id, 'declaration_sent', USER);
    api.addEvidence(d.id, 'reply_received', 'outlookwin', { from: 'dana@contoso.example' });
    api.addEvidence(d.id, 'verdict', 'outlookwin', { verdict: 'confirmed' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Contoso — Contoso observability POV/ }));
    const detail = screen.getByRole('article', { name: 'Declaration details' });

    await user.click(within(detail).getByRole('button', { name: 'Evidence' }));
    const log = await within(detail).findByRole('list', { name: 'Audit log' });
    const entries = within(log).getAllByRole('listitem');
    expect(entries.map((e) => e.querySelector('strong')?.textContent)).toEqual(['Declaration drafted', 'Declaration sent', 'Reply received', 'Verdict']);
    expect(entries[2]).toHaveTextContent('Reply received · From dana@contoso.example');
    expect(entries[3]).toHaveTextContent(/Verdict · Confirmed.*· 04c0ffee…c0ffee04\s*by outlookwin/);
    expect(within(entries[3]!).getByTitle(`SHA-256 ${api.evidence.get(d.id)![3]!.hash}`)).toBeInTheDocument();

    await user.click(within(detail).getByRole('button', { name: 'Verify' }));
    const ok = await within(detail).findByTestId('verification');
    expect(ok).toHaveAttribute('data-valid', 'true');
    expect(ok).toHaveTextContent(/Evidence intact4 events and 1 message checked/);
    expect(within(ok).getByTestId('evidence-head')).toHaveTextContent(`Chain head ${api.evidence.get(d.id)![3]!.hash.slice(0, 16)}`);

    api.verifications.set(d.id, {
      valid: false,
      checkedAt: '2026-11-26T12:00:00Z',
      links: 4,
      messages: 1,
      problems: [{ where: 'reply from dana@contoso.example received 2026-11-25 09:30:00Z', problem: 'The stored message no longer matches its SHA-256: it was changed after it arrived.' }],
    });
    await user.click(within(detail).getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(within(detail).getByTestId('verification')).toHaveAttribute('data-valid', 'false'));
    const problems = within(detail).getByRole('list', { name: 'Verification problems' });
    expect(problems).toHaveTextContent('reply from dana@contoso.example received 2026-11-25 09:30:00Z: The stored message no longer matches its SHA-256');
    expect(within(detail).getByText('Evidence does not hold')).toBeInTheDocument();

    await user.click(within(detail).getByRole('button', { name: 'Download evidence pack' }));
    expect(await within(detail).findByText('Evidence pack saved')).toBeInTheDocument();
    expect(host.saved.map((f) => f.fileName)).toEqual(['evidence-contoso-2026-11-26.zip']);
    expect(host.saved[0]?.blob.size).toBe(22);
    const download = api.requests.find((r) => r.path.endsWith('/evidence-pack'));
    expect(download?.headers['x-dev-user']).toBe(USER);
    expect(download?.headers['accept']).toBe('application/zip');
    // No link was asked for: the blob download needs none.
    expect(api.requests.some((r) => r.path.endsWith('/evidence-pack/link'))).toBe(false);

    // Where the web view dropped the download, a signed link (no sign-in needed) is the way out.
    await user.click(within(detail).getByRole('button', { name: 'Nothing downloaded? Get a download link' }));
    const link = await within(detail).findByRole('link', { name: 'Download the evidence pack' });
    expect(link).toHaveAttribute('href', `https://api.example.test/api/declarations/${d.id}/evidence-pack/signed?token=signed-${d.id}`);
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('in Outlook on Windows hands the pack to the browser by a signed link, not a blob the web view may drop', async () => {
    const api = new FakeOutlookWinApi();
    const host = new FakeOutlookHost('read', USER);
    host.browserWindow = true;
    renderPane(api, { host });
    const { d, user, detail } = await openDeclaration(api, { state: 'confirmed', reply: reply(), replies: [reply()] });
    await user.click(within(detail).getByRole('button', { name: 'Evidence' }));
    await user.click(within(detail).getByRole('button', { name: 'Download evidence pack' }));
    expect(await within(detail).findByText('Evidence pack opened in your browser')).toBeInTheDocument();
    // The browser has no token: the link carries the grant; no unsigned URL is ever opened.
    expect(host.opened).toEqual([`https://api.example.test/api/declarations/${d.id}/evidence-pack/signed?token=signed-${d.id}`]);
    expect(host.saved).toHaveLength(0);
    const asked = api.requests.find((r) => r.path.endsWith('/evidence-pack/link'));
    expect(asked?.method).toBe('POST');
    expect(asked?.headers['x-dev-user']).toBe(USER);
  });
});

describe('Zombie clock', () => {
  it('badges a stale declaration with its due date and drafts the follow-up into the mailbox', async () => {
    const api = new FakeOutlookWinApi();
    renderPane(api);
    const { user, detail } = await openDeclaration(api, { state: 'stale', awaitingHours: 80, replyDue: '2026-11-26', followUp: 'stale' });
    expect(within(detail).getAllByTestId('state-badge')[0]).toHaveTextContent('No written answer — due Thu 26 Nov');
    const offer = within(detail).getByRole('region', { name: 'Follow-up' });
    expect(offer).toHaveTextContent('No written answer yet');
    expect(offer).toHaveTextContent('It was due Thu 26 Nov.');
    // Nothing to forward while nobody has answered.
    expect(within(detail).queryByRole('region', { name: 'Forward to the economic buyer' })).not.toBeInTheDocument();

    await user.click(within(offer).getByRole('button', { name: 'Draft the follow-up' }));
    const preview = within(offer).getByRole('group', { name: 'Follow-up preview' });
    expect(within(preview).getByTestId('follow-up-to')).toHaveTextContent('Dana Kim <dana@contoso.example>');
    expect(within(preview).getByTestId('follow-up-subject')).toHaveTextContent(/^RE: Technical Win: Contoso observability POV/);
    const frame = within(preview).getByTitle('Follow-up email preview');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toContain('one-line written confirmation');

    await user.click(within(preview).getByRole('button', { name: 'Create draft' }));
    const result = await within(offer).findByRole('group', { name: 'Follow-up result' });
    expect(result).toHaveTextContent('Follow-up saved in your Drafts');
    expect(within(result).getByRole('link', { name: /Open the draft/ })).toHaveAttribute('href', 'https://outlook.example/follow-up-draft');
    expect(posts(api, '/follow-up').map((r) => r.body)).toEqual([{ send: false }]);
  });

  it('asks for a written confirmation after a 👍, and sends it at once on “Send now”', async () => {
    const api = new FakeOutlookWinApi();
    renderPane(api);
    const { user, detail } = await openDeclaration(api, { state: 'ambiguous', reply: thumbsUp(), replies: [thumbsUp()], followUp: 'ambiguous' });
    const offer = within(detail).getByRole('region', { name: 'Follow-up' });
    expect(offer).toHaveAttribute('data-kind', 'ambiguous');
    await user.click(within(offer).getByRole('button', { name: 'Ask for a written confirmation' }));
    await user.click(within(offer).getByRole('button', { name: 'Send now' }));
    expect(await within(offer).findByText('Follow-up sent')).toBeInTheDocument();
    expect(within(offer).queryByRole('link', { name: /Open the draft/ })).not.toBeInTheDocument();
    expect(posts(api, '/follow-up').map((r) => r.body)).toEqual([{ send: true }]);
  });

  it('asks to reconfirm the criterion a conditional win was waiting for', async () => {
    const api = new FakeOutlookWinApi();
    renderPane(api);
    const conditional = reply({
      verdict: 'conditional',
      conditions: ['We can’t sign until the parser patch is validated.'],
      criteria: [
        { index: 0, title: 'Reduce MTTR', reading: 'confirmed', evidence: [] },
        { index: 2, title: 'Legacy syslog ingestion', reading: 'conditional', evidence: [] },
      ],
    });
    const { user, detail } = await openDeclaration(api, { state: 'conditional', reply: conditional, replies: [conditional], followUp: 'reconfirm' });
    const offer = within(detail).getByRole('region', { name: 'Follow-up' });
    expect(offer).toHaveTextContent('The blocking criterion is proven');
    await user.click(within(offer).getByRole('button', { name: 'Ask to reconfirm “Legacy syslog ingestion”' }));
    expect(within(offer).getByTitle('Follow-up email preview').getAttribute('srcdoc')).toContain('is now validated');
    // A conditional win can still be forwarded meanwhile.
    expect(await within(detail).findByRole('button', { name: 'Forward to Priya Shah' })).toBeInTheDocument();
  });

  it('drops the offer when the API needs no follow-up any more', async () => {
    const api = new FakeOutlookWinApi();
    renderPane(api);
    const { d, user, detail } = await openDeclaration(api, { state: 'ambiguous', reply: thumbsUp(), replies: [thumbsUp()], followUp: 'ambiguous' });
    const entry = api.declaration(d.id)!;
    entry.followUp = null;
    await user.click(within(within(detail).getByRole('region', { name: 'Follow-up' })).getByRole('button', { name: 'Ask for a written confirmation' }));
    // The 409 makes the pane read the declarations again, and the offer goes.
    await waitFor(() => expect(within(detail).queryByRole('region', { name: 'Follow-up' })).not.toBeInTheDocument());
    expect(api.requests.filter((r) => r.path.endsWith('/follow-up')).map((r) => r.method)).toEqual(['GET']);
  });

  it('flags a plan whose declaration is overdue in the picker and the Draft view', async () => {
    const api = new FakeOutlookWinApi();
    const late = api.seed(USER, contosoPlan());
    api.declarationDue.set(late.id, {
      due: '2026-11-20',
      businessDaysLate: 4,
      message: 'The POV ended 6 business days ago and no declaration has been sent: testing is over, and nobody has declared the win in writing yet.',
    });
    renderPane(api, { view: 'declaration' });
    const flag = await screen.findByRole('group', { name: 'Declaration overdue' });
    expect(flag).toHaveTextContent('Declaration overdue: due Fri 20 Nov, 4 business days late');
    expect(flag).toHaveTextContent('nobody has declared the win in writing yet');
    // The picker names the deal under its prospect's group: the words that tell plans apart fit a narrow pane.
    const option = screen.getByRole('option', { name: 'Contoso observability POV (overdue)' });
    expect(option.closest('optgroup')).toHaveAttribute('label', 'Contoso');
  });

  it('drops the overdue flag once the declaration has gone out from elsewhere, when the SE comes back to Draft', async () => {
    const api = new FakeOutlookWinApi();
    const late = api.seed(USER, contosoPlan());
    api.declarationDue.set(late.id, { due: '2026-11-20', businessDaysLate: 4, message: 'The POV ended 6 business days ago and no declaration has been sent.' });
    renderPane(api, { view: 'declaration' });
    const user = userEvent.setup();
    await screen.findByRole('group', { name: 'Declaration overdue' });

    // Sent from Outlook's compose window meanwhile: the API no longer flags the plan.
    api.declarationDue.delete(late.id);
    await user.click(screen.getByRole('tab', { name: 'Track Replies' }));
    await user.click(screen.getByRole('tab', { name: 'Draft Declaration' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Declaration overdue' })).not.toBeInTheDocument());
    expect(screen.getByRole('option', { name: 'Contoso observability POV' })).toBeInTheDocument();
  });
});
