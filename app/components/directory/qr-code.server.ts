import QRCode from "qrcode";

/**
 * A QR code for an address of our own, as SVG markup. Called only with the configured public URL plus
 * one of our paths, so the markup is ours; the page shows it with a text alternative (QrCode.tsx).
 */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}
