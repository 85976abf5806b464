/**
 * Adds lock entries for platform binaries the npm registry reachable here does not serve.
 *
 * Packages such as @astrojs/compiler-binding and @tailwindcss/oxide list one optional binary
 * package per platform. Where the registry lacks some of them at the pinned version, npm writes
 * no lock entry for them, and `npm ci` then refuses the lock ("Missing: … from lock file") even
 * though those packages would be skipped on this platform anyway. This script writes the entries
 * npm would have written (version, os, cpu, optional), so `npm ci` accepts the lock and skips
 * them on Linux x64 as usual. Run it after any change to the lock:
 *
 *   node --experimental-strip-types src/lib/cli/complete-lockfile.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optional?: boolean;
  [key: string]: unknown;
}

const PLATFORM = /-(android|darwin|freebsd|linux|win32|wasm32)-?([a-z0-9]*)-?(gnu|musl|msvc|gnueabihf|wasi)?$/;

/** os, cpu and libc as the binary package's own manifest would give them, read from its name. */
export function platformOf(name: string): Pick<LockPackage, 'os' | 'cpu' | 'libc'> | undefined {
  const match = PLATFORM.exec(name);
  if (!match) return undefined;
  const [, os, cpu, abi] = match;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  const platform: Pick<LockPackage, 'os' | 'cpu' | 'libc'> = { os: [os!], cpu: [cpu === 'arm' ? 'arm' : cpu!] };
  if (os === 'linux' && (abi === 'gnu' || abi === 'gnueabihf')) platform.libc = ['glibc'];
  if (os === 'linux' && abi === 'musl') platform.libc = ['musl'];
  return platform;
}

export function completeLock(lock: { packages: Record<string, LockPackage> }): string[] {
  const added: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${path}/node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      if (lock.packages[nested] || lock.packages[hoisted]) continue;
      const platform = platformOf(name);
      if (!platform) continue;
      lock.packages[hoisted] = { version, ...platform, optional: true };
      added.push(`${name}@${version}`);
    }
  }
  return added;
}

const lockPath = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { packages: Record<string, LockPackage> };
const added = completeLock(lock);
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added lock entries for ${added.join(', ')}` : 'The lock already lists every platform binary.');
