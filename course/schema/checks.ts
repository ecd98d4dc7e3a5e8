// The check kinds an exercise can grade with (DESIGN contract 2), as one discriminated union on `type`.
import { z } from 'astro/zod';
import { kebabId, strictObject } from './strict.js';

/** Where a probe starts: the learner's workstation, a node, or a pod (by name or label selector). */
export const originSchema = z
  .discriminatedUnion('kind', [
    strictObject({
      kind: z.literal('workstation').describe('The learner’s machine outside the cluster: reaches node IPs and LoadBalancer IPs only.'),
    }),
    strictObject({
      kind: z.literal('node').describe('Run the probe on a node, as `docker exec NODE …` would.'),
      name: z.string().min(1).describe('The node name, e.g. kind-worker.'),
    }),
    strictObject({
      kind: z.literal('pod').describe('Run the probe inside a pod’s network namespace.'),
      namespace: z.string().min(1).default('default').describe('The pod’s namespace.'),
      name: z.string().min(1).optional().describe('The pod name; give this or selector.'),
      selector: z.string().min(1).optional().describe('A label selector (as for kubectl -l); the first matching running pod is used.'),
      image: z
        .string()
        .min(1)
        .optional()
        .describe('When no pod matches: start a throwaway client pod with this image (e.g. curlimages/curl) in the namespace.'),
    }),
  ])
  .superRefine((o, ctx) => {
    if (o.kind === 'pod' && (o.name === undefined) === (o.selector === undefined) && o.image === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a pod origin needs exactly one of name or selector (or an image for a client pod)' });
    }
  })
  .describe('Where the probe runs.');

const common = {
  id: kebabId.describe('Stable id of the check within its exercise, used in grading reports.'),
  description: z.string().min(1).describe('What the check verifies, phrased for the learner: "Service web answers on port 80".'),
};

/** Exists / field values / counts of API objects. */
export const objectCheckSchema = strictObject({
  type: z.literal('object').describe('Check API objects in the cluster store.'),
  ...common,
  resource: z.string().min(1).describe('Resource as kubectl accepts it: pods, svc, deployments.apps, networkpolicies…'),
  namespace: z.string().min(1).optional().describe('Namespace of namespaced resources; defaults to default.'),
  name: z.string().min(1).optional().describe('One object by name; omit to match a set (with selector or all).'),
  selector: z.string().min(1).optional().describe('Label selector restricting the set, as for kubectl -l.'),
  expect: strictObject({
    exists: z.boolean().optional().describe('true: the object must exist; false: it must not.'),
    count: z.number().int().nonnegative().optional().describe('Exact number of matching objects.'),
    fields: z
      .record(z.string().min(1), z.union([z.string(), z.number(), z.boolean(), z.null()]))
      .optional()
      .describe('Dotted paths with indexes (spec.ports[0].port) and the value each must have.'),
  }).describe('What must hold for the matched objects.'),
});

/** One connection attempt and what it must end in. */
export const reachabilityCheckSchema = strictObject({
  type: z.literal('reachability').describe('Try to connect, walking the same rules the dataplane prints.'),
  ...common,
  from: originSchema,
  url: z.string().url().optional().describe('An http(s) URL to fetch; give this or host and port.'),
  host: z.string().min(1).optional().describe('A host name or IP to connect to over TCP/UDP.'),
  port: z.number().int().min(1).max(65535).optional().describe('The destination port, with host.'),
  protocol: z.enum(['TCP', 'UDP']).default('TCP').describe('Transport protocol for host:port probes.'),
  expect: strictObject({
    outcome: z
      .enum(['connected', 'refused', 'timeout', 'nxdomain', 'unreachable'])
      .describe('How the attempt must end: connected, refused (RST), timeout (dropped), nxdomain, unreachable.'),
    status: z.number().int().min(100).max(599).optional().describe('Expected HTTP status code, for URL probes.'),
    body: z.string().min(1).optional().describe('A regular expression the response body must match.'),
  }).describe('The expected result of the attempt.'),
});

/** A DNS query from inside the cluster (or the workstation). */
export const dnsCheckSchema = strictObject({
  type: z.literal('dns').describe('Resolve a name through the resolver the origin would use.'),
  ...common,
  from: originSchema,
  name: z.string().min(1).describe('The name to look up, exactly as a client would pass it (search domains apply).'),
  recordType: z.enum(['A', 'AAAA', 'SRV', 'PTR', 'CNAME', 'TXT']).default('A').describe('The record type queried.'),
  expect: strictObject({
    rcode: z.enum(['NOERROR', 'NXDOMAIN', 'SERVFAIL']).default('NOERROR').describe('The expected response code.'),
    answers: z.array(z.string().min(1)).optional().describe('Exact record data expected, in any order (e.g. 10.96.0.10).'),
    minAnswers: z.number().int().nonnegative().optional().describe('At least this many answer records.'),
  }).describe('The expected DNS answer.'),
});

/** Many requests through a Service, counting distinct backends by response body. */
export const loadSpreadCheckSchema = strictObject({
  type: z.literal('load-spread').describe('Send many requests and check they are spread over the backends.'),
  ...common,
  from: originSchema,
  url: z.string().url().describe('The URL to request; each backend must answer with something identifying it (its hostname).'),
  requests: z.number().int().min(2).max(1000).default(30).describe('How many requests to send.'),
  expect: strictObject({
    distinctBackends: z.number().int().min(1).describe('At least this many different backends must answer.'),
    maxShare: z.number().gt(0).max(1).optional().describe('No backend may answer more than this fraction of requests.'),
  }).describe('The expected spread.'),
});

export const checkSchema = z
  .discriminatedUnion('type', [objectCheckSchema, reachabilityCheckSchema, dnsCheckSchema, loadSpreadCheckSchema])
  .superRefine((c, ctx) => {
    if (c.type === 'reachability' && (c.url === undefined) === (c.host === undefined || c.port === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'a reachability check needs either url or both host and port' });
    }
    if (c.type === 'object' && Object.values(c.expect).every((v) => v === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['expect'], message: 'expect needs at least one of exists, count, fields' });
    }
  })
  .describe('One graded condition over the cluster and network state.');

export type Origin = z.infer<typeof originSchema>;
export type Check = z.infer<typeof checkSchema>;
