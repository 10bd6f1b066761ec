// The app with what surrounds it: the colour theme decided once from the environment.
import { isColorEnabled } from '../terminal/colorSupport.js';
import { App, type AppProps } from './App.js';
import { createTheme, ThemeProvider } from './theme/theme.js';

export function ExplorerRoot(props: AppProps & { isColorEnabled?: boolean }) {
	const theme = createTheme(props.isColorEnabled ?? isColorEnabled());
	return (
		<ThemeProvider theme={theme}>
			<App {...props} />
		</ThemeProvider>
	);
}
