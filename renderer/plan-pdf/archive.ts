import type PDFDocument from 'pdfkit';

/**
 * What makes the plan an archival, accessible file beyond what pdfkit writes itself: the XMP
 * identifications of PDF/A-3b and PDF/UA-1, the sRGB output intent, and the plan's CSV as an
 * associated file. pdfkit's own `subset` option declares only one of PDF/A and PDF/UA, reads the
 * colour profile from disk (not possible in the console) and writes XMP without escaping.
 */

export interface DocumentInfo {
  title: string;
  author?: string;
  subject: string;
  /** BCP 47 tag: the catalogue's /Lang and the XMP's dc:language. */
  language: string;
}

export interface Attachment {
  name: string;
  description: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** XML text and attribute values: a workshop called "R&D <2027>" must not break the metadata. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The Info dictionary's dates in XMP form, to the second, as pdfkit writes them there. */
function xmpDate(date: Date): string {
  return `${date.toISOString().split('.')[0]}Z`;
}

/**
 * The document's XMP: Dublin Core title, author and description as in the Info dictionary,
 * the PDF/A-3b and PDF/UA-1 identifications, and the extension schema PDF/A asks for pdfuaid.
 */
export function xmpPacketBody(info: DocumentInfo, created: Date, producer: string): string {
  const author = info.author
    ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.author)}</rdf:li></rdf:Seq></dc:creator>`
    : '';
  return `
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
  <xmp:CreateDate>${xmpDate(created)}</xmp:CreateDate>
  <xmp:CreatorTool>${escapeXml(producer)}</xmp:CreatorTool>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <dc:format>application/pdf</dc:format>
  <dc:language><rdf:Bag><rdf:li>${escapeXml(info.language)}</rdf:li></rdf:Bag></dc:language>
  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(info.title)}</rdf:li></rdf:Alt></dc:title>
  ${author}
  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(info.subject)}</rdf:li></rdf:Alt></dc:description>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
  <pdf:Producer>${escapeXml(producer)}</pdf:Producer>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
  <pdfaid:part>3</pdfaid:part>
  <pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
  <pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
<rdf:Description rdf:about=""
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
  <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
      <pdfaProperty:name>part</pdfaProperty:name>
      <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
      <pdfaProperty:category>internal</pdfaProperty:category>
      <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
    </rdf:li></rdf:Seq></pdfaSchema:property>
  </rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>`;
}

/** Replaces pdfkit's unescaped XMP with ours; pdfkit still wraps it in the packet and writes the stream. */
export function declareArchival(doc: PDFDocument, info: DocumentInfo, producer: string): void {
  doc._addInfo = () => doc.appendXML(xmpPacketBody(info, doc.info.CreationDate, producer));
}

/** The sRGB output intent PDF/A requires, with the ICC profile's bytes. */
export function addOutputIntent(doc: PDFDocument, iccProfile: Uint8Array): void {
  const profile = doc.ref({ N: 3 });
  profile.end(iccProfile);
  const intent = doc.ref({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    Info: new String('sRGB IEC61966-2.1'),
    OutputConditionIdentifier: new String('sRGB IEC61966-2.1'),
    DestOutputProfile: profile,
  });
  intent.end();
  doc._root.data.OutputIntents = [intent];
}

/** A PDF name's characters: delimiters, '#' and anything outside printable ASCII as #XX. */
export function pdfName(text: string): string {
  return text.replace(
    /[^!-~]|[#%()/<>[\]{}]/g,
    (c) => `#${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/**
 * The file travels inside the PDF as an associated file of the document (PDF/A-3: /AF on the
 * catalogue, /AFRelationship /Data), listed among the attachments viewers show. Written here
 * rather than with pdfkit's `file`, which also hashes the bytes with its own MD5 for the optional
 * /CheckSum: 50 ms of a 300-initiative plan's one-second budget.
 */
export function attach(doc: PDFDocument, file: Attachment, date: Date): void {
  const stream = doc.ref({
    Type: 'EmbeddedFile',
    Subtype: pdfName(file.mimeType),
    Params: { CreationDate: date, ModDate: date, Size: file.bytes.byteLength },
  });
  stream.end(file.bytes);
  const spec = doc.ref({
    Type: 'Filespec',
    AFRelationship: 'Data',
    F: new String(file.name),
    UF: new String(file.name),
    EF: { F: stream },
    Desc: new String(file.description),
  });
  spec.end();
  doc.addNamedEmbeddedFile(file.name, spec);
  doc._root.data.AF = [...((doc._root.data.AF as unknown[] | undefined) ?? []), spec];
}
