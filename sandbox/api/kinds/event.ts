// Events (core v1): the involved object's namespace must match the event's.

import { field, type FieldCause } from '../errors.js';
import type { KindHandler } from '../kind.js';
import { CoreV1Event } from '../schema/generated/core.js';

export const event: KindHandler = {
  kind: 'Event',
  schema: CoreV1Event,
  generation: false,
  defaults(obj) {
    obj.count ??= 1;
  },
  validate(obj) {
    const out: FieldCause[] = [];
    const io = obj.involvedObject ?? {};
    if (io.namespace && obj.metadata.namespace && io.namespace !== obj.metadata.namespace)
      out.push(field.invalid('involvedObject.namespace', io.namespace, 'does not match event.namespace'));
    if (obj.type && !['Normal', 'Warning'].includes(obj.type)) out.push(field.unsupported('type', obj.type, ['Normal', 'Warning']));
    return out;
  },
};
