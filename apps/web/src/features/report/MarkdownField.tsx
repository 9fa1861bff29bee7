import FormatBoldIcon from '@mui/icons-material/FormatBold';
import FormatListBulletedIcon from '@mui/icons-material/FormatListBulleted';
import TitleIcon from '@mui/icons-material/Title';
import { Box, IconButton, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useRef } from 'react';
import { applyFormat } from './markdown';
import { MarkdownPreview } from './MarkdownPreview';

/** A text of the chapter: a textarea with a small toolbar (heading, list, bold) and its preview beside it. */
export function MarkdownField({
  label,
  value,
  onChange,
  disabled,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  disabled?: boolean;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const format = (kind: 'heading' | 'list' | 'bold') => {
    const el = ref.current;
    if (!el) return;
    const next = applyFormat(value, el.selectionStart, el.selectionEnd, kind);
    onChange(next.value);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(next.start, next.end);
    });
  };
  const tool = (kind: 'heading' | 'list' | 'bold', title: string, icon: React.ReactNode) => (
    <Tooltip title={title}>
      <span>
        <IconButton size="small" aria-label={`${title} (${label})`} disabled={disabled} onClick={() => format(kind)}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
      <Box sx={{ flex: 1 }}>
        <Stack direction="row" spacing={0.5} role="toolbar" aria-label={`Mise en forme : ${label}`}>
          {tool('heading', 'Titre', <TitleIcon fontSize="small" />)}
          {tool('list', 'Liste', <FormatListBulletedIcon fontSize="small" />)}
          {tool('bold', 'Gras', <FormatBoldIcon fontSize="small" />)}
        </Stack>
        <TextField
          label={label}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          multiline
          minRows={8}
          fullWidth
          disabled={disabled}
          slotProps={{ htmlInput: { ref } }}
        />
      </Box>
      <Paper variant="outlined" sx={{ flex: 1, p: 2 }} aria-label={`Aperçu : ${label}`}>
        <Typography variant="overline" color="text.secondary">
          Aperçu
        </Typography>
        <MarkdownPreview source={value} />
      </Paper>
    </Stack>
  );
}
