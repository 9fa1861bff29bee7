import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Paper, Stack } from '@mui/material';
import { adsDepositCorrectable } from '@call/domain';
import { useForm } from 'react-hook-form';
import { useParams } from 'react-router';
import type { AdsDossierFieldsFragment } from '../../gql/graphql';
import { FormShell, PageHeader, QueryState } from '../../shared/kit';
import {
  ADS_DOSSIER_FORM_FIELDS,
  AdsDossierInputs,
  adsDossierCommonInput,
  type AdsDossierFormValues,
} from './AdsDossierInputs';
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
  return (
    <QueryState data={data} loading={loading} error={error}>
      {(d) => <AdsDossierEditForm dossier={d.adsDossier} />}
    </QueryState>
  );
}

function AdsDossierEditForm({ dossier: d }: { dossier: AdsDossierFieldsFragment }) {
  const [update] = useMutation(UpdateAdsDossierMutation);
  const form = useForm<AdsDossierFormValues>({ defaultValues: valuesOf(d) });
  const depositLocked = !adsDepositCorrectable(d.status);
  const memberships = useQuery(AdsServiceMembershipsQuery, { variables: { on: d.depositedOn } });
  const communes = (memberships.data?.serviceMemberships ?? [])
    .filter((m) => m.option === 'instruction')
    .map((m) => m.commune);

  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <PageHeader title={`Modifier le dossier ${d.number}`} />
      {depositLocked && (
        <Alert severity="info">
          La commune, le type et le numéro ne peuvent être corrigés que tant que le dossier est au statut « Déposé ».
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 3 }}>
        <FormShell
          form={form}
          label="Modifier le dossier ADS"
          serverFields={ADS_DOSSIER_FORM_FIELDS}
          submitLabel="Enregistrer les corrections"
          cancelTo={`/ads/dossiers/${d.id}`}
          success="Corrections enregistrées."
          onSubmit={async (v) => {
            await update({
              variables: {
                id: d.id,
                input: {
                  // the version this form was loaded from: a save over someone else's change is refused
                  expectedVersion: d.version,
                  ...(depositLocked
                    ? {}
                    : { type: v.type, communeInsee: v.communeInsee, number: v.number.trim() || null }),
                  ...adsDossierCommonInput(v),
                },
              },
            });
            return `/ads/dossiers/${d.id}`;
          }}
        >
          <AdsDossierInputs
            mode="edit"
            currentNumber={d.number}
            depositLocked={depositLocked}
            communes={communes}
            instructors={[]}
          />
        </FormShell>
      </Paper>
    </Stack>
  );
}
