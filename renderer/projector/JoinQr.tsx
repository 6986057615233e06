import { toString as qrSvg } from 'qrcode';
import { useEffect, useState } from 'react';

/** The join URL as a QR code (SVG, so it stays sharp on any projector). Used by projector and console. */
export function JoinQr({
  url,
  size,
  className,
  alt,
}: {
  url: string;
  size: string;
  className?: string;
  /** In the room's language on the projector; the console's is English. */
  alt?: string;
}) {
  const [src, setSrc] = useState<{ url: string; src: string } | null>(null);
  useEffect(() => {
    let current = true;
    qrSvg(url, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
      color: { dark: '#000000', light: '#ffffff' },
    })
      .then((svg) => {
        if (current) setSrc({ url, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
      })
      .catch(() => {
        if (current) setSrc(null);
      });
    return () => {
      current = false;
    };
  }, [url]);
  if (!src || src.url !== url) return <div className={className} style={{ width: size, height: size }} />;
  return (
    <img
      className={className}
      src={src.src}
      width={undefined}
      style={{ width: size, height: size, imageRendering: 'pixelated' }}
      alt={alt ?? `QR code for ${url}`}
      data-join-url={url}
    />
  );
}
