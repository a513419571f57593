/** Throws when a CommonJS bundle in `dir` calls a shadowed require or __filename for import.meta.url. */
export function checkImportMetaUrls(dir: string): void;
