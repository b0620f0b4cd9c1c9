import type { DeclarationResponse } from '../api/types';
import { stateBadge } from '../features/tracking/declarationState';
import { startPolling, type Poller, type PollTimers, type VisibilitySource } from '../features/tracking/poller';
import type { CannedReply, ProspectReplyRequest, SandboxClient } from './sandboxClient';

// The prospect's side of the local stand-in: make the lead engineer (or a colleague) answer one
// of the SE's sent declarations through the Sandbox, as their mail client would.

type ReplyKind = CannedReply | 'text' | 'eml';

const KINDS: { value: ReplyKind; label: string; hint: string }[] = [
  { value: 'confirmed', label: 'Written confirmation', hint: '“Confirmed. The team considers the technical evaluation a success…”' },
  { value: 'conditional', label: 'Conditional', hint: '“OK to start the commercial review, but we can’t sign until the patch is validated.”' },
  { value: 'declined', label: 'Declined', hint: '“We measured 31%, not 43%…”' },
  { value: 'thumbs_up', label: '👍 Thumbs-up', hint: 'Just the emoji.' },
  { value: 'out_of_office', label: 'Out of office', hint: 'An automatic reply with a return date.' },
  { value: 'text', label: 'My own words', hint: 'Type or paste the reply text below.' },
  { value: 'eml', label: 'A whole .eml message', hint: 'Paste the raw message or load an .eml file.' },
];

const nextId = (name: string): string => `ow-prospect-${name}-${Math.random().toString(36).slice(2, 10)}`;

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

/** A colleague at the lead engineer's company, for "reply from a colleague". */
export function colleagueOf(declaration: Pick<DeclarationResponse, 'to'> | undefined): string {
  const domain = declaration?.to[0]?.email.split('@')[1];
  return domain ? `alex.morgan@${domain}` : '';
}

/** Builds the Sandbox request from the panel's choices; throws with a readable message when something is missing. */
export function buildProspectRequest(choice: {
  declarationId: string;
  kind: ReplyKind;
  content: string;
  fromColleague: boolean;
  colleague: string;
  newThread: boolean;
}): ProspectReplyRequest {
  if (!choice.declarationId) throw new Error('Pick a sent declaration to answer.');
  const request: ProspectReplyRequest = { declarationId: choice.declarationId };
  if (choice.kind === 'text' || choice.kind === 'eml') {
    if (choice.content.trim().length === 0) {
      throw new Error(choice.kind === 'eml' ? 'Paste the .eml message, or load a file.' : 'Write the reply text.');
    }
    if (choice.kind === 'text') request.text = choice.content;
    else request.mime = choice.content;
  } else {
    request.canned = choice.kind;
  }
  if (choice.fromColleague) {
    if (!/^[^\s@]+@[^\s@]+$/.test(choice.colleague.trim())) throw new Error('Give the colleague’s email address.');
    request.from = choice.colleague.trim();
  }
  if (choice.newThread) request.newThread = true;
  return request;
}

export interface ProspectPanelOptions {
  client: SandboxClient;
  pollIntervalMs?: number;
  timers?: PollTimers;
  visibility?: VisibilitySource;
}

/** The "prospect's side" panel of the stand-in page. */
export class ProspectPanel {
  readonly element: HTMLElement;
  private readonly declarationSelect = el('select', { id: nextId('declaration') });
  private readonly kindInputs = new Map<ReplyKind, HTMLInputElement>();
  private readonly content = el('textarea', { id: nextId('content'), rows: 4, spellcheck: false });
  private readonly file = el('input', { type: 'file', id: nextId('file'), accept: '.eml,message/rfc822,text/plain' });
  private readonly fromColleague = el('input', { type: 'checkbox', id: nextId('colleague-on') });
  private readonly colleague = el('input', { type: 'email', id: nextId('colleague'), autocomplete: 'off' });
  private readonly newThread = el('input', { type: 'checkbox', id: nextId('new-thread') });
  private readonly submit = el('button', { type: 'button', className: 'ow-prospect-submit' }, 'Make the lead engineer reply');
  private readonly status = el('p', { className: 'ow-prospect-status' });
  private declarations: DeclarationResponse[] = [];
  private poller: Poller | null = null;
  /** After Outlook's Send: the declarations already sent then, until the new one's sent copy is found. */
  private sentBefore: Set<string> | null = null;

