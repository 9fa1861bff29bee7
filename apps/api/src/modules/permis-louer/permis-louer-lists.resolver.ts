import { Arg, Args, Authorized, ID, Query, Resolver } from 'type-graphql';
import { Rule } from '../../core/auth/rules';
import { PageArgs } from '../../core/kit/paging';
import { PermisLouerListsService } from './permis-louer-lists.service';
import { SanctionFilter } from './permis-louer.inputs';
import { ApdPage, ApdView, ContactPage, ControlBatchPage, SanctionPage, SanctionView } from './permis-louer.types';

const READ = Rule.read('permis_louer');

/** The lists behind the APD, sanctions, front-desk and CAF screens. */
@Resolver()
export class PermisLouerListsResolver {
  constructor(private readonly lists: PermisLouerListsService) {}

  @Authorized(READ)
  @Query(() => ApdPage, { description: 'Dossiers APD (permis de diviser), les plus récents d’abord' })
  pdlApdDossiers(@Args(() => PageArgs) page: PageArgs): Promise<ApdPage> {
    return this.lists.apdDossiers(page);
  }

  @Authorized(READ)
  @Query(() => ApdView, { description: 'Un dossier APD' })
  pdlApdDossier(@Arg('id', () => ID) id: string): Promise<ApdView> {
    return this.lists.apdDossier(id);
  }

  @Authorized(READ)
  @Query(() => SanctionPage, { description: 'Procédures de sanction, les plus récents constats d’abord' })
  pdlSanctions(
    @Arg('filter', () => SanctionFilter, { defaultValue: {} }) filter: SanctionFilter,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<SanctionPage> {
    return this.lists.sanctions(filter, page);
  }

  @Authorized(READ)
  @Query(() => SanctionView, { description: 'Une procédure de sanction' })
  pdlSanction(@Arg('id', () => ID) id: string): Promise<SanctionView> {
    return this.lists.sanction(id);
  }

  @Authorized(READ)
  @Query(() => ContactPage, { description: 'Contacts du Guichet Unique de l’Habitat, les plus récents d’abord' })
  pdlContacts(@Args(() => PageArgs) page: PageArgs): Promise<ContactPage> {
    return this.lists.contacts(page);
  }

  @Authorized(READ)
  @Query(() => ControlBatchPage, { description: 'Lots d’adresses contrôlées (CAF) importés' })
  pdlControlBatches(@Args(() => PageArgs) page: PageArgs): Promise<ControlBatchPage> {
    return this.lists.controlBatches(page);
  }
}
