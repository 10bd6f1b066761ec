// The one way a secret is shown: a fixed run of dots, and the last four characters only when the
// secret is long enough that four characters give little away.

const dots = '••••';
const minimumLengthToShowTail = 12;

export function maskSecret(value: string | undefined): string {
	if (!value) return '';
	if (value.length < minimumLengthToShowTail) return dots;
	return `${dots}${value.slice(-4)}`;
}
