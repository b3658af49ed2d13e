/** A failure the user can act on: one sentence in Vietnamese and English, and the exit code to leave with. */
export class CliError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly exitCode = 2,
  ) {
    super(`${vi} / ${en}`);
  }
}
