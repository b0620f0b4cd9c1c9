import { describe, expect, it } from 'vitest';
import { createOfficeHost, type OfficeNamespace } from '../src/office/officeHost';
import { OfficeCallError } from '../src/office/OutlookHost';
import { MemoryMailbox } from '../src/standin/mailbox';
import { AsyncResultStatus, CoercionType, createOfficeStandIn, type StandInAsyncResult } from '../src/standin/officeStandIn';

// The real Office adapter against the Office.js stand-in made as hard as Outlook: plain-text messages that refuse
// HTML, replies with a quoted thread and people of their own, custom properties that reach the mailbox only when
// the item is saved, ids only after a save, requirement sets that hosts lack, and a pinned pane's ItemChanged.

const declaration = {
  subject: 'Technical Win: Contoso observability POV',
  to: [{ name: 'Dana Kim', email: 'dana@contoso.example' }],
  cc: [{ name: 'Jordan Lee', email: 'jordan@fabrikam.example' }],
  html: '<p>MTTR fell <strong>43%</strong>, against a 40% target.</p>',
  text: 'MTTR fell 43%, against a 40% target.',
};

const THREAD =
  '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Dana Kim</div><blockquote><p>Thanks for the readout.</p></blockquote>';

const hostOn = (mailbox: MemoryMailbox) => createOfficeHost(createOfficeStandIn(mailbox) as unknown as OfficeNamespace);

function reply(version = '1.14'): MemoryMailbox {
  const mailbox = new MemoryMailbox('compose');
  mailbox.version = version;
  mailbox.composeKind = 'reply';
  mailbox.subject = 'RE: Contoso observability POV — readout tomorrow';
  mailbox.recipients = { to: [{ displayName: 'Dana Kim', emailAddress: 'Dana@contoso.example' }], cc: [] };
  mailbox.body = `<p><br></p>${THREAD}`;
  return mailbox;
}

function result<T>(start: (cb: (r: StandInAsyncResult<T>) => void) => void): Promise<StandInAsyncResult<T>> {
  return new Promise((resolve) => start(resolve));
}

describe('the stand-in is as strict as Outlook', () => {
  it('refuses HTML in a plain-text body and says the body is text', async () => {
    const mailbox = new MemoryMailbox('compose');
    mailbox.bodyFormat = 'text';
    const item = createOfficeStandIn(mailbox).context.mailbox.item as unknown as Office.MessageCompose;
    expect((await result<string>((cb) => item.body.getTypeAsync(cb as never))).value).toBe('text');
    const refused = await result<void>((cb) => item.body.setAsync('<p>x</p>', { coercionType: CoercionType.Html as never }, cb as never));
    expect(refused.status).toBe(AsyncResultStatus.Failed);
    expect(refused.error?.name).toBe('InvalidDataFormat');
    expect(mailbox.body).toBe('');
  });

  it('gives an item id only after the item was saved, and the mailbox the custom properties only then', async () => {
    const mailbox = new MemoryMailbox('compose');
    const item = createOfficeStandIn(mailbox).context.mailbox.item as unknown as Office.MessageCompose;
    const early = await result<string>((cb) => (item as unknown as { getItemIdAsync: (cb: unknown) => void }).getItemIdAsync(cb));
    expect(early.error?.name).toBe('ItemNotSaved');
    const props = (await result<Office.CustomProperties>((cb) => item.loadCustomPropertiesAsync(cb as never))).value;
    props.set('k', 'v');
    await result<void>((cb) => props.saveAsync(cb as never));
    expect(mailbox.saved).toBeNull();
    const saved = await result<string>((cb) => item.saveAsync(cb as never));
    expect(mailbox.saved?.customProperties).toEqual({ k: 'v' });
    const id = await result<string>((cb) => (item as unknown as { getItemIdAsync: (cb: unknown) => void }).getItemIdAsync(cb));
    expect(id.value).toBe(saved.value);
  });

  it('leaves out what a host’s requirement set lacks', () => {
    const mailbox = new MemoryMailbox('compose');
    mailbox.version = '1.5';
    const office = createOfficeStandIn(mailbox);
    const item = office.context.mailbox.item as unknown as Record<string, unknown>;
    expect(item['getComposeTypeAsync']).toBeUndefined();
    expect(item['getItemIdAsync']).toBeUndefined();
    expect(typeof item['saveAsync']).toBe('function');
    expect(office.context.requirements.isSetSupported('Mailbox', '1.5')).toBe(true);
    expect(office.context.requirements.isSetSupported('Mailbox', '1.10')).toBe(false);
  });
});

