/**
 * Ticked steps of an outcome, saved in localStorage per outcome. The saved value carries a fingerprint of the
 * step texts: when an editor changes the steps, old ticks no longer match and are dropped. Anything unreadable
 * is treated as "nothing ticked", never an error.
 */
export const CHECKLIST_VERSION = 1;

/** Per outcome and per model answered on the way: each model sees its own steps, so its own ticks. */
export function checklistKey(outcomeId: string, model?: string): string {
  return `guide-checklist:${outcomeId}${model ? `:${model}` : ''}`;
}

/** A short stable hash (FNV-1a) of the step texts. */
export function stepsFingerprint(steps: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const ch of steps.join('\u0000')) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${steps.length}-${hash.toString(36)}`;
}

export interface SavedChecklist {
  ticks: boolean[];
  /** Something was saved but it was unreadable or belongs to older steps, so it was ignored. */
  ignored: boolean;
}

export function parseChecklist(raw: string | null | undefined, fingerprint: string, stepCount: number): SavedChecklist {
  const ticks = Array.from({ length: stepCount }, () => false);
  if (raw === null || raw === undefined) return { ticks, ignored: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ticks, ignored: true };
  }
  if (typeof data !== 'object' || data === null) return { ticks, ignored: true };
  const { v, fp, done } = data as { v?: unknown; fp?: unknown; done?: unknown };
  if (v !== CHECKLIST_VERSION || fp !== fingerprint || !Array.isArray(done)) return { ticks, ignored: true };
  for (const i of done) {
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= stepCount) return { ticks, ignored: true };
    ticks[i] = true;
  }
  return { ticks, ignored: false };
}

export function serialiseChecklist(ticked: readonly boolean[], fingerprint: string): string {
  const done = ticked.flatMap((t, i) => (t ? [i] : []));
  return JSON.stringify({ v: CHECKLIST_VERSION, fp: fingerprint, done });
}
