import { Box, Button, Chip, FormControl, FormHelperText, FormLabel, Stack } from '@mui/material';
import { useState, type KeyboardEvent } from 'react';
import { formatDay } from '../../shared/format';
import { DateField } from '../../shared/kit/DateField';
import { dateError } from '../../shared/kit/french-date';

interface Props {
  value: string[];
  onChange: (days: string[]) => void;
  error?: string;
}

/** A list of extra closed days: type a day, add it (Enter or the button), remove one with its chip. */
export function ClosedDaysInput({ value, onChange, error }: Props) {
  const [day, setDay] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const add = () => {
    const invalid = dateError(day, 'Jour à ajouter', { required: true });
    if (invalid) return setLocal(invalid);
    if (value.includes(day)) return setLocal(`Le ${formatDay(day)} figure déjà dans la liste.`);
    onChange([...value, day].sort());
    setDay('');
    setLocal(null);
  };
  // Enter adds the typed day instead of submitting the whole form
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };
  const message = local ?? error;
  return (
    <FormControl component="fieldset" error={!!message}>
      <FormLabel component="legend">Jours de fermeture supplémentaires</FormLabel>
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }}>
        <DateField size="small" label="Jour à ajouter" value={day} onChange={setDay} onKeyDown={onKeyDown} />
        <Button variant="outlined" onClick={add}>
          Ajouter
        </Button>
      </Stack>
      <Box
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}
        role="list"
        aria-label="Jours de fermeture supplémentaires"
      >
        {value.map((d) => (
          <Chip
            key={d}
            role="listitem"
            label={formatDay(d)}
            onDelete={() => onChange(value.filter((x) => x !== d))}
            aria-label={`Fermeture du ${formatDay(d)} (Suppr. pour retirer)`}
          />
        ))}
        {value.length === 0 && <FormHelperText>Aucun jour de fermeture supplémentaire.</FormHelperText>}
      </Box>
      {message && <FormHelperText>{message}</FormHelperText>}
    </FormControl>
  );
}
