import type { PersonDto } from '../api/types';

/** What went wrong, in one sentence: an ApiError's message is the API's own detail or title. */
export const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** "under an hour", "5 hours", "1 day", "2 days". */
export function formatAge(hours: number): string {
  if (!Number.isFinite(hours) || hours < 1) return 'under an hour';
  if (hours < 24) {
    const h = Math.floor(hours);
    return `${h} ${h === 1 ? 'hour' : 'hours'}`;
  }
  const days = Math.floor(hours / 24);
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** A date-only value ("2026-12-03") as "Thu 3 Dec", read as a calendar date (no time zone shift). */
export function formatDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** A timestamp in the reader's own time zone: "26 Nov 2026, 23:13". */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A moment of today, to the second: "14:05:09". */
export const formatClock = (date: Date): string =>
  date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** One address as mail clients write it: "Priya Shah <priya@contoso.example>", or the bare address when it has no other name. */
export const formatAddress = (name: string | null | undefined, email: string): string =>
  name && name !== email ? `${name} <${email}>` : email;

/** "Priya Shah <priya@contoso.example>; jordan@fabrikam.example", as the To and Cc boxes show people. */
export function formatPeople(people: readonly PersonDto[]): string {
  return people.map((p) => formatAddress(p.name, p.email)).join('; ');
}

/** Names only ("Priya Shah, Jordan Lee"), for a narrow pane; the address stands in for a missing name. */
export function namesOf(people: readonly PersonDto[]): string {
  return people.map((p) => p.name || p.email).join(', ');
}

/** One entry of an address box as written, with the name and address read from it (`name` empty when there is none). */
export interface WrittenAddress {
  text: string;
  name: string;
  email: string;
}

/**
 * Splits an address box on ";" and "," (except inside "quoted names" and <addresses>) into its
 * entries, each "Name <email>" or a bare address. Nothing is checked here: an entry that is not
 * an address comes back whole in `email`, for the caller to judge.
 */
export function splitAddresses(text: string): WrittenAddress[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<' && !quoted) angled = true;
    else if (ch === '>' && !quoted) angled = false;
    if ((ch === ';' || ch === ',') && !quoted && !angled) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const match = /^(.*?)\s*<([^<>]+)>$/.exec(part);
      return match
        ? { text: part, name: (match[1] ?? '').trim().replace(/^"|"$/g, ''), email: (match[2] ?? '').trim() }
        : { text: part, name: '', email: part };
    });
}

/** A hash short enough for a 340 px pane, still recognisable: the first and last eight characters. */
export const shortHash = (sha: string): string => (sha.length > 16 ? `${sha.slice(0, 8)}…${sha.slice(-8)}` : sha);

/** The email HTML in a page of its own: a full document as it is, a fragment with a readable default style. */
export function emailDocument(html: string, look: { fontPx: number; marginPx: number } = { fontPx: 13, marginPx: 10 }): string {
  if (/<html[\s>]/i.test(html)) return html;
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:'Segoe UI',system-ui,sans-serif;font-size:${look.fontPx}px;line-height:1.45;color:#242424;margin:${look.marginPx}px}</style></head><body>${html}</body></html>`;
}
