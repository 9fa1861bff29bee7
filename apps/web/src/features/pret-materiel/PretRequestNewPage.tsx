import { useMutation, useQuery } from '@apollo/client/react';
import { Checkbox, FormControlLabel, Stack, Typography } from '@mui/material';
import { addDays, PRET_HANDOVERS, PRET_NOTICE_RULES, PRET_UNITS, type PretHandover } from '@call/domain';
import { Controller, useForm } from 'react-hook-form';
import { todayInFrance } from '../../shared/format';
import { DateInput, DecimalInput, FormShell, PageHeader, QueryState, SelectInput, TextInput } from '../../shared/kit';
import { PretCatalogueQuery } from './graphql/pret-catalogue.query';
import { CreatePretRequestMutation } from './graphql/pret-mutations';
import { PretRequestsQuery } from './graphql/pret-requests.query';

interface Values {
  communeInsee: string;
  eventName: string;
  eventPlace: string;
  startOn: string;
  endOn: string;
  handover: PretHandover;
  lateAccepted: boolean;
  /** Quantity asked per kind of the catalogue (empty: none). */
  quantities: Record<string, number | null>;
}
const FIELDS = ['communeInsee', 'eventName', 'eventPlace', 'startOn', 'endOn', 'handover', 'lateAccepted'] as const;

/** A commune's request: the event, its dates, and a quantity for each kind of the catalogue it needs. */
export function PretRequestNewPage() {
  const q = useQuery(PretCatalogueQuery);
  const [create] = useMutation(CreatePretRequestMutation, { refetchQueries: [PretRequestsQuery] });
  const notice = PRET_NOTICE_RULES[PRET_NOTICE_RULES.length - 1].days;
  const start = addDays(todayInFrance(), notice);
  const form = useForm<Values>({
    defaultValues: {
      communeInsee: '',
      eventName: '',
      eventPlace: '',
      startOn: start,
      endOn: start,
      handover: 'DELIVERY',
      lateAccepted: false,
      quantities: {},
    },
  });
  return (
    <Stack spacing={3}>
      <PageHeader title="Nouvelle demande de prêt" />
      <QueryState data={q.data} loading={q.loading} error={q.error} onRetry={() => void q.refetch()}>
        {(d) => (
          <FormShell
            form={form}
            label="Demande de prêt"
            serverFields={FIELDS}
            submitLabel="Enregistrer la demande"
            cancelTo="/pret-materiel"
            success="Demande enregistrée."
            onSubmit={async (v) => {
              const lines = Object.entries(v.quantities)
                .filter(([, n]) => (n ?? 0) > 0)
                .map(([kindId, n]) => ({ kindId, quantity: n! }));
              const r = await create({
                variables: {
                  input: {
                    communeInsee: v.communeInsee,
                    eventName: v.eventName,
                    eventPlace: v.eventPlace.trim() || null,
                    startOn: v.startOn,
                    endOn: v.endOn,
                    handover: v.handover,
                    lateAccepted: v.lateAccepted,
                    lines,
                  },
                },
              });
              return `/pret-materiel/demandes/${r.data!.createPretRequest.id}`;
            }}
          >
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              <SelectInput<Values>
                native
                name="communeInsee"
                label="Commune"
                required
                emptyLabel="Choisir une commune"
                choices={d.communes.map((c) => ({ value: c.inseeCode, label: c.name }))}
              />
              <TextInput<Values> name="eventName" label="Manifestation" required />
              <TextInput<Values> name="eventPlace" label="Lieu" />
            </Stack>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              <DateInput<Values> name="startOn" label="Premier jour" required />
              <DateInput<Values> name="endOn" label="Dernier jour" required />
              <SelectInput<Values> native name="handover" label="Livraison ou retrait" choices={PRET_HANDOVERS} />
            </Stack>
            <Controller
              control={form.control}
              name="lateAccepted"
              render={({ field }) => (
                <FormControlLabel
                  control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
                  label={`Demande tardive acceptée (délai de prévenance : ${notice} jours)`}
                />
              )}
            />
            <Typography variant="h6" component="h2">
              Matériel demandé
            </Typography>
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
              {d.pretKinds.map((k) => (
                <DecimalInput<Values>
                  key={k.id}
                  name={`quantities.${k.id}`}
                  label={k.name}
                  unit={PRET_UNITS.of(k.unit).label}
                  min={0}
                  maxDecimals={0}
                  helperText={`${k.stockToday} en service`}
                />
              ))}
            </Stack>
          </FormShell>
        )}
      </QueryState>
    </Stack>
  );
}
