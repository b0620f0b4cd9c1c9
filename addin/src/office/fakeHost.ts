import {
  OfficeCallError,
  type DeclarationMessage,
  type InsertOutcome,
  type InsertPlan,
  type ItemMode,
  type MailboxDraft,
  type OutlookHost,
  type SavedFile,
} from './OutlookHost';

/** An in-memory OutlookHost for tests and for running the pane outside any host. */
export class FakeOutlookHost implements OutlookHost {
  readonly inserted: DeclarationMessage[] = [];
  /** The plans the inserts applied, in order. */
  readonly applied: InsertPlan[] = [];
  /** Declaration ids saved on the compose item, in order. */
  readonly marked: string[] = [];
  /** Files handed to the user, in order. */
  readonly saved: SavedFile[] = [];
  /** Links opened in the browser, in order. */
  readonly opened: string[] = [];
  /** Drafts opened in Outlook's own window, in order. */
  readonly openedDrafts: MailboxDraft[] = [];
  /** Whether this host offers openBrowserWindow. */
  browserWindow = false;
  /** Whether this host offers displayMessageForm. */
  messageForm = false;
  /** The id the saved compose item gets (null: a host before Mailbox 1.3). */
  itemId: string | null = 'AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A-fake-item';
  /**
   * What the message being written is like: planInsert answers with a new, empty HTML message's plan (subject set,
   * everyone added, body set) with these fields in place of its own.
   */
  plan: Partial<InsertPlan> = {};
  private readonly listeners = new Set<() => void>();

  constructor(
    private itemMode: ItemMode = 'compose',
    private readonly email = 'se@fabrikam.example',
    private readonly name = 'Alex Morgan',
  ) {}

  mode(): ItemMode {
    return this.itemMode;
  }

  /** Another item selected under a pinned pane. */
  selectItem(mode: ItemMode): void {
    this.itemMode = mode;
    for (const listener of [...this.listeners]) listener();
  }

  onItemChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  userEmail(): string {
    return this.email;
  }

  userDisplayName(): string {
    return this.name;
  }

  planInsert(message: DeclarationMessage): Promise<InsertPlan> {
    if (this.itemMode !== 'compose') {
      return Promise.reject(new OfficeCallError('Insert declaration', 'InvalidItemMode', 'no message is being written.'));
    }
    return Promise.resolve({
      composeKind: 'newMail',
      bodyType: 'html',
      subject: message.subject,
      replacesSubject: null,
      addTo: message.to,
      addCc: message.cc,
      body: 'set',
      aboveThread: false,
      ...this.plan,
    });
  }

  async insertDeclaration(message: DeclarationMessage, plan?: InsertPlan): Promise<InsertOutcome> {
    if (this.itemMode === 'compose') this.applied.push(plan ?? (await this.planInsert(message)));
    this.inserted.push(message);
    return this.itemMode === 'compose' ? 'inserted' : 'opened';
  }

  markDeclaration(declarationId: string): Promise<string | null> {
    if (this.itemMode !== 'compose') {
      return Promise.reject(new OfficeCallError('Mark declaration', 'InvalidItemMode', 'a read item cannot carry the mark.'));
    }
    this.marked.push(declarationId);
    return Promise.resolve(this.itemId);
  }

  openDraft(draft: MailboxDraft): boolean {
    if (!this.messageForm || !draft.itemId) return false;
    this.openedDrafts.push(draft);
    return true;
  }

  saveFile(file: SavedFile): Promise<void> {
    this.saved.push(file);
    return Promise.resolve();
  }

  canOpenInBrowser(): boolean {
    return this.browserWindow;
  }

  openInBrowser(url: string): boolean {
    if (!this.browserWindow) return false;
    this.opened.push(url);
    return true;
  }
}
