import type { DeclarationMessage, InsertOutcome, ItemMode, OutlookHost } from './OutlookHost';

/** An in-memory OutlookHost for tests and for running the pane outside any host. */
export class FakeOutlookHost implements OutlookHost {
  readonly inserted: DeclarationMessage[] = [];

  constructor(
    private readonly itemMode: ItemMode = 'compose',
    private readonly email = 'se@fabrikam.example',
  ) {}

  mode(): ItemMode {
    return this.itemMode;
  }

  userEmail(): string {
    return this.email;
  }

  insertDeclaration(message: DeclarationMessage): Promise<InsertOutcome> {
    this.inserted.push(message);
    return Promise.resolve(this.itemMode === 'compose' ? 'inserted' : 'opened');
  }
}
