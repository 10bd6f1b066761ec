// Whether the app should colour its output. The app decides this itself rather than leaving it
// to chalk, so that NO_COLOR holds even where a parent process forced colour on.

interface ColorStream {
	isTTY?: boolean;
}

/**
 * NO_COLOR (any non-empty value) wins over everything: it is the user's explicit request.
 * FORCE_COLOR turns colour on for pipes and dumb terminals unless it is '0' or 'false'.
 */
export function isColorEnabled(
	env: NodeJS.ProcessEnv = process.env,
	stream: ColorStream = process.stdout,
): boolean {
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') {
		return false;
	}

	if (env.FORCE_COLOR !== undefined) {
		return env.FORCE_COLOR !== '0' && env.FORCE_COLOR.toLowerCase() !== 'false';
	}

	if (env.TERM === 'dumb') {
		return false;
	}

	return stream.isTTY === true;
}
