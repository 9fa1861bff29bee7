import { useMutation } from '@apollo/client/react';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import { Alert, Button, IconButton, Link, Paper, Stack, TextField, Typography } from '@mui/material';
import { directorateLabel, type DirectorateKey, type ReportChapterStatus } from '@call/domain';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { errorMessage } from '../../shared/graphql-errors';
import { ChapterStatusChip } from './ChapterStatusChip';
import {
  AddReportChapterMutation,
  MoveReportChapterMutation,
  RemoveReportChapterMutation,
  RenameReportPartMutation,
  ReportYearQuery,
} from './graphql/report.documents';

interface Chapter {
  id: string;
  position: number;
  title: string;
  directorate?: string | null;
  status: string;
}
interface Part {
  id: string;
  title: string;
  chapters: Chapter[];
}

/** The parts and chapters with their progress; the DGS reorders, renames, adds and removes while the year is open. */
export function ReportStructure({ parts, editable }: { parts: Part[]; editable: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const refetch = { refetchQueries: [ReportYearQuery] };
  const [move] = useMutation(MoveReportChapterMutation, refetch);
  const [remove] = useMutation(RemoveReportChapterMutation, refetch);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Stack spacing={2}>
      {error && <Alert severity="error">{error}</Alert>}
      {parts.map((part, p) => (
        <Paper key={part.id} variant="outlined" sx={{ p: 2 }} component="section" aria-label={part.title}>
          <PartTitle part={part} index={p} editable={editable} onError={setError} />
          <Stack component="ol" spacing={0.5} sx={{ pl: 2, my: 1 }}>
            {part.chapters.map((c, k) => (
              <Stack
                key={c.id}
                component="li"
                direction="row"
                spacing={1}
                sx={{ alignItems: 'center' }}
                aria-label={c.title}
              >
                <Link component={RouterLink} to={`/rapport-annuel/chapitres/${c.id}`} sx={{ flex: 1 }}>
                  {c.title}
                </Link>
                <Typography variant="body2" color="text.secondary">
                  {c.directorate ? directorateLabel(c.directorate as DirectorateKey) : 'DGS'}
                </Typography>
                <ChapterStatusChip status={c.status as ReportChapterStatus} />
                {editable && (
                  <>
                    <IconButton
                      size="small"
                      aria-label={`Monter ${c.title}`}
                      disabled={k === 0}
                      onClick={() => void run(() => move({ variables: { id: c.id, partId: part.id, position: k } }))}
                    >
                      <ArrowUpwardIcon fontSize="small" />
                    </IconButton>
                    <IconButton
                      size="small"
                      aria-label={`Descendre ${c.title}`}
                      disabled={k === part.chapters.length - 1}
                      onClick={() =>
                        void run(() => move({ variables: { id: c.id, partId: part.id, position: k + 2 } }))
                      }
                    >
                      <ArrowDownwardIcon fontSize="small" />
                    </IconButton>
                    <IconButton
                      size="small"
                      aria-label={`Retirer ${c.title}`}
                      onClick={() => {
                        if (window.confirm(`Retirer le chapitre « ${c.title} » du rapport ?`))
                          void run(() => remove({ variables: { id: c.id } }));
                      }}
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </>
                )}
              </Stack>
            ))}
          </Stack>
          {editable && <AddChapter partId={part.id} onError={setError} />}
        </Paper>
      ))}
    </Stack>
  );
}

function PartTitle({
  part,
  index,
  editable,
  onError,
}: {
  part: Part;
  index: number;
  editable: boolean;
  onError: (m: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(part.title);
  const [rename] = useMutation(RenameReportPartMutation, { refetchQueries: [ReportYearQuery] });
  if (!editing)
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {String(index + 1).padStart(2, '0')}. {part.title}
        </Typography>
        {editable && (
          <Button size="small" onClick={() => setEditing(true)}>
            Renommer
          </Button>
        )}
      </Stack>
    );
  return (
    <Stack direction="row" spacing={1}>
      <TextField
        size="small"
        label="Titre de la partie"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        sx={{ flex: 1 }}
      />
      <Button
        onClick={() =>
          void rename({ variables: { id: part.id, title } })
            .then(() => setEditing(false))
            .catch((e: unknown) => onError(errorMessage(e)))
        }
      >
        Enregistrer
      </Button>
    </Stack>
  );
}

function AddChapter({ partId, onError }: { partId: string; onError: (m: string) => void }) {
  const [title, setTitle] = useState('');
  const [add, { loading }] = useMutation(AddReportChapterMutation, { refetchQueries: [ReportYearQuery] });
  return (
    <Stack direction="row" spacing={1}>
      <TextField
        size="small"
        label="Nouveau chapitre"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        sx={{ flex: 1 }}
      />
      <Button
        loading={loading}
        disabled={!title.trim()}
        onClick={() =>
          void add({ variables: { partId, input: { title, indicatorKeys: [], tables: [], charts: [] } } })
            .then(() => setTitle(''))
            .catch((e: unknown) => onError(errorMessage(e)))
        }
      >
        Ajouter
      </Button>
    </Stack>
  );
}
