import { useMutation } from '@apollo/client/react';
import { Stack, Typography } from '@mui/material';
import { useForm } from 'react-hook-form';
import type { PretRequestFieldsFragment, PretRequestQuery } from '../../gql/graphql';
import { DecimalInput, FormShell, TextInput } from '../../shared/kit';
import { ApprovePretRequestMutation, RefusePretRequestMutation } from './graphql/pret-mutations';
import { PretRequestQuery as Query } from './graphql/pret-request.query';

type Availability = PretRequestQuery['pretAvailability'];
interface ApproveValues {
  approved: Record<string, number | null>;
}

/** The answer: each line's quantity, proposed within what the stock leaves on the busiest day; or a refusal. */
export function PretAnswerForm({
  request: r,
  availability,
}: {
  request: PretRequestFieldsFragment;
  availability: Availability;
}) {
  const left = new Map(availability.map((a) => [a.kindId, a.available]));
  const refetch = { refetchQueries: [Query] };
  const [approve] = useMutation(ApprovePretRequestMutation, refetch);
  const [refuse] = useMutation(RefusePretRequestMutation, refetch);
  const form = useForm<ApproveValues>({
    defaultValues: {
      approved: Object.fromEntries(r.lines.map((l) => [l.kindId, Math.min(l.requested, left.get(l.kindId) ?? 0)])),
    },
  });
  const refusal = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  return (
    <Stack spacing={3}>
      <FormShell
        form={form}
        label="Accorder la demande"
        serverFields={[]}
        submitLabel="Accorder"
        success="Demande accordée."
        onSubmit={async (v) => {
          await approve({
            variables: {
              input: {
                requestId: r.id,
                expectedVersion: r.version,
                lines: r.lines.map((l) => ({ kindId: l.kindId, approved: v.approved[l.kindId] ?? 0 })),
              },
            },
          });
        }}
      >
        <Typography variant="h6" component="h2">
          Accorder, dans la limite du stock
        </Typography>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
          {r.lines.map((l) => (
            <DecimalInput<ApproveValues>
              key={l.kindId}
              name={`approved.${l.kindId}`}
              label={`${l.kindName} accordé(e)s`}
              min={0}
              max={l.requested}
              maxDecimals={0}
              required
              helperText={`Demandé : ${l.requested} — disponible sur toute la période : ${left.get(l.kindId) ?? 0}`}
            />
          ))}
        </Stack>
      </FormShell>
      <FormShell
        form={refusal}
        label="Refuser la demande"
        serverFields={['reason']}
        submitLabel="Refuser"
        submitVariant="outlined"
        success="Demande refusée."
        onSubmit={async (v) => {
          await refuse({ variables: { input: { requestId: r.id, expectedVersion: r.version, reason: v.reason } } });
        }}
      >
        <TextInput<{ reason: string }> name="reason" label="Motif du refus" required />
      </FormShell>
    </Stack>
  );
}
