import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import {
  FOURRIERE_OUTCOME_LABELS,
  FOURRIERE_OUTCOMES_WITH_REASON,
  PAYMENT_METHODS,
  type FourriereOutcomeType,
  type PaymentMethod,
} from '@call/domain';
import { useEffect, useState, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { DateInput, useNotify } from '../../shared/kit';
import { applyServerErrors, graphQLErrorsOf } from '../../shared/graphql-errors';
import { euros, parseEuros } from './fourriere-format';
import { formatDay, todayInFrance } from '../../shared/format';
import { FourriereAnimalQuery } from './graphql/fourriere-animal.query';
import { FourriereAnimalsQuery } from './graphql/fourriere-animals.query';
import { FourriereOutcomeOptionsQuery } from './graphql/fourriere-outcome-options.query';
import { RecordFourriereOutcomeMutation } from './graphql/record-fourriere-outcome.mutation';

interface Values {
  outcomeOn: string;
  type: FourriereOutcomeType | '';
  ownerName: string;
  ownerContact: string;
  associationName: string;
  adopterName: string;
  reason: string;
  identificationNumber: string;
  amount: string;
  method: PaymentMethod;
  receiptNumber: string;
}
const FIELDS = [
  'outcomeOn',
  'type',
  'ownerName',
  'ownerContact',
  'associationName',
  'adopterName',
  'reason',
  'identificationNumber',
  'amount',
] as const;
const native = { select: { native: true }, inputLabel: { shrink: true } } as const;

/** The outcome form offers only what the domain allows on the chosen day (asked to the server). */
export function OutcomeForm({
  animalId,
  identified,
  knownOwner,
}: {
  animalId: string;
  identified: boolean;
  knownOwner: { name: string; contact: string } | null;
}) {
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    watch,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      outcomeOn: todayInFrance(),
      type: '',
      ownerName: knownOwner?.name ?? '',
      ownerContact: knownOwner?.contact ?? '',
      associationName: '',
      adopterName: '',
      reason: '',
      identificationNumber: '',
      amount: '',
      method: 'CARD',
      receiptNumber: '',
    },
  });
  const on = watch('outcomeOn');
  const type = watch('type');
  const options = useQuery(FourriereOutcomeOptionsQuery, {
    variables: { id: animalId, on },
    skip: !/^\d{4}-\d{2}-\d{2}$/.test(on),
  });
  const allowedOutcomes = options.data?.fourriereAnimal.allowedOutcomes;
  const allowed = useMemo(() => allowedOutcomes ?? [], [allowedOutcomes]);
  const fees = options.data?.fourriereAnimal.feesDue ?? null;
  const [record] = useMutation(RecordFourriereOutcomeMutation, {
    refetchQueries: [FourriereAnimalQuery, FourriereAnimalsQuery],
  });

  useEffect(() => {
    if (type && options.data && !allowed.includes(type)) setValue('type', '');
  }, [allowed, type, options.data, setValue]);
  useEffect(() => {
    if (type === 'RETURNED' && fees) setValue('amount', (fees.totalCents / 100).toFixed(2).replace('.', ','));
  }, [type, fees, setValue]);

  const notify = useNotify();
  const submit = handleSubmit(async (v) => {
    setServerError(null);
    if (!v.type) return setError('type', { message: 'Choisissez le type de sortie.' });
    const returned = v.type === 'RETURNED';
    const amountCents = returned ? parseEuros(v.amount) : null;
    if (returned && amountCents === null)
      return setError('amount', { message: 'Saisissez le montant payé (ex. 135,00).' });
    try {
      await record({
        variables: {
          input: {
            animalId,
            type: v.type,
            outcomeOn: v.outcomeOn,
            ownerName: returned ? v.ownerName : null,
            ownerContact: returned ? v.ownerContact : null,
            associationName: v.type === 'CEDED' || v.type === 'ADOPTED' ? v.associationName : null,
            adopterName: v.type === 'ADOPTED' ? v.adopterName : null,
            reason: FOURRIERE_OUTCOMES_WITH_REASON.includes(v.type) ? v.reason : null,
            identificationNumber: returned && !identified ? v.identificationNumber : null,
            payment: returned
              ? { amountCents: amountCents!, method: v.method, receiptNumber: v.receiptNumber || null }
              : null,
          },
        },
      });
      notify('Sortie enregistrée.');
    } catch (error) {
      const msg = applyServerErrors(error, setError, FIELDS);
      // the server names the payment as a whole: show its message under the amount
      if (msg && graphQLErrorsOf(error)[0]?.extensions?.field === 'payment')
        setError('amount', { message: msg }, { shouldFocus: true });
      else setServerError(msg);
    }
  });

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Sortie de fourrière">
      <Stack spacing={2}>
        {serverError && <Alert severity="error">{serverError}</Alert>}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <DateInput<Values> control={control} name="outcomeOn" label="Date de sortie" required />
          <TextField
            select
            label="Type de sortie"
            sx={{ minWidth: 320 }}
            slotProps={native}
            {...register('type')}
            error={!!errors.type}
            helperText={errors.type?.message ?? 'Seules les sorties permises ce jour-là sont proposées.'}
          >
            <option value="">—</option>
            {allowed.map((t) => (
              <option key={t} value={t}>
                {FOURRIERE_OUTCOME_LABELS[t]}
              </option>
            ))}
          </TextField>
        </Stack>
        {type === 'RETURNED' && (
          <>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              <TextField
                label="Propriétaire"
                {...register('ownerName')}
                error={!!errors.ownerName}
                helperText={errors.ownerName?.message}
              />
              <TextField label="Coordonnées du propriétaire" sx={{ flex: 1 }} {...register('ownerContact')} />
            </Stack>
            {!identified && (
              <TextField
                label="N° de puce posée (aux frais du propriétaire)"
                {...register('identificationNumber')}
                error={!!errors.identificationNumber}
                helperText={
                  errors.identificationNumber?.message ??
                  'L’animal doit être identifié avant sa restitution (art. L212-10 du Code rural).'
                }
              />
            )}
            {fees && (
              <Box>
                <Typography variant="subtitle2">
                  Frais de fourrière dus au {formatDay(fees.on)} (tarif du {formatDay(fees.tariffValidFrom)})
                </Typography>
                {/* a wide table scrolls inside its card, not the page (phones) */}
                <TableContainer>
                  <Table size="small" aria-label="Frais dus">
                    <TableBody>
                      {fees.lines.map((l, i) => (
                        <TableRow key={i}>
                          <TableCell>{l.label}</TableCell>
                          <TableCell align="right">
                            {l.quantity} × {euros(l.unitCents)}
                          </TableCell>
                          <TableCell align="right">{euros(l.amountCents)}</TableCell>
                        </TableRow>
                      ))}
                      <TableRow>
                        <TableCell colSpan={2}>
                          <strong>Total dû</strong>
                        </TableCell>
                        <TableCell align="right">
                          <strong>{euros(fees.totalCents)}</strong>
                        </TableCell>
                      </TableRow>
                    </TableBody>
                  </Table>
                </TableContainer>
              </Box>
            )}
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              <TextField
                label="Montant payé (€)"
                slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                {...register('amount')}
                error={!!errors.amount}
                helperText={errors.amount?.message}
              />
              <TextField select label="Moyen de paiement" slotProps={native} {...register('method')}>
                {PAYMENT_METHODS.map((m) => (
                  <option key={m.code} value={m.code}>
                    {m.label}
                  </option>
                ))}
              </TextField>
              <TextField label="N° de quittance" {...register('receiptNumber')} />
            </Stack>
          </>
        )}
        {(type === 'CEDED' || type === 'ADOPTED') && (
          <TextField
            label="Association ou refuge"
            {...register('associationName')}
            error={!!errors.associationName}
            helperText={errors.associationName?.message}
          />
        )}
        {type === 'ADOPTED' && (
          <TextField
            label="Adoptant"
            {...register('adopterName')}
            error={!!errors.adopterName}
            helperText={errors.adopterName?.message}
          />
        )}
        {type && FOURRIERE_OUTCOMES_WITH_REASON.includes(type) && (
          <TextField
            label={type === 'EUTHANISED' ? 'Motif (avis du vétérinaire)' : 'Circonstances'}
            {...register('reason')}
            error={!!errors.reason}
            helperText={errors.reason?.message}
          />
        )}
        <Box>
          <Button type="submit" variant="contained" loading={isSubmitting} disabled={!type}>
            Enregistrer la sortie
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
