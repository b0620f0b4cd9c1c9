import type { FetchLike } from '../api/client';
import { devHeaders } from '../auth/AuthProvider';
import { ApiError, readProblem } from '../api/problem';
import type { DeclarationResponse } from '../api/types';
import type { StandInAddress } from './mailbox';

// The stand-in page's client for the API's Development-only Sandbox control routes (and the one
// API list it needs). It signs in the same way as the pane: X-Dev-User, the "Signed in as" field.

export type CannedReply = 'confirmed' | 'conditional' | 'declined' | 'thumbs_up' | 'out_of_office';

export interface ProspectReplyRequest {
  declarationId: string;
  canned?: CannedReply;
  text?: string;
  html?: string;
  mime?: string;
  /** Another address at the prospect (a colleague of the lead engineer). */
  from?: string;
  newThread?: boolean;
}

export interface ProspectReplyResult {
  id: string;
  mailbox: string;
  internetMessageId: string | null;
  conversationId: string;
  subject: string;
  from: string;
}

export interface OutlookSendRequest {
  subject: string;
  html: string;
  to: { name: string; email: string }[];
  cc: { name: string; email: string }[];
  /** The add-in's custom properties as Outlook stores them: one JSON object, as a string. */
  addinCustomProperties?: string;
  /** The draft the compose window was saved as (REST id): Send sends that draft, keeping its id. */
  draftId?: string;
}

/** A message as the Sandbox lists it. */
export interface SandboxMessageSummary {
  id: string;
  folder: string;
  subject: string;
  to: { name: string; email: string }[];
  cc: { name: string; email: string }[];
  isDraft: boolean;
  bodyPreview: string;
}

export interface OutlookSendResult {
  id: string;
  internetMessageId: string | null;
  conversationId: string;
}

export interface SandboxClient {
  sendFromOutlook(message: OutlookSendRequest): Promise<OutlookSendResult>;
  /** Saves the compose window as a draft in the mailbox (Outlook's Save); resolves with the draft's REST id. */
  saveFromOutlook(message: OutlookSendRequest): Promise<{ id: string }>;
  listMessages(folder: string): Promise<SandboxMessageSummary[]>;
  prospectReply(request: ProspectReplyRequest): Promise<ProspectReplyResult>;
  listDeclarations(signal?: AbortSignal): Promise<DeclarationResponse[]>;
}

export function createSandboxClient(options: { user: () => string; name?: () => string; fetch?: FetchLike; baseUrl?: string }): SandboxClient {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function send<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...devHeaders(options.user(), options.name?.()) };
    const init: RequestInit = { method, headers };
    if (signal) init.signal = signal;
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await doFetch(`${baseUrl}${path}`, init);
    if (!response.ok) throw new ApiError(response.status, await readProblem(response));
    return (await response.json()) as T;
  }

  return {
    sendFromOutlook: (message) => send<OutlookSendResult>('POST', '/sandbox/outlook/send', message),
    saveFromOutlook: (message) => send<{ id: string }>('POST', '/sandbox/outlook/save', message),
    listMessages: (folder) =>
      send<SandboxMessageSummary[]>('GET', `/sandbox/mailboxes/${encodeURIComponent(options.user())}/messages?folder=${encodeURIComponent(folder)}`),
    prospectReply: (request) => send<ProspectReplyResult>('POST', '/sandbox/prospect/replies', request),
    listDeclarations: (signal) => send<DeclarationResponse[]>('GET', '/api/declarations', undefined, signal),
  };
}

/** What a compose window holds when Send is clicked. */
export interface ComposedMessage {
  getSubject(): string;
  getRecipients(field: 'to' | 'cc'): StandInAddress[];
  getBody(): string;
  getCustomProperties(): Record<string, string>;
  /** The draft this message was saved as (REST id), if it was. */
  savedDraftId?(): string | null;
}

const toPeople = (list: StandInAddress[]) => list.map((r) => ({ name: r.displayName, email: r.emailAddress }));

/**
 * Sends the compose window's message the way Outlook would: subject, recipients, HTML body, and the
 * add-in's custom properties serialised as the JSON object string Outlook keeps on the item.
 */
export async function sendComposed(message: ComposedMessage, client: SandboxClient): Promise<OutlookSendResult> {
  const to = message.getRecipients('to');
  const cc = message.getRecipients('cc');
  if (to.length === 0 && cc.length === 0) {
    throw new Error('This message must have at least one recipient.');
  }
  return client.sendFromOutlook(composedRequest(message));
}

/** The compose window as Outlook writes it to the mailbox: on Save, on Send, and on close. */
export function composedRequest(message: ComposedMessage): OutlookSendRequest {
  const properties = message.getCustomProperties();
  const request: OutlookSendRequest = {
    subject: message.getSubject(),
    html: message.getBody(),
    to: toPeople(message.getRecipients('to')),
    cc: toPeople(message.getRecipients('cc')),
  };
  if (Object.keys(properties).length > 0) request.addinCustomProperties = JSON.stringify(properties);
  const draftId = message.savedDraftId?.() ?? null;
  if (draftId) request.draftId = draftId;
  return request;
}
