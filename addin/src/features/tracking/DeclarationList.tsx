import { Body1Strong, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons';
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
  subject: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  facts: { color: tokens.colorNeutralForeground2 },
  superseded: { opacity: 0.75 },
  badge: { marginTop: tokens.spacingVerticalXS },
  chevron: { color: tokens.colorNeutralForeground3, fontSize: '16px' },
});

const NEEDS_ATTENTION = new Set(['ambiguous', 'declined', 'conditional']);

interface Props {
  declarations: DeclarationResponse[];
  onOpen: (id: string) => void;
}

/** "Conditional · sent 24 Nov 2026, 17:00": which declaration this is, so several of one deal can be told apart. */
export function cardFacts(d: Pick<DeclarationResponse, 'variant' | 'sentAt' | 'createdAt' | 'superseded'>): string {
  const variant = d.variant === 'conditional' ? 'Conditional' : 'Full';
  const when = d.sentAt ? `sent ${formatTime(d.sentAt)}` : `drafted ${formatTime(d.createdAt)}, not sent`;
  const replaced = d.superseded ? ` · superseded ${formatDay(d.superseded.at.slice(0, 10))}` : '';
  return `${variant} · ${when}${replaced}`;
}

/** Every declaration, newest first: who, what, and where it stands. */
export function DeclarationList({ declarations, onOpen }: Props) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Declarations">
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
              aria-label={`${d.prospect} — ${d.dealName}: ${badge.label}. ${facts}. ${d.subject}`}
            >
              <span className={styles.text}>
                <Body1Strong>
                  {d.prospect} — {d.dealName}
                </Body1Strong>
                <Caption1 className={styles.subject} title={d.subject}>
                  {d.subject}
                </Caption1>
                <Caption1 className={styles.facts} data-testid="card-facts">
                  {facts}
                </Caption1>
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
