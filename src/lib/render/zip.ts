import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { crc32, deflateRawSync } from "node:zlib";

/**
 * A deterministic zip archive (PKWARE APPNOTE 6.3: local headers, deflated data, central directory), written with
 * node:zlib alone: entries sorted by name, every timestamp 1980-01-01 00:00 (the format's epoch), no extra fields,
 * so the same files give the same bytes. Entries are read one at a time; sizes must stay under 4 GiB (no Zip64).
 */

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  name: string;
  /** The file to read the entry's bytes from (or the bytes themselves). */
  source: string | Uint8Array;
}

const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const UTF8 = 1 << 11; // general purpose flag bit 11: names are UTF-8

function localHeader(name: Buffer, crc: number, compressed: number, size: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
  h.writeUInt16LE(UTF8, 6);
  h.writeUInt16LE(8, 8); // deflate
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(crc, 14);
  h.writeUInt32LE(compressed, 18);
  h.writeUInt32LE(size, 22);
  h.writeUInt16LE(name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, name]);
}

function centralHeader(name: Buffer, crc: number, compressed: number, size: number, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(UTF8, 8);
  h.writeUInt16LE(8, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(crc, 16);
  h.writeUInt32LE(compressed, 20);
  h.writeUInt32LE(size, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt16LE(0, 30); // extra
  h.writeUInt16LE(0, 32); // comment
  h.writeUInt16LE(0, 34); // disk
  h.writeUInt16LE(0, 36); // internal attributes
  h.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external: a regular file, rw-r--r--
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, name]);
}

/** Write `entries` (sorted by name here) as a zip file; returns each entry's name, size and CRC-32. */
export function writeZip(file: string, entries: readonly ZipEntry[]): { name: string; size: number; crc: number }[] {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const fd = openSync(file, "w");
  const central: Buffer[] = [];
  const listed: { name: string; size: number; crc: number }[] = [];
  let offset = 0;
  try {
    for (const entry of sorted) {
      const data = typeof entry.source === "string" ? readFileSync(entry.source) : entry.source;
      const name = Buffer.from(entry.name, "utf8");
      const crc = crc32(data);
      const packed = deflateRawSync(data, { level: 9 });
      const header = localHeader(name, crc, packed.length, data.length);
      writeSync(fd, header);
      writeSync(fd, packed);
      central.push(centralHeader(name, crc, packed.length, data.length, offset));
      listed.push({ name: entry.name, size: data.length, crc });
      offset += header.length + packed.length;
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(sorted.length, 8);
    end.writeUInt16LE(sorted.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    writeSync(fd, directory);
    writeSync(fd, end);
  } finally {
    closeSync(fd);
  }
  return listed;
}
