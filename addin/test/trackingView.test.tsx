import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../src/App';
import type { FetchLike } from '../src/api/client';
import type { DeclarationResponse, ReplyDto } from '../src/api/types';
import { createDevelopmentAuth } from '../src/auth/AuthProvider';
import { FakeOutlookHost } from '../src/office/fakeHost';
import { FakeOutlookWinApi } from './fakeApi';
import { FakeVisibility, ManualTimers } from './pollTestKit';

const USER = 'se@fabrikam.example';

/**
 * The pane on Track Replies. Polling only, unless a test asks for the API's event stream (`live`): most tests here
 * are about the list and the polling rhythm, which is also the fallback when the stream is down.
 */
function renderTracking(api: FakeOutlookWinApi, fetch: FetchLike = api.fetch, { live = false } = {}) {
  const timers = new ManualTimers();
  const visibility = new FakeVisibility();
  const host = new FakeOutlookHost('compose', USER);
  const view = render(
    <App
      host={host}
      auth={createDevelopmentAuth(() => USER)}
      view="tracking"
      fetch={fetch}
      tracking={{ pollIntervalMs: 3000, fallbackPollIntervalMs: 30_000, liveUpdates: live, timers, visibility }}
    />,
  );
  return { timers, visibility, view };
}

/** The waits scheduled now, shortest first. */
const waits = (timers: ManualTimers) => [...timers.pending.values()].map((t) => t.ms).sort((a, b) => a - b);

const lists = (api: FakeOutlookWinApi) => api.requests.filter((r) => r.method === 'GET' && r.path === '/api/declarations').length;

const CONDITIONAL_TEXT =
  'Hi Sam,\nThe MTTR and ingestion criteria are confirmed on our side. We’re OK to start the commercial review now, but we can’t sign until the parser patch is validated.\n\nDana';

function conditionalReply(): ReplyDto {
  return {
    id: 'reply-2',
    verdict: 'conditional',
    confidence: 0.7,
    replyText: CONDITIONAL_TEXT,
    evidence: [
      { text: 'Hi Sam, The MTTR and ingestion criteria are confirmed on our side.', signal: 'confirmation' },
      { text: 'We’re OK to start the commercial review now, but we can’t sign until the parser patch is validated.', signal: 'proceed' },
      { text: 'We’re OK to start the commercial review now, but we can’t sign until the parser patch is validated.', signal: 'condition' },
    ],
    conditions: ['We’re OK to start the commercial review now, but we can’t sign until the parser patch is validated.'],
    objections: [],
    returnDate: null,
    criteria: [
      { index: 0, title: 'Reduce MTTR', reading: 'confirmed', evidence: ['The MTTR and ingestion criteria are confirmed on our side.'] },
      { index: 2, title: 'Legacy syslog ingestion', reading: 'conditional', evidence: [] },
      { index: 1, title: 'Page on-call fast', reading: 'not_mentioned', evidence: [] },
    ],
    receivedAt: '2026-11-25T09:30:00Z',
    from: 'dana@contoso.example',
    fromName: 'Dana Kim',
    subject: 'RE: Technical Win: Contoso observability POV',
    sha256: '981c58910ae4b193084217ff4149686ea08b433d5f56f9e901ef2b33be18c83f',
    matchedBy: 'in_reply_to',
    explanation: 'Agrees to proceed with a stated condition.',
  };
}

const thumbsUp = (): ReplyDto => ({
  ...conditionalReply(),
  id: 'reply-1',
  verdict: 'ambiguous',
  confidence: 0.95,
  replyText: '👍',
  evidence: [{ text: '👍', signal: 'emoji_only' }],
  conditions: [],
  criteria: [],
  receivedAt: '2026-11-25T08:00:00Z',
  sha256: 'e3f7f095d30ec84e300f56620dacb7ebb0cc954a9f430070c5faba93f4b3eda9',
  matchedBy: 'conversation',
  explanation: null,
});

