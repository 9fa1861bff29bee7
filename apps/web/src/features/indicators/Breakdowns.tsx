import { Box, Button, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { BreakdownTable } from './BreakdownTable';
import type { BreakdownView } from './types';

const FIRST_ROWS = 6;

interface Props {
  breakdowns: readonly BreakdownView[];
  unit: string;
  onSelect?: (dimension: string, member: string, memberLabel: string) => void;
}

/** One breakdown at a time (tabs), its first rows, and the rest on demand: a card stays readable. */
export function Breakdowns({ breakdowns, unit, onSelect }: Props) {
  const [index, setIndex] = useState(0);
  const [expanded, setExpanded] = useState(false);
  if (!breakdowns.length) return null;
  const current = breakdowns[Math.min(index, breakdowns.length - 1)];
  const hidden = current.items.length - FIRST_ROWS;
  const shown = expanded || hidden <= 0 ? current : { ...current, items: current.items.slice(0, FIRST_ROWS) };
  return (
    <Box>
      {breakdowns.length > 1 && (
        <Tabs
          value={index}
          onChange={(_, v: number) => {
            setIndex(v);
            setExpanded(false);
          }}
          variant="scrollable"
          aria-label="Ventilations"
        >
          {breakdowns.map((b) => (
            <Tab key={b.dimension} label={b.label} sx={{ minWidth: 0, px: 1.5, textTransform: 'none' }} />
          ))}
        </Tabs>
      )}
      <BreakdownTable
        breakdown={shown}
        unit={unit}
        onSelect={onSelect ? (m, l) => onSelect(current.dimension, m, l) : undefined}
      />
      {hidden > 0 && (
        <Button size="small" onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'Réduire' : `Afficher les ${current.items.length} lignes`}
        </Button>
      )}
    </Box>
  );
}
