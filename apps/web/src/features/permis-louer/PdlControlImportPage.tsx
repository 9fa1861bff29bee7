import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, List, ListItem, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type {
  ImportPdlControlBatchMutation as ImportResult,
  PdlControlBatchesQuery as Result,
} from '../../gql/graphql';
import { formatDay, todayInFrance } from '../../shared/format';
import { DataTable, DateInput, FormShell, PageHeader, QueryState, type Column } from '../../shared/kit';
import { ImportPdlControlBatchMutation, PdlControlBatchesQuery } from './graphql/pdl-desk.graphql';
import { PdlNav } from './PdlNav';

type Row = Result['pdlControlBatches']['items'][number];
type Report = ImportResult['importPdlControlBatch'];
const PAGE_SIZE = 25;
const MAX_BYTES = 1_000_000;

const COLUMNS: Column<Row>[] = [
  { id: 'receivedOn', label: 'Reçu le', alwaysShown: true, render: (b) => formatDay(b.receivedOn) },
  { id: 'file', label: 'Fichier', render: (b) => b.fileName },
  { id: 'addresses', label: 'Adresses', render: (b) => b.addresses },
  { id: 'filed', label: 'Dossiers déposés après contact', render: (b) => b.filedAfterContact },
  {
    id: 'rate',
    label: 'Taux de dépôt',
    render: (b) =>
      b.addresses ? `${((b.filedAfterContact * 100) / b.addresses).toFixed(1).replace('.', ',')} %` : '—',
  },
  { id: 'by', label: 'Importé par', render: (b) => b.importedByLogin },
];

interface Values {
  receivedOn: string;
}

/** A CAF batch: a CSV read in the browser, checked whole by the API; one bad line and nothing is recorded. */
export function PdlControlImportPage() {
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [page, setPage] = useState(0);
  const [importBatch] = useMutation(ImportPdlControlBatchMutation, { refetchQueries: [PdlControlBatchesQuery] });
  const q = useQuery(PdlControlBatchesQuery, {
    variables: { offset: page * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const form = useForm<Values>({ defaultValues: { receivedOn: todayInFrance() } });
  const data = q.data ?? q.previousData;
  return (
    <Box>
      <PageHeader title="Permis de louer — contrôles CAF" />
      <PdlNav />
      <Stack spacing={2}>
        <Paper sx={{ p: 3 }}>
          <FormShell
            form={form}
            label="Importer un lot CAF"
            serverFields={['receivedOn']}
            submitLabel="Importer le lot"
            onSubmit={async (v) => {
              setReport(null);
              if (!file) {
                setFileError('Fichier : choisissez le fichier CSV reçu de la CAF.');
                return;
              }
              const r = await importBatch({
                variables: { input: { fileName: file.name, receivedOn: v.receivedOn, csv: file.csv } },
              });
              setReport(r.data!.importPdlControlBatch);
            }}
          >
            <Typography variant="body2">
              Fichier CSV (séparateur « ; »), première ligne : <code>adresse;code_insee;date_controle;resultat</code>.
              Le lot est enregistré en entier ou pas du tout.
            </Typography>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'center' }}>
              <Button variant="outlined" component="label">
                Choisir le fichier CSV
                <input
                  hidden
                  type="file"
                  accept=".csv,text/csv"
                  aria-label="Fichier CSV de la CAF"
                  onChange={(e) => {
                    const f = e.target.files?.[0];
                    setReport(null);
                    setFileError(null);
                    if (!f) return setFile(null);
                    if (f.size > MAX_BYTES) {
                      setFile(null);
                      return setFileError('Fichier : dépasse 1 Mo.');
                    }
                    void f.text().then((csv) => setFile({ name: f.name, csv }));
                  }}
                />
              </Button>
              <Typography>{file ? file.name : 'Aucun fichier choisi'}</Typography>
              <DateInput<Values> name="receivedOn" label="Date de réception" required notFuture />
            </Stack>
            {fileError && <Alert severity="error">{fileError}</Alert>}
          </FormShell>
          {report && (
            <Alert severity={report.imported ? 'success' : 'error'} sx={{ mt: 2 }} aria-label="Compte rendu d’import">
              {report.imported
                ? `Lot importé : ${report.lines} adresse(s) enregistrée(s).`
                : `Rien n’a été enregistré : ${report.errors.length} ligne(s) en erreur sur ${report.lines}.`}
              {!report.imported && (
                <List dense>
                  {report.errors.map((e) => (
                    <ListItem key={e.line}>{e.message}</ListItem>
                  ))}
                </List>
              )}
            </Alert>
          )}
        </Paper>
        <QueryState data={data} loading={q.loading} error={q.error} onRetry={() => void q.refetch()}>
          {(d) => (
            <DataTable<Row>
              id="pdl-control-batches"
              label="Lots importés"
              columns={COLUMNS}
              rows={d.pdlControlBatches.items}
              rowKey={(r) => r.id}
              loading={q.loading}
              empty="Aucun lot importé."
              serverPaging={{ page, pageSize: PAGE_SIZE, total: d.pdlControlBatches.total, onPageChange: setPage }}
            />
          )}
        </QueryState>
      </Stack>
    </Box>
  );
}
