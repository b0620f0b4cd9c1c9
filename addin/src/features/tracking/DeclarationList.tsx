import { Body1Strong, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { DeclarationResponse } from '../../api/types';
import { formatDay, formatTime } from '../../shared/format';
import { stateBadge } from './declarationState';
import { StateBadge } from './StateBadge';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    textAlign: 'left',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}` },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  attention: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteDarkOrangeBorderActive}` },
  text: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  // The whole subject, wrapped: it carries what differs between declarations ("2 of 3 criteria validated").
  subject: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  facts: { color: tokens.colorNeutralForeground2 },
  superseded: { opacity: 0.75 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  badge: { marginTop: tokens.spacingVerticalXS },
  chevron: { color: tokens.colorNeutralForeground3, fontSize: '16px' },
});

const NEEDS_ATTENTION = new Set(['ambiguous', 'declined', 'conditional']);

interface Props {
  declarations: DeclarationResponse[];
  onOpen: (id: string) => void;
  /** The declaration the SE just came back from: its card takes focus, so they are where they left off. */
  focusId?: string | null;
}

/** "Conditional · sent 24 Nov 2026, 17:00": which declaration this is, so several of one deal can be told apart. */
export function cardFacts(d: Pick<DeclarationResponse, 'variant' | 'sentAt' | 'createdAt' | 'superseded'>): string {
  const variant = d.variant === 'conditional' ? 'Conditional' : 'Full';
  const when = d.sentAt ? `sent ${formatTime(d.sentAt)}` : `drafted ${formatTime(d.createdAt)}, not sent`;
  const replaced = d.superseded ? ` · superseded ${formatDay(d.superseded.at.slice(0, 10))}` : '';
  return `${variant} · ${when}${replaced}`;
}

/** Every declaration, newest first: who, what, and where it stands. */
export function DeclarationList({ declarations, onOpen, focusId = null }: Props) {
  const styles = useStyles();
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!focusId) return;
    const item = [...(listRef.current?.children ?? [])].find((li) => li.getAttribute('data-declaration-id') === focusId);
    const card = item?.querySelector('button');
    card?.scrollIntoView?.({ block: 'nearest' });
    card?.focus({ preventScroll: true });
    // Only on coming back, not on every refresh of the list.
  }, [focusId]);
  return (
    <ul ref={listRef} className={styles.list} aria-label="Declarations">
      {declarations.map((d) => {
        const badge = stateBadge(d);
        const attention = NEEDS_ATTENTION.has(d.state) || badge.color === 'severe';
        const facts = cardFacts(d);
        return (
          <li key={d.id} data-declaration-id={d.id}>
            <button
              type="button"
              className={mergeClasses(styles.item, attention && styles.attention, d.state === 'superseded' && styles.superseded)}
              onClick={() => onOpen(d.id)}
            >
              <span className={styles.text}>
                {/* Named by what it shows, in the order shown (speech input users say what they see); the hidden
                    punctuation makes a screen reader pause between the parts. */}
                <Body1Strong>
                  {d.prospect} — {d.dealName}
                </Body1Strong>
                <span className={styles.hidden}>: </span>
                <Caption1 className={styles.subject}>{d.subject}</Caption1>
                <span className={styles.hidden}>. </span>
                <Caption1 className={styles.facts} data-testid="card-facts">
                  {facts}
                </Caption1>
                <span className={styles.hidden}>. </span>
                <span className={styles.badge}>
                  <StateBadge declaration={d} />
                </span>
              </span>
              <ChevronRightRegular className={styles.chevron} aria-hidden />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
