// Ids for new coupon codes: UUIDv7 (RFC 9562), time-ordered, so a bulk import appends to the end of the
// primary-key index instead of dirtying a random page of it for every row (random v4 ids made each batch
// rewrite most of that index). Monotonic within a process: the 12 bits after the millisecond count up
// (RFC 9562 §6.2 method 1), so ids minted in the same millisecond still sort in creation order.
import { randomFillSync } from "node:crypto";

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const POOL_IDS = 1024;
const pool = new Uint8Array(POOL_IDS * 8);
let poolAt = POOL_IDS;
let lastMs = -1;
let seq = 0;
/** "tttttttt-tttt-7" for lastMs, formatted once per millisecond. */
let prefix = "";

function hex(bytes: Uint8Array, from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i++) out += HEX[bytes[i]];
  return out;
}

export function newCodeId(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    seq = 0;
    prefix = "";
  } else if (++seq > 0xfff) {
    // 4,096 ids in one millisecond: borrow the next millisecond rather than lose the order.
    lastMs++;
    seq = 0;
    prefix = "";
  }
  if (prefix === "") {
    const ms = lastMs.toString(16).padStart(12, "0");
    prefix = `${ms.slice(0, 8)}-${ms.slice(8)}-7`;
  }
  if (poolAt === POOL_IDS) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const r = poolAt++ * 8;
  // 62 random bits: the variant takes the top 2 of the first byte.
  return `${prefix}${HEX[seq >> 4]}${(seq & 15).toString(16)}-${HEX[(pool[r] & 0x3f) | 0x80]}${HEX[pool[r + 1]]}-${hex(pool, r + 2, r + 8)}`;
}
