// The contract of the built-in ModelArts-compatible endpoint. The implementation lives beside
// this file; the demo, the tests and the benchmark start it through startDemoEndpoint().

export type FaultKind =
	| 'latency'
	| 'throttle'
	| 'server-error'
	| 'truncated-json'
	| 'invalid-json'
	| 'trickle'
	| 'reset'
	| 'huge-body';

export interface FaultRule {
	kind: FaultKind;
	/** Only requests for this service id (all when absent). */
	serviceId?: string;
	/** Fraction of matching requests that fail, 0..1 (1 when absent). */
	rate?: number;
	/** How many matching requests fail before the rule retires itself (unlimited when absent). */
	times?: number;
	/** latency/trickle: milliseconds; throttle: Retry-After seconds; server-error: status. */
	value?: number;
}

export interface DemoEndpointOptions {
	host?: string;
	/** 0 picks a free port. */
	port?: number;
	seed?: number;
	/** Seconds between steps of a deploy in progress; 0 freezes the data (5 when absent). */
	paceSeconds?: number;
	faults?: FaultRule[];
	/** The clock the data is generated against and advances with (tests pass a fixed one). */
	now?: () => number;
	/**
	 * The clock X-Sdk-Date is checked against (15 minutes of skew allowed). The wall clock by
	 * default, so a test can step `now` while signing requests with the real time.
	 */
	gatewayNow?: () => number;
}

export interface DemoCredentials {
	ak: string;
	sk: string;
	token: string;
	/** X-Security-Token of the temporary key pair below. */
	securityToken: string;
	/** A temporary access key pair: accepted only with securityToken, sent and signed. */
	temporaryAk: string;
	temporarySk: string;
}

export interface DemoEndpoint {
	/** Base URL, e.g. http://127.0.0.1:40123 (no trailing slash). */
	url: string;
	projectId: string;
	region: string;
	credentials: DemoCredentials;
	/** Replace the fault rules while running (tests and the bench use this). */
	setFaults(faults: FaultRule[]): void;
	/** Requests served so far, for tests and the benchmark. */
	requestCount(): number;
	close(): Promise<void>;
}
