/**
 * The end of every command: its exit code, 0 when main returns (or the code it returns), 1 when it
 * throws, with the reason on one line and the stack only with DEBUG set. The process exits
 * explicitly, so that a handle some library leaves open (a socket, a timer) never keeps a finished
 * command running.
 */
export async function runCommand(name: string, main: () => Promise<number | void> | number | void): Promise<never> {
  let code: number;
  try {
    code = (await main()) ?? 0;
  } catch (error) {
    console.error(`${name} failed: ${process.env.DEBUG ? (error as Error).stack : reason(error)}`);
    code = 1;
  }
  process.exit(code);
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').filter((line) => line.trim()).join('; ') || 'unknown error';
}
