import type { InsertPlan, MailRecipient } from '../../office/OutlookHost';

/** "Ana", "Ana and Ben", "Ana, Ben and Cy": people by name (or address when they have none). */
function people(list: readonly MailRecipient[]): string {
  const names = list.map((p) => p.name.trim() || p.email);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "a, b, and c" as a sentence lists steps. */
function steps(parts: string[]): string {
  if (parts.length <= 2) return parts.join(' and ');
  return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
}

/**
 * What inserting will change, in words, before it changes: "Will set the subject, add Ana Kim to To, and put the
 * declaration above the quoted thread."
 */
export function describeInsert(plan: InsertPlan): string {
  const parts: string[] = [];
  if (plan.subject !== null) {
    parts.push(plan.replacesSubject ? `replace the subject “${plan.replacesSubject}”` : 'set the subject');
  }
  const added: string[] = [];
  if (plan.addTo.length > 0) added.push(`${people(plan.addTo)} to To`);
  if (plan.addCc.length > 0) added.push(`${people(plan.addCc)} to Cc`);
  if (added.length > 0) parts.push(`add ${added.join(' and ')}`);
  parts.push(
    plan.body === 'set'
      ? 'put the declaration in the body'
      : plan.aboveThread
        ? 'put the declaration above the quoted thread'
        : 'put the declaration above what you wrote',
  );
  let sentence = `Will ${steps(parts)}`;
  if (plan.bodyType === 'text') sentence += ', as plain text (this message is written in plain text)';
  sentence += '.';

  const kept: string[] = [];
  if (plan.subject === null) kept.push('the subject');
  if (plan.aboveThread) kept.push('the thread');
  if (plan.composeKind === 'reply' || plan.composeKind === 'forward' || plan.addTo.length + plan.addCc.length > 0) kept.push('everyone already on it');
  if (kept.length > 0) sentence += ` Keeps ${steps(kept)}.`;
  return sentence;
}
