// Build and dev-server configuration for the single-page app.
// `npm run build:web` writes to dist/web, which the Fastify server serves in production.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const root = import.meta.dirname;

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: `${root}/../../dist/web`,
    emptyOutDir: true,
    // The server's Content-Security-Policy allows no inline script: keep the polyfill out of the HTML.
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
  server: {
    port: 5173,
    // Same origin in development too: the session cookie and the Origin check keep working.
    proxy: { "/api": { target: "http://localhost:3000", changeOrigin: false } },
  },
  preview: { port: 4173 },
});
