/** Quotes one word for /bin/sh: single quotes, with embedded single quotes closed and escaped. */
export function shellQuote(word: string): string {
	return `'${word.replaceAll("'", "'\\''")}'`;
}
