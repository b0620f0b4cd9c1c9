import {
  DECLARATION_PROPERTY,
  OfficeCallError,
  type ComposeKind,
  type DeclarationMessage,
  type InsertOutcome,
  type InsertPlan,
  type ItemMode,
  type MailboxDraft,
  type MailRecipient,
  type OutlookHost,
  saveBlob,
} from './OutlookHost';

/** The slice of the Office.js namespace the pane uses; real Office.js and the stand-in both fit. */
export type OfficeNamespace = Pick<typeof Office, 'context' | 'CoercionType' | 'AsyncResultStatus'> &
  Partial<Pick<typeof Office, 'EventType'>>;

// Office's values, spelled out: the enums are missing from some hosts' namespaces (and from older Office.js).
const ITEM_CHANGED = 'olkItemSelectedChanged';
const REST_V2 = 'v2.0';
// Outlook's limits on the message being written (as documented for Office.js).
const MAX_SUBJECT = 255;
const MAX_RECIPIENTS = 100;
const MAX_BODY = 1_000_000;

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/** Wraps Office's callback style in a promise that rejects with the AsyncResult's error. */
function call<T>(office: OfficeNamespace, operation: string, start: (cb: Callback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === office.AsyncResultStatus.Succeeded) {
          resolve(result.value);
        } else {
          reject(new OfficeCallError(operation, result.error?.name ?? 'Unknown', result.error?.message ?? 'no detail'));
        }
      });
    } catch (error) {
      // Office throws synchronously for arguments it refuses outright.
      reject(new OfficeCallError(operation, 'Exception', error instanceof Error ? error.message : String(error)));
    }
  });
}

const toEmailUsers = (people: readonly MailRecipient[]): Office.EmailUser[] =>
  people.map((p) => ({ displayName: p.name, emailAddress: p.email }));

const toEmailDetails = (people: readonly MailRecipient[]): Office.EmailAddressDetails[] =>
  people.map((p) => ({ displayName: p.name, emailAddress: p.email }) as Office.EmailAddressDetails);

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The people of `wanted` not on `present` yet (nor twice in `wanted`). */
function missing(wanted: readonly MailRecipient[], present: readonly { emailAddress: string }[]): MailRecipient[] {
  const out: MailRecipient[] = [];
  for (const person of wanted) {
    if (present.some((p) => sameAddress(p.emailAddress, person.email))) continue;
    if (out.some((p) => sameAddress(p.email, person.email))) continue;
    out.push(person);
  }
  return out;
}

