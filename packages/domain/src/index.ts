export * from './core/directorates';
export * from './core/roles';
export * from './core/service-memberships';
export * from './calendar/local-date';
export * from './calendar/holidays';
export * from './calendar/working-days';
export * from './fourriere';
export * from './ads';
