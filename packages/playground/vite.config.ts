import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built to static files that the API serves at /playground (everything bundled: no CDN, works
// offline). In development the API runs on :4000.
const apiTarget = process.env.ORDER_DESK_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  base: '/playground/',
  plugins: [react()],
  server: {
    port: 5174,
    proxy: { '/graphql': { target: apiTarget, changeOrigin: true, ws: true } },
  },
  build: {
    outDir: 'dist',
    // The Monaco editor is big; it is served once and cached.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      onLog(level, log, handler) {
        // GraphiQL's React-compiler hints ("use no memo") do not matter once bundled.
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
});
