import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteLogo, detectImageType, LOGO_FILE_PATTERN, processLogo, storeLogo, uploadDir } from "./logo.server";

beforeAll(() => {
  process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "laget-logo-"));
});

const image = (w = 800, h = 600) => sharp({ create: { width: w, height: h, channels: 3, background: { r: 200, g: 40, b: 40 } } });

describe("logo checks", () => {
  it("knows PNG, JPEG and WebP by their bytes and re-encodes them to WebP within 512 × 512", async () => {
    for (const [format, buffer] of [
      ["png", await image().png().toBuffer()],
      ["jpeg", await image().jpeg().toBuffer()],
      ["webp", await image().webp().toBuffer()],
    ] as const) {
      expect(detectImageType(buffer)).toBe(format);
      const result = await processLogo(buffer);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const meta = await sharp(result.data).metadata();
      expect(meta.format).toBe("webp");
      expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(512);
    }
  });

  it("refuses an HTML file renamed .png, whatever it claims to be", async () => {
    const html = Buffer.from("<!doctype html><html><script>alert(1)</script></html>");
    expect(detectImageType(html)).toBeNull();
    expect(await processLogo(html)).toEqual({ ok: false, problem: "logoType" });
  });

  it("refuses an SVG and a GIF", async () => {
    expect((await processLogo(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).ok).toBe(false);
    expect((await processLogo(await image(10, 10).gif().toBuffer())).ok).toBe(false);
  });

  it("refuses a 3 MB image before decoding it", async () => {
    const big = Buffer.alloc(3 * 1024 * 1024);
    (await image(10, 10).png().toBuffer()).copy(big);
    expect(detectImageType(big)).toBe("png");
    expect(await processLogo(big)).toEqual({ ok: false, problem: "logoTooLarge" });
  });

  it("refuses a file with image magic bytes but broken content", async () => {
    const broken = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 7)]);
    expect(await processLogo(broken)).toEqual({ ok: false, problem: "logoUnreadable" });
  });

  it("strips EXIF and other metadata", async () => {
    const withExif = await image(300, 300)
      .jpeg()
      .withExif({ IFD0: { Copyright: "Hemmelig Person", Artist: "Ola Nordmann" } })
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const result = await processLogo(withExif);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const meta = await sharp(result.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(result.data.includes(Buffer.from("Ola Nordmann"))).toBe(false);
  });

  it("stores under a random name in UPLOAD_DIR and deletes only well-formed names", async () => {
    const result = await processLogo(await image(20, 20).png().toBuffer());
    if (!result.ok) throw new Error("expected ok");
    const name = storeLogo(result.data);
    expect(name).toMatch(LOGO_FILE_PATTERN);
    expect(readFileSync(path.join(uploadDir(), name)).equals(result.data)).toBe(true);
    deleteLogo("../../package.json");
    deleteLogo(name);
  });
});
