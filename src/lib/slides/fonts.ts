/**
 * Font files for resvg, which reads TrueType or OpenType files from disk but not the WOFF files
 * the @fontsource packages ship. WOFF 1 is the same tables, each zlib-compressed, so unpacking
 * them needs no new dependency.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** The family a slide's words are set in, and the cuts they use (upright, and italic for river names). */
export const SLIDE_SANS = 'Source Sans 3';
export const SLIDE_SERIF = 'Source Serif 4';
const faces = [
  'source-sans-3/files/source-sans-3-latin-400-normal.woff',
  'source-sans-3/files/source-sans-3-latin-400-italic.woff',
  'source-sans-3/files/source-sans-3-latin-600-normal.woff',
  'source-sans-3/files/source-sans-3-latin-700-normal.woff',
  'source-sans-3/files/source-sans-3-latin-ext-400-normal.woff',
  'source-sans-3/files/source-sans-3-latin-ext-700-normal.woff',
  'source-serif-4/files/source-serif-4-latin-700-normal.woff',
];

/** A WOFF 1 file as the sfnt (TrueType/OpenType) file it packs. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1 file');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compressed = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compressed);
    return { tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? inflateSync(raw) : raw };
  });
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  const power = 2 ** Math.floor(Math.log2(count));
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    table.tag.copy(header, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    table.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

let files: string[] | undefined;

/**
 * Paths of the slide fonts as TrueType files. Each is named by its source's hash, so builds share
 * them and a new font version gets a new file; written under a temporary name and renamed, so a
 * build running beside another never reads half a file.
 */
export function slideFontFiles(): string[] {
  if (files) return files;
  const dir = join(tmpdir(), 'explainer-slide-fonts');
  mkdirSync(dir, { recursive: true });
  files = faces.map((face) => {
    const woff = readFileSync(require.resolve(`@fontsource/${face}`));
    const name = face.split('/').at(-1)!.replace(/\.woff$/, '');
    const path = join(dir, `${name}-${createHash('sha256').update(woff).digest('hex').slice(0, 12)}.ttf`);
    if (!existsSync(path)) {
      const partial = `${path}.${process.pid}`;
      writeFileSync(partial, woffToSfnt(woff));
      renameSync(partial, path);
    }
    return path;
  });
  return files;
}
