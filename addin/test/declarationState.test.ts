import { describe, expect, it } from 'vitest';
import type { ReplyDto } from '../src/api/types';
import { formatAge, formatDay } from '../src/shared/format';
import { stateBadge, toneOf } from '../src/features/tracking/declarationState';
import { highlightEvidence } from '../src/features/tracking/highlight';

const reply = (fields: Partial<ReplyDto>): ReplyDto => ({
  id: 'r1',
  verdict: 'auto_reply',
  confidence: 0.9,
  replyText: '',
  evidence: [],
  conditions: [],
  objections: [],
  returnDate: null,
  criteria: [],
  receivedAt: '2026-11-25T09:00:00Z',
  from: 'dana@contoso.example',
  fromName: 'Dana Kim',
  subject: 'RE: Technical Win',
  sha256: 'ab'.repeat(32),
  matchedBy: 'conversation',
  ...fields,
});

describe('state wording', () => {
  it('says how long a declaration has waited', () => {
    expect(formatAge(0)).toBe('under an hour');
    expect(formatAge(0.99)).toBe('under an hour');
    expect(formatAge(1)).toBe('1 hour');
    expect(formatAge(23.9)).toBe('23 hours');
    expect(formatAge(24)).toBe('1 day');
    expect(formatAge(49)).toBe('2 days');
  });

  it('names every state clearly', () => {
    const base = { awaitingHours: null, reply: null, delivery: 'mailbox' as const };
    expect(stateBadge({ ...base, state: 'drafted' }).label).toBe('Drafted');
    // Inserted into a message: after Outlook's Send the card says the sent copy is being looked for.
    expect(stateBadge({ ...base, delivery: 'outlook', state: 'drafted' }).label).toBe('Drafted — looking for the sent copy');
    expect(stateBadge({ ...base, delivery: 'outlook', state: 'drafted', stoppedLooking: true }).label).toBe('Drafted');
    expect(stateBadge({ ...base, state: 'sent', awaitingHours: 50 }).label).toBe('Sent — awaiting reply (2 days)');
    expect(stateBadge({ ...base, state: 'sent', awaitingHours: 0.2 }).label).toBe('Sent — awaiting reply (under an hour)');
    expect(stateBadge({ ...base, state: 'confirmed' }).label).toBe('Confirmed');
    expect(stateBadge({ ...base, state: 'conditional' }).label).toBe('Conditional');
    expect(stateBadge({ ...base, state: 'declined' }).label).toBe('Declined');
    expect(stateBadge({ ...base, state: 'ambiguous' }).label).toBe('Ambiguous — needs follow-up');
    expect(stateBadge({ ...base, state: 'auto_reply', reply: reply({ returnDate: '2026-12-03' }) }).label).toBe('Auto-reply (back on Thu 3 Dec)');
    expect(stateBadge({ ...base, state: 'auto_reply', reply: reply({}) }).label).toBe('Auto-reply');
    expect(stateBadge({ ...base, state: 'auto_reply', reply: reply({ automatic: 'out_of_office' }) }).label).toBe('Auto-reply');
  });

  it('says a bounced declaration was not delivered, and what to do', () => {
    const base = { awaitingHours: 2, delivery: 'mailbox' as const, state: 'auto_reply' as const };
    const bounced = stateBadge({ ...base, reply: reply({ automatic: 'delivery_report', subject: 'Undeliverable: Technical Win' }) });
    expect(bounced.label).toBe('Not delivered');
    expect(bounced.color).toBe('danger');
    expect(bounced.hint).toMatch(/check the recipient’s address, then send it again/);
    // A read receipt is no bounce.
    expect(stateBadge({ ...base, reply: reply({ automatic: 'read_receipt' }) }).label).toBe('Auto-reply');
  });

  it('takes the zombie clock from the API: the due date while waiting, the stale badge past it', () => {
    const waiting = { state: 'sent' as const, reply: null, delivery: 'mailbox' as const, awaitingHours: 80 };
    // However long the wait, the pane does not call it overdue by itself.
    expect(stateBadge({ ...waiting, replyDue: null })).toEqual({ label: 'Sent — awaiting reply (3 days)', color: 'brand' });
    expect(stateBadge({ ...waiting, replyDue: '2026-11-30' }).hint).toBe('A written answer is due by Mon 30 Nov.');
    const stale = stateBadge({ ...waiting, state: 'stale', replyDue: '2026-11-26' });
    expect(stale.label).toBe('No written answer — due Thu 26 Nov');
    expect(stale.color).toBe('severe');
    expect(stale.hint).toMatch(/Silence is not a Technical Win/);
    const away = stateBadge({ ...waiting, state: 'auto_reply', replyDue: '2026-12-04', reply: reply({ returnDate: '2026-12-03' }) });
    expect(away.hint).toBe('Out of office: the clock is paused until they are back; an answer is due by Fri 4 Dec.');
  });

  it('says when the verdict was set by hand', () => {
    const base = { awaitingHours: null, reply: reply({ verdict: 'ambiguous' }), delivery: 'mailbox' as const };
    const badge = stateBadge({ ...base, state: 'confirmed', override: { verdict: 'confirmed', reason: 'Confirmed on the call.', by: 'se@fabrikam.example', at: '2026-11-26T10:00:00Z' } });
    expect(badge.label).toBe('Confirmed · set by hand');
    expect(badge.color).toBe('success');
  });

  it('reads a return date as a calendar day, whatever the time zone', () => {
    expect(formatDay('2026-01-01')).toBe('Thu 1 Jan');
    expect(formatDay('not a date')).toBe('not a date');
  });

  it('colours a sentence by its most telling signal', () => {
    expect(toneOf(['proceed', 'condition', 'refusal'])).toBe('condition');
    expect(toneOf(['confirmation', 'not_yet'])).toBe('negative');
    expect(toneOf(['short_yes'])).toBe('positive');
    expect(toneOf(['emoji_only'])).toBe('neutral');
  });
});

