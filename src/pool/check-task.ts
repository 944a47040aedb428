// One thread of the check pool (check-pool.ts): a post and its options in,
// the same `check` the command line runs, the report out.
import {check} from '../core.js'
import type {CheckOptions, Report} from '../types.js'

export interface CheckTask {
  text: string
  options: CheckOptions
}

export default function checkTask({text, options}: CheckTask): Promise<Report> {
  return check(text, options)
}
