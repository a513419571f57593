/**
 * Share one promise among all who ask for the same key. With `keep`, the settled promise stays
 * (content-addressed answers never change); without, the key is freed once it settles (a tag
 * may move, so the next caller asks again).
 */
export function sharedPromise<T>(
  cache: Map<string, Promise<T>>,
  key: string,
  keep: boolean,
  make: () => Promise<T>,
): Promise<T> {
  const found = cache.get(key);
  if (found !== undefined) return found;
  const promise = make();
  cache.set(key, promise);
  if (!keep)
    void promise.then(
      () => cache.delete(key),
      () => cache.delete(key),
    );
  return promise;
}
