/** A pattern that cannot generate codes, with the position (0-based) where the problem starts. */
export class PatternSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} (at character ${position + 1})`);
    this.name = "PatternSyntaxError";
  }
}