  constructor(private readonly options: ProspectPanelOptions) {
    this.element = el('section', { className: 'ow-prospect' });
    this.element.setAttribute('aria-labelledby', 'ow-prospect-title');

    const header = el(
      'header',
      { className: 'ow-prospect-header' },
      el('span', { className: 'ow-prospect-chip' }, 'Prospect'),
      el('h2', { id: 'ow-prospect-title' }, 'The prospect’s side'),
      el('span', { className: 'ow-prospect-note' }, 'Simulates the lead engineer’s mail client (Sandbox only)'),
    );

    const refresh = el('button', { type: 'button', className: 'ow-prospect-refresh', title: 'Refresh the list' }, '⟳');
    refresh.setAttribute('aria-label', 'Refresh sent declarations');
    refresh.addEventListener('click', () => this.poller?.refresh());
    const pick = el(
      'div',
      { className: 'ow-prospect-field' },
      el('label', { htmlFor: this.declarationSelect.id }, 'Sent declaration'),
      el('div', { className: 'ow-prospect-row' }, this.declarationSelect, refresh),
    );
    this.declarationSelect.addEventListener('change', () => this.updateColleague());

    const kinds = el('fieldset', { className: 'ow-prospect-kinds' }, el('legend', {}, 'Reply with'));
    const group = nextId('kinds');
    for (const kind of KINDS) {
      const input = el('input', { type: 'radio', name: group, value: kind.value, id: nextId(kind.value) });
      input.checked = kind.value === 'confirmed';
      input.addEventListener('change', () => this.updateContent());
      this.kindInputs.set(kind.value, input);
      const label = el('label', { htmlFor: input.id, title: kind.hint }, kind.label);
      kinds.append(el('div', { className: 'ow-prospect-kind' }, input, label));
    }

    const contentLabel = el('label', { htmlFor: this.content.id }, 'Reply text or .eml');
    this.file.addEventListener('change', () => void this.loadFile());
    const fileLabel = el('label', { htmlFor: this.file.id, className: 'ow-prospect-file' }, 'Load .eml file…');
    const contentField = el('div', { className: 'ow-prospect-field ow-prospect-content' }, contentLabel, this.content, el('div', {}, fileLabel, this.file));

    this.fromColleague.addEventListener('change', () => {
      this.colleague.disabled = !this.fromColleague.checked;
      if (this.fromColleague.checked && !this.colleague.value) this.updateColleague();
    });
    this.colleague.disabled = true;
    const extras = el(
      'div',
      { className: 'ow-prospect-options' },
      el('div', { className: 'ow-prospect-check' }, this.fromColleague, el('label', { htmlFor: this.fromColleague.id }, 'Reply from a colleague')),
      el('div', { className: 'ow-prospect-field' }, el('label', { htmlFor: this.colleague.id }, 'Colleague’s address'), this.colleague),
      el('div', { className: 'ow-prospect-check' }, this.newThread, el('label', { htmlFor: this.newThread.id }, 'Start a new thread (no In-Reply-To)')),
    );

    this.submit.addEventListener('click', () => void this.reply());
    this.status.setAttribute('role', 'status');

    this.element.append(
      header,
      el('div', { className: 'ow-prospect-body' }, el('div', { className: 'ow-prospect-col' }, pick, kinds), el('div', { className: 'ow-prospect-col' }, contentField, extras)),
      el('div', { className: 'ow-prospect-footer' }, this.submit, this.status),
    );
    this.updateContent();
    this.renderDeclarations();
  }

  /** Starts reading the SE's declarations (while the page is visible). */
  start(): void {
    this.poller?.stop();
    this.poller = startPolling({
      intervalMs: this.options.pollIntervalMs ?? 3000,
      ...(this.options.timers ? { timers: this.options.timers } : {}),
      ...(this.options.visibility ? { visibility: this.options.visibility } : {}),
      run: async (signal) => {
        try {
          this.declarations = await this.options.client.listDeclarations(signal);
          this.renderDeclarations();
          this.noticeSentCopy();
        } catch (error) {
          if (!signal.aborted) this.say(`Could not list the declarations: ${error instanceof Error ? error.message : String(error)}`, true);
        }
      },
    });
  }

