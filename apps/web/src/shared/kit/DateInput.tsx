import { useController, type Control, type FieldValues, type Path, type RegisterOptions } from 'react-hook-form';
import { DateField, type DateFieldProps } from './DateField';
import { dateError } from './french-date';

export type DateInputProps<T extends FieldValues> = Omit<DateFieldProps, 'value' | 'onChange' | 'name' | 'label'> & {
  name: Path<T>;
  label: string;
  /** The form's control, for a form without FormProvider. */
  control?: Control<T>;
  rules?: Omit<RegisterOptions<T, Path<T>>, 'required' | 'valueAsNumber' | 'valueAsDate' | 'setValueAs'>;
};

/** A date of a react-hook-form form: the field holds "YYYY-MM-DD"; bounds 1900–2100 unless told otherwise. */
export function DateInput<T extends FieldValues>({
  name,
  label,
  control,
  rules,
  required,
  min,
  max,
  notFuture,
  helperText,
  ...props
}: DateInputProps<T>) {
  const { field, fieldState } = useController<T, Path<T>>({
    name,
    control,
    rules: {
      ...rules,
      validate: {
        date: (v: unknown) =>
          dateError(typeof v === 'string' ? v : '', label, { min, max, notFuture, required }) ?? true,
        ...(typeof rules?.validate === 'function' ? { own: rules.validate } : rules?.validate),
      },
    },
  });
  return (
    <DateField
      {...props}
      label={label}
      name={field.name}
      required={required}
      min={min}
      max={max}
      notFuture={notFuture}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={!!fieldState.error}
      helperText={fieldState.error?.message ?? helperText}
    />
  );
}
