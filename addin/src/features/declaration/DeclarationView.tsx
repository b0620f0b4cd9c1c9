import {
  Button,
  Divider,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DocumentSearchRegular, MailInboxCheckmarkRegular, OpenRegular, SaveRegular, SendRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OutlookWinApi } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { DeclarationPreview as Preview, DeclarationResponse, PlanResponse } from '../../api/types';
import type { OutlookHost } from '../../office/OutlookHost';
import { describe, formatDay } from '../../shared/format';
import { AssessmentSummary } from './AssessmentSummary';
import { DeclarationPreview } from './DeclarationPreview';
import { PlanEditor } from './PlanEditor';
import { emptyPlanForm, formFromPlan, knownPaths, toPlanRequest, type FieldErrors, type PlanForm } from './planForm';

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

const NEW = '__new__';

interface Refusal {
  title: string;
  detail: string | undefined;
  reasons: string[];
}

type Notice = {
  intent: 'success' | 'error' | 'info' | 'warning';
  title: string;
  text?: string;
  /** Offers to open Track Replies on this declaration. */
  track?: string;
} | null;

const planLabel = (p: PlanResponse) => `${p.prospect} — ${p.dealName}${p.declarationDue ? ' (declaration overdue)' : ''}`;

const days = (n: number) => `${n} business ${n === 1 ? 'day' : 'days'}`;

interface Props {
  api: OutlookWinApi;
  host: OutlookHost;
  /** Opens Track Replies on a declaration. */
  onTrack?: (declarationId: string) => void;
}

/**
 * Draft Declaration: pick or create the plan, record readout results, preview, then either put the
 * email into Outlook's message (marked, so the sent copy is recognised) or draft it in the mailbox
 * and send it from here.
 */
