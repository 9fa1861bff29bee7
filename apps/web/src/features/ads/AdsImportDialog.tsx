import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { ImportAdsDossiersMutation as ImportResult } from '../../gql/graphql';
import { errorMessage } from '../../shared/graphql-errors';
import { ImportAdsDossiersMutation } from './graphql/import-ads-dossiers.mutation';

const STATUS_LABELS: Record<string, string> = {
  IMPORTED: 'importée',
  VALID: 'valide',
  SKIPPED: 'ignorée',
  REJECTED: 'rejetée',
};

/** Import of an export of the instruction software (CSV or XLSX): all or nothing, with a report per line. */
export function AdsImportDialog({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const [importFile, { loading }] = useMutation(ImportAdsDossiersMutation);
  const [report, setReport] = useState<ImportResult['importAdsDossiers'] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setReport(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    try {
      const r = await importFile({ variables: { filename: file.name, base64: btoa(binary) } });
      setReport(r.data?.importAdsDossiers ?? null);
      if (r.data?.importAdsDossiers.committed) onImported();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="ads-import-title">
      <DialogTitle id="ads-import-title">Importer des dossiers</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          Fichier CSV ou Excel exporté du logiciel d’instruction, une ligne par dossier, colonnes : numero, type,
          commune_insee, date_depot, mode_depot, demandeur, type_demandeur, adresse_terrain, parcelles, nature_projet,
          surface_plancher, logements. Un dossier déjà enregistré est ignoré ; si une ligne est en erreur, rien n’est
          enregistré.
        </Typography>
        <Button component="label" variant="outlined" loading={loading}>
          Choisir un fichier
          <input
            hidden
            type="file"
            accept=".csv,.xlsx"
            aria-label="Fichier à importer"
            onChange={(e) => onFile(e.target.files?.[0])}
          />
        </Button>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
        {report && (
          <>
            <Alert severity={report.committed ? 'success' : 'error'} sx={{ mt: 2 }}>
              {report.committed
                ? `${report.imported} dossier(s) importé(s), ${report.skipped} déjà présent(s).`
                : `Fichier refusé : ${report.rejected} ligne(s) en erreur, aucun dossier enregistré.`}
            </Alert>
            <List dense aria-label="Compte rendu de l’import">
              {report.lines
                .filter((l) => l.status !== 'IMPORTED')
                .map((l) => (
                  <ListItem key={l.line}>
                    <ListItemText
                      primary={`Ligne ${l.line}${l.number ? ` — ${l.number}` : ''} : ${STATUS_LABELS[l.status] ?? l.status}`}
                      secondary={l.messages.join(' ')}
                    />
                  </ListItem>
                ))}
            </List>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Fermer</Button>
      </DialogActions>
    </Dialog>
  );
}
