// Container health check (Dockerfile HEALTHCHECK, ECS task health): the API answers /healthz on PORT; the
// worker has no HTTP server, so ECS judges it by its process (tini exits when node exits) and the queue alarms.
'use strict';
const role = process.env.ROLE || 'api';
if (role !== 'api') process.exit(0);
const port = Number(process.env.PORT || 4000);
const TIMEOUT_MS = 2000;
fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(TIMEOUT_MS) }).then(
  (res) => process.exit(res.ok ? 0 : 1),
  () => process.exit(1),
);
