import { Button, Field, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DraftsRegular, MailArrowUpRegular, OpenRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { DeclarationPreview as Preview } from '../../api/types';
import type { InsertPlan, ItemMode } from '../../office/OutlookHost';
import { emailDocument, formatPeople } from '../../shared/format';
import { Notice } from '../../shared/Notice';
import { describeInsert } from './insertSummary';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  meta: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  choices: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalS },
  choice: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
  frame: {
    width: '100%',
    height: '420px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

// The declaration reads larger than a panel's follow-up: it is the page's main content.
const PREVIEW_LOOK = { fontPx: 14, marginPx: 12 };

interface Props {
  preview: Preview;
  mode: ItemMode;
  busy: 'inserting' | 'drafting' | string | null;
  /** Compose: work out what inserting changes and show it (tracked once confirmed). Read: open as a new message (not tracked). */
  onInsert: () => void;
  /** Compose: what inserting will change, waiting for the SE's go-ahead. */
  insertPlan?: InsertPlan | null;
  onConfirmInsert?: () => void;
  onCancelInsert?: () => void;
  /** Create the declaration as a draft in the mailbox (tracked, sent from the pane). */
  onCreateDraft: () => void;
  /** Why Insert (compose) is off now, shown above the choices; null when it may run. */
  insertBlocked?: boolean;
  /** Why Create draft is off now; null when it may run. */
  draftBlocked?: boolean;
  /** Shown above the choices: what keeps them off, and how to go on (the plan's live declaration). */
  gate?: ReactNode;
}

export function DeclarationPreview({
  preview,
  mode,
  busy,
  onInsert,
  insertPlan,
  onConfirmInsert,
  onCancelInsert,
  onCreateDraft,
  insertBlocked = false,
  draftBlocked = false,
  gate,
}: Props) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Declaration preview">
      <dl className={styles.meta}>
        <dt className={styles.dt}>Subject</dt>
        <dd className={styles.dd} data-testid="preview-subject">{preview.subject}</dd>
        <dt className={styles.dt}>To</dt>
        <dd className={styles.dd} data-testid="preview-to">{formatPeople(preview.to)}</dd>
        <dt className={styles.dt}>Cc</dt>
        <dd className={styles.dd} data-testid="preview-cc">{formatPeople(preview.cc)}</dd>
      </dl>
      {/* The warnings are the plan's, shown once above with the assessment (the API gives both the same list). */}
      <Field label="Email body">
        {/* The HTML is escaped by the API; an empty sandbox still blocks scripts, forms and navigation. */}
        <iframe
          className={styles.frame}
          title="Declaration email preview"
          sandbox=""
          referrerPolicy="no-referrer"
          srcDoc={emailDocument(preview.html, PREVIEW_LOOK)}
        />
      </Field>
      {gate}
      <div className={styles.choices} role="group" aria-label="How to send it">
        {mode === 'compose' && !insertPlan && (
          <div className={styles.choice}>
            <Button appearance="primary" icon={<MailArrowUpRegular />} disabled={busy !== null || insertBlocked} onClick={onInsert}>
              {busy === 'inserting' ? 'Checking the message…' : 'Insert into message'}
            </Button>
            <Text size={200} className={styles.hint}>
              Puts the declaration into the message you are writing — you see what changes first; nobody and nothing
              already there is removed — and marks and saves it, so OutlookWin tracks the reply once you send it.
            </Text>
          </div>
        )}
        {mode === 'compose' && insertPlan && (
          <Notice
            intent="info"
            label="What inserting changes"
            title="Insert into this message?"
            text={describeInsert(insertPlan)}
            actions={
              <>
                <Button
                  appearance="primary"
                  icon={<MailArrowUpRegular />}
                  disabled={busy !== null || insertBlocked}
                  onClick={onConfirmInsert}
                >
                  {busy === 'inserting' ? 'Inserting…' : 'Insert'}
                </Button>
                <Button disabled={busy !== null} onClick={onCancelInsert}>
                  Cancel
                </Button>
              </>
            }
          />
        )}
        <div className={styles.choice}>
          <Button
            appearance={mode === 'compose' ? 'secondary' : 'primary'}
            icon={<DraftsRegular />}
            disabled={busy !== null || draftBlocked}
            onClick={onCreateDraft}
          >
            {busy === 'drafting' ? 'Creating draft…' : 'Create draft in mailbox'}
          </Button>
          <Text size={200} className={styles.hint}>
            Saves it to your Drafts; then send it from OutlookWin, or edit it in Outlook first. The reply is tracked.
          </Text>
        </div>
        {mode === 'none' && (
          <Text size={200} className={styles.hint}>
            No message is selected: start a message (or select one) to put the declaration into it, or save it as a draft.
          </Text>
        )}
        {mode === 'read' && (
          <div className={styles.choice}>
            <Button appearance="secondary" icon={<OpenRegular />} disabled={busy !== null} onClick={onInsert}>
              Open as new message
            </Button>
            <Text size={200} className={styles.hint}>
              Opens a new message with the declaration, ready for a final edit. Outlook gives add-ins no way to mark that
              window, so its reply is not tracked.
            </Text>
          </div>
        )}
      </div>
    </section>
  );
}
