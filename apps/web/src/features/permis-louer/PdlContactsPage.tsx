import { useMutation, useQuery } from '@apollo/client/react';
import { Box, Paper, Stack } from '@mui/material';
import {
  PDL_CONTACT_CHANNELS,
  PDL_CONTACT_PERSONS,
  PDL_CONTACT_PURPOSES,
  PDL_CONTACT_SUBJECTS,
  type PdlContactChannel,
  type PdlContactPerson,
  type PdlContactPurpose,
  type PdlContactSubject,
} from '@call/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { PdlContactsQuery as Result } from '../../gql/graphql';
import { formatDay, todayInFrance } from '../../shared/format';
import { DataTable, DateInput, FormShell, PageHeader, QueryState, SelectInput, type Column } from '../../shared/kit';
import { PdlContactsQuery, RecordPdlContactMutation } from './graphql/pdl-desk.graphql';
import { PdlNav } from './PdlNav';

type Row = Result['pdlContacts']['items'][number];
const PAGE_SIZE = 25;

interface Values {
  contactOn: string;
  channel: PdlContactChannel;
  personType: PdlContactPerson;
  subject: PdlContactSubject;
  purpose: PdlContactPurpose;
}
const FIELDS = ['contactOn', 'channel', 'personType', 'subject', 'purpose'] as const;

const COLUMNS: Column<Row>[] = [
  { id: 'contactOn', label: 'Date', alwaysShown: true, render: (c) => formatDay(c.contactOn) },
  { id: 'channel', label: 'Canal', render: (c) => PDL_CONTACT_CHANNELS.labels[c.channel] },
  { id: 'person', label: 'Personne', render: (c) => PDL_CONTACT_PERSONS.labels[c.personType] },
  { id: 'subject', label: 'Objet', render: (c) => PDL_CONTACT_SUBJECTS.labels[c.subject] },
  { id: 'purpose', label: 'Motif', render: (c) => PDL_CONTACT_PURPOSES.labels[c.purpose] },
  { id: 'by', label: 'Saisi par', render: (c) => c.recordedByLogin },
];

/**
 * The front desk's log (Guichet Unique de l'Habitat): one call or walk-in per entry, typed from the keyboard
 * (native selects take their first letter); the form keeps the last choices for the next caller.
 */
export function PdlContactsPage() {
  const [page, setPage] = useState(0);
  const [record] = useMutation(RecordPdlContactMutation, { refetchQueries: [PdlContactsQuery] });
  const q = useQuery(PdlContactsQuery, {
    variables: { offset: page * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const form = useForm<Values>({
    defaultValues: {
      contactOn: todayInFrance(),
      channel: 'PHONE',
      personType: 'OWNER_OCCUPIER',
      subject: 'PERMIS_LOUER',
      purpose: 'INFORMATION',
    },
  });
  const data = q.data ?? q.previousData;
  return (
    <Box>
      <PageHeader title="Permis de louer — accueil du GUH" />
      <PdlNav />
      <Stack spacing={2}>
        <Paper sx={{ p: 3 }}>
          <FormShell
            form={form}
            label="Nouveau contact"
            serverFields={FIELDS}
            submitLabel="Consigner le contact"
            success="Contact consigné."
            resetAfterSave={(v) => v}
            afterSave={() => form.setFocus('channel')}
            onSubmit={async (v) => {
              await record({ variables: { input: v } });
            }}
          >
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              <DateInput<Values> name="contactOn" label="Date" required notFuture />
              <SelectInput<Values> native name="channel" label="Canal" choices={PDL_CONTACT_CHANNELS} />
              <SelectInput<Values> native name="personType" label="Personne" choices={PDL_CONTACT_PERSONS} />
              <SelectInput<Values> native name="subject" label="Objet" choices={PDL_CONTACT_SUBJECTS} />
              <SelectInput<Values> native name="purpose" label="Motif" choices={PDL_CONTACT_PURPOSES} />
            </Stack>
          </FormShell>
        </Paper>
        <QueryState data={data} loading={q.loading} error={q.error} onRetry={() => void q.refetch()}>
          {(d) => (
            <DataTable<Row>
              id="pdl-contacts"
              label="Contacts consignés"
              columns={COLUMNS}
              rows={d.pdlContacts.items}
              rowKey={(r) => r.id}
              loading={q.loading}
              empty="Aucun contact consigné."
              serverPaging={{ page, pageSize: PAGE_SIZE, total: d.pdlContacts.total, onPageChange: setPage }}
            />
          )}
        </QueryState>
      </Stack>
    </Box>
  );
}
