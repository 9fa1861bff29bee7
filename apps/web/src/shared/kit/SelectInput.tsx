import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import { useController, type Control, type FieldValues, type Path, type RegisterOptions } from 'react-hook-form';
import { toOptions, type ChoiceSource, type Option } from './choices';

export type SelectInputProps<T extends FieldValues> = Omit<
  TextFieldProps,
  'name' | 'label' | 'value' | 'onChange' | 'select' | 'children'
> & {
  name: Path<T>;
  label: string;
  /** The form's control, for a form without FormProvider. */
  control?: Control<T>;
  /** A domain choice list (`{ code, label }`, `{ key, label }`, defineChoices()) or ready options. */
  choices: ChoiceSource | Option[];
  /** Rewrites the shown label of a choice. */
  optionLabel?: (value: string, label: string) => string;
  /** An empty first option ("Non attribué", "—"); its value is "". */
  emptyLabel?: string;
  /** A native select: keyboard first (type a letter), used by fast-entry forms. */
  native?: boolean;
  rules?: Omit<RegisterOptions<T, Path<T>>, 'required'>;
  requiredMessage?: string;
};

/** A select of a react-hook-form form fed by a domain choice list. */
export function SelectInput<T extends FieldValues>({
  name,
  label,
  control,
  choices,
  optionLabel,
  emptyLabel,
  native = false,
  rules,
  requiredMessage,
  helperText,
  slotProps,
  ...props
}: SelectInputProps<T>) {
  const { field, fieldState } = useController<T, Path<T>>({
    name,
    control,
    rules: { ...rules, ...(requiredMessage ? { required: requiredMessage } : {}) },
  });
  const options = toOptions(choices, optionLabel);
  const Item = native ? 'option' : MenuItem;
  return (
    <TextField
      select
      {...props}
      label={label}
      required={!!requiredMessage}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={!!fieldState.error}
      helperText={fieldState.error?.message ?? helperText}
      slotProps={native ? { ...slotProps, select: { native: true }, inputLabel: { shrink: true } } : slotProps}
    >
      {emptyLabel !== undefined && <Item value="">{emptyLabel}</Item>}
      {options.map((o) => (
        <Item key={o.value} value={o.value}>
          {o.label}
        </Item>
      ))}
    </TextField>
  );
}
