import { useCallback, useEffect, useReducer } from 'react';
import type { OutlookWinApi } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { PlanResponse, SupersedeRequest } from '../../api/types';
import type { DeclarationMessage, InsertPlan, OutlookHost } from '../../office/OutlookHost';
import { describe } from '../../shared/format';
import { useLoad } from '../../shared/useLoad';
import { initialFlow, reduceFlow, type DeclarationFlow, type FlowNotice } from './declarationFlow';
import { knownPaths, toPlanRequest, type FieldErrors, type PlanForm } from './planForm';
import { plainErrors, validatePlan } from './planValidation';

/** Every message, in the order of the form, for the summary beside Save. */
const allMessages = (errors: FieldErrors): string[] => [...new Set(Object.values(errors).flat())];

export interface DeclarationFlowControls {
  flow: DeclarationFlow;
  /** Why the plans could not be read at all. */
  loadError: string | null;
  open: (plan: PlanResponse | null) => void;
  edit: (form: PlanForm) => void;
  save: () => Promise<void>;
  preview: () => Promise<void>;
  /** Compose: works out what inserting would change in the message, and shows it; nothing changes yet. */
  reviewInsert: () => Promise<void>;
  /** Compose: create the declaration (delivery outlook), fill in the message as reviewed, mark and save it; `supersede` replaces the plan's live one. */
  insert: (supersede?: SupersedeRequest | null) => Promise<void>;
  /** Drops the reviewed insert. */
  cancelInsert: () => void;
  /** Read: a new message with the declaration, which Outlook gives no handle on to mark. */
  openNew: () => Promise<void>;
  /** The declaration as a draft in the SE's mailbox (delivery mailbox); `supersede` replaces the plan's live one. */
  createDraft: (supersede?: SupersedeRequest | null) => Promise<void>;
  sendDraft: () => Promise<void>;
  /** Reads the open plan again, after a conflict. */
  reload: () => Promise<void>;
  /** Reads the plans' zombie flags again, quietly: a declaration may have gone out from elsewhere. */
  refreshDue: () => Promise<void>;
}

/**
 * Draft Declaration's steps against the API and Outlook: pick or create the plan, save, preview,
 * then insert the email into Outlook's message or draft it in the mailbox and send it from here.
 */
