import { Badge, makeStyles } from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  ClockRegular,
  DismissCircleFilled,
  DraftsRegular,
  HourglassHalfRegular,
  MailArrowUpRegular,
  HistoryRegular,
  QuestionCircleFilled,
  WarningFilled,
} from '@fluentui/react-icons';
import { stateBadge, type BadgeInput } from './declarationState';

const ICONS = {
  drafted: <DraftsRegular />,
  sent: <MailArrowUpRegular />,
  stale: <HourglassHalfRegular />,
  auto_reply: <ClockRegular />,
  confirmed: <CheckmarkCircleFilled />,
  conditional: <WarningFilled />,
  declined: <DismissCircleFilled />,
  ambiguous: <QuestionCircleFilled />,
  superseded: <HistoryRegular />,
} as const;

const useStyles = makeStyles({
  // A long state ("Sent — awaiting reply (under an hour)") wraps inside the badge in a narrow pane instead of
  // spilling out of its one-line height.
  badge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', paddingTop: '1px', paddingBottom: '1px', textAlign: 'left' },
});

/** The declaration's state in words, with a colour and icon that only repeat them. */
export function StateBadge({ declaration }: { declaration: BadgeInput }) {
  const styles = useStyles();
  const badge = stateBadge(declaration);
  return (
    <Badge
      className={styles.badge}
      appearance="tint"
      color={badge.color}
      shape="rounded"
      size="medium"
      icon={ICONS[declaration.state as keyof typeof ICONS]}
      data-testid="state-badge"
      data-state={declaration.state}
    >
      {badge.label}
    </Badge>
  );
}
