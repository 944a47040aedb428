import {once} from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import {isatty} from 'node:tty'
import {presetTable} from '../../rules/preset-table.js'
import type {CheckOptions} from '../types.js'
import {defaultMaxPostBytes} from './batch-limits.js'
import {CheckInterrupted, checkFileText, checkStreamText} from './check-chunks.js'
import {BinaryFileError, NotUtf8Error} from './file-chunks.js'
import {fixRefusal} from './fix-refusals.js'
import {catchInterrupt, interruptedStatus} from './interrupt.js'
import {fileProgress, Progress} from './progress.js'
import {CoalescedOutput} from './coalesced-output.js'
import {colourLevel, type ColourLevel} from './colour.js'
import {checkOptionsFor, initConfig, printedConfig} from './config-options.js'
import {loadFormatter, type FormatContext, type Formatter} from './formats/index.js'
import {formatFromPath, resolveInputs, type InputFile} from './inputs.js'
import {describeError} from './io-errors.js'
import {parseArguments, type CliOptions} from './options.js'
import {addToTotals, emptyTotals, type LintResult, type ReportEntry, type Totals} from './results.js'
import {listRules} from './list-rules.js'
import {UsageError} from './usage-error.js'
import {FileChangedError, writeFileAtomic, writeFileInPlace} from './write-atomic.js'

// The core library: plain text built in, the Markdown, MDX and HTML parsers
// loaded only when a file needs them, so checking stdin starts fast.
type Library = typeof import('../core.js')

/** Exit statuses (INTERFACE.md). */
const ok = 0
const failed = 1
const usageError = 2

/**
 * The `safepost` command. Takes the arguments after `node safepost`, writes
 * to stdout and stderr, and resolves to the exit status: 0 nothing fails the
 * run, 1 problems that fail it, 2 a usage, configuration or input error.
 * It never calls `process.exit` (except when stdout is closed under it), so
 * output is always flushed.
 */
