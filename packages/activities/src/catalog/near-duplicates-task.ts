// The module piscina loads in each worker thread: the CPU-heavy comparison, away from the activity's event loop.
export { findNearDuplicates } from './near-duplicates';
