import type { components } from './schema';

// Wire types of the OutlookWin API (JSON camelCase, dates as "YYYY-MM-DD"), built on schema.d.ts, which
// `npm run api:types` generates from the API's OpenAPI document (openapi.json).
//
// The document marks every property optional and every string or reference nullable (it is not told
// which C# members are always sent), and has plain strings where the pane knows the values. What it
// cannot say is written here, and only that:
// - Present<…>: the schema's object with every property sent and not null (today's shapes exactly);
// - the interfaces: shapes that nest other wire types, say which fields may be null or missing, or
//   narrow a string (a criterion's status, a request's verdict). Their property names and scalar types
//   are checked against the schema at the end of this file, so a field added, renamed or dropped in
//   the C# contracts fails `npm run typecheck`;
// - CriterionStatus, MetricDirection and EvidenceKind: plain strings in the document;
// - ProblemDetails: the document knows RFC 9457's fields, not the extensions the API adds.

type Schemas = components['schemas'];

/** A schema object as the API sends it: every property present and not null. */
type Present<T> = { [K in keyof T]-?: NonNullable<T[K]> };

export type CriterionStatus = 'pending' | 'proven' | 'not_proven' | 'blocked';
export type MetricDirection = 'higher_is_better' | 'lower_is_better';
export type DeclarationVariant = Schemas['DeclarationVariant'];

/** Units the pane offers; the API also takes any other short unit label. */
export const KNOWN_UNITS = ['percent', 'seconds', 'minutes', 'hours', 'days', 'milliseconds', 'count', 'boolean'] as const;

export type PersonDto = Present<Schemas['RecipientDto']>;

/** A person on a plan: the API's PersonDto carries a title, which only the economic buyer uses. */
export type TitledPersonDto = Present<Schemas['PersonDto']>;

export type BlockerDto = Present<Schemas['BlockerDto']>;

export interface CriterionDto {
  title: string;
  metric: string;
  unit: string;
  direction?: MetricDirection;
  target: number | boolean;
  measured: number | boolean | null;
  status: CriterionStatus;
  mandatory: boolean;
  blocker?: BlockerDto | null;
}

export interface PlanRequest {
  prospect: string;
  dealName: string;
  povStart: string;
  povEnd: string;
  readoutDate?: string | null;
  accountExecutive: PersonDto;
  leadEngineer: PersonDto;
  economicBuyer: TitledPersonDto;
  salesEngineer?: PersonDto | null;
  criteria: CriterionDto[];
  version?: number;
}

export type PlanWarningDto = Present<Schemas['WarningDto']>;

export interface AssessmentDto {
  variant: DeclarationVariant | null;
  reasons: string[];
}

/** The POV ended and no declaration went out within the agreed business days; `due` is "YYYY-MM-DD". */
export type DeclarationDueDto = Present<Schemas['DeclarationDueDto']>;

export interface PlanResponse extends PlanRequest {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  assessment: AssessmentDto;
  warnings: PlanWarningDto[];
  /** Set when the deal is in the zombie phase: testing is over and nobody declared the win. */
  declarationDue?: DeclarationDueDto | null;
}

export interface DeclarationPreview {
  variant: DeclarationVariant;
  subject: string;
  html: string;
  text: string;
  to: PersonDto[];
  cc: PersonDto[];
  warnings: string[];
}

/** `stale`: sent, and no written answer by `replyDue`. */
export type DeclarationState = Schemas['TrackingStatus'];
export type DeclarationDelivery = Schemas['DeliveryChannel'];
export type ReplyVerdict = Schemas['ReplyVerdict'];
export type CriterionReading = Schemas['CriterionReadingKind'];
export type MatchedBy = Schemas['MatchSignal'];
export type SenderRole = Schemas['SenderRole'];
export type SenderAuthentication = Schemas['SenderAuthentication'];
export type AutomaticKind = Schemas['AutomaticKind'];

/** A sentence of the reply and the signal the reader took from it. */
export interface EvidenceDto {
  text: string;
  signal: string;
}

export type CriterionReadingDto = Present<Schemas['CriterionReadingDto']>;

/** A stored reply: the prospect's words as received, how they read, and the evidence hash. */
export interface ReplyDto {
  id: string;
  verdict: ReplyVerdict;
  confidence: number;
  replyText: string;
  evidence: EvidenceDto[];
  conditions: string[];
  objections: string[];
  returnDate: string | null;
  criteria: CriterionReadingDto[];
  receivedAt: string;
  from: string;
  fromName: string | null;
  subject: string;
  sha256: string;
  matchedBy: MatchedBy | string;
  /** Why the reader decided as it did, when the API says. */
  explanation?: string | null;
  /** Set when the message could not be read: kept as evidence, never a confirmation. */
  readError?: string | null;
  /** Who the sender is to the plan. */
  senderRole?: SenderRole;
  /** What the receiving server concluded about the sender; `fail` is never counted as a confirmation. */
  authentication?: SenderAuthentication;
  /** The checks in short: "spf=pass dkim=pass dmarc=pass compauth=pass". */
  authenticationResults?: string | null;
  /** For an automatic reply, which kind: `delivery_report` means the declaration was not delivered. */
  automatic?: AutomaticKind | null;
}

