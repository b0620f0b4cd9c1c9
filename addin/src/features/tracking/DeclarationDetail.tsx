import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Link,
  makeStyles,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, CheckmarkRegular, OpenRegular, PersonEditRegular, SendRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { DeclarationActionsApi } from '../../api/client';
import type { DeclarationResponse, OverrideDto, ReplyDto } from '../../api/types';
import type { OutlookHost } from '../../office/OutlookHost';
import { formatAddress, formatPeople, formatTime, shortHash } from '../../shared/format';
import { matchedByLabel, readingLabel, senderLabel, verdictLabel } from '../../shared/labels';
import { SenderCheck } from './SenderCheck';
import { Notice } from '../../shared/Notice';
import { usePanelStyles } from '../../shared/panelStyles';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { OverridePanel } from '../evidence/OverridePanel';
import { FollowUpPanel } from '../followUp/FollowUpPanel';
import { ForwardPanel } from '../forward/ForwardPanel';
import { stateBadge } from './declarationState';
import { ReplyText } from './ReplyText';
import { StateBadge } from './StateBadge';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  back: { alignSelf: 'flex-start', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  title: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  subject: { overflowWrap: 'anywhere', margin: 0, ':focus': { outline: 'none' } },
  meta: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  quotes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  criteria: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  reading: { fontWeight: tokens.fontWeightSemibold },
  confirmed: { color: tokens.colorPaletteGreenForeground1 },
  // Dark orange: marigold is too pale to read on white (WCAG AA contrast).
  conditional: { color: tokens.colorPaletteDarkOrangeForeground1 },
  disputed: { color: tokens.colorPaletteRedForeground1 },
  not_mentioned: { color: tokens.colorNeutralForeground3 },
  hash: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  summary: { cursor: 'pointer', color: tokens.colorBrandForegroundLink, fontSize: tokens.fontSizeBase200 },
  override: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteBerryBorderActive}` },
  overrideTitle: { margin: 0, display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  reason: { margin: 0, overflowWrap: 'anywhere', fontStyle: 'italic' },
  more: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  moreItem: { ':not(:last-child)': { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` } },
  morePanel: { paddingBottom: tokens.spacingVerticalM },
});

/** States whose replies can be forwarded, or need an override before they can. */
const HAS_ANSWER = new Set(['confirmed', 'conditional', 'ambiguous', 'declined', 'auto_reply']);

type MoreSection = 'override' | 'evidence';

export type DetailAction = 'send' | 'sent-from-outlook';

interface Props {
  declaration: DeclarationResponse;
  api: DeclarationActionsApi;
  host: Pick<OutlookHost, 'saveFile' | 'canOpenInBrowser' | 'openInBrowser' | 'openDraft'>;
  busy: DetailAction | null;
  onBack: () => void;
  onSend: () => void;
  onSentFromOutlook: () => void;
  /** A fresher declaration from an action's answer (override, forward). */
  onChanged: (fresh: DeclarationResponse) => void;
  /** Reads the declarations again. */
  onRefresh: () => void;
}

/**
 * One declaration: where it stands, the next step (a follow-up, the forward to the VP), the reply
 * that decided it with its evidence highlighted, and — folded away — the override and the evidence chain.
 */
