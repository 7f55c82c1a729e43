// Read-only values computed on first use. A large logbook has thousands of bodies a
// report never shows; parsing them all up front cost most of a report's time.

/** The keys withLazy made getters of, per object: deepFreeze must not read them. */
const lazyKeys = new WeakMap<object, Set<string>>();

/** Adds a memoised, read-only getter `key` to `target` and returns the target. */
export function withLazy<T extends object, K extends string, V>(target: T, key: K, compute: () => V): T & { readonly [P in K]: V } {
  let done = false;
  let value: V;
  const keys = lazyKeys.get(target);
  if (keys) keys.add(key);
  else lazyKeys.set(target, new Set([key]));
  Object.defineProperty(target, key, {
    enumerable: true,
    get() {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
  });
  return target as T & { readonly [P in K]: V };
}

/**
 * Freezes plain data recursively. Lazy getters are left alone (reading them would
 * compute them); their values are frozen where they are computed, if needed.
 */
export function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (!value || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) if (item && typeof item === 'object') deepFreeze(item, seen);
    return Object.freeze(value);
  }
  const lazy = lazyKeys.get(value);
  // Own enumerable keys read directly, without a descriptor object per property: only the
  // getters withLazy added are accessors here (the model is built from plain data).
  for (const key of Object.keys(value)) {
    if (lazy?.has(key)) continue;
    const child = (value as Record<string, unknown>)[key];
    if (child && typeof child === 'object') deepFreeze(child, seen);
  }
  return Object.freeze(value);
}
