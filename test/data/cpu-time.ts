/**
 * The processor time a run takes, in milliseconds. Unlike the clock, it does not grow
 * when other processes share the machine's cores (a CI runner, parallel test files), so
 * bounds on it hold under load; it still counts this process's own garbage collection.
 */
export function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}
