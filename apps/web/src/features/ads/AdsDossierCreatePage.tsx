import { useMutation, useQuery } from '@apollo/client/react';
import { Paper, Stack } from '@mui/material';
import { useForm } from 'react-hook-form';
import { todayInFrance } from '../../shared/format';
import { FormShell, PageHeader } from '../../shared/kit';
import {
  ADS_DOSSIER_FORM_FIELDS,
  AdsDossierInputs,
  adsDossierCommonInput,
  type AdsDossierFormValues,
} from './AdsDossierInputs';
import { AdsInstructorsQuery } from './graphql/ads-instructors.query';
import { CreateAdsDossierMutation } from './graphql/create-ads-dossier.mutation';
import { AdsServiceMembershipsQuery } from './graphql/service-memberships.query';

const defaults = (): AdsDossierFormValues => ({
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
});

const toInput = (v: AdsDossierFormValues) => ({
  ...adsDossierCommonInput(v),
  type: v.type,
  communeInsee: v.communeInsee,
  depositedOn: v.depositedOn,
  number: v.number.trim() || null,
  instructorId: v.instructorId || null,
  tacitRefusalCase: v.tacitRefusalCase,
});

/** A new deposit: the dossier form's body with its defaults; saved, it opens the dossier. */
export function AdsDossierCreatePage() {
  const [create] = useMutation(CreateAdsDossierMutation);
  const form = useForm<AdsDossierFormValues>({ defaultValues: defaults() });
  // the communes of option 1 on the deposit day: the server checks it again
  const depositedOn = form.watch('depositedOn');
  const on = /^\d{4}-\d{2}-\d{2}$/.test(depositedOn) ? depositedOn : todayInFrance();
  const memberships = useQuery(AdsServiceMembershipsQuery, { variables: { on } });
  const instructors = useQuery(AdsInstructorsQuery);
  const communes = (memberships.data?.serviceMemberships ?? [])
    .filter((m) => m.option === 'instruction')
    .map((m) => m.commune);

  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <PageHeader title="Nouveau dossier ADS" />
      <Paper variant="outlined" sx={{ p: 3 }}>
        <FormShell
          form={form}
          label="Nouveau dossier ADS"
          serverFields={ADS_DOSSIER_FORM_FIELDS}
          submitLabel="Enregistrer le dossier"
          cancelTo="/ads"
          success="Dossier enregistré."
          onSubmit={async (v) => {
            const r = await create({ variables: { input: toInput(v) } });
            return r.data ? `/ads/dossiers/${r.data.createAdsDossier.id}` : undefined;
          }}
        >
          <AdsDossierInputs communes={communes} instructors={instructors.data?.adsInstructors ?? []} />
        </FormShell>
      </Paper>
    </Stack>
  );
}
