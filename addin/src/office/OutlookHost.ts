/** A person on a message, as the pane hands them to Outlook. */
export interface MailRecipient {
  readonly name: string;
  readonly email: string;
}

/** The declaration as it goes into a message: everything the pane writes into Outlook. */
export interface DeclarationMessage {
  readonly subject: string;
  readonly to: readonly MailRecipient[];
  readonly cc: readonly MailRecipient[];
  readonly html: string;
}

export type ItemMode = 'compose' | 'read';

/** A file the pane hands to the user, e.g. the evidence pack. */
export interface SavedFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/** What happened when the pane handed a declaration to Outlook. */
export type InsertOutcome = 'inserted' | 'opened';

/**
 * Everything the pane asks of Outlook. The Office.js implementation lives in officeHost.ts and
 * is the only code that touches Office.js; tests use fakeHost.ts or the Office.js stand-in.
 */
export interface OutlookHost {
  /** Whether the pane sits beside a message being written or a message being read. */
  mode(): ItemMode;
  /** The signed-in mailbox's address (used for Development sign-in only). */
  userEmail(): string;
  /** The signed-in user's display name (Development sign-in only: it signs their emails). */
  userDisplayName(): string;
  /**
   * Compose: sets subject, To, Cc and the HTML body of the open message.
   * Read: opens a new message form holding the declaration.
   */
  insertDeclaration(message: DeclarationMessage): Promise<InsertOutcome>;
  /**
   * Compose only: marks the message being written with the declaration's id (the add-in's custom
   * property `outlookwinDeclarationId`), so the service recognises the sent copy. Read mode has no
   * message of the SE's to mark: it rejects with an OfficeCallError.
   */
  markDeclaration(declarationId: string): Promise<void>;
  /**
   * Hands a file to the user as a download (a Blob behind an object URL: a plain link would carry
   * no sign-in token).
   */
  saveFile(file: SavedFile): Promise<void>;
  /**
   * Whether the host can open a link in the user's own browser (Office's openBrowserWindow): the
   * way out where the pane's web view ignores downloads, as some Outlook desktop builds do.
   */
  canOpenInBrowser(): boolean;
  /** Opens a link in the user's browser; false when the host cannot. */
  openInBrowser(url: string): boolean;
}

/** The browser side of saveFile, shared by every host: an object URL clicked through a download link. */
export function saveBlob(file: SavedFile, doc: Document = document): void {
  const url = URL.createObjectURL(file.blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started by the time a click returns in every engine; a minute is generous.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** The custom property (on the compose item) that carries the declaration's id to the sent copy. */
export const DECLARATION_PROPERTY = 'outlookwinDeclarationId';

/** An Office.js call that came back with status Failed. */
export class OfficeCallError extends Error {
  constructor(
    readonly operation: string,
    readonly officeErrorName: string,
    message: string,
  ) {
    super(`${operation} failed: ${message}`);
    this.name = 'OfficeCallError';
  }
}
