import { frenchDay, type LocalDate } from '../calendar/local-date';
import { fourriereEuros } from './fees';
import {
  FOURRIERE_OUTCOMES,
  FOURRIERE_OUTCOME_LABELS,
  type CourtRuling,
  type FourriereOrigin,
  type FourriereOutcomeType,
  type FourriereSpecies,
} from './fourriere.choices';
import { ADOPTION_RESERVED_MESSAGE } from './adoption';
import { cessionAllowedFrom } from './holding-period';

/**
 * The custody state machine: an animal is IN_CUSTODY from its intake until exactly one outcome,
 * which is final. Which outcome is allowed, and from when, depends on the origin:
 * - ordinary intake: return to the owner at any time; cession, adoption, release (chat libre) and
 *   euthanasia only after the délai franc de garde (L211-25);
 * - judicial requisition: no 8-day clock, the court's decision says what may happen (return,
 *   confiscation and handing over to an association, euthanasia), from the day of the decision.
 * Death and escape are facts: recorded whenever they happen.
 */
export type CustodyStatus = 'IN_CUSTODY' | FourriereOutcomeType;

export interface CustodyAnimal {
  species: FourriereSpecies;
  origin: FourriereOrigin;
  intakeOn: LocalDate;
  holdingEnd: LocalDate | null;
  outcome: FourriereOutcomeType | null;
  identified: boolean;
  court: { ruling: CourtRuling; decidedOn: LocalDate } | null;
  /** L211-25 II: the pound's manager is declared an association with a refuge on the day (see adoption.ts). */
  poundMayAdopt?: boolean;
}

export interface FourriereOutcomeRequest {
  type: FourriereOutcomeType;
  on: LocalDate;
  /** Return only: the identification done at the owner's cost when the animal had none. */
  identificationProvided?: boolean;
  /** Return only: what is paid now against what is due for the stay. */
  paidCents?: number | null;
  dueCents?: number;
  reason?: string | null;
  associationName?: string | null;
  adopterName?: string | null;
  ownerName?: string | null;
}

export interface FourriereRefusal {
  field: string;
  message: string;
}

/** Outcomes whose circumstances are written down: euthanasia's veterinary advice (required), a death, an escape, a release. */
export const FOURRIERE_OUTCOMES_WITH_REASON: readonly FourriereOutcomeType[] = [
  'EUTHANISED',
  'DIED',
  'ESCAPED',
  'RELEASED',
];

const AFTER_HOLDING: readonly FourriereOutcomeType[] = ['CEDED', 'ADOPTED', 'RELEASED', 'EUTHANISED'];
const COURT_ALLOWS: Record<CourtRuling, readonly FourriereOutcomeType[]> = {
  RESTITUTION: ['RETURNED'],
  // confiscation: the animal is handed to a foundation or association for animal protection (C. pénal 131-21-1)
  CONFISCATION: ['CEDED', 'ADOPTED'],
  EUTHANASIA: ['EUTHANISED'],
};

export function custodyStatus(a: Pick<CustodyAnimal, 'outcome'>): CustodyStatus {
  return a.outcome ?? 'IN_CUSTODY';
}

