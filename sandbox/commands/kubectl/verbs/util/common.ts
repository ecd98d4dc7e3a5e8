// What the write verbs share: the -f/--dry-run/-o flags, printing results (`deployment.apps/web
// created`, -o yaml|json|name), resolving `TYPE NAME` arguments, and kubectl's error wording.

import { resolveType } from '../resource-args.js';
import { StatusError } from '../../../../api/errors.js';
import { kindPrefix, resolveResource, type ResourceType } from '../../../../api/resources.js';
import type { KubeObject } from '../../../../api/types.js';
import type { FlagSpec, ParsedFlags } from '../../flags.js';
import { toJson } from '../../printers/json.js';
import { toYaml } from '../../printers/yaml.js';
import { KubectlError, type KubectlContext } from '../../types.js';

export const FILENAME_FLAG: FlagSpec = { name: 'filename', short: 'f', type: 'stringSlice', usage: 'Filename, directory, or URL to files to use' };
export const RECURSIVE_FLAG: FlagSpec = { name: 'recursive', short: 'R', type: 'bool', usage: 'Process the directory used in -f, --filename recursively.' };
export const DRY_RUN_FLAG: FlagSpec = { name: 'dry-run', type: 'string', default: 'none', noOptDefVal: 'unchanged', usage: 'Must be "none", "server", or "client".' };
export const OUTPUT_FLAG: FlagSpec = { name: 'output', short: 'o', type: 'string', usage: 'Output format.' };
export const SELECTOR_FLAG: FlagSpec = { name: 'selector', short: 'l', type: 'string', usage: 'Selector (label query) to filter on.' };
export const VALIDATE_FLAG: FlagSpec = { name: 'validate', type: 'string', default: 'strict', noOptDefVal: 'strict', usage: 'Must be one of: strict (or true), warn, ignore (or false).' };
export const FIELD_MANAGER_FLAG: FlagSpec = { name: 'field-manager', type: 'string', usage: 'Name of the manager used to track field ownership.' };
export const SAVE_CONFIG_FLAG: FlagSpec = { name: 'save-config', type: 'bool', usage: 'If true, the configuration of current object will be saved in its annotation.' };
/** resource.Builder's error when neither names nor files were given. */
export const NO_RESOURCES = 'You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   \'<resource> <name>\'\n   \'<resource>\'';

