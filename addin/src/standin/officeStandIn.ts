import type { NewMessageForm, RecipientField, StandInAddress, StandInMailbox } from './mailbox';

// A faithful stand-in for the slice of Office.js the pane uses, with Office's shapes: enums,
// AsyncResult objects delivered asynchronously, and the same refusals for bad arguments
// (limits as documented for Outlook: subject 255 characters, 100 recipients, HTML body of a
// new message form 32 KB, body 1,000,000 characters).

export const CoercionType = { Html: 'html', Text: 'text' } as const;
export const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' } as const;
export const HostType = { Outlook: 'Outlook' } as const;
export const EventType = {
  ItemChanged: 'olkItemSelectedChanged',
  DialogMessageReceived: 'dialogMessageReceived',
  DialogEventReceived: 'dialogEventReceived',
} as const;
export const MailboxEnums = {
  ComposeType: { NewMail: 'newMail', Reply: 'reply', Forward: 'forward' },
  RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
} as const;
export const PlatformType = { OfficeOnline: 'OfficeOnline' } as const;

const MAX_SUBJECT = 255;
const MAX_RECIPIENTS = 100;
const MAX_BODY = 1_000_000;
const MAX_FORM_BODY = 32 * 1024;
// Outlook keeps at most 2,500 characters of custom properties per add-in and item (JSON, names included).
const MAX_CUSTOM_PROPERTIES = 2500;

export interface StandInError {
  name: string;
  message: string;
  code: number;
}

export interface StandInAsyncResult<T> {
  status: (typeof AsyncResultStatus)[keyof typeof AsyncResultStatus];
  value: T;
  error: StandInError | undefined;
  asyncContext: unknown;
  diagnostics: unknown;
}

type Callback<T> = (result: StandInAsyncResult<T>) => void;

class OfficeArgumentError extends Error {
  constructor(
    readonly officeName: string,
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

const invalidArgument = (message: string): OfficeArgumentError => new OfficeArgumentError('InvalidArgument', message, 9000);

/** Office accepts an options object and/or a callback after the data argument. */
function splitArgs<T>(args: unknown[]): { options: Record<string, unknown>; callback: Callback<T> | undefined } {
  let options: Record<string, unknown> = {};
  let callback: Callback<T> | undefined;
  for (const arg of args) {
    if (typeof arg === 'function') {
      callback = arg as Callback<T>;
    } else if (arg !== null && typeof arg === 'object') {
      options = arg as Record<string, unknown>;
    }
  }
  return { options, callback };
}

/** "1.10" >= "1.8": requirement set versions compare by their numbers, not as text. */
export function versionAtLeast(version: string, required: string): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  const [c = 0, d = 0] = required.split('.').map(Number);
  return a !== c ? a > c : b >= d;
}

/** Like respond(), for work that finishes later (a save that goes to the mailbox). */
function respondLater<T>(args: unknown[], work: (options: Record<string, unknown>) => Promise<T>): void {
  const { options, callback } = splitArgs<T>(args);
  const report = (result: StandInAsyncResult<T>) => callback?.(result);
  work(options).then(
    (value) => report({ status: AsyncResultStatus.Succeeded, value, error: undefined, asyncContext: options['asyncContext'], diagnostics: undefined }),
    (error: unknown) =>
      report({
        status: AsyncResultStatus.Failed,
        value: undefined as T,
        error:
          error instanceof OfficeArgumentError
            ? { name: error.officeName, message: error.message, code: error.code }
            : { name: 'InternalError', message: error instanceof Error ? error.message : String(error), code: 5001 },
        asyncContext: options['asyncContext'],
        diagnostics: undefined,
      }),
  );
}

/** Runs `work` and reports it the way Office does: later, through the callback, never by throwing. */
function respond<T>(args: unknown[], work: (options: Record<string, unknown>) => T): void {
  const { options, callback } = splitArgs<T>(args);
  let result: StandInAsyncResult<T>;
  try {
    result = {
      status: AsyncResultStatus.Succeeded,
      value: work(options),
      error: undefined,
      asyncContext: options['asyncContext'],
      diagnostics: undefined,
    };
  } catch (error) {
    const e =
      error instanceof OfficeArgumentError
        ? { name: error.officeName, message: error.message, code: error.code }
        : { name: 'InternalError', message: error instanceof Error ? error.message : String(error), code: 5001 };
    result = {
      status: AsyncResultStatus.Failed,
      value: undefined as T,
      error: e,
      asyncContext: options['asyncContext'],
      diagnostics: undefined,
    };
  }
  if (callback) {
    setTimeout(() => callback(result), 0);
  }
}

function toAddresses(value: unknown, what: string): StandInAddress[] {
  if (!Array.isArray(value)) {
    throw invalidArgument(`${what} must be an array of recipients.`);
  }
  if (value.length > MAX_RECIPIENTS) {
    throw new OfficeArgumentError('NumberOfRecipientsExceeded', `The number of recipients exceeded ${MAX_RECIPIENTS} entries.`, 9041);
  }
  return value.map((entry: unknown, index) => {
    if (typeof entry === 'string') {
      return checkAddress({ displayName: entry, emailAddress: entry }, what, index);
    }
    if (entry !== null && typeof entry === 'object') {
      const e = entry as { displayName?: unknown; emailAddress?: unknown };
      if (typeof e.emailAddress !== 'string') {
        throw invalidArgument(`${what}[${index}] has no emailAddress string.`);
      }
      const displayName = typeof e.displayName === 'string' && e.displayName.length > 0 ? e.displayName : e.emailAddress;
      return checkAddress({ displayName, emailAddress: e.emailAddress }, what, index);
    }
    throw invalidArgument(`${what}[${index}] is neither an address string nor an EmailUser / EmailAddressDetails.`);
  });
}

function checkAddress(address: StandInAddress, what: string, index: number): StandInAddress {
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(address.emailAddress)) {
    throw invalidArgument(`${what}[${index}] "${address.emailAddress}" is not an SMTP address.`);
  }
  return address;
}

