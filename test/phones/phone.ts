/** The phone page as seen through a real phone engine (WebKit over WebDriver, Firefox over BiDi). */
export interface PhoneEngine {
  readonly name: string;
  open(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `body` (a function body; `arguments[0]` is `arg`) in the page and returns its JSON result. */
  run<T>(body: string, arg?: unknown): Promise<T>;
  /** A real click (the engine's own input events) on the element matching `css`. */
  click(css: string): Promise<void>;
  /** Types into the element matching `css` with the engine's own key events. */
  type(css: string, text: string): Promise<void>;
  close(): Promise<void>;
}

/** Phone-sized, as the issue asks: an iPhone 12-14 viewport. */
export const PHONE_SIZE = { width: 390, height: 844 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a value other than null/false, or fails with what was last seen. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== null && value !== false) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out waiting for ${what} (last: ${last instanceof Error ? last.message : String(last)})`,
      );
    }
    await sleep(150);
  }
}

export function pageText(phone: PhoneEngine): Promise<string> {
  return phone.run<string>('return document.body ? document.body.innerText : "";');
}

/** Waits until the page shows `text` (a substring of its visible text). */
export async function waitForText(phone: PhoneEngine, text: string, timeoutMs?: number): Promise<string> {
  return waitFor(
    `“${text}” on ${phone.name}`,
    async () => {
      const shown = await pageText(phone);
      return shown.includes(text) ? shown : false;
    },
    timeoutMs,
  );
}

/**
 * Marks the first enabled element matching `css` whose text (or aria-label) contains `text` and
 * returns a selector for it, so both engines click the same thing through their own input path.
 */
export async function target(phone: PhoneEngine, css: string, text: string): Promise<string> {
  const mark = await waitFor(`${css} “${text}” on ${phone.name}`, () =>
    phone.run<string | null>(
      `const [css, text] = arguments[0];
       for (const el of document.querySelectorAll('[data-phone-target]')) el.removeAttribute('data-phone-target');
       const found = [...document.querySelectorAll(css)].find((el) =>
         !el.disabled && ((el.getAttribute('aria-label') || '') + ' ' + el.textContent).includes(text));
       if (!found) return null;
       found.setAttribute('data-phone-target', '1');
       found.scrollIntoView({ block: 'center' });
       return '[data-phone-target="1"]';`,
      [css, text],
    ),
  );
  return mark;
}

export async function tap(phone: PhoneEngine, css: string, text: string): Promise<void> {
  await phone.click(await target(phone, css, text));
}

/** What sticks out past the phone's screen, by bounding boxes (the page itself included): [] when nothing does. */
export function overflowing(phone: PhoneEngine): Promise<string[]> {
  return phone.run(
    `const screen = window.innerWidth;
     const wide = [...document.querySelectorAll('body *')]
       .filter((el) => el.getBoundingClientRect().right > screen + 1)
       .map((el) => el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().width) + ' px');
     const page = document.documentElement.scrollWidth;
     return page > screen ? ['the page, ' + page + ' px', ...wide] : wide;`,
  );
}
