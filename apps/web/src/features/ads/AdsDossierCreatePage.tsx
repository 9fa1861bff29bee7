import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { applyServerErrors } from '../../shared/graphql-errors';
import { todayInFrance } from '../../shared/format';
import { ADS_DOSSIER_FORM_FIELDS, AdsDossierInputs, type AdsDossierFormValues } from './AdsDossierInputs';
import { AdsInstructorsQuery } from './graphql/ads-instructors.query';
import { CreateAdsDossierMutation } from './graphql/create-ads-dossier.mutation';
import { AdsServiceMembershipsQuery } from './graphql/service-memberships.query';

export function AdsDossierCreatePage() {
  const navigate = useNavigate();
  const [serverError, setServerError] = useState<string | null>(null);
  const [create] = useMutation(CreateAdsDossierMutation);
  const form = useForm<AdsDossierFormValues>({
    defaultValues: {
      number: '',
      type: 'DP',
      communeInsee: '',
      depositedOn: todayInFrance(),
      channel: 'PAPER',
      applicantKind: 'PERSON',
      applicantName: '',
      landAddress: '',
      cadastralParcels: '',
      projectNature: '',
      floorAreaCreated: 0,
      dwellingsCreated: 0,
      instructorId: '',
      tacitRefusalCase: false,
    },
  });
  // the communes of option 1 on the deposit day: the server checks it again
  const depositedOn = form.watch('depositedOn');
  const memberships = useQuery(AdsServiceMembershipsQuery, { variables: { on: depositedOn || todayInFrance() } });
  const instructors = useQuery(AdsInstructorsQuery);
  const communes = (memberships.data?.serviceMemberships ?? [])
    .filter((m) => m.option === 'instruction')
    .map((m) => m.commune);

  const submit = form.handleSubmit(async (v) => {
    setServerError(null);
    try {
      const r = await create({
        variables: {
          input: {
            ...v,
            number: v.number.trim() || null,
            instructorId: v.instructorId || null,
            cadastralParcels: v.cadastralParcels
              .split(',')
              .map((p) => p.trim())
              .filter(Boolean),
            floorAreaCreated: Number.isFinite(v.floorAreaCreated) ? v.floorAreaCreated : 0,
            dwellingsCreated: Number.isFinite(v.dwellingsCreated) ? v.dwellingsCreated : 0,
          },
        },
      });
      if (r.data) navigate(`/ads/dossiers/${r.data.createAdsDossier.id}`);
    } catch (error) {
      setServerError(applyServerErrors(error, form.setError, ADS_DOSSIER_FORM_FIELDS));
    }
  });

  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <Typography variant="h4" component="h1">
        Nouveau dossier ADS
      </Typography>
      <Paper variant="outlined" sx={{ p: 3 }}>
        <FormProvider {...form}>
          <Box component="form" noValidate onSubmit={submit} aria-label="Nouveau dossier ADS">
            <Stack spacing={3}>
              {serverError && <Alert severity="error">{serverError}</Alert>}
              <AdsDossierInputs communes={communes} instructors={instructors.data?.adsInstructors ?? []} />
              <Stack direction="row" spacing={1}>
                <Button type="submit" variant="contained" loading={form.formState.isSubmitting}>
                  Enregistrer le dossier
                </Button>
                <Button component={Link} to="/ads">
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
