#!/usr/bin/env node
// The operator CLI. The server is written in TypeScript and run through tsx, so there is no
// separate build step between a checkout and a running server.
import { register } from 'tsx/esm/api';

register();
await import('../app/cli.ts');
