import { Body1, Body1Strong, Button, Caption1, Field, Input, mergeClasses, Spinner, Textarea } from '@fluentui/react-components';
import { ArrowForwardRegular, DismissRegular, EditRegular, MailArrowForwardRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ForwardApi } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { DeclarationResponse, ForwardRecordDto, PersonDto } from '../../api/types';
import { describe, formatPeople, formatTime, namesOf } from '../../shared/format';
import { Notice, type NoticeMessage } from '../../shared/Notice';
import { usePanelStyles } from '../../shared/panelStyles';
import { useLoad } from '../../shared/useLoad';
import { unwrapText } from './coverNote';
import { parsePeople } from './recipients';

interface Draft {
  to: string;
  cc: string;
  note: string;
  /** The note as generated: left as it is, the API sends its own formatted version. */
  generated: string;
}

type FieldErrors = Partial<Record<'to' | 'cc' | 'note', string>>;

/** Server field paths (`to[0].email`, `cc`, `note`) as messages at the pane's three fields. */
function fieldErrorsFrom(errors: Record<string, string[]>): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const [path, messages] of Object.entries(errors)) {
    const match = /^(to|cc|note)(?:\[(\d+)\])?/.exec(path);
    const key = match?.[1] as keyof FieldErrors | undefined;
    const text = messages.join(' ');
    if (!key) {
      other.push(path ? `${path}: ${text}` : text);
      continue;
    }
    const which = match?.[2] !== undefined ? `Recipient ${Number(match[2]) + 1}: ` : '';
    fields[key] = [fields[key], `${which}${text}`].filter(Boolean).join(' ');
  }
  return { fields, other };
}

const lastForward = (forwards: ForwardRecordDto[]): ForwardRecordDto | undefined => forwards[forwards.length - 1];

const firstName = (people: PersonDto[]): string => people[0]?.name || people[0]?.email || 'the economic buyer';

interface Props {
  api: ForwardApi;
  declaration: DeclarationResponse;
  /** A fresher declaration from the API's answer. */
  onChanged: (fresh: DeclarationResponse) => void;
  /** Opens the override form (for a reply that cannot be forwarded as it reads). */
  onOverride: () => void;
}

/**
 * Forward to the economic buyer: the original reply, untouched, with a cover note the SE can edit.
 * Only a confirmed or conditional declaration goes; a second forward is asked about first.
 */
