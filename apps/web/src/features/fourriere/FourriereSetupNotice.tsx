import { useQuery } from '@apollo/client/react';
import { Alert, AlertTitle, Button, Stack, Typography } from '@mui/material';
import { Link } from 'react-router';
import { FourriereSetupQuery } from './graphql/fourriere-setup.query';

const ACTION: Record<string, string> = { TARIFF: 'Saisir la grille tarifaire', CALENDAR: 'Régler le calendrier' };

/** On a fresh installation: what the pound lacks before its first return, with the page to set it. */
export function FourriereSetupNotice() {
  const { data } = useQuery(FourriereSetupQuery, { fetchPolicy: 'cache-and-network' });
  const items = data?.fourriereSetup ?? [];
  if (!items.length) return null;
  const blocking = items.some((i) => i.blocking);
  return (
    <Alert severity={blocking ? 'warning' : 'info'} role="region" aria-label="Fourrière : réglages à faire">
      <AlertTitle>
        {blocking ? 'Fourrière : à régler avant la première restitution' : 'Fourrière : réglage à vérifier'}
      </AlertTitle>
      <Stack spacing={1}>
        {items.map((i) => (
          <Stack key={i.key} direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'center' } }}>
            <Typography variant="body2" sx={{ flexGrow: 1 }}>
              {i.message}
            </Typography>
            <Button
              component={Link}
              to={i.path}
              size="small"
              variant={i.blocking ? 'contained' : 'outlined'}
              sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
            >
              {ACTION[i.key] ?? 'Régler'}
            </Button>
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
