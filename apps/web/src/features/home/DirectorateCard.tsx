import { Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router';

interface Props {
  label: string;
  modulePath?: string;
  indicatorsPath: string;
  canDeclare: boolean;
}

export function DirectorateCard({ label, modulePath, indicatorsPath, canDeclare }: Props) {
  return (
    <Card sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <CardContent sx={{ flexGrow: 1 }}>
        <Typography variant="h6" component="h2">
          {label}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {modulePath
            ? 'Activité saisie au quotidien ; indicateurs calculés à partir des dossiers.'
            : canDeclare
              ? 'Pas encore de saisie au quotidien : vous pouvez déclarer ses chiffres annuels.'
              : 'Pas encore de saisie au quotidien : chiffres annuels déclarés par la direction.'}
        </Typography>
      </CardContent>
      <CardActions>
        {modulePath && (
          <Button component={Link} to={modulePath} variant="contained" size="small">
            Ouvrir
          </Button>
        )}
        <Button component={Link} to={indicatorsPath} size="small">
          Indicateurs
        </Button>
      </CardActions>
    </Card>
  );
}
