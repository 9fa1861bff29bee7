import { useApolloClient, useMutation } from '@apollo/client/react';
import { Grid, Paper, Typography } from '@mui/material';
import { ADS_DOSSIER_TYPES, type AdsDossierType } from '@call/domain';
import { useForm } from 'react-hook-form';
import { formatDay } from '../../shared/format';
import { DateInput, DecimalInput, FormShell, useBackdatedConfirm } from '../../shared/kit';
import { AdsActWeightsQuery } from './graphql/ads-act-weights.query';
import { AdsActWeightsImpactQuery } from './graphql/ads-act-weights-impact.query';
import { UpdateAdsActWeightsMutation } from './graphql/update-ads-act-weights.mutation';

interface ScaleValues {
  validFrom: string;
  weights: Record<AdsDossierType, number | null>;
}

/** A new dated scale (the director); dated in a published year, it names the figures it rewrites and asks first. */
export function AdsNewScaleForm({ current }: { current: readonly { dossierType: AdsDossierType; weight: number }[] }) {
  const [save] = useMutation(UpdateAdsActWeightsMutation, { refetchQueries: [AdsActWeightsQuery] });
  const client = useApolloClient();
  const { confirmBackdated, dialog } = useBackdatedConfirm();
  const form = useForm<ScaleValues>({
    defaultValues: {
      validFrom: '',
      weights: Object.fromEntries(current.map((w) => [w.dossierType, w.weight])),
    },
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Nouveau barème daté">
      <Typography variant="h6" component="h2" gutterBottom>
        Nouveau barème daté
      </Typography>
      <FormShell
        form={form}
        label="Nouveau barème daté"
        serverFields={['validFrom']}
        submitLabel="Enregistrer le barème"
        success={(v) => `Barème enregistré : il s’applique aux dossiers déposés à partir du ${formatDay(v.validFrom)}.`}
        onSubmit={async (v) => {
          const weights = ADS_DOSSIER_TYPES.map((t) => ({ dossierType: t.code, weight: v.weights[t.code]! }));
          // dated in a published year: the figures it would rewrite are named and confirmed first
          const confirmed = await confirmBackdated({
            date: v.validFrom,
            what: 'Barème daté',
            changes: async () =>
              (
                await client.query({
                  query: AdsActWeightsImpactQuery,
                  variables: { validFrom: v.validFrom, weights },
                  fetchPolicy: 'network-only',
                })
              ).data?.adsActWeightsImpact ?? [],
          });
          await save({ variables: { validFrom: v.validFrom, weights, confirmBackdated: confirmed } });
        }}
      >
        <DateInput<ScaleValues>
          name="validFrom"
          label="Applicable aux dossiers déposés à partir du"
          required
          autoFocus
          sx={{ maxWidth: 360 }}
          helperText="Les dossiers déposés avant cette date gardent le barème de leur date de dépôt."
        />
        <Grid container spacing={2}>
          {ADS_DOSSIER_TYPES.map((t) => (
            <Grid key={t.code} size={{ xs: 6, sm: 3 }}>
              <DecimalInput<ScaleValues>
                name={`weights.${t.code}`}
                label={`Poids ${t.code}`}
                required
                fullWidth
                min={0}
                max={20}
                maxDecimals={2}
              />
            </Grid>
          ))}
        </Grid>
      </FormShell>
      {dialog}
    </Paper>
  );
}