/** A link to a declaration's evidence pack that needs no sign-in while it lasts (a few minutes). */
export interface EvidencePackLink {
  url: string;
  expiresAt: string;
}

/** A declaration and where it stands. The list leaves out `html` and `text`. */
export interface DeclarationResponse {
  id: string;
  planId: string;
  state: DeclarationState;
  variant: DeclarationVariant;
  delivery: DeclarationDelivery;
  subject: string;
  prospect: string;
  dealName: string;
  to: PersonDto[];
  cc: PersonDto[];
  createdAt: string;
  sentAt: string | null;
  /** Hours since it was sent while nobody has answered; null otherwise. */
  awaitingHours: number | null;
  draftWebLink: string | null;
  internetMessageId: string | null;
  conversationId: string | null;
  /** The reply that decided the state. */
  reply: ReplyDto | null;
  /** Every matched reply, oldest first. */
  replies: ReplyDto[];
  html?: string | null;
  text?: string | null;
  version: number;
  /** The SE's own verdict, when they overrode the reading; `state` is then the override and the replies keep theirs. */
  override?: OverrideDto | null;
  /** "YYYY-MM-DD": when a written answer is due (an out-of-office return date pauses it); past it the state is `stale`. */
  replyDue?: string | null;
  /** Which follow-up to offer, if any. */
  followUp?: FollowUpKind | null;
  /** Who confirmed, when not the lead engineer: acknowledge them (or override) before forwarding. */
  senderToAcknowledge?: string | null;
  /** No sent copy was found within the lookup window after drafting: the service stopped looking. */
  stoppedLooking?: boolean;
  /** The mailbox draft's Graph id, to open it in Outlook's own window; null for an Outlook delivery. */
  draftMessageId?: string | null;
  /** A newer declaration of the plan replaced this one (`state` is then `superseded`): which, when and why. */
  superseded?: SupersededDto | null;
}

/** A declaration replaced by a newer one of the same plan, and why. */
export type SupersededDto = Present<Schemas['SupersededDto']>;

/** Replace the plan's live declaration with the new one, for this reason (kept in the old one's evidence chain). */
export interface SupersedeRequest {
  reason: string;
}

/** Whether the signed-in user's mailbox is watched for replies. */
export interface TrackingStatus {
  watching: boolean;
  /** False when replies are found by the periodic delta query only. */
  liveNotifications: boolean;
  subscriptionExpiresAt?: string | null;
  lastSyncAt?: string | null;
  /** What the user can act on: sign in again, or why live notifications are off. */
  problem?: string | null;
}

/** What an `event: declaration` of GET /api/declarations/events carries: which declaration was saved, at which version. */
export type DeclarationChange = Present<Schemas['DeclarationChange']>;

/** A verdict set by hand, with the reason. */
export type OverrideDto = Present<Schemas['OverrideDto']>;

export interface OverrideRequest {
  verdict: ReplyVerdict;
  reason: string;
}

/** A forward already made to the economic buyer. */
export interface ForwardRecordDto {
  at: string;
  by: string;
  to: PersonDto[];
  cc: PersonDto[];
  note: string;
}

/** What forwarding would send, or why it cannot go yet; and the forwards already made. */
export interface ForwardPreview {
  canForward: boolean;
  /** Why not, when it cannot (e.g. a thumbs-up needs an override first). */
  reason: string | null;
  replyId: string | null;
  to: PersonDto[];
  cc: PersonDto[];
  noteText: string | null;
  noteHtml: string | null;
  forwards: ForwardRecordDto[];
}

/** The forward as the SE confirmed it; anything left out defaults to the preview. */
export interface ForwardRequest {
  to?: PersonDto[];
  cc?: PersonDto[];
  /** Plain text: the SE's edited cover note. */
  note?: string;
  /** Forward a second time (the API refuses with 409 otherwise). */
  again?: boolean;
}

export type EvidenceKind =
  | 'declaration_drafted'
  | 'declaration_sent'
  | 'sent_copy_found'
  | 'reply_received'
  | 'verdict'
  | 'verdict_overridden'
  | 'forwarded'
  | 'follow_up_drafted'
  | 'declaration_superseded';

/** One link of the declaration's evidence chain (its audit log). */
export interface EvidenceLinkDto {
  sequence: number;
  kind: EvidenceKind | string;
  at: string;
  actor: string;
  payload: Record<string, unknown> | null;
  previousHash: string;
  hash: string;
}

