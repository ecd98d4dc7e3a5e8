// `kubectl label`: add, change (--overwrite) or remove (`key-`) labels.

import type { Verb } from '../types.js';
import { LABEL } from './help/label.js';
import { ALL_NS_FLAG, DRY_RUN_FLAG, FIELD_MANAGER_FLAG, FILENAME_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG } from './util/common.js';
import { runMetaEdit } from './util/metaedit.js';

export const label: Verb = {
  name: 'label',
  short: 'Update the labels on a resource',
  group: 'Settings Commands:',
  help: LABEL,
  flags: [
    FILENAME_FLAG,
    RECURSIVE_FLAG,
    SELECTOR_FLAG,
    ALL_NS_FLAG,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    FIELD_MANAGER_FLAG,
    { name: 'overwrite', type: 'bool', usage: 'If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.' },
    { name: 'all', type: 'bool', usage: 'Select all resources, in the namespace of the specified resource types' },
    { name: 'list', type: 'bool', usage: 'If true, display the labels for a given resource.' },
    { name: 'local', type: 'bool', usage: 'If true, label will NOT contact api-server but run locally.' },
    { name: 'resource-version', type: 'string', usage: 'If non-empty, the label update will only succeed if this is the current resource-version for the object.' },
    { name: 'field-selector', type: 'string', usage: 'Selector (field query) to filter on.' },
  ],
  run: (k, f) => runMetaEdit(k, f, { field: 'labels', noun: 'label' }),
};
