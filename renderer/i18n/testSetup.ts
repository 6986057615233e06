import { loadLanguage, PARTS, setPageParts } from './index';

setPageParts(PARTS);
await loadLanguage('en');