export async function main(argv: string[]): Promise<number> {
  stopQuietlyOnClosedPipe()
  try {
    // The services have their own options, and load fastify, Redis and the pool only when run.
    if (argv[0] === 'serve') return await (await import('../serve/command.js')).serveCommand(argv.slice(1))
    if (argv[0] === 'worker') return await (await import('../queue/command.js')).workerCommand(argv.slice(1))
    const invocation = await parseArguments(argv, isatty(0))
    switch (invocation.kind) {
      case 'help':
        await write(process.stdout, invocation.text + '\n')
        return ok
      case 'version':
        await write(process.stdout, readVersion() + '\n')
        return ok
      case 'init':
        await write(process.stdout, `safepost: wrote ${path.relative(process.cwd(), initConfig())}\n`)
        return ok
      case 'list-rules':
        await write(process.stdout, listRules())
        return ok
      case 'run':
        return await run(invocation.options)
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`safepost: ${error.message}\n`)
      return usageError
    }
    process.stderr.write(`safepost: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return usageError
  }
}

/** Collects results, counts them and hands them to the formatter as they come. */
class Reporter {
  /** Every message, shown or not: what the exit status is made of. */
  readonly totals: Totals = emptyTotals()
  /** The messages the report shows (without those `--quiet` hides): what its summary counts. */
  private readonly shown: Totals = emptyTotals()
  private readonly collected: LintResult[] = []

  /** With `--sort priority`: every result, held back until the end. */
  private readonly held: LintResult[] | undefined
  /** A batch's results, written a block at a time. */
  private readonly blocks: CoalescedOutput | undefined

  constructor(
    private readonly formatter: Formatter,
    private readonly context: FormatContext,
    private readonly stream: NodeJS.WritableStream,
    private readonly quiet: boolean,
    sort?: 'priority',
    batch = false
  ) {
    this.held = sort === 'priority' ? [] : undefined
    this.blocks = batch ? new CoalescedOutput(stream) : undefined
  }

  async add(result: LintResult): Promise<void> {
    if (this.held) {
      this.held.push(result)
      return
    }
    await this.report(result)
  }

  private async report(result: LintResult): Promise<void> {
    // Counted before --quiet hides anything: hiding output never changes the exit status.
    addToTotals(this.totals, result.entry)
    if (this.quiet) {
      result.entry.messages = result.entry.messages.filter((message) => message.severity === 'error')
    }
    addToTotals(this.shown, result.entry)
    if (this.formatter.collect) this.collected.push(result)
    if (!this.formatter.result) return
    const text = this.formatter.result(result, this.context)
    await (this.blocks ? this.blocks.write(text) : write(this.stream, text))
  }

  /** Write the results held for a block now. */
  async flush(): Promise<void> {
    await this.blocks?.flush()
  }

  async end(): Promise<void> {
    // most urgent first; input order among equals (the sort is stable)
    if (this.held) for (const result of this.held.sort((a, b) => priorityRank(b.entry.priority) - priorityRank(a.entry.priority))) await this.report(result)
    await this.blocks?.flush()
    if (this.formatter.end) await write(this.stream, this.formatter.end(this.collected, this.shown, this.context))
  }
}

const priorityOrder = ['none', 'low', 'medium', 'high', 'urgent']
const priorityRank = (priority: string): number => priorityOrder.indexOf(priority)

async function run(options: CliOptions): Promise<number> {
  if (typeof options.config === 'string') assertConfigReadable(options.config)
  if (options.printConfig !== undefined) {
    await write(process.stdout, await printedConfig(options.printConfig, options))
    return ok
  }
  const formatter = await loadFormatter(options.format)
  if (!formatter) throw new UsageError(`unknown format "${options.format}"`)

  // Find every input before checking anything, so a wrong path stops the run
  // before any report is written.
  const onIgnored = (file: string, why: string) => process.stderr.write(`safepost: skipped ${file}: ${why}\n`)
  const files = options.stdin || options.batch !== undefined ? [] : await resolveInputs(options.inputs, process.cwd(), {ignore: options.ignore, ignorePatterns: options.ignorePatterns, onIgnored})
  const batchInput = options.batch === undefined ? undefined : options.batch === '-' ? process.stdin : openBatchFile(options.batch)

  // Read every config before checking anything, so a bad one stops the run before any report.
  for (const file of files) await checkOptionsFor(file.absolute, options)
  if (files.length === 0) await checkOptionsFor(options.stdin && options.stdinFilename !== undefined ? path.resolve(options.stdinFilename) : undefined, options)
  const session = new Session(options, formatter, await import('../core.js'), batchInput !== undefined)
  if (batchInput !== undefined) await session.checkBatch(batchInput, options.batch === '-' ? '<stdin>' : String(options.batch))
  else if (options.stdin) await session.checkStdin()
  else for (const [index, file] of files.entries()) {
    if (session.interrupted) break
    await session.checkFile(file, files.length > 1, {index, total: files.length})
  }
  return session.end()
}

/** One run of the command: the library, the options, and what has been reported so far. */
class Session {
  private readonly fixing: boolean
  /** The fixed text goes to stdout as text, and the report to stderr. */
  private readonly printsFixedText: boolean
  private readonly reporter: Reporter
  /** A file or post could not be read, written or checked: the run ends with status 2. */
  private inputFailed = false
  /** Some input was checked under the ci preset (from the command line or a config): warnings fail the run. */
  private warningsFail = false
  /** `--output-file`: where the report goes instead of stdout. */
  private readonly output: fs.WriteStream | undefined
  /** With `--fix`: fixes applied, and the files they changed. */
  private readonly fixes = {applied: 0, files: 0}

  constructor(
    private readonly options: CliOptions,
    formatter: Formatter,
    private readonly library: Library,
    batch: boolean
  ) {
    this.fixing = options.fix || options.fixDryRun
    // `--fix-dry-run`, and `--fix` on standard input, give the fixed text back:
    // in an `output` field for json and jsonl, else as the text itself.
    const givesFixedText = options.fixDryRun || (options.fix && options.stdin)
    this.printsFixedText = givesFixedText && !formatter.carriesOutput
    this.output = options.outputFile === undefined ? undefined : openOutputFile(options.outputFile)
    const stream: NodeJS.WritableStream & {isTTY?: boolean} = this.output ?? (this.printsFixedText ? process.stderr : process.stdout)
    const context: FormatContext = {
      colourLevel: options.color === false ? 0 : options.color === true ? Math.max(1, colourLevel(process.env, {isTTY: true})) as ColourLevel : colourLevel(process.env, stream),
      why: options.why,
      preset: options.preset,
      canFix: !batch && !this.fixing,
      ...((stream as {columns?: number}).columns ? {columns: (stream as {columns?: number}).columns} : {})
    }
    this.reporter = new Reporter(formatter, context, stream, options.quiet, options.sort, batch)
  }

  /** Ctrl-C: stop taking new input, report what is done, exit 130. */
  private readonly interruption = catchInterrupt()
  /** A note on stderr for long runs, when stderr is a terminal. */
  private readonly progress = new Progress(process.stderr)

  get interrupted(): boolean {
    return this.interruption.requested
  }

  /** A JSON Lines queue, streamed: posts checked on `--jobs` threads, reported in input order. */
  async checkBatch(input: NodeJS.ReadableStream, source: string): Promise<void> {
    const jobs = this.options.jobs ?? 1
    // The batch reader and worker threads are loaded for a batch only: every other start would pay for them
    const [{readBatch}, {batchChecker, batchWindow, checkInOrder}] = await Promise.all([import('./batch.js'), import('./batch-run.js')])
    const checker = batchChecker(this.library, await this.optionsFor(undefined), jobs, () => this.interrupted)
    let count = 0
    try {
      const lines = readBatch(input, {maxLineBytes: this.options.maxPostBytes ?? defaultMaxPostBytes, ...(this.options.textField ? {textField: this.options.textField} : {})})
      for await (const result of checkInOrder(lines, checker, {window: batchWindow(jobs), stop: () => this.interrupted})) {
        const item = result.item
        const label = `${source}:${item.line}${item.id === null ? '' : ` (id ${item.id})`}`
        if (item.idProblem !== undefined) process.stderr.write(`safepost: ${label}: ${item.idProblem}\n`)
        if ('report' in result) {
          await this.reporter.add({entry: {path: null, id: item.id, line: item.line, priority: result.report.priority, messages: result.report.messages}, label})
        } else if ('failure' in result && result.failure instanceof CheckInterrupted) {
          // Ctrl-C inside a long post: the report ends with the posts before it.
          process.stderr.write(`safepost: interrupted while checking ${label}: it is left out of the report\n`)
          break
        } else if ('failure' in result) {
          // One post that breaks the checker must not hide the rest of the queue.
          const error = result.failure
          this.fail(`${label}: could not be checked: ${describeError(error)}`)
          const entry: ReportEntry = {path: null, id: item.id, line: item.line, priority: 'none', messages: [], error: `line ${item.line}: could not be checked (${describeError(error)})`}
          await this.reporter.add({entry, label})
        } else if ('error' in item) {
          await this.reporter.add({entry: {path: null, id: item.id, line: item.line, priority: 'none', messages: [], error: item.error}, label})
        }
        this.progress.update(`safepost: ${++count} posts checked`)
      }
    } catch (error) {
      this.fail(`cannot read --batch ${source}: ${describeError(error)}`)
    } finally {
      this.progress.clear()
      await checker.close()
      await this.reporter.flush()
    }
  }

  /** Standard input, read and checked a chunk at a time like a file. */
  async checkStdin(): Promise<void> {
    const name = this.options.stdinFilename ?? '<stdin>'
    const format = this.options.stdinFilename === undefined ? 'text' : formatFromPath(this.options.stdinFilename)
    const settings: CheckOptions = {...(await this.optionsFor(this.options.stdinFilename === undefined ? undefined : path.resolve(this.options.stdinFilename))), format}
    let outcome: Awaited<ReturnType<typeof checkStreamText>>
    try {
      outcome = await checkStreamText(process.stdin, this.library, settings, this.fixing, {stop: () => this.interrupted})
    } catch (error) {
      return this.readFailed(error, name)
    }
    const {mark, text = '', fixed = ''} = outcome
    const entry: ReportEntry = {path: name, id: null, priority: outcome.report.priority, messages: outcome.report.messages}
    if (this.fixing) await this.giveFixedText(entry, name, mark + fixed, false)
    await this.reporter.add({entry, label: name, ...(this.fixing ? {source: mark + text} : {})})
  }

  /** Check one file; with `--fix`, write it back when (and only when) its text changed and it is safe to. */
  async checkFile(file: InputFile, several: boolean, place: {index: number, total: number} = {index: 0, total: 1}): Promise<void> {
    // Read and checked a chunk at a time (check-chunks.ts): a huge file never
    // becomes one giant tree; a binary file is skipped, one that is not UTF-8 reported.
    const settings: CheckOptions = {...(await this.optionsFor(file.absolute)), format: file.format}
    const read = async (fixing: boolean) => {
      const onBytes = (done: number, total: number) => this.progress.update(fileProgress(place, file.display, done, total))
      try {
        return await checkFileText(file.absolute, this.library, settings, fixing, {onBytes, stop: () => this.interrupted})
      } finally {
        this.progress.clear()
      }
    }
    let outcome: Awaited<ReturnType<typeof read>>
    try {
      outcome = await read(this.fixing)
    } catch (error) {
      return this.readFailed(error, file.display)
    }
    const mark = outcome.mark
    const text = outcome.text ?? ''
    let report = outcome.report
    let fixed = outcome.fixed ?? ''
    if (this.options.fix && fixed !== text) {
      const refusal = outcome.nulByte !== undefined ? `it holds a NUL byte (at byte ${outcome.nulByte}), so it may not be text; --fix leaves it as it is` : this.fixRefusal(file)
      try {
        if (refusal !== undefined) throw new FixRefused(refusal)
        const write = this.options.fixHardLinks && fs.statSync(file.absolute).nlink > 1 ? writeFileInPlace : writeFileAtomic
        write(file.absolute, mark + fixed, outcome.identity)
        this.fixes.applied += outcome.applied ?? 0
        this.fixes.files++
      } catch (error) {
        if (error instanceof FixRefused) this.fail(`not fixed ${file.display}: ${error.message}`)
        else if (error instanceof FileChangedError) this.fail(`not fixed ${file.display}: ${error.message}; it is left as it is now`)
        else this.fail(`cannot write ${file.display}: ${describeError(error)}; it is left as it was`)
        // The file keeps its old text, so the report is about that.
        try {
          report = (await read(false)).report
        } catch (rereadError) {
          return this.readFailed(rereadError, file.display)
        }
        fixed = text
      }
    }
    const entry: ReportEntry = {path: file.display, id: null, priority: report.priority, messages: report.messages}
    if (this.options.fixDryRun) await this.giveFixedText(entry, file.display, mark + fixed, several)
    await this.reporter.add({entry, label: file.display, ...(this.fixing ? {source: mark + text} : {})})
  }

  /** Write the summary and work out the exit status. */
  async end(): Promise<number> {
    this.progress.clear()
    this.interruption.release()
    await this.reporter.end()
    if (this.output) await closeOutputFile(this.output, this.options.outputFile!)
    if (this.options.fix && !this.options.stdin) {
      const {applied, files} = this.fixes
      process.stderr.write(`safepost: fixed ${applied} ${applied === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}\n`)
    }
    if (this.interrupted) {
      process.stderr.write(`safepost: interrupted: the report covers the ${this.reporter.totals.results} inputs checked before Ctrl-C; the rest were not checked\n`)
      return interruptedStatus
    }
    return this.inputFailed ? usageError : exitStatus(this.reporter.totals, this.options, this.warningsFail)
  }

  /** A file or standard input that could not be read or checked: said on stderr, and left out of the report. */
  private readFailed(error: unknown, name: string): void {
    if (error instanceof BinaryFileError) process.stderr.write(`safepost: skipped ${name}: ${error.message}\n`)
    else if (error instanceof CheckInterrupted) process.stderr.write(`safepost: interrupted while checking ${name}: it is left out of the report${this.options.fix ? ' and unchanged' : ''}\n`)
    else if (error instanceof NotUtf8Error) this.fail(`${name}: ${error.message}`)
    else if ((error as NodeJS.ErrnoException).code !== undefined) this.fail(`cannot read ${name}: ${describeError(error)}`)
    else this.fail(`${name}: could not be checked: ${describeError(error)}`)
  }

  /** Why `--fix` must leave a file alone (fix-refusals.ts), or `undefined`. */
  private fixRefusal(file: InputFile): string | undefined {
    try {
      return fixRefusal(file, {readOnly: this.options.fixReadOnly ?? false, hardLinks: this.options.fixHardLinks ?? false})
    } catch (error) {
      return describeError(error)
    }
  }

  private async giveFixedText(entry: ReportEntry, name: string, text: string, several: boolean): Promise<void> {
    if (!this.printsFixedText) entry.output = text
    else if (several) await write(process.stdout, `==> ${name} <==\n${text}${text.endsWith('\n') ? '' : '\n'}\n`)
    else await write(process.stdout, text)
  }

  /** The options for a file (`undefined`: batch or unnamed stdin): its config, the command line on top. */
  private async optionsFor(file: string | undefined): Promise<CheckOptions> {
    const options = await checkOptionsFor(file, this.options)
    if (presetTable[options.preset ?? 'writer'].failOnWarnings) this.warningsFail = true
    return options
  }

  private fail(message: string): void {
    this.progress.clear()
    this.inputFailed = true
    process.stderr.write(`safepost: ${message}\n`)
  }
}

function exitStatus(totals: Totals, options: CliOptions, ciChecked = false): number {
  const tooManyWarnings = options.maxWarnings !== undefined && totals.warnings > options.maxWarnings
  if (tooManyWarnings) {
    process.stderr.write(`safepost: ${totals.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
  }
  const warningsFail = (presetTable[options.preset].failOnWarnings || ciChecked) && totals.warnings > 0
  if (warningsFail && options.quiet) {
    process.stderr.write(`safepost: ${totals.warnings} warnings (hidden by --quiet) fail the run under the ${options.preset} preset\n`)
  }
  return totals.errors > 0 || tooManyWarnings || warningsFail ? failed : ok
}

function assertConfigReadable(file: string): void {
  // an explicit config must exist, so a typo is not silently taken for "no config"
  let stats: fs.Stats
  try {
    stats = fs.statSync(file)
  } catch (error) {
    throw new UsageError(`--config ${file}: ${describeError(error)}`)
  }
  if (!stats.isFile()) throw new UsageError(`--config ${file}: not a file`)
}

function openOutputFile(file: string): fs.WriteStream {
  try {
    // opened now, so a folder that does not exist stops the run before anything is checked
    return fs.createWriteStream('', {fd: fs.openSync(file, 'w')})
  } catch (error) {
    throw new UsageError(`--output-file ${file}: ${describeError(error)}`)
  }
}

async function closeOutputFile(stream: fs.WriteStream, file: string): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(new UsageError(`--output-file ${file}: ${describeError(error)}`)) : resolve())))
}

