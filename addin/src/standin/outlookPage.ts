import './outlookPage.css';
import { ComposeWindow, formatRecipients } from './composeWindow';
import type {
  BodyType,
  ComposeType,
  NewMessageForm,
  RecipientField,
  StandInAddress,
  StandInItemKind,
  StandInMailbox,
  StandInReadItem,
} from './mailbox';
import { ProspectPanel } from './prospectPanel';
import { composedRequest, createSandboxClient, sendComposed } from './sandboxClient';

// The local Outlook stand-in: an Outlook-like window that hosts the real task pane in a frame,
// so the product can be used and tested without Outlook. The pane's Office.js stand-in calls
// back into this page through `window.outlookStandIn` (same origin).

const DEFAULT_USER = 'se@fabrikam.example';
const DEFAULT_NAME = 'Alex Morgan';

const SAMPLE_MESSAGE: StandInReadItem = {
  subject: 'Re: Contoso observability POV — readout tomorrow',
  from: { displayName: 'Dana Kim', emailAddress: 'dana@contoso.example' },
  to: [{ displayName: 'Sales Engineer', emailAddress: DEFAULT_USER }],
  cc: [{ displayName: 'Jordan Lee', emailAddress: 'jordan@fabrikam.example' }],
  html:
    '<p>Hi,</p><p>Thanks again for running the readout. The team was impressed with the MTTR numbers and how fast on-call got paged.</p>' +
    '<p>Let us know what you need from us next.</p><p>Dana</p>',
  dateTimeCreated: '2026-11-24T17:05:00Z',
};

/** The message the Compose window starts as: Outlook lets the SE write in plain text, or reply in a thread. */
type ComposeStart = 'new-html' | 'new-text' | 'reply';

const COMPOSE_STARTS: Record<ComposeStart, { label: string; composeType: ComposeType; bodyType: BodyType }> = {
  'new-html': { label: 'New message (HTML)', composeType: 'newMail', bodyType: 'html' },
  'new-text': { label: 'New message (plain text)', composeType: 'newMail', bodyType: 'text' },
  reply: { label: 'Reply to Dana (with the thread)', composeType: 'reply', bodyType: 'html' },
};

/** The quoted thread below a reply, as Outlook writes it. */
function quotedThread(m: StandInReadItem): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">' +
    `<div id="divRplyFwdMsg"><b>From:</b> ${esc(formatRecipients([m.from]))}<br><b>Sent:</b> ${esc(new Date(m.dateTimeCreated).toUTCString())}` +
    `<br><b>Subject:</b> ${esc(m.subject)}</div><blockquote>${m.html}</blockquote>`
  );
}

