import { InputAdornment, TextField, type TextFieldProps } from '@mui/material';
import { useEffect, useState } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { decimalError, decimalToText, parseDecimal, type DecimalBounds } from './decimal';

export type DecimalInputProps<T extends FieldValues> = DecimalBounds &
  Omit<TextFieldProps, 'name' | 'label' | 'value' | 'onChange' | 'type' | 'defaultValue'> & {
    name: Path<T>;
    label: string;
    /** The form's control, for a form without FormProvider. */
    control?: Control<T>;
    /** Shown after the number: "€", "m²". */
    unit?: string;
  };

/**
 * A number of a react-hook-form form typed with the French decimal comma. The field holds a number (null when
 * empty); a text input, not type="number", which would drop the comma ("0,45" became "045").
 */
export function DecimalInput<T extends FieldValues>({
  name,
  label,
  control,
  min,
  max,
  maxDecimals,
  unit,
  required,
  helperText,
  slotProps,
  ...props
}: DecimalInputProps<T>) {
  const { field, fieldState } = useController<T, Path<T>>({
    name,
    control,
    rules: {
      validate: (v: unknown) => decimalError(v as number | null, label, { min, max, maxDecimals, required }) ?? true,
    },
  });
  const value = field.value as number | null;
  const [text, setText] = useState(() => decimalToText(value));
  useEffect(() => {
    const typed = parseDecimal(text);
    if (!(value === typed || (Number.isNaN(value) && Number.isNaN(typed)))) setText(decimalToText(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return (
    <TextField
      {...props}
      label={label}
      name={field.name}
      required={required}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        field.onChange(parseDecimal(e.target.value));
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={!!fieldState.error}
      helperText={fieldState.error?.message ?? helperText}
      slotProps={{
        ...slotProps,
        htmlInput: { inputMode: maxDecimals === 0 ? 'numeric' : 'decimal', ...(slotProps?.htmlInput as object) },
        input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : slotProps?.input,
      }}
    />
  );
}

/** An amount in euros: two decimals at most, never negative. */
export function MoneyInput<T extends FieldValues>(props: Omit<DecimalInputProps<T>, 'unit' | 'maxDecimals'>) {
  return <DecimalInput<T> min={0} {...props} maxDecimals={2} unit="€" />;
}
