import { useMutation } from '@apollo/client/react';
import { Stack, Typography } from '@mui/material';
import { useForm } from 'react-hook-form';
import type { PretRequestFieldsFragment } from '../../gql/graphql';
import { todayInFrance } from '../../shared/format';
import { DateInput, DecimalInput, FormShell } from '../../shared/kit';
import { RecordPretReturnMutation } from './graphql/pret-mutations';
import { PretRequestQuery } from './graphql/pret-request.query';

type Counts = { returned: number | null; damaged: number | null; missing: number | null };
interface Values {
  returnedOn: string;
  lines: Record<string, Counts>;
}

/** The return check: per line, back in good state, damaged (a repair is opened) or missing. */
export function PretReturnForm({ request: r }: { request: PretRequestFieldsFragment }) {
  const [record] = useMutation(RecordPretReturnMutation, { refetchQueries: [PretRequestQuery] });
  const lent = r.lines.filter((l) => (l.approved ?? 0) > 0);
  const form = useForm<Values>({
    defaultValues: {
      returnedOn: todayInFrance(),
      lines: Object.fromEntries(lent.map((l) => [l.kindId, { returned: l.approved, damaged: 0, missing: 0 }])),
    },
  });
  return (
    <FormShell
      form={form}
      label="Contrôle au retour"
      serverFields={['returnedOn']}
      submitLabel="Enregistrer le retour"
      success="Retour enregistré."
      onSubmit={async (v) => {
        await record({
          variables: {
            input: {
              requestId: r.id,
              expectedVersion: r.version,
              returnedOn: v.returnedOn,
              lines: lent.map((l) => ({
                kindId: l.kindId,
                returned: v.lines[l.kindId].returned ?? 0,
                damaged: v.lines[l.kindId].damaged ?? 0,
                missing: v.lines[l.kindId].missing ?? 0,
              })),
            },
          },
        });
      }}
    >
      <Typography variant="h6" component="h2">
        Contrôle au retour
      </Typography>
      <DateInput<Values> name="returnedOn" label="Date de retour" required notFuture />
      {lent.map((l) => (
        <Stack key={l.kindId} direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'center' }}>
          <Typography sx={{ minWidth: 200 }}>
            {l.kindName} (prêté : {l.approved})
          </Typography>
          <DecimalInput<Values>
            name={`lines.${l.kindId}.returned`}
            label={`${l.kindName} rendus en bon état`}
            min={0}
            maxDecimals={0}
            required
          />
          <DecimalInput<Values>
            name={`lines.${l.kindId}.damaged`}
            label={`${l.kindName} abîmés`}
            min={0}
            maxDecimals={0}
            required
          />
          <DecimalInput<Values>
            name={`lines.${l.kindId}.missing`}
            label={`${l.kindName} manquants`}
            min={0}
            maxDecimals={0}
            required
          />
        </Stack>
      ))}
    </FormShell>
  );
}
