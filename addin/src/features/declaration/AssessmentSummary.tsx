import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { AssessmentDto, PlanWarningDto } from '../../api/types';
import { Notice } from '../../shared/Notice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  line: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export const VARIANT_LABELS = {
  full: 'Full Technical Win',
  conditional: 'Conditional Technical Win',
} as const;

interface Props {
  assessment: AssessmentDto;
  warnings: PlanWarningDto[];
  /** True when the form has changes the assessment does not reflect yet. */
  stale: boolean;
}

/** Which declaration the saved plan supports, or why none does, and what to double-check. */
export function AssessmentSummary({ assessment, warnings, stale }: Props) {
  const styles = useStyles();
  const variant = assessment.variant;
  return (
    <section className={styles.root} aria-label="Declaration assessment">
      <div className={styles.line}>
        <Text weight="semibold">Declaration:</Text>
        {variant === 'full' && <Badge appearance="filled" color="success">{VARIANT_LABELS.full}</Badge>}
        {variant === 'conditional' && <Badge appearance="filled" color="warning">{VARIANT_LABELS.conditional}</Badge>}
        {variant === null && <Badge appearance="filled" color="danger">No declaration yet</Badge>}
        {stale && <Text size={200} italic>Save to update</Text>}
      </div>
      {variant === 'conditional' && (
        <Text size={200}>
          Commercial and legal review can start now; the contract waits for the blocked fix to be deployed and validated.
        </Text>
      )}
      {variant === null && assessment.reasons.length > 0 && (
        <Notice intent="error" title="Why no declaration applies">
          <ul className={styles.list}>
            {assessment.reasons.map((r) => <li key={r}>{r}</li>)}
          </ul>
        </Notice>
      )}
      {warnings.length > 0 && (
        <Notice intent="warning" title="Check before sending">
          <ul className={styles.list}>
            {warnings.map((w) => <li key={`${w.field}:${w.message}`}>{w.message}</li>)}
          </ul>
        </Notice>
      )}
    </section>
  );
}
