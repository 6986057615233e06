import { loadLanguage, setPageCatalogues, type Messages } from './index';

// Every part, as the console loads them.
setPageCatalogues({
  compiled: import.meta.glob<Messages>('./messages/*/*.json', { query: '?messages', import: 'default' }),
  pseudo: import.meta.glob<Messages>('./messages/*/en.json', { query: '?pseudo', import: 'default' }),
});
await loadLanguage('en');
