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
}
