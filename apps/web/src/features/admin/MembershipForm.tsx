import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Stack } from '@mui/material';
import { MEMBERSHIP_SERVICES, type MembershipServiceKey } from '@call/domain';
import { useForm } from 'react-hook-form';
import { DateInput, FormShell, SelectInput, useBackdatedConfirm } from '../../shared/kit';
import {
  AddServiceMembershipImpactQuery,
  AddServiceMembershipMutation,
} from './graphql/add-service-membership.mutation';
import { AdminCommunesQuery } from './graphql/communes.query';
import { ServiceMembershipsQuery } from './graphql/service-memberships.query';

interface Values {
  communeInsee: string;
  option: string;
  validFrom: string;
  validTo: string;
}
const FIELDS = ['communeInsee', 'option', 'validFrom', 'validTo'] as const;

/** Records that a commune joins a service (or an option of it) from a date, possibly until another. */
export function MembershipForm({ service }: { service: MembershipServiceKey }) {
  const options = MEMBERSHIP_SERVICES.find((s) => s.key === service)!.options;
  const communes = useQuery(AdminCommunesQuery);
  const [add] = useMutation(AddServiceMembershipMutation, { refetchQueries: [ServiceMembershipsQuery] });
  const client = useApolloClient();
  const { confirmBackdated, dialog } = useBackdatedConfirm();
  const form = useForm<Values>({
    defaultValues: { communeInsee: '', option: options[0]?.code ?? '', validFrom: '', validTo: '' },
  });
  const communeName = (insee: string) => communes.data?.communes.find((c) => c.inseeCode === insee)?.name ?? insee;

  return (
    <FormShell
      form={form}
      label="Nouvelle adhésion"
      serverFields={FIELDS}
      submitLabel="Enregistrer l’adhésion"
      success={(v) => `Adhésion de ${communeName(v.communeInsee)} enregistrée.`}
      resetAfterSave={(v) => ({ ...v, communeInsee: '', validTo: '' })}
      onSubmit={async (v) => {
        const input = {
          service,
          option: options.length ? v.option : null,
          communeInsee: v.communeInsee,
          validFrom: v.validFrom,
          validTo: v.validTo || null,
        };
        // dated in a published year: the figures it would rewrite are named and confirmed first
        const confirmed = await confirmBackdated({
          date: v.validFrom,
          what: 'Adhésion datée',
          changes: async () =>
            (
              await client.query({
                query: AddServiceMembershipImpactQuery,
                variables: { input },
                fetchPolicy: 'network-only',
              })
            ).data?.addServiceMembershipImpact ?? [],
        });
        await add({ variables: { input, confirmBackdated: confirmed } });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SelectInput<Values>
          name="communeInsee"
          label="Commune"
          autoFocus
          sx={{ minWidth: 240 }}
          choices={(communes.data?.communes ?? []).map((c) => ({ value: c.inseeCode, label: c.name }))}
          requiredMessage="Choisissez la commune."
        />
        {options.length > 0 && (
          <SelectInput<Values>
            name="option"
            label="Option"
            sx={{ minWidth: 220 }}
            choices={options}
            requiredMessage="Choisissez l’option."
          />
        )}
        <DateInput<Values> name="validFrom" label="Début" required />
        <DateInput<Values> name="validTo" label="Fin (facultative)" />
      </Stack>
      {dialog}
    </FormShell>
  );
}