function checkString(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string') {
    throw invalidArgument(`${what} must be a string.`);
  }
  if (value.length > max) {
    throw new OfficeArgumentError('DataExceedsMaximumSize', `${what} is longer than ${max} characters.`, 9040);
  }
  return value;
}

const details = (a: StandInAddress) => ({ displayName: a.displayName, emailAddress: a.emailAddress, recipientType: 'other' });

function recipientsApi(mailbox: StandInMailbox, field: RecipientField) {
  return {
    getAsync: (...args: unknown[]) => respond(args, () => mailbox.getRecipients(field).map(details)),
    setAsync: (recipients: unknown, ...args: unknown[]) =>
      respond(args, () => mailbox.setRecipients(field, toAddresses(recipients, 'recipients'))),
    addAsync: (recipients: unknown, ...args: unknown[]) =>
      respond(args, () => {
        const added = [...mailbox.getRecipients(field), ...toAddresses(recipients, 'recipients')];
        if (added.length > MAX_RECIPIENTS) {
          throw new OfficeArgumentError('NumberOfRecipientsExceeded', `The number of recipients exceeded ${MAX_RECIPIENTS} entries.`, 9041);
        }
        mailbox.setRecipients(field, added);
      }),
  };
}

/** The body's data in the item's own format: HTML kept, plain text escaped; HTML into a plain-text body is refused. */
function bodyData(mailbox: StandInMailbox, data: unknown, options: Record<string, unknown>): string {
  const value = checkString(data, 'data', MAX_BODY);
  const coercion = options['coercionType'] ?? CoercionType.Text;
  if (coercion !== CoercionType.Html && coercion !== CoercionType.Text) {
    throw invalidArgument('options.coercionType must be Office.CoercionType.Html or Office.CoercionType.Text.');
  }
  if (coercion === CoercionType.Html && mailbox.bodyType() === CoercionType.Text) {
    // As Outlook: a message written in plain text takes no HTML; check body.getTypeAsync first.
    throw new OfficeArgumentError('InvalidDataFormat', 'The format of the specified data object is invalid: the body is plain text.', 2006);
  }
  // The stand-in's compose body is HTML: text is escaped and kept as text, like Outlook does.
  return coercion === CoercionType.Html ? value : escapeText(value);
}

