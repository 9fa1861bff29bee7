export * from './chapter-workflow';
