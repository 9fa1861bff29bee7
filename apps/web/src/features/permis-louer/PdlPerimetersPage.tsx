import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Box, Paper, Stack, Typography } from '@mui/material';
import { earliestPerimeterStart, PDL_PERIMETER_KINDS, type PdlPerimeterKind } from '@call/domain';
import { useForm } from 'react-hook-form';
import type { PdlSchemeQuery as Result } from '../../gql/graphql';
import { formatDay } from '../../shared/format';
import {
  DataTable,
  DateInput,
  FormShell,
  isIsoDay,
  PageHeader,
  QueryState,
  SelectInput,
  TextInput,
  useBackdatedConfirm,
  type Column,
} from '../../shared/kit';
import { CreatePdlPerimeterMutation, PdlPerimeterImpactQuery, PdlSchemeQuery } from './graphql/pdl-perimeters.graphql';
import { PdlNav } from './PdlNav';

type Perimeter = Result['pdlPerimeters'][number];
type Membership = Result['serviceMemberships'][number];

const period = (from: string, to: string | null | undefined) =>
  to ? `du ${formatDay(from)} au ${formatDay(to)}` : `depuis le ${formatDay(from)}`;

const MEMBERSHIP_COLUMNS: Column<Membership>[] = [
  { id: 'commune', label: 'Commune', alwaysShown: true, render: (m) => m.commune.name },
  { id: 'period', label: 'Adhésion au permis de louer', render: (m) => period(m.validFrom, m.validTo) },
];

const PERIMETER_COLUMNS: Column<Perimeter>[] = [
  { id: 'commune', label: 'Commune', alwaysShown: true, render: (p) => p.communeName },
  { id: 'kind', label: 'Étendue', render: (p) => PDL_PERIMETER_KINDS.labels[p.kind] },
  { id: 'streets', label: 'Rues ou secteurs', render: (p) => p.streets.join(' ; ') || '—' },
  { id: 'period', label: 'Application', render: (p) => period(p.validFrom, p.validTo) },
  {
    id: 'published',
    label: 'Délibération publiée',
    render: (p) => (p.publishedOn ? formatDay(p.publishedOn) : 'à confirmer'),
  },
];

interface Values {
  communeInsee: string;
  kind: PdlPerimeterKind;
  streets: string;
  publishedOn: string;
  validFrom: string;
  validTo: string;
}
const FIELDS = ['communeInsee', 'kind', 'streets', 'publishedOn', 'validFrom', 'validTo'] as const;

/**
 * The scheme by commune: each commune's dated membership (referential, recorded by an administrator) and, within
 * it, the dated zones where an APML is required: the whole commune or listed streets, from six months after the
 * deliberation (L635-1). A perimeter dated in a year already reported names the figures it would change and asks first.
 */
export function PdlPerimetersPage() {
  const q = useQuery(PdlSchemeQuery, { fetchPolicy: 'cache-and-network' });
  const [create] = useMutation(CreatePdlPerimeterMutation, { refetchQueries: [PdlSchemeQuery] });
  const client = useApolloClient();
  const { confirmBackdated, dialog } = useBackdatedConfirm();
  const form = useForm<Values>({
    defaultValues: {
      communeInsee: '',
      kind: 'WHOLE_COMMUNE',
      streets: '',
      publishedOn: '',
      validFrom: '',
      validTo: '',
    },
  });
  const kind = form.watch('kind');
  const publishedOn = form.watch('publishedOn');
  const communes = [
    ...new Map((q.data?.serviceMemberships ?? []).map((m) => [m.commune.inseeCode, m.commune.name])).entries(),
  ].map(([code, label]) => ({ code, label }));
  return (
    <Box>
      <PageHeader title="Permis de louer — périmètres" />
      <PdlNav />
      <QueryState data={q.data ?? q.previousData} loading={q.loading} error={q.error} onRetry={() => void q.refetch()}>
        {(d) => (
          <Stack spacing={2}>
            <DataTable<Perimeter>
              id="pdl-perimeters"
              label="Périmètres datés"
              columns={PERIMETER_COLUMNS}
              rows={d.pdlPerimeters}
              rowKey={(p) => p.id}
              empty="Aucun périmètre."
            />
            <DataTable<Membership>
              id="pdl-memberships"
              label="Adhésions des communes"
              columns={MEMBERSHIP_COLUMNS}
              rows={d.serviceMemberships}
              rowKey={(m) => m.id}
              empty="Aucune commune n’adhère au permis de louer."
            />
          </Stack>
        )}
      </QueryState>
      <Paper sx={{ p: 3, mt: 2 }}>
        <FormShell
          form={form}
          label="Nouveau périmètre"
          serverFields={FIELDS}
          submitLabel="Enregistrer le périmètre"
          success="Périmètre enregistré."
          resetAfterSave
          onSubmit={async (v) => {
            const input = {
              communeInsee: v.communeInsee,
              kind: v.kind,
              streets:
                v.kind === 'STREETS'
                  ? v.streets
                      .split('\n')
                      .map((s) => s.trim())
                      .filter(Boolean)
                  : [],
              publishedOn: v.publishedOn,
              validFrom: v.validFrom,
              validTo: v.validTo || null,
            };
            // dated in a published year: the figures it would rewrite are named and confirmed first
            const confirmed = await confirmBackdated({
              date: v.validFrom,
              what: 'Périmètre daté',
              changes: async () =>
                (
                  await client.query({
                    query: PdlPerimeterImpactQuery,
                    variables: { input },
                    fetchPolicy: 'network-only',
                  })
                ).data?.pdlPerimeterImpact ?? [],
            });
            await create({ variables: { input, confirmBackdated: confirmed } });
          }}
        >
          <Typography variant="body2">
            La commune doit adhérer au permis de louer à la date de début (adhésion enregistrée par un administrateur).
          </Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <SelectInput<Values> native name="communeInsee" label="Commune" choices={communes} required />
            <SelectInput<Values> native name="kind" label="Étendue" choices={PDL_PERIMETER_KINDS} />
          </Stack>
          {kind === 'STREETS' && (
            <TextInput<Values> name="streets" label="Rues ou secteurs (un par ligne)" multiline minRows={3} />
          )}
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <DateInput<Values> name="publishedOn" label="Publication de la délibération" required />
            <DateInput<Values>
              name="validFrom"
              label="Début d’application"
              required
              min={isIsoDay(publishedOn) ? earliestPerimeterStart(publishedOn) : undefined}
            />
            <DateInput<Values> name="validTo" label="Fin d’application" />
          </Stack>
          {dialog}
        </FormShell>
      </Paper>
    </Box>
  );
}
