// Server text that ends up in an error message: one short line, no markup, no control
// characters (a hostile body must not move the cursor), and no secret we know of.

const controlCharacters = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

export function redactSecrets(text: string, secrets: readonly string[]): string {
	let redacted = text;
	for (const secret of secrets) {
		if (secret.length >= 4) redacted = redacted.split(secret).join('***');
	}
	return redacted;
}

/** One line of at most maxLength characters, tags stripped, whitespace collapsed. */
export function textExcerpt(
	text: string,
	secrets: readonly string[] = [],
	maxLength = 120,
): string {
	const plain = text
		.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(controlCharacters, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const safe = redactSecrets(plain, secrets);
	const characters = Array.from(safe);
	if (characters.length <= maxLength) return safe;
	return `${characters.slice(0, maxLength - 1).join('')}…`;
}