export const ALL_NS_FLAG: FlagSpec = { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If true, check the specified action in all namespaces.' };

export type DryRun = 'none' | 'client' | 'server';

export function dryRunMode(f: ParsedFlags): DryRun {
  const v = String(f.values['dry-run'] ?? 'none');
  if (v === 'none' || v === 'false') return 'none';
  if (v === 'client' || v === 'true') return 'client';
  if (v === 'server') return 'server';
  if (v === 'unchanged') return 'client';
  throw new KubectlError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
}

const FORMATS = 'go-template, go-template-file, json, jsonpath, jsonpath-as-json, jsonpath-file, name, template, templatefile, yaml';

/** Checks `-o` up front as kubectl's PrintFlags.ToPrinter does. */
export function outputFormat(f: ParsedFlags): '' | 'yaml' | 'json' | 'name' {
  const o = String(f.values.output ?? '');
  if (o === '' || o === 'yaml' || o === 'json' || o === 'name') return o;
  throw new KubectlError(`unable to match a printer suitable for the output format "${o}", allowed formats are: ${FORMATS}`);
}

/** `(dry run)` / `(server dry run)` suffix. */
export function drySuffix(d: DryRun): string {
  return d === 'client' ? ' (dry run)' : d === 'server' ? ' (server dry run)' : '';
}

/** Prints an object as -o asks, or the `kind/name verb` line. */
export function printResult(k: KubectlContext, obj: KubeObject, rt: ResourceType, verb: string, format: string, d: DryRun, typedOrder = false): void {
  if (format === 'yaml') k.out(toYaml(obj));
  else if (format === 'json') k.out(toJson(obj, { sortKeys: !typedOrder }));
  else if (format === 'name') k.out(`${kindPrefix(rt)}/${obj.metadata.name}\n`);
  else k.out(`${kindPrefix(rt)}/${obj.metadata.name} ${verb}${drySuffix(d)}\n`);
}

/** The one-line text kubectl prints for an API error (without a trailing newline). */
export function statusText(e: StatusError): string {
  if (e.reason === 'Invalid' && e.details.causes?.length) {
    const c = e.details.causes;
    const body = c.length === 1 ? `${c[0]!.field}: ${c[0]!.message}` : '\n' + c.map((x) => `* ${x.field}: ${x.message}`).join('\n');
    return `The ${e.details.kind} "${e.details.name}" is invalid: ${body}`;
  }
  // A 422 without details (a JSON patch that does not apply) reads as kubectl's generic text.
  if (e.reason === 'Invalid' && !e.details.kind) return `The request is invalid: ${e.message}`;
  return `Error from server (${e.reason}): ${e.message}`;
}

/** cmdutil.AddSourceToErr: `error when creating "app.yaml": …`, keeping the error's reason. */
export function withSource(e: unknown, verb: string, source: string): unknown {
  if (!source) return e;
  if (e instanceof StatusError) {
    if (e.reason === 'Invalid' && e.details.causes?.length) return e;
    return new StatusError(e.reason, `error when ${verb} "${source}": ${e.message}`, e.details);
  }
  if (e instanceof KubectlError) return new KubectlError(`error when ${verb} "${source}": ${e.message}`, e.exitCode);
  return e;
}

/** The text of any error as kubectl's messageForError gives it. */
export function errorText(e: unknown): string {
  if (e instanceof StatusError) return statusText(e);
  if (e instanceof KubectlError) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}

/**
 * Prints collected errors as cmdutil.CheckErr does: one error as `error: …` (API errors as
 * `Error from server …`), several (an aggregate) one per line as they are.
 */
export function reportErrors(k: KubectlContext, errors: unknown[]): number {
  if (!errors.length) return 0;
  if (errors.length === 1) {
    const e = errors[0];
    const msg = errorText(e);
    k.err(e instanceof StatusError || msg.startsWith('error: ') ? `${msg}\n` : `error: ${msg}\n`);
    return 1;
  }
  // MultipleErrors: one line per error, no `error: ` prefix added.
  k.err(errors.map((e) => `${errorText(e)}\n`).join(''));
  return 1;
}

export interface ResourceArg {
  rt: ResourceType;
  name: string;
}

/** `doesn't have a resource type` as kubectl's RESTMapper reports an unknown type. */
export { resolveType };

export function resourceType(typed: string): ResourceType {
  const rt = resolveResource(typed);
  if (!rt) throw new KubectlError(`the server doesn't have a resource type "${typed}"`);
  return rt;
}

/**
 * `TYPE NAME…`, `TYPE/NAME…` or `TYPE` (names optional): the builder's ResourceTypeOrNameArgs.
 * Returns the type when no names were given.
 */
export function resourceArgs(args: string[]): { args: ResourceArg[]; typeOnly?: ResourceType[] } {
  if (!args.length) return { args: [] };
  if (args.every((a) => a.includes('/'))) {
    return {
      args: args.map((a) => {
        const [t, ...rest] = a.split('/');
        const name = rest.join('/');
        if (!t || !name) throw new KubectlError(`arguments in resource/name form must have a single resource and name`);
        return { rt: resourceType(t), name };
      }),
    };
  }
  if (args.slice(1).some((a) => a.includes('/'))) throw new KubectlError(`there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`);
  // `pods,svc` and the `all` category (pods, services, daemonsets, deployments, replicasets).
  const types = args[0]!.split(',').flatMap(resolveType);
  if (args.length === 1) return { args: [], typeOnly: types };
  return { args: types.flatMap((rt) => args.slice(1).map((name) => ({ rt, name }))) };
}

/** The namespace an object is written to: its own, else `-n`; a mismatch is kubectl's error. */
export function namespaceFor(k: KubectlContext, obj: KubeObject, rt: ResourceType): string | undefined {
  if (!rt.namespaced) return undefined;
  const own = obj.metadata.namespace;
  if (own && k.namespaceExplicit && own !== k.namespace)
    throw new KubectlError(`the namespace from the provided object "${own}" does not match the namespace "${k.namespace}". You must pass '--namespace=${own}' to perform this operation.`);
  return own || k.namespace;
}
