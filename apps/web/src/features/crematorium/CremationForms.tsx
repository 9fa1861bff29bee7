import { useMutation } from '@apollo/client/react';
import { Stack } from '@mui/material';
import { DETECTED_OBJECTS, SCAN_RESULTS, type DetectedObject, type ScanResult } from '@call/domain';
import { useForm } from 'react-hook-form';
import { DateTimeInput, DecimalInput, FormShell, localNow, SelectInput, TextInput } from '../../shared/kit';
import {
  CompleteCremationMutation,
  CremationQuery,
  RecordCrematoriumProtocolMutation,
  RecordCrematoriumScanMutation,
} from './graphql/crematorium.documents';

const isoOf = (local: string) => new Date(local).toISOString();
const REFETCH = { refetchQueries: [CremationQuery], awaitRefetchQueries: true };

interface ScanValues {
  scannedAt: string;
  result: ScanResult;
  objectType: DetectedObject | '';
}

/** A coffin's pass in the X-ray tunnel. */
export function ScanForm({ cremationId }: { cremationId: string }) {
  const [record] = useMutation(RecordCrematoriumScanMutation, REFETCH);
  const form = useForm<ScanValues>({ defaultValues: { scannedAt: localNow(), result: 'CLEAR', objectType: '' } });
  return (
    <FormShell
      form={form}
      label="Passage au tunnel radioscopique"
      serverFields={['scannedAt', 'result', 'objectType']}
      submitLabel="Enregistrer le passage"
      submitVariant="outlined"
      success="Passage au tunnel enregistré."
      onSubmit={async (v) => {
        await record({
          variables: {
            input: { cremationId, scannedAt: isoOf(v.scannedAt), result: v.result, objectType: v.objectType || null },
          },
        });
      }}
    >
      <DateTimeInput<ScanValues> name="scannedAt" label="Date du passage" timeLabel="Heure du passage" required />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SelectInput<ScanValues> native name="result" label="Résultat" choices={SCAN_RESULTS} />
        <SelectInput<ScanValues>
          native
          name="objectType"
          label="Objet détecté"
          choices={DETECTED_OBJECTS}
          emptyLabel="—"
        />
      </Stack>
    </FormShell>
  );
}

interface ProtocolValues {
  authorisedBy: string;
  witnesses: string;
  familyInformedAt: string;
  openedAt: string;
  objectRemoved: string;
  delayMinutes: number | null;
}

/** The opening protocol of a detection: its steps, then closing it (the server refuses a missing step). */
export function ProtocolForm({ scanId }: { scanId: string }) {
  const [record] = useMutation(RecordCrematoriumProtocolMutation, REFETCH);
  const form = useForm<ProtocolValues>({
    defaultValues: {
      authorisedBy: '',
      witnesses: '',
      familyInformedAt: '',
      openedAt: '',
      objectRemoved: '',
      delayMinutes: null,
    },
  });
  return (
    <FormShell
      form={form}
      label="Protocole d’ouverture du cercueil"
      serverFields={['authorisedBy', 'witnesses', 'familyInformedAt', 'openedAt', 'objectRemoved', 'delayMinutes']}
      submitLabel="Clore la détection"
      success="Protocole enregistré, détection close."
      onSubmit={async (v) => {
        await record({
          variables: {
            input: {
              scanId,
              authorisedBy: v.authorisedBy.trim() || null,
              witnesses: v.witnesses.trim() || null,
              familyInformedAt: v.familyInformedAt ? isoOf(v.familyInformedAt) : null,
              openedAt: v.openedAt ? isoOf(v.openedAt) : null,
              objectRemoved: v.objectRemoved.trim() || null,
              delayMinutes: v.delayMinutes,
              close: true,
            },
          },
        });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextInput<ProtocolValues> name="authorisedBy" label="Ouverture autorisée par" />
        <TextInput<ProtocolValues> name="witnesses" label="Témoins" />
      </Stack>
      <DateTimeInput<ProtocolValues>
        name="familyInformedAt"
        label="Famille informée le"
        timeLabel="Heure de l’information"
      />
      <DateTimeInput<ProtocolValues>
        name="openedAt"
        label="Ouverture du cercueil le"
        timeLabel="Heure de l’ouverture"
      />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextInput<ProtocolValues> name="objectRemoved" label="Objet retiré" />
        <DecimalInput<ProtocolValues> name="delayMinutes" label="Retard causé (minutes)" min={0} maxDecimals={0} />
      </Stack>
    </FormShell>
  );
}

/** Completion of the cremation (refused while a detection is open or before the tunnel). */
export function CompleteForm({ cremationId, version }: { cremationId: string; version: number }) {
  const [complete] = useMutation(CompleteCremationMutation, REFETCH);
  const form = useForm<{ completedAt: string }>({ defaultValues: { completedAt: localNow() } });
  return (
    <FormShell
      form={form}
      label="Réalisation de la crémation"
      serverFields={['completedAt']}
      submitLabel="Enregistrer la crémation réalisée"
      success="Crémation réalisée."
      onSubmit={async (v) => {
        await complete({
          variables: { input: { cremationId, expectedVersion: version, completedAt: isoOf(v.completedAt) } },
        });
      }}
    >
      <DateTimeInput<{ completedAt: string }>
        name="completedAt"
        label="Fin de la crémation"
        timeLabel="Heure"
        required
      />
    </FormShell>
  );
}
