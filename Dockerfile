# syntax=docker/dockerfile:1
# One image, two roles: ROLE=api (GraphQL over HTTP and graphql-ws on PORT) or ROLE=worker (notes queue
# consumer). Runs as the unprivileged `node` user under tini, with a read-only root file system: the only
# writable path the service needs is /tmp (mounted as a volume by the task definition).
ARG NODE_IMAGE=node:22-bookworm-slim

# 1. Build: dev dependencies, TypeScript, the web workbench, and the coding lexicon cache.
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
# Scripts off: `prepare` would build before the sources are copied; no dependency needs its install script.
RUN npm ci --ignore-scripts
COPY . .
ENV CHARTCODER_CACHE_DIR=/src/.lexicon-cache
RUN npm run build

# 2. Production dependencies only.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

# 3. Runtime.
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    ROLE=api \
    PORT=4000 \
    CHARTCODER_CACHE_DIR=/app/cache
# Owned by root and not writable by `node`: the code cannot be changed by the process running it.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/dist ./dist
# The model prompts are read at run time next to their compiled module; tsc does not copy them.
COPY --from=build /src/src/models/prompts/*.md ./dist/src/models/prompts/
COPY --from=build /src/data ./data
COPY --from=build /src/.lexicon-cache ./cache
COPY infra/container/healthcheck.js ./healthcheck.js
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 CMD ["node", "/app/healthcheck.js"]
# tini is PID 1: it forwards SIGTERM to node (graceful drain of in-flight jobs) and reaps zombies.
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["sh", "-c", "exec node dist/src/main.js \"$ROLE\""]

# Lambda variant of the worker (infra LambdaWorkers, tag <version>-lambda): AWS's Node base image carries the
# runtime interface client. Build with `--target lambda`. `npm run bench -- lambda` measures the cold start on
# the same file set (src/cli/benchLambda.ts IMAGE_FILES; the container test keeps the two equal).
FROM public.ecr.aws/lambda/nodejs:22 AS lambda
ENV NODE_ENV=production CHARTCODER_CACHE_DIR=/var/task/cache
COPY --from=prod-deps /app/node_modules ${LAMBDA_TASK_ROOT}/node_modules
COPY --from=build /src/package.json ${LAMBDA_TASK_ROOT}/package.json
COPY --from=build /src/dist ${LAMBDA_TASK_ROOT}/dist
COPY --from=build /src/src/models/prompts/*.md ${LAMBDA_TASK_ROOT}/dist/src/models/prompts/
COPY --from=build /src/data ${LAMBDA_TASK_ROOT}/data
COPY --from=build /src/.lexicon-cache ${LAMBDA_TASK_ROOT}/cache
CMD ["dist/workers/lambda.handler"]

# The default target is the service image.
FROM runtime
