export * from './crematorium.choices';
export * from './legal-window';
export * from './planning';
export * from './ashes-metals';
