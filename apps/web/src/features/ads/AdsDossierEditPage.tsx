import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import { adsDepositCorrectable } from '@call/domain';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import type { AdsDossierFieldsFragment } from '../../gql/graphql';
import { applyServerErrors, errorMessage } from '../../shared/graphql-errors';
import { ADS_DOSSIER_FORM_FIELDS, AdsDossierInputs, type AdsDossierFormValues } from './AdsDossierInputs';
import { AdsDossierQuery } from './graphql/ads-dossier.query';
import { AdsServiceMembershipsQuery } from './graphql/service-memberships.query';
import { UpdateAdsDossierMutation } from './graphql/update-ads-dossier.mutation';

const valuesOf = (d: AdsDossierFieldsFragment): AdsDossierFormValues => ({
  number: '',
  type: d.type,
  communeInsee: d.communeInsee,
  depositedOn: d.depositedOn,
  channel: d.channel,
  applicantKind: d.applicantKind,
  applicantName: d.applicantName,
  landAddress: d.landAddress,
  cadastralParcels: d.cadastralParcels.join(', '),
  projectNature: d.projectNature,
  floorAreaCreated: d.floorAreaCreated,
  dwellingsCreated: d.dwellingsCreated,
  instructorId: d.instructorId ?? '',
  tacitRefusalCase: d.tacitRefusalCase,
});

/** Correction of a registered dossier: the creation form's body, prefilled; the server says what may change. */
export function AdsDossierEditPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(AdsDossierQuery, { variables: { id } });
  if (loading && !data) return <CircularProgress aria-label="Chargement" />;
  if (error || !data) return <Alert severity="error">{errorMessage(error)}</Alert>;
  return <AdsDossierEditForm dossier={data.adsDossier} />;
}

function AdsDossierEditForm({ dossier: d }: { dossier: AdsDossierFieldsFragment }) {
  const navigate = useNavigate();
  const [serverError, setServerError] = useState<string | null>(null);
  const [update] = useMutation(UpdateAdsDossierMutation);
  const form = useForm<AdsDossierFormValues>({ defaultValues: valuesOf(d) });
  const depositLocked = !adsDepositCorrectable(d.status);
  const memberships = useQuery(AdsServiceMembershipsQuery, { variables: { on: d.depositedOn } });
  const communes = (memberships.data?.serviceMemberships ?? [])
    .filter((m) => m.option === 'instruction')
    .map((m) => m.commune);

  const submit = form.handleSubmit(async (v) => {
    setServerError(null);
    try {
      await update({
        variables: {
          id: d.id,
          input: {
            // the version this form was loaded from: a save over someone else's change is refused
            expectedVersion: d.version,
            ...(depositLocked ? {} : { type: v.type, communeInsee: v.communeInsee, number: v.number.trim() || null }),
            channel: v.channel,
            applicantKind: v.applicantKind,
            applicantName: v.applicantName,
            landAddress: v.landAddress,
            projectNature: v.projectNature,
            cadastralParcels: v.cadastralParcels
              .split(',')
              .map((p) => p.trim())
              .filter(Boolean),
            floorAreaCreated: Number.isFinite(v.floorAreaCreated) ? v.floorAreaCreated : 0,
            dwellingsCreated: Number.isFinite(v.dwellingsCreated) ? v.dwellingsCreated : 0,
          },
        },
      });
      navigate(`/ads/dossiers/${d.id}`);
    } catch (e) {
      setServerError(applyServerErrors(e, form.setError, ADS_DOSSIER_FORM_FIELDS));
    }
  });

  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <Typography variant="h4" component="h1">
        Modifier le dossier {d.number}
      </Typography>
      {depositLocked && (
        <Alert severity="info">
          La commune, le type et le numéro ne peuvent être corrigés que tant que le dossier est au statut « Déposé ».
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 3 }}>
        <FormProvider {...form}>
          <Box component="form" noValidate onSubmit={submit} aria-label="Modifier le dossier ADS">
            <Stack spacing={3}>
              {serverError && <Alert severity="error">{serverError}</Alert>}
              <AdsDossierInputs
                mode="edit"
                currentNumber={d.number}
                depositLocked={depositLocked}
                communes={communes}
                instructors={[]}
              />
              <Stack direction="row" spacing={1}>
                <Button type="submit" variant="contained" loading={form.formState.isSubmitting}>
                  Enregistrer les corrections
                </Button>
                <Button component={Link} to={`/ads/dossiers/${d.id}`}>
                  Annuler
                </Button>
              </Stack>
            </Stack>
          </Box>
        </FormProvider>
      </Paper>
    </Stack>
  );
}
