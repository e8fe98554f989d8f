import { useSyncExternalStore } from 'react';

// Whether the API answered the last request: one flag for the whole dashboard, set by the Apollo
// link (apollo.ts) and cleared again by the banner's health checks or the next answer.

let unreachable = false;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  if (next === unreachable) return;
  unreachable = next;
  listeners.forEach((listener) => listener());
}

export const apiReachability = {
  markUnreachable: () => set(true),
  markReachable: () => set(false),
  isUnreachable: () => unreachable,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useApiUnreachable(): boolean {
  return useSyncExternalStore(apiReachability.subscribe, apiReachability.isUnreachable);
}
