// The worker's bundled code, put in by scripts/build-web.mjs.
declare module 'safepost-worker-source' {
  const source: string
  export default source
}
