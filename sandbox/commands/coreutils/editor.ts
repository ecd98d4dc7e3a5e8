// `vi`, `vim`, `nano`: a full-screen editor cannot run in this terminal. When the runtime has a
// file editor (the Files tab), `vi FILE` opens the file there; otherwise say where to edit.

import type { Command } from '../types.js';
import { resolvePath } from '../../fs/types.js';

export const editor: Command = {
  name: 'vi',
  run: async (ctx) => {
    const name = ctx.argv[0]!.replace(/^.*\//, '');
    const file = ctx.argv.slice(1).find((a) => !a.startsWith('-') && !a.startsWith('+'));
    if (file && ctx.editText) {
      const abs = resolvePath(ctx.cwd, file);
      if (ctx.fs.isDir(abs)) {
        ctx.stderr(`knet: ${name}: ${file} is a directory\n`);
        return 1;
      }
      const saved = await ctx.editText(abs, ctx.fs.read(abs) ?? '');
      if (saved !== undefined) ctx.fs.write(abs, saved);
      return 0;
    }
    ctx.stderr(`knet: ${name} is not available in this terminal; edit files in the Files tab, or use cat <<EOF > file\n`);
    return 1;
  },
};
