import { Button, Card, Checkbox, Field, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import type { CriterionStatus, MetricDirection } from '../../api/types';
import { errorFor, fieldRow, SelectField, TextField } from './fields';
import { MAX_LENGTH } from './planValidation';
import { isBooleanUnit, type CriterionForm, type FieldErrors } from './planForm';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  row: fieldRow('120px'),
  readout: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  blocker: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
});

export const STATUS_LABELS: Record<CriterionStatus, string> = {
  pending: 'Pending',
  proven: 'Proven',
  not_proven: 'Not proven',
  blocked: 'Blocked',
};

interface Props {
  index: number;
  criterion: CriterionForm;
  errors: FieldErrors;
  canRemove: boolean;
  unitListId: string;
  onChange: (patch: Partial<CriterionForm>) => void;
  onRemove: () => void;
}

/** One success criterion: its definition from the MSP, then its readout result. */
export function CriterionCard({ index, criterion: c, errors, canRemove, unitListId, onChange, onRemove }: Props) {
  const styles = useStyles();
  const n = index + 1;
  const path = (field: string) => `criteria[${index}].${field}`;
  const boolean = isBooleanUnit(c.unit);
  const blockerMessage = errorFor(errors, path('blocker'));

  return (
    <Card className={styles.card} role="group" aria-label={`Criterion ${n}`}>
      <div className={styles.header}>
        <Text weight="semibold">Criterion {n}</Text>
        <Button
          appearance="subtle"
          icon={<DeleteRegular />}
          aria-label={`Remove criterion ${n}`}
          disabled={!canRemove}
          onClick={onRemove}
        />
      </div>
      <TextField label="Title" name={`Criterion ${n} title`} path={path('title')} errors={errors} required maxLength={MAX_LENGTH.text}
        value={c.title} onChange={(title) => onChange({ title })} placeholder="Reduce MTTR" />
      <TextField label="Metric" name={`Criterion ${n} metric`} path={path('metric')} errors={errors} required maxLength={MAX_LENGTH.text}
        value={c.metric} onChange={(metric) => onChange({ metric })} placeholder="MTTR reduction" />
      <div className={styles.row}>
        <TextField label="Unit" name={`Criterion ${n} unit`} path={path('unit')} errors={errors} list={unitListId}
          required maxLength={MAX_LENGTH.unit}
          value={c.unit}
          onChange={(unit) => {
            // Switching to or from yes/no changes what the values mean: start them afresh.
            const switching = isBooleanUnit(unit) !== boolean;
            onChange(switching ? { unit, target: '', measured: '' } : { unit });
          }} />
        {!boolean && (
          <SelectField label="Direction" name={`Criterion ${n} direction`} path={path('direction')} errors={errors}
            value={c.direction} onChange={(v) => onChange({ direction: v as MetricDirection })}>
            <option value="higher_is_better">Higher is better</option>
            <option value="lower_is_better">Lower is better</option>
          </SelectField>
        )}
      </div>
      <div className={styles.row}>
        {boolean ? (
          <SelectField label="Target" name={`Criterion ${n} target`} path={path('target')} errors={errors} required
            value={c.target} onChange={(target) => onChange({ target })}>
            <option value="">Choose…</option>
            <option value="true">Yes</option>
            <option value="false">No</option>
          </SelectField>
        ) : (
          <TextField label="Target" name={`Criterion ${n} target`} path={path('target')} errors={errors} required
            inputMode="decimal" value={c.target} onChange={(target) => onChange({ target })} />
        )}
        <Field validationMessage={errorFor(errors, path('mandatory'))}>
          <Checkbox
            label="Mandatory"
            aria-label={`Criterion ${n} mandatory`}
            checked={c.mandatory}
            onChange={(_, data) => onChange({ mandatory: data.checked === true })}
          />
        </Field>
      </div>

      <div className={styles.readout}>
        <Text size={200} weight="semibold">Readout result</Text>
        <div className={styles.row}>
          {boolean ? (
            <SelectField label="Measured" name={`Criterion ${n} measured value`} path={path('measured')} errors={errors}
              value={c.measured} onChange={(measured) => onChange({ measured })}>
              <option value="">Not measured</option>
              <option value="true">Yes</option>
              <option value="false">No</option>
            </SelectField>
          ) : (
            <TextField label="Measured" name={`Criterion ${n} measured value`} path={path('measured')} errors={errors}
              inputMode="decimal" value={c.measured} onChange={(measured) => onChange({ measured })} />
          )}
          <SelectField label="Status" name={`Criterion ${n} status`} path={path('status')} errors={errors}
            value={c.status} onChange={(v) => onChange({ status: v as CriterionStatus })}>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </SelectField>
        </div>
        {c.status === 'blocked' && (
          <div className={styles.blocker}>
            {blockerMessage && <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>{blockerMessage}</Text>}
            <TextField label="Blocker" name={`Criterion ${n} blocker`} path={path('blocker.description')} errors={errors}
              hint="The known gap and its fix, e.g. legacy parser patch" required maxLength={MAX_LENGTH.description}
              value={c.blockerDescription} onChange={(blockerDescription) => onChange({ blockerDescription })} />
            <TextField label="Fix due" name={`Criterion ${n} fix due date`} path={path('blocker.fixDue')} errors={errors}
              type="date" required value={c.blockerFixDue} onChange={(blockerFixDue) => onChange({ blockerFixDue })} />
          </div>
        )}
      </div>
    </Card>
  );
}
