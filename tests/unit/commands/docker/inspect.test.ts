// docker inspect / docker network ls: what kind users read off the node containers.

import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../../sandbox/commands/docker/template.js';
import { err, ok, text, workstation } from '../../../scenarios/harness.js';

describe('docker inspect', () => {
  it('answers the node IP questions kind tutorials ask', async () => {
    const w = workstation();
    expect(await w.sh("docker inspect -f '{{.NetworkSettings.Networks.kind.IPAddress}}' kind-control-plane")).toEqual(ok('172.18.0.2\n'));
    expect(await w.sh("docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' kind-worker kind-worker2")).toEqual(ok('172.18.0.3\n172.18.0.4\n'));
    expect(await w.sh("docker inspect --format '{{index .Config.Labels \"io.x-k8s.kind.role\"}} {{.State.Status}} {{.Name}}' kind-control-plane")).toEqual(
      ok('control-plane running /kind-control-plane\n'),
    );
  });

  it('prints a JSON array with 4-space indents, its MAC matching eth0 inside the node', async () => {
    const w = workstation();
    const r = await w.sh('docker inspect kind-worker');
    expect(r.exit).toBe(0);
    const id = (await w.sh("docker ps -q --no-trunc -f name=kind-worker$")).stdout.trim();
    expect(r.stdout.startsWith(`[\n    {\n        "Id": "${id}",\n`)).toBe(true);
    const obj = JSON.parse(r.stdout)[0];
    expect(obj.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?Z$/);
    const mac = obj.NetworkSettings.Networks.kind.MacAddress;
    expect((await w.sh('docker exec kind-worker ip link')).stdout).toContain(`link/ether ${mac} brd ff:ff:ff:ff:ff:ff link-netnsid 0`);
  });

  it('prints [] and the error for an unknown name', async () => {
    const w = workstation();
    expect(await w.sh('docker inspect kind-wrker')).toEqual({ stdout: '[]\n', stderr: 'Error: No such object: kind-wrker\n', exit: 1 });
  });
});

describe('docker network ls', () => {
  it('lists the default networks and kind', async () => {
    const w = workstation();
    const r = await w.sh('docker network ls');
    expect(r.stdout.replace(/^[0-9a-f]{12}/gm, 'ID')).toBe(
      text(`
        NETWORK ID     NAME      DRIVER    SCOPE
        ID   bridge    bridge    local
        ID   host      host      local
        ID   kind      bridge    local
        ID   none      null      local
      `),
    );
    expect(await w.sh('docker network create x')).toEqual(err("knet: 'docker network create' is not available here: only 'docker network ls' is.\n"));
  });
});

describe('the template subset', () => {
  it('prints values as Go does', () => {
    expect(renderTemplate('{{.a}}|{{.b}}|{{.c}}|{{.missing}}', { a: 'x', b: [1, 2], c: { z: 1, y: 'q' } })).toBe('x|[1 2]|map[y:q z:1]|<no value>');
    expect(renderTemplate('{{range .l}}<{{.}}>{{end}}', { l: ['a', 'b'] })).toBe('<a><b>');
    expect(() => renderTemplate('{{range .l}}', {})).toThrow(/unexpected EOF/);
  });
});

describe('docker ps --format json', () => {
  it('prints one JSON object per container with the table fields', async () => {
    const w = workstation();
    const lines = (await w.sh('docker ps --format json')).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((o) => o.Names)).toEqual(['kind-worker2', 'kind-worker', 'kind-control-plane']);
    expect(Object.keys(lines[0])).toEqual([...Object.keys(lines[0])].sort());
    expect(lines[2]).toMatchObject({ Command: '"/usr/local/bin/entr…"', Image: 'kindest/node:v1.34.0', Labels: 'io.x-k8s.kind.cluster=kind,io.x-k8s.kind.role=control-plane', State: 'running', Networks: 'kind' });
  });
});
