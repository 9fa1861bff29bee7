import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { ADS_ACTION_LABELS, ADS_OUTCOME_LABELS, type AdsAction, type AdsOutcome } from '@call/domain';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { DateInput, useNotify } from '../../shared/kit';
import { applyServerErrors } from '../../shared/graphql-errors';
import { todayInFrance } from '../../shared/format';
import { TransitionAdsDossierMutation } from './graphql/transition-ads-dossier.mutation';

interface Values {
  on: string;
  outcome: AdsOutcome | '';
  procedureLetterOn: string;
  comment: string;
}

// the steps that carry an express decision: an ordinary one, a withdrawal of a tacit one, an express CU after a tacit one
const WITH_OUTCOME: readonly AdsAction[] = ['DECIDE', 'WITHDRAW_TACIT', 'CU_AFTER_TACIT'];
const DATE_HELP: Partial<Record<AdsAction, string>> = {
  DECIDE: 'Date de la décision ; après la date de la décision tacite, c’est un retrait (art. L424-5).',
  WITHDRAW_TACIT: 'Date du retrait : au plus tard trois mois après la décision tacite (art. L424-5).',
  ISSUE_TACIT_CERTIFICATE: 'Jour où le certificat de décision tacite a été délivré au pétitionnaire (R*424-13).',
};

/** One step of the workflow: its date, and for a decision the outcome among those of the type. */
export function AdsTransitionDialog({
  dossierId,
  version,
  action,
  outcomes,
  onClose,
}: {
  dossierId: string;
  /** The dossier's version on screen: the step is refused if someone changed it since. */
  version: number;
  action: AdsAction | null;
  outcomes: readonly AdsOutcome[];
  onClose: () => void;
}) {
  const [move] = useMutation(TransitionAdsDossierMutation);
  const notify = useNotify();
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm<Values>({
    defaultValues: { on: todayInFrance(), outcome: '', procedureLetterOn: '', comment: '' },
  });
  const close = () => {
    setServerError(null);
    form.reset();
    onClose();
  };
  const submit = form.handleSubmit(async (v) => {
    if (!action) return;
    setServerError(null);
    try {
      await move({
        variables: {
          id: dossierId,
          input: {
            action,
            on: v.on,
            outcome: v.outcome || null,
            procedureLetterOn: action === 'WITHDRAW_TACIT' ? v.procedureLetterOn || null : null,
            comment: v.comment || null,
            expectedVersion: version,
          },
        },
      });
      notify(`Action enregistrée : ${ADS_ACTION_LABELS[action]}.`);
      close();
    } catch (e) {
      setServerError(applyServerErrors(e, form.setError, ['on', 'outcome', 'procedureLetterOn', 'comment']));
    }
  });
  return (
    <Dialog open={action !== null} onClose={close} fullWidth maxWidth="sm" aria-labelledby="ads-transition-title">
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id="ads-transition-title">{action ? ADS_ACTION_LABELS[action] : ''}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {serverError && <Alert severity="error">{serverError}</Alert>}
            {action && WITH_OUTCOME.includes(action) && (
              <Controller
                name="outcome"
                control={form.control}
                rules={{ required: 'Veuillez choisir la décision.' }}
                render={({ field, fieldState }) => (
                  <TextField
                    select
                    autoFocus
                    label="Décision"
                    {...field}
                    error={!!fieldState.error}
                    helperText={fieldState.error?.message}
                  >
                    {outcomes.map((o) => (
                      <MenuItem key={o} value={o}>
                        {ADS_OUTCOME_LABELS[o]}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
              />
            )}
            <DateInput<Values>
              control={form.control}
              name="on"
              label="Date"
              required
              autoFocus={!action || !WITH_OUTCOME.includes(action)}
              helperText={action ? DATE_HELP[action] : undefined}
            />
            {action === 'WITHDRAW_TACIT' && (
              <DateInput<Values>
                control={form.control}
                name="procedureLetterOn"
                label="Courrier de procédure contradictoire"
                required
                helperText="Date du courrier invitant le pétitionnaire à présenter ses observations (art. L121-1 et L122-1 du CRPA)."
              />
            )}
            <TextField label="Commentaire" multiline minRows={2} {...form.register('comment')} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>Annuler</Button>
          <Button type="submit" variant="contained" loading={form.formState.isSubmitting}>
            Valider
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
