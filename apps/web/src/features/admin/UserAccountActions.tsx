import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { errorMessage } from '../../shared/graphql-errors';
import { useNotify } from '../../shared/kit';
import { ResetUserPasswordMutation, SetUserActiveMutation } from './graphql/user-accounts.mutations';

interface Props {
  user: { id: string; displayName: string; login: string; active: boolean };
}

/** Deactivate / reactivate (sessions end at once) and reset the password (shown once, here). */
export function UserAccountActions({ user }: Props) {
  const [setActive, activeState] = useMutation(SetUserActiveMutation);
  const [reset, resetState] = useMutation(ResetUserPasswordMutation);
  const [confirmReset, setConfirmReset] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const notify = useNotify();

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await fn();
      notify(done);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">
          Compte
        </Typography>
        {error && <Alert severity="error">{error}</Alert>}
        {temporary && (
          <Alert severity="success">
            Mot de passe temporaire de {user.login} : <strong data-testid="temporary-password">{temporary}</strong>
            <br />
            Transmettez-le à l’utilisateur : il ne sera plus affiché. Il devra le changer à sa prochaine connexion.
          </Alert>
        )}
        <Stack direction="row" spacing={1}>
          <Button
            variant="outlined"
            color={user.active ? 'error' : 'primary'}
            loading={activeState.loading}
            onClick={() =>
              void run(
                () => setActive({ variables: { id: user.id, active: !user.active } }),
                user.active ? `Compte de ${user.displayName} désactivé.` : `Compte de ${user.displayName} réactivé.`,
              )
            }
          >
            {user.active ? 'Désactiver le compte' : 'Réactiver le compte'}
          </Button>
          <Button variant="outlined" onClick={() => setConfirmReset(true)}>
            Réinitialiser le mot de passe
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          Désactiver ferme aussitôt toutes les sessions de l’utilisateur ; son historique est conservé.
        </Typography>
      </Stack>
      <Dialog open={confirmReset} onClose={() => setConfirmReset(false)}>
        <DialogTitle>Réinitialiser le mot de passe ?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            Les sessions de {user.displayName} seront fermées et un mot de passe temporaire affiché une seule fois.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmReset(false)}>Annuler</Button>
          <Button
            variant="contained"
            loading={resetState.loading}
            onClick={() =>
              void run(async () => {
                const { data } = await reset({ variables: { id: user.id } });
                setTemporary(data?.resetUserPassword.temporaryPassword ?? null);
              }, 'Mot de passe réinitialisé.').finally(() => setConfirmReset(false))
            }
          >
            Réinitialiser
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}
