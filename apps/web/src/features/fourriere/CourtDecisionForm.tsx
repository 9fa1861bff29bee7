import { useMutation } from '@apollo/client/react';
import { Stack } from '@mui/material';
import { COURT_RULINGS, type CourtRuling } from '@call/domain';
import { useForm } from 'react-hook-form';
import { todayInFrance } from '../../shared/format';
import { DateInput, FormShell, SelectInput, TextInput } from '../../shared/kit';
import { FourriereAnimalQuery } from './graphql/fourriere-animal.query';
import { FourriereOutcomeOptionsQuery } from './graphql/fourriere-outcome-options.query';
import { RecordFourriereCourtDecisionMutation } from './graphql/record-fourriere-court-decision.mutation';

interface Values {
  decidedOn: string;
  ruling: CourtRuling;
  content: string;
}
const FIELDS = ['decidedOn', 'ruling', 'content'] as const;

/** The court's decision for a seized animal: it says which outcome is possible, from which day. */
/** `version`: the animal's version on screen; a decision recorded meanwhile by someone else is not overwritten. */
export function CourtDecisionForm({ animalId, version }: { animalId: string; version: number }) {
  const [record] = useMutation(RecordFourriereCourtDecisionMutation, {
    refetchQueries: [FourriereAnimalQuery, FourriereOutcomeOptionsQuery],
  });
  const form = useForm<Values>({ defaultValues: { decidedOn: todayInFrance(), ruling: 'RESTITUTION', content: '' } });
  return (
    <FormShell
      form={form}
      label="Décision judiciaire"
      serverFields={FIELDS}
      submitLabel="Enregistrer la décision"
      submitVariant="outlined"
      success="Décision judiciaire enregistrée."
      onSubmit={async (v) => {
        await record({ variables: { input: { animalId, ...v, expectedVersion: version } } });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <DateInput<Values> name="decidedOn" label="Date de la décision" required />
        <SelectInput<Values> native name="ruling" label="Décision" choices={COURT_RULINGS} />
      </Stack>
      <TextInput<Values>
        name="content"
        label="Contenu de la décision"
        requiredMessage="Le contenu de la décision est obligatoire."
      />
    </FormShell>
  );
}