export type EvidenceProblemDto = Present<Schemas['EvidenceProblemDto']>;

/** Whether the chain and every stored message still hold. */
export interface EvidenceVerification {
  valid: boolean;
  checkedAt: string;
  links: number;
  messages: number;
  problems: EvidenceProblemDto[];
  /** SHA-256 of the chain's last link, as the declaration (sealed) records it. */
  head?: string | null;
}

/** A downloaded file: the evidence pack. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

export type FollowUpKind = Schemas['FollowUpKind'];

/** The drafted follow-up a declaration needs now. */
export interface FollowUpDraft {
  kind: FollowUpKind;
  subject: string;
  html: string;
  text: string;
  to: PersonDto;
  cc: PersonDto[];
  /** For a reconfirm follow-up: the criteria it asks to confirm. */
  criteria?: string[];
}

/** The follow-up once it is in the mailbox. */
export interface FollowUpResult {
  kind: FollowUpKind;
  draftId: string;
  draftWebLink: string | null;
  sent: boolean;
}

/** RFC 9457 problem details, with the extensions our API adds. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** Validation errors keyed by field path, e.g. `criteria[2].blocker.fixDue`. */
  errors?: Record<string, string[]>;
  /** Why no declaration applies (422 from the preview). */
  reasons?: string[];
  /** When the mailbox is busy (429/503): how long to wait before trying again. */
  retryAfterSeconds?: number;
  /** A 409 from forwarding: when this confirmation was already forwarded. */
  forwardedAt?: string;
  /** A 409 from creating a declaration: the plan's live declaration. */
  liveDeclarationId?: string;
  /** A 401 from a mailbox call: true when Graph's consent is missing, false when a fresh sign-in is needed. */
  consentRequired?: boolean;
  /** The Graph scopes to ask for interactively (with the 401's WWW-Authenticate challenge). */
  scopes?: string[];
  /** Claims Entra ID demands of the sign-in, to pass on to the interactive request. */
  claims?: string | null;
  /** Where a tenant administrator grants consent for everyone. */
  adminConsentUrl?: string | null;
}

// The hand-written shapes against the schema. `Drift` names the properties that differ: missing on
// one side, or with scalar types that cannot meet (objects and arrays are checked under their own
// names). `NoDrift` accepts only never, so a drift fails the typecheck and names the property.

type Meets<Hand, Wire> = [NonNullable<Hand>] extends [object]
  ? true
  : [NonNullable<Hand>] extends [NonNullable<Wire>]
    ? true
    : [NonNullable<Wire>] extends [NonNullable<Hand>]
      ? true
      : false;

type Drift<Hand, Wire> =
  | Exclude<keyof Hand, keyof Wire>
  | Exclude<keyof Wire, keyof Hand>
  | { [K in keyof Hand & keyof Wire]: Meets<Hand[K], Wire[K]> extends true ? never : K }[keyof Hand & keyof Wire];

type NoDrift<T extends never> = T;

export type WireAgreement = [
  NoDrift<Drift<CriterionDto, Schemas['CriterionDto']>>,
  NoDrift<Drift<PlanRequest, Schemas['PlanRequest']>>,
  NoDrift<Drift<AssessmentDto, Schemas['AssessmentDto']>>,
  NoDrift<Drift<PlanResponse, Schemas['PlanResponse']>>,
  NoDrift<Drift<DeclarationPreview, Schemas['DeclarationPreview']>>,
  NoDrift<Drift<EvidenceDto, Schemas['EvidenceDto']>>,
  NoDrift<Drift<ReplyDto, Schemas['ReplyDto']>>,
  NoDrift<Drift<TrackingStatus, Schemas['TrackingStatusDto']>>,
  NoDrift<Drift<DeclarationResponse, Schemas['DeclarationResponse']>>,
  NoDrift<Drift<EvidencePackLink, Schemas['EvidencePackLink']>>,
  NoDrift<Drift<OverrideRequest, Schemas['OverrideRequest']>>,
  NoDrift<Drift<ForwardRecordDto, Schemas['ForwardRecordDto']>>,
  NoDrift<Drift<ForwardPreview, Schemas['ForwardPreview']>>,
  NoDrift<Drift<ForwardRequest, Schemas['ForwardRequestDto']>>,
  NoDrift<Drift<EvidenceLinkDto, Schemas['EvidenceLinkDto']>>,
  NoDrift<Drift<EvidenceVerification, Schemas['EvidenceVerification']>>,
  NoDrift<Drift<FollowUpDraft, Schemas['FollowUpDto']>>,
  NoDrift<Drift<FollowUpResult, Schemas['FollowUpResult']>>,
];
