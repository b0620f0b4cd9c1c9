import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../src/api/client';
import { ComposeWindow } from '../src/standin/composeWindow';
import { MemoryMailbox } from '../src/standin/mailbox';
import { createOfficeHost, type OfficeNamespace } from '../src/office/officeHost';
import { createOfficeStandIn } from '../src/standin/officeStandIn';
import { buildProspectRequest, colleagueOf } from '../src/standin/prospectPanel';
import { createSandboxClient, sendComposed } from '../src/standin/sandboxClient';

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

function recordingFetch(status = 201, answer: unknown = { id: 'sent-1', internetMessageId: '<m@x>', conversationId: 'c1' }) {
  const sent: Sent[] = [];
  const fetch: FetchLike = (input, init) => {
    sent.push({ url: input, headers: init?.headers as Record<string, string>, body: JSON.parse(String(init?.body ?? 'null')) });
    return Promise.resolve(new Response(JSON.stringify(answer), { status }));
  };
  return { fetch, sent };
}

describe('the stand-in compose window’s Send', () => {
  it('sends subject, recipients, body and the pane’s mark, as the JSON object string Outlook keeps', async () => {
    const mailbox = new MemoryMailbox('compose');
    const host = createOfficeHost(createOfficeStandIn(mailbox) as unknown as OfficeNamespace);
    await host.insertDeclaration({
      subject: 'Technical Win: Contoso',
      to: [{ name: 'Dana Kim', email: 'dana@contoso.example' }],
      cc: [{ name: 'Jordan Lee', email: 'jordan@fabrikam.example' }],
      html: '<p>43%</p>',
      text: '43%',
    });
    await host.markDeclaration('decl-1');

    const { fetch, sent } = recordingFetch();
    const client = createSandboxClient({ user: () => 'se@fabrikam.example', fetch });
    const result = await sendComposed(
      { getSubject: () => mailbox.subject, getRecipients: (f) => mailbox.getRecipients(f), getBody: () => mailbox.body, getCustomProperties: () => mailbox.getCustomProperties() },
      client,
    );

    expect(result.id).toBe('sent-1');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('/sandbox/outlook/send');
    expect(sent[0]!.headers['X-Dev-User']).toBe('se@fabrikam.example');
    expect(sent[0]!.body).toEqual({
      subject: 'Technical Win: Contoso',
      html: '<p>43%</p>',
      to: [{ name: 'Dana Kim', email: 'dana@contoso.example' }],
      cc: [{ name: 'Jordan Lee', email: 'jordan@fabrikam.example' }],
      addinCustomProperties: '{"outlookwinDeclarationId":"decl-1"}',
    });
  });

  it('refuses a message with no recipient, and reports the API’s refusal', async () => {
    const { fetch, sent } = recordingFetch(400, { title: 'Invalid', status: 400, detail: 'Sign in: messages are sent from the signed-in mailbox.' });
    const client = createSandboxClient({ user: () => '', fetch });
    const message = { getSubject: () => 's', getRecipients: () => [], getBody: () => '', getCustomProperties: () => ({}) };
    await expect(sendComposed(message, client)).rejects.toThrow('at least one recipient');
    expect(sent).toHaveLength(0);
    const withRecipient = { ...message, getRecipients: (f: 'to' | 'cc') => (f === 'to' ? [{ displayName: 'D', emailAddress: 'd@x.example' }] : []) };
    await expect(sendComposed(withRecipient, client)).rejects.toThrow('Sign in: messages are sent from the signed-in mailbox.');
    expect(sent[0]!.body).not.toHaveProperty('addinCustomProperties');
  });

  it('the Send button runs the page’s handler, shows progress, and the window clears', async () => {
    let resolveSend: (() => void) | undefined;
    const window = new ComposeWindow('New message', 'Compose message', 'region', async (w) => {
      await new Promise<void>((resolve) => (resolveSend = resolve));
      w.clear();
    });
    document.body.append(window.element);
    window.attached();
    window.setSubject('Technical Win');
    window.setRecipients('to', [{ displayName: 'Dana Kim', emailAddress: 'dana@contoso.example' }]);
    window.setBody('<p>Hello</p>');

    const send = window.element.querySelector<HTMLButtonElement>('button.ow-send')!;
    const status = window.element.querySelector('[role="status"]')!;
    expect(send.disabled).toBe(false);
    send.click();
    expect(send.disabled).toBe(true);
    expect(status.textContent).toBe('Sending…');
    resolveSend!();
    await new Promise((r) => setTimeout(r, 0));
    expect(status.textContent).toBe('Sent');
    expect(window.getSubject()).toBe('');
    expect(window.getRecipients('to')).toEqual([]);
    expect(window.getBody()).toBe('');
    window.element.remove();
  });

  it('a window with no handler cannot send', () => {
    const window = new ComposeWindow('Read only', 'Read only');
    expect(window.element.querySelector<HTMLButtonElement>('button.ow-send')!.disabled).toBe(true);
  });
});

describe('the prospect panel’s request', () => {
  const base = { declarationId: 'd1', kind: 'confirmed' as const, content: '', fromColleague: false, colleague: '', newThread: false };

  it('sends a canned reply by name', () => {
    expect(buildProspectRequest(base)).toEqual({ declarationId: 'd1', canned: 'confirmed' });
    expect(buildProspectRequest({ ...base, kind: 'thumbs_up' })).toEqual({ declarationId: 'd1', canned: 'thumbs_up' });
  });

  it('sends own text or a pasted .eml, from a colleague, on a new thread', () => {
    expect(buildProspectRequest({ ...base, kind: 'text', content: 'Confirmed.', fromColleague: true, colleague: ' alex@contoso.example ', newThread: true })).toEqual({
      declarationId: 'd1',
      text: 'Confirmed.',
      from: 'alex@contoso.example',
      newThread: true,
    });
    expect(buildProspectRequest({ ...base, kind: 'eml', content: 'From: a@b\r\n\r\nYes' })).toEqual({ declarationId: 'd1', mime: 'From: a@b\r\n\r\nYes' });
  });

  it('says what is missing', () => {
    expect(() => buildProspectRequest({ ...base, declarationId: '' })).toThrow('Pick a sent declaration');
    expect(() => buildProspectRequest({ ...base, kind: 'text', content: '  ' })).toThrow('Write the reply text.');
    expect(() => buildProspectRequest({ ...base, kind: 'eml' })).toThrow('.eml');
    expect(() => buildProspectRequest({ ...base, fromColleague: true, colleague: 'nobody' })).toThrow('colleague');
  });

  it('suggests a colleague at the lead engineer’s company', () => {
    expect(colleagueOf({ to: [{ name: 'Dana Kim', email: 'dana@contoso.example' }] })).toBe('alex.morgan@contoso.example');
    expect(colleagueOf(undefined)).toBe('');
  });
});
