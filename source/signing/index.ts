export * from './canonicalRequest.js';
export * from './percentEncode.js';
export * from './queryString.js';
export * from './signRequest.js';
