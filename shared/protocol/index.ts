export * from './closedAnswers';
export * from './joinCode';
export * from './messages';
export * from './parse';
