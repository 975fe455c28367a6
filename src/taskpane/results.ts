import type { Results } from './components/Results';

let loaded: typeof Results | null = null;

/**
 * The view of a run's results (src/taskpane/components/Results.tsx) as a chunk of its own, fetched as a run
 * starts, beside the engine, so the pane shows its controls without it. A run's result is shown only once
 * this has come, so the view is there whenever there is a result.
 */
export async function loadResults(): Promise<typeof Results> {
  loaded ??= (await import(/* webpackChunkName: "results" */ './components/Results')).Results;
  return loaded;
}

/** The results view, once `loadResults` has fetched it; null before. */
export function loadedResults(): typeof Results | null {
  return loaded;
}
