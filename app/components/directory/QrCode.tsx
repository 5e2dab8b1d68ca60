/**
 * A QR code that leads back to the page, for printed copies. `svg` is markup we generated ourselves on
 * the server with the qrcode package from our own configured address (never from request input), and it
 * holds only <svg> and <path> elements with presentation attributes, so it is set as HTML here. The
 * wrapper is the image for assistive technology; the address is also written out for those who
 * cannot scan.
 */
export function QrCode({ svg, url, label, heading, text }: { svg: string; url: string; label: string; heading: string; text: string }) {
  return (
    <section aria-labelledby="qr-heading" className="rounded border border-gray-400 p-4 print:break-inside-avoid print:border-black">
      <h2 id="qr-heading" className="text-lg font-semibold">
        {heading}
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-4">
        <div
          role="img"
          aria-label={label}
          className="h-32 w-32 shrink-0 bg-white print:h-36 print:w-36"
          // Our own server-generated SVG (see above); no visitor input reaches it.
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <p className="min-w-0 text-sm">
          {text}
          <br />
          <span className="break-all font-medium">{url}</span>
        </p>
      </div>
    </section>
  );
}
