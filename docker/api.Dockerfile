# API image: builds the workspace, keeps the API's production dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm i -g pnpm@12.4.2
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @call/api... run build \
 && pnpm --filter @call/api deploy --prod --legacy /out

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /out /app
USER node
EXPOSE 4000
# migrations run at start; the seed creates referentials (SEED_DEMO=0 in production: no demo users)
CMD ["sh", "-c", "node dist/scripts/seed.js && node dist/main.js"]
