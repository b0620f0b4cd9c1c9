import type { FollowUpKind, MatchedBy, ReplyDto, ReplyVerdict, SenderRole } from '../api/types';

// The API's vocabulary in the pane's words. Shared because several features show the same values
// (a verdict reads the same in the reply, the override form and the audit log).

const VERDICT_LABELS: Record<ReplyVerdict, string> = {
  confirmed: 'Confirmed',
  conditional: 'Conditional',
  declined: 'Declined',
  ambiguous: 'Ambiguous',
  auto_reply: 'Auto-reply',
};

export const verdictLabel = (verdict: string): string => VERDICT_LABELS[verdict as ReplyVerdict] ?? verdict;

const MATCHED_BY: Record<MatchedBy, string> = {
  conversation: 'Same conversation as the declaration',
  in_reply_to: 'In-Reply-To header names the declaration',
  references: 'References header names the declaration',
  lead_engineer_subject: 'From the lead engineer, with the declaration’s subject',
  colleague_subject: 'From a colleague at the prospect, with the declaration’s subject',
  lead_engineer: 'From the lead engineer, while awaiting a decision',
};

export const matchedByLabel = (matchedBy: string): string => MATCHED_BY[matchedBy as MatchedBy] ?? matchedBy.replace(/_/g, ' ');

const SENDER_ROLES: Record<SenderRole, string> = {
  lead_engineer: 'Lead engineer',
  plan_contact: 'Named in the plan, not the lead engineer',
  colleague: 'A colleague of the lead engineer, not named in the plan',
  unknown: 'Someone outside the prospect’s domain',
};

/** Who sent a reply, and whether the receiving server believed them: "Lead engineer · passed spf, dkim, dmarc". */
export function senderLabel(reply: Pick<ReplyDto, 'senderRole' | 'authentication' | 'authenticationResults'>): string {
  const role = reply.senderRole ? SENDER_ROLES[reply.senderRole] : SENDER_ROLES.lead_engineer;
  switch (reply.authentication) {
    case 'fail':
      return `${role} · failed authentication (${reply.authenticationResults ?? 'no details'}): possibly spoofed, not counted`;
    case 'pass':
      return `${role} · authenticated (${reply.authenticationResults ?? 'passed'})`;
    default:
      return `${role} · not authenticated by the receiving server`;
  }
}

// What the reply did with each criterion, as a person would say it.
const READINGS: Record<string, string> = {
  confirmed: 'Confirmed',
  conditional: 'Confirmed on a condition',
  disputed: 'Disputed',
  not_mentioned: 'Not mentioned',
};

export const readingLabel = (reading: string): string => READINGS[reading] ?? reading.replace(/_/g, ' ');

export function followUpKindLabel(kind: FollowUpKind | string): string {
  switch (kind) {
    case 'stale':
      return 'Nudge after no answer';
    case 'ambiguous':
      return 'Ask for written confirmation';
    case 'reconfirm':
      return 'Reconfirm a fixed criterion';
    default:
      return String(kind);
  }
}
