/** Whether phones on the room's network can reach this join URL (not if it points at this machine). */
export function reachableByPhones(joinUrl: string): boolean {
  try {
    const host = new URL(joinUrl).hostname;
    return !(host === 'localhost' || host.startsWith('127.') || host === '[::1]');
  } catch {
    return false;
  }
}
