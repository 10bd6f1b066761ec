// The broken responses a fault produces: HTML error pages from a proxy, a throttling body from
// the gateway, and damaged or slow copies of a good JSON response.

const statusTexts: Record<number, string> = {
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Temporarily Unavailable',
	504: 'Gateway Time-out',
};

export function htmlErrorPage(status: number): string {
	const title = `${status} ${statusTexts[status] ?? 'Error'}`;
	return [
		'<html>',
		`<head><title>${title}</title></head>`,
		'<body>',
		`<center><h1>${title}</h1></center>`,
		'<hr><center>nginx</center>',
		'</body>',
		'</html>',
		'',
	].join('\r\n');
}

export function throttleBody(requestId: string): string {
	return JSON.stringify({
		error_msg:
			'The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 second',
		error_code: 'APIGW.0308',
		request_id: requestId,
	});
}

/** The first half of the body: valid start, cut mid-way. */
export function truncated(body: string): string {
	return body.slice(0, Math.max(1, Math.floor(body.length / 2)));
}

/** The body with a trailing comma before its last brace: looks like JSON, does not parse. */
export function invalidJson(body: string): string {
	const end = body.lastIndexOf('}');
	return end < 0 ? `${body},` : `${body.slice(0, end)},}`;
}

function wait(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The body in about twenty pieces with a pause before each. */
export function trickle(body: string, pauseMs: number): ReadableStream<Uint8Array> {
	const bytes = new TextEncoder().encode(body);
	const pieceSize = Math.max(1, Math.ceil(bytes.length / 20));
	let offset = 0;

	return new ReadableStream({
		async pull(controller) {
			await wait(pauseMs);
			controller.enqueue(bytes.subarray(offset, offset + pieceSize));
			offset += pieceSize;
			if (offset >= bytes.length) controller.close();
		},
	});
}

/** The JSON object body with a padding field of `size` bytes, streamed rather than built. */
export function hugeBody(body: string, size: number): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const end = body.lastIndexOf('}');
	const head = end > 1 ? `${body.slice(0, end)},"padding":"` : '{"padding":"';
	const filler = encoder.encode('x'.repeat(64 * 1024));
	let remaining = size;
	let isHeadSent = false;

	return new ReadableStream({
		pull(controller) {
			if (!isHeadSent) {
				controller.enqueue(encoder.encode(head));
				isHeadSent = true;
			} else if (remaining > 0) {
				const piece = filler.subarray(0, Math.min(filler.length, remaining));
				controller.enqueue(piece);
				remaining -= piece.length;
			} else {
				controller.enqueue(encoder.encode('"}'));
				controller.close();
			}
		},
	});
}
