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
  /** The plain-text twin the API drafts with the HTML: what goes into a message written in plain text. */
  readonly text: string;
}

/** What the pane sits beside: a message being written, one being read, or (a pinned pane) nothing selected. */
export type ItemMode = 'compose' | 'read' | 'none';

/** How the message being written started; `unknown` where the host cannot say (before Mailbox 1.10). */
export type ComposeKind = 'newMail' | 'reply' | 'forward' | 'unknown';

/**
 * What inserting the declaration will change in the message being written, worked out from the message before
 * anything is changed: the pane shows it, and applying it changes nothing else.
 */
export interface InsertPlan {
  readonly composeKind: ComposeKind;
  /** The body's format: a plain-text message gets the text twin. */
  readonly bodyType: 'html' | 'text';
  /** The subject to set; null keeps the message's own (a reply or forward keeps its thread's subject). */
  readonly subject: string | null;
  /** The subject that setting it replaces, when the SE had typed one. */
  readonly replacesSubject: string | null;
  /** People added to To and Cc: only those not on the message yet. Nobody already there is removed. */
  readonly addTo: readonly MailRecipient[];
  readonly addCc: readonly MailRecipient[];
  /**
   * `set` fills an empty body; `prepend` puts the declaration above what is there (the quoted thread of a reply or
   * forward, or what the SE wrote), which stays.
   */
  readonly body: 'set' | 'prepend';
  /** Whether what the body already holds is a quoted thread (a reply or forward). */
  readonly aboveThread: boolean;
}

/** A draft in the SE's mailbox the pane can open in Outlook. */
export interface MailboxDraft {
  /** Graph's (REST) id of the draft, when known. */
  readonly itemId: string | null;
  /** Outlook on the web's link to it. */
  readonly webLink: string | null;
}

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
  /** Whether the pane sits beside a message being written, a message being read, or nothing (pinned, no selection). */
  mode(): ItemMode;
  /**
   * Calls `listener` whenever the user selects another item under a pinned pane (Office's ItemChanged, Mailbox
   * 1.5); the item may then be of the other mode, or none. Returns the function that stops listening.
   */
  onItemChanged(listener: () => void): () => void;
  /**
   * Compose only: reads the message being written and works out what inserting `message` would change — nothing is
   * changed. Rejects with an OfficeCallError when Outlook would refuse it (too many recipients, a body too long), so
   * an insert never stops half-way.
   */
  planInsert(message: DeclarationMessage): Promise<InsertPlan>;
  /** The signed-in mailbox's address (used for Development sign-in only). */
  userEmail(): string;
  /** The signed-in user's display name (Development sign-in only: it signs their emails). */
  userDisplayName(): string;
  /**
   * Compose: applies the plan (worked out again when none is given): the subject, the people added to To and Cc, and
   * the declaration in the body's own format, above any quoted thread.
   * Read: opens a new message form holding the declaration.
   */
  insertDeclaration(message: DeclarationMessage, plan?: InsertPlan): Promise<InsertOutcome>;
  /**
   * Compose only: marks the message being written with the declaration's id (the add-in's custom
   * property `outlookwinDeclarationId`), so the service recognises the sent copy, and saves the message
   * (classic Outlook writes custom properties to the mailbox only when the item is saved). Resolves with
   * the saved message's id in Graph's (REST) form — the service finds the sent copy by it too — or null
   * where the host gives none (before Mailbox 1.3). Read mode has no message of the SE's to mark: it
   * rejects with an OfficeCallError.
   */
  markDeclaration(declarationId: string): Promise<string | null>;
  /**
   * Opens a draft of the SE's mailbox in Outlook's own window (displayMessageForm) where the host can;
   * otherwise returns false and the pane offers the web link.
   */
  openDraft(draft: MailboxDraft): boolean;
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
