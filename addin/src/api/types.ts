// Wire types of the OutlookWin API (JSON camelCase, dates as "YYYY-MM-DD").

export type CriterionStatus = 'pending' | 'proven' | 'not_proven' | 'blocked';
export type MetricDirection = 'higher_is_better' | 'lower_is_better';
export type DeclarationVariant = 'full' | 'conditional';

/** Units the pane offers; the API also takes any other short unit label. */
export const KNOWN_UNITS = ['percent', 'seconds', 'minutes', 'hours', 'days', 'milliseconds', 'count', 'boolean'] as const;

export interface PersonDto {
  name: string;
  email: string;
}

export interface TitledPersonDto extends PersonDto {
  title: string;
}

export interface BlockerDto {
  description: string;
  fixDue: string;
}

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

export interface PlanWarningDto {
  field: string;
  message: string;
}

export interface AssessmentDto {
  variant: DeclarationVariant | null;
  reasons: string[];
}

/** The POV ended and no declaration went out within the agreed business days. */
export interface DeclarationDueDto {
  /** "YYYY-MM-DD": when the declaration was due. */
  due: string;
  businessDaysLate: number;
  message: string;
}

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
export type DeclarationState = 'drafted' | 'sent' | 'stale' | 'auto_reply' | 'confirmed' | 'conditional' | 'declined' | 'ambiguous';
export type DeclarationDelivery = 'mailbox' | 'outlook';
export type ReplyVerdict = 'confirmed' | 'conditional' | 'declined' | 'ambiguous' | 'auto_reply';
export type CriterionReading = 'confirmed' | 'conditional' | 'disputed' | 'not_mentioned';
export type MatchedBy =
  | 'conversation'
  | 'in_reply_to'
  | 'references'
  | 'lead_engineer_subject'
  | 'colleague_subject'
  | 'lead_engineer';

/** A sentence of the reply and the signal the reader took from it. */
export interface EvidenceDto {
  text: string;
  signal: string;
}

export interface CriterionReadingDto {
  index: number;
  title: string;
  reading: CriterionReading;
  evidence: string[];
}

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
}

/** A verdict set by hand, with the reason. */
export interface OverrideDto {
  verdict: ReplyVerdict;
  reason: string;
  by: string;
  at: string;
}

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
  | 'follow_up_drafted';

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

export interface EvidenceProblemDto {
  where: string;
  problem: string;
}

/** Whether the chain and every stored message still hold. */
export interface EvidenceVerification {
  valid: boolean;
  checkedAt: string;
  links: number;
  messages: number;
  problems: EvidenceProblemDto[];
}

/** A downloaded file: the evidence pack. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

export type FollowUpKind = 'stale' | 'ambiguous' | 'reconfirm';

/** The drafted follow-up a declaration needs now. */
export interface FollowUpDraft {
  kind: FollowUpKind;
  subject: string;
  html: string;
  text: string;
  to: PersonDto;
  cc: PersonDto[];
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
}
