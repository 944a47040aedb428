// Undo for the draft: each fix is a step, and so is each pause in typing.
// The page keeps its own history because setting a textarea's value (as a
// fix must) empties the browser's own undo stack.
export interface DraftState {
  text: string
  caret: number
}

/** Typing within this many milliseconds of the last keystroke joins the same step. */
const TYPING_JOIN_MS = 1000
const MAX_STEPS = 200

export class DraftHistory {
  private steps: DraftState[]
  private at = 0
  private lastTyping = 0

  constructor(initial: DraftState) {
    this.steps = [initial]
  }

  /** Record the draft after typing. */
  typed(state: DraftState, now: number): void {
    if (now - this.lastTyping < TYPING_JOIN_MS && this.at > 0) this.steps[this.at] = state
    else this.push(state)
    this.lastTyping = now
  }

  /** Record the draft after an edit made by the page (a fix). */
  edited(state: DraftState): void {
    this.push(state)
    this.lastTyping = 0
  }

  canUndo(): boolean {
    return this.at > 0
  }

  undo(): DraftState | undefined {
    if (!this.canUndo()) return undefined
    this.lastTyping = 0
    return this.steps[--this.at]
  }

  redo(): DraftState | undefined {
    if (this.at >= this.steps.length - 1) return undefined
    return this.steps[++this.at]
  }

  private push(state: DraftState): void {
    this.steps.splice(this.at + 1)
    this.steps.push(state)
    if (this.steps.length > MAX_STEPS) this.steps.shift()
    this.at = this.steps.length - 1
  }
}
