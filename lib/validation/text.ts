// The one text check every string from outside passes (JSON fields, form fields, path ids, query
// values, CSV cells). PostgreSQL refuses the NUL character in text ("invalid byte sequence 0x00") and
// a lone UTF-16 surrogate cannot be encoded as UTF-8 at all, so both would otherwise fail deep inside a
// query as a 500; refusing them here gives the client a 400 that names the field.
import { z } from "zod";

// With the `u` flag a well-formed surrogate pair is one code point, so only a lone half matches.
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Why `value` is not acceptable text, or undefined when it is. */
export function textProblem(value: string): string | undefined {
  if (value.includes("\u0000")) return "must not contain the NUL character (U+0000)";
  if (LONE_SURROGATE.test(value)) return "must not contain a lone UTF-16 surrogate (not valid Unicode)";
  return undefined;
}

/** "name must not contain …": the cause names the field even where the path alone would not say it. */
export function textMessage(field: string, value: string): string | undefined {
  const problem = textProblem(value);
  return problem && `${field} ${problem}`;
}

type TextOptions = { error?: string };

/**
 * Free text (names, descriptions, labels): a string without NUL or lone surrogates. Returns a plain
 * zod string, so `.trim()`, `.min()`, `.max()` and `.regex()` chain as usual.
 */
export function text(field = "Text", options: TextOptions = {}) {
  return z
    .string({ error: options.error ?? `${field} must be a string` })
    .refine((value) => textProblem(value) === undefined, { abort: true, error: (issue) => textMessage(field, String(issue.input)) });
}

/**
 * An identifier (ids, codes' owners, keys, emails, currency codes): the text check, then trimmed and
 * NFC-normalised so "é" typed as e + combining accent and as one character is the same id.
 */
export function identifier(field = "Id", options: TextOptions = {}) {
  return text(field, options).trim().normalize("NFC");
}
