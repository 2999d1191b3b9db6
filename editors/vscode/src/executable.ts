// The one file-system probe server resolution needs, kept out of resolve.ts
// so that resolve.ts stays pure.

import * as fs from "node:fs";

/** Reports whether file is a regular file the current user may execute. */
export function isExecutable(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    // Windows has no execute bit: existence is what counts there.
    if (process.platform !== "win32") fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
