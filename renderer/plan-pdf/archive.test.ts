import { describe, expect, it } from 'vitest';
import { escapeXml, pdfName } from './archive';

describe('archive metadata', () => {
  it('writes a MIME type as a PDF name, its slash escaped', () => {
    expect(pdfName('text/csv')).toBe('text#2Fcsv');
    expect(pdfName('a b#(c)')).toBe('a#20b#23#28c#29');
  });

  it('escapes what XML would read as markup', () => {
    expect(escapeXml(`R&D <2027> "it's"`)).toBe('R&amp;D &lt;2027&gt; &quot;it&apos;s&quot;');
  });
});
