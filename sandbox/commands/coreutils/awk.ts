// `awk [-F SEP] [-v VAR=VAL] 'PROGRAM' [FILE…]`: a small awk — patterns, BEGIN/END, fields,
// variables, associative arrays, print/printf, if/for/while, common string functions.

import type { Command } from '../types.js';
import { lines, readOperand, withUsage } from './common.js';
import { format } from '../../shell/builtins/printf.js';
import { compile } from './regex.js';
import { parseAwk, AwkSyntaxError, type Node, type Program } from './awkparse.js';
import { resolvePath } from '../../fs/types.js';

type Val = string | number;

class Next {}
class Exit {
  constructor(readonly code: number) {}
}

const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

function num(v: Val): number {
  if (typeof v === 'number') return v;
  const m = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(v);
  return m ? Number(m[0]) : 0;
}

function str(v: Val): string {
  if (typeof v === 'string') return v;
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(6)));
}

export const awk: Command = {
  name: 'awk',
  run: (ctx) =>
    withUsage(ctx, 'awk', 2, () => {
      const args = ctx.argv.slice(1);
      let fs = ' ';
      const assigns: [string, string][] = [];
      let i = 0;
      for (; i < args.length; i++) {
        const a = args[i]!;
        if (a === '--') {
          i++;
          break;
        }
        if (a.startsWith('-F')) fs = a.length > 2 ? a.slice(2) : (args[++i] ?? ' ');
        else if (a === '-v') {
          const kv = args[++i] ?? '';
          assigns.push([kv.split('=')[0]!, kv.slice(kv.indexOf('=') + 1)]);
        } else if (a.startsWith('-') && a.length > 1) {
          ctx.stderr(`awk: not an option: ${a}\n`);
          return 2;
        } else break;
      }
      const src = args[i++];
      if (src === undefined) {
        ctx.stderr('usage: awk [-F value] [-v var=value] [--] \'program text\' [file ...]\n');
        return 2;
      }
      let prog: Program;
      try {
        prog = parseAwk(src);
      } catch (e) {
        if (e instanceof AwkSyntaxError) {
          ctx.stderr(`awk: line 1: ${e.message}\n`);
          return 2;
        }
        throw e;
      }
      const files = args.slice(i);
      // -F takes escapes (`-F'\t'`), and a lone `t` means tab, as in POSIX awk.
      fs = fs === 't' ? '\t' : fs.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
      const vars = new Map<string, Val>([['FS', fs], ['OFS', ' '], ['ORS', '\n'], ['NR', 0], ['NF', 0], ['FNR', 0], ['SUBSEP', '\x1c']]);
      for (const [k, v] of assigns) vars.set(k, v);
      const arrays = new Map<string, Map<string, Val>>();
      let fields: string[] = [''];
      const out: string[] = [];
      const fileOut = new Map<string, string>();
      const split = (s: string, sep: string): string[] => {
        if (sep === ' ') return s.split(/[ \t\n]+/).filter((x) => x);
        if (s === '') return [];
        if (sep.length === 1 && sep !== '\\') return s.split(sep);
        return s.split(compile(sep, true));
      };
      const setRecord = (line: string) => {
        fields = [line, ...split(line, str(vars.get('FS')!))];
        vars.set('NF', fields.length - 1);
      };
      const rebuild = () => {
        fields[0] = fields.slice(1).join(str(vars.get('OFS')!));
      };
      const arr = (name: string) => {
        let a = arrays.get(name);
        if (!a) arrays.set(name, (a = new Map()));
        return a;
      };
      const regexOf = (n: Node): RegExp => (n.t === 'regex' ? compile(n.v, true) : compile(str(ev(n)), true));
      const assign = (lv: Node, v: Val): Val => {
        if (lv.t === 'var') vars.set(lv.name, v);
        else if (lv.t === 'field') {
          const k = Math.trunc(num(ev(lv.index)));
          if (k === 0) setRecord(str(v));
          else {
            while (fields.length <= k) fields.push('');
            fields[k] = str(v);
            vars.set('NF', fields.length - 1);
            rebuild();
          }
        } else if (lv.t === 'index') arr(lv.name).set(lv.keys.map((k) => str(ev(k))).join(str(vars.get('SUBSEP')!)), v);
        return v;
      };
      const compare = (a: Val, b: Val): number => {
        const an = typeof a === 'number' || NUMERIC.test(a);
        const bn = typeof b === 'number' || NUMERIC.test(b);
        if (an && bn) return num(a) - num(b);
        const x = str(a);
        const y = str(b);
        return x < y ? -1 : x > y ? 1 : 0;
      };
      const ev = (n: Node): Val => {
        switch (n.t) {
          case 'num':
            return n.v;
          case 'str':
            return n.v;
          case 'regex':
            return compile(n.v, true).test(fields[0]!) ? 1 : 0;
          case 'var':
            return vars.get(n.name) ?? '';
          case 'field': {
            const k = Math.trunc(num(ev(n.index)));
            if (k === 0) return fields[0]!;
            return fields[k] ?? '';
          }
          case 'index':
            return arr(n.name).get(n.keys.map((k) => str(ev(k))).join(str(vars.get('SUBSEP')!))) ?? '';
          case 'in':
            return arr(n.name).has(str(ev(n.key))) ? 1 : 0;
          case 'assign': {
            if (n.op === '=') return assign(n.target, ev(n.value));
            const cur = num(ev(n.target));
            const v = num(ev(n.value));
            const r = n.op === '+=' ? cur + v : n.op === '-=' ? cur - v : n.op === '*=' ? cur * v : n.op === '/=' ? cur / v : n.op === '%=' ? cur % v : cur ** v;
            return assign(n.target, r);
          }
          case 'incr': {
            const cur = num(ev(n.target));
            assign(n.target, cur + n.delta);
            return n.prefix ? cur + n.delta : cur;
          }
          case 'unary': {
            const v = ev(n.arg);
            return n.op === '!' ? (truthy(v) ? 0 : 1) : n.op === '-' ? -num(v) : num(v);
          }
          case 'bin': {
            if (n.op === '&&') return truthy(ev(n.a)) && truthy(ev(n.b)) ? 1 : 0;
            if (n.op === '||') return truthy(ev(n.a)) || truthy(ev(n.b)) ? 1 : 0;
            if (n.op === '~' || n.op === '!~') return regexOf(n.b).test(str(ev(n.a))) === (n.op === '~') ? 1 : 0;
            const a = ev(n.a);
            const b = ev(n.b);
            switch (n.op) {
              case 'concat':
                return str(a) + str(b);
              case '+': return num(a) + num(b);
              case '-': return num(a) - num(b);
              case '*': return num(a) * num(b);
              case '/':
                if (num(b) === 0) throw new Error('division by zero');
                return num(a) / num(b);
              case '%': return num(a) % num(b);
              case '^': return num(a) ** num(b);
              case '<': return compare(a, b) < 0 ? 1 : 0;
              case '<=': return compare(a, b) <= 0 ? 1 : 0;
              case '>': return compare(a, b) > 0 ? 1 : 0;
              case '>=': return compare(a, b) >= 0 ? 1 : 0;
              case '==': return compare(a, b) === 0 ? 1 : 0;
              case '!=': return compare(a, b) !== 0 ? 1 : 0;
            }
            return 0;
          }
          case 'cond':
            return truthy(ev(n.c)) ? ev(n.a) : ev(n.b);
          case 'call':
            return call(n.name, n.args);
        }
        return '';
      };
      const truthy = (v: Val) => (typeof v === 'number' ? v !== 0 : NUMERIC.test(v) ? Number(v) !== 0 : v !== '');
      const call = (name: string, a: Node[]): Val => {
        const s = (k: number) => str(ev(a[k]!));
        switch (name) {
          case 'length':
            return a.length ? (a[0]!.t === 'var' && arrays.has(a[0]!.name) ? arrays.get(a[0]!.name)!.size : [...s(0)].length) : [...fields[0]!].length;
          case 'substr': {
            const str0 = s(0);
            const m = Math.round(num(ev(a[1]!)));
            const len = a[2] ? Math.round(num(ev(a[2]))) : Infinity;
            const start = Math.max(1, m);
            const end = Math.min(str0.length + 1, m + len);
            return end > start ? str0.slice(start - 1, end - 1) : '';
          }
          case 'index':
            return s(0).indexOf(s(1)) + 1;
          case 'toupper':
            return s(0).toUpperCase();
          case 'tolower':
            return s(0).toLowerCase();
          case 'int':
            return Math.trunc(num(ev(a[0]!)));
          case 'sqrt':
            return Math.sqrt(num(ev(a[0]!)));
          case 'sprintf':
            return format(s(0), a.slice(1).map((x) => str(ev(x)))).text;
          case 'split': {
            const target = a[1]!;
            if (target.t !== 'var') return 0;
            const parts = split(s(0), a[2] ? (a[2].t === 'regex' ? a[2].v : s(2)) : str(vars.get('FS')!));
            const m = new Map<string, Val>();
            parts.forEach((p, k) => m.set(String(k + 1), p));
            arrays.set(target.name, m);
            return parts.length;
          }
          case 'match': {
            const m = regexOf(a[1]!).exec(s(0));
            vars.set('RSTART', m ? m.index + 1 : 0);
            vars.set('RLENGTH', m ? m[0].length : -1);
            return m ? m.index + 1 : 0;
          }
          case 'sub':
          case 'gsub': {
            const re = new RegExp(regexOf(a[0]!).source, name === 'gsub' ? 'g' : '');
            const target: Node = a[2] ?? { t: 'field', index: { t: 'num', v: 0 } };
            let count = 0;
            const rep = s(1);
            const res = str(ev(target)).replace(re, (m) => {
              count++;
              return rep.replace(/\\&|&/g, (x) => (x === '&' ? m : '&'));
            });
            if (count) assign(target, res);
            return count;
          }
        }
        throw new AwkSyntaxError(`calling undefined function ${name}`);
      };
      const emit = (text: string, redirect?: { append: boolean; file: Node }) => {
        if (!redirect) return void out.push(text);
        const f = str(ev(redirect.file));
        const prev = fileOut.get(f) ?? (redirect.append ? (ctx.fs.read(resolvePath(ctx.cwd, f)) ?? '') : '');
        fileOut.set(f, prev + text);
      };
      const exec = (n: Node | Node[]): void => {
        if (Array.isArray(n)) {
          for (const s of n) exec(s);
          return;
        }
        switch (n.t) {
          case 'print': {
            const text = n.args.length ? n.args.map((x) => str(ev(x))).join(str(vars.get('OFS')!)) : fields[0]!;
            emit(text + str(vars.get('ORS')!), n.redirect);
            return;
          }
          case 'printf': {
            const [f, ...rest] = n.args.map((x) => str(ev(x)));
            emit(format(f ?? '', rest).text, n.redirect);
            return;
          }
          case 'if':
            exec(truthy(ev(n.c)) ? n.then : (n.else ?? []));
            return;
          case 'while':
            for (let g = 0; truthy(ev(n.c)); g++) {
              if (g > 100000) throw new Error('loop limit');
              exec(n.body);
            }
            return;
          case 'for':
            if (n.init) ev(n.init);
            for (let g = 0; !n.c || truthy(ev(n.c)); g++) {
              if (g > 100000) throw new Error('loop limit');
              exec(n.body);
              if (n.step) ev(n.step);
            }
            return;
          case 'forin':
            for (const k of [...arr(n.arr).keys()]) {
              vars.set(n.var, k);
              exec(n.body);
            }
            return;
          case 'next':
            throw new Next();
          case 'exit':
            throw new Exit(n.code ? Math.trunc(num(ev(n.code))) : 0);
          case 'delete':
            if (n.key) arr(n.name).delete(str(ev(n.key)));
            else arrays.delete(n.name);
            return;
          case 'block':
            exec(n.body);
            return;
          default:
            ev(n);
        }
      };
      let code = 0;
      let status = 0;
      try {
        try {
          for (const r of prog.begin) exec(r);
          if (prog.rules.length || prog.end.length) {
            for (const f of files.length ? files : ['-']) {
              const eq = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(f);
              if (eq) {
                vars.set(eq[1]!, eq[2]!);
                continue;
              }
              const text = readOperand(ctx, 'awk', f);
              if (text === undefined) {
                status = 2;
                continue;
              }
              vars.set('FNR', 0);
              for (const line of lines(text)) {
                vars.set('NR', num(vars.get('NR')!) + 1);
                vars.set('FNR', num(vars.get('FNR')!) + 1);
                setRecord(line);
                try {
                  for (const rule of prog.rules) if (!rule.pattern || truthy(ev(rule.pattern))) exec(rule.body ?? [{ t: 'print', args: [] }]);
                } catch (e) {
                  if (!(e instanceof Next)) throw e;
                }
              }
            }
          }
        } catch (e) {
          if (!(e instanceof Exit)) throw e;
          code = e.code;
        }
        for (const r of prog.end) exec(r);
      } catch (e) {
        if (e instanceof Exit) code = e.code;
        else if (e instanceof AwkSyntaxError || e instanceof Error) {
          ctx.stdout(out.join(''));
          ctx.stderr(`awk: ${e.message}\n`);
          return 2;
        } else throw e;
      }
      ctx.stdout(out.join(''));
      for (const [f, text] of fileOut) ctx.fs.write(resolvePath(ctx.cwd, f), text);
      return code || status;
    }),
};