export function DeclarationView({ api, host, onTrack }: Props) {
  const styles = useStyles();
  const mode = useMemo(() => host.mode(), [host]);

  const [plans, setPlans] = useState<PlanResponse[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string>(NEW);
  const [saved, setSaved] = useState<PlanResponse | null>(null);
  const [form, setForm] = useState<PlanForm>(emptyPlanForm);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<{ title: string; messages: string[] } | null>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState<'saving' | 'previewing' | 'inserting' | 'drafting' | 'sending' | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  /** The declaration created from this preview, once the SE chose how it goes out. */
  const [created, setCreated] = useState<DeclarationResponse | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  // The preview (or the refusal) appears below a long form: bring it into view.
  useEffect(() => {
    if (preview || refusal) outcomeRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [preview, refusal]);

  const open = useCallback((plan: PlanResponse | null) => {
    setSaved(plan);
    setSelected(plan ? plan.id : NEW);
    setForm(plan ? formFromPlan(plan) : emptyPlanForm());
    setDirty(false);
    setErrors({});
    setProblem(null);
    setConflict(false);
    setPreview(null);
    setCreated(null);
    setRefusal(null);
  }, []);

  useEffect(() => {
    let live = true;
    api
      .listPlans()
      .then((list) => {
        if (!live) return;
        setPlans(list);
        const first = list[0];
        if (first) open(first);
      })
      .catch((error: unknown) => live && setLoadError(describe(error)));
    return () => {
      live = false;
    };
  }, [api, open]);

  const edit = (next: PlanForm) => {
    if (next.criteria.length !== form.criteria.length) {
      // Indices moved: errors keyed by criteria[i] would land on the wrong card.
      setErrors({});
    }
    setForm(next);
    setDirty(true);
    setPreview(null);
    setCreated(null);
    setRefusal(null);
    setNotice(null);
  };

  /** Sets a plan's zombie flag where the pane shows it: the picker and the open plan. */
  const setDue = useCallback((id: string, version: number | null, due: PlanResponse['declarationDue']) => {
    const apply = (p: PlanResponse): PlanResponse => (p.id === id && (version === null || p.version === version) ? { ...p, declarationDue: due ?? null } : p);
    setSaved((s) => (s ? apply(s) : s));
    setPlans((list) => list?.map(apply) ?? list);
  }, []);

  /**
   * Creating or saving a plan answers without the zombie flag (only reads carry it), so read the
   * plan once more, quietly: a plan saved with a readout long past is flagged at once.
   */
  const readDue = (plan: PlanResponse) => {
    api
      .getPlan(plan.id)
      .then((fresh) => setDue(plan.id, plan.version, fresh.declarationDue))
      .catch(() => undefined);
  };

  /** Saves the form (create or update); returns the saved plan, or null when the API refused it. */
  const save = async (): Promise<PlanResponse | null> => {
    const converted = toPlanRequest(form, saved?.version);
    if (!converted.ok) {
      setErrors(converted.errors);
      setProblem({ title: 'Some values need fixing', messages: [] });
      return null;
    }
    setBusy('saving');
    setProblem(null);
    setConflict(false);
    try {
      const result = saved ? await api.updatePlan(saved.id, converted.request) : await api.createPlan(converted.request);
      setSaved(result);
      setSelected(result.id);
      setPlans((list) => [result, ...(list ?? []).filter((p) => p.id !== result.id)]);
      setErrors({});
      setDirty(false);
      readDue(result);
      return result;
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        const fieldErrors = error.fieldErrors;
        setErrors(fieldErrors);
        const known = knownPaths(form);
        const elsewhere = Object.entries(fieldErrors)
          .filter(([path]) => !known.has(path))
          .flatMap(([path, messages]) => messages.map((m) => (path ? `${path}: ${m}` : m)));
        setProblem({ title: error.problem.title ?? 'The plan was not saved', messages: elsewhere });
      } else if (error instanceof ApiError && error.status === 409) {
        setConflict(true);
      } else {
        setProblem({ title: 'The plan was not saved', messages: [describe(error)] });
      }
      return null;
    } finally {
      setBusy(null);
    }
  };

  const onSave = async () => {
    const result = await save();
    if (result) setNotice({ intent: 'success', title: 'Plan saved' });
  };

  const onPreview = async () => {
    const plan = dirty || !saved ? await save() : saved;
    if (!plan) return;
    setBusy('previewing');
    setPreview(null);
    setCreated(null);
    setRefusal(null);
    setNotice(null);
    try {
      setPreview(await api.previewDeclaration(plan.id));
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        setRefusal({ title: error.problem.title ?? 'No declaration applies', detail: error.problem.detail, reasons: error.reasons });
      } else {
        setNotice({ intent: 'error', title: 'Preview failed', text: describe(error) });
      }
    } finally {
      setBusy(null);
    }
  };

  /** A 422 at creation means the plan no longer supports a declaration: show it like the preview's refusal. */
  const creationFailed = (error: unknown, title: string) => {
    if (error instanceof ApiError && error.status === 422) {
      setPreview(null);
      setRefusal({ title: error.problem.title ?? 'No declaration applies', detail: error.problem.detail, reasons: error.reasons });
    } else {
      setNotice({ intent: 'error', title, text: describe(error) });
    }
  };

  /** Compose: create the declaration (delivery outlook), fill in the message, and mark it with the declaration id. */
  const onInsert = async () => {
    if (!preview || !saved) return;
    setBusy('inserting');
    setNotice(null);
    let declaration = created?.delivery === 'outlook' && created.state === 'drafted' ? created : null;
    try {
      // Inserting again re-uses the declaration already created for this preview: one email, one record.
      declaration ??= await api.createDeclaration(saved.id, 'outlook');
      setCreated(declaration);
    } catch (error) {
      creationFailed(error, 'The declaration was not created');
      setBusy(null);
      return;
    }
    try {
      await host.insertDeclaration({
        subject: declaration.subject,
        to: declaration.to,
        cc: declaration.cc,
        html: declaration.html ?? preview.html,
      });
    } catch (error) {
      setNotice({ intent: 'error', title: 'Outlook refused the declaration', text: describe(error) });
      setBusy(null);
      return;
    }
    try {
      await host.markDeclaration(declaration.id);
      setNotice({
        intent: 'success',
        title: 'Declaration inserted',
        text: 'Review the message, then send it. OutlookWin recognises the sent message and tracks the reply.',
        track: declaration.id,
      });
    } catch (error) {
      setNotice({
        intent: 'warning',
        title: 'Declaration inserted, but not marked',
        text: `Outlook did not save OutlookWin's mark on the message (${describe(error)}). After you send it, open Track Replies and choose “I’ve sent it”.`,
        track: declaration.id,
      });
    } finally {
      setBusy(null);
    }
  };

  /** Read mode: a new message form. Outlook gives no handle on it to mark, so this copy is not tracked. */
  const onOpenNew = async () => {
    if (!preview) return;
    setBusy('inserting');
    setNotice(null);
    try {
      await host.insertDeclaration({ subject: preview.subject, to: preview.to, cc: preview.cc, html: preview.html });
      setNotice({
        intent: 'success',
        title: 'Declaration opened',
        text: 'A new message holds the declaration. Its reply is not tracked: use “Create draft in mailbox” for that.',
      });
    } catch (error) {
      setNotice({ intent: 'error', title: 'Outlook refused the declaration', text: describe(error) });
    } finally {
      setBusy(null);
    }
  };

  /** Creates the declaration as a draft in the SE's mailbox (delivery mailbox); sending is the next step. */
  const onCreateDraft = async () => {
    if (!preview || !saved) return;
    setBusy('drafting');
    setNotice(null);
    try {
      setCreated(await api.createDeclaration(saved.id, 'mailbox'));
    } catch (error) {
      creationFailed(error, 'The draft was not created');
    } finally {
      setBusy(null);
    }
  };

  const onSendDraft = async () => {
    if (!created) return;
    setBusy('sending');
    setNotice(null);
    try {
      const sent = await api.sendDeclaration(created.id);
      setCreated(sent);
      // Declared: the deal is out of the zombie phase.
      setDue(sent.planId, null, null);
      setNotice({ intent: 'success', title: 'Declaration sent', text: 'OutlookWin is watching for the reply.', track: sent.id });
      onTrack?.(sent.id);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setNotice({ intent: 'info', title: 'Already sent', text: describe(error), track: created.id });
      } else if (error instanceof ApiError && error.retryAfterSeconds !== undefined) {
        setNotice({ intent: 'warning', title: 'Your mailbox is busy', text: `Nothing was sent. Try again in ${error.retryAfterSeconds} seconds.` });
      } else {
        setNotice({ intent: 'error', title: 'Not sent', text: describe(error) });
      }
    } finally {
      setBusy(null);
    }
  };

  const onReload = async () => {
    if (!saved) return;
    try {
      open(await api.getPlan(saved.id));
    } catch (error) {
      setNotice({ intent: 'error', title: 'Reload failed', text: describe(error) });
    }
  };

  if (loadError) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Could not load your plans</MessageBarTitle>
          {loadError}
        </MessageBarBody>
      </MessageBar>
    );
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
            onChange={(_, data) => open(data.value === NEW ? null : (plans.find((p) => p.id === data.value) ?? null))}
          >
            <option value={NEW}>New plan…</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>{planLabel(p)}</option>
            ))}
          </Select>
        </Field>
        <Button className={styles.keep} icon={<AddRegular />} onClick={() => open(null)} disabled={selected === NEW && !dirty}>
          New plan
        </Button>
      </div>

      {saved?.declarationDue && (
        <MessageBar intent="warning" layout="multiline" aria-label="Declaration overdue" aria-labelledby={undefined}>
          <MessageBarBody>
            <MessageBarTitle>
              Declaration overdue: due {formatDay(saved.declarationDue.due)},{' '}
              {days(saved.declarationDue.businessDaysLate)} late
            </MessageBarTitle>
            {saved.declarationDue.message}
          </MessageBarBody>
        </MessageBar>
      )}

      <PlanEditor form={form} errors={errors} onChange={edit} />

      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{problem.title}</MessageBarTitle>
            {problem.messages.length === 0 ? (
              'See the highlighted fields.'
            ) : (
              <ul className={styles.list}>{problem.messages.map((m) => <li key={m}>{m}</li>)}</ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {conflict && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Changed elsewhere</MessageBarTitle>
            This plan was saved from another window since you opened it. Reload it, then apply your changes again.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onReload}>Reload plan</Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <div className={styles.actions}>
        <Button appearance={saved && !dirty ? 'secondary' : 'primary'} icon={<SaveRegular />} disabled={busy !== null} onClick={onSave}>
          {busy === 'saving' ? 'Saving…' : saved ? 'Save changes' : 'Save plan'}
        </Button>
        <Button
          appearance={saved && !dirty ? 'primary' : 'secondary'}
          icon={<DocumentSearchRegular />}
          disabled={busy !== null}
          onClick={onPreview}
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
        <MessageBar intent="error" layout="multiline" aria-label="Declaration refused" aria-labelledby={undefined}>
          <MessageBarBody>
            <MessageBarTitle>{refusal.title}</MessageBarTitle>
            {/* The API's detail often repeats its only reason: say it once. */}
            {refusal.detail && !refusal.reasons.includes(refusal.detail) && <div>{refusal.detail}</div>}
            {refusal.reasons.length > 0 && (
              <ul className={styles.list}>{refusal.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      {preview && (
        <div className={styles.section}>
          <Subtitle2>Declaration email</Subtitle2>
          <DeclarationPreview
            preview={preview}
            mode={mode}
            busy={busy}
            onInsert={mode === 'compose' ? onInsert : onOpenNew}
            onCreateDraft={onCreateDraft}
          />
        </div>
      )}

      {created?.delivery === 'mailbox' && created.state === 'drafted' && (
        <MessageBar intent="success" layout="multiline" aria-label="Draft saved">
          <MessageBarBody>
            <MessageBarTitle>Draft saved in your mailbox</MessageBarTitle>
            Send it now from OutlookWin, or open it in Outlook to edit it first and send it from Track Replies.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" icon={<SendRegular />} disabled={busy !== null} onClick={onSendDraft}>
              {busy === 'sending' ? 'Sending…' : 'Send from OutlookWin'}
            </Button>
            {created.draftWebLink && (
              <Button as="a" href={created.draftWebLink} target="_blank" rel="noopener noreferrer" icon={<OpenRegular />}>
                Open draft
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}

      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.text}
          </MessageBarBody>
          {notice.track && onTrack && (
            <MessageBarActions>
              <Button icon={<MailInboxCheckmarkRegular />} onClick={() => notice.track && onTrack(notice.track)}>
                Track replies
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
}
