# The images of docker-compose.yml: `app` (the API serving the dashboard, the worker and the migrate
# command) and `stripe-stand-in` (for demo stacks without Stripe keys). Node 22 LTS pinned to an exact
# release, 22.23.3: the newest 22.x the npm registry's `node` package listed when this was written.
# Bump it on purpose (docs/deploy.md, "Upgrading"); pin a digest from your own registry if you need one.
FROM node:22.23.3-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@10.34.8
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
# pnpm applies these to their packages while it installs (package.json, patchedDependencies).
COPY patches patches
COPY packages/server/package.json packages/server/
COPY packages/stripe-stand-in/package.json packages/stripe-stand-in/
COPY packages/web/package.json packages/web/
COPY packages/playground/package.json packages/playground/
COPY packages/e2e/package.json packages/e2e/
COPY packages/testing/package.json packages/testing/
COPY packages/reliability/package.json packages/reliability/
COPY bench/package.json bench/
COPY examples/partner-sync/package.json examples/partner-sync/
RUN pnpm install --frozen-lockfile
COPY packages/server packages/server
COPY packages/stripe-stand-in packages/stripe-stand-in
COPY packages/web packages/web
COPY packages/playground packages/playground
# `deploy --prod` leaves out dev dependencies: embedded PostgreSQL, the Stripe stand-in and the mail
# catcher's SMTP server never reach the app image.
RUN pnpm build \
  && pnpm --filter @order-desk/server deploy --prod --legacy /out/server \
  && pnpm --filter @order-desk/stripe-stand-in deploy --prod --legacy /out/stripe-stand-in \
  && cp -r packages/web/dist /out/web \
  && cp -r packages/playground/dist /out/playground

# A Stripe look-alike with test cards, shared by every process of a demo stack (compose profile `demo`).
FROM node:22.23.3-bookworm-slim AS stripe-stand-in
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /out/stripe-stand-in /app
# Owned by node so a named volume mounted here is writable (the stand-in's state).
RUN mkdir -p /home/node/order-desk && chown node:node /home/node/order-desk
USER node
EXPOSE 12111
CMD ["node", "dist/serve.js"]

# The default target: the API, the worker (`server/dist/worker.js`) and `server/dist/cli/migrate.js`.
FROM node:22.23.3-bookworm-slim AS app
ENV NODE_ENV=production PORT=4000 WEB_DIST_DIR=/app/web PLAYGROUND_DIST_DIR=/app/playground
WORKDIR /app
COPY --from=build /out/server /app/server
COPY --from=build /out/web /app/web
COPY --from=build /out/playground /app/playground
RUN mkdir -p /home/node/order-desk && chown node:node /home/node/order-desk
USER node
EXPOSE 4000 9464
# A larger young generation: 20+ requests in flight otherwise spend a third of the CPU in scavenges.
# AsyncLocalStorage (the request context of mutations and jobs) on Node 22's context frames instead
# of promise hooks, which cost every promise while a mutation is in flight (split -12% CPU, quantity
# -5%, accept -2%: bench/README.md). Node 20, which the start scripts allow, has no such flag.
CMD ["node", "--max-semi-space-size=64", "--experimental-async-context-frame", "--enable-source-maps", "server/dist/main.js"]
