/**
 * How long a ledger waits before pushing its changed months to D1 (`SUMMARY_DELAY_SECONDS`). Only
 * the figures that span territories (comparisons, rankings, the map) read D1, and a minute's lag
 * there is invisible, while each push is a write on D1's single writer: a ledger written every few
 * seconds pushes once a minute instead of after every write (the capacity model in ARCHITECTURE.md,
 * which `bench/capacity.ts` computes from this figure). A file of its own, free of Workers types, so
 * the benchmark can import it under Node.
 * @module
 */
export const DEFAULT_SUMMARY_DELAY_SECONDS = 60;
