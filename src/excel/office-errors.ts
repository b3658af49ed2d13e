/** The Office error code of a failed sync ("ItemNotFound", "InvalidArgument", …), or null for any other error. */
export function errorCode(e: unknown): string | null {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : null;
}
