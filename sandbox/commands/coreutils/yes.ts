// `yes [STRING]`: endless lines. Output is not streamed here, so it stops after the shell's
// step limit: quietly when piped (`yes | head -3`), with the runaway message on the terminal.

import type { Command } from '../types.js';
import { OUTPUT_LINE_LIMIT, STEP_LIMIT_MESSAGE, STEP_LIMIT_STATUS } from '../../shell/limits.js';

export const yes: Command = {
  name: 'yes',
  run: (ctx) => {
    const line = (ctx.argv.length > 1 ? ctx.argv.slice(1).join(' ') : 'y') + '\n';
    ctx.stdout(line.repeat(OUTPUT_LINE_LIMIT));
    if ((ctx as { piped?: boolean }).piped) return 0;
    ctx.stderr(STEP_LIMIT_MESSAGE);
    return STEP_LIMIT_STATUS;
  },
};
