import type { EvidenceLinkDto, FollowUpKind } from '../../api/types';
import { followUpKindLabel, verdictLabel } from '../../shared/labels';

const KINDS: Record<string, string> = {
  declaration_drafted: 'Declaration drafted',
  declaration_sent: 'Declaration sent',
  sent_copy_found: 'Sent copy found',
  reply_received: 'Reply received',
  verdict: 'Verdict',
  verdict_overridden: 'Verdict overridden',
  forwarded: 'Forwarded',
  follow_up_drafted: 'Follow-up',
  declaration_superseded: 'Superseded by a new declaration',
};

/** The audit log's event, in words. */
export const evidenceKindLabel = (kind: string): string => KINDS[kind] ?? kind.replace(/_/g, ' ');

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
    case 'declaration_superseded': {
      const reason = text(p['reason']);
      return reason ? `“${reason}”` : null;
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
