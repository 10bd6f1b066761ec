// Reading and understanding a response body: capped in size, JSON-parsed, then validated, with
// every failure an UnexpectedResponseError that names what was wrong.
import type { z } from 'zod';
import { UnexpectedResponseError } from './clientErrors.js';
import type { RequestContext } from './requestContext.js';
import { textExcerpt } from './textExcerpt.js';

export interface BodyText {
	text: string;
	isTruncated: boolean;
}

/** Reads at most maxBytes, then cancels the rest of the stream so the connection is freed. */
export async function readBodyText(response: Response, maxBytes: number): Promise<BodyText> {
	if (!response.body) return { text: '', isTruncated: false };

	const reader = response.body.getReader();
	const decoder = new TextDecoder();
	let text = '';
	let received = 0;

	for (;;) {
		const { done, value } = await reader.read();
		if (done) return { text: text + decoder.decode(), isTruncated: false };

		received += value.byteLength;
		if (received > maxBytes) {
			await reader.cancel().catch(() => undefined);
			return { text: text + decoder.decode(), isTruncated: true };
		}
		text += decoder.decode(value, { stream: true });
	}
}

/** "logs[2].config[0].weight" from a zod issue path. */
export function fieldName(path: readonly PropertyKey[]): string {
	let name = '';
	for (const part of path) {
		if (typeof part === 'number') name += `[${part}]`;
		else name += name === '' ? String(part) : `.${String(part)}`;
	}
	return name === '' ? 'the body' : name;
}

/** Whether JSON.parse stopped because the text ended, rather than at a wrong character. */
function isEndOfInput(parseError: string, text: string): boolean {
	if (/end of JSON|Unterminated/i.test(parseError)) return true;
	const position = /at position (\d+)/.exec(parseError)?.[1];
	return position !== undefined && Number(position) >= text.trimEnd().length;
}

export function parseJsonBody<T>(
	body: BodyText,
	schema: z.ZodType<T>,
	context: RequestContext & { status: number; requestId?: string },
	maxBytes: number,
): T {
	const where = `${context.host} answered ${context.status}`;
	const details = { status: context.status, requestId: context.requestId };
	if (body.isTruncated) {
		const limit = Math.round(maxBytes / 1024 / 1024);
		throw new UnexpectedResponseError(
			`${where} with more than ${limit} MiB; refusing to read it`,
			details,
		);
	}

	let json: unknown;
	try {
		json = JSON.parse(body.text);
	} catch (error) {
		const excerpt = textExcerpt(body.text, context.secrets, 80) || 'empty';
		const isCutShort = body.text !== '' && isEndOfInput(String(error), body.text);
		const what = isCutShort ? 'was cut short' : 'is not valid JSON';
		throw new UnexpectedResponseError(
			`${where} with a body that ${what} (${excerpt}); ` +
				'try again, and check --endpoint points at ModelArts',
			details,
		);
	}

	const result = schema.safeParse(json);
	if (result.success) return result.data;

	const issue = result.error.issues[0];
	const field = fieldName(issue?.path ?? []);
	const message = textExcerpt(issue?.message ?? 'invalid', [], 80);
	throw new UnexpectedResponseError(
		`${where} with a body malog does not understand: ${field}: ${message}`,
		{ ...details, field },
	);
}
