// Astro site configuration: the course app lives in course/, lessons in lessons/, built as static pages.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // Placeholder until the course has a public home; used for canonical URLs and the sitemap.
  site: 'https://knet.example.org',
  srcDir: 'course',
  output: 'static',
  integrations: [mdx()],
  vite: {
    // The sandbox runs in a module Web Worker so it can use the same ESM imports as everywhere else.
    worker: { format: 'es' },
  },
});
