import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Stack,
} from '@mui/material';
import { PUBLIC_HOLIDAY_NAMES } from '@call/domain';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ActionCancelled, DateInput, useBackdatedConfirm, useNotify } from '../../shared/kit';
import { applyServerErrors } from '../../shared/graphql-errors';
import { todayInFrance } from '../../shared/format';
import { ClosedDaysInput } from './ClosedDaysInput';
import { FourriereCalendarQuery } from './graphql/fourriere-calendar.query';
import { FourriereCalendarImpactQuery, SetFourriereCalendarMutation } from './graphql/set-fourriere-calendar.mutation';

interface Values {
  validFrom: string;
  workedHolidays: string[];
  extraClosedDays: string[];
}
// the server names a faulty item (extraClosedDays.2): its error goes under the whole list
const SERVER_FIELDS = ['validFrom', 'workedHolidays', 'extraClosedDays'] as const;

/**
 * A new dated calendar setting; it starts from the one in force (closed days still to come). Dated in a year
 * already reported, it names the published figures it would change and asks first.
 */
export function CalendarForm({ initial }: { initial: { workedHolidays: string[]; extraClosedDays: string[] } }) {
  const [setCalendar] = useMutation(SetFourriereCalendarMutation, { refetchQueries: [FourriereCalendarQuery] });
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const notify = useNotify();
  const client = useApolloClient();
  const { confirmBackdated, dialog } = useBackdatedConfirm();
  const today = todayInFrance();
  const {
    control,
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      validFrom: today,
      workedHolidays: initial.workedHolidays,
      extraClosedDays: initial.extraClosedDays.filter((d) => d >= today),
    },
  });
  const submit = handleSubmit(async (v) => {
    setServerError(null);
    setSaved(null);
    const input = { validFrom: v.validFrom, workedHolidays: v.workedHolidays, extraClosedDays: v.extraClosedDays };
    try {
      const confirmed = await confirmBackdated({
        date: v.validFrom,
        what: 'Calendrier daté',
        changes: async () =>
          (
            await client.query({
              query: FourriereCalendarImpactQuery,
              variables: { input },
              fetchPolicy: 'network-only',
            })
          ).data?.fourriereCalendarImpact ?? [],
      });
      await setCalendar({ variables: { input, confirmBackdated: confirmed } });
      setSaved('Calendrier enregistré.');
      notify('Calendrier enregistré.');
    } catch (error) {
      // declined in the dialog: nothing was sent, nothing to say
      if (error instanceof ActionCancelled) return;
      setServerError(applyServerErrors(error, setError, SERVER_FIELDS));
    }
  });
  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Nouveau calendrier">
      <Stack spacing={2}>
        {serverError && <Alert severity="error">{serverError}</Alert>}
        {saved && <Alert severity="success">{saved}</Alert>}
        <DateInput<Values>
          control={control}
          name="validFrom"
          label="En vigueur à partir du"
          required
          autoFocus
          sx={{ maxWidth: 260 }}
        />
        <Controller
          name="workedHolidays"
          control={control}
          render={({ field, fieldState }) => (
            <FormControl component="fieldset" error={!!fieldState.error}>
              <FormLabel component="legend">Jours fériés travaillés quand même</FormLabel>
              <FormGroup row>
                {PUBLIC_HOLIDAY_NAMES.map((name) => (
                  <FormControlLabel
                    key={name}
                    label={name}
                    control={
                      <Checkbox
                        checked={field.value.includes(name)}
                        onChange={(e) =>
                          field.onChange(
                            e.target.checked
                              ? PUBLIC_HOLIDAY_NAMES.filter((n) => n === name || field.value.includes(n))
                              : field.value.filter((n) => n !== name),
                          )
                        }
                      />
                    }
                  />
                ))}
              </FormGroup>
              {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
            </FormControl>
          )}
        />
        <Controller
          name="extraClosedDays"
          control={control}
          render={({ field, fieldState }) => (
            <ClosedDaysInput value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
          )}
        />
        <Box>
          <Button type="submit" variant="contained" loading={isSubmitting}>
            Enregistrer le calendrier
          </Button>
        </Box>
      </Stack>
      {dialog}
    </Box>
  );
}
