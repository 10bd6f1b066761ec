import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
	columns: number;
	rows: number;
}

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
	return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}

/** The terminal's size, followed the moment it changes. */
export function useTerminalSize(): TerminalSize {
	const { stdout } = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));

	useEffect(() => {
		const update = () => setSize(sizeOf(stdout));
		stdout.on('resize', update);
		update();
		return () => {
			stdout.off('resize', update);
		};
	}, [stdout]);

	return size;
}

export const minimumSize: TerminalSize = { columns: 60, rows: 15 };

export function isTooSmall(size: TerminalSize): boolean {
	return size.columns < minimumSize.columns || size.rows < minimumSize.rows;
}
