import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Divider,
  Field,
  Link,
  makeStyles,
  Select,
  Spinner,
  Subtitle2,
  Toast,
  ToastBody,
  Toaster,
  ToastTitle,
  ToastTrigger,
  tokens,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { AddRegular, DocumentSearchRegular, MailInboxCheckmarkRegular, OpenRegular, SaveRegular, SendRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { OutlookWinApi } from '../../api/client';
import type { PlanResponse } from '../../api/types';
import type { ItemMode, OutlookHost } from '../../office/OutlookHost';
import { formatDay } from '../../shared/format';
import { Notice } from '../../shared/Notice';
import { AssessmentSummary } from './AssessmentSummary';
import { NEW_PLAN } from './declarationFlow';
import { DeclarationPreview } from './DeclarationPreview';
import { LiveDeclarationNotice, useLiveDeclaration, type SupersedeChoice } from './LiveDeclaration';
import { PlanEditor } from './PlanEditor';
import { useDeclarationFlow } from './useDeclarationFlow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  picker: { display: 'flex', alignItems: 'flex-end', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  // Beside New plan when the pane is wide; alone on its line (New plan below) in a narrow one.
  grow: { flex: '1 1 220px', minWidth: 0 },
  keep: { flexShrink: 0 },
  // A <select> is as wide as its longest option unless told it may shrink.
  shrink: { width: '100%', minWidth: 0 },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

// A native select shows one line: the deal under its prospect's group, so the part that tells plans apart fits.
const planLabel = (p: PlanResponse) => `${p.dealName}${p.declarationDue ? ' (overdue)' : ''}`;

/** Plans grouped by prospect, prospects in the order of their most recent plan. */
function byProspect(plans: PlanResponse[]): [string, PlanResponse[]][] {
  const groups = new Map<string, PlanResponse[]>();
  for (const p of plans) groups.set(p.prospect, [...(groups.get(p.prospect) ?? []), p]);
  return [...groups];
}

const days = (n: number) => `${n} business ${n === 1 ? 'day' : 'days'}`;

interface Props {
  api: OutlookWinApi;
  host: OutlookHost;
  /** The Draft tab is the one shown (it stays mounted, hidden, behind Track Replies). */
  active?: boolean;
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
export function DeclarationView({ api, host, mode, onTrack, active = true }: Props) {
  const styles = useStyles();

  const { flow, loadError, open, edit, save, preview: onPreview, reviewInsert, insert, cancelInsert, openNew, createDraft, sendDraft, reload, refreshDue } =
    useDeclarationFlow(api, host, onTrack);
  const { plans, selected, saved, form, dirty, errors, refusals, problem, conflict, busy, preview, created, refusal, notice, insertPlan } = flow;

  // What inserting would change was worked out for the item that was selected: another item, another plan.
  useEffect(() => {
    cancelInsert();
  }, [mode, cancelInsert]);
  const outcomeRef = useRef<HTMLDivElement>(null);
  // One live declaration per plan: while one is, creating another needs the SE to supersede it, with a reason.
  const live = useLiveDeclaration(api, saved?.id ?? null, created?.id ?? null);
  const [choice, setChoice] = useState<SupersedeChoice>({ request: null });
  useEffect(() => setChoice({ request: null }), [live?.id]);
  // Inserting again re-uses the declaration this preview already created: that is no second declaration.
  const reusable = created !== null && created.id === live?.id && created.delivery === 'outlook' && created.state === 'drafted';
  const gated = live !== null && choice.request === null;
  const editorRef = useRef<HTMLDivElement>(null);
  /** The plan the SE asked to switch to (null: a new one) while the open one has unsaved edits. */
  const [pending, setPending] = useState<{ plan: PlanResponse | null } | null>(null);
  const toasterId = useId('declaration-status');
  const { dispatchToast } = useToastController(toasterId);

  // What a step says when it is done or failed shows at the top of the pane, where the SE is looking, whichever
  // part of the long form they are in. Good news goes by itself; a problem stays until dismissed.
  useEffect(() => {
    if (!notice) return;
    const lasting = notice.intent === 'error' || notice.intent === 'warning';
    dispatchToast(
      <Toast>
        <ToastTitle
          action={
            lasting ? (
              <ToastTrigger>
                <Link as="button">Dismiss</Link>
              </ToastTrigger>
            ) : undefined
          }
        >
          {notice.title}
        </ToastTitle>
        {(notice.text || (notice.track && onTrack)) && (
          <ToastBody>
            {notice.text}
            {notice.track && onTrack && (
              <div>
                <Link as="button" onClick={() => notice.track && onTrack(notice.track)}>
                  Track replies
                </Link>
              </div>
            )}
          </ToastBody>
        )}
      </Toast>,
      { intent: notice.intent, timeout: lasting ? -1 : 8000, pauseOnHover: true, pauseOnWindowBlur: true },
    );
  }, [notice, dispatchToast, onTrack]);

  // "Declaration overdue" must not outlive the declaration: it may have been sent from Outlook's compose window or
  // from Track Replies since. Looked at again whenever the SE comes back to this tab or to the pane.
  const overdue = Boolean(saved?.declarationDue);
  useEffect(() => {
    if (!active || !overdue) return;
    void refreshDue();
    const onFocus = () => void refreshDue();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [active, overdue, refreshDue]);

  // A refused save takes the SE to the first field to fix (in the form's order), not to a message out of view.
  useEffect(() => {
    if (refusals === 0) return;
    const first = editorRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.scrollIntoView?.({ block: 'center' });
    first?.focus({ preventScroll: true });
  }, [refusals]);

  // The preview (or the refusal) appears below a long form: bring it into view.
  useEffect(() => {
    if (preview || refusal) outcomeRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [preview, refusal]);

  /** Opens another plan, asking first when that would throw away edits not saved yet. */
  const switchTo = (plan: PlanResponse | null) => {
    if (dirty) setPending({ plan });
    else open(plan);
  };

  if (loadError) {
    return <Notice intent="error" title="Could not load your plans" text={loadError} />;
  }
  if (plans === null) {
    return <Spinner label="Loading your plans…" />;
  }

  return (
    <div className={styles.root}>
      <Toaster toasterId={toasterId} position="top" />
      <Dialog open={pending !== null} modalType="alert" onOpenChange={(_, data) => !data.open && setPending(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Discard your changes?</DialogTitle>
            <DialogContent>
              {saved ? `Your changes to ${saved.prospect} — ${saved.dealName} are not saved.` : 'The new plan is not saved.'}{' '}
              {pending?.plan ? `Opening ${pending.plan.prospect} — ${pending.plan.dealName} discards them.` : 'Starting a new plan discards them.'}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => setPending(null)}>
                Keep editing
              </Button>
              <Button
                onClick={() => {
                  const next = pending;
                  setPending(null);
                  if (next) open(next.plan);
                }}
              >
                Discard changes
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <div className={styles.picker}>
        <Field label="Mutual Success Plan" className={styles.grow}>
          <Select
            className={styles.shrink}
            select={{ className: styles.shrink }}
            value={selected}
            onChange={(_, data) => switchTo(data.value === NEW_PLAN ? null : (plans.find((p) => p.id === data.value) ?? null))}
          >
            <option value={NEW_PLAN}>New plan…</option>
            {byProspect(plans).map(([prospect, group]) => (
              <optgroup key={prospect} label={prospect}>
                {group.map((p) => (
                  <option key={p.id} value={p.id} title={`${p.prospect} — ${p.dealName}${p.declarationDue ? " (declaration overdue)" : ""}`}>
                    {planLabel(p)}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </Field>
        <Button className={styles.keep} icon={<AddRegular />} onClick={() => switchTo(null)} disabled={selected === NEW_PLAN && !dirty}>
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

      <div ref={editorRef}>
        <PlanEditor form={form} errors={errors} onChange={edit} />
      </div>

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
            onConfirmInsert={() => void insert(reusable ? null : choice.request)}
            onCancelInsert={cancelInsert}
            onCreateDraft={() => void createDraft(choice.request)}
            insertBlocked={mode === 'compose' && gated && !reusable}
            draftBlocked={gated}
            gate={live && <LiveDeclarationNotice key={live.id} live={live} onChange={setChoice} />}
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

    </div>
  );
}
