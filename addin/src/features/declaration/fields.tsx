import { Field, Input, makeStyles, Select, tokens, type GriffelStyle, type InputProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { FieldErrors } from './planForm';

const useStyles = makeStyles({
  // Let inputs shrink with the pane instead of keeping their intrinsic width in grid rows.
  control: { width: '100%', minWidth: 0 },
});

/**
 * A row of fields: as many columns of at least `minColumn` as fit, one in a narrow pane. Each field's label, input
 * and message share the row's tracks (a subgrid), so the inputs stay in line when one label wraps or one field
 * shows an error.
 */
export const fieldRow = (minColumn: string): GriffelStyle => ({
  display: 'grid',
  gridTemplateColumns: `repeat(auto-fit, minmax(${minColumn}, 1fr))`,
  alignItems: 'start',
  columnGap: tokens.spacingHorizontalM,
  rowGap: tokens.spacingVerticalS,
  '& > .fui-Field': { gridRow: 'span 3', display: 'grid', gridTemplateRows: 'subgrid', rowGap: 0, alignContent: 'start' },
  // A checkbox has no label above it: it sits on the inputs' line.
  '& > .fui-Field > .fui-Checkbox': { gridRowStart: 2, alignSelf: 'center' },
});

/** The validation message for one API field path, or undefined. */
export function errorFor(errors: FieldErrors, path: string): string | undefined {
  const messages = errors[path];
  return messages && messages.length > 0 ? messages.join(' ') : undefined;
}

interface BaseFieldProps {
  /** Visible label. */
  label: string;
  /** Accessible name when the visible label alone is ambiguous (e.g. "Criterion 2 title"). */
  name?: string;
  /** API field path whose errors show under this field. */
  path: string;
  errors: FieldErrors;
  hint?: string;
  required?: boolean;
}

export function TextField(
  props: BaseFieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: InputProps['type'];
    list?: string;
    placeholder?: string;
    inputMode?: 'text' | 'decimal' | 'email';
    /** The API's limit for the field, enforced as the SE types. */
    maxLength?: number;
  },
) {
  const styles = useStyles();
  const message = errorFor(props.errors, props.path);
  return (
    <Field
      label={props.label}
      hint={props.hint}
      required={props.required}
      validationMessage={message}
      validationState={message ? 'error' : 'none'}
    >
      <Input
        className={styles.control}
        aria-label={props.name ?? props.label}
        value={props.value}
        type={props.type ?? 'text'}
        list={props.list}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        data-path={props.path}
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
}

export function SelectField(
  props: BaseFieldProps & {
    value: string;
    onChange: (value: string) => void;
    children: ReactNode;
  },
) {
  const styles = useStyles();
  const message = errorFor(props.errors, props.path);
  return (
    <Field
      label={props.label}
      hint={props.hint}
      required={props.required}
      validationMessage={message}
      validationState={message ? 'error' : 'none'}
    >
      <Select
        className={styles.control}
        aria-label={props.name ?? props.label}
        value={props.value}
        data-path={props.path}
        onChange={(_, data) => props.onChange(data.value)}
      >
        {props.children}
      </Select>
    </Field>
  );
}
