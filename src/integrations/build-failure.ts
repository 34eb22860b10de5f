/**
 * An error for a problem in the project's content or settings. Its message already says what and where;
 * without a stack, Astro prints just the message instead of wrapping it in our own file paths.
 */
export function buildFailure(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}
