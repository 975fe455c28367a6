/**
 * The engine (reading, reconciling, the output sheets) as a chunk of its own, loaded when the first run starts:
 * the pane shows its controls without waiting for code it needs only once the user asks for a run.
 */
export const loadEngine = () => import(/* webpackChunkName: "engine" */ '../reconcile');
