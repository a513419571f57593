export function minifyChunk(text: string, file?: string): string;
export function minifyChunksIn(dir: string): void;
