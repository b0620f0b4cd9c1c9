// The contract between the Office.js stand-in (running in the pane's frame) and the stand-in
// Outlook page that hosts it. The page exposes one StandInMailbox as `window.outlookStandIn`.

export interface StandInAddress {
  displayName: string;
  emailAddress: string;
}

export type RecipientField = 'to' | 'cc';

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
  mode(): 'compose' | 'read';
  user(): StandInAddress;
  readItem(): StandInReadItem;
  getSubject(): string;
  setSubject(subject: string): void;
  getRecipients(field: RecipientField): StandInAddress[];
  setRecipients(field: RecipientField, recipients: StandInAddress[]): void;
  getBody(): string;
  setBody(html: string): void;
  openNewMessage(form: NewMessageForm): void;
  /** The add-in's custom properties saved on the message being written (Office keeps them per add-in and item). */
  getCustomProperties(): Record<string, string>;
  setCustomProperties(properties: Record<string, string>): void;
}

/** A mailbox held in memory: for tests, and for the pane opened on its own without the page. */
export class MemoryMailbox implements StandInMailbox {
  subject = '';
  recipients: Record<RecipientField, StandInAddress[]> = { to: [], cc: [] };
  body = '';
  readonly opened: NewMessageForm[] = [];
  customProperties: Record<string, string> = {};

  constructor(
    private readonly itemMode: 'compose' | 'read' = 'compose',
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

  mode(): 'compose' | 'read' {
    return this.itemMode;
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
}

declare global {
  interface Window {
    /** Set by the stand-in Outlook page for the pane frame it hosts. */
    outlookStandIn?: StandInMailbox;
  }
}
