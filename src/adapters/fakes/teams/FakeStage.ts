/** The meeting stage of a simulated Teams meeting: what is shared on it (one app at a time), and by whom. */
export interface FakeStage {
  readonly shared: { url: string; by: string } | null;
  share(url: string, by: string): void;
  stop(): void;
  onChange(listener: (shared: FakeStage['shared']) => void): () => void;
}

export function createFakeStage(): FakeStage {
  let shared: FakeStage['shared'] = null;
  const listeners = new Set<(s: FakeStage['shared']) => void>();
  const set = (s: FakeStage['shared']) => {
    shared = s;
    for (const l of listeners) l(shared);
  };
  return {
    get shared() {
      return shared;
    },
    share: (url, by) => set({ url, by }),
    stop: () => set(null),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
