import { ShortcutsHelp } from './help/ShortcutsDialog';
import { LibraryPage } from './library/LibraryPage';
import { useRoute } from './router';
import { WorkshopScreen } from './workshop/WorkshopScreen';

export function App() {
  const route = useRoute();
  return (
    <>
      {route.page === 'library' ? (
        <LibraryPage key={String(route.creating)} startCreating={route.creating} />
      ) : (
        <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} tab={route.tab} />
      )}
      <ShortcutsHelp />
    </>
  );
}
