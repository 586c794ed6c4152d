/**
 * The worker's cap on how long the SDK holds an activity's heartbeats back before sending the latest
 * (`maxHeartbeatThrottleInterval`; uncapped, 80% of the activity's heartbeat timeout). A cancellation reaches an
 * activity only in the answer to a heartbeat, so this is how late a heartbeating activity can hear it: waitForFeedReady
 * must stop within a second of its workflow's cancellation while keeping a heartbeat timeout (2 s) that a busy worker
 * does not miss, and only a cap does both. Worker-wide, an activity that heartbeats more often than this (per record:
 * importCatalogFile, processBatchPage) sends two heartbeats a second instead of one per 1.6 s, and hears its own
 * cancellation as soon.
 */
export const MAX_HEARTBEAT_THROTTLE_MS = 500;
