/** The message a person sees for a failure; unexpected errors are logged, not shown. */
export function describeError(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && error instanceof Error) {
    const resolution = (error as { resolution?: string }).resolution;
    const name = error.name;
    if (name === "AppError") return error.message;
    if (name === "RemoteError") return resolution ? `${error.message} ${resolution}` : error.message;
  }
  console.error("Unexpected error in a server action:", error instanceof Error ? error.message : String(error));
  return "Something went wrong on our side. Try again, and contact your administrator if it keeps happening.";
}
