import { IconButton, InputAdornment, Popover, TextField, type TextFieldProps } from '@mui/material';
import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { DateCalendar } from '@mui/x-date-pickers/DateCalendar';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { frFR } from '@mui/x-date-pickers/locales';
import { fr } from 'date-fns/locale/fr';
import { format, parseISO } from 'date-fns';
import { useEffect, useId, useRef, useState } from 'react';
import {
  DATE_MIN,
  effectiveMax,
  frenchToValue,
  isIsoDay,
  isoToFrench,
  maskFrenchDate,
  type DateBounds,
} from './french-date';

// the calendar's French labels and dates; provided here rather than around the app, so that date-fns and the pickers
// load with the first page that has a date field, not with the sign-in page
const PICKERS_TEXT = frFR.components.MuiLocalizationProvider.defaultProps.localeText;

export type DateFieldProps = DateBounds &
  Omit<TextFieldProps, 'value' | 'onChange' | 'type' | 'defaultValue'> & {
    /** "YYYY-MM-DD", "" when empty, or the half-typed text (which validation refuses). */
    value: string;
    onChange: (value: string) => void;
  };

/**
 * A date typed as jj/mm/aaaa whatever the browser's language (a native date input follows the browser: a headless
 * or English one shows mm/dd/yyyy), or picked on the French calendar of MUI X.
 */
export function DateField({
  value,
  onChange,
  min = DATE_MIN,
  max,
  notFuture,
  disabled,
  slotProps,
  ...props
}: DateFieldProps) {
  const [text, setText] = useState(() => isoToFrench(value));
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const calendarId = useId();
  // a value set from outside (reset, a default computed later) replaces the text
  useEffect(() => {
    if (value !== frenchToValue(text)) setText(isoToFrench(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const upper = effectiveMax({ max, notFuture });
  const change = (raw: string) => {
    const masked = maskFrenchDate(raw);
    setText(masked);
    onChange(frenchToValue(masked));
  };
  return (
    <>
      <TextField
        {...props}
        value={text}
        disabled={disabled}
        onChange={(e) => change(e.target.value)}
        placeholder="jj/mm/aaaa"
        slotProps={{
          ...slotProps,
          inputLabel: { shrink: true, ...(slotProps?.inputLabel as object) },
          htmlInput: { inputMode: 'numeric', autoComplete: 'off', maxLength: 10, ...(slotProps?.htmlInput as object) },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  ref={buttonRef}
                  edge="end"
                  size="small"
                  disabled={disabled}
                  aria-label="Choisir une date"
                  aria-haspopup="dialog"
                  aria-controls={anchor ? calendarId : undefined}
                  onClick={() => setAnchor(buttonRef.current)}
                >
                  <CalendarMonthOutlined fontSize="small" />
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Popover
        id={calendarId}
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={fr} localeText={PICKERS_TEXT}>
          <DateCalendar
            value={isIsoDay(value) ? parseISO(value) : null}
            minDate={parseISO(min)}
            maxDate={parseISO(upper)}
            onChange={(d: Date | null) => {
              if (!d) return;
              change(format(d, 'yyyy-MM-dd'));
              setAnchor(null);
            }}
          />
        </LocalizationProvider>
      </Popover>
    </>
  );
}