describe('evidence highlighting', () => {
  it('finds sentences whose line breaks the reader folded into spaces, and merges a sentence’s signals', () => {
    const text = 'Hi Sam,\nThe MTTR criteria are confirmed. We can’t sign until the patch is validated.\n\nDana';
    const { segments, unplaced } = highlightEvidence(text, [
      { text: 'Hi Sam, The MTTR criteria are confirmed.', signal: 'confirmation' },
      { text: 'We can’t sign until the patch is validated.', signal: 'condition' },
      { text: 'We can’t sign until the patch is validated.', signal: 'not_yet' },
    ]);
    expect(unplaced).toEqual([]);
    expect(segments).toEqual([
      { text: 'Hi Sam,\nThe MTTR criteria are confirmed.', signals: ['confirmation'] },
      { text: ' ' },
      { text: 'We can’t sign until the patch is validated.', signals: ['condition', 'not_yet'] },
      { text: '\n\nDana' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('keeps evidence it cannot place, escapes regex characters, and merges overlaps', () => {
    const text = 'Is 43% (really) right? Yes.';
    const { segments, unplaced } = highlightEvidence(text, [
      { text: 'Is 43% (really) right?', signal: 'question' },
      { text: '(really) right? Yes.', signal: 'short_yes' },
      { text: 'Never written.', signal: 'refusal' },
    ]);
    expect(segments).toEqual([{ text, signals: ['question', 'short_yes'] }]);
    expect(unplaced).toEqual([{ text: 'Never written.', signal: 'refusal' }]);
  });

  it('highlights an emoji-only reply', () => {
    expect(highlightEvidence('👍', [{ text: '👍', signal: 'emoji_only' }]).segments).toEqual([{ text: '👍', signals: ['emoji_only'] }]);
  });
});
