// How a whole-post rule runs. On a post checked in one piece, it decides on
// the post and reports. On one chunk of a longer post (the chunked check in
// src/chunk/ sets `safepostChunk` on the file), it leaves its decision for
// the chunked check to make once, on the whole post added up over the chunks.
import type {VFile} from 'vfile'
import type {Analysis} from '../../src/engine/analyse.js'
import type {RuleOptions} from '../../src/engine/rule.js'
import type {ChunkPlace} from './read-post.js'
import {reportPost, type PostMessage} from './report-post.js'
import {postOf, type WholePost} from './whole-post.js'

/** A rule's decision on a whole post: the message, or none. */
export type PostDecision = (post: WholePost) => PostMessage | undefined

export interface PendingPostRule {
  options: RuleOptions | undefined
  decide: PostDecision
}

declare module 'vfile' {
  interface DataMap {
    /** Set by the chunked check: the file is this chunk of a longer post. */
    safepostChunk: ChunkPlace
    /** The whole-post rules that left their decision to the chunked check. */
    safepostPostRules: PendingPostRule[]
  }
}

export function decideOnPost(file: VFile, analysis: Analysis, options: RuleOptions | undefined, decide: PostDecision): void {
  if (file.data.safepostChunk) {
    ;(file.data.safepostPostRules ??= []).push({options, decide})
    return
  }
  const post = postOf(analysis)
  const message = post.firstWord && decide(post)
  if (message) reportPost(file, post.firstWord!, options, message)
}