/** EWS ids use the standard base64 alphabet, the Sandbox's (REST) ids the URL-safe one. */
const ewsId = (restId: string) => restId.replace(/-/g, '/').replace(/_/g, '+');
const restId = (ewsIdValue: string) => ewsIdValue.replace(/\//g, '-').replace(/\+/g, '_');

const MAILBOX_VERSIONS = ['1.14', '1.10', '1.8', '1.5', '1.3'] as const;

/** createElement with properties (className, type, ...) and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | number | boolean> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

class OutlookStandInPage implements StandInMailbox {
  private itemMode: StandInItemKind = 'compose';
  private readonly sandbox = createSandboxClient({ user: () => this.user().emailAddress, name: () => this.nameInput.value });
  // Sending clears the window: it is a new compose item, with no custom properties of its own.
  private readonly compose = new ComposeWindow('New message', 'Compose message', 'region', async (window) => {
    const marked = Object.keys(this.getCustomProperties()).length > 0;
    await sendComposed(
      { ...this.composeSource(window), getCustomProperties: () => this.getCustomProperties(), savedDraftId: () => this.composeDraftId },
      this.sandbox,
    );
    this.startCompose(this.composeStart);
    // OutlookWin's mark went with it: the service will find the sent copy, and the prospect can answer then.
    if (marked) this.prospect.expectSentCopy();
  });
  /** The add-in's custom properties on the compose item, as Outlook keeps them per item. */
  private composeProperties: Record<string, string> = {};
  /** The draft the compose item was saved as (REST id); null until item.saveAsync. */
  private composeDraftId: string | null = null;
  private composeStart: ComposeStart = 'new-html';
  private readonly itemListeners = new Set<() => void>();
  private readonly startSelect = el('select', { id: 'ow-compose-start' });
  private readonly pinBox = el('input', { type: 'checkbox', id: 'ow-pin' });
  private readonly desktopBox = el('input', { type: 'checkbox', id: 'ow-desktop' });
  private readonly versionSelect = el('select', { id: 'ow-mailbox-version' });
  private readonly opened: ComposeWindow[] = [];
  private readonly prospect = new ProspectPanel({ client: this.sandbox });
  private paneView: 'declaration' | 'tracking' | null = null;

  private readonly userInput = el('input', { type: 'email', id: 'ow-user', value: DEFAULT_USER, autocomplete: 'off' });
  // The display name Graph's /me would give: it signs the emails unless the plan names a Sales Engineer.
  private readonly nameInput = el('input', { type: 'text', id: 'ow-user-name', value: DEFAULT_NAME, autocomplete: 'off' });
  private readonly reading = el('div', { className: 'ow-reading' });
  private readonly windows = el('div', { className: 'ow-windows' });
  private readonly paneFrame = el('iframe', { className: 'ow-pane-frame', title: 'OutlookWin task pane' });
  private readonly paneTitle = el('span', { className: 'ow-pane-title' }, 'OutlookWin');
  private readonly pane = el('aside', { className: 'ow-pane', hidden: true });
  private readonly modeButtons: Record<StandInItemKind, HTMLButtonElement> = {
    compose: el('button', { type: 'button', className: 'ow-segment' }, 'Compose'),
    read: el('button', { type: 'button', className: 'ow-segment' }, 'Read'),
    none: el('button', { type: 'button', className: 'ow-segment' }, 'Nothing selected'),
  };

  mount(root: HTMLElement): void {
    const user = el('div', { className: 'ow-user' },
      el('label', { htmlFor: 'ow-user' }, 'Signed in as'), this.userInput,
      el('label', { htmlFor: 'ow-user-name' }, 'Name'), this.nameInput);
    for (const input of [this.userInput, this.nameInput]) {
      input.addEventListener('change', () => {
        this.reloadPane();
        this.prospect.refresh();
      });
    }

    const titlebar = el(
      'header',
      { className: 'ow-titlebar' },
      el('span', { className: 'ow-brand' }, 'Outlook'),
      el('span', { className: 'ow-standin-note' }, 'Local stand-in · mail stays in the Sandbox'),
      user,
    );

    const modeGroup = el('div', { className: 'ow-modes' });
    modeGroup.setAttribute('role', 'group');
    modeGroup.setAttribute('aria-label', 'Mode');
    for (const mode of ['compose', 'read', 'none'] as const) {
      this.modeButtons[mode].addEventListener('click', () => this.setMode(mode));
      modeGroup.append(this.modeButtons[mode]);
    }

    // How real Outlook differs from one host to the next: each is a switch here.
    for (const [value, start] of Object.entries(COMPOSE_STARTS)) {
      this.startSelect.append(el('option', { value }, start.label));
    }
    this.startSelect.addEventListener('change', () => {
      this.startCompose(this.startSelect.value as ComposeStart);
      this.setMode('compose');
    });
    for (const version of MAILBOX_VERSIONS) {
      this.versionSelect.append(el('option', { value: version }, `Mailbox ${version}`));
    }
    this.versionSelect.addEventListener('change', () => this.reloadPane());
    this.desktopBox.addEventListener('change', () => this.reloadPane());
    const hostOptions = el('div', { className: 'ow-host-options' },
      el('label', { htmlFor: 'ow-compose-start' }, 'Message'), this.startSelect,
      el('label', { htmlFor: 'ow-mailbox-version' }, 'Requirement sets'), this.versionSelect,
      el('label', { className: 'ow-check' }, this.desktopBox, 'Outlook on Windows'),
      el('label', { className: 'ow-check' }, this.pinBox, 'Pin pane'));

    const draft = el('button', { type: 'button', className: 'ow-ribbon-button' },
      el('img', { src: '/assets/icon-32.png', alt: '', width: 20, height: 20 }), 'Draft Declaration');
    draft.addEventListener('click', () => this.openPane('declaration'));
    const track = el('button', { type: 'button', className: 'ow-ribbon-button' },
      el('img', { src: '/assets/icon-32.png', alt: '', width: 20, height: 20 }), 'Track Replies');
    track.addEventListener('click', () => this.openPane('tracking'));

    const ribbon = el('nav', { className: 'ow-ribbon' },
      modeGroup,
      hostOptions,
      el('span', { className: 'ow-ribbon-sep' }),
      el('span', { className: 'ow-ribbon-group-label' }, 'OutlookWin'),
      draft,
      track,
    );
    ribbon.setAttribute('role', 'toolbar');
    ribbon.setAttribute('aria-label', 'Ribbon');

    const close = el('button', { type: 'button', className: 'ow-pane-close', title: 'Close pane' }, '×');
    close.setAttribute('aria-label', 'Close pane');
    close.addEventListener('click', () => this.closePane());
    this.pane.append(el('div', { className: 'ow-pane-header' }, this.paneTitle, close), this.paneFrame);
    this.pane.setAttribute('aria-label', 'Add-in pane');

    const folders = el('nav', { className: 'ow-folders' },
      ...['Inbox', 'Drafts', 'Sent Items', 'Archive'].map((f, i) => el('div', { className: i === 0 ? 'ow-folder ow-folder-active' : 'ow-folder' }, f)));
    folders.setAttribute('aria-label', 'Folders');

    const main = el('div', { className: 'ow-main' }, folders, el('div', { className: 'ow-content' }, this.reading, this.windows, this.prospect.element), this.pane);
    root.append(el('div', { className: 'ow-app' }, titlebar, ribbon, main));
    this.setMode('compose');
    this.prospect.start();
  }

  // ---- StandInMailbox, called by the Office.js stand-in inside the pane ----

  mode(): StandInItemKind {
    return this.itemMode;
  }
  mailboxVersion(): string {
    return this.versionSelect.value || '1.14';
  }
  composeType(): ComposeType {
    return COMPOSE_STARTS[this.composeStart].composeType;
  }
  bodyType(): BodyType {
    return COMPOSE_STARTS[this.composeStart].bodyType;
  }
  desktop(): boolean {
    return this.desktopBox.checked;
  }
  user(): StandInAddress {
    const email = this.userInput.value.trim() || DEFAULT_USER;
    return { displayName: this.nameInput.value.trim(), emailAddress: email };
  }
  readItem(): StandInReadItem {
    return SAMPLE_MESSAGE;
  }
  getSubject(): string {
    return this.compose.getSubject();
  }
  setSubject(subject: string): void {
    this.compose.setSubject(subject);
  }
  getRecipients(field: RecipientField): StandInAddress[] {
    return this.compose.getRecipients(field);
  }
  setRecipients(field: RecipientField, recipients: StandInAddress[]): void {
    this.compose.setRecipients(field, recipients);
  }
  getBody(): string {
    return this.compose.getBody();
  }
  setBody(html: string): void {
    this.compose.setBody(html);
  }
  getCustomProperties(): Record<string, string> {
    return { ...this.composeProperties };
  }
  setCustomProperties(properties: Record<string, string>): void {
    this.composeProperties = { ...properties };
  }
  async saveItem(): Promise<string> {
    const request = composedRequest({
      ...this.composeSource(this.compose),
      getCustomProperties: () => this.getCustomProperties(),
      savedDraftId: () => this.composeDraftId,
    });
    const { id } = await this.sandbox.saveFromOutlook(request);
    this.composeDraftId = id;
    // Office hands add-ins EWS ids (convertToRestId turns them into Graph's).
    return ewsId(id);
  }
  savedItemId(): string | null {
    return this.composeDraftId === null ? null : ewsId(this.composeDraftId);
  }
  openMessage(itemId: string): void {
    const id = restId(itemId);
    void this.sandbox.listMessages('drafts').then((drafts) => {
      const draft = drafts.find((m) => m.id === id);
      if (!draft) {
        this.openNotice(`displayMessageForm: no message with id ${itemId} in this mailbox.`);
        return;
      }
      const window = this.openWindow('Draft (opened by add-in)', 'Draft window', {
        subject: draft.subject,
        to: draft.to.map((p) => ({ displayName: p.name, emailAddress: p.email })),
        cc: draft.cc.map((p) => ({ displayName: p.name, emailAddress: p.email })),
        htmlBody: `<p>${draft.bodyPreview.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`,
      }, id);
      window.element.dataset['itemId'] = id;
    });
  }
  openInBrowser(url: string): void {
    // The user's own browser: no pane, no sign-in headers; the link must carry everything it needs.
    window.open(url, '_blank', 'noopener');
  }
  onItemChanged(listener: () => void): () => void {
    this.itemListeners.add(listener);
    return () => this.itemListeners.delete(listener);
  }
  openNewMessage(form: NewMessageForm): void {
    this.openWindow('New message (opened by add-in)', 'New message window', form, null);
  }

  private openNotice(text: string): void {
    const note = el('p', { className: 'ow-send-status ow-send-error' }, text);
    note.setAttribute('role', 'alert');
    this.windows.prepend(note);
  }

  /** A window of its own: a form the add-in opened, or a saved draft (sent by its id, as Outlook sends it). */
  private openWindow(title: string, label: string, form: NewMessageForm, draftId: string | null): ComposeWindow {
    // A form the add-in opened is a separate item: Send sends it (no custom properties) and closes it.
    const window = new ComposeWindow(title, label, 'dialog', async (w) => {
      await sendComposed({ ...this.composeSource(w), getCustomProperties: () => ({}), savedDraftId: () => draftId }, this.sandbox);
      w.element.remove();
      this.opened.splice(this.opened.indexOf(w), 1);
    });
    window.setSubject(form.subject);
    window.setRecipients('to', form.to);
    window.setRecipients('cc', form.cc);
    window.setBody(form.htmlBody);
    const discard = el('button', { type: 'button', className: 'ow-discard' }, 'Discard');
    discard.addEventListener('click', () => {
      window.element.remove();
      this.opened.splice(this.opened.indexOf(window), 1);
    });
    window.element.querySelector('.ow-compose-header')?.append(discard);
    this.opened.push(window);
    this.windows.prepend(window.element);
    window.attached();
    window.element.scrollIntoView({ block: 'nearest' });
    return window;
  }

  // ---- page behaviour ----

  private composeSource(window: ComposeWindow) {
    return {
      getSubject: () => window.getSubject(),
      getRecipients: (field: RecipientField) => window.getRecipients(field),
      getBody: () => window.getBody(),
    };
  }

  /** A fresh compose item, as Outlook opens it: a new message, plain or HTML, or a reply with its thread. */
  private startCompose(start: ComposeStart): void {
    this.composeStart = start;
    this.startSelect.value = start;
    this.composeProperties = {};
    this.composeDraftId = null;
    this.compose.clear();
    if (start === 'reply') {
      const m = SAMPLE_MESSAGE;
      this.compose.setSubject(`RE: ${m.subject.replace(/^re:\s*/i, '')}`);
      this.compose.setRecipients('to', [m.from]);
      this.compose.setRecipients('cc', m.cc);
      this.compose.setBody(`<p><br></p>${quotedThread(m)}`);
    }
  }

  private setMode(mode: StandInItemKind): void {
    this.itemMode = mode;
    for (const m of ['compose', 'read', 'none'] as const) {
      this.modeButtons[m].setAttribute('aria-pressed', String(m === mode));
    }
    this.reading.replaceChildren();
    if (mode === 'compose') {
      this.reading.append(this.compose.element);
      this.compose.attached();
    } else if (mode === 'read') {
      this.reading.append(this.renderReadItem());
    } else {
      this.reading.append(el('p', { className: 'ow-nothing' }, 'No message selected.'));
    }
    // Office.js binds an unpinned pane to one item: a different item means a fresh pane, as in Outlook.
    // A pinned pane stays and hears ItemChanged.
    if (this.pinBox.checked && this.paneView) {
      for (const listener of [...this.itemListeners]) listener();
    } else {
      this.reloadPane();
    }
  }

  private renderReadItem(): HTMLElement {
    const m = SAMPLE_MESSAGE;
    const body = el('iframe', { className: 'ow-body ow-read-body', title: 'Received message body' });
    body.setAttribute('sandbox', '');
    body.srcdoc = `<!doctype html><meta charset="utf-8"><style>body{font-family:'Segoe UI',system-ui,sans-serif;font-size:14px;line-height:1.45;color:#242424;margin:12px}</style>${m.html}`;
    const meta = el('dl', { className: 'ow-read-meta' },
      el('dt', {}, 'From'), el('dd', {}, formatRecipients([m.from])),
      el('dt', {}, 'To'), el('dd', {}, formatRecipients(m.to)),
      el('dt', {}, 'Cc'), el('dd', {}, formatRecipients(m.cc)),
      el('dt', {}, 'Received'), el('dd', {}, new Date(m.dateTimeCreated).toUTCString()));
    const section = el('section', { className: 'ow-read' }, el('h2', {}, m.subject), meta, body);
    section.setAttribute('aria-label', 'Received message');
    return section;
  }

  private openPane(view: 'declaration' | 'tracking'): void {
    this.itemListeners.clear();
    this.paneView = view;
    this.pane.hidden = false;
    // The pane's own tabs switch views: the title names the add-in, as Outlook's pane header does.
    this.paneTitle.textContent = 'OutlookWin';
    this.paneFrame.src = view === 'tracking' ? '/standin/pane.html?view=tracking' : '/standin/pane.html';
  }

  private closePane(): void {
    this.paneView = null;
    this.pane.hidden = true;
    this.paneFrame.removeAttribute('src');
  }

  private reloadPane(): void {
    if (this.paneView) this.openPane(this.paneView);
  }
}

const page = new OutlookStandInPage();
window.outlookStandIn = page;
const root = document.getElementById('outlook');
if (!root) throw new Error('stand-in: #outlook is missing from the page');
page.mount(root);