function composeItem(mailbox: StandInMailbox) {
  const version = mailbox.mailboxVersion();
  const item: Record<string, unknown> = {
    itemType: 'message',
    subject: {
      getAsync: (...args: unknown[]) => respond(args, () => mailbox.getSubject()),
      setAsync: (subject: unknown, ...args: unknown[]) =>
        respond(args, () => mailbox.setSubject(checkString(subject, 'subject', MAX_SUBJECT))),
    },
    to: recipientsApi(mailbox, 'to'),
    cc: recipientsApi(mailbox, 'cc'),
    body: {
      getTypeAsync: (...args: unknown[]) => respond(args, () => mailbox.bodyType()),
      getAsync: (coercionType: unknown, ...args: unknown[]) =>
        respond(args, () => {
          if (coercionType === CoercionType.Text) {
            return new DOMParser().parseFromString(mailbox.getBody(), 'text/html').body.textContent ?? '';
          }
          if (coercionType !== CoercionType.Html) {
            throw invalidArgument('coercionType must be Office.CoercionType.Html or Office.CoercionType.Text.');
          }
          return mailbox.getBody();
        }),
      setAsync: (data: unknown, ...args: unknown[]) =>
        respond(args, (options) => mailbox.setBody(bodyData(mailbox, data, options))),
      prependAsync: (data: unknown, ...args: unknown[]) =>
        respond(args, (options) => {
          const added = bodyData(mailbox, data, options);
          if (added.length + mailbox.getBody().length > MAX_BODY) {
            throw new OfficeArgumentError('DataExceedsMaximumSize', `The body is longer than ${MAX_BODY} characters.`, 9040);
          }
          mailbox.setBody(added + mailbox.getBody());
        }),
    },
    loadCustomPropertiesAsync: (...args: unknown[]) =>
      respondWithContext(args, () => customProperties(mailbox, mailbox.getCustomProperties())),
  };
  if (versionAtLeast(version, '1.3')) {
    // Saves the item as a draft in the mailbox: only now does the mailbox hold its custom properties.
    item['saveAsync'] = (...args: unknown[]) => respondLater(args, () => mailbox.saveItem());
  }
  if (versionAtLeast(version, '1.8')) {
    item['getItemIdAsync'] = (...args: unknown[]) =>
      respond(args, () => {
        const id = mailbox.savedItemId();
        if (id === null) {
          throw new OfficeArgumentError('ItemNotSaved', 'The item has no id until it is saved (item.saveAsync).', 9050);
        }
        return id;
      });
  }
  if (versionAtLeast(version, '1.10')) {
    item['getComposeTypeAsync'] = (...args: unknown[]) =>
      respond(args, () => ({ composeType: mailbox.composeType(), coercionType: mailbox.bodyType() }));
  }
  return item;
}

/**
 * Office's CustomProperties: a snapshot loaded from the item; get/set/remove change the snapshot
 * only, saveAsync writes it back to the item. Values are kept as strings, as Outlook documents.
 */
function customProperties(mailbox: StandInMailbox, loaded: Record<string, string>) {
  const values = { ...loaded };
  return {
    get: (name: string): string | undefined => (Object.hasOwn(values, name) ? values[name] : undefined),
    set: (name: unknown, value: unknown): void => {
      if (typeof name !== 'string' || name.length === 0) throw new Error('CustomProperties.set: name must be a non-empty string.');
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw new Error('CustomProperties.set: value must be a string.');
      }
      values[name] = String(value);
    },
    remove: (name: string): void => {
      delete values[name];
    },
    getAll: (): Record<string, string> => ({ ...values }),
    saveAsync: (...args: unknown[]) =>
      respondWithContext(args, () => {
        if (JSON.stringify(values).length > MAX_CUSTOM_PROPERTIES) {
          throw new OfficeArgumentError('DataExceedsMaximumSize', `Custom properties exceed ${MAX_CUSTOM_PROPERTIES} characters.`, 9040);
        }
        mailbox.setCustomProperties({ ...values });
      }),
  };
}

export type StandInCustomProperties = ReturnType<typeof customProperties>;

/** Like respond(), for methods whose optional argument is a bare asyncContext (userContext), not an options object. */
function respondWithContext<T>(args: unknown[], work: () => T): void {
  const callback = args.find((a): a is Callback<T> => typeof a === 'function');
  const context = args.find((a) => typeof a !== 'function');
  respond<T>(callback ? [{ asyncContext: context }, callback] : [{ asyncContext: context }], work);
}

