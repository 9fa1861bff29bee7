import { Box, Typography } from '@mui/material';
import { inlineRuns, parseMarkdown } from './markdown';

const Inline = ({ text }: { text: string }) => (
  <>{inlineRuns(text).map((r, k) => (r.bold ? <strong key={k}>{r.text}</strong> : <span key={k}>{r.text}</span>))}</>
);

/** How the report will show a text: the Markdown subset drawn as headings, lists and paragraphs. */
export function MarkdownPreview({ source }: { source: string }) {
  const blocks = parseMarkdown(source);
  if (!blocks.length)
    return (
      <Typography color="text.secondary" sx={{ fontStyle: 'italic' }}>
        (vide)
      </Typography>
    );
  return (
    <Box>
      {blocks.map((b, k) => {
        if (b.kind === 'heading')
          return (
            <Typography
              key={k}
              variant={b.level === 1 ? 'h6' : 'subtitle1'}
              component={b.level === 1 ? 'h3' : 'h4'}
              sx={{ fontWeight: 600, mt: 1 }}
            >
              <Inline text={b.text} />
            </Typography>
          );
        if (b.kind === 'list')
          return (
            <Box key={k} component="ul" sx={{ my: 0.5 }}>
              {b.items.map((it, i) => (
                <li key={i}>
                  <Inline text={it} />
                </li>
              ))}
            </Box>
          );
        return (
          <Typography key={k} sx={{ my: 0.5 }}>
            <Inline text={b.text} />
          </Typography>
        );
      })}
    </Box>
  );
}
