import { useEffect, useState } from 'react';
import { languageOf, type Language } from '../../shared/languages';
import { isUiLanguage, loadLanguage, useUiLanguage, type UiLanguage } from '../i18n';

const OWN_KEY = 'outside-in:phone-language';

/** The participant's own pick (kept on the phone), or the pseudo-locale asked for in the address. */
function ownChoice(): UiLanguage | null {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'en-XA') return asked;
  try {
    const kept = window.localStorage.getItem(OWN_KEY);
    return isUiLanguage(kept) ? kept : null;
  } catch {
    return null;
  }
}

/** What the page shows before the hub has said the room's language: the address's, then the phone's own pick. */
export function startLanguage(): UiLanguage {
  const asked = new URLSearchParams(window.location.search).get('lang');
  return ownChoice() ?? (isUiLanguage(asked) ? asked : 'en');
}

/**
 * The room's language unless the participant chose their own. Offers the browser's language when it
 * differs from what the page shows, and the room's again after switching away from it.
 */
export function useRoomLanguage(room: Language | undefined): {
  offer: Language | null;
  switchTo: () => void;
} {
  const [own, setOwn] = useState(ownChoice);
  const shown = useUiLanguage();
  const wanted = own ?? room;
  useEffect(() => {
    if (wanted) void loadLanguage(wanted);
  }, [wanted]);
  const browser = languageOf(navigator.language);
  const offer = browser && browser !== shown ? browser : own && room && own !== room ? room : null;
  return {
    offer,
    switchTo: () => {
      if (!offer) return;
      const next = offer === room ? null : offer;
      try {
        if (next) window.localStorage.setItem(OWN_KEY, next);
        else window.localStorage.removeItem(OWN_KEY);
      } catch {
        // Private mode: the choice lasts until the page reloads.
      }
      setOwn(next);
    },
  };
}
