import type { PersonDto } from '../../api/types';

/** "Priya Shah <priya@contoso.example>; jordan@fabrikam.example", as the To and Cc boxes show people. */
export function formatPeople(people: readonly PersonDto[]): string {
  return people.map((p) => (p.name && p.name !== p.email ? `${p.name} <${p.email}>` : p.email)).join('; ');
}

/** Names only ("Priya Shah, Jordan Lee"), for a narrow pane; the address stands in for a missing name. */
export function namesOf(people: readonly PersonDto[]): string {
  return people.map((p) => p.name || p.email).join(', ');
}

export type ParsedPeople = { ok: true; people: PersonDto[] } | { ok: false; error: string };

const EMAIL = /^[^\s@<>;,"]+@[^\s@<>;,"]+\.[^\s@<>;,"]+$/;

/**
 * Reads a To or Cc box: addresses separated by ";" or ",", each "Name <email>" or a bare email.
 * Says which entry is wrong rather than dropping it: a forward to the VP must go where the SE meant.
 */
export function parsePeople(text: string): ParsedPeople {
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

  const people: PersonDto[] = [];
  for (const part of parts.map((p) => p.trim()).filter((p) => p.length > 0)) {
    const match = /^(.*?)\s*<([^<>]*)>$/.exec(part);
    const email = (match ? (match[2] ?? '') : part).trim();
    const name = match ? (match[1] ?? '').trim().replace(/^"|"$/g, '') : '';
    if (!EMAIL.test(email)) {
      return { ok: false, error: `“${part}” is not an email address. Write Name <name@example.com>, separated by semicolons.` };
    }
    people.push({ name: name || email, email });
  }
  return { ok: true, people };
}