function openBatchFile(file: string): NodeJS.ReadableStream {
  let descriptor: number
  try {
    if (fs.statSync(file).isDirectory()) throw new UsageError(`--batch ${file}: is a directory`)
    descriptor = fs.openSync(file, 'r')
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`--batch ${file}: ${describeError(error)}`)
  }
  return fs.createReadStream('', {fd: descriptor})
}

/** Write and wait while the stream's buffer is full, so a long batch report does not pile up in memory. */
async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text !== '' && !stream.write(text)) await once(stream, 'drain')
}

/** `safepost ... | head` closes stdout early: stop without a stack trace. */
function stopQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    // Nothing more can be written; leaving now is the only thing that is left to do.
    process.exit(process.exitCode ?? 0)
  })
}

function readVersion(): string {
  // dist/src/cli/main.js and src/cli/main.ts sit at different depths.
  for (const relative of ['../../../package.json', '../../package.json']) {
    try {
      const manifest = JSON.parse(fs.readFileSync(new URL(relative, import.meta.url), 'utf8')) as {name?: string, version?: string}
      if (manifest.name === 'safepost' && manifest.version) return manifest.version
    } catch {
      // Not at this depth: try the next.
    }
  }
  return 'unknown'
}

/** `--fix` may not write this file (fix-refusals.ts). */
class FixRefused extends Error {}
