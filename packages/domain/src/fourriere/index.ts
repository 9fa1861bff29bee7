export * from './fourriere.choices';
export * from './identification';
export * from './holding-period';
export * from './fees';
export * from './outcomes';
export * from './working-calendar';
export * from './adoption';
export * from './setup';
