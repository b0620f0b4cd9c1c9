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

export interface PlanResponse extends PlanRequest {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  assessment: AssessmentDto;
  warnings: PlanWarningDto[];
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

export type DeclarationState = 'drafted' | 'sent' | 'auto_reply' | 'confirmed' | 'conditional' | 'declined' | 'ambiguous';
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
}
