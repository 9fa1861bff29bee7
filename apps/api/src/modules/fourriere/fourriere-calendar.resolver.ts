import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Rule } from '../../core/auth/rules';
import type { RequestContext } from '../../core/context';
import { FigureChange } from '../../core/indicators/figure-impact';
import { FourriereCalendarService } from './fourriere-calendar.service';
import { CalendarInput, CalendarView } from './fourriere-calendar.types';

@Resolver()
export class FourriereCalendarResolver {
  constructor(private readonly service: FourriereCalendarService) {}

  @Authorized(Rule.read('fourriere'))
  @Query(() => CalendarView, {
    description: 'Calendrier des jours ouvrés de la fourrière (délai de garde) : en vigueur et historique',
  })
  fourriereCalendar(): Promise<CalendarView> {
    return this.service.calendar();
  }

  @Authorized(Rule.write('fourriere'))
  @Mutation(() => CalendarView, {
    description: 'Fixe le calendrier des jours ouvrés à partir d’une date (directeur de la fourrière)',
  })
  setFourriereCalendar(
    @Arg('input') input: CalendarInput,
    @Arg('confirmBackdated', {
      defaultValue: false,
      description: 'Confirme un calendrier daté d’une année déjà publiée (voir fourriereCalendarImpact)',
    })
    confirmBackdated: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<CalendarView> {
    return this.service.setCalendar(ctx.user!, input, confirmBackdated);
  }

  @Authorized(Rule.write('fourriere'))
  @Query(() => [FigureChange], {
    description:
      'Chiffres publiés (années passées) que ce calendrier daté modifierait, avant et après ; rien n’est enregistré',
  })
  fourriereCalendarImpact(@Arg('input') input: CalendarInput, @Ctx() ctx: RequestContext): Promise<FigureChange[]> {
    return this.service.calendarImpact(ctx.user!, input);
  }
}
