import { LibraryPage } from './library/LibraryPage';
import { useRoute } from './router';
import { WorkshopScreen } from './workshop/WorkshopScreen';

export function App() {
  const route = useRoute();
  if (route.page === 'library')
    return <LibraryPage key={String(route.creating)} startCreating={route.creating} />;
  return <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} tab={route.tab} />;
}
