// Read-only values computed on first use. A large logbook has thousands of bodies a
// report never shows; parsing them all up front cost most of a report's time.

/** Adds a memoised, read-only getter `key` to `target` and returns the target. */
export function withLazy<T extends object, K extends string, V>(target: T, key: K, compute: () => V): T & { readonly [P in K]: V } {
  let done = false;
  let value: V;
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
  for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(value))) {
    if ('value' in descriptor) deepFreeze(descriptor.value, seen);
  }
  return Object.freeze(value);
}