export function ForwardPanel({ api, declaration: d, onChanged, onOverride }: Props) {
  const styles = usePanelStyles();
  // Read again whenever the declaration changes (a new reply, an override, a forward).
  const { data: preview, error: loadError } = useLoad(() => api.previewForward(d.id), [api, d.id, d.state, d.version]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [askAgain, setAskAgain] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  if (loadError && !preview) {
    return <Notice intent="warning" title="Could not prepare the forward" text={loadError} />;
  }
  if (!preview) return <Spinner size="tiny" label="Preparing the forward…" />;

  const vp = firstName(preview.to);
  const previous = lastForward(preview.forwards);

  const open = () => {
    const note = unwrapText(preview.noteText ?? '');
    setDraft({ to: formatPeople(preview.to), cc: formatPeople(preview.cc), note, generated: note });
    setErrors({});
    setAskAgain(null);
    setNotice(null);
  };

  const close = () => {
    setDraft(null);
    setErrors({});
    setAskAgain(null);
  };

  const submit = async (again: boolean) => {
    if (!draft) return;
    const to = parsePeople(draft.to);
    const cc = parsePeople(draft.cc);
    const found: FieldErrors = {};
    if (!to.ok) found.to = to.error;
    else if (to.people.length === 0) found.to = 'Forward to at least one person.';
    if (!cc.ok) found.cc = cc.error;
    if (draft.note.trim().length === 0) found.note = 'Write a cover note: the VP reads it before the reply.';
    setErrors(found);
    if (Object.keys(found).length > 0 || !to.ok || !cc.ok) return;
    // Said once, before anything goes: the VP should not get the same confirmation twice by accident.
    if (!again && previous) {
      setAskAgain(`You forwarded this confirmation on ${formatTime(previous.at)} to ${formatPeople(previous.to)}.`);
      return;
    }
    setBusy(true);
    setNotice(null);
    try {
      // An untouched note is left out: the API then sends its own, with its formatting (the question in bold).
      const edited = draft.note !== draft.generated;
      const fresh = await api.forward(d.id, {
        to: to.people,
        cc: cc.people,
        ...(edited ? { note: draft.note } : {}),
        ...(again ? { again: true } : {}),
      });
      setDraft(null);
      setAskAgain(null);
      setNotice({
        intent: 'success',
        title: `Forwarded to ${firstName(to.people)}`,
        text: 'The original reply went below your note, and untouched as an attached .eml. The forward is recorded in the evidence.',
      });
      onChanged(fresh);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        const { fields, other } = fieldErrorsFrom(error.fieldErrors);
        setErrors(fields);
        if (other.length > 0) setNotice({ intent: 'error', title: error.problem.title ?? 'Not forwarded', text: other.join(' ') });
      } else if (error instanceof ApiError && error.status === 409 && error.problem.forwardedAt) {
        // Forwarded meanwhile (another window): ask, as for a forward made from here.
        setAskAgain(error.problem.detail ?? `Already forwarded on ${formatTime(error.problem.forwardedAt)}.`);
      } else if (error instanceof ApiError && error.retryAfterSeconds !== undefined) {
        setNotice({ intent: 'warning', title: 'Your mailbox is busy', text: `Nothing was forwarded. Try again in ${error.retryAfterSeconds} seconds.` });
      } else {
        setNotice({ intent: 'error', title: 'Not forwarded', text: describe(error) });
        if (error instanceof ApiError && error.status === 409) setDraft(null);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={mergeClasses(styles.card, preview.canForward ? styles.callout : undefined)} aria-label="Forward to the economic buyer">
      <Body1Strong as="h3" className={styles.heading}>
        <MailArrowForwardRegular className={styles.headingIcon} aria-hidden />
        Forward to the economic buyer
      </Body1Strong>

      {!preview.canForward && (
        <>
          <Body1 data-testid="forward-blocked">{preview.reason ?? 'This reply cannot be forwarded as a confirmation.'}</Body1>
          {['ambiguous', 'declined', 'auto_reply'].includes(d.state) && (
            <div className={styles.actions}>
              <Button size="small" icon={<EditRegular />} onClick={onOverride}>
                Set the verdict by hand
              </Button>
            </div>
          )}
        </>
      )}

      {preview.canForward && !draft && (
        <>
          <Caption1 className={styles.muted} title={[formatPeople(preview.to), formatPeople(preview.cc)].filter(Boolean).join('; ')}>
            The reply as received, to {namesOf(preview.to)}
            {preview.cc.length > 0 ? `, cc ${namesOf(preview.cc)}` : ''}, under a cover note you can edit first.
          </Caption1>
          <div className={styles.actions}>
            <Button appearance={previous ? 'secondary' : 'primary'} icon={<ArrowForwardRegular />} onClick={open}>
              {`Forward to ${vp}`}
            </Button>
          </div>
        </>
      )}

      {draft && (
        <form
          className={styles.stack}
          aria-label="Forward preview"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit(false);
          }}
        >
          <Field label="To" required validationMessage={errors.to} validationState={errors.to ? 'error' : 'none'}>
            <Input value={draft.to} onChange={(_, data) => setDraft({ ...draft, to: data.value })} />
          </Field>
          <Field label="Cc" validationMessage={errors.cc} validationState={errors.cc ? 'error' : 'none'}>
            <Input value={draft.cc} onChange={(_, data) => setDraft({ ...draft, cc: data.value })} />
          </Field>
          <Field
            label="Cover note"
            hint="Goes above the original reply, which is forwarded as received."
            validationMessage={errors.note}
            validationState={errors.note ? 'error' : 'none'}
          >
            <Textarea
              className={styles.note}
              resize="vertical"
              value={draft.note}
              onChange={(_, data) => setDraft({ ...draft, note: data.value })}
            />
          </Field>
          {askAgain ? (
            <Notice
              intent="warning"
              label="Forward again?"
              title="Forward again?"
              text={askAgain}
              actions={
                <>
                  <Button appearance="primary" size="small" disabled={busy} onClick={() => void submit(true)}>
                    {busy ? 'Forwarding…' : 'Forward again'}
                  </Button>
                  <Button size="small" disabled={busy} onClick={() => setAskAgain(null)}>
                    Don’t
                  </Button>
                </>
              }
            />
          ) : (
            <div className={styles.actions}>
              <Button type="submit" appearance="primary" icon={<ArrowForwardRegular />} disabled={busy}>
                {busy ? 'Forwarding…' : 'Forward'}
              </Button>
              <Button icon={<DismissRegular />} disabled={busy} onClick={close}>
                Cancel
              </Button>
            </div>
          )}
        </form>
      )}

      {notice && <Notice {...notice} />}

      {preview.forwards.length > 0 && (
        <div className={styles.stack}>
          <Caption1 as="h4" className={styles.heading}>
            <strong>Forwarded ({preview.forwards.length})</strong>
          </Caption1>
          <ul className={styles.list} aria-label="Forwards made">
            {[...preview.forwards].reverse().map((f, i) => (
              <li key={`${f.at}-${i}`} className={styles.entry}>
                <Caption1 as="p" className={styles.line}>
                  <strong>{formatTime(f.at)}</strong>
                </Caption1>
                <Caption1 as="p" className={styles.line} title={[formatPeople(f.to), formatPeople(f.cc)].filter(Boolean).join('; ')}>
                  To {namesOf(f.to)}
                  {f.cc.length > 0 ? `, cc ${namesOf(f.cc)}` : ''}
                </Caption1>
                <Caption1 as="p" className={mergeClasses(styles.line, styles.muted)}>
                  by {f.by}
                </Caption1>
                <details>
                  <summary className={styles.summary}>
                    <Caption1>Cover note as sent</Caption1>
                  </summary>
                  <Caption1 as="p" className={styles.prose}>
                    {f.note}
                  </Caption1>
                </details>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
