// Worker entry: registers tsx so the TypeScript worker runs in a worker thread.
import { register } from 'tsx/esm/api';
register();
await import('./pipeline-worker.ts');
