// Errors shaped like Office.js's RichApi.Error: adapters branch on `code`, so the codes and base messages follow Office.

/** The error codes the simulator raises; the names and spellings are Office's (Excel.ErrorCodes / OfficeExtension.ErrorCodes). */
export type SimErrorCode =
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "InvalidReference"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ValueNotLoaded";

const OFFICE_MESSAGES: Record<SimErrorCode, string> = {
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "An internal error has occurred.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

/** An Office-like error: `code` is Office's code; `detail` (also appended to the message) says what the simulator saw. */
export class SimOfficeError extends Error {
  readonly code: SimErrorCode;
  readonly detail: string;
  readonly debugInfo: { code: SimErrorCode; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: SimErrorCode, detail = "", location?: string, property?: string) {
    const base = OFFICE_MESSAGES[code].replace("{0}", property ?? "");
    super(detail ? `${base} [simulator: ${detail}]` : base);
    this.name = "RichApi.Error";
    this.code = code;
    this.detail = detail;
    this.debugInfo = { code, message: this.message, errorLocation: location };
  }
}

/** Builds the error Office throws when a proxy property is read before load + sync. */
export function propertyNotLoaded(typeName: string, property: string): SimOfficeError {
  return new SimOfficeError("PropertyNotLoaded", "", `${typeName}.${property}`, property);
}

/** Shorthand used by the model code, which raises most errors while a batch runs. */
export function fail(code: SimErrorCode, detail: string, location?: string): never {
  throw new SimOfficeError(code, detail, location);
}

/** Checks an enum-like argument against Office's accepted strings (InvalidArgument otherwise). */
export function expectOneOf<T extends string>(value: unknown, allowed: readonly T[], location: string): T {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  return fail("InvalidArgument", `${JSON.stringify(value)} is not one of ${allowed.join(", ")}`, location);
}

/** Checks a numeric argument (InvalidArgument otherwise). */
export function expectNumber(value: unknown, location: string, min = -Infinity, max = Infinity): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= min && value <= max) return value;
  return fail("InvalidArgument", `${JSON.stringify(value)} is not a number between ${min} and ${max}`, location);
}

/** Checks a boolean argument (InvalidArgument otherwise). */
export function expectBoolean(value: unknown, location: string): boolean {
  if (typeof value === "boolean") return value;
  return fail("InvalidArgument", `${JSON.stringify(value)} is not a boolean`, location);
}

/** Checks a string argument (InvalidArgument otherwise). */
export function expectString(value: unknown, location: string): string {
  if (typeof value === "string") return value;
  return fail("InvalidArgument", `${JSON.stringify(value)} is not a string`, location);
}
