import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, MenuItem, Stack, TextField } from '@mui/material';
import { MEMBERSHIP_SERVICES, type MembershipServiceKey } from '@call/domain';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { applyServerErrors } from '../../shared/graphql-errors';
import { AddServiceMembershipMutation } from './graphql/add-service-membership.mutation';
import { AdminCommunesQuery } from './graphql/communes.query';
import { ServiceMembershipsQuery } from './graphql/service-memberships.query';

interface Values {
  communeInsee: string;
  option: string;
  validFrom: string;
  validTo: string;
}
const FIELDS = ['communeInsee', 'option', 'validFrom', 'validTo'] as const;

/** Records that a commune joins a service (or an option of it) from a date, possibly until another. */
export function MembershipForm({ service }: { service: MembershipServiceKey }) {
  const options = MEMBERSHIP_SERVICES.find((s) => s.key === service)!.options;
  const communes = useQuery(AdminCommunesQuery);
  const [add] = useMutation(AddServiceMembershipMutation, { refetchQueries: [ServiceMembershipsQuery] });
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const form = useForm<Values>({
    defaultValues: { communeInsee: '', option: options[0]?.code ?? '', validFrom: '', validTo: '' },
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;

  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      await add({
        variables: {
          input: {
            service,
            option: options.length ? v.option : null,
            communeInsee: v.communeInsee,
            validFrom: v.validFrom,
            validTo: v.validTo || null,
          },
        },
      });
      const name = communes.data?.communes.find((c) => c.inseeCode === v.communeInsee)?.name ?? v.communeInsee;
      setMessage({ severity: 'success', text: `Adhésion de ${name} enregistrée.` });
      form.reset({ ...v, communeInsee: '', validTo: '' });
    } catch (e) {
      const rest = applyServerErrors(e, form.setError, FIELDS);
      if (rest) setMessage({ severity: 'error', text: rest });
    }
  });

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Nouvelle adhésion">
      <Stack spacing={2}>
        {message && <Alert severity={message.severity}>{message.text}</Alert>}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <Controller
            name="communeInsee"
            control={control}
            rules={{ required: 'Choisissez la commune.' }}
            render={({ field, fieldState }) => (
              <TextField
                select
                label="Commune"
                {...field}
                autoFocus
                sx={{ minWidth: 240 }}
                error={!!fieldState.error}
                helperText={fieldState.error?.message}
              >
                {(communes.data?.communes ?? []).map((c) => (
                  <MenuItem key={c.inseeCode} value={c.inseeCode}>
                    {c.name}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          {options.length > 0 && (
            <Controller
              name="option"
              control={control}
              rules={{ required: 'Choisissez l’option.' }}
              render={({ field, fieldState }) => (
                <TextField
                  select
                  label="Option"
                  {...field}
                  sx={{ minWidth: 220 }}
                  error={!!fieldState.error}
                  helperText={fieldState.error?.message}
                >
                  {options.map((o) => (
                    <MenuItem key={o.code} value={o.code}>
                      {o.label}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
          )}
          <TextField
            type="date"
            label="Début"
            slotProps={{ inputLabel: { shrink: true } }}
            {...register('validFrom', { required: 'Indiquez la date de début.' })}
            error={!!errors.validFrom}
            helperText={errors.validFrom?.message}
          />
          <TextField
            type="date"
            label="Fin (facultative)"
            slotProps={{ inputLabel: { shrink: true } }}
            {...register('validTo')}
            error={!!errors.validTo}
            helperText={errors.validTo?.message}
          />
        </Stack>
        <Box>
          <Button type="submit" variant="contained" loading={isSubmitting}>
            Enregistrer l’adhésion
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
