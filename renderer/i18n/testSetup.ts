import { loadLanguage } from './index';

await loadLanguage('en');