export function useDeclarationFlow(api: OutlookWinApi, host: OutlookHost, onTrack?: (declarationId: string) => void): DeclarationFlowControls {
  const [flow, dispatch] = useReducer(reduceFlow, undefined, initialFlow);
  const { preview, saved, created } = flow;

  // The first list opens the newest plan; from then on the flow keeps the list up to date itself.
  const plans = useLoad(() => api.listPlans(), [api]);
  useEffect(() => {
    if (plans.data) dispatch({ type: 'plansLoaded', plans: plans.data });
  }, [plans.data]);

  const notify = (notice: FlowNotice) => dispatch({ type: 'notified', notice });
  const failed = (title: string, error: unknown) => notify({ intent: 'error', title, text: describe(error) });

  const open = useCallback((plan: PlanResponse | null) => dispatch({ type: 'opened', plan }), []);
  const edit = useCallback((form: PlanForm) => dispatch({ type: 'edited', form }), []);

  /**
   * Creating or saving a plan answers without the zombie flag (only reads carry it), so read the
   * plan once more, quietly: a plan saved with a readout long past is flagged at once.
   */
  const readDue = (plan: PlanResponse) => {
    api
      .getPlan(plan.id)
      .then((fresh) => dispatch({ type: 'dueChanged', id: plan.id, version: plan.version, due: fresh.declarationDue }))
      .catch(() => undefined);
  };

  /** Saves the form (create or update); returns the saved plan, or null when the API refused it. */
  const saveForm = async (): Promise<PlanResponse | null> => {
    // The API's rules, checked here first: every problem at once, in the form's words, nothing sent.
    const converted = toPlanRequest(flow.form, saved?.version);
    const invalid = { ...(converted.ok ? {} : converted.errors), ...validatePlan(flow.form) };
    if (!converted.ok || Object.keys(invalid).length > 0) {
      dispatch({ type: 'saveRefused', errors: invalid, problem: { title: 'The plan was not saved', messages: allMessages(invalid) } });
      return null;
    }
    dispatch({ type: 'saveStarted' });
    try {
      const result = saved ? await api.updatePlan(saved.id, converted.request) : await api.createPlan(converted.request);
      dispatch({ type: 'saved', plan: result });
      readDue(result);
      return result;
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        const fieldErrors = plainErrors(error.fieldErrors);
        const known = knownPaths(flow.form);
        // A field the form does not show is named by its label in the summary; the rest show beside their field.
        const elsewhere = Object.entries(fieldErrors)
          .filter(([path]) => !known.has(path))
          .flatMap(([, messages]) => messages);
        dispatch({
          type: 'saveRefused',
          errors: fieldErrors,
          problem: { title: 'The plan was not saved', messages: elsewhere.length > 0 ? elsewhere : allMessages(fieldErrors) },
        });
      } else if (error instanceof ApiError && error.status === 409) {
        dispatch({ type: 'saveConflicted' });
      } else {
        dispatch({ type: 'saveFailed', problem: { title: 'The plan was not saved', messages: [describe(error)] } });
      }
      return null;
    } finally {
      dispatch({ type: 'finished' });
    }
  };

  const save = async () => {
    const result = await saveForm();
    if (result) notify({ intent: 'success', title: 'Plan saved' });
  };

  /** A 422 means the plan supports no declaration (any more): shown as a refusal, not as an error. */
  const refusedOrFailed = (error: unknown, title: string) => {
    if (error instanceof ApiError && error.status === 422) {
      dispatch({ type: 'refused', refusal: { title: error.problem.title ?? 'No declaration applies', detail: error.problem.detail, reasons: error.reasons } });
    } else {
      failed(title, error);
    }
  };

  const previewDeclaration = async () => {
    const plan = flow.dirty || !saved ? await saveForm() : saved;
    if (!plan) return;
    dispatch({ type: 'previewStarted' });
    try {
      dispatch({ type: 'previewed', preview: await api.previewDeclaration(plan.id) });
    } catch (error) {
      refusedOrFailed(error, 'Preview failed');
    } finally {
      dispatch({ type: 'finished' });
    }
  };

  const messageOf = (p: NonNullable<typeof preview>): DeclarationMessage => ({
    subject: p.subject,
    to: p.to,
    cc: p.cc,
    html: p.html,
    text: p.text,
  });

  const samePlan = (a: InsertPlan, b: InsertPlan) => JSON.stringify(a) === JSON.stringify(b);

  const reviewInsert = async () => {
    if (!preview) return;
    dispatch({ type: 'deliveryStarted', busy: 'inserting' });
    try {
      dispatch({ type: 'insertPlanned', plan: await host.planInsert(messageOf(preview)) });
    } catch (error) {
      dispatch({ type: 'insertPlanned', plan: null });
      failed('The declaration cannot go into this message', error);
    } finally {
      dispatch({ type: 'finished' });
    }
  };

  const cancelInsert = useCallback(() => dispatch({ type: 'insertPlanned', plan: null }), []);

  const insert = async (supersede?: SupersedeRequest | null) => {
    const reviewed = flow.insertPlan;
    if (!preview || !saved || !reviewed) return;
    dispatch({ type: 'deliveryStarted', busy: 'inserting' });
    const message = messageOf(preview);
    // The SE may have edited the message since: insert only what they saw, else show them the new plan.
    let plan: InsertPlan;
    try {
      plan = await host.planInsert(message);
    } catch (error) {
      dispatch({ type: 'insertPlanned', plan: null });
      failed('The declaration cannot go into this message', error);
      dispatch({ type: 'finished' });
      return;
    }
    if (!samePlan(plan, reviewed)) {
      dispatch({ type: 'insertPlanned', plan });
      notify({ intent: 'info', title: 'The message changed', text: 'Check what inserting will change now, then insert again.' });
      dispatch({ type: 'finished' });
      return;
    }

    let declaration = created?.delivery === 'outlook' && created.state === 'drafted' ? created : null;
    try {
      // Inserting again re-uses the declaration already created for this preview: one email, one record.
      declaration ??= await api.createDeclaration(saved.id, 'outlook', supersede ?? undefined);
      dispatch({ type: 'created', declaration });
    } catch (error) {
      refusedOrFailed(error, 'The declaration was not created');
      dispatch({ type: 'finished' });
      return;
    }
    try {
      await host.insertDeclaration(
        { ...message, subject: declaration.subject, html: declaration.html ?? message.html, text: declaration.text ?? message.text },
        plan,
      );
      dispatch({ type: 'insertPlanned', plan: null });
    } catch (error) {
      failed('Outlook refused the declaration', error);
      dispatch({ type: 'finished' });
      return;
    }
    let itemId: string | null = null;
    try {
      itemId = await host.markDeclaration(declaration.id);
    } catch (error) {
      notify({
        intent: 'warning',
        title: 'Declaration inserted, but not marked',
        text: `Outlook did not save OutlookWin's mark on the message (${describe(error)}). After you send it, open Track Replies and choose “I’ve sent it”.`,
        track: declaration.id,
      });
      dispatch({ type: 'finished' });
      return;
    }
    try {
      // The saved message's id finds the sent copy even where Outlook dropped the mark.
      if (itemId) dispatch({ type: 'created', declaration: await api.recordComposeItem(declaration.id, itemId) });
    } catch {
      // The mark alone still finds it: nothing for the SE to do.
    }
    notify({
      intent: 'success',
      title: 'Declaration inserted',
      text: 'Review the message, then send it. OutlookWin recognises the sent message and tracks the reply.',
      track: declaration.id,
    });
    dispatch({ type: 'finished' });
  };

  /** A step that sends or drafts: busy while it runs, with the last notice cleared first. */
  const deliver = async (busy: 'inserting' | 'drafting' | 'sending', run: () => Promise<void>, fail: (error: unknown) => void) => {
    dispatch({ type: 'deliveryStarted', busy });
    try {
      await run();
    } catch (error) {
      fail(error);
    } finally {
      dispatch({ type: 'finished' });
    }
  };

  const openNew = async () => {
    if (!preview) return;
    await deliver(
      'inserting',
      async () => {
        await host.insertDeclaration(messageOf(preview));
        notify({
          intent: 'success',
          title: 'Declaration opened',
          text: 'A new message holds the declaration. Its reply is not tracked: use “Create draft in mailbox” for that.',
        });
      },
      (error) => failed('Outlook refused the declaration', error),
    );
  };

  const createDraft = async (supersede?: SupersedeRequest | null) => {
    if (!preview || !saved) return;
    await deliver(
      'drafting',
      async () => dispatch({ type: 'created', declaration: await api.createDeclaration(saved.id, 'mailbox', supersede ?? undefined) }),
      (error) => refusedOrFailed(error, 'The draft was not created'),
    );
  };

  const sendDraft = async () => {
    if (!created) return;
    await deliver(
      'sending',
      async () => {
        const sent = await api.sendDeclaration(created.id);
        dispatch({ type: 'created', declaration: sent });
        // Declared: the deal is out of the zombie phase.
        dispatch({ type: 'dueChanged', id: sent.planId, version: null, due: null });
        notify({ intent: 'success', title: 'Declaration sent', text: 'OutlookWin is watching for the reply.', track: sent.id });
        onTrack?.(sent.id);
      },
      (error) => {
        if (error instanceof ApiError && error.status === 409) {
          notify({ intent: 'info', title: 'Already sent', text: describe(error), track: created.id });
        } else if (error instanceof ApiError && error.retryAfterSeconds !== undefined) {
          notify({ intent: 'warning', title: 'Your mailbox is busy', text: `Nothing was sent. Try again in ${error.retryAfterSeconds} seconds.` });
        } else {
          failed('Not sent', error);
        }
      },
    );
  };

  const reload = async () => {
    if (!saved) return;
    try {
      open(await api.getPlan(saved.id));
    } catch (error) {
      failed('Reload failed', error);
    }
  };

  const refreshDue = useCallback(async () => {
    try {
      for (const plan of await api.listPlans()) dispatch({ type: 'dueChanged', id: plan.id, version: null, due: plan.declarationDue });
    } catch {
      // Quiet: the flag stays as it was until the next look.
    }
  }, [api]);

  return {
    flow,
    loadError: plans.error,
    open,
    edit,
    save,
    preview: previewDeclaration,
    reviewInsert,
    insert,
    cancelInsert,
    openNew,
    createDraft,
    sendDraft,
    reload,
    refreshDue,
  };
}
