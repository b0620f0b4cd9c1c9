import { Button, Divider, Field, makeStyles, Select, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { AddRegular, DocumentSearchRegular, MailInboxCheckmarkRegular, OpenRegular, SaveRegular, SendRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { OutlookWinApi } from '../../api/client';
import type { PlanResponse } from '../../api/types';
import type { ItemMode, OutlookHost } from '../../office/OutlookHost';
import { formatDay } from '../../shared/format';
import { Notice } from '../../shared/Notice';
import { AssessmentSummary } from './AssessmentSummary';
import { NEW_PLAN } from './declarationFlow';
import { DeclarationPreview } from './DeclarationPreview';
import { PlanEditor } from './PlanEditor';
import { useDeclarationFlow } from './useDeclarationFlow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  picker: { display: 'flex', alignItems: 'flex-end', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  grow: { flex: '1 1 160px', minWidth: 0 },
  keep: { flexShrink: 0 },
  // A <select> is as wide as its longest option unless told it may shrink.
  shrink: { width: '100%', minWidth: 0 },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

const planLabel = (p: PlanResponse) => `${p.prospect} — ${p.dealName}${p.declarationDue ? ' (declaration overdue)' : ''}`;

const days = (n: number) => `${n} business ${n === 1 ? 'day' : 'days'}`;

interface Props {
  api: OutlookWinApi;
  host: OutlookHost;
  /** What the pane sits beside now (a pinned pane follows the selection). */
  mode: ItemMode;
  /** Opens Track Replies on a declaration. */
  onTrack?: (declarationId: string) => void;
}

/**
 * Draft Declaration: pick or create the plan, record readout results, preview, then either put the
 * email into Outlook's message (marked, so the sent copy is recognised) or draft it in the mailbox
 * and send it from here. The steps live in useDeclarationFlow; this is what the SE sees of them.
 */
export function DeclarationView({ api, host, mode, onTrack }: Props) {
  const styles = useStyles();

  const { flow, loadError, open, edit, save, preview: onPreview, reviewInsert, insert, cancelInsert, openNew, createDraft, sendDraft, reload } =
    useDeclarationFlow(api, host, onTrack);
  const { plans, selected, saved, form, dirty, errors, problem, conflict, busy, preview, created, refusal, notice, insertPlan } = flow;

  // What inserting would change was worked out for the item that was selected: another item, another plan.
  useEffect(() => {
    cancelInsert();
  }, [mode, cancelInsert]);
  const outcomeRef = useRef<HTMLDivElement>(null);

  // The preview (or the refusal) appears below a long form: bring it into view.
  useEffect(() => {
    if (preview || refusal) outcomeRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [preview, refusal]);

  if (loadError) {
    return <Notice intent="error" title="Could not load your plans" text={loadError} />;
  }
  if (plans === null) {
    return <Spinner label="Loading your plans…" />;
  }

  return (
    <div className={styles.root}>
      <div className={styles.picker}>
        <Field label="Mutual Success Plan" className={styles.grow}>
          <Select
            className={styles.shrink}
            select={{ className: styles.shrink }}
            value={selected}
            onChange={(_, data) => open(data.value === NEW_PLAN ? null : (plans.find((p) => p.id === data.value) ?? null))}
          >
            <option value={NEW_PLAN}>New plan…</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>{planLabel(p)}</option>
            ))}
          </Select>
        </Field>
        <Button className={styles.keep} icon={<AddRegular />} onClick={() => open(null)} disabled={selected === NEW_PLAN && !dirty}>
          New plan
        </Button>
      </div>

      {saved?.declarationDue && (
        <Notice
          intent="warning"
          label="Declaration overdue"
          title={
            <>
              Declaration overdue: due {formatDay(saved.declarationDue.due)},{' '}
              {days(saved.declarationDue.businessDaysLate)} late
            </>
          }
          text={saved.declarationDue.message}
        />
      )}

      <PlanEditor form={form} errors={errors} onChange={edit} />

      {problem && (
        <Notice intent="error" title={problem.title}>
          {problem.messages.length === 0 ? (
            'See the highlighted fields.'
          ) : (
            <ul className={styles.list}>{problem.messages.map((m) => <li key={m}>{m}</li>)}</ul>
          )}
        </Notice>
      )}
      {conflict && (
        <Notice intent="warning" title="Changed elsewhere" actions={<Button onClick={() => void reload()}>Reload plan</Button>}>
          This plan was saved from another window since you opened it. Reload it, then apply your changes again.
        </Notice>
      )}

      <div className={styles.actions}>
        <Button appearance={saved && !dirty ? 'secondary' : 'primary'} icon={<SaveRegular />} disabled={busy !== null} onClick={() => void save()}>
          {busy === 'saving' ? 'Saving…' : saved ? 'Save changes' : 'Save plan'}
        </Button>
        <Button
          appearance={saved && !dirty ? 'primary' : 'secondary'}
          icon={<DocumentSearchRegular />}
          disabled={busy !== null}
          onClick={() => void onPreview()}
        >
          {busy === 'previewing' ? 'Drafting…' : 'Preview declaration'}
        </Button>
      </div>

      {saved && (
        <>
          <Divider />
          <AssessmentSummary assessment={saved.assessment} warnings={saved.warnings} stale={dirty} />
        </>
      )}

      <div ref={outcomeRef} />
      {refusal && (
        <Notice intent="error" label="Declaration refused" title={refusal.title}>
          {/* The API's detail often repeats its only reason: say it once. */}
          {refusal.detail && !refusal.reasons.includes(refusal.detail) && <div>{refusal.detail}</div>}
          {refusal.reasons.length > 0 && <ul className={styles.list}>{refusal.reasons.map((r) => <li key={r}>{r}</li>)}</ul>}
        </Notice>
      )}

      {preview && (
        <div className={styles.section}>
          <Subtitle2>Declaration email</Subtitle2>
          <DeclarationPreview
            preview={preview}
            mode={mode}
            busy={busy}
            onInsert={() => void (mode === 'compose' ? reviewInsert() : openNew())}
            insertPlan={insertPlan}
            onConfirmInsert={() => void insert()}
            onCancelInsert={cancelInsert}
            onCreateDraft={() => void createDraft()}
          />
        </div>
      )}

      {created?.delivery === 'mailbox' && created.state === 'drafted' && (
        <Notice
          intent="success"
          title="Draft saved in your mailbox"
          actions={
            <>
              <Button appearance="primary" icon={<SendRegular />} disabled={busy !== null} onClick={() => void sendDraft()}>
                {busy === 'sending' ? 'Sending…' : 'Send from OutlookWin'}
              </Button>
              {(created.draftWebLink || created.draftMessageId) && (
                <Button
                  as="a"
                  href={created.draftWebLink ?? undefined}
                  target="_blank"
                  rel="noopener noreferrer"
                  icon={<OpenRegular />}
                  onClick={(event) => {
                    // Outlook's own window where the host can open one; the web link otherwise.
                    if (host.openDraft({ itemId: created.draftMessageId ?? null, webLink: created.draftWebLink })) event.preventDefault();
                  }}
                >
                  Open draft
                </Button>
              )}
            </>
          }
        >
          Send it now from OutlookWin, or open it in Outlook to edit it first and send it from Track Replies.
        </Notice>
      )}

      {notice && (
        <Notice
          intent={notice.intent}
          title={notice.title}
          text={notice.text}
          actions={
            notice.track &&
            onTrack && (
              <Button icon={<MailInboxCheckmarkRegular />} onClick={() => notice.track && onTrack(notice.track)}>
                Track replies
              </Button>
            )
          }
        />
      )}
    </div>
  );
}
