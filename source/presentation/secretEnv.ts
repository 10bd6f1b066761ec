// Which environment variables hold secrets. Names are split into words (snake, kebab, dotted
// and camel case) so that API_KEY and dbPassword are caught while KEYBOARD_LAYOUT and
// TOKENIZERS_PARALLELISM (common in ML images) are not.

import { glyphs } from '../terminal/glyphs.js';
import { sanitizeText } from '../terminal/sanitize.js';

// A word that is one of these, or ends in one (MYPASSWORD, OAUTH), marks a secret.
const SECRET_ENDINGS = [
	'password',
	'passwd',
	'passphrase',
	'pwd',
	'secret',
	'secrets',
	'token',
	'tokens',
	'credential',
	'credentials',
	'creds',
	'key',
	'keys',
	'auth',
	'cert',
	'certs',
	'certificate',
	'jwt',
];

// Words that only mark a secret when they stand alone.
const SECRET_WORDS = new Set([
	'pass',
	'pw',
	'ak',
	'sk',
	'private',
	'privkey',
	'signature',
	'salt',
	'cookie',
	'bearer',
	'dsn',
	'authorization',
	'keystore',
	'pem',
]);

// Words that begin with a secret word and are secrets themselves (PASSWORDFILE, SECRETID).
const SECRET_PREFIXES = ['password', 'passwd', 'secret', 'credential', 'apikey', 'accesskey'];

/** True when the variable name looks like it holds a password, key, token or the like. */
export function isSecretEnvName(name: string): boolean {
	// Judge the name as it will be shown: a zero-width space must not split TOKEN in two.
	return nameWords(sanitizeText(name)).some(isSecretWord);
}

/** Values that are secrets whatever their name: URLs with a password, PEM private keys. */
export function isSecretEnvValue(value: unknown): boolean {
	if (typeof value !== 'string') {
		return false;
	}

	return /:\/\/[^/\s:@]*:[^/\s@]+@/.test(value) || /-----BEGIN [A-Z ]*PRIVATE KEY/.test(value);
}

export function shouldMaskEnv(name: string, value: unknown, maskAll = false): boolean {
	return maskAll || isSecretEnvName(name) || isSecretEnvValue(value);
}

/** A fixed mask, so not even the length of the secret shows. */
export function maskEnvValue(_value?: unknown): string {
	return glyphs.mask;
}

function nameWords(name: string): string[] {
	return name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((word) => word !== '');
}

function isSecretWord(word: string): boolean {
	if (SECRET_WORDS.has(word)) {
		return true;
	}

	if (SECRET_ENDINGS.some((ending) => word.endsWith(ending))) {
		return true;
	}

	return SECRET_PREFIXES.some((prefix) => word.startsWith(prefix));
}
