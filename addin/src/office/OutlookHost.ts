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
