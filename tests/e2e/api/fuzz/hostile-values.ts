// The values the fuzzer breaks requests with: hostile strings and numbers, wrong types, odd content
// types and raw URL segments.
export const ONE_MB = "x".repeat(1 << 20);
// URLs stay under Node's 16 KB limit for the request head: beyond it Node answers a bare 431 before
// Next or our code runs (README, REST API). Long values in URLs are 4 KB; bodies get the 1 MB ones.
export const LONG_IN_URL = "x".repeat(4096);

/** Strings that have broken servers before. */
export const HOSTILE_STRINGS: readonly string[] = [
  ONE_MB,
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFFy",
  "\uDE00\uD83D", // a pair in the wrong order
  "\u202Eevil\u202C עברית العربية",
  "😀👍🏽",
  "e\u0301\u0301\u0301\u0301",
  "",
  "   ",
  "' OR 1=1 --",
  "%00%ff",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "=cmd|' /C calc'!A0",
  "null",
  "\r\n\t",
];

export const HOSTILE_NUMBERS: readonly number[] = [
  1e308,
  -1e308,
  -1,
  0,
  -0,
  0.5,
  1.005,
  2.675,
  1e-7,
  2 ** 53 + 2,
  -(2 ** 31),
  2 ** 31,
  123456789.123456789,
];

export const WRONG_TYPES: readonly unknown[] = [null, 0, -1, 1.5, "", "text", true, false, [], {}, [null], { nested: { deeper: [] } }];

export const CONTENT_TYPES = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=zzz",
  "application/xml",
  "application/json; charset=latin1",
  "application/merge-patch+json",
  "",
];

// Path segments and query values written raw into the URL: malformed or overlong escapes, encoded
// NUL, encoded surrogate halves (CESU-8), dot segments.
export const RAW_SEGMENTS = [
  "%C0%AF",
  "%ff%fe%fd",
  "%E0%A4%A",
  "%",
  "%00",
  "%ED%A0%80",
  "%2e%2e",
  "..",
  ".",
  "%2F..%2F",
  "a%20b",
  "%F0%9F%98%80",
];
