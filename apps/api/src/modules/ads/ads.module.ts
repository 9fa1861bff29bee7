import type { DirectorateModule } from '../../core/module';
import { AdsActWeightService } from './ads-act-weight.service';
import { AdsDossierCommands } from './ads-dossier-commands.service';
import { AdsDossierService } from './ads-dossier.service';
import { AdsExportService } from './ads-export.service';
import { ADS_INPUT_LABELS } from './ads-field-labels';
import { AdsImportService } from './ads-import.service';
import { ADS_CUBES } from './ads.cubes';
import { ADS_INDICATORS } from './ads.indicators';
import { AdsDossierResolver, AdsFilesResolver } from './ads.resolver';
import { seedAds } from './ads.seed';
import { runTacitDecisionsJob } from './use-cases/acquire-tacit-decisions';
import { AdsActWeight } from './entities/ads-act-weight.entity';
import { AdsConsultation } from './entities/ads-consultation.entity';
import { AdsDossierEvent } from './entities/ads-dossier-event.entity';
import { AdsDossier } from './entities/ads-dossier.entity';
import { AdsMajoration } from './entities/ads-majoration.entity';
import { AdsNumberCounter } from './entities/ads-number-counter.entity';
import { ADS_MIGRATIONS } from './migrations';
import { adsPersonalData } from './ads.personal-data';
import { ADS_ALARMS } from './ads.alarms';

/** Service mutualisé ADS: instruction of urbanism authorisations for the communes of option 1. */
export const adsModule: DirectorateModule = {
  directorate: 'ads',
  entities: [AdsDossier, AdsDossierEvent, AdsConsultation, AdsMajoration, AdsActWeight, AdsNumberCounter],
  migrations: ADS_MIGRATIONS,
  resolvers: [AdsDossierResolver, AdsFilesResolver],
  createResolvers: ({ db, audit, clock, figures }) => {
    const commands = new AdsDossierCommands(db, audit, clock, figures);
    return new Map<Function, object>([
      [AdsDossierResolver, new AdsDossierResolver(new AdsDossierService(db, clock), commands)],
      [
        AdsFilesResolver,
        new AdsFilesResolver(
          new AdsExportService(db, clock),
          new AdsImportService(db, audit, clock),
          new AdsActWeightService(db, clock),
          commands,
        ),
      ],
    ]);
  },
  cubes: ADS_CUBES,
  personalData: adsPersonalData,
  alarms: ADS_ALARMS,
  indicators: ADS_INDICATORS,
  fieldLabels: ADS_INPUT_LABELS,
  uniqueKeys: { 'ads_dossier.number': { field: 'number', label: 'Numéro du dossier' } },
  seed: seedAds,
  // R*424-1: tacit decisions are recorded by the system once their day is over, not by an agent
  dailyJobs: [
    { name: 'ads.tacit_decisions', run: ({ db, audit, clock }) => runTacitDecisionsJob(db, audit, clock.today()) },
  ],
};
