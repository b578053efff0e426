// The stored upload of a run, line by line: pieces are read one at a time, so the job never holds the raw
// file and its parsed carts at once. Lines are numbered from 1 as an editor shows them.
import { readFilePiece } from "@/lib/batch/queries";

export async function* readRunLines(runId: string): AsyncGenerator<{ text: string; line: number }> {
  let rest = "";
  let line = 0;
  for (let seq = 0; ; seq++) {
    const piece = await readFilePiece(runId, seq);
    if (piece === null) break;
    const text = rest + piece;
    let start = 0;
    for (let nl = text.indexOf("\n", start); nl !== -1; nl = text.indexOf("\n", start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { text: text.slice(start, end), line: ++line };
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest !== "") yield { text: rest.endsWith("\r") ? rest.slice(0, -1) : rest, line: ++line };
}
