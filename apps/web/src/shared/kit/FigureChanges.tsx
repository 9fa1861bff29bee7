import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { graphql } from '../../gql';

/** @public What every `…Impact` query asks of a figure it would rewrite (`...FigureChangeFields`): what this shows. */
export const FigureChangeFields = graphql(`
  fragment FigureChangeFields on FigureChange {
    indicatorKey
    label
    year
    before
    after
  }
`);

export interface FigureChangeRow {
  indicatorKey: string;
  label: string;
  year: number;
  before?: number | null;
  after?: number | null;
}

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const show = (v: number | null | undefined) => (v === null || v === undefined ? '—' : number.format(v));

/** The published figures a back-dated setting would rewrite, as « Actes quantifiés 2023 : 1 223,4 → 955,2 ». */
export function FigureChanges({ changes }: { changes: readonly FigureChangeRow[] }) {
  if (!changes.length)
    return <Typography variant="body2">Aucun chiffre publié ne change avec les données enregistrées.</Typography>;
  return (
    <>
      <Typography variant="body2">Ces chiffres déjà publiés seraient modifiés :</Typography>
      <List dense aria-label="Chiffres modifiés">
        {changes.map((c) => (
          <ListItem key={`${c.indicatorKey}-${c.year}`} disableGutters>
            <ListItemText primary={`${c.label} ${c.year} : ${show(c.before)} → ${show(c.after)}`} />
          </ListItem>
        ))}
      </List>
    </>
  );
}

/** A setting dated before 1 January of this year reaches years already reported (the API's rule too). */
export const isBackdated = (validFrom: string, today: string): boolean => validFrom < `${today.slice(0, 4)}-01-01`;
