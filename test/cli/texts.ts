/** Posts the CLI tests feed in. What each should produce is taken from the library itself where it matters. */

/** Stigmatising wording with a safe fix: suicide-language, a warning under every preset. */
export const stigmatising = 'My uncle committed suicide in 2019, and we still miss him.\n'

/** Nothing to say about it. */
export const clean = 'We walked along the beach and talked about the weekend.\n'

/** A first-person statement of wanting to die: an error under the moderator preset. */
export const crisis = 'I want to die.\n'

/** Lookalikes that must stay silent. */
export const lookalike = 'We watched Suicide Squad last night and then the battery died.\n'

/** Markdown whose only problem sits in a fenced code block: silent as Markdown, not as plain text. */
export const codeOnlyMarkdown = 'A note on wording:\n\n```\ncommitted suicide\n```\n'
