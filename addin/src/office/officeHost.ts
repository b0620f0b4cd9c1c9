import {
  DECLARATION_PROPERTY,
  OfficeCallError,
  type DeclarationMessage,
  type InsertOutcome,
  type ItemMode,
  type MailRecipient,
  type OutlookHost,
  saveBlob,
} from './OutlookHost';

/** The slice of the Office.js namespace the pane uses; real Office.js and the stand-in both fit. */
export type OfficeNamespace = Pick<typeof Office, 'context' | 'CoercionType' | 'AsyncResultStatus'>;

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

/** The Office.js implementation of OutlookHost. Pass the global `Office` once it is ready. */
export function createOfficeHost(office: OfficeNamespace): OutlookHost {
  const mailbox = (): Office.Mailbox => office.context.mailbox;

  const mode = (): ItemMode => {
    const item = mailbox().item as unknown as { subject?: unknown } | null | undefined;
    // In compose mode item.subject is a Subject object with setAsync; in read mode it is a string.
    const subject = item?.subject as { setAsync?: unknown } | string | undefined;
    return typeof subject === 'object' && subject !== null && typeof subject.setAsync === 'function'
      ? 'compose'
      : 'read';
  };

  // openBrowserWindow (requirement set OpenBrowserWindowApi 1.1) is missing from older hosts and the stand-in.
  const browserWindow = (): ((url: string) => void) | undefined => {
    const ui = (office.context as { ui?: { openBrowserWindow?: unknown } }).ui;
    return typeof ui?.openBrowserWindow === 'function' ? (url: string) => office.context.ui.openBrowserWindow(url) : undefined;
  };

  return {
    mode,
    userEmail: () => mailbox().userProfile.emailAddress,
    userDisplayName: () => mailbox().userProfile.displayName,
    async insertDeclaration(message: DeclarationMessage): Promise<InsertOutcome> {
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

      const item = mailbox().item as Office.MessageCompose;
      // One call at a time, in the order a person would fill the form: Outlook serialises them anyway.
      await call<void>(office, 'Set subject', (cb) => item.subject.setAsync(message.subject, cb));
      await call<void>(office, 'Set To', (cb) => item.to.setAsync(toEmailUsers(message.to), cb));
      await call<void>(office, 'Set Cc', (cb) => item.cc.setAsync(toEmailUsers(message.cc), cb));
      await call<void>(office, 'Set body', (cb) =>
        item.body.setAsync(message.html, { coercionType: office.CoercionType.Html }, cb),
      );
      return 'inserted';
    },
    async markDeclaration(declarationId: string): Promise<void> {
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
