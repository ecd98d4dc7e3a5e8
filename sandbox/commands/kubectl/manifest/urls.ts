// Manifests the sandbox can fetch by URL (`kubectl apply -f https://…`): there is no network
// outside the simulated internet, so known URLs map to bundled text. Lessons register theirs.

const KNOWN: Map<string, string> = new Map();

/** Makes `url` readable by `kubectl apply -f url`, e.g. a CNI's install manifest. */
export function registerManifestUrl(url: string, text: string): void {
  KNOWN.set(url, text);
}

export function knownManifest(url: string): string | undefined {
  return KNOWN.get(url);
}
