// Adds lock entries for optional platform packages that the registry mirror here does
// not serve (npm leaves them out, and `npm ci` then refuses the lock file). Entries
// that cannot be looked up get their platform from the name, so npm skips them on
// other machines without fetching. Run after every `npm install`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(pk)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies || {})) {
    const key = 'node_modules/' + name;
    if (pk[key] || pk[path + '/node_modules/' + name]) continue;
    let info;
    try {
      info = JSON.parse(execFileSync('npm', ['view', `${name}@${version}`, 'version', 'dist', 'os', 'cpu', 'libc', 'license', 'engines', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    } catch {
      // Never published for this platform: record the platform so npm skips it without asking.
      const suffix = name.split('/').pop().replace(/^.*?-(android|darwin|linux|win32|freebsd|openbsd|openharmony|sunos|aix)-/, '$1-');
      const [os, cpu, variant] = suffix.split('-');
      info = { version, os: [os], cpu: [cpu], ...(os === 'linux' && (variant === 'musl' || variant === 'gnu') ? { libc: [variant === 'gnu' ? 'glibc' : 'musl'] } : {}) };
      console.log('unpublished', name, version, JSON.stringify(info));
    }
    const entry = { version: info.version };
    if (info.dist) Object.assign(entry, { resolved: info.dist.tarball, integrity: info.dist.integrity });
    if (meta.dev) entry.dev = true;
    entry.optional = true;
    if (info.cpu) entry.cpu = info.cpu;
    if (info.os) entry.os = info.os;
    if (info.libc) entry.libc = info.libc;
    if (info.license) entry.license = info.license;
    if (info.engines) entry.engines = info.engines;
    pk[key] = entry;
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
