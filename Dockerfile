# The budget-graph API for Docker users; Neo4j runs as its own service (docker-compose.yml),
# so this image needs neither Java nor Maven.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci's postinstall applies patches/ (patch-package) to node_modules.
COPY patches ./patches
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY loaders ./loaders
# The visual explorer's browser code, bundled with ECharts by esbuild into dist/web/ (part of npm run build).
COPY web ./web
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY cypher ./cypher
COPY schema ./schema
COPY data ./data
# The explorer's own script and styles, and docs/examples/*.graphql for its examples panel.
COPY public ./public
# docs/: the explorer's examples and the saved queries served at /export/queries/<name>.
COPY docs ./docs
EXPOSE 4000
USER node
CMD ["node", "--enable-source-maps", "dist/src/cli/main.js", "serve"]
