export * from './build';
export * from './csv';
export * from './tables';
export * from './types';
export * from './xlsx';
