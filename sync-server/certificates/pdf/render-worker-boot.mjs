// A PDF render worker's entry. A worker thread does not inherit the main thread's TypeScript
// loader, so it registers tsx itself before loading the worker written in TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
