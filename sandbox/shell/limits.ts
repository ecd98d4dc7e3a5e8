// The shell's safety limits and the one place their messages are worded.

/** Commands plus loop iterations one input line may run before it is stopped. */
export const STEP_LIMIT = 100_000;
/** Function calls, `source` and `eval` nested deeper than this stop the line. */
export const NEST_LIMIT = 200;

export const STEP_LIMIT_MESSAGE = `knet: command stopped: it ran more than ${STEP_LIMIT} steps (press Ctrl-C to stop a command early)\n`;
/** Exit status of a line stopped by the step limit (GNU timeout's status for "timed out"). */
export const STEP_LIMIT_STATUS = 124;
/** Exit status after Ctrl-C: 128 + SIGINT, as bash reports it. */
export const INTERRUPT_STATUS = 130;

/** Thrown through the interpreter to unwind a line that was interrupted or ran away. */
export class StopError extends Error {
  constructor(readonly why: 'interrupt' | 'budget') {
    super(why);
  }
}

/** Commands that produce endless output (`yes`) stop after this many lines. */
export const OUTPUT_LINE_LIMIT = STEP_LIMIT;
