import { useMutation } from '@apollo/client/react';
import { Stack } from '@mui/material';
import { ASHES_FATES, type AshesFate } from '@call/domain';
import { useForm } from 'react-hook-form';
import { todayInFrance } from '../../shared/format';
import { DateInput, DateTimeInput, FormShell, SelectInput, TextInput } from '../../shared/kit';
import {
  CancelCremationMutation,
  CremationQuery,
  RecordCrematoriumAshesMutation,
  RescheduleCremationMutation,
} from './graphql/crematorium.documents';

const REFETCH = { refetchQueries: [CremationQuery], awaitRefetchQueries: true };
const isoOf = (local: string) => new Date(local).toISOString();

interface Booked {
  id: string;
  version: number;
}

interface RescheduleValues {
  lineCode: string;
  startsAt: string;
  reason: string;
  derogationRef: string;
}

/** Moves the booking to another slot; the slot left stays in the history shown above. */
export function RescheduleForm({ cremation, lines }: { cremation: Booked; lines: { code: string; name: string }[] }) {
  const [reschedule] = useMutation(RescheduleCremationMutation, REFETCH);
  const form = useForm<RescheduleValues>({
    defaultValues: { lineCode: lines[0]?.code ?? '', startsAt: '', reason: '', derogationRef: '' },
  });
  return (
    <FormShell
      form={form}
      label="Déplacer la réservation"
      serverFields={['lineCode', 'startsAt', 'reason', 'derogationRef']}
      serverFieldAliases={{ ceremonyRoom: 'startsAt' }}
      submitLabel="Déplacer"
      submitVariant="outlined"
      success="Réservation déplacée."
      resetAfterSave
      onSubmit={async (v) => {
        await reschedule({
          variables: {
            input: {
              cremationId: cremation.id,
              expectedVersion: cremation.version,
              lineCode: v.lineCode,
              startsAt: isoOf(v.startsAt),
              reason: v.reason,
              derogationRef: v.derogationRef.trim() || null,
            },
          },
        });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SelectInput<RescheduleValues>
          native
          name="lineCode"
          label="Nouvelle ligne"
          choices={lines.map((l) => ({ value: l.code, label: l.name }))}
        />
        <DateTimeInput<RescheduleValues> name="startsAt" label="Nouveau jour" timeLabel="Nouvelle heure" required />
      </Stack>
      <TextInput<RescheduleValues> name="reason" label="Motif du déplacement" requiredMessage="Motif : obligatoire." />
      <TextInput<RescheduleValues> name="derogationRef" label="Dérogation préfectorale (si hors délai)" />
    </FormShell>
  );
}

/** Cancels a booking not yet carried out: the slot and the ceremony room are freed, the record kept. */
export function CancelForm({ cremation }: { cremation: Booked }) {
  const [cancel] = useMutation(CancelCremationMutation, REFETCH);
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  return (
    <FormShell
      form={form}
      label="Annuler la réservation"
      serverFields={['reason']}
      submitLabel="Annuler la réservation"
      submitVariant="outlined"
      success="Réservation annulée : le créneau est libéré."
      onSubmit={async (v) => {
        await cancel({
          variables: { input: { cremationId: cremation.id, expectedVersion: cremation.version, reason: v.reason } },
        });
      }}
    >
      <TextInput<{ reason: string }>
        name="reason"
        label="Motif de l’annulation"
        requiredMessage="Motif de l’annulation : obligatoire."
      />
    </FormShell>
  );
}

interface AshesValues {
  fate: AshesFate;
  on: string;
  person: string;
}

/** The ashes: urn handed over, kept (one year at most) or dispersed in the jardin du souvenir. */
export function AshesForm({ cremation, kept }: { cremation: Booked; kept: boolean }) {
  const [record] = useMutation(RecordCrematoriumAshesMutation, REFETCH);
  const form = useForm<AshesValues>({
    defaultValues: { fate: 'HANDED_OVER', on: todayInFrance(), person: '' },
  });
  return (
    <FormShell
      form={form}
      label="Destination des cendres"
      serverFields={['fate', 'on', 'person']}
      submitLabel="Enregistrer"
      success="Destination des cendres enregistrée."
      onSubmit={async (v) => {
        await record({
          variables: { input: { cremationId: cremation.id, expectedVersion: cremation.version, ...v } },
        });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SelectInput<AshesValues>
          native
          name="fate"
          label="Destination"
          choices={kept ? ASHES_FATES.filter((f) => f.code !== 'KEPT') : ASHES_FATES}
        />
        <DateInput<AshesValues> name="on" label="Date" required notFuture />
      </Stack>
      <TextInput<AshesValues>
        name="person"
        label="Remise à / dispersée par"
        requiredMessage="Remise à / dispersée par : obligatoire."
      />
    </FormShell>
  );
}
