// The few host globals the sandbox may use: present in Web Workers, Node 17+ and WebContainers
// alike. Declared here because the sandbox compiles with neither the DOM nor Node's types.

declare function structuredClone<T>(value: T): T;

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string);
  decode(input?: Uint8Array): string;
}

declare const console: { log(...a: unknown[]): void; error(...a: unknown[]): void; warn(...a: unknown[]): void };
