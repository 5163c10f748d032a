import type { Env as WorkerEnv } from '../src/env.js';

declare global {
  namespace Cloudflare {
    // Exactly the Worker's bindings, so the ledger class satisfies DurableObject<Cloudflare.Env>.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs an interface
    interface Env extends WorkerEnv {}
    interface GlobalProps {
      /** Types `exports` from cloudflare:workers (the Worker under test). */
      mainModule: typeof import('../src/index.js');
    }
  }
}
