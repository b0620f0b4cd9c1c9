import { Body1, Body1Strong, Button, Field, Link, mergeClasses } from '@fluentui/react-components';
import { DismissRegular, DraftsRegular, MailArrowUpRegular, OpenRegular, ArrowReplyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { FollowUpApi } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { DeclarationResponse, FollowUpDraft, FollowUpKind, FollowUpResult, ReplyDto } from '../../api/types';
import { describe, emailDocument, formatDay, formatPeople } from '../../shared/format';
import { Notice, type NoticeMessage } from '../../shared/Notice';
import { usePanelStyles } from '../../shared/panelStyles';

const quoteList = (titles: string[]): string => {
  const quoted = titles.map((t) => `“${t}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
};

/**
 * The criteria a reconfirm follow-up is about: those the conditional reply read as conditional
 * (the API drafts the request for the blocked criteria now proven, and does not name them apart).
 */
export function reconfirmCriteria(reply: ReplyDto | null): string[] {
  return (reply?.criteria ?? []).filter((c) => c.reading === 'conditional').map((c) => c.title);
}

interface Offer {
  title: string;
  text: string;
  action: string;
}

/** What the pane offers for each follow-up the API says the declaration needs. */
export function followUpOffer(kind: FollowUpKind, declaration: Pick<DeclarationResponse, 'replyDue' | 'reply'>): Offer {
  switch (kind) {
    case 'stale': {
      const due = declaration.replyDue ? ` It was due ${formatDay(declaration.replyDue)}.` : '';
      return {
        title: 'No written answer yet',
        text: `Silence is not a Technical Win.${due} Send a polite, specific nudge that asks for a one-line written confirmation of the criteria.`,
        action: 'Draft the follow-up',
      };
    }
    case 'ambiguous':
      return {
        title: 'Not a written confirmation',
        text: 'A 👍 or “looks good” is not a Technical Win. Thank them, and ask for one sentence confirming the evaluation was a success.',
        action: 'Ask for a written confirmation',
      };
    case 'reconfirm': {
      const criteria = reconfirmCriteria(declaration.reply);
      return {
        title: 'The blocking criterion is proven',
        text: 'Ask the lead engineer to confirm it in writing: that turns the conditional win into a full one.',
        action: criteria.length > 0 ? `Ask to reconfirm ${quoteList(criteria)}` : 'Ask to reconfirm the fixed criterion',
      };
    }
  }
}

interface Props {
  api: FollowUpApi;
  declaration: DeclarationResponse;
  kind: FollowUpKind;
  /** Reads the declarations again (the follow-up is now in the evidence). */
  onRefresh: () => void;
}

/** The zombie clock's follow-up: preview the drafted email, then put it in Drafts or send it. */
export function FollowUpPanel({ api, declaration: d, kind, onRefresh }: Props) {
  const styles = usePanelStyles();
  const [draft, setDraft] = useState<FollowUpDraft | null>(null);
  const [busy, setBusy] = useState<'preview' | 'draft' | 'send' | null>(null);
  const [result, setResult] = useState<FollowUpResult | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const offer = followUpOffer(kind, d);

  const preview = async () => {
    setBusy('preview');
    setNotice(null);
    setResult(null);
    try {
      setDraft(await api.previewFollowUp(d.id));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setNotice({ intent: 'info', title: 'No follow-up needed now', text: error.problem.detail });
        onRefresh();
      } else {
        setNotice({ intent: 'error', title: 'Could not draft the follow-up', text: describe(error) });
      }
    } finally {
      setBusy(null);
    }
  };

  const create = async (send: boolean) => {
    setBusy(send ? 'send' : 'draft');
    setNotice(null);
    try {
      setResult(await api.createFollowUp(d.id, { send }));
      setDraft(null);
      onRefresh();
    } catch (error) {
      if (error instanceof ApiError && error.retryAfterSeconds !== undefined) {
        setNotice({ intent: 'warning', title: 'Your mailbox is busy', text: `Nothing was ${send ? 'sent' : 'saved'}. Try again in ${error.retryAfterSeconds} seconds.` });
      } else {
        setNotice({ intent: 'error', title: send ? 'Follow-up not sent' : 'Follow-up not saved', text: describe(error) });
      }
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className={mergeClasses(styles.card, styles.warn)} aria-label="Follow-up" data-kind={kind}>
      <Body1Strong as="h3" className={styles.heading}>
        <ArrowReplyRegular className={styles.headingIcon} aria-hidden />
        {offer.title}
      </Body1Strong>
      <Body1>{offer.text}</Body1>

      {!draft && (
        <div className={styles.actions}>
          <Button appearance={result ? 'secondary' : 'primary'} disabled={busy !== null} onClick={() => void preview()}>
            {busy === 'preview' ? 'Drafting…' : offer.action}
          </Button>
        </div>
      )}

      {draft && (
        <div className={styles.stack} role="group" aria-label="Follow-up preview">
          <dl className={styles.meta}>
            <dt className={styles.dt}>To</dt>
            <dd className={styles.dd} data-testid="follow-up-to">{formatPeople([draft.to])}</dd>
            <dt className={styles.dt}>Cc</dt>
            <dd className={styles.dd}>{formatPeople(draft.cc) || '—'}</dd>
            <dt className={styles.dt}>Subject</dt>
            <dd className={styles.dd} data-testid="follow-up-subject">{draft.subject}</dd>
          </dl>
          <Field label="Follow-up email">
            {/* The API escapes the HTML; the empty sandbox still blocks scripts, forms and navigation. */}
            <iframe className={styles.frame} title="Follow-up email preview" sandbox="" referrerPolicy="no-referrer" srcDoc={emailDocument(draft.html)} />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" icon={<DraftsRegular />} disabled={busy !== null} onClick={() => void create(false)}>
              {busy === 'draft' ? 'Saving…' : 'Create draft'}
            </Button>
            <Button icon={<MailArrowUpRegular />} disabled={busy !== null} onClick={() => void create(true)}>
              {busy === 'send' ? 'Sending…' : 'Send now'}
            </Button>
            <Button appearance="subtle" icon={<DismissRegular />} disabled={busy !== null} onClick={() => setDraft(null)} aria-label="Cancel the follow-up">
              Cancel
            </Button>
          </div>
        </div>
      )}

      {result && (
        <Notice
          intent="success"
          label="Follow-up result"
          title={result.sent ? 'Follow-up sent' : 'Follow-up saved in your Drafts'}
          text={result.sent ? 'OutlookWin keeps watching for the answer.' : 'Edit it in Outlook if you like, then send it.'}
        >
          {!result.sent && result.draftWebLink && (
            <>
              {' '}
              <Link href={result.draftWebLink} target="_blank" rel="noopener noreferrer" inline>
                <OpenRegular aria-hidden /> Open the draft
              </Link>
            </>
          )}
        </Notice>
      )}
      {notice && <Notice {...notice} />}
    </section>
  );
}