/** A reply or forward Outlook opened carries the quoted original: Outlook's markers, or a quote. */
function looksQuoted(html: string, text: string): boolean {
  return (
    /id=["']?(divRplyFwdMsg|appendonsend)|<blockquote|class=["']?(gmail_quote|OutlookMessageHeader)/i.test(html) ||
    /^(-{2,}\s*Original Message|From:\s.+\n(Sent|Date):)/im.test(text)
  );
}

/** The Office.js implementation of OutlookHost. Pass the global `Office` once it is ready. */
export function createOfficeHost(office: OfficeNamespace): OutlookHost {
  const mailbox = (): Office.Mailbox => office.context.mailbox;
  const supports = (version: string): boolean => {
    const requirements = (office.context as { requirements?: { isSetSupported?: (n: string, v?: string) => boolean } }).requirements;
    return typeof requirements?.isSetSupported === 'function' && requirements.isSetSupported('Mailbox', version);
  };

  const mode = (): ItemMode => {
    const item = mailbox().item as unknown as { subject?: unknown } | null | undefined;
    // A pinned pane with nothing selected (or several items) has no item.
    if (item === null || item === undefined) return 'none';
    // In compose mode item.subject is a Subject object with setAsync; in read mode it is a string.
    const subject = item.subject as { setAsync?: unknown } | string | undefined;
    return typeof subject === 'object' && subject !== null && typeof subject.setAsync === 'function'
      ? 'compose'
      : 'read';
  };

  const composeItem = (): Office.MessageCompose => {
    if (mode() !== 'compose') {
      throw new OfficeCallError('Insert declaration', 'InvalidItemMode', 'no message is being written.');
    }
    return mailbox().item as Office.MessageCompose;
  };

  // openBrowserWindow (requirement set OpenBrowserWindowApi 1.1) is missing from older hosts and Outlook on the web.
  const browserWindow = (): ((url: string) => void) | undefined => {
    const ui = (office.context as { ui?: { openBrowserWindow?: unknown } }).ui;
    return typeof ui?.openBrowserWindow === 'function' ? (url: string) => office.context.ui.openBrowserWindow(url) : undefined;
  };

  // One Office handler, however many listeners: Office keeps one handler per event type and add-in.
  const listeners = new Set<() => void>();
  let registered = false;
  const register = () => {
    if (registered) return;
    const box = mailbox() as { addHandlerAsync?: (type: string, handler: () => void, cb?: (r: Office.AsyncResult<void>) => void) => void };
    // ItemChanged needs Mailbox 1.5; an unpinnable pane is reloaded with each item instead.
    if (typeof box.addHandlerAsync !== 'function' || !supports('1.5')) return;
    registered = true;
    box.addHandlerAsync((office.EventType?.ItemChanged ?? ITEM_CHANGED) as string, () => {
      for (const listener of [...listeners]) listener();
    });
  };

  const composeKind = async (item: Office.MessageCompose): Promise<ComposeKind> => {
    const get = (item as { getComposeTypeAsync?: unknown }).getComposeTypeAsync;
    if (!supports('1.10') || typeof get !== 'function') return 'unknown';
    const value = await call<{ composeType: string }>(office, 'Read the compose type', (cb) =>
      (item as unknown as { getComposeTypeAsync: (cb: Callback<{ composeType: string }>) => void }).getComposeTypeAsync(cb),
    );
    return value.composeType === 'reply' || value.composeType === 'forward' || value.composeType === 'newMail' ? value.composeType : 'unknown';
  };

  const planInsert = async (message: DeclarationMessage): Promise<InsertPlan> => {
    const item = composeItem();
    // Only reads here: every check comes before the first change.
    const bodyType = (await call<string>(office, 'Read the body type', (cb) => item.body.getTypeAsync(cb))) === 'text' ? 'text' : 'html';
    const kind = await composeKind(item);
    const subject = await call<string>(office, 'Read the subject', (cb) => item.subject.getAsync(cb));
    const to = await call<Office.EmailAddressDetails[]>(office, 'Read To', (cb) => item.to.getAsync(cb));
    const cc = await call<Office.EmailAddressDetails[]>(office, 'Read Cc', (cb) => item.cc.getAsync(cb));
    const html = await call<string>(office, 'Read the body', (cb) => item.body.getAsync(office.CoercionType.Html, cb));
    const text = await call<string>(office, 'Read the body', (cb) => item.body.getAsync(office.CoercionType.Text, cb));

    const quoted = kind === 'reply' || kind === 'forward' || (kind === 'unknown' && looksQuoted(html, text));
    // A reply keeps its thread's subject: Exchange gives a message whose subject is edited a conversation of its own.
    const newSubject = quoted ? null : message.subject;
    const addTo = missing(message.to, to);
    const addCc = missing(message.cc, [...cc, ...to]);
    const inserted = bodyType === 'text' ? message.text : message.html;

    if (newSubject !== null && newSubject.length > MAX_SUBJECT) {
      throw new OfficeCallError('Insert declaration', 'DataExceedsMaximumSize', `the subject is longer than ${MAX_SUBJECT} characters.`);
    }
    if (to.length + addTo.length > MAX_RECIPIENTS || cc.length + addCc.length > MAX_RECIPIENTS) {
      throw new OfficeCallError('Insert declaration', 'NumberOfRecipientsExceeded', `a message takes at most ${MAX_RECIPIENTS} people in To and in Cc.`);
    }
    if (inserted.length + html.length > MAX_BODY) {
      throw new OfficeCallError('Insert declaration', 'DataExceedsMaximumSize', `the body would be longer than ${MAX_BODY} characters.`);
    }
    return {
      composeKind: kind,
      bodyType,
      subject: newSubject,
      replacesSubject: newSubject !== null && subject.trim() !== '' && subject !== newSubject ? subject : null,
      addTo,
      addCc,
      body: quoted || text.trim() !== '' ? 'prepend' : 'set',
      aboveThread: quoted,
    };
  };

  return {
    mode,
    onItemChanged(listener) {
      listeners.add(listener);
      register();
      return () => listeners.delete(listener);
    },
    userEmail: () => mailbox().userProfile.emailAddress,
    userDisplayName: () => mailbox().userProfile.displayName,
    planInsert,
    async insertDeclaration(message: DeclarationMessage, given?: InsertPlan): Promise<InsertOutcome> {
      if (mode() === 'read') {
        try {
          mailbox().displayNewMessageForm({
            toRecipients: toEmailDetails(message.to),
            ccRecipients: toEmailDetails(message.cc),
            subject: message.subject,
            htmlBody: message.html,
          });
        } catch (error) {
          throw new OfficeCallError(
            'displayNewMessageForm',
            'Exception',
            error instanceof Error ? error.message : String(error),
          );
        }
        return 'opened';
      }

      const plan = given ?? (await planInsert(message));
      const item = composeItem();
      const coercionType = plan.bodyType === 'text' ? office.CoercionType.Text : office.CoercionType.Html;
      const data = plan.bodyType === 'text' ? message.text : message.html;
      // The body first: it is the step a host is likeliest to refuse, and nothing else has changed yet.
      if (plan.body === 'prepend') {
        await call<void>(office, 'Insert into the body', (cb) => item.body.prependAsync(data, { coercionType }, cb));
      } else {
        await call<void>(office, 'Set body', (cb) => item.body.setAsync(data, { coercionType }, cb));
      }
      if (plan.subject !== null) {
        const subject = plan.subject;
        await call<void>(office, 'Set subject', (cb) => item.subject.setAsync(subject, cb));
      }
      // Added, never replaced: a reply's own people stay.
      if (plan.addTo.length > 0) await call<void>(office, 'Add to To', (cb) => item.to.addAsync(toEmailUsers(plan.addTo), cb));
      if (plan.addCc.length > 0) await call<void>(office, 'Add to Cc', (cb) => item.cc.addAsync(toEmailUsers(plan.addCc), cb));
      return 'inserted';
    },
    async markDeclaration(declarationId: string): Promise<string | null> {
      if (mode() !== 'compose') {
        throw new OfficeCallError('Mark declaration', 'InvalidItemMode', 'only a message being written can be marked.');
      }
      const item = mailbox().item as Office.MessageCompose;
      // Custom properties are loaded, changed locally, then saved with the item: set() alone stores nothing.
      const properties = await call<Office.CustomProperties>(office, 'Load custom properties', (cb) =>
        item.loadCustomPropertiesAsync(cb),
      );
      properties.set(DECLARATION_PROPERTY, declarationId);
      await call<void>(office, 'Save custom properties', (cb) => properties.saveAsync(cb));

      // Classic Outlook writes custom properties to the mailbox only when the item is saved (or closed): save it
      // now, which also gives the message an id the service can find its sent copy by (Mailbox 1.3).
      if (typeof (item as { saveAsync?: unknown }).saveAsync !== 'function') return null;
      let id = await call<string>(office, 'Save the message', (cb) => item.saveAsync(cb));
      const getId = (item as { getItemIdAsync?: unknown }).getItemIdAsync;
      if (supports('1.8') && typeof getId === 'function') {
        id = await call<string>(office, 'Read the message id', (cb) =>
          (item as unknown as { getItemIdAsync: (cb: Callback<string>) => void }).getItemIdAsync(cb),
        ).catch(() => id);
      }
      if (!id) return null;
      // Office hands out EWS ids; Graph speaks REST ids.
      return mailbox().convertToRestId(id, REST_V2 as Office.MailboxEnums.RestVersion);
    },
    openDraft(draft: MailboxDraft): boolean {
      const box = mailbox() as { displayMessageForm?: unknown; convertToEwsId?: unknown };
      if (!draft.itemId || typeof box.displayMessageForm !== 'function' || typeof box.convertToEwsId !== 'function') return false;
      try {
        // displayMessageForm takes an EWS id; the API holds Graph's.
        mailbox().displayMessageForm(mailbox().convertToEwsId(draft.itemId, REST_V2 as Office.MailboxEnums.RestVersion));
        return true;
      } catch {
        return false;
      }
    },
    saveFile(file) {
      saveBlob(file);
      return Promise.resolve();
    },
    canOpenInBrowser: () => browserWindow() !== undefined,
    openInBrowser(url) {
      const open = browserWindow();
      if (!open) return false;
      open(url);
      return true;
    },
  };
}