describe('Insert into message: checked first, never half-done', () => {
  it('puts the plain-text twin into a plain-text message, with the subject and the people', async () => {
    const mailbox = new MemoryMailbox('compose');
    mailbox.bodyFormat = 'text';
    const host = hostOn(mailbox);

    const plan = await host.planInsert(declaration);
    expect(plan).toMatchObject({ bodyType: 'text', composeKind: 'newMail', subject: declaration.subject, body: 'set' });
    await expect(host.insertDeclaration(declaration, plan)).resolves.toBe('inserted');

    expect(mailbox.body).toBe('MTTR fell 43%, against a 40% target.');
    expect(mailbox.subject).toBe(declaration.subject);
    expect(mailbox.recipients.to.map((r) => r.emailAddress)).toEqual(['dana@contoso.example']);
  });

  it('in a reply keeps the thread, its subject and its people, and adds only who is missing', async () => {
    const mailbox = reply();
    const host = hostOn(mailbox);

    const plan = await host.planInsert(declaration);
    expect(plan).toMatchObject({ composeKind: 'reply', subject: null, body: 'prepend', aboveThread: true, addTo: [] });
    expect(plan.addCc).toEqual([{ name: 'Jordan Lee', email: 'jordan@fabrikam.example' }]);
    await host.insertDeclaration(declaration, plan);

    expect(mailbox.subject).toBe('RE: Contoso observability POV — readout tomorrow');
    expect(mailbox.recipients.to).toEqual([{ displayName: 'Dana Kim', emailAddress: 'Dana@contoso.example' }]);
    expect(mailbox.recipients.cc).toEqual([{ displayName: 'Jordan Lee', emailAddress: 'jordan@fabrikam.example' }]);
    expect(mailbox.body.startsWith(declaration.html)).toBe(true);
    expect(mailbox.body.endsWith(THREAD)).toBe(true);
  });

  it('recognises a reply by its quoted thread where the host cannot say (before Mailbox 1.10)', async () => {
    const mailbox = reply('1.8');
    const host = hostOn(mailbox);
    const plan = await host.planInsert(declaration);
    expect(plan).toMatchObject({ composeKind: 'unknown', subject: null, body: 'prepend', aboveThread: true });
    await host.insertDeclaration(declaration, plan);
    expect(mailbox.body.endsWith(THREAD)).toBe(true);
  });

  it('keeps what the SE already wrote, below the declaration, and says which subject it replaces', async () => {
    const mailbox = new MemoryMailbox('compose');
    mailbox.subject = 'Notes';
    mailbox.body = '<p>Hi team,</p>';
    const plan = await hostOn(mailbox).planInsert(declaration);
    expect(plan).toMatchObject({ body: 'prepend', aboveThread: false, replacesSubject: 'Notes' });
    await hostOn(mailbox).insertDeclaration(declaration, plan);
    expect(mailbox.body).toBe(`${declaration.html}<p>Hi team,</p>`);
  });

  it('changes nothing when Outlook would refuse part of it', async () => {
    const mailbox = new MemoryMailbox('compose');
    mailbox.subject = 'Mine';
    mailbox.recipients.cc = Array.from({ length: 100 }, (_, i) => ({ displayName: `P${i}`, emailAddress: `p${i}@example.test` }));
    const host = hostOn(mailbox);

    const error = await host.insertDeclaration(declaration).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect((error as OfficeCallError).officeErrorName).toBe('NumberOfRecipientsExceeded');
    expect(mailbox.subject).toBe('Mine');
    expect(mailbox.recipients.to).toEqual([]);
    expect(mailbox.body).toBe('');
  });
});

describe('Marking: saved with the item, and its id kept', () => {
  it('saves the item so the mailbox holds the mark, and hands back its id in REST form', async () => {
    const mailbox = new MemoryMailbox('compose');
    const host = hostOn(mailbox);
    const id = await host.markDeclaration('decl-1');

    expect(mailbox.saved?.customProperties).toEqual({ outlookwinDeclarationId: 'decl-1' });
    const ewsId = mailbox.saved?.id ?? '';
    expect(ewsId).toMatch(/[/+]/);
    expect(id).toBe(ewsId.replace(/\//g, '-').replace(/\+/g, '_'));
  });

  it('takes the id from saveAsync where getItemIdAsync is missing (Mailbox 1.3)', async () => {
    const mailbox = new MemoryMailbox('compose');
    mailbox.version = '1.3';
    const id = await hostOn(mailbox).markDeclaration('decl-1');
    expect(mailbox.saved?.customProperties).toEqual({ outlookwinDeclarationId: 'decl-1' });
    expect(id).not.toBeNull();
    expect(id).not.toMatch(/[/+]/);
  });
});

describe('A pinned pane', () => {
  it('follows ItemChanged from compose to nothing selected to read', () => {
    const mailbox = new MemoryMailbox('compose');
    const host = hostOn(mailbox);
    const seen: string[] = [];
    const stop = host.onItemChanged(() => seen.push(host.mode()));
    mailbox.selectItem('none');
    mailbox.selectItem('read');
    stop();
    mailbox.selectItem('compose');
    expect(seen).toEqual(['none', 'read']);
    expect(host.mode()).toBe('compose');
  });

  it('has no item changes to hear on a host before Mailbox 1.5 (its pane is reloaded instead)', () => {
    const mailbox = new MemoryMailbox('read');
    mailbox.version = '1.3';
    const host = hostOn(mailbox);
    const seen: string[] = [];
    host.onItemChanged(() => seen.push(host.mode()));
    mailbox.selectItem('compose');
    expect(seen).toEqual([]);
  });

  it('refuses to insert or mark with nothing selected, without throwing synchronously', async () => {
    const host = hostOn(new MemoryMailbox('none'));
    expect(host.mode()).toBe('none');
    await expect(host.planInsert(declaration)).rejects.toBeInstanceOf(OfficeCallError);
    await expect(host.markDeclaration('d')).rejects.toBeInstanceOf(OfficeCallError);
  });
});

describe('Open draft', () => {
  it('opens the mailbox draft with displayMessageForm, by its EWS id', () => {
    const mailbox = new MemoryMailbox('read');
    const host = hostOn(mailbox);
    expect(host.openDraft({ itemId: 'AAkALgAA-x_y', webLink: 'https://outlook.example/draft' })).toBe(true);
    expect(mailbox.openedMessages).toEqual(['AAkALgAA/x+y']);
    expect(host.openDraft({ itemId: null, webLink: 'https://outlook.example/draft' })).toBe(false);
  });
});
