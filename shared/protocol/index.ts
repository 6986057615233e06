export * from './closedAnswers';
export * from './errors';
export * from './joinCode';
export * from './messages';
export * from './parse';
export * from './roster';
export * from './network';
export * from './pages';
