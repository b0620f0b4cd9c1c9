import type { PersonDto } from '../../api/types';
import { splitAddresses } from '../../shared/format';

export type ParsedPeople = { ok: true; people: PersonDto[] } | { ok: false; error: string };

const EMAIL = /^[^\s@<>;,"]+@[^\s@<>;,"]+\.[^\s@<>;,"]+$/;

/**
 * Reads a To or Cc box: addresses separated by ";" or ",", each "Name <email>" or a bare email.
 * Says which entry is wrong rather than dropping it: a forward to the VP must go where the SE meant.
 */
export function parsePeople(text: string): ParsedPeople {
  const people: PersonDto[] = [];
  for (const entry of splitAddresses(text)) {
    if (!EMAIL.test(entry.email)) {
      return { ok: false, error: `“${entry.text}” is not an email address. Write Name <name@example.com>, separated by semicolons.` };
    }
    people.push({ name: entry.name || entry.email, email: entry.email });
  }
  return { ok: true, people };
}