export function DeclarationDetail({ declaration: d, api, host, busy, onBack, onSend, onSentFromOutlook, onChanged, onRefresh }: Props) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const badge = stateBadge(d);
  const others = d.replies.filter((r) => r.id !== d.reply?.id).reverse();
  const [more, setMore] = useState<MoreSection[]>([]);
  const overrideRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Opening a declaration is a new page to a screen reader: start at its top, with focus on its heading.
  useEffect(() => {
    const root = rootRef.current;
    root?.scrollIntoView?.({ block: 'start' });
    // A fractional layout can leave the top a fraction of a pixel above the pane: bring it fully into view.
    const top = root?.getBoundingClientRect().top ?? 0;
    if (top < 0) window.scrollBy(0, Math.floor(top));
    headingRef.current?.focus({ preventScroll: true });
  }, [d.id]);

  const openOverride = () => {
    setMore((open) => (open.includes('override') ? open : [...open, 'override']));
    // After the panel has rendered: bring it into view and put focus on its first choice.
    setTimeout(() => {
      overrideRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
      rootRef.current?.querySelector<HTMLElement>('form[aria-label="Override verdict"] select')?.focus({ preventScroll: true });
    }, 0);
  };

  return (
    <article ref={rootRef} className={styles.root} aria-label="Declaration details" data-declaration-id={d.id}>
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
        All declarations
      </Button>

      <div className={styles.title}>
        <Caption1>
          {d.prospect} — {d.dealName}
        </Caption1>
        <h2 className={styles.subject} ref={headingRef} tabIndex={-1}>
          <Subtitle2>{d.subject}</Subtitle2>
        </h2>
        <div>
          <StateBadge declaration={d} />
        </div>
        {badge.hint && <Caption1>{badge.hint}</Caption1>}
      </div>

      {d.superseded && (
        <Notice
          intent="info"
          data-testid="superseded-note"
          title={`Superseded on ${formatTime(d.superseded.at)}`}
          text={`A newer declaration of this plan replaced this one: “${d.superseded.reason}”. OutlookWin no longer tracks it; its replies and evidence are kept.`}
        />
      )}
      {d.override && <OverrideNote override={d.override} reply={d.reply} />}
      {d.stoppedLooking && (
        <Notice
          intent="warning"
          data-testid="stopped-looking"
          title="Not found in Sent Items"
          text="OutlookWin has stopped looking for this declaration in Sent Items. If you sent it, it was not this draft or the message it was inserted into: send it from here to track the reply."
        />
      )}

      {d.state === 'drafted' && d.delivery === 'mailbox' && (
        <div className={panel.actions}>
          <Button appearance="primary" icon={<SendRegular />} disabled={busy !== null} onClick={onSend}>
            {busy === 'send' ? 'Sending…' : 'Send'}
          </Button>
          {(d.draftWebLink || d.draftMessageId) && (
            <Link
              href={d.draftWebLink ?? undefined}
              target="_blank"
              rel="noopener noreferrer"
              onClick={(event) => {
                // Outlook's own window where the host can open one; the web link otherwise.
                if (host.openDraft({ itemId: d.draftMessageId ?? null, webLink: d.draftWebLink })) event.preventDefault();
              }}
            >
              <OpenRegular aria-hidden /> Open the draft in Outlook
            </Link>
          )}
        </div>
      )}
      {d.state === 'drafted' && d.delivery === 'outlook' && (
        <div className={styles.section}>
          <div className={panel.actions}>
            <Button appearance="primary" icon={<CheckmarkRegular />} disabled={busy !== null} onClick={onSentFromOutlook}>
              {busy === 'sent-from-outlook' ? 'Saving…' : 'I’ve sent it'}
            </Button>
          </div>
          <Caption1>
            Inserted into an Outlook message. Once you send that message, OutlookWin finds it in Sent Items by itself; say so
            here to start tracking at once.
          </Caption1>
        </div>
      )}

      {d.followUp && <FollowUpPanel api={api} declaration={d} kind={d.followUp} onRefresh={onRefresh} />}
      {d.senderToAcknowledge && <SenderCheck api={api} declaration={d} onChanged={onChanged} />}
      {HAS_ANSWER.has(d.state) && <ForwardPanel api={api} declaration={d} onChanged={onChanged} onOverride={openOverride} />}

      <dl className={styles.meta}>
        <dt className={styles.dt}>To</dt>
        <dd className={styles.dd}>{formatPeople(d.to) || '—'}</dd>
        <dt className={styles.dt}>Cc</dt>
        <dd className={styles.dd}>{formatPeople(d.cc) || '—'}</dd>
        <dt className={styles.dt}>Sent</dt>
        <dd className={styles.dd} data-testid="sent-at">
          {d.sentAt ? formatTime(d.sentAt) : 'Not sent yet'}
        </dd>
        <dt className={styles.dt}>Sent with</dt>
        <dd className={styles.dd}>{d.delivery === 'outlook' ? 'Outlook’s compose window' : 'OutlookWin, from your mailbox'}</dd>
        <dt className={styles.dt}>Variant</dt>
        <dd className={styles.dd}>{d.variant === 'conditional' ? 'Conditional Technical Win' : 'Full Technical Win'}</dd>
      </dl>

      {d.reply ? (
        <section className={panel.card} aria-label="Deciding reply">
          <ReplyBody reply={d.reply} heading="The reply that decided it" />
        </section>
      ) : (
        d.sentAt && (
          <Notice intent="info" text="No reply yet. This view updates by itself when one arrives." />
        )
      )}

      {others.length > 0 && (
        <section className={styles.section} aria-label="Other replies">
          <Body1Strong as="h3" className={styles.heading}>Other replies ({others.length})</Body1Strong>
          <Accordion collapsible multiple>
            {others.map((r) => (
              <AccordionItem key={r.id} value={r.id}>
                <AccordionHeader size="small">
                  {verdictLabel(r.verdict)} — {r.fromName ?? r.from}, {formatTime(r.receivedAt)}
                </AccordionHeader>
                <AccordionPanel>
                  <div className={panel.card}>
                    <ReplyBody reply={r} heading={null} />
                  </div>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </section>
      )}

      <Accordion
        className={styles.more}
        collapsible
        multiple
        openItems={more}
        onToggle={(_, data) => setMore(data.openItems as MoreSection[])}
      >
        {d.sentAt && (
          <AccordionItem value="override" className={styles.moreItem}>
            <div ref={overrideRef}>
              <AccordionHeader as="h3" size="medium">
                Override verdict
              </AccordionHeader>
            </div>
            <AccordionPanel className={styles.morePanel}>
              <OverridePanel api={api} declaration={d} onChanged={onChanged} />
            </AccordionPanel>
          </AccordionItem>
        )}
        <AccordionItem value="evidence" className={styles.moreItem}>
          <AccordionHeader as="h3" size="medium">
            Evidence
          </AccordionHeader>
          <AccordionPanel className={styles.morePanel}>
            <EvidencePanel api={api} host={host} declaration={d} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </article>
  );
}

/** The SE's verdict and why, beside what the reply itself says: both stay on record. */
function OverrideNote({ override, reply }: { override: OverrideDto; reply: ReplyDto | null }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  return (
    <section className={`${panel.card} ${styles.override}`} aria-label="Override">
      <Body1Strong as="h3" className={styles.overrideTitle}>
        <PersonEditRegular aria-hidden />
        Verdict set by hand: {verdictLabel(override.verdict)}
      </Body1Strong>
      <Caption1>
        by {override.by}, {formatTime(override.at)}
      </Caption1>
      <Body1 as="p" className={styles.reason}>
        “{override.reason}”
      </Body1>
      {reply && (
        <Caption1 data-testid="own-reading">
          The reply’s own reading: <strong>{verdictLabel(reply.verdict)}</strong> ({Math.round(reply.confidence * 100)}% confidence), kept in the
          evidence.
        </Caption1>
      )}
    </section>
  );
}

function ReplyBody({ reply, heading }: { reply: ReplyDto; heading: string | null }) {
  const styles = useStyles();
  const from = formatAddress(reply.fromName, reply.from);
  return (
    <>
      {heading && (
        <Body1Strong as="h3" className={styles.heading}>
          {heading}
        </Body1Strong>
      )}
      <dl className={styles.meta}>
        <dt className={styles.dt}>From</dt>
        <dd className={styles.dd}>{from}</dd>
        <dt className={styles.dt}>Sender</dt>
        <dd className={styles.dd} data-testid="reply-sender">
          {senderLabel(reply)}
        </dd>
        <dt className={styles.dt}>Received</dt>
        <dd className={styles.dd}>{formatTime(reply.receivedAt)}</dd>
        <dt className={styles.dt}>Verdict</dt>
        <dd className={styles.dd} data-testid="reply-verdict">
          {verdictLabel(reply.verdict)} · {Math.round(reply.confidence * 100)}% confidence
        </dd>
        <dt className={styles.dt}>Matched</dt>
        <dd className={styles.dd} title={reply.matchedBy}>
          {matchedByLabel(reply.matchedBy)}
        </dd>
        <dt className={styles.dt}>SHA-256</dt>
        <dd className={styles.dd}>
          <details>
            <summary className={styles.summary} aria-label={`SHA-256 ${shortHash(reply.sha256)}, show the full hash`}>
              <code className={styles.hash} title={reply.sha256}>
                {shortHash(reply.sha256)}
              </code>
            </summary>
            <code className={styles.hash} data-testid="sha256-full">
              {reply.sha256}
            </code>
          </details>
        </dd>
      </dl>
      {reply.readError ? (
        <Notice
          intent="warning"
          title="This reply could not be read"
          text={`${reply.readError}. It is kept with its original message as evidence and is not counted as a confirmation; open it in Outlook, then set the verdict by hand.`}
          data-testid="reply-unreadable"
        />
      ) : (
        reply.explanation && <Body1>{reply.explanation}</Body1>
      )}

      <ReplyText text={reply.replyText} evidence={reply.evidence} label={`Reply from ${reply.fromName ?? reply.from}`} />

      {reply.conditions.length > 0 && (
        <div className={styles.section}>
          <Body1Strong as="h4" className={styles.heading}>Conditions</Body1Strong>
          <ul className={styles.quotes} aria-label="Conditions">
            {reply.conditions.map((c, i) => (
              <li key={i}>
                <q>{c}</q>
              </li>
            ))}
          </ul>
        </div>
      )}
      {reply.objections.length > 0 && (
        <div className={styles.section}>
          <Body1Strong as="h4" className={styles.heading}>Objections</Body1Strong>
          <ul className={styles.quotes} aria-label="Objections">
            {reply.objections.map((o, i) => (
              <li key={i}>
                <q>{o}</q>
              </li>
            ))}
          </ul>
        </div>
      )}
      {reply.criteria.length > 0 && (
        <div className={styles.section}>
          <Body1Strong as="h4" className={styles.heading}>Success criteria in this reply</Body1Strong>
          <ol className={styles.criteria} aria-label="Criteria readings">
            {reply.criteria.map((c) => (
              <li key={c.index} value={c.index + 1}>
                {c.title}:{' '}
                <span className={`${styles.reading} ${styles[readingClass(c.reading)]}`}>{readingLabel(c.reading)}</span>
                {c.evidence.length > 0 && (
                  <>
                    {' — '}
                    {c.evidence.map((e, i) => (
                      <q key={i}>{e}</q>
                    ))}
                  </>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}

const readingClass = (reading: string): 'confirmed' | 'conditional' | 'disputed' | 'not_mentioned' =>
  reading === 'confirmed' || reading === 'conditional' || reading === 'disputed' ? reading : 'not_mentioned';
