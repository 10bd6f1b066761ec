// Colours by meaning. With NO_COLOR (or no colour support) every tone is undefined and the
// screens still read: results and statuses always carry a word or a symbol as well.
import { createContext, type ReactNode, useContext } from 'react';

import type { Tone as PresentationTone } from '../../presentation/serviceRows.js';

/** The presentation's tones (ok, bad, busy, warn, muted) and a few of the app's own. */
export type Tone = PresentationTone | 'accent' | 'error' | 'new';

const toneColors: Record<Tone, string> = {
	ok: 'green',
	bad: 'red',
	busy: 'yellow',
	warn: 'yellow',
	muted: 'gray',
	accent: 'cyan',
	error: 'red',
	new: 'magenta',
};

export interface Theme {
	isColorEnabled: boolean;
	colorOf(tone: Tone | undefined): string | undefined;
}

export function createTheme(isColorEnabled: boolean): Theme {
	return {
		isColorEnabled,
		colorOf: (tone) => (isColorEnabled && tone ? toneColors[tone] : undefined),
	};
}

const ThemeContext = createContext<Theme>(createTheme(false));

export function ThemeProvider({ theme, children }: { theme: Theme; children: ReactNode }) {
	return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

export function useTheme(): Theme {
	return useContext(ThemeContext);
}
