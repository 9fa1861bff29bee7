import { useQuery } from '@apollo/client/react';
import { MenuItem, Stack, TextField } from '@mui/material';
import { ADS_DOSSIER_TYPES, ADS_STATUSES } from '@call/domain';
import { todayInFrance } from '../../shared/format';
import { AdsInstructorsQuery } from './graphql/ads-instructors.query';
import { AdsServiceMembershipsQuery } from './graphql/service-memberships.query';
import type { useAdsQueueFilters } from './useAdsQueueFilters';

type Filters = ReturnType<typeof useAdsQueueFilters>;

/** The queue's filters (search, days, commune, type, status, instructor), kept in the URL. */
export function AdsQueueFilters({ filters, setFilters }: Pick<Filters, 'filters' | 'setFilters'>) {
  const communes = useQuery(AdsServiceMembershipsQuery, { variables: { on: todayInFrance() } });
  const instructors = useQuery(AdsInstructorsQuery);
  const instructionCommunes = (communes.data?.serviceMemberships ?? []).filter((m) => m.option === 'instruction');
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }} component="section" aria-label="Filtres">
      <TextField
        label="Recherche (numéro, demandeur)"
        size="small"
        sx={{ minWidth: 260 }}
        defaultValue={filters.search}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setFilters({ search: (e.target as HTMLInputElement).value });
        }}
        onBlur={(e) => e.target.value !== filters.search && setFilters({ search: e.target.value })}
      />
      {filters.queue === 'DEADLINE_SOON' && (
        <TextField
          label="Dans les (jours)"
          size="small"
          type="number"
          sx={{ width: 170 }}
          value={filters.withinDays}
          onChange={(e) => setFilters({ withinDays: Number(e.target.value) })}
        />
      )}
      <TextField
        select
        label="Commune"
        size="small"
        sx={{ minWidth: 200 }}
        value={filters.communeInsee ?? ''}
        onChange={(e) => setFilters({ communeInsee: e.target.value || null })}
      >
        <MenuItem value="">Toutes</MenuItem>
        {instructionCommunes.map((m) => (
          <MenuItem key={m.commune.inseeCode} value={m.commune.inseeCode}>
            {m.commune.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label="Type"
        size="small"
        sx={{ minWidth: 120 }}
        value={filters.type ?? ''}
        onChange={(e) => setFilters({ type: (e.target.value || null) as never })}
      >
        <MenuItem value="">Tous</MenuItem>
        {ADS_DOSSIER_TYPES.map((t) => (
          <MenuItem key={t.code} value={t.code}>
            {t.code} — {t.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label="Statut"
        size="small"
        sx={{ minWidth: 180 }}
        value={filters.status ?? ''}
        onChange={(e) => setFilters({ status: (e.target.value || null) as never })}
      >
        <MenuItem value="">Tous</MenuItem>
        {ADS_STATUSES.map((s) => (
          <MenuItem key={s.code} value={s.code}>
            {s.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label="Instructeur"
        size="small"
        sx={{ minWidth: 200 }}
        value={filters.instructorId ?? ''}
        onChange={(e) => setFilters({ instructorId: e.target.value || null })}
      >
        <MenuItem value="">Tous</MenuItem>
        {(instructors.data?.adsInstructors ?? []).map((i) => (
          <MenuItem key={i.id} value={i.id}>
            {i.displayName}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
