import type { EvidenceLinkDto, FollowUpKind, ReplyDto } from '../../api/types';
import { verdictLabel } from '../tracking/declarationState';

const KINDS: Record<string, string> = {
  declaration_drafted: 'Declaration drafted',
  declaration_sent: 'Declaration sent',
  sent_copy_found: 'Sent copy found',
  reply_received: 'Reply received',
  verdict: 'Verdict',
  verdict_overridden: 'Verdict overridden',
  forwarded: 'Forwarded',
  follow_up_drafted: 'Follow-up',
};

/** The audit log's event, in words. */
export const evidenceKindLabel = (kind: string): string => KINDS[kind] ?? kind.replace(/_/g, ' ');

/** A hash short enough for a 340 px pane, still recognisable: the first and last eight characters. */
export const shortHash = (sha: string): string => (sha.length > 16 ? `${sha.slice(0, 8)}…${sha.slice(-8)}` : sha);

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

const emails = (value: unknown): string | null => {
  if (!Array.isArray(value)) return text(value);
  const list = value
    .map((v: unknown) => (v && typeof v === 'object' ? text((v as { email?: unknown }).email) : text(v)))
    .filter((v): v is string => v !== null);
  return list.length > 0 ? list.join(', ') : null;
};

/** One line on what the event recorded, from its payload; null when there is nothing worth saying. */
export function evidenceSummary(link: EvidenceLinkDto): string | null {
  const p = link.payload ?? {};
  switch (link.kind) {
    case 'verdict': {
      const v = text(p['verdict']);
      return v ? verdictLabel(v) : null;
    }
    case 'verdict_overridden': {
      const to = text(p['to']);
      const reason = text(p['reason']);
      return to ? `To ${verdictLabel(to)}${reason ? `: “${reason}”` : ''}` : null;
    }
    case 'forwarded': {
      const to = emails(p['to']);
      return to ? `To ${to}` : null;
    }
    case 'follow_up_drafted': {
      const kind = text(p['kind']);
      const sent = p['sent'] === true;
      return kind ? `${followUpKindLabel(kind as FollowUpKind)}, ${sent ? 'sent' : 'drafted'}` : null;
    }
    case 'reply_received': {
      const from = text(p['from']) ?? text(p['fromEmail']);
      return from ? `From ${from}` : null;
    }
    default:
      return null;
  }
}

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

/**
 * The criteria a reconfirm follow-up is about: those the conditional reply read as conditional
 * (the API drafts the request for the blocked criteria now proven, and does not name them apart).
 */
export function reconfirmCriteria(reply: ReplyDto | null): string[] {
  return (reply?.criteria ?? []).filter((c) => c.reading === 'conditional').map((c) => c.title);
}
