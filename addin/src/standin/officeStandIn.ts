import type { NewMessageForm, RecipientField, StandInAddress, StandInMailbox } from './mailbox';

// A faithful stand-in for the slice of Office.js the pane uses, with Office's shapes: enums,
// AsyncResult objects delivered asynchronously, and the same refusals for bad arguments
// (limits as documented for Outlook: subject 255 characters, 100 recipients, HTML body of a
// new message form 32 KB, body 1,000,000 characters).

export const CoercionType = { Html: 'html', Text: 'text' } as const;
export const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' } as const;
export const HostType = { Outlook: 'Outlook' } as const;
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
      respond(args, () =>
        mailbox.setRecipients(field, [...mailbox.getRecipients(field), ...toAddresses(recipients, 'recipients')]),
      ),
  };
}

function composeItem(mailbox: StandInMailbox) {
  return {
    itemType: 'message',
    subject: {
      getAsync: (...args: unknown[]) => respond(args, () => mailbox.getSubject()),
      setAsync: (subject: unknown, ...args: unknown[]) =>
        respond(args, () => mailbox.setSubject(checkString(subject, 'subject', MAX_SUBJECT))),
    },
    to: recipientsApi(mailbox, 'to'),
    cc: recipientsApi(mailbox, 'cc'),
    body: {
      getTypeAsync: (...args: unknown[]) => respond(args, () => CoercionType.Html),
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
        respond(args, (options) => {
          const html = checkString(data, 'data', MAX_BODY);
          const coercion = options['coercionType'] ?? CoercionType.Text;
          if (coercion !== CoercionType.Html && coercion !== CoercionType.Text) {
            throw invalidArgument('options.coercionType must be Office.CoercionType.Html or Office.CoercionType.Text.');
          }
          // The stand-in's compose body is HTML: text is escaped and kept as text, like Outlook does.
          mailbox.setBody(coercion === CoercionType.Html ? html : escapeText(html));
        }),
    },
    loadCustomPropertiesAsync: (...args: unknown[]) =>
      respondWithContext(args, () => customProperties(mailbox, mailbox.getCustomProperties())),
  };
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
  // Office.js fixes item at load time: the pane is reloaded when the stand-in switches item.
  const item = mailbox.mode() === 'compose' ? composeItem(mailbox) : readItem(mailbox);
  return {
    CoercionType,
    AsyncResultStatus,
    HostType,
    PlatformType,
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
      return new Promise((resolve) => {
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0);
      });
    },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      host: HostType.Outlook,
      platform: PlatformType.OfficeOnline,
      requirements: {
        isSetSupported: (name: string, minVersion?: string): boolean =>
          name === 'NestedAppAuth' ? options.nestedAppAuth !== false && (minVersion ?? '1.1') <= '1.1' : name === 'Mailbox',
      },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) =>
          displayAuthDialog(options.authDialog, url, callback),
      },
      mailbox: {
        item,
        get userProfile() {
          const user = mailbox.user();
          return { emailAddress: user.emailAddress, displayName: user.displayName, timeZone: 'UTC', accountType: 'enterprise' };
        },
        displayNewMessageForm: (parameters: unknown) => displayNewMessageForm(mailbox, parameters),
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
