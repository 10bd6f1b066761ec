// The baseline: the smallest Ink app that draws a frame and answers keys (one Text, one
// useInput). It is bundled exactly like malog, so start-up and memory compare like for like.
import { render, Text, useApp, useInput } from 'ink';
import { useState } from 'react';

function MinimalApp() {
	const { exit } = useApp();
	const [presses, setPresses] = useState(0);

	useInput((input) => {
		if (input === 'q') exit();
		else setPresses((count) => count + 1);
	});

	return <Text>minimal ink ready, {presses} keys</Text>;
}

render(<MinimalApp />);
