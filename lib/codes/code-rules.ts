// What a coupon code may look like (contract §2): 1–64 characters of [a-zA-Z0-9-%_@&!], case-sensitive.
// Pure, so the browser preview, the API and the import job judge a code the same way.
import { text } from "@/lib/validation/text";

export const MAX_CODE_LENGTH = 64;
export const CODE_CHARACTERS = "a-z A-Z 0-9 - % _ @ & !";
const CODE_RE = /^[a-zA-Z0-9\-%_@&!]+$/;

export type CodeProblem = "empty" | "too_long" | "invalid_characters";

export const CODE_PROBLEM_MESSAGES: Record<CodeProblem, string> = {
  empty: "The code is empty",
  too_long: `The code is longer than ${MAX_CODE_LENGTH} characters`,
  invalid_characters: `The code may contain only ${CODE_CHARACTERS}`,
};

export function isCodeCharacter(char: string): boolean {
  return CODE_RE.test(char);
}

/** Null when `code` is a valid code; otherwise the first problem found, in the order a person fixes them. */
export function codeProblem(code: string): CodeProblem | null {
  if (code.length === 0) return "empty";
  if (!CODE_RE.test(code)) return "invalid_characters";
  if (code.length > MAX_CODE_LENGTH) return "too_long";
  return null;
}

/** A prefix filter may hold only code characters, so it can never act as a LIKE/GLOB wildcard surprise. */
export const CodePrefix = text("code")
  .max(MAX_CODE_LENGTH, `code must be at most ${MAX_CODE_LENGTH} characters`)
  .regex(/^[a-zA-Z0-9\-%_@&!]*$/, `code may contain only ${CODE_CHARACTERS}`);
