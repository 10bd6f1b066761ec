// RFC 3986 encoding as the API gateway's signer expects it: only A-Z a-z 0-9 - _ . ~ stay
// literal, every other UTF-8 byte becomes %XY in upper case, and a space is %20, never '+'.
export function percentEncode(value: string): string {
	return encodeURIComponent(value).replace(
		/[!'()*]/g,
		(character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
	);
}

/** Decodes %XY escapes only; a '+' stays a '+' (it is not a space in this protocol). */
export function percentDecode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}
