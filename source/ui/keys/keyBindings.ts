// Every key malog answers to, in one table. The key handlers, the footer hints and the help
// overlay all read it, so a key is documented the moment it is bound.

export type KeyScope =
	| 'global'
	| 'profiles'
	| 'profileForm'
	| 'services'
	| 'updateLog'
	| 'entry'
	| 'config'
	| 'nodes'
	| 'diff'
	| 'events'
	| 'filter'
	| 'help';

export interface KeyBinding {
	action: string;
	scope: KeyScope;
	/** Key names as matchKey understands them: 'q', 'G', 'ctrl+r', 'up', 'pagedown', 'enter'. */
	keys: string[];
	/** Shown in the footer; absent keeps the binding out of the footer. */
	hint?: string;
	description: string;
}

export const keyBindings: KeyBinding[] = [
	{
		action: 'quit',
		scope: 'global',
		keys: ['q', 'ctrl+c'],
		hint: 'quit',
		description: 'Quit malog',
	},
	{
		action: 'interrupt',
		scope: 'global',
		keys: ['ctrl+c'],
		description: 'Quit malog, even while typing a filter',
	},
	{
		action: 'help',
		scope: 'global',
		keys: ['?'],
		hint: 'help',
		description: 'Show or hide this help',
	},
	{
		action: 'back',
		scope: 'global',
		keys: ['escape', 'left'],
		hint: 'back',
		description: 'Go back one level',
	},
	{
		action: 'open',
		scope: 'global',
		keys: ['enter', 'right'],
		hint: 'open',
		description: 'Open the selected item',
	},
	{ action: 'up', scope: 'global', keys: ['up', 'k'], description: 'Move up one row' },
	{ action: 'down', scope: 'global', keys: ['down', 'j'], description: 'Move down one row' },
	{
		action: 'pageUp',
		scope: 'global',
		keys: ['pageup', 'ctrl+b'],
		description: 'Move up one page',
	},
	{
		action: 'pageDown',
		scope: 'global',
		keys: ['pagedown', 'ctrl+f'],
		description: 'Move down one page',
	},
	{ action: 'first', scope: 'global', keys: ['home', 'g'], description: 'Go to the first row' },
	{ action: 'last', scope: 'global', keys: ['end', 'G'], description: 'Go to the last row' },

	{
		action: 'profiles.choose',
		scope: 'profiles',
		keys: ['enter'],
		hint: 'choose',
		description: 'Connect with the selected profile',
	},
	{
		action: 'profiles.add',
		scope: 'profiles',
		keys: ['a'],
		hint: 'add',
		description: 'Add a profile',
	},
	{
		action: 'profiles.edit',
		scope: 'profiles',
		keys: ['e'],
		hint: 'edit',
		description: 'Edit the selected profile',
	},
	{
		action: 'profiles.delete',
		scope: 'profiles',
		keys: ['d'],
		hint: 'delete',
		description: 'Delete the selected profile (asks first)',
	},
	{
		action: 'profiles.test',
		scope: 'profiles',
		keys: ['t'],
		hint: 'test',
		description: 'Test the selected profile with one signed call',
	},

	{
		action: 'services.refresh',
		scope: 'services',
		keys: ['ctrl+r'],
		hint: 'refresh',
		description: 'Fetch the services again',
	},
	{
		action: 'services.filter',
		scope: 'services',
		keys: ['/'],
		hint: 'filter',
		description: 'Filter services by name or id (fuzzy)',
	},

	{
		action: 'log.filter',
		scope: 'updateLog',
		keys: ['/'],
		hint: 'filter',
		description: 'Filter updates by text',
	},
	{
		action: 'log.resultFilter',
		scope: 'updateLog',
		keys: ['f'],
		hint: 'result',
		description: 'Cycle the result filter: all, FAIL, RUNNING, SUCCESS',
	},
	{
		action: 'log.timeZone',
		scope: 'updateLog',
		keys: ['t'],
		hint: 'utc/local',
		description: 'Show times in UTC or local time',
	},
	{
		action: 'log.diff',
		scope: 'updateLog',
		keys: ['d'],
		hint: 'diff',
		description: 'Compare the update with the one before',
	},
	{
		action: 'log.events',
		scope: 'updateLog',
		keys: ['e'],
		hint: 'events',
		description: 'Show the abnormal events around a failed update',
	},
	{
		action: 'log.pause',
		scope: 'updateLog',
		keys: ['p'],
		hint: 'pause',
		description: 'Pause or resume the automatic refresh',
	},
	{ action: 'log.refresh', scope: 'updateLog', keys: ['ctrl+r'], description: 'Refresh now' },
	{
		action: 'copy',
		scope: 'updateLog',
		keys: ['y'],
		hint: 'copy',
		description: 'Copy the selected update as JSON (OSC 52)',
	},
	{
		action: 'write',
		scope: 'updateLog',
		keys: ['w'],
		hint: 'write',
		description: 'Write the selected update as JSON to a file',
	},

	{
		action: 'env.reveal',
		scope: 'config',
		keys: ['r'],
		hint: 'reveal',
		description: 'Reveal masked env values while held open',
	},
	{
		action: 'nodes.failuresOnly',
		scope: 'nodes',
		keys: ['x'],
		hint: 'failures',
		description: 'Show failed nodes only, or all',
	},

	{
		action: 'copy',
		scope: 'entry',
		keys: ['y'],
		hint: 'copy',
		description: 'Copy the update as JSON (OSC 52)',
	},
	{
		action: 'write',
		scope: 'entry',
		keys: ['w'],
		hint: 'write',
		description: 'Write the update as JSON to a file',
	},
	{
		action: 'log.diff',
		scope: 'entry',
		keys: ['d'],
		hint: 'diff',
		description: 'Compare the update with the one before',
	},
	{
		action: 'log.events',
		scope: 'entry',
		keys: ['e'],
		hint: 'events',
		description: 'Show the abnormal events around a failed update',
	},

	{
		action: 'filter.accept',
		scope: 'filter',
		keys: ['enter'],
		hint: 'keep filter',
		description: 'Keep the filter and go back to the list',
	},
	{
		action: 'filter.cancel',
		scope: 'filter',
		keys: ['escape'],
		hint: 'clear filter',
		description: 'Clear the filter and go back to the list',
	},
	{
		action: 'filter.erase',
		scope: 'filter',
		keys: ['backspace'],
		description: 'Erase the last character of the filter',
	},

	{
		action: 'help.close',
		scope: 'help',
		keys: ['escape', '?'],
		hint: 'close help',
		description: 'Close this help',
	},

	{
		action: 'profiles.confirm',
		scope: 'profiles',
		keys: ['y'],
		description: 'Yes: delete the profile being asked about',
	},
	{
		action: 'profiles.cancel',
		scope: 'profiles',
		keys: ['n', 'escape'],
		description: 'No: keep the profile being asked about',
	},

	{
		action: 'form.next',
		scope: 'profileForm',
		keys: ['tab', 'down'],
		hint: 'next field',
		description: 'Go to the next field',
	},
	{
		action: 'form.previous',
		scope: 'profileForm',
		keys: ['up'],
		hint: 'previous',
		description: 'Go to the previous field',
	},
	{
		action: 'form.choiceNext',
		scope: 'profileForm',
		keys: ['right'],
		hint: 'change',
		description: 'Next choice (auth kind, where secrets come from)',
	},
	{
		action: 'form.choicePrevious',
		scope: 'profileForm',
		keys: ['left'],
		description: 'Previous choice (auth kind, where secrets come from)',
	},
	{
		action: 'form.pickRegion',
		scope: 'profileForm',
		keys: ['enter', 'right'],
		hint: 'regions',
		description: 'On the Region field: choose from the known regions (Enter then saves)',
	},
	{
		action: 'form.regionChoose',
		scope: 'profileForm',
		keys: ['enter'],
		hint: 'use region',
		description: 'In the region list: fill the field with the highlighted region',
	},
	{
		action: 'form.regionClose',
		scope: 'profileForm',
		keys: ['escape'],
		hint: 'keep as it was',
		description: 'In the region list: close it and leave the field unchanged',
	},
	{
		action: 'form.save',
		scope: 'profileForm',
		keys: ['enter'],
		hint: 'save',
		description: 'Check the form and save the profile',
	},
	{
		action: 'form.cancel',
		scope: 'profileForm',
		keys: ['escape'],
		hint: 'cancel',
		description: 'Leave the form without saving',
	},
	{
		action: 'form.erase',
		scope: 'profileForm',
		keys: ['backspace'],
		description: 'Erase the last character of the field',
	},
];
