// Where profiles live: an explicit folder, else MALOG_CONFIG_DIR, else the platform's usual
// per-user config folder (XDG on Linux).
import { homedir } from 'node:os';
import { join } from 'node:path';

export function resolveConfigDir(explicitDir?: string): string {
	if (explicitDir) return explicitDir;
	if (process.env.MALOG_CONFIG_DIR) return process.env.MALOG_CONFIG_DIR;

	if (process.platform === 'win32') {
		return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'malog');
	}
	if (process.platform === 'darwin') return join(homedir(), 'Library', 'Preferences', 'malog');
	return join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'malog');
}