describe('Track Replies', () => {
  it('lists every declaration with its state in words, prospect, deal and subject', async () => {
    const api = new FakeOutlookWinApi();
    const states: Partial<DeclarationResponse>[] = [
      { state: 'drafted', sentAt: null, awaitingHours: null, prospect: 'Adatum', dealName: 'Adatum SIEM POV' },
      { state: 'sent', awaitingHours: 49, prospect: 'Contoso', dealName: 'Contoso observability POV' },
      { state: 'auto_reply', awaitingHours: 3, reply: { ...thumbsUp(), verdict: 'auto_reply', returnDate: '2026-12-03' } },
      { state: 'confirmed', reply: conditionalReply() },
      { state: 'conditional', reply: conditionalReply() },
      { state: 'declined', reply: conditionalReply() },
      { state: 'ambiguous', reply: thumbsUp() },
    ];
    for (const s of states) api.seedDeclaration(USER, s);
    api.seedDeclaration('someone-else@fabrikam.example', { prospect: 'Not mine' });
    renderTracking(api);

    const list = await screen.findByRole('list', { name: 'Declarations' });
    const badges = within(list).getAllByTestId('state-badge').map((b) => b.textContent);
    // Newest first.
    expect(badges).toEqual([
      'Ambiguous — needs follow-up',
      'Declined',
      'Conditional',
      'Confirmed',
      'Auto-reply (back on Thu 3 Dec)',
      'Sent — awaiting reply (2 days)',
      'Drafted',
    ]);
    expect(within(list).getByRole('button', { name: /^Contoso — Contoso observability POV:\s*Technical Win: .*\.\s*Sent — awaiting reply \(2 days\)$/ })).toBeInTheDocument();
    expect(within(list).getByText('Adatum — Adatum SIEM POV')).toBeInTheDocument();
    expect(within(list).getAllByText('Technical Win: Contoso observability POV — all criteria validated')).toHaveLength(7);
    expect(screen.queryByText(/Not mine/)).not.toBeInTheDocument();
  });

  it('tells several declarations of one deal apart by variant and sent date, and shows a superseded one as such', async () => {
    const api = new FakeOutlookWinApi();
    api.seedDeclaration(USER, {
      state: 'superseded',
      variant: 'full',
      sentAt: '2026-11-24T12:05:00Z',
      awaitingHours: null,
      superseded: { by: 'x', at: '2026-11-25T12:00:00Z', reason: 'New figures' },
    });
    api.seedDeclaration(USER, { state: 'drafted', variant: 'conditional', sentAt: null, createdAt: '2026-11-25T12:00:00Z', awaitingHours: null });
    renderTracking(api);

    const facts = await screen.findAllByTestId('card-facts');
    expect(facts.map((f) => f.textContent)).toEqual([
      expect.stringMatching(/^Conditional · drafted 25 Nov 2026, \d\d:\d\d, not sent$/),
      expect.stringMatching(/^Full · sent 24 Nov 2026, \d\d:\d\d · superseded Wed,? 25 Nov$/),
    ]);
    const badges = screen.getAllByTestId('state-badge');
    expect(badges[1]).toHaveTextContent('Superseded');
  });

  it('updates the list on each poll, without a reload, and only while the pane is visible', async () => {
    const api = new FakeOutlookWinApi();
    const d = api.seedDeclaration(USER, { state: 'sent', awaitingHours: 1 });
    const { timers, visibility, view } = renderTracking(api);
    const badge = await screen.findByTestId('state-badge');
    expect(badge).toHaveTextContent('Sent — awaiting reply (1 hour)');
    expect(lists(api)).toBe(1);
    await waitFor(() => expect(timers.pending.size).toBe(1));
    expect([...timers.pending.values()][0]?.ms).toBe(3000);

    api.updateDeclaration(d.id, { state: 'ambiguous', awaitingHours: null, reply: thumbsUp(), replies: [thumbsUp()] });
    act(() => timers.fire());
    await waitFor(() => expect(screen.getByTestId('state-badge')).toHaveTextContent('Ambiguous — needs follow-up'));
    expect(lists(api)).toBe(2);

    // Hidden: the timer goes and no request is made; visible again: polls at once.
    await waitFor(() => expect(timers.pending.size).toBe(1));
    act(() => visibility.set('hidden'));
    expect(timers.pending.size).toBe(0);
    api.updateDeclaration(d.id, { state: 'confirmed' });
    expect(lists(api)).toBe(2);
    act(() => visibility.set('visible'));
    await waitFor(() => expect(screen.getByTestId('state-badge')).toHaveTextContent('Confirmed'));
    expect(lists(api)).toBe(3);

    // Closing the pane stops polling for good.
    await waitFor(() => expect(timers.pending.size).toBe(1));
    view.unmount();
    expect(timers.pending.size).toBe(0);
    expect(visibility.listenerCount).toBe(0);
  });

  it('reads the list again as soon as the API pushes a change, and polls only every 30 s while the stream is up', async () => {
    const api = new FakeOutlookWinApi();
    const d = api.seedDeclaration(USER, { state: 'sent', awaitingHours: 1 });
    const { timers } = renderTracking(api, api.fetch, { live: true });
    await screen.findByTestId('state-badge');
    expect(await screen.findByText(/^Live updates · checked/)).toBeInTheDocument();
    expect(api.requests.find((r) => r.path === '/api/declarations/events')?.headers['x-dev-user']).toBe(USER);
    // The 30 s poll, and the watch for a silent stream.
    await waitFor(() => expect(waits(timers)).toEqual([30_000, 45_000]));
    const before = lists(api);

    api.updateDeclaration(d.id, { state: 'confirmed', awaitingHours: null, reply: conditionalReply(), replies: [conditionalReply()] });
    api.pushChange(d.id);

    // No timer fired: the event alone brought the verdict.
    await waitFor(() => expect(screen.getByTestId('state-badge')).toHaveTextContent('Confirmed'));
    expect(lists(api)).toBe(before + 1);
  });

  it('polls every 3 s while the stream is down, reconnects after 1 s, and slows down again once it is back', async () => {
    const api = new FakeOutlookWinApi();
    api.seedDeclaration(USER, { state: 'sent', awaitingHours: 1 });
    const { timers } = renderTracking(api, api.fetch, { live: true });
    await screen.findByText(/^Live updates/);
    await waitFor(() => expect(api.eventStreams).toHaveLength(1));

    api.eventStreamOverrides.push(() => Promise.resolve(new Response('', { status: 503 })));
    act(() => api.eventStreams[0]!.close());
    expect(await screen.findByText(/^Updates automatically/)).toBeInTheDocument();
    await waitFor(() => expect(waits(timers)).toEqual([1000, 3000]));

    // The reconnect is refused: the next try waits longer, the poll keeps its 3 s.
    act(() => timers.fire());
    await waitFor(() => expect(waits(timers)).toEqual([2000, 3000]));
    act(() => timers.fire());
    expect(await screen.findByText(/^Live updates/)).toBeInTheDocument();
    await waitFor(() => expect(waits(timers)).toEqual([30_000, 45_000]));
    expect(api.eventStreams).toHaveLength(1);
  });

  it('closes the stream while the pane is hidden and when it is closed', async () => {
    const api = new FakeOutlookWinApi();
    api.seedDeclaration(USER, { state: 'sent', awaitingHours: 1 });
    const { timers, visibility, view } = renderTracking(api, api.fetch, { live: true });
    await screen.findByText(/^Live updates/);
    const first = api.eventStreams[0]!;

    act(() => visibility.set('hidden'));
    expect(first.closed).toBe(true);
    expect(timers.pending.size).toBe(0);

    act(() => visibility.set('visible'));
    await waitFor(() => expect(api.eventStreams).toHaveLength(1));
    const second = api.eventStreams[0]!;
    expect(second).not.toBe(first);

    view.unmount();
    expect(second.closed).toBe(true);
    expect(timers.pending.size).toBe(0);
    expect(visibility.listenerCount).toBe(0);
  });

  it('never has two list requests in flight, however slow the API is', async () => {
    const api = new FakeOutlookWinApi();
    api.seedDeclaration(USER, { state: 'sent', awaitingHours: 1 });
    let inFlight = 0;
    let most = 0;
    let started = 0;
    const releases: (() => void)[] = [];
    const slow: FetchLike = async (input, init) => {
      if (!input.endsWith('/api/declarations')) return api.fetch(input, init);
      inFlight++;
      started++;
      most = Math.max(most, inFlight);
      await new Promise<void>((resolve) => releases.push(resolve));
      inFlight--;
      return api.fetch(input, init);
    };
    const { timers } = renderTracking(api, slow);
    await waitFor(() => expect(releases).toHaveLength(1));
    // Nothing is scheduled while a poll is out.
    expect(timers.pending.size).toBe(0);
    releases[0]!();
    await screen.findByTestId('state-badge');

    await waitFor(() => expect(timers.pending.size).toBe(1));
    act(() => timers.fire());
    await waitFor(() => expect(releases).toHaveLength(2));
    // A refresh asked while the second poll is out waits for it.
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Refresh declarations' }));
    await user.click(screen.getByRole('button', { name: 'Refresh declarations' }));
    expect(started).toBe(2);
    releases[1]!();
    await waitFor(() => expect(releases).toHaveLength(3));
    releases[2]!();
    await waitFor(() => expect(timers.pending.size).toBe(1));
    expect(started).toBe(3);
    expect(most).toBe(1);
  });

  it('keeps the last list and says so when a poll fails', async () => {
    const api = new FakeOutlookWinApi();
    api.seedDeclaration(USER, { state: 'sent', awaitingHours: 1 });
    const { timers } = renderTracking(api);
    await screen.findByTestId('state-badge');
    api.listOverrides.push(() => Promise.resolve(new Response('', { status: 503, statusText: 'Service Unavailable' })));
    await waitFor(() => expect(timers.pending.size).toBe(1));
    act(() => timers.fire());
    expect(await screen.findByText('Could not refresh')).toBeInTheDocument();
    expect(screen.getByTestId('state-badge')).toHaveTextContent('Sent — awaiting reply');
    await waitFor(() => expect(timers.pending.size).toBe(1));
    act(() => timers.fire());
    await waitFor(() => expect(screen.queryByText('Could not refresh')).not.toBeInTheDocument());
  });

  it('says who confirmed when it was not the lead engineer, and forwards only once the SE acknowledges them', async () => {
    const api = new FakeOutlookWinApi();
    const fromColleague: ReplyDto = {
      ...conditionalReply(),
      verdict: 'confirmed',
      from: 'mallory@contoso.example',
      fromName: 'Mallory Quinn',
      senderRole: 'colleague',
      authentication: 'pass',
      authenticationResults: 'spf=pass dkim=pass dmarc=pass compauth=pass',
    };
    const seeded = api.seedDeclaration(USER, {
      state: 'confirmed',
      awaitingHours: null,
      reply: fromColleague,
      replies: [fromColleague],
      senderToAcknowledge: 'mallory@contoso.example',
    });
    renderTracking(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Contoso — Contoso observability POV/ }));

    const deciding = screen.getByRole('region', { name: 'Deciding reply' });
    expect(within(deciding).getByTestId('reply-sender')).toHaveTextContent(
      'A colleague of the lead engineer, not named in the plan · authenticated (spf=pass dkim=pass dmarc=pass compauth=pass)',
    );
    const check = screen.getByTestId('sender-check');
    expect(check).toHaveTextContent('Confirmed by mallory@contoso.example, not the lead engineer');

    await user.type(within(check).getByRole('textbox'), 'Mallory runs the platform team');
    await user.click(within(check).getByRole('button', { name: 'Acknowledge mallory@contoso.example' }));

    await waitFor(() => expect(screen.queryByTestId('sender-check')).not.toBeInTheDocument());
    expect(api.evidence.get(seeded.id)?.at(-1)?.payload).toEqual({ sender: 'mallory@contoso.example', note: 'Mallory runs the platform team' });
  });

  it('says when replies are not fully watched, and why', async () => {
    const api = new FakeOutlookWinApi();
    api.seedDeclaration(USER, { state: 'sent', awaitingHours: 1 });
    api.trackingStatus = {
      watching: true,
      liveNotifications: false,
      problem: 'Live notifications are off: Graph refused the subscription. Replies are still found by the delta query every 15 minutes.',
    };
    renderTracking(api);

    expect(await screen.findByTestId('watch-problem')).toHaveTextContent('Live notifications are off');
  });

  it('says when it has stopped looking for a declaration that was never found in Sent Items', async () => {
    const api = new FakeOutlookWinApi();
    api.seedDeclaration(USER, { state: 'drafted', delivery: 'outlook', sentAt: null, awaitingHours: null, reply: null, replies: [], stoppedLooking: true });
    renderTracking(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Contoso — Contoso observability POV/ }));

    expect(screen.getByTestId('stopped-looking')).toHaveTextContent('stopped looking for this declaration in Sent Items');
  });

  it('shows a reply that could not be read as such, never as a confirmation', async () => {
    const api = new FakeOutlookWinApi();
    const unreadable: ReplyDto = {
      ...thumbsUp(),
      replyText: '',
      evidence: [],
      confidence: 0,
      explanation: 'The reply could not be read (The message is larger than the 1024 byte limit.); a person must look at it.',
      readError: 'The message is larger than the 1024 byte limit.',
    };
    api.seedDeclaration(USER, { state: 'ambiguous', awaitingHours: null, reply: unreadable, replies: [unreadable] });
    renderTracking(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Contoso — Contoso observability POV/ }));

    const notice = await screen.findByTestId('reply-unreadable');
    expect(notice).toHaveTextContent('This reply could not be read');
    expect(notice).toHaveTextContent('larger than the 1024 byte limit');
    expect(notice).toHaveTextContent('not counted as a confirmation');
    expect(within(screen.getByRole('article', { name: 'Declaration details' })).getByTestId('state-badge')).not.toHaveTextContent('Confirmed');
  });

  it('opens a declaration: recipients, sent time, the deciding reply with its evidence highlighted, conditions, criteria, hash and other replies', async () => {
    const api = new FakeOutlookWinApi();
    api.seedDeclaration(USER, { state: 'conditional', awaitingHours: null, reply: conditionalReply(), replies: [thumbsUp(), conditionalReply()] });
    renderTracking(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Contoso — Contoso observability POV:.*\.\s*Conditional$/ }));

    const detail = screen.getByRole('article', { name: 'Declaration details' });
    expect(within(detail).getByTestId('state-badge')).toHaveTextContent('Conditional');
    // To, and the reply's sender.
    expect(within(detail).getAllByText('Dana Kim <dana@contoso.example>', { selector: 'dd' })).toHaveLength(2);
    expect(within(detail).getByText('Jordan Lee <jordan@fabrikam.example>')).toBeInTheDocument();
    expect(within(detail).getByTestId('sent-at')).toHaveTextContent(/24 Nov 2026/);

    const deciding = within(detail).getByRole('region', { name: 'Deciding reply' });
    const text = within(deciding).getByLabelText('Reply from Dana Kim');
    expect(text.textContent).toContain('Hi Sam,\nThe MTTR');
    const marks = [...text.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual([
      'Hi Sam,\nThe MTTR and ingestion criteria are confirmed on our side.',
      'We’re OK to start the commercial review now, but we can’t sign until the parser patch is validated.',
    ]);
    expect(marks[0]).toHaveAttribute('title', 'Evidence: Confirmation');
    expect(marks[1]).toHaveAttribute('title', 'Evidence: Go-ahead, Condition');
    expect(text).toHaveTextContent('(evidence: Go-ahead, Condition)');

    expect(within(deciding).getByTestId('reply-verdict')).toHaveTextContent('Conditional · 70% confidence');
    expect(within(deciding).getByText('Agrees to proceed with a stated condition.')).toBeInTheDocument();
    expect(within(deciding).getByText('In-Reply-To header names the declaration')).toBeInTheDocument();
    const conditions = within(deciding).getByRole('list', { name: 'Conditions' });
    expect(conditions.querySelector('q')).toHaveTextContent('we can’t sign until the parser patch is validated');
    const criteria = within(deciding).getByRole('list', { name: 'Criteria readings' });
    expect(within(criteria).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Reduce MTTR: Confirmed — The MTTR and ingestion criteria are confirmed on our side.',
      'Legacy syslog ingestion: Confirmed on a condition',
      'Page on-call fast: Not mentioned',
    ]);
    expect(within(deciding).getByText('981c5891…be18c83f')).toHaveAttribute('title', conditionalReply().sha256);
    expect(within(deciding).getByTestId('sha256-full')).toHaveTextContent(conditionalReply().sha256);

    const others = within(detail).getByRole('region', { name: 'Other replies' });
    await user.click(within(others).getByRole('button', { name: /Ambiguous — Dana Kim/ }));
    const thumbs = await within(others).findByLabelText('Reply from Dana Kim');
    expect(thumbs.querySelector('mark')).toHaveAttribute('title', 'Evidence: Emoji only');

    await user.click(within(detail).getByRole('button', { name: 'All declarations' }));
    expect(screen.getByRole('list', { name: 'Declarations' })).toBeInTheDocument();
  });

  it('offers Send for a drafted mailbox declaration, and “I’ve sent it” for one inserted into Outlook', async () => {
    const api = new FakeOutlookWinApi();
    const inserted = api.seedDeclaration(USER, { state: 'drafted', delivery: 'outlook', sentAt: null, awaitingHours: null, prospect: 'Adatum' });
    const drafted = api.seedDeclaration(USER, { state: 'drafted', delivery: 'mailbox', sentAt: null, awaitingHours: null, draftWebLink: 'https://outlook.example/draft' });
    renderTracking(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /^Contoso .*\.\s*Drafted$/ }));
    let detail = screen.getByRole('article', { name: 'Declaration details' });
    expect(within(detail).getByRole('link', { name: /Open the draft in Outlook/ })).toHaveAttribute('href', 'https://outlook.example/draft');
    expect(within(detail).queryByRole('button', { name: 'I’ve sent it' })).not.toBeInTheDocument();
    await user.click(within(detail).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(within(detail).getByTestId('state-badge')).toHaveTextContent('Sent — awaiting reply'));
    expect(api.declaration(drafted.id)?.state).toBe('sent');

    await user.click(within(detail).getByRole('button', { name: 'All declarations' }));
    await user.click(screen.getByRole('button', { name: /^Adatum .*\.\s*Drafted — looking for the sent copy$/ }));
    detail = screen.getByRole('article', { name: 'Declaration details' });
    expect(within(detail).queryByRole('button', { name: 'Send' })).not.toBeInTheDocument();
    await user.click(within(detail).getByRole('button', { name: 'I’ve sent it' }));
    await waitFor(() => expect(within(detail).getByTestId('state-badge')).toHaveTextContent('Sent — awaiting reply'));
    expect(api.requests.some((r) => r.path === `/api/declarations/${inserted.id}/sent-from-outlook`)).toBe(true);
  });

  it('says when there is nothing to track yet and leads to Draft Declaration', async () => {
    const api = new FakeOutlookWinApi();
    renderTracking(api);
    const user = userEvent.setup();
    expect(await screen.findByText('No declarations yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Draft a declaration' }));
    expect(screen.getByRole('tab', { name: 'Draft Declaration' })).toHaveAttribute('aria-selected', 'true');
  });
});
