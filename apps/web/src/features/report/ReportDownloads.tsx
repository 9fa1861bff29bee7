import { Box, Button, Stack } from '@mui/material';
import { useState } from 'react';

/** The report as the renderers write it: DOCX and PDF downloads, and the PDF previewed in the page. */
export function ReportDownloads({ year }: { year: number }) {
  const [preview, setPreview] = useState(false);
  // a new address each time the preview opens: the figures may have moved since
  const [stamp, setStamp] = useState(0);
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        <Button variant="outlined" href={`/rapport/${year}.docx`} download>
          Télécharger (Word)
        </Button>
        <Button variant="outlined" href={`/rapport/${year}.pdf`} download>
          Télécharger (PDF)
        </Button>
        <Button
          onClick={() => {
            setStamp(Date.now());
            setPreview((p) => !p);
          }}
        >
          {preview ? 'Masquer l’aperçu' : 'Aperçu PDF'}
        </Button>
      </Stack>
      {preview && (
        <Box
          component="iframe"
          title={`Aperçu du rapport ${year}`}
          src={`/rapport/${year}.pdf?inline=1&t=${stamp}`}
          sx={{ width: '100%', height: '80vh', border: 1, borderColor: 'divider' }}
        />
      )}
    </Stack>
  );
}
