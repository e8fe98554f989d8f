# The API serving the built dashboard. Used by docker-compose.yml with its PostgreSQL service.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@10.34.8
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
COPY packages/server/package.json packages/server/
COPY packages/stripe-stand-in/package.json packages/stripe-stand-in/
COPY packages/web/package.json packages/web/
COPY packages/playground/package.json packages/playground/
COPY packages/e2e/package.json packages/e2e/
COPY packages/testing/package.json packages/testing/
COPY packages/reliability/package.json packages/reliability/
COPY bench/package.json bench/
RUN pnpm install --frozen-lockfile
COPY packages/server packages/server
COPY packages/stripe-stand-in packages/stripe-stand-in
COPY packages/web packages/web
COPY packages/playground packages/playground
RUN pnpm build && pnpm --filter @order-desk/server deploy --prod --legacy /out/server && cp -r packages/web/dist /out/web \
  && cp -r packages/playground/dist /out/playground

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4000 WEB_DIST_DIR=/app/web PLAYGROUND_DIST_DIR=/app/playground
WORKDIR /app
COPY --from=build /out/server /app/server
COPY --from=build /out/web /app/web
COPY --from=build /out/playground /app/playground
# Owned by node so a named volume mounted here is writable (the Stripe stand-in's state).
RUN mkdir -p /home/node/order-desk && chown node:node /home/node/order-desk
USER node
EXPOSE 4000
# A larger young generation: 20+ requests in flight otherwise spend a third of the CPU in scavenges.
CMD ["node", "--max-semi-space-size=64", "--enable-source-maps", "server/dist/main.js"]
