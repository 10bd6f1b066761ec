// The update log's status line: the latest announcement or notice on the left; live or paused,
// the age of the data and the next refresh on the right, counted every second.
import { useEffect, useState } from 'react';
import { announcementMs, describeRefreshStatus } from '../../live/refreshStatus.js';
import type { UpdateLogState } from '../hooks/useUpdateLog.js';
import { StatusLine } from '../layout/StatusLine.js';
import type { Notice } from '../state/appState.js';

const announcementSeconds = announcementMs / 1000;

function useSecondTick(): number {
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		const timer = setInterval(() => setNow(Date.now()), 1000);
		return () => clearInterval(timer);
	}, []);
	return now;
}

export interface RefreshStatusLineProps {
	live: UpdateLogState;
	/** 'file' when the log is a saved response (--file) rather than the API. */
	source?: 'live' | 'file';
	notice?: Notice;
	width: number;
}

export function RefreshStatusLine({ live, source, notice, width }: RefreshStatusLineProps) {
	const now = useSecondTick();
	const announcement =
		live.announcement && now - live.announcement.at < announcementSeconds * 1000
			? live.announcement
			: undefined;
	const latest = [notice, announcement]
		.filter(Boolean)
		.sort((a, b) => (b?.at ?? 0) - (a?.at ?? 0))[0];
	const right =
		live.response || live.error ? describeRefreshStatus({ ...live, source }, now) : 'loading…';

	return (
		<StatusLine
			left={latest?.text}
			leftTone={notice && latest === notice && notice.tone === 'error' ? 'error' : 'accent'}
			right={right}
			width={width}
		/>
	);
}
