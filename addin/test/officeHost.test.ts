import { describe, expect, it, vi } from 'vitest';
import { createOfficeHost, type OfficeNamespace } from '../src/office/officeHost';
import { OfficeCallError } from '../src/office/OutlookHost';
import { MemoryMailbox } from '../src/standin/mailbox';
import { AsyncResultStatus, CoercionType, createOfficeStandIn, type StandInAsyncResult } from '../src/standin/officeStandIn';

const declaration = {
  subject: 'Technical Win: Contoso observability POV',
  to: [{ name: 'Dana Kim', email: 'dana@contoso.example' }],
  cc: [{ name: 'Jordan Lee', email: 'jordan@fabrikam.example' }],
  html: '<p>MTTR fell <strong>43%</strong>, against a 40% target.</p>',
  text: 'MTTR fell 43%, against a 40% target.',
};

const asOffice = (standIn: ReturnType<typeof createOfficeStandIn>) => standIn as unknown as OfficeNamespace;

/** Calls an Office-style async method and waits for its AsyncResult. */
function result<T>(start: (cb: (r: StandInAsyncResult<T>) => void) => void): Promise<StandInAsyncResult<T>> {
  return new Promise((resolve) => start(resolve));
}

describe('Office adapter on the Office.js stand-in', () => {
  it('in compose mode sets subject, To, Cc and the HTML body of the open message', async () => {
    const mailbox = new MemoryMailbox('compose');
    const host = createOfficeHost(asOffice(createOfficeStandIn(mailbox)));
    expect(host.mode()).toBe('compose');

    await expect(host.insertDeclaration(declaration)).resolves.toBe('inserted');

    expect(mailbox.subject).toBe(declaration.subject);
    expect(mailbox.recipients.to).toEqual([{ displayName: 'Dana Kim', emailAddress: 'dana@contoso.example' }]);
    expect(mailbox.recipients.cc).toEqual([{ displayName: 'Jordan Lee', emailAddress: 'jordan@fabrikam.example' }]);
    expect(mailbox.body).toBe(declaration.html);
    expect(mailbox.opened).toHaveLength(0);
  });

  it('in read mode opens a new message form holding the declaration', async () => {
    const mailbox = new MemoryMailbox('read');
    const host = createOfficeHost(asOffice(createOfficeStandIn(mailbox)));
    expect(host.mode()).toBe('read');

    await expect(host.insertDeclaration(declaration)).resolves.toBe('opened');

    expect(mailbox.opened).toEqual([
      {
        subject: declaration.subject,
        to: [{ displayName: 'Dana Kim', emailAddress: 'dana@contoso.example' }],
        cc: [{ displayName: 'Jordan Lee', emailAddress: 'jordan@fabrikam.example' }],
        htmlBody: declaration.html,
      },
    ]);
    expect(mailbox.subject).toBe('');
  });

  it('reads the signed-in user from the mailbox profile', () => {
    const mailbox = new MemoryMailbox('compose', { displayName: 'Avery', emailAddress: 'avery@fabrikam.example' });
    expect(createOfficeHost(asOffice(createOfficeStandIn(mailbox))).userEmail()).toBe('avery@fabrikam.example');
  });

  it('marks the message being written with the declaration id, through load / set / saveAsync', async () => {
    const mailbox = new MemoryMailbox('compose');
    mailbox.customProperties = { otherAddinValue: 'kept' };
    const host = createOfficeHost(asOffice(createOfficeStandIn(mailbox)));
    await host.markDeclaration('01a21a22-417e-7dfa-9ddc-fdcdc30d7eaf');
    expect(mailbox.customProperties).toEqual({ otherAddinValue: 'kept', outlookwinDeclarationId: '01a21a22-417e-7dfa-9ddc-fdcdc30d7eaf' });

    // A fresh load sees what was saved (the round trip Outlook's Send relies on).
    const item = createOfficeStandIn(mailbox).context.mailbox.item as unknown as Office.MessageCompose;
    const loaded = await result<Office.CustomProperties>((cb) => item.loadCustomPropertiesAsync(cb as never));
    expect(loaded.value.get('outlookwinDeclarationId')).toBe('01a21a22-417e-7dfa-9ddc-fdcdc30d7eaf');
  });

  it('refuses to mark in read mode, where there is no message of the SE to mark', async () => {
    const host = createOfficeHost(asOffice(createOfficeStandIn(new MemoryMailbox('read'))));
    const error = await host.markDeclaration('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect((error as OfficeCallError).officeErrorName).toBe('InvalidItemMode');
  });

  it('rejects with an OfficeCallError when Outlook refuses a value', async () => {
    const mailbox = new MemoryMailbox('compose');
    const host = createOfficeHost(asOffice(createOfficeStandIn(mailbox)));
    const error = await host.insertDeclaration({ ...declaration, subject: 'x'.repeat(256) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect((error as OfficeCallError).officeErrorName).toBe('DataExceedsMaximumSize');
    expect(mailbox.subject).toBe('');
  });
});

describe('Office.js stand-in', () => {
  it('onReady resolves with the Outlook host info and calls the callback', async () => {
    const office = createOfficeStandIn(new MemoryMailbox());
    let called: unknown;
    const info = await office.onReady((i) => (called = i));
    expect(info).toEqual({ host: 'Outlook', platform: 'OfficeOnline' });
    expect(called).toEqual(info);
  });

  it('exposes the Office enums with their real values', () => {
    const office = createOfficeStandIn(new MemoryMailbox());
    expect(office.CoercionType.Html).toBe('html');
    expect(office.AsyncResultStatus.Succeeded).toBe('succeeded');
    expect(office.AsyncResultStatus.Failed).toBe('failed');
  });

  it('fails setAsync with a non-string subject in the AsyncResult, without throwing', async () => {
    const mailbox = new MemoryMailbox('compose');
    const item = createOfficeStandIn(mailbox).context.mailbox.item as unknown as Office.MessageCompose;
    const r = await result<void>((cb) => item.subject.setAsync(42 as unknown as string, cb as never));
    expect(r.status).toBe(AsyncResultStatus.Failed);
    expect(r.error?.name).toBe('InvalidArgument');
    expect(mailbox.subject).toBe('');
  });

  it('delivers results asynchronously and passes asyncContext back', async () => {
    const item = createOfficeStandIn(new MemoryMailbox('compose')).context.mailbox.item as unknown as Office.MessageCompose;
    let sync = true;
    const r = await result<void>((cb) => {
      item.subject.setAsync('Hello', { asyncContext: 'ctx' }, cb as never);
      sync = false;
    });
    expect(sync).toBe(false);
    expect(r.status).toBe(AsyncResultStatus.Succeeded);
    expect(r.asyncContext).toBe('ctx');
    const got = await result<string>((cb) => item.subject.getAsync(cb as never));
    expect(got.value).toBe('Hello');
  });

  it('refuses recipients without an SMTP address and more than 100 of them', async () => {
    const mailbox = new MemoryMailbox('compose');
    const item = createOfficeStandIn(mailbox).context.mailbox.item as unknown as Office.MessageCompose;
    const bad = await result<void>((cb) => item.to.setAsync([{ displayName: 'No address' } as never], cb as never));
    expect(bad.status).toBe(AsyncResultStatus.Failed);
    const many = Array.from({ length: 101 }, (_, i) => `p${i}@example.test`);
    const tooMany = await result<void>((cb) => item.to.setAsync(many, cb as never));
    expect(tooMany.error?.name).toBe('NumberOfRecipientsExceeded');
    expect(mailbox.recipients.to).toEqual([]);
  });

  it('keeps text bodies as text and rejects unknown coercion types', async () => {
    const mailbox = new MemoryMailbox('compose');
    const item = createOfficeStandIn(mailbox).context.mailbox.item as unknown as Office.MessageCompose;
    await result<void>((cb) => item.body.setAsync('<b>not bold</b>', { coercionType: CoercionType.Text as never }, cb as never));
    expect(mailbox.body).toBe('&lt;b&gt;not bold&lt;/b&gt;');
    const bad = await result<void>((cb) => item.body.setAsync('x', { coercionType: 'rtf' as never }, cb as never));
    expect(bad.status).toBe(AsyncResultStatus.Failed);
  });

  it('in read mode exposes the subject as a string and throws on unknown form parameters', () => {
    const office = createOfficeStandIn(new MemoryMailbox('read'));
    expect(typeof (office.context.mailbox.item as { subject: unknown }).subject).toBe('string');
    expect(() => office.context.mailbox.displayNewMessageForm({ subject: 'x', bogus: 1 })).toThrow(/unknown parameter "bogus"/);
    expect(() => office.context.mailbox.displayNewMessageForm({ htmlBody: 'x'.repeat(33 * 1024) })).toThrow(/32 KB/);
  });

  it('custom properties change only the loaded copy until saveAsync, and pass userContext back', async () => {
    const mailbox = new MemoryMailbox('compose');
    const item = createOfficeStandIn(mailbox).context.mailbox.item as unknown as Office.MessageCompose;
    const loaded = await result<Office.CustomProperties>((cb) => item.loadCustomPropertiesAsync(cb as never, 'ctx'));
    expect(loaded.status).toBe(AsyncResultStatus.Succeeded);
    expect(loaded.asyncContext).toBe('ctx');
    const props = loaded.value;
    expect(props.get('missing')).toBeUndefined();
    props.set('a', '1');
    props.set('b', '2');
    props.remove('b');
    expect(props.getAll()).toEqual({ a: '1' });
    expect(mailbox.customProperties).toEqual({});

    const saved = await result<void>((cb) => props.saveAsync(cb as never, 'saved'));
    expect(saved.status).toBe(AsyncResultStatus.Succeeded);
    expect(saved.asyncContext).toBe('saved');
    expect(mailbox.customProperties).toEqual({ a: '1' });
  });

  it('refuses to save more than 2,500 characters of custom properties', async () => {
    const mailbox = new MemoryMailbox('compose');
    const item = createOfficeStandIn(mailbox).context.mailbox.item as unknown as Office.MessageCompose;
    const props = (await result<Office.CustomProperties>((cb) => item.loadCustomPropertiesAsync(cb as never))).value;
    props.set('big', 'x'.repeat(2500));
    const saved = await result<void>((cb) => props.saveAsync(cb as never));
    expect(saved.status).toBe(AsyncResultStatus.Failed);
    expect(saved.error?.name).toBe('DataExceedsMaximumSize');
    expect(mailbox.customProperties).toEqual({});
  });
});

describe('Office adapter: files and links', () => {
  it('saves a file through an object URL and a download link, and revokes the URL later', async () => {
    vi.useFakeTimers();
    const created = vi.fn(() => 'blob:pack');
    const revoked = vi.fn();
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = created;
    URL.revokeObjectURL = revoked;
    const clicked: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
    try {
      const host = createOfficeHost(asOffice(createOfficeStandIn(new MemoryMailbox('read'))));
      await host.saveFile({ blob: new Blob(['zip']), fileName: 'evidence-contoso-2026-11-26.zip' });
      expect(clicked).toEqual([{ href: 'blob:pack', download: 'evidence-contoso-2026-11-26.zip' }]);
      expect(document.querySelector('a[download]')).toBeNull();
      expect(revoked).not.toHaveBeenCalled();
      vi.advanceTimersByTime(60_000);
      expect(revoked).toHaveBeenCalledWith('blob:pack');
    } finally {
      click.mockRestore();
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
      vi.useRealTimers();
    }
  });

  it('opens a link in the browser with openBrowserWindow where the host has it, and says when it has not', () => {
    const standIn = createOfficeStandIn(new MemoryMailbox('read'));
    const without = createOfficeHost(asOffice(standIn));
    expect(without.canOpenInBrowser()).toBe(false);
    expect(without.openInBrowser('https://api.example.test/pack')).toBe(false);

    const opened: string[] = [];
    const desktop = { ...standIn, context: { ...standIn.context, ui: { openBrowserWindow: (url: string) => opened.push(url) } } };
    const host = createOfficeHost(desktop as unknown as OfficeNamespace);
    expect(host.canOpenInBrowser()).toBe(true);
    expect(host.openInBrowser('https://api.example.test/pack')).toBe(true);
    expect(opened).toEqual(['https://api.example.test/pack']);
  });
});
