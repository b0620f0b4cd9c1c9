import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { KNOWN_UNITS } from '../../api/types';
import { CriterionCard } from './CriterionCard';
import { fieldRow, TextField } from './fields';
import { emptyCriterion, type CriterionForm, type FieldErrors, type PlanForm } from './planForm';
import { MAX_LENGTH } from './planValidation';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none' },
  // Two columns when the pane is wide enough, one in a narrow pane.
  row: fieldRow('170px'),
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
});

interface Props {
  form: PlanForm;
  errors: FieldErrors;
  onChange: (form: PlanForm) => void;
}

/** The Mutual Success Plan: deal, people, and the success criteria with their readout results. */
export function PlanEditor({ form, errors, onChange }: Props) {
  const styles = useStyles();
  const unitListId = useId();
  const set = (patch: Partial<PlanForm>) => onChange({ ...form, ...patch });
  const text = (key: Exclude<keyof PlanForm, 'criteria'>) => ({
    value: form[key],
    onChange: (value: string) => set({ [key]: value } as Partial<PlanForm>),
    errors,
  });
  const updateCriterion = (index: number, patch: Partial<CriterionForm>) =>
    set({ criteria: form.criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)) });

  return (
    <div className={styles.form}>
      <fieldset className={styles.section}>
        <legend className={styles.legend}><Subtitle2>Deal</Subtitle2></legend>
        <TextField label="Prospect" path="prospect" required maxLength={MAX_LENGTH.text} {...text('prospect')} />
        <TextField label="Deal name" path="dealName" required maxLength={MAX_LENGTH.text} {...text('dealName')} />
        <div className={styles.row}>
          <TextField label="POV start" path="povStart" type="date" required {...text('povStart')} />
          <TextField label="POV end" path="povEnd" type="date" required {...text('povEnd')} />
        </div>
        <TextField label="Readout date" path="readoutDate" type="date" {...text('readoutDate')} />
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}><Subtitle2>People</Subtitle2></legend>
        <div className={styles.row}>
          <TextField label="Account executive name" path="accountExecutive.name" required maxLength={MAX_LENGTH.text} {...text('aeName')} />
          <TextField label="Account executive email" path="accountExecutive.email" type="email" required maxLength={MAX_LENGTH.email} {...text('aeEmail')} />
        </div>
        <div className={styles.row}>
          <TextField label="Lead engineer name" path="leadEngineer.name" required maxLength={MAX_LENGTH.text} {...text('leadName')} />
          <TextField label="Lead engineer email" path="leadEngineer.email" type="email" required maxLength={MAX_LENGTH.email} {...text('leadEmail')} />
        </div>
        <div className={styles.row}>
          <TextField label="Economic buyer name" path="economicBuyer.name" required maxLength={MAX_LENGTH.text} {...text('buyerName')} />
          <TextField label="Economic buyer title" path="economicBuyer.title" maxLength={MAX_LENGTH.text} {...text('buyerTitle')} />
        </div>
        <TextField label="Economic buyer email" path="economicBuyer.email" type="email" required maxLength={MAX_LENGTH.email} {...text('buyerEmail')} />
        <div className={styles.row}>
          <TextField
            label="Sales engineer name (signs the emails)"
            path="salesEngineer.name"
            hint="Left empty, your own display name signs them."
            maxLength={MAX_LENGTH.text}
            {...text('seName')}
          />
          <TextField label="Sales engineer email" path="salesEngineer.email" type="email" maxLength={MAX_LENGTH.email} {...text('seEmail')} />
        </div>
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}><Subtitle2>Success criteria</Subtitle2></legend>
        <datalist id={unitListId}>
          {KNOWN_UNITS.map((u) => <option key={u} value={u} />)}
        </datalist>
        {form.criteria.map((c, i) => (
          <CriterionCard
            key={c.key}
            index={i}
            criterion={c}
            errors={errors}
            unitListId={unitListId}
            canRemove={form.criteria.length > 1}
            onChange={(patch) => updateCriterion(i, patch)}
            onRemove={() => set({ criteria: form.criteria.filter((_, j) => j !== i) })}
          />
        ))}
        <div>
          <Button icon={<AddRegular />} onClick={() => set({ criteria: [...form.criteria, emptyCriterion()] })}>
            Add criterion
          </Button>
        </div>
      </fieldset>
    </div>
  );
}
