// What makes a service alive: the shape of its deploys while the endpoint runs. The state at
// any moment is computed from elapsed time alone (see liveState.ts), so tests can step a clock.

export interface LivePlan {
	/** Steps the update that is RUNNING at start needs before it finishes. */
	firstFinishStep: number;
	/** Steps between the starts of two later updates. */
	cycleSteps: number;
	/** Steps a later update runs before it finishes. */
	deploySteps: number;
	/** Offset of this service's cycle, so not every service changes on the same step. */
	phaseSteps: number;
	/** Share of later updates that are weighted canaries (old version 80, new version 20). */
	canaryRate?: number;
	/** Seed of the outcomes (SUCCESS or FAIL, failing nodes) of this service's live updates. */
	seed: number;
}
