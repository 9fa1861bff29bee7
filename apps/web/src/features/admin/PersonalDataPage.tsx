import { useLazyQuery, useMutation } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { frenchDay, RETENTION_KINDS, type RetentionKind } from '@call/domain';
import { useForm } from 'react-hook-form';
import { formatCell } from '../../shared/format';
import { errorMessage } from '../../shared/graphql-errors';
import { AnonymisePastRetentionMutation, PersonalDataExportQuery } from './graphql/personal-data';
import { usePageTitle } from '../../shared/kit';

const kindLabel = (k: string) => RETENTION_KINDS[k as RetentionKind]?.label ?? k;

/** Subject access (everything held about one person) and the anonymisation of data past retention. */
export function PersonalDataPage() {
  const form = useForm<{ search: string }>({ defaultValues: { search: '' } });
  const [search, result] = useLazyQuery(PersonalDataExportQuery, { fetchPolicy: 'network-only' });
  const [anonymise, anonymised] = useMutation(AnonymisePastRetentionMutation);
  const sections = result.data?.personalDataExport;
  usePageTitle('Données personnelles');

  const download = () => {
    const blob = new Blob([JSON.stringify(sections, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `donnees-personnelles-${form.getValues('search').trim().replace(/\W+/g, '-')}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        Données personnelles
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          Tout ce qui est conservé sur une personne
        </Typography>
        <Box
          component="form"
          noValidate
          aria-label="Recherche d’une personne"
          onSubmit={form.handleSubmit((v) => void search({ variables: { search: v.search } }))}
        >
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <TextField
              label="Nom, identifiant ou contact"
              sx={{ minWidth: 320 }}
              {...form.register('search', {
                validate: (s) => s.trim().length >= 3 || 'Saisissez au moins 3 caractères.',
              })}
              error={!!form.formState.errors.search}
              helperText={form.formState.errors.search?.message}
            />
            <Button type="submit" variant="contained" loading={result.loading}>
              Rechercher
            </Button>
            {sections && sections.length > 0 && <Button onClick={download}>Télécharger (JSON)</Button>}
          </Stack>
        </Box>
      </Paper>
      {result.error && <Alert severity="error">{errorMessage(result.error)}</Alert>}
      {sections?.length === 0 && <Alert severity="info">Aucune donnée ne correspond à cette recherche.</Alert>}
      {sections?.map((s) => {
        const columns = Object.keys(s.rows[0] ?? {});
        return (
          <TableContainer key={s.label} component={Paper} variant="outlined">
            <Typography variant="subtitle1" component="h3" sx={{ p: 2, pb: 0 }}>
              {s.label} ({s.rows.length})
            </Typography>
            <Table size="small" aria-label={s.label}>
              <TableHead>
                <TableRow>
                  {columns.map((c) => (
                    <TableCell key={c}>{c}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {s.rows.map((r, i) => (
                  <TableRow key={i}>
                    {columns.map((c) => (
                      <TableCell key={c}>{formatCell(r[c])}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        );
      })}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            Durées de conservation
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Les noms, contacts et textes libres sont anonymisés chaque nuit au terme de leur durée de conservation ; les
            indicateurs ne changent pas. Vous pouvez lancer ce traitement maintenant.
          </Typography>
          {anonymised.error && <Alert severity="error">{errorMessage(anonymised.error)}</Alert>}
          {anonymised.data && (
            <Alert severity="success">
              {anonymised.data.anonymisePastRetention.map((r) => (
                <div key={r.kind}>
                  {kindLabel(r.kind)} : {r.records} enregistrement(s) antérieur(s) au {frenchDay(r.cutoff)}{' '}
                  anonymisé(s).
                </div>
              ))}
            </Alert>
          )}
          <Box>
            <Button variant="outlined" loading={anonymised.loading} onClick={() => void anonymise()}>
              Anonymiser ce qui a dépassé sa durée de conservation
            </Button>
          </Box>
        </Stack>
      </Paper>
    </Stack>
  );
}
