// The zip container of an Open XML package, read and written without a zip library: a part the build does not own is
// copied as its original compressed bytes (same method, same CRC), so it comes out exactly as it went in, and nothing
// is inflated that the build does not need. Parts the build writes are deflated with node's zlib.
import { open } from "node:fs/promises";
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

/** One entry of a zip file: its name and its bytes as stored (compressed by `method`). */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated: the methods Office and LibreOffice write. */
  method: number;
  crc: number;
  size: number;
  stored: Buffer;
  /** General-purpose flags kept from the input (UTF-8 names…), without the data-descriptor bit. */
  flags: number;
  dosTime: number;
  dosDate: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DATA_DESCRIPTOR_FLAG = 0x0008;
const UTF8_FLAG = 0x0800;

/** The zip could not be read as one; `reason` says how, for the user's sentence. */
export class ZipError extends Error {}

/** Lists the entries of a zip file held in memory (each entry's bytes are a view of `bytes`, not a copy). */
export function readZip(bytes: Buffer): ZipEntry[] {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError("zip directory missing");
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new ZipError("zip directory damaged");
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const dosTime = bytes.readUInt16LE(at + 12);
    const dosDate = bytes.readUInt16LE(at + 14);
    const crc = bytes.readUInt32LE(at + 16);
    const compressed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString(flags & UTF8_FLAG ? "utf8" : "latin1", at + 46, at + 46 + nameLength);
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff)
      throw new ZipError(`part ${name} is larger than 4 GB`);
    if (method !== 0 && method !== 8) throw new ZipError(`part ${name} uses compression method ${method}`);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) throw new ZipError(`part ${name} damaged`);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (start + compressed > bytes.length) throw new ZipError(`part ${name} cut short`);
    entries.push({
      name,
      method,
      crc,
      size,
      stored: bytes.subarray(start, start + compressed),
      flags: flags & ~DATA_DESCRIPTOR_FLAG,
      dosTime,
      dosDate,
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** The uncompressed bytes of an entry. */
export function entryBytes(entry: ZipEntry): Buffer {
  return entry.method === 0 ? entry.stored : inflateRawSync(entry.stored);
}

/** A new deflated entry holding `content` (dated now, as Office dates the parts it writes). */
export function newEntry(name: string, content: Buffer, now = new Date()): ZipEntry {
  return {
    name,
    method: 8,
    crc: crc32(content),
    size: content.length,
    stored: deflateRawSync(content, { level: 3 }),
    flags: UTF8_FLAG,
    dosTime: (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1),
    dosDate: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

/** Writes the entries as a zip file at `path`, in order. */
export async function writeZip(path: string, entries: ZipEntry[]): Promise<void> {
  const handle = await open(path, "w");
  try {
    const central: Buffer[] = [];
    let offset = 0;
    for (const e of entries) {
      const name = Buffer.from(e.name, e.flags & UTF8_FLAG ? "utf8" : "latin1");
      const local = Buffer.alloc(30);
      local.writeUInt32LE(LOCAL, 0);
      local.writeUInt16LE(20, 4);
      writeCommon(local, 6, e, name.length);
      if (offset > 0xffffffff - e.stored.length - 30 - name.length)
        throw new ZipError("the written workbook would pass 4 GB");
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      writeCommon(header, 8, e, name.length);
      header.writeUInt32LE(offset, 42);
      central.push(header, name);
      await handle.write(local);
      await handle.write(name);
      await handle.write(e.stored);
      offset += 30 + name.length + e.stored.length;
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    await handle.write(directory);
    await handle.write(end);
  } finally {
    await handle.close();
  }
}

// The fields a local header and a central directory record share, from "flags" on.
function writeCommon(b: Buffer, at: number, e: ZipEntry, nameLength: number): void {
  b.writeUInt16LE(e.flags, at);
  b.writeUInt16LE(e.method, at + 2);
  b.writeUInt16LE(e.dosTime, at + 4);
  b.writeUInt16LE(e.dosDate, at + 6);
  b.writeUInt32LE(e.crc >>> 0, at + 8);
  b.writeUInt32LE(e.stored.length, at + 12);
  b.writeUInt32LE(e.size, at + 16);
  b.writeUInt16LE(nameLength, at + 20);
}
