import { OfficeCallError, type DeclarationMessage, type InsertOutcome, type ItemMode, type OutlookHost, type SavedFile } from './OutlookHost';

/** An in-memory OutlookHost for tests and for running the pane outside any host. */
export class FakeOutlookHost implements OutlookHost {
  readonly inserted: DeclarationMessage[] = [];
  /** Declaration ids saved on the compose item, in order. */
  readonly marked: string[] = [];
  /** Files handed to the user, in order. */
  readonly saved: SavedFile[] = [];
  /** Links opened in the browser, in order. */
  readonly opened: string[] = [];
  /** Whether this host offers openBrowserWindow. */
  browserWindow = false;

  constructor(
    private readonly itemMode: ItemMode = 'compose',
    private readonly email = 'se@fabrikam.example',
    private readonly name = 'Alex Morgan',
  ) {}

  mode(): ItemMode {
    return this.itemMode;
  }

  userEmail(): string {
    return this.email;
  }

  userDisplayName(): string {
    return this.name;
  }

  insertDeclaration(message: DeclarationMessage): Promise<InsertOutcome> {
    this.inserted.push(message);
    return Promise.resolve(this.itemMode === 'compose' ? 'inserted' : 'opened');
  }

  markDeclaration(declarationId: string): Promise<void> {
    if (this.itemMode !== 'compose') {
      return Promise.reject(new OfficeCallError('Mark declaration', 'InvalidItemMode', 'a read item cannot carry the mark.'));
    }
    this.marked.push(declarationId);
    return Promise.resolve();
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
