// Code 128 barcodes for printed coupons, drawn as inline SVG by components/pos/barcode.tsx (pure).
// All-digit serials use code set C (two digits per symbol, the compact form tills read fastest), with
// a switch to set B for an odd last digit; anything else uses set B (printable ASCII 32–126).
// Symbol = start, data, checksum (start + Σ position × value, mod 103), stop; 11 modules per symbol,
// 13 for the stop. Patterns: ISO/IEC 15417 Table 1, widths of bar, space, bar, space, bar, space(, bar).

export const CODE128_PATTERNS = [
  "212222",
  "222122",
  "222221",
  "121223",
  "121322",
  "131222",
  "122213",
  "122312",
  "132212",
  "221213",
  "221312",
  "231212",
  "112232",
  "122132",
  "122231",
  "113222",
  "123122",
  "123221",
  "223211",
  "221132",
  "221231",
  "213212",
  "223112",
  "312131",
  "311222",
  "321122",
  "321221",
  "312212",
  "322112",
  "322211",
  "212123",
  "212321",
  "232121",
  "111323",
  "131123",
  "131321",
  "112313",
  "132113",
  "132311",
  "211313",
  "231113",
  "231311",
  "112133",
  "112331",
  "132131",
  "113123",
  "113321",
  "133121",
  "313121",
  "211331",
  "231131",
  "213113",
  "213311",
  "213131",
  "311123",
  "311321",
  "331121",
  "312113",
  "312311",
  "332111",
  "314111",
  "221411",
  "431111",
  "111224",
  "111422",
  "121124",
  "121421",
  "141122",
  "141221",
  "112214",
  "112412",
  "122114",
  "122411",
  "142112",
  "142211",
  "241211",
  "221114",
  "413111",
  "241112",
  "134111",
  "111242",
  "121142",
  "121241",
  "114212",
  "124112",
  "124211",
  "411212",
  "421112",
  "421211",
  "212141",
  "214121",
  "412121",
  "111143",
  "111341",
  "131141",
  "114113",
  "114311",
  "411113",
  "411311",
  "113141",
  "114131",
  "311141",
  "411131",
  "211412",
  "211214",
  "211232",
  "2331112",
] as const;

export const CODE_B = 100;
export const START_B = 104;
export const START_C = 105;
export const STOP = 106;

/** Symbol values from start to stop, checksum included; throws on characters Code 128 B cannot hold. */
export function code128Values(text: string): number[] {
  if (text.length === 0) throw new RangeError("Nothing to encode");
  const values: number[] = [];
  if (/^\d+$/.test(text)) {
    const pairs = text.length - (text.length % 2);
    if (pairs > 0) {
      values.push(START_C);
      for (let i = 0; i < pairs; i += 2) values.push(Number(text.slice(i, i + 2)));
      if (pairs < text.length) values.push(CODE_B, text.charCodeAt(pairs) - 32);
    } else {
      values.push(START_B, text.charCodeAt(0) - 32);
    }
  } else {
    values.push(START_B);
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (code < 32 || code > 126) throw new RangeError(`Code 128 B cannot encode ${JSON.stringify(char)}`);
      values.push(code - 32);
    }
  }
  const checksum = values.reduce((sum, value, position) => sum + value * Math.max(position, 1), 0) % 103;
  return [...values, checksum, STOP];
}

export type Code128Bars = {
  /** Total width in modules, quiet zones included. */
  modules: number;
  /** Dark bars, in modules from the left edge. */
  bars: { x: number; width: number }[];
};

/** Bars of the symbol with a quiet zone of `quiet` modules each side (10 is what the standard asks). */
export function code128Bars(text: string, quiet = 10): Code128Bars {
  const bars: Code128Bars["bars"] = [];
  let x = quiet;
  for (const value of code128Values(text)) {
    const widths = CODE128_PATTERNS[value];
    for (let i = 0; i < widths.length; i++) {
      const width = Number(widths[i]);
      if (i % 2 === 0) bars.push({ x, width });
      x += width;
    }
  }
  return { modules: x + quiet, bars };
}
