// The contract between the Office.js stand-in (running in the pane's frame) and the stand-in
// Outlook page that hosts it. The page exposes one StandInMailbox as `window.outlookStandIn`.

export interface StandInAddress {
  displayName: string;
  emailAddress: string;
}

export type RecipientField = 'to' | 'cc';

/** What the pane sits beside: a message being written, one being read, or — pinned, nothing selected — none. */
export type StandInItemKind = 'compose' | 'read' | 'none';

/** Office.MailboxEnums.ComposeType: how the message being written started. */
export type ComposeType = 'newMail' | 'reply' | 'forward';

/** Office.CoercionType of the compose body: Outlook lets the user write in plain text. */
export type BodyType = 'html' | 'text';

export interface StandInReadItem {
  subject: string;
  from: StandInAddress;
  to: StandInAddress[];
  cc: StandInAddress[];
  html: string;
  dateTimeCreated: string;
}

export interface NewMessageForm {
  to: StandInAddress[];
  cc: StandInAddress[];
  subject: string;
  htmlBody: string;
}

/** The mailbox the stand-in Office.js reads and writes: the stand-in page, or memory. */
export interface StandInMailbox {
  mode(): StandInItemKind;
  /** The highest Mailbox requirement set this host supports ("1.3" … "1.14"): newer APIs are absent below it. */
  mailboxVersion(): string;
  /** Compose: how the message started (a reply carries the quoted thread and the original's people). */
  composeType(): ComposeType;
  /** Compose: the body's format. A plain-text body refuses HTML. */
  bodyType(): BodyType;
  user(): StandInAddress;
  readItem(): StandInReadItem;
  getSubject(): string;
  setSubject(subject: string): void;
  getRecipients(field: RecipientField): StandInAddress[];
  setRecipients(field: RecipientField, recipients: StandInAddress[]): void;
  getBody(): string;
  setBody(html: string): void;
  openNewMessage(form: NewMessageForm): void;
  /**
   * The add-in's custom properties on the message being written (Office keeps them per add-in and item). As in
   * classic Outlook, CustomProperties.saveAsync puts them on the open item only: the mailbox has them once the item
   * is saved (saveItem) or sent.
   */
  getCustomProperties(): Record<string, string>;
  setCustomProperties(properties: Record<string, string>): void;
  /** item.saveAsync: saves the message being written as a draft in the mailbox; resolves with its id (EWS format). */
  saveItem(): Promise<string>;
  /** The id of the message being written once it was saved, else null (getItemIdAsync fails until then). */
  savedItemId(): string | null;
  /** displayMessageForm: opens a message of the mailbox by its id (EWS format). */
  openMessage(itemId: string): void;
  /**
   * Whether the host is Outlook on Windows: its web view (WebView2) may ignore a download the pane starts, and it
   * has Office.context.ui.openBrowserWindow. Outlook on the web has neither trait.
   */
  desktop(): boolean;
  /** Office.context.ui.openBrowserWindow: the link opens in the user's own browser (desktop only). */
  openInBrowser(url: string): void;
  /**
   * A pinned pane stays open while the user selects another item: the listener hears of it (ItemChanged). Returns
   * the function that stops listening. An unpinned pane is reloaded instead and never hears it.
   */
  onItemChanged(listener: () => void): () => void;
}

/** A mailbox held in memory: for tests, and for the pane opened on its own without the page. */
export class MemoryMailbox implements StandInMailbox {
  subject = '';
  recipients: Record<RecipientField, StandInAddress[]> = { to: [], cc: [] };
  body = '';
  readonly opened: NewMessageForm[] = [];
  /** The custom properties on the open item (CustomProperties.saveAsync). */
  customProperties: Record<string, string> = {};
  /** The item as the mailbox has it, once saved: what a service reading the mailbox sees. */
  saved: { id: string; subject: string; body: string; customProperties: Record<string, string> } | null = null;
  composeKind: ComposeType = 'newMail';
  bodyFormat: BodyType = 'html';
  version = '1.14';
  isDesktop = false;
  /** Ids opened with displayMessageForm, and links opened in the browser, in order. */
  readonly openedMessages: string[] = [];
  readonly browserLinks: string[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    public itemMode: StandInItemKind = 'compose',
    private readonly profile: StandInAddress = { displayName: 'Sam Rivera', emailAddress: 'se@fabrikam.example' },
    private readonly received: StandInReadItem = {
      subject: 'Readout notes',
      from: { displayName: 'Dana Kim', emailAddress: 'dana@contoso.example' },
      to: [{ displayName: 'Sam Rivera', emailAddress: 'se@fabrikam.example' }],
      cc: [],
      html: '<p>Thanks for the readout today.</p>',
      dateTimeCreated: '2026-11-24T16:00:00Z',
    },
  ) {}

  mode(): StandInItemKind {
    return this.itemMode;
  }
  mailboxVersion(): string {
    return this.version;
  }
  composeType(): ComposeType {
    return this.composeKind;
  }
  bodyType(): BodyType {
    return this.bodyFormat;
  }
  user(): StandInAddress {
    return this.profile;
  }
  readItem(): StandInReadItem {
    return this.received;
  }
  getSubject(): string {
    return this.subject;
  }
  setSubject(subject: string): void {
    this.subject = subject;
  }
  getRecipients(field: RecipientField): StandInAddress[] {
    return this.recipients[field].map((r) => ({ ...r }));
  }
  setRecipients(field: RecipientField, recipients: StandInAddress[]): void {
    this.recipients[field] = recipients.map((r) => ({ ...r }));
  }
  getBody(): string {
    return this.body;
  }
  setBody(html: string): void {
    this.body = html;
  }
  openNewMessage(form: NewMessageForm): void {
    this.opened.push(form);
  }
  getCustomProperties(): Record<string, string> {
    return { ...this.customProperties };
  }
  setCustomProperties(properties: Record<string, string>): void {
    this.customProperties = { ...properties };
  }
  saveItem(): Promise<string> {
    // EWS ids use the standard base64 alphabet ("/" and "+"), REST ids the URL-safe one.
    const id = this.saved?.id ?? `AAMkAGI2Stand/In+${Math.random().toString(36).slice(2, 10)}=`;
    this.saved = { id, subject: this.subject, body: this.body, customProperties: { ...this.customProperties } };
    return Promise.resolve(id);
  }
  savedItemId(): string | null {
    return this.saved?.id ?? null;
  }
  openMessage(itemId: string): void {
    this.openedMessages.push(itemId);
  }
  desktop(): boolean {
    return this.isDesktop;
  }
  openInBrowser(url: string): void {
    this.browserLinks.push(url);
  }
  onItemChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** Selects another item under a pinned pane. */
  selectItem(kind: StandInItemKind): void {
    this.itemMode = kind;
    for (const listener of [...this.listeners]) listener();
  }
}

declare global {
  interface Window {
    /** Set by the stand-in Outlook page for the pane frame it hosts. */
    outlookStandIn?: StandInMailbox;
  }
}
