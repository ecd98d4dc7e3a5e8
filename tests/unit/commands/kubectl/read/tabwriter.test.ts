// Go text/tabwriter semantics: columns align only across consecutive lines that have them,
// the last cell is never padded, and padding is kept before an empty last cell.

import { describe, expect, it } from 'vitest';
import { tabwrite, tableText } from '../../../../../sandbox/commands/kubectl/printers/tabwriter.js';

describe('tabwrite', () => {
  it('aligns a column within a block and restarts after a line without that column', () => {
    expect(tabwrite('Name:\tweb\nNamespace:\tdefault\nEvents:\nType\tReason\tAge\nNormal\tPulled\t1m\n')).toBe(
      'Name:       web\nNamespace:  default\nEvents:\nType    Reason  Age\nNormal  Pulled  1m\n',
    );
  });
  it('a line with fewer cells ends the inner column block but not the outer one', () => {
    expect(tabwrite('a\tbb\tc\naaaa\td\nx\ty\tzzzz\tw\n')).toBe('a     bb  c\naaaa  d\nx     y  zzzz  w\n');
  });
  it('tables use minwidth 6 and padding 3, and keep trailing padding before an empty cell', () => {
    expect(tableText([['A', 'B'], ['x', '']])).toBe('A     B\nx     \n');
  });
});
