import type { FollowUpKind, MatchedBy, ReplyVerdict } from '../api/types';

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

const READINGS: Record<string, string> = {
  confirmed: 'Confirmed',
  conditional: 'Conditional',
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
