import { fileURLToPath } from 'node:url';

/**
 * The command line that runs an installed package's CLI file on the Node running this
 * script (the project's Node 24), whatever PATH holds.
 */
export function nodeBin(file: string, args: readonly string[] = []): [string, string[]] {
  return [process.execPath, [fileURLToPath(new URL(`../node_modules/${file}`, import.meta.url)), ...args]];
}
