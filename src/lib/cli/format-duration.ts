/** 83 000 ms -> "1m 23s": whole seconds, and minutes once there are any, as `npm test` reads them against its 15-minute budget. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}
