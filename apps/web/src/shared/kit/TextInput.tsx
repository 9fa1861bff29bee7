import { TextField, type TextFieldProps } from '@mui/material';
import { useController, type Control, type FieldValues, type Path, type RegisterOptions } from 'react-hook-form';

export type TextInputProps<T extends FieldValues> = Omit<TextFieldProps, 'name' | 'label' | 'value' | 'onChange'> & {
  name: Path<T>;
  label: string;
  /** The form's control, for a form without FormProvider. */
  control?: Control<T>;
  rules?: Omit<RegisterOptions<T, Path<T>>, 'required'>;
  /** The French message when left empty; makes the field required. */
  requiredMessage?: string;
};

/** A text field of a react-hook-form form, its error (client or server) shown under it. */
export function TextInput<T extends FieldValues>({
  name,
  label,
  control,
  rules,
  requiredMessage,
  helperText,
  ...props
}: TextInputProps<T>) {
  const { field, fieldState } = useController<T, Path<T>>({
    name,
    control,
    rules: { ...rules, ...(requiredMessage ? { required: requiredMessage } : {}) },
  });
  return (
    <TextField
      {...props}
      label={label}
      required={!!requiredMessage || props.required}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={!!fieldState.error}
      helperText={fieldState.error?.message ?? helperText}
    />
  );
}
