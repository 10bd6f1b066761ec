import { describe, expect, it } from 'vitest';
import {
	iamEndpointFor,
	modelArtsEndpointFor,
	regionOverrideVariable,
} from '../../source/client/regionEndpoints.js';

describe('modelArtsEndpointFor', () => {
	it('follows the modelarts.{region}.myhuaweicloud.com pattern', () => {
		expect(modelArtsEndpointFor('cn-north-4', {}).url).toBe(
			'https://modelarts.cn-north-4.myhuaweicloud.com',
		);
		expect(modelArtsEndpointFor('la-south-2', {}).url).toBe(
			'https://modelarts.la-south-2.myhuaweicloud.com',
		);
	});

	it('uses .myhuaweicloud.cn for ap-southeast-1, as the SDK region list does', () => {
		expect(modelArtsEndpointFor('ap-southeast-1', {}).url).toBe(
			'https://modelarts.ap-southeast-1.myhuaweicloud.cn',
		);
		expect(modelArtsEndpointFor('ap-southeast-2', {}).url).toBe(
			'https://modelarts.ap-southeast-2.myhuaweicloud.com',
		);
	});

	it('uses .myhuaweicloud.eu for European regions', () => {
		expect(modelArtsEndpointFor('eu-west-101', {}).url).toBe(
			'https://modelarts.eu-west-101.myhuaweicloud.eu',
		);
	});

	it('takes the SDK override variable, first entry of a list, and names it as the source', () => {
		const variable = regionOverrideVariable('modelarts', 'cn-north-4');
		expect(variable).toBe('HUAWEICLOUD_SDK_REGION_MODELARTS_CN_NORTH_4');

		const resolved = modelArtsEndpointFor('cn-north-4', {
			[variable]: 'https://private.example.com/, https://backup.example.com',
		});
		expect(resolved).toEqual({ url: 'https://private.example.com', source: variable });
	});
});

describe('iamEndpointFor', () => {
	it('asks the region’s IAM, which stays under .com even for ap-southeast-1', () => {
		expect(iamEndpointFor('cn-north-4')).toBe('https://iam.cn-north-4.myhuaweicloud.com');
		expect(iamEndpointFor('ap-southeast-1')).toBe('https://iam.ap-southeast-1.myhuaweicloud.com');
	});

	it('asks the same origin when the ModelArts endpoint was given explicitly', () => {
		expect(iamEndpointFor('cn-north-4', 'http://127.0.0.1:4000/base')).toBe(
			'http://127.0.0.1:4000',
		);
	});
});
