import { formatAddress, splitAddresses } from '../shared/format';
import type { RecipientField, StandInAddress } from './mailbox';

/** "Dana Kim <dana@contoso.example>; jordan@fabrikam.example" -> addresses. */
export function parseRecipients(text: string): StandInAddress[] {
  return splitAddresses(text).map((a) => ({ displayName: a.name || a.email, emailAddress: a.email }));
}

export function formatRecipients(list: StandInAddress[]): string {
  return list.map((r) => formatAddress(r.displayName, r.emailAddress)).join('; ');
}

function labelled(container: HTMLElement, label: string, control: HTMLElement): void {
  const id = `ow-field-${Math.random().toString(36).slice(2, 10)}`;
  const row = document.createElement('div');
  row.className = 'ow-field';
  const l = document.createElement('label');
  l.htmlFor = id;
  l.textContent = label;
  control.id = id;
  row.append(l, control);
  container.append(row);
}

/** What Send does: the page sends through the Sandbox; the window only shows progress. */
export type SendHandler = (window: ComposeWindow) => Promise<void>;

/**
 * A message being written: To, Cc, Subject and an HTML body. The body is an editable frame
 * with scripts sandboxed off, so inserted HTML can never run in the stand-in page.
 */
export class ComposeWindow {
  readonly element: HTMLElement;
  private readonly toInput = document.createElement('input');
  private readonly ccInput = document.createElement('input');
  private readonly subjectInput = document.createElement('input');
  private readonly bodyFrame = document.createElement('iframe');
  private recipients: Record<RecipientField, StandInAddress[]> = { to: [], cc: [] };
  private pendingBody = '';
  private readonly sendButton = document.createElement('button');
  private readonly status = document.createElement('span');

  constructor(title: string, ariaLabel: string, role: 'region' | 'dialog' = 'region', onSend?: SendHandler) {
    this.element = document.createElement('section');
    this.element.className = 'ow-compose';
    this.element.setAttribute('role', role);
    this.element.setAttribute('aria-label', ariaLabel);

    const header = document.createElement('div');
    header.className = 'ow-compose-header';
    const h = document.createElement('h2');
    h.textContent = title;
    const send = this.sendButton;
    send.type = 'button';
    send.className = 'ow-send';
    send.textContent = 'Send';
    if (onSend) {
      send.title = 'Send through the local Sandbox mailbox (no real mail leaves this machine)';
      send.addEventListener('click', () => void this.send(onSend));
    } else {
      send.disabled = true;
      send.title = 'This window cannot send.';
    }
    this.status.className = 'ow-send-status';
    this.status.setAttribute('role', 'status');
    header.append(send, h, this.status);

    const fields = document.createElement('div');
    fields.className = 'ow-compose-fields';
    for (const input of [this.toInput, this.ccInput, this.subjectInput]) {
      input.type = 'text';
      input.autocomplete = 'off';
    }
    this.toInput.addEventListener('input', () => (this.recipients.to = parseRecipients(this.toInput.value)));
    this.ccInput.addEventListener('input', () => (this.recipients.cc = parseRecipients(this.ccInput.value)));
    labelled(fields, 'To', this.toInput);
    labelled(fields, 'Cc', this.ccInput);
    labelled(fields, 'Subject', this.subjectInput);

    this.bodyFrame.className = 'ow-body';
    this.bodyFrame.title = 'Message body';
    // Same origin so the stand-in can read and edit it; no allow-scripts, so nothing in it runs.
    this.bodyFrame.setAttribute('sandbox', 'allow-same-origin');
    // Some engines swap the frame's first document on load: render into the new one once.
    this.bodyFrame.addEventListener('load', () => {
      if (this.bodyFrame.contentDocument?.documentElement.dataset['owReady'] !== 'true') this.renderBody();
    });

    this.element.append(header, fields, this.bodyFrame);
  }

  private async send(onSend: SendHandler): Promise<void> {
    this.sendButton.disabled = true;
    this.status.classList.remove('ow-send-error');
    this.status.textContent = 'Sending…';
    try {
      await onSend(this);
      this.status.textContent = 'Sent';
    } catch (error) {
      this.status.classList.add('ow-send-error');
      this.status.textContent = `Not sent: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.sendButton.disabled = false;
    }
  }

  /** Empties the window, as a fresh message. */
  clear(): void {
    this.setSubject('');
    this.setRecipients('to', []);
    this.setRecipients('cc', []);
    this.setBody('');
  }

  /** Call once the element is in the document (the frame only has a document from then on). */
  attached(): void {
    this.renderBody();
  }

  getSubject(): string {
    return this.subjectInput.value;
  }
  setSubject(subject: string): void {
    this.subjectInput.value = subject;
  }
  getRecipients(field: RecipientField): StandInAddress[] {
    return this.recipients[field].map((r) => ({ ...r }));
  }
  setRecipients(field: RecipientField, list: StandInAddress[]): void {
    this.recipients[field] = list.map((r) => ({ ...r }));
    (field === 'to' ? this.toInput : this.ccInput).value = formatRecipients(this.recipients[field]);
  }
  getBody(): string {
    return this.bodyFrame.contentDocument?.body?.innerHTML ?? this.pendingBody;
  }
  setBody(html: string): void {
    this.pendingBody = html;
    this.renderBody();
  }

  private renderBody(): void {
    const doc = this.bodyFrame.contentDocument;
    if (!doc) return;
    const root = doc.documentElement;
    if (root.dataset['owReady'] !== 'true') {
      const style = doc.createElement('style');
      style.textContent =
        "body{font-family:'Segoe UI',system-ui,sans-serif;font-size:14px;line-height:1.45;color:#242424;margin:12px}";
      (doc.head ?? root).append(style);
      root.dataset['owReady'] = 'true';
    }
    if (!doc.body) root.append(doc.createElement('body'));
    doc.body.innerHTML = this.pendingBody;
    doc.body.contentEditable = 'true';
  }
}
