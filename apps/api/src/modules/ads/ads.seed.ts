import type { EntityManager } from 'typeorm';
import { addDays } from '@call/domain';
import type { SeedContext } from '../../core/module';
import { ServiceMembership } from '../../core/referentials/service-membership.entity';
import { AdsConsultation } from './entities/ads-consultation.entity';
import { AdsDossierEvent } from './entities/ads-dossier-event.entity';
import { AdsDossier } from './entities/ads-dossier.entity';
import { AdsMajoration } from './entities/ads-majoration.entity';
import {
  allocate,
  depositDay,
  numberer,
  prng,
  shuffle,
  simulateDossier,
  TYPE_MIX,
  type PlannedDossier,
  type Rng,
  type SeedMember,
} from './ads-seed-plan';

type Channel = 'PAPER' | 'ELECTRONIC';

/**
 * The report's figures for the service mutualisé ADS ("2032 dossiers ont été instruits en 2023 dont
 * 745 … déposés par voie dématérialisée"); 2022 is not in the report: a plausible year for the evolution.
 */
const ADS_REPORT_FIGURES = {
  2023: { instructed: 2032, electronic: 745, cancelled: 6 },
  2022: { instructed: 1958, electronic: 560, cancelled: 4 },
} as const;

/**
 * Deposits of November and December 2021, most of them decided in 2022: without them 2022 would
 * start with empty queues and its "décisions" would be too low next to 2023 (which inherits 2022's
 * late deposits). Not a report figure; they count in 2021, so 2022 and 2023's deposit figures stay exact.
 */
const ADS_CARRY_OVER_2021 = { deposits: 360, electronic: 90, from: '2021-11-01', to: '2021-12-31' } as const;

async function instructionMembers(em: EntityManager): Promise<SeedMember[]> {
  const rows = await em
    .createQueryBuilder(ServiceMembership, 'm')
    .innerJoinAndSelect('m.commune', 'c')
    .where("m.service = 'ads' AND m.option = 'instruction'")
    .getMany();
  return rows.map((m) => ({
    insee: m.communeInsee,
    population: m.commune.population,
    from: m.validFrom,
    to: m.validTo,
  }));
}

/** A commune of option 1 on that day, larger communes depositing more (Lens, Harnes, Wingles…). */
function pickCommune(rng: Rng, members: SeedMember[], on: string): string {
  const eligible = members.filter((m) => m.from <= on && (!m.to || m.to >= on));
  // the square root keeps small villages visible next to Lens
  return rng.weighted(eligible.map((m) => [m.insee, Math.sqrt(m.population)] as const));
}

function planYear(
  rng: Rng,
  year: number,
  members: SeedMember[],
  ctx: { cutoff: string; actor: { id: string; login: string }; instructorId: string | null },
): PlannedDossier[] {
  const fig = ADS_REPORT_FIGURES[year as 2022 | 2023];
  const types = allocate(rng, fig.instructed, TYPE_MIX);
  const channels = shuffle(rng, [
    ...Array<Channel>(fig.electronic).fill('ELECTRONIC'),
    ...Array<Channel>(fig.instructed - fig.electronic).fill('PAPER'),
  ]);
  const drafts = types.map((type, i) => {
    const depositedOn = depositDay(rng, year);
    return {
      type,
      depositedOn,
      channel: channels[i],
      communeInsee: pickCommune(rng, members, depositedOn),
      cancelled: false,
    };
  });
  for (let i = 0; i < fig.cancelled; i++) {
    const depositedOn = depositDay(rng, year);
    drafts.push({
      type: 'DP',
      depositedOn,
      channel: 'PAPER',
      communeInsee: pickCommune(rng, members, depositedOn),
      cancelled: true,
    });
  }
  drafts.sort((a, b) => a.depositedOn.localeCompare(b.depositedOn));
  return buildAll(rng, drafts, ctx);
}

