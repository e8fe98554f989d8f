import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on :4000; in production the server serves dist/ itself,
// so the app only ever uses relative URLs (/graphql over HTTP and WebSocket).
const apiTarget = process.env.ORDER_DESK_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
      '/healthz': { target: apiTarget, changeOrigin: true },
      // Invoice PDFs are served by the API (the page at /invoices/:id is the SPA's).
      '^/invoices/[^/]+/pdf$': { target: apiTarget, changeOrigin: true },
      // So are packing slip PDFs (the page at /orders/:id/packing-slip is the SPA's).
      '^/orders/[^/]+/packing-slip\\.pdf$': { target: apiTarget, changeOrigin: true },
      // The orders CSV export is streamed by the API.
      '/exports': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
      '/healthz': { target: apiTarget, changeOrigin: true },
      '^/invoices/[^/]+/pdf$': { target: apiTarget, changeOrigin: true },
      // So are packing slip PDFs (the page at /orders/:id/packing-slip is the SPA's).
      '^/orders/[^/]+/packing-slip\\.pdf$': { target: apiTarget, changeOrigin: true },
      // The orders CSV export is streamed by the API.
      '/exports': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks: an app release does not invalidate the libraries' cache.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism|tslib)[\\/]/ },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine|@floating-ui|dayjs|react-remove-scroll|react-number-format|react-textarea-autosize)/,
            },
            { name: 'icons', test: /node_modules[\\/]@tabler[\\/]/ },
          ],
        },
      },
    },
  },
});
