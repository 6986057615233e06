export * from './build';
export * from './csv';
export * from './tables';
export * from './types';
export { resultsLanguage, resultsWords, type ResultsWords } from './words';
export * from './xlsx';
