// `kubectl annotate`: add, change (--overwrite) or remove (`key-`) annotations.

import type { Verb } from '../types.js';
import { ANNOTATE } from './help/annotate.js';
import { ALL_NS_FLAG, DRY_RUN_FLAG, FIELD_MANAGER_FLAG, FILENAME_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG } from './util/common.js';
import { runMetaEdit } from './util/metaedit.js';

export const annotate: Verb = {
  name: 'annotate',
  short: 'Update the annotations on a resource',
  group: 'Settings Commands:',
  help: ANNOTATE,
  flags: [
    FILENAME_FLAG,
    RECURSIVE_FLAG,
    SELECTOR_FLAG,
    ALL_NS_FLAG,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    FIELD_MANAGER_FLAG,
    { name: 'overwrite', type: 'bool', usage: 'If true, allow annotations to be overwritten, otherwise reject annotation updates that overwrite existing annotations.' },
    { name: 'all', type: 'bool', usage: 'Select all resources, in the namespace of the specified resource types' },
    { name: 'list', type: 'bool', usage: 'If true, display the annotations for a given resource.' },
    { name: 'local', type: 'bool', usage: 'If true, annotate will NOT contact api-server but run locally.' },
    { name: 'resource-version', type: 'string', usage: 'If non-empty, the annotation update will only succeed if this is the current resource-version for the object.' },
    { name: 'field-selector', type: 'string', usage: 'Selector (field query) to filter on.' },
  ],
  run: (k, f) => runMetaEdit(k, f, { field: 'annotations', noun: 'annotation' }),
};
