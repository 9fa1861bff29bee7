import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Menu, MenuItem, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { errorMessage } from '../../shared/graphql-errors';
import { useNotify } from '../../shared/kit';
import { AdsInstructorsQuery } from './graphql/ads-instructors.query';
import { AssignAdsDossiersMutation } from './graphql/assign-ads-dossiers.mutation';

/** The ticked dossiers of a queue given to one instructor (or taken back): one request, all or none. */
export function AdsAssignMenu({ ids, onDone }: { ids: readonly string[]; onDone: () => void }) {
  const notify = useNotify();
  const instructors = useQuery(AdsInstructorsQuery);
  const [assign, state] = useMutation(AssignAdsDossiersMutation, {
    refetchQueries: ['AdsDossiers', 'AdsQueueCounts'],
    awaitRefetchQueries: true,
  });
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!ids.length) return null;
  const choose = async (instructorId: string | null, name: string | null) => {
    setAnchor(null);
    setError(null);
    try {
      await assign({ variables: { ids: [...ids], instructorId } });
      const n = ids.length;
      const what = n > 1 ? `${n} dossiers` : 'Dossier';
      notify(
        name
          ? `${what} attribué${n > 1 ? 's' : ''} à ${name}.`
          : `Attribution retirée (${n} dossier${n > 1 ? 's' : ''}).`,
      );
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Stack
      direction="row"
      spacing={2}
      sx={{ alignItems: 'center', flexWrap: 'wrap' }}
      role="region"
      aria-label="Sélection"
    >
      <Typography variant="body2">
        {ids.length} dossier{ids.length > 1 ? 's' : ''} sélectionné{ids.length > 1 ? 's' : ''}
      </Typography>
      <Button
        variant="outlined"
        onClick={(e) => setAnchor(e.currentTarget)}
        loading={state.loading}
        aria-haspopup="menu"
      >
        Attribuer à…
      </Button>
      <Button onClick={onDone}>Désélectionner</Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {(instructors.data?.adsInstructors ?? []).map((i) => (
          <MenuItem key={i.id} onClick={() => void choose(i.id, i.displayName)}>
            {i.displayName}
          </MenuItem>
        ))}
        <MenuItem onClick={() => void choose(null, null)}>Retirer l’attribution</MenuItem>
      </Menu>
      {error && <Alert severity="error">{error}</Alert>}
    </Stack>
  );
}
