// All services of the project, fetched page by page by the client; Ctrl-r fetches them again.
// A failed refresh keeps the list that was there.
import { useCallback, useEffect, useState } from 'react';
import type { ServiceSummary } from '../../api/types.js';
import type { ModelArtsApi } from '../../client/modelArtsApi.js';

export interface ServicesState {
	services?: ServiceSummary[];
	error?: { message: string; at: number };
	isLoading: boolean;
	fetchedAt?: number;
	refresh(): void;
}

export function useServices(api: ModelArtsApi): ServicesState {
	const [services, setServices] = useState<ServiceSummary[]>();
	const [error, setError] = useState<{ message: string; at: number }>();
	const [isLoading, setIsLoading] = useState(true);
	const [fetchedAt, setFetchedAt] = useState<number>();
	const [generation, setGeneration] = useState(0);

	// biome-ignore lint/correctness/useExhaustiveDependencies: a new generation is a refresh
	useEffect(() => {
		const controller = new AbortController();
		setIsLoading(true);
		api
			.listServices({}, { signal: controller.signal })
			.then((list) => {
				setServices(list);
				setError(undefined);
				setFetchedAt(Date.now());
			})
			.catch((failure: unknown) => {
				if (controller.signal.aborted) return;
				const message = failure instanceof Error ? failure.message : String(failure);
				setError({ message, at: Date.now() });
			})
			.finally(() => {
				if (!controller.signal.aborted) setIsLoading(false);
			});
		return () => controller.abort();
	}, [api, generation]);

	const refresh = useCallback(() => setGeneration((value) => value + 1), []);

	return { services, error, isLoading, fetchedAt, refresh };
}
