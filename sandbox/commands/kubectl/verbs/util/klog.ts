// Small formatting helpers for klog-style lines kubectl prints on some failures.

export const pad2 = (n: number): string => String(n).padStart(2, '0');
