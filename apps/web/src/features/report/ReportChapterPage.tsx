import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { directorateLabel } from '@call/domain';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useMe } from '../../auth/useMe';
import { errorMessage } from '../../shared/graphql-errors';
import { PageHeader, QueryState, useNotify } from '../../shared/kit';
import { ChapterFigures } from './ChapterFigures';
import { ChapterStatusChip } from './ChapterStatusChip';
import {
  ReportChapterQuery,
  ReviewReportChapterMutation,
  SaveReportChapterTextMutation,
  SubmitReportChapterMutation,
} from './graphql/report.documents';
import { MarkdownField } from './MarkdownField';
import { MarkdownPreview } from './MarkdownPreview';

/** A chapter: its director writes and submits it with its figures shown live; the DGS reviews it. */
export function ReportChapterPage() {
  const { id } = useParams<{ id: string }>();
  // the figures follow the recorded activity while the year is open
  const query = useQuery(ReportChapterQuery, { variables: { id: id! }, pollInterval: 15000 });
  const chapter = query.data?.reportChapter;
  return (
    <Stack spacing={3}>
      <PageHeader
        title={chapter?.title ?? 'Chapitre du rapport'}
        subtitle={
          chapter &&
          `Rapport d’activités ${chapter.year}${chapter.directorate ? ` · ${directorateLabel(chapter.directorate)}` : ''}`
        }
        actions={
          <Button component={RouterLink} to={chapter ? `/rapport-annuel?annee=${chapter.year}` : '/rapport-annuel'}>
            Retour au rapport
          </Button>
        }
      />
      <QueryState data={query.data} loading={query.loading} error={query.error} onRetry={() => void query.refetch()}>
        {(data) => (
          <>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography>Avancement :</Typography>
              <ChapterStatusChip status={data.reportChapter.status} />
            </Stack>
            {data.reportChapter.reviewComment && (
              <Alert severity={data.reportChapter.status === 'CHANGES_REQUESTED' ? 'warning' : 'info'}>
                Commentaire de la DGS : {data.reportChapter.reviewComment}
              </Alert>
            )}
            <section aria-label="Chiffres du chapitre">
              <Typography variant="h6" component="h2" gutterBottom>
                Chiffres clés {data.reportChapterFigures.some((f) => f.frozen) ? '(figés à la clôture)' : '(en direct)'}
              </Typography>
              <ChapterFigures figures={data.reportChapterFigures} />
            </section>
            <ChapterTexts chapter={data.reportChapter} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

interface Chapter {
  id: string;
  highlights: string;
  outlook: string;
  status: string;
  version: number;
  canWrite: boolean;
}

function ChapterTexts({ chapter }: { chapter: Chapter }) {
  const { me } = useMe();
  const notify = useNotify();
  const [highlights, setHighlights] = useState(chapter.highlights);
  const [outlook, setOutlook] = useState(chapter.outlook);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [save, saving] = useMutation(SaveReportChapterTextMutation);
  const [submit, submitting] = useMutation(SubmitReportChapterMutation);
  const [review, reviewing] = useMutation(ReviewReportChapterMutation, { refetchQueries: [ReportChapterQuery] });
  useEffect(() => {
    setHighlights(chapter.highlights);
    setOutlook(chapter.outlook);
  }, [chapter.id, chapter.highlights, chapter.outlook]);

  const editable = chapter.canWrite && ['MISSING', 'DRAFT', 'CHANGES_REQUESTED'].includes(chapter.status);
  const dirty = highlights !== chapter.highlights || outlook !== chapter.outlook;
  const run = async (fn: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await fn();
      notify(done);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const saveText = () =>
    save({ variables: { id: chapter.id, input: { highlights, outlook, expectedVersion: chapter.version } } });

  return (
    <Stack spacing={2}>
      {error && <Alert severity="error">{error}</Alert>}
      {editable ? (
        <>
          <MarkdownField label="Faits marquants" value={highlights} onChange={setHighlights} />
          <MarkdownField label="Perspectives" value={outlook} onChange={setOutlook} />
          <Stack direction="row" spacing={1}>
            <Button
              variant="outlined"
              disabled={!dirty}
              loading={saving.loading}
              onClick={() => void run(saveText, 'Chapitre enregistré.')}
            >
              Enregistrer le brouillon
            </Button>
            <Button
              variant="contained"
              loading={submitting.loading}
              onClick={() =>
                void run(async () => {
                  if (dirty) await saveText();
                  await submit({ variables: { id: chapter.id } });
                }, 'Chapitre soumis à la DGS.')
              }
            >
              Soumettre à la DGS
            </Button>
          </Stack>
        </>
      ) : (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="h6" component="h2">
            Faits marquants
          </Typography>
          <MarkdownPreview source={chapter.highlights} />
          <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
            Perspectives
          </Typography>
          <MarkdownPreview source={chapter.outlook} />
        </Paper>
      )}
      {me?.role === 'DGS' && (
        <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Relecture de la DGS">
          <Stack spacing={1}>
            <TextField
              label="Commentaire"
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              multiline
              minRows={2}
            />
            <Stack direction="row" spacing={1}>
              {(['ACCEPT', 'REQUEST_CHANGES', 'COMMENT'] as const).map((decision) => (
                <Button
                  key={decision}
                  variant={decision === 'ACCEPT' ? 'contained' : 'outlined'}
                  disabled={decision !== 'COMMENT' && chapter.status !== 'SUBMITTED'}
                  loading={reviewing.loading}
                  onClick={() =>
                    void run(
                      async () => {
                        await review({ variables: { id: chapter.id, decision, comment: comment.trim() || null } });
                        setComment('');
                      },
                      decision === 'ACCEPT'
                        ? 'Chapitre accepté.'
                        : decision === 'COMMENT'
                          ? 'Commentaire envoyé.'
                          : 'Modifications demandées.',
                    )
                  }
                >
                  {decision === 'ACCEPT'
                    ? 'Accepter'
                    : decision === 'REQUEST_CHANGES'
                      ? 'Demander des modifications'
                      : 'Commenter'}
                </Button>
              ))}
            </Stack>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