  stop(): void {
    this.poller?.stop();
    this.poller = null;
  }

  /**
   * A marked message was just sent from the compose window: the service finds its copy in Sent Items a little later.
   * Says so, and looks every second until it is there.
   */
  expectSentCopy(): void {
    this.sentBefore = new Set(this.sent().map((d) => d.id));
    this.say('Sending… OutlookWin is looking for the sent copy in Sent Items.');
    this.poller?.setIntervalMs(1000);
    this.poller?.refresh();
  }

  private noticeSentCopy(): void {
    if (!this.sentBefore) return;
    const found = this.sent().find((d) => !this.sentBefore!.has(d.id));
    if (!found) return;
    this.sentBefore = null;
    this.poller?.setIntervalMs(this.options.pollIntervalMs ?? 3000);
    this.declarationSelect.value = found.id;
    this.updateColleague();
    this.say(`Sent copy found: “${found.subject}”. Pick a reply for the lead engineer.`);
  }

  /** Reads the list again now (the signed-in user changed). */
  refresh(): void {
    this.declarations = [];
    this.renderDeclarations();
    this.poller?.refresh();
  }

  private sent(): DeclarationResponse[] {
    return this.declarations.filter((d) => d.sentAt !== null);
  }

  private renderDeclarations(): void {
    const previous = this.declarationSelect.value;
    const sent = this.sent();
    const options = sent.map((d) =>
      el('option', { value: d.id }, `${d.prospect} — ${d.subject} · ${stateBadge(d).label}`),
    );
    if (options.length === 0) {
      // A declaration inserted into a message counts as sent once its copy is in Sent Items: say that it is awaited.
      const awaited = this.sentBefore !== null || this.declarations.some((d) => d.state === 'drafted' && d.delivery === 'outlook');
      options.push(el('option', { value: '', disabled: true }, awaited ? 'Looking for the sent copy…' : 'No sent declaration yet'));
    }
    this.declarationSelect.replaceChildren(...options);
    this.declarationSelect.value = sent.some((d) => d.id === previous) ? previous : (sent[0]?.id ?? '');
    this.submit.disabled = sent.length === 0;
    this.updateColleague();
  }

  private current(): DeclarationResponse | undefined {
    return this.declarations.find((d) => d.id === this.declarationSelect.value);
  }

  private updateColleague(): void {
    if (!this.fromColleague.checked || !this.colleague.value) this.colleague.value = colleagueOf(this.current());
  }

  private kind(): ReplyKind {
    for (const [kind, input] of this.kindInputs) if (input.checked) return kind;
    return 'confirmed';
  }

  private updateContent(): void {
    const kind = this.kind();
    const own = kind === 'text' || kind === 'eml';
    this.content.disabled = !own;
    this.file.disabled = kind !== 'eml';
    this.content.placeholder =
      kind === 'eml' ? 'From: …\nSubject: RE: …\n\n(the whole message, headers and all)' : own ? 'Type the reply…' : 'Pick “My own words” or “A whole .eml message” to write here.';
  }

  private async loadFile(): Promise<void> {
    const file = this.file.files?.[0];
    if (!file) return;
    this.content.value = await file.text();
    this.kindInputs.get('eml')!.checked = true;
    this.updateContent();
  }

  private say(text: string, error = false): void {
    this.status.textContent = text;
    this.status.classList.toggle('ow-prospect-error', error);
  }

  private async reply(): Promise<void> {
    let request: ProspectReplyRequest;
    try {
      request = buildProspectRequest({
        declarationId: this.declarationSelect.value,
        kind: this.kind(),
        content: this.content.value,
        fromColleague: this.fromColleague.checked,
        colleague: this.colleague.value,
        newThread: this.newThread.checked,
      });
    } catch (error) {
      this.say(error instanceof Error ? error.message : String(error), true);
      return;
    }
    this.submit.disabled = true;
    this.say('Replying…');
    try {
      const result = await this.options.client.prospectReply(request);
      this.say(`${result.from} replied: “${result.subject}”. It is in your Inbox; watch Track Replies.`);
    } catch (error) {
      this.say(`The prospect could not reply: ${error instanceof Error ? error.message : String(error)}`, true);
    } finally {
      this.submit.disabled = this.sent().length === 0;
    }
  }
}
