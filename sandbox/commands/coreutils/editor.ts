// `vi`, `vim`, `nano`: there is no full-screen editor in this terminal; say where to edit instead.

import type { Command } from '../types.js';

export const editor: Command = {
  name: 'vi',
  run: (ctx) => {
    const name = ctx.argv[0]!.replace(/^.*\//, '');
    ctx.stderr(`knet: ${name} is not available in this terminal; edit files in the Files tab, or use cat <<EOF > file\n`);
    return 1;
  },
};
