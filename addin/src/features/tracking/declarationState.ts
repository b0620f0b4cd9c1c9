import type { DeclarationResponse, DeclarationState } from '../../api/types';
import { formatAge, formatDay } from '../../shared/format';

/** Fluent badge colours the tracking view uses; wording carries the meaning, colour only repeats it. */
export type BadgeColor = 'brand' | 'danger' | 'important' | 'informative' | 'severe' | 'subtle' | 'success' | 'warning';

export interface StateBadge {
  label: string;
  color: BadgeColor;
  /** One sentence on what to do next, where there is something to do. */
  hint?: string;
}

/** What the badge needs to know about a declaration. */
export type BadgeInput = Pick<DeclarationResponse, 'state' | 'awaitingHours' | 'reply' | 'delivery'> &
  Partial<Pick<DeclarationResponse, 'replyDue' | 'override' | 'stoppedLooking'>>;

/**
 * The wording and colour of a declaration's state, as the list and the detail show it. The API's
 * zombie clock decides when an answer is overdue (`replyDue`, state `stale`): the pane never guesses.
 */
export function stateBadge(declaration: BadgeInput): StateBadge {
  const badge = readBadge(declaration);
  // An override is the SE's verdict, not the reader's: the badge says so.
  return declaration.override ? { ...badge, label: `${badge.label} · set by hand`, hint: undefined } : badge;
}

function readBadge(declaration: BadgeInput): StateBadge {
  const state: DeclarationState = declaration.state;
  const due = declaration.replyDue ? formatDay(declaration.replyDue) : null;
  switch (state) {
    case 'drafted':
      // Inserted into an Outlook message: the service looks for the sent copy in Sent Items by itself, and the
      // card says so rather than a bare "Drafted" while a message just sent is being found.
      return declaration.delivery === 'outlook' && !declaration.stoppedLooking
        ? {
            label: 'Drafted — looking for the sent copy',
            color: 'informative',
            hint: 'Once you send the message from Outlook, this turns to Sent by itself, usually within a minute.',
          }
        : {
            label: 'Drafted',
            color: 'informative',
            hint: declaration.delivery === 'outlook' ? 'Not found in Sent Items.' : 'In your Drafts: not sent yet.',
          };
    case 'sent': {
      const hours = declaration.awaitingHours;
      const label = hours === null || hours === undefined ? 'Sent — awaiting reply' : `Sent — awaiting reply (${formatAge(hours)})`;
      return due ? { label, color: 'brand', hint: `A written answer is due by ${due}.` } : { label, color: 'brand' };
    }
    case 'stale':
      return {
        label: due ? `No written answer — due ${due}` : 'No written answer',
        color: 'severe',
        hint: 'Silence is not a Technical Win: follow up and ask for a one-line written confirmation.',
      };
    case 'auto_reply': {
      if (declaration.reply?.automatic === 'delivery_report') {
        // A bounce: nobody will answer a declaration that never arrived.
        return {
          label: 'Not delivered',
          color: 'danger',
          hint: 'A mail server returned the declaration as undeliverable: check the recipient’s address, then send it again.',
        };
      }
      const back = declaration.reply?.returnDate;
      return {
        label: back ? `Auto-reply (back on ${formatDay(back)})` : 'Auto-reply',
        color: 'informative',
        hint: back
          ? `Out of office: the clock is paused until they are back${due ? `; an answer is due by ${due}` : ''}.`
          : 'An automatic reply: nobody has answered yet.',
      };
    }
    case 'confirmed':
      return { label: 'Confirmed', color: 'success' };
    case 'conditional':
      return { label: 'Conditional', color: 'warning', hint: 'Technical win with conditions: see them quoted below.' };
    case 'declined':
      return { label: 'Declined', color: 'danger' };
    case 'ambiguous':
      return {
        label: 'Ambiguous — needs follow-up',
        color: 'important',
        hint: 'Not a written confirmation: ask for a one-line reply that confirms the evaluation succeeded.',
      };
    case 'superseded':
      return { label: 'Superseded', color: 'subtle', hint: 'A newer declaration of this plan replaced it: it is no longer tracked.' };
    default:
      return { label: String(state), color: 'subtle' };
  }
}

const SIGNAL_LABELS: Record<string, string> = {
  confirmation: 'Confirmation',
  short_yes: 'Short yes',
  proceed: 'Go-ahead',
  no_objection: 'No objection',
  condition: 'Condition',
  negated_confirmation: 'Negated confirmation',
  refusal: 'Refusal',
  not_yet: 'Not yet',
  dispute: 'Disputes a result',
  hedge: 'Hedge',
  soft_positive: 'Soft positive (not a confirmation)',
  thanks: 'Thanks only',
  question: 'Question',
  delegation: 'Delegation',
  deferred: 'Deferred',
  request: 'Request',
  auto_reply_header: 'Auto-reply header',
  auto_reply_subject: 'Auto-reply subject',
  out_of_office: 'Out of office',
  reaction: 'Reaction',
  emoji_only: 'Emoji only',
  empty: 'Empty reply',
};

export const signalLabel = (signal: string): string => SIGNAL_LABELS[signal] ?? signal.replace(/_/g, ' ');

/** How strongly a signal bears on the verdict, for the highlight colour of a sentence. */
export type SignalTone = 'positive' | 'condition' | 'negative' | 'neutral';

const TONES: Record<string, SignalTone> = {
  confirmation: 'positive',
  short_yes: 'positive',
  proceed: 'positive',
  no_objection: 'positive',
  condition: 'condition',
  negated_confirmation: 'negative',
  refusal: 'negative',
  not_yet: 'negative',
  dispute: 'negative',
};

/** A sentence with several signals takes the most telling tone: a condition, then a refusal, then a yes. */
export function toneOf(signals: readonly string[]): SignalTone {
  const tones = signals.map((s) => TONES[s] ?? 'neutral');
  for (const tone of ['condition', 'negative', 'positive'] as const) {
    if (tones.includes(tone)) return tone;
  }
  return 'neutral';
}
