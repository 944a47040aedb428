export function buildWeb(outdir?: string): Promise<{outdir: string; files: {name: string; bytes: number; gzip: number}[]}>