/** Whether this kind of exit is allowed on that day, regardless of the details the form carries. */
function timingRefusal(a: CustodyAnimal, type: FourriereOutcomeType, on: LocalDate): FourriereRefusal | null {
  const label = FOURRIERE_OUTCOME_LABELS[type];
  if (a.outcome)
    return {
      field: 'type',
      message: `Cet animal est déjà sorti de la fourrière (${FOURRIERE_OUTCOME_LABELS[a.outcome].toLowerCase()}) : une seule sortie par animal.`,
    };
  if (on < a.intakeOn)
    return {
      field: 'outcomeOn',
      message: `La date de sortie ne peut pas précéder l’entrée du ${frenchDay(a.intakeOn)}.`,
    };
  if (type === 'DIED' || type === 'ESCAPED') return null;
  if (type === 'ADOPTED' && !a.poundMayAdopt) return { field: 'type', message: ADOPTION_RESERVED_MESSAGE };
  if (type === 'RELEASED' && a.species !== 'CAT')
    return {
      field: 'type',
      message: 'Seul un chat peut être relâché sur site (démarche « chats libres », art. L211-27 du Code rural).',
    };
  if (a.origin === 'REQUISITION') {
    if (!a.court)
      return {
        field: 'type',
        message: `Animal placé sur réquisition judiciaire : « ${label} » attend la décision du tribunal, qui n’est pas encore enregistrée.`,
      };
    if (!COURT_ALLOWS[a.court.ruling].includes(type))
      return {
        field: 'type',
        message: `La décision judiciaire du ${frenchDay(a.court.decidedOn)} ne permet pas « ${label} ».`,
      };
    if (on < a.court.decidedOn)
      return {
        field: 'outcomeOn',
        message: `La sortie ne peut pas précéder la décision judiciaire du ${frenchDay(a.court.decidedOn)}.`,
      };
    return null;
  }
  if (AFTER_HOLDING.includes(type) && a.holdingEnd) {
    const from = cessionAllowedFrom(a.holdingEnd);
    if (on < from) {
      return {
        field: 'outcomeOn',
        message: `Le délai franc de garde de huit jours ouvrés (art. L211-25 du Code rural) court jusqu’au ${frenchDay(a.holdingEnd)} inclus : « ${label} » n’est possible qu’à partir du ${frenchDay(from)}.`,
      };
    }
  }
  return null;
}

/** The outcomes a form may offer on a day, in the order of the choice list. */
export function allowedFourriereOutcomes(a: CustodyAnimal, on: LocalDate): FourriereOutcomeType[] {
  return FOURRIERE_OUTCOMES.codes.filter((t) => !timingRefusal(a, t, on));
}

/** Why an exit is refused (first reason, in French, naming the field), or null when it is allowed. */
export function checkFourriereOutcome(a: CustodyAnimal, r: FourriereOutcomeRequest): FourriereRefusal | null {
  const timing = timingRefusal(a, r.type, r.on);
  if (timing) return timing;
  const blank = (s: string | null | undefined) => !s || !s.trim();
  switch (r.type) {
    case 'RETURNED': {
      if (blank(r.ownerName))
        return { field: 'ownerName', message: 'Le nom du propriétaire est obligatoire pour une restitution.' };
      // L212-10: an animal leaves identified; if it was not, it is identified at the owner's cost first
      if (!a.identified && !r.identificationProvided)
        return {
          field: 'identificationNumber',
          message:
            'L’animal n’est pas identifié : il doit l’être aux frais du propriétaire avant la restitution (saisissez le numéro de puce posée).',
        };
      const due = r.dueCents ?? 0;
      if (r.paidCents === null || r.paidCents === undefined)
        return {
          field: 'payment',
          message: `Les frais de fourrière (${fourriereEuros(due)}) doivent être payés avant la restitution.`,
        };
      if (r.paidCents < due)
        return {
          field: 'payment',
          message: `Le paiement de ${fourriereEuros(r.paidCents)} ne couvre pas les frais de fourrière dus (${fourriereEuros(due)}).`,
        };
      return null;
    }
    case 'CEDED':
      return blank(r.associationName)
        ? {
            field: 'associationName',
            message: 'Le nom de l’association ou du refuge est obligatoire pour une cession.',
          }
        : null;
    case 'ADOPTED':
      return blank(r.adopterName) ? { field: 'adopterName', message: 'Le nom de l’adoptant est obligatoire.' } : null;
    case 'EUTHANISED':
      return blank(r.reason)
        ? { field: 'reason', message: 'Le motif de l’euthanasie (avis du vétérinaire) est obligatoire.' }
        : null;
    default:
      return null;
  }
}
