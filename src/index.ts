// safepost's library: check a post, fix what is safe to fix, or take the
// unified processor and the rule plugins to build your own pipeline.
// Never touches the file system or the network, so it runs in a browser.
import './parse/markdown.js'
import './parse/mdx.js'
import './parse/html.js'

export * from './core.js'