function escapeText(text: string): string {
  const div = document.createElement('div');
  div.textContent = text;
  return div.innerHTML.replace(/\n/g, '<br>');
}

function readItem(mailbox: StandInMailbox) {
  const item = mailbox.readItem();
  return {
    itemType: 'message',
    subject: item.subject,
    from: details(item.from),
    sender: details(item.from),
    to: item.to.map(details),
    cc: item.cc.map(details),
    dateTimeCreated: new Date(item.dateTimeCreated),
    body: {
      getAsync: (coercionType: unknown, ...args: unknown[]) =>
        respond(args, () =>
          coercionType === CoercionType.Text
            ? (new DOMParser().parseFromString(item.html, 'text/html').body.textContent ?? '')
            : item.html,
        ),
    },
  };
}

const FORM_KEYS = new Set(['toRecipients', 'ccRecipients', 'bccRecipients', 'subject', 'htmlBody', 'attachments']);

function displayNewMessageForm(mailbox: StandInMailbox, parameters: unknown): void {
  // Office throws (no callback) when a parameter is unknown or exceeds its limit.
  if (parameters === null || typeof parameters !== 'object') {
    throw new Error('displayNewMessageForm: parameters must be an object.');
  }
  const p = parameters as Record<string, unknown>;
  for (const key of Object.keys(p)) {
    if (!FORM_KEYS.has(key)) {
      throw new Error(`displayNewMessageForm: unknown parameter "${key}".`);
    }
  }
  try {
    const form: NewMessageForm = {
      to: p['toRecipients'] === undefined ? [] : toAddresses(p['toRecipients'], 'toRecipients'),
      cc: p['ccRecipients'] === undefined ? [] : toAddresses(p['ccRecipients'], 'ccRecipients'),
      subject: p['subject'] === undefined ? '' : checkString(p['subject'], 'subject', MAX_SUBJECT),
      htmlBody: p['htmlBody'] === undefined ? '' : checkString(p['htmlBody'], 'htmlBody', Number.MAX_SAFE_INTEGER),
    };
    if (new TextEncoder().encode(form.htmlBody).length > MAX_FORM_BODY) {
      throw invalidArgument(`htmlBody is larger than ${MAX_FORM_BODY / 1024} KB.`);
    }
    mailbox.openNewMessage(form);
  } catch (error) {
    throw new Error(`displayNewMessageForm: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** EWS ids use the standard base64 alphabet, REST ids the URL-safe one (as Office's own conversion). */
const toRestId = (id: string) => id.replace(/\//g, '-').replace(/\+/g, '_');
const toEwsId = (id: string) => id.replace(/-/g, '/').replace(/_/g, '+');

function checkedId(id: unknown, what: string): string {
  if (typeof id !== 'string' || id.length === 0) throw new Error(`${what}: itemId must be a non-empty string.`);
  return id;
}

/** Switches for what the stand-in Outlook supports. */
export interface StandInOptions {
  /** False to act as an Outlook build without requirement set NestedAppAuth 1.1 (the pane falls back to the dialog). */
  nestedAppAuth?: boolean;
  /** Answers the sign-in dialog (`displayDialogAsync`) with the message its page would send back; none: it fails to open. */
  authDialog?: (url: string) => Promise<string>;
}

/** Builds an `Office` namespace object backed by the given mailbox. */
export function createOfficeStandIn(mailbox: StandInMailbox, options: StandInOptions = {}) {
  const info = { host: HostType.Outlook, platform: PlatformType.OfficeOnline };
  const version = mailbox.mailboxVersion();
  // Office.js fixes item at load time; a pinned pane gets a new item (or null) with each ItemChanged.
  const build = () => {
    const kind = mailbox.mode();
    return kind === 'compose' ? composeItem(mailbox) : kind === 'read' ? readItem(mailbox) : null;
  };
  let item: ReturnType<typeof build> = build();
  const handlers = new Set<(args: { type: string }) => void>();

  mailbox.onItemChanged(() => {
    item = build();
    for (const handler of [...handlers]) handler({ type: EventType.ItemChanged });
  });

  type Handler = (args: { type: string }) => void;
  const mailboxApi: {
    readonly item: ReturnType<typeof build>;
    readonly userProfile: { emailAddress: string; displayName: string; timeZone: string; accountType: string };
    displayNewMessageForm(parameters: unknown): void;
    displayMessageForm(itemId: unknown): void;
    convertToRestId(itemId: unknown): string;
    convertToEwsId(itemId: unknown): string;
    addHandlerAsync?: (eventType: unknown, handler: unknown, ...args: unknown[]) => void;
    removeHandlerAsync?: (eventType: unknown, ...args: unknown[]) => void;
  } = {
    get item() {
      return item;
    },
    get userProfile() {
      const user = mailbox.user();
      return { emailAddress: user.emailAddress, displayName: user.displayName, timeZone: 'UTC', accountType: 'enterprise' };
    },
    displayNewMessageForm: (parameters: unknown) => displayNewMessageForm(mailbox, parameters),
    displayMessageForm: (itemId: unknown) => mailbox.openMessage(checkedId(itemId, 'displayMessageForm')),
    convertToRestId: (itemId: unknown) => toRestId(checkedId(itemId, 'convertToRestId')),
    convertToEwsId: (itemId: unknown) => toEwsId(checkedId(itemId, 'convertToEwsId')),
  };
  if (versionAtLeast(version, '1.5')) {
    mailboxApi['addHandlerAsync'] = (eventType: unknown, handler: unknown, ...args: unknown[]) =>
      respond(args, () => {
        if (eventType !== EventType.ItemChanged) throw invalidArgument(`The stand-in knows only ${EventType.ItemChanged}.`);
        if (typeof handler !== 'function') throw invalidArgument('handler must be a function.');
        handlers.add(handler as Handler);
      });
    mailboxApi['removeHandlerAsync'] = (eventType: unknown, ...args: unknown[]) =>
      respond(args, () => {
        if (eventType === EventType.ItemChanged) handlers.clear();
      });
  }

  return {
    CoercionType,
    AsyncResultStatus,
    HostType,
    PlatformType,
    EventType,
    MailboxEnums,
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
      return new Promise((resolve) => {
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0);
      });
    },
    context: {
      host: HostType.Outlook,
      platform: PlatformType.OfficeOnline,
      requirements: {
        isSetSupported: (name: string, minVersion?: string): boolean =>
          (name === 'Mailbox' && versionAtLeast(version, minVersion ?? '1.1')) ||
          (name === 'OpenBrowserWindowApi' && mailbox.desktop() && versionAtLeast('1.1', minVersion ?? '1.1')) ||
          (name === 'NestedAppAuth' && options.nestedAppAuth !== false && versionAtLeast('1.1', minVersion ?? '1.1')),
      },
      mailbox: mailboxApi,
      // Outlook on Windows has openBrowserWindow (OpenBrowserWindowApi 1.1); Outlook on the web lacks it here.
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) =>
          displayAuthDialog(options.authDialog, url, callback),
        ...(mailbox.desktop()
          ? {
              openBrowserWindow: (url: unknown) => {
                if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new Error('openBrowserWindow: url must be an absolute http(s) URL.');
                mailbox.openInBrowser(url);
              },
            }
          : {}),
      },
    },
  };
}

export type OfficeStandIn = ReturnType<typeof createOfficeStandIn>;

/** The Office dialog, as the sign-in fallback uses it: one message back, then closed. */
function displayAuthDialog(answer: StandInOptions['authDialog'], url: string, callback: (result: unknown) => void): void {
  setTimeout(() => {
    if (!answer) {
      callback({ status: AsyncResultStatus.Failed, error: { code: 12009, message: 'The local stand-in has no sign-in dialog.' } });
      return;
    }
    const handlers = new Map<string, (arg: { message?: string; error?: number }) => void>();
    const dialog = {
      closed: false,
      addEventHandler: (type: string, handler: (arg: { message?: string; error?: number }) => void) => handlers.set(type, handler),
      close: () => {
        dialog.closed = true;
      },
    };
    callback({ status: AsyncResultStatus.Succeeded, value: dialog });
    void answer(url).then(
      (message) => handlers.get('dialogMessageReceived')?.({ message }),
      () => handlers.get('dialogEventReceived')?.({ error: 12006 }),
    );
  }, 0);
}
