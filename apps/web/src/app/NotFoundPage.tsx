import { Button, Stack, Typography } from '@mui/material';
import { Link } from 'react-router';
import { usePageTitle } from '../shared/kit';

export function NotFoundPage() {
  usePageTitle('Page introuvable');
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="h5" component="h1">
        Page introuvable
      </Typography>
      <Typography>La page demandée n'existe pas ou n'est pas accessible.</Typography>
      <Button component={Link} to="/" variant="contained">
        Retour à l'accueil
      </Button>
    </Stack>
  );
}
