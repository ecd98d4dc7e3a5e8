// Ambient types for the Astro app: astro:content and friends, even before `astro sync` has run.
/// <reference types="astro/client" />