/** Late deposits of the year before the series, on their own random stream so the report's years stay as they were. */
function planCarryOver(
  members: SeedMember[],
  ctx: { cutoff: string; actor: { id: string; login: string }; instructorId: string | null },
): PlannedDossier[] {
  const rng = prng(20211101);
  const c = ADS_CARRY_OVER_2021;
  const year = Number(c.from.slice(0, 4));
  const types = allocate(rng, c.deposits, TYPE_MIX);
  const channels = shuffle(rng, [
    ...Array<Channel>(c.electronic).fill('ELECTRONIC'),
    ...Array<Channel>(c.deposits - c.electronic).fill('PAPER'),
  ]);
  const drafts = types.map((type, i) => {
    const depositedOn = depositDay(rng, year, c.from, c.to);
    return {
      type,
      depositedOn,
      channel: channels[i],
      communeInsee: pickCommune(rng, members, depositedOn),
      cancelled: false,
    };
  });
  drafts.sort((a, b) => a.depositedOn.localeCompare(b.depositedOn));
  return buildAll(rng, drafts, ctx);
}

function buildAll(
  rng: Rng,
  drafts: {
    type: PlannedDossier['row']['type'];
    depositedOn: string;
    channel: Channel;
    communeInsee: string;
    cancelled: boolean;
  }[],
  ctx: { cutoff: string; actor: { id: string; login: string }; instructorId: string | null },
  next = numberer(),
): PlannedDossier[] {
  const out: PlannedDossier[] = [];
  const granted: PlannedDossier['row'][] = [];
  for (const d of drafts) {
    // a few permits are modificatifs (M01) of a permit of the same commune granted earlier
    const initial =
      (d.type === 'PC' || d.type === 'PCMI') && !d.cancelled && rng.chance(0.06)
        ? granted.find(
            (g) =>
              g.type === d.type &&
              g.communeInsee === d.communeInsee &&
              g.decidedOn &&
              g.decidedOn < d.depositedOn &&
              !g.number.includes(' M'),
          )
        : undefined;
    const number = initial ? `${initial.number} M01` : next(d.type, d.communeInsee, d.depositedOn);
    const p = simulateDossier(rng, { ...d, number, initialDossierId: initial?.id ?? null }, ctx);
    if (initial) granted.splice(granted.indexOf(initial), 1);
    else if (p.row.outcome && ['ACCORD', 'ACCORD_PRESCRIPTIONS', 'TACIT_ACCORD'].includes(p.row.outcome))
      granted.push(p.row);
    out.push(p);
  }
  return out;
}

async function insertChunks(em: EntityManager, entity: Function, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await em.insert(entity, rows.slice(i, i + 500));
}

/** Demo activity: late 2021, 2022, the report's 2023, and a few dossiers in progress today for the work queues. */
export async function seedAds({ em, users, year, today }: SeedContext): Promise<void> {
  const agent = users.get('agent.ads');
  if (!agent) throw new Error('Seed ADS : l’utilisateur agent.ads manque');
  const members = await instructionMembers(em);
  const rng = prng(20230498);
  const ctx = { cutoff: today, actor: agent, instructorId: agent.id };
  const planned = [...planYear(rng, year - 1, members, ctx), ...planYear(rng, year, members, ctx)];
  if (year === 2023) planned.push(...planCarryOver(members, ctx));

  // dossiers in progress now (deposited in the last ten weeks), so the queues have work in them
  const recent = Array.from({ length: 40 }, () => {
    const depositedOn = addDays(today, -rng.int(1, 70));
    return {
      type: rng.weighted(TYPE_MIX),
      depositedOn,
      channel: rng.chance(0.45) ? ('ELECTRONIC' as const) : ('PAPER' as const),
      communeInsee: pickCommune(rng, members, depositedOn),
      cancelled: false,
    };
  }).sort((a, b) => a.depositedOn.localeCompare(b.depositedOn));
  const used = new Set(planned.map((p) => p.row.number));
  const nextRecent = numberer();
  const fresh = (t: Parameters<typeof nextRecent>[0], insee: string, on: string) => {
    let n: string;
    do n = nextRecent(t, insee, on);
    while (used.has(n));
    return n;
  };
  planned.push(
    ...buildAll(rng, recent, { ...ctx, instructorId: null }, fresh).map((p, i) =>
      i % 3 === 0 ? p : { ...p, row: { ...p.row, instructorId: agent.id } },
    ),
  );

  await insertChunks(
    em,
    AdsDossier,
    planned.map((p) => p.row),
  );
  await insertChunks(
    em,
    AdsDossierEvent,
    planned.flatMap((p) => p.events),
  );
  await insertChunks(
    em,
    AdsConsultation,
    planned.flatMap((p) => p.consultations),
  );
  await insertChunks(
    em,
    AdsMajoration,
    planned.flatMap((p) => p.majorations),
  );
}
