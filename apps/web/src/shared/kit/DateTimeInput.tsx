import { Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { DateField } from './DateField';
import { dateError, type DateBounds } from './french-date';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "1945" or "19:45" → "19:45"; digits only, the colon placed by position. */
const maskTime = (raw: string): string => {
  const digits = raw.replace(/\D/g, '').slice(0, 4);
  return digits.length > 2 ? `${digits.slice(0, 2)}:${digits.slice(2)}` : digits;
};

/** The local wall-clock time now, as "YYYY-MM-DDTHH:mm" (what the field holds). */
export const localNow = (): string => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

export type DateTimeInputProps<T extends FieldValues> = DateBounds & {
  name: Path<T>;
  control?: Control<T>;
  /** Label of the day ("Date d’entrée") and of the time ("Heure d’entrée"). */
  label: string;
  timeLabel: string;
  required?: boolean;
  autoFocus?: boolean;
};

/**
 * A moment typed the French way: the day as jj/mm/aaaa, the time as hh:mm (a native datetime-local input shows
 * "11/28/2026, 07:51 PM" in an English or headless browser). The field holds "YYYY-MM-DDTHH:mm", local time.
 */
export function DateTimeInput<T extends FieldValues>({
  name,
  control,
  label,
  timeLabel,
  required,
  autoFocus,
  min,
  max,
  notFuture,
}: DateTimeInputProps<T>) {
  const { field, fieldState } = useController<T, Path<T>>({
    name,
    control,
    rules: {
      validate: {
        date: (v: unknown) =>
          dateError((typeof v === 'string' ? v : '').split('T')[0], label, { min, max, notFuture, required }) ?? true,
        time: (v: unknown) => {
          const [day, time = ''] = (typeof v === 'string' ? v : '').split('T');
          if (!day && !time && !required) return true;
          if (!TIME.test(time)) return `${timeLabel} : heure invalide, saisissez-la au format hh:mm.`;
          if (notFuture && `${day}T${time}` > localNow())
            return `${timeLabel} : l’heure ne peut pas être dans le futur.`;
          return true;
        },
      },
    },
  });
  const [day = '', time = ''] = String(field.value ?? '').split('T');
  const [timeText, setTimeText] = useState(time);
  useEffect(() => {
    if (time !== timeText) setTimeText(time);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [time]);
  const error = fieldState.error;
  // a server error on the field names the moment: under the day
  const onTime = error?.type === 'time';
  const onDate = !!error && !onTime;
  return (
    <Stack direction="row" spacing={1} sx={{ flex: 1, minWidth: 0 }}>
      <DateField
        label={label}
        required={required}
        autoFocus={autoFocus}
        value={day}
        min={min}
        max={max}
        notFuture={notFuture}
        onChange={(d) => field.onChange(`${d}T${timeText}`)}
        onBlur={field.onBlur}
        inputRef={field.ref}
        error={onDate}
        helperText={onDate ? error.message : undefined}
        sx={{ flex: 3 }}
      />
      <TextField
        label={timeLabel}
        required={required}
        value={timeText}
        placeholder="hh:mm"
        onChange={(e) => {
          const t = maskTime(e.target.value);
          setTimeText(t);
          field.onChange(`${day}T${t}`);
        }}
        onBlur={field.onBlur}
        error={onTime}
        helperText={onTime ? error.message : undefined}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', maxLength: 5 } }}
        sx={{ flex: 2 }}
      />
    </Stack>
  );
}
