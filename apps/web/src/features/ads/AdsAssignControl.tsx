import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { errorMessage } from '../../shared/graphql-errors';
import { useNotify } from '../../shared/kit';
import { AdsInstructorsQuery } from './graphql/ads-instructors.query';
import { AssignAdsDossierMutation } from './graphql/assign-ads-dossiers.mutation';

/** Gives the dossier to an instructor of the service, or takes it back. */
export function AdsAssignControl({ id, instructorId }: { id: string; instructorId: string | null }) {
  const notify = useNotify();
  const instructors = useQuery(AdsInstructorsQuery);
  const [assign, state] = useMutation(AssignAdsDossierMutation, { refetchQueries: ['AdsQueueCounts'] });
  const [choice, setChoice] = useState(instructorId ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      await assign({ variables: { id, instructorId: choice || null } });
      const name = instructors.data?.adsInstructors.find((i) => i.id === choice)?.displayName;
      notify(name ? `Dossier attribué à ${name}.` : 'Attribution retirée.');
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
      <TextField
        select
        size="small"
        label="Instructeur"
        sx={{ minWidth: 220 }}
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
      >
        <MenuItem value="">Non attribué</MenuItem>
        {(instructors.data?.adsInstructors ?? []).map((i) => (
          <MenuItem key={i.id} value={i.id}>
            {i.displayName}
          </MenuItem>
        ))}
      </TextField>
      <Button
        variant="outlined"
        onClick={() => void save()}
        loading={state.loading}
        disabled={choice === (instructorId ?? '')}
      >
        {instructorId ? 'Réattribuer' : 'Attribuer'}
      </Button>
      {error && <Alert severity="error">{error}</Alert>}
    </Stack>
  );
}
