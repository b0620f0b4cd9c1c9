import { Badge } from '@fluentui/react-components';
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

/** The declaration's state in words, with a colour and icon that only repeat them. */
export function StateBadge({ declaration }: { declaration: BadgeInput }) {
  const badge = stateBadge(declaration);
  return (
    <Badge
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
