// Label key/value validation with apimachinery's messages, as kubectl label checks before sending.

import { KubectlError } from '../../types.js';

const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function validateLabelKeyValue(key: string, value: string): void {
  const slash = key.indexOf('/');
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  if (!NAME.test(name) || name.length > 63 || (prefix !== undefined && (!DNS1123.test(prefix) || prefix.length > 253)))
    throw new KubectlError(
      `invalid label spec: ${key}=${value}`,
    );
  if (value.length > 63) throw new KubectlError(`invalid label value: "${key}=${value}": must be no more than 63 characters`);
  if (!VALUE.test(value))
    throw new KubectlError(
      `invalid label value: "${key}=${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    );
}
