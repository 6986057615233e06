import type { Page } from '@playwright/test';

/**
 * Text that does not fit, found by bounding boxes; each finding names the element and says how.
 * - the page scrolls sideways, or an element reaches past the left or right edge of the viewport;
 * - an element's own text runs out of its box (a long word in a narrow button);
 * - an element that hides its overflow has more to show than it shows: clipped text, a label cut
 *   off or ended with an ellipsis;
 * - an element spills out of an ancestor that clips it, so part of it cannot be seen;
 * - a select's chosen option is wider than the select shows;
 * - a sentence is squeezed into a column a few letters wide, or a short word broken over lines;
 * - an area scrolling up and down also scrolls sideways (mark a wide board `data-scrolls-sideways`).
 * Screen-reader-only text, hidden and empty elements are left out; so is what lies inside scroll
 * areas, which show their overflow by scrolling.
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const SLACK = 1;
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const classes =
        typeof el.className === 'string' && el.className
          ? `.${el.className.trim().split(/\s+/).join('.')}`
          : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${classes} “${text}”`;
    };
    const measure = document.createElement('canvas');
    const clips = (value: string) => value === 'hidden' || value === 'clip';
    const textsOf = (el: Element) =>
      Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');

    if (document.documentElement.scrollWidth > width + SLACK)
      out.push(`page scrolls sideways to ${document.documentElement.scrollWidth} px (viewport ${width})`);

    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (el.closest('.visually-hidden, [hidden], svg, script, style, noscript')) continue;
      if (el.id.startsWith('DndDescribedBy') || el.id.startsWith('DndLiveRegion')) continue;
      // Also skips what is under content-visibility: hidden (the page under a board), left unlaid-out.
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const style = getComputedStyle(el);
      if (style.display === 'contents') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;

      if (box.right > width + SLACK || box.left < -SLACK)
        out.push(
          `${describe(el)} reaches ${Math.round(box.left)}–${Math.round(box.right)} px (viewport ${width})`,
        );

      if (style.display !== 'inline') {
        // The element's own text, wherever it lays out, must stay inside the element's box.
        for (const node of textsOf(el)) {
          const range = document.createRange();
          range.selectNodeContents(node);
          const text = range.getBoundingClientRect();
          // pre-wrap keeps a space at the end of a line, hanging past the box: not text cut off.
          const hang =
            style.whiteSpace.startsWith('pre') || style.whiteSpace === 'break-spaces'
              ? parseFloat(style.fontSize) / 2
              : SLACK;
          if (text.width > 0 && (text.right > box.right + hang || text.left < box.left - hang)) {
            out.push(
              `${describe(el)}: its text runs ${Math.round(text.left)}–${Math.round(text.right)} px out of its box ${Math.round(box.left)}–${Math.round(box.right)}`,
            );
            break;
          }
        }
      }

      const { scrollWidth, clientWidth, scrollHeight, clientHeight } = el as HTMLElement;
      const fontSize = parseFloat(style.fontSize);

      // Squeezed: a sentence laid out a few letters a line, in a box narrower than four letters' room.
      const own = textsOf(el)
        .map((n) => n.textContent!.trim())
        .join(' ');
      if (own.length >= 12 && clientWidth > 0 && clientWidth < 4 * fontSize && box.height > 4 * fontSize)
        out.push(`${describe(el)} is squeezed to ${clientWidth} px wide, ${Math.round(box.height)} px high`);
      // Or a short word broken over lines ("1 / 0 / 0"), in a box that left it no room.
      for (const node of textsOf(el)) {
        const word = node.textContent!.trim();
        if (/\s/.test(word) || word.length > 12) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(`${describe(el)} breaks “${word}” over ${tops.size} lines`);
      }

      // A select shows its chosen option in the box, left of the arrow: a native control the
      // bounding boxes cannot see into, so its text is measured.
      if (el instanceof HTMLSelectElement && el.selectedOptions[0]) {
        const context = measure.getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = context.measureText(el.selectedOptions[0].text).width;
        const room = clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
        if (text > room + SLACK)
          out.push(
            `${describe(el)} shows “${el.selectedOptions[0].text}” (${Math.round(text)} px) in ${Math.round(room)} px`,
          );
      }

      // A list that scrolls up and down should not also scroll sideways: something in it is too wide.
      if (
        (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
        style.overflowY !== 'visible' &&
        scrollWidth > clientWidth + SLACK &&
        !(el as HTMLElement).dataset.scrollsSideways
      )
        out.push(`${describe(el)} scrolls sideways: ${scrollWidth} px wide in ${clientWidth}`);

      if (clips(style.overflowX) && scrollWidth > clientWidth + SLACK && (el.textContent ?? '').trim())
        out.push(`${describe(el)} cuts its content: ${scrollWidth} px wide in ${clientWidth}`);
      else if (style.textOverflow === 'ellipsis' && scrollWidth > clientWidth)
        out.push(`${describe(el)} ends in an ellipsis: ${scrollWidth} px wide in ${clientWidth}`);
      if (clips(style.overflowY) && scrollHeight > clientHeight + SLACK && (el.textContent ?? '').trim())
        out.push(`${describe(el)} cuts its content: ${scrollHeight} px high in ${clientHeight}`);

      // Spilling out of an ancestor that clips: that part is not seen.
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const upStyle = getComputedStyle(up);
        const x = clips(upStyle.overflowX);
        const y = clips(upStyle.overflowY);
        if (!x && !y) {
          if (upStyle.overflowX !== 'visible' || upStyle.overflowY !== 'visible') break;
          continue;
        }
        const outer = up.getBoundingClientRect();
        if (
          (x && (box.right > outer.right + SLACK || box.left < outer.left - SLACK)) ||
          (y && (box.bottom > outer.bottom + SLACK || box.top < outer.top - SLACK))
        )
          out.push(`${describe(el)} is cut by ${describe(up)}`);
        break;
      }
    }
    return out;
  });
}
