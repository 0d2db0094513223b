export * from './nodes';
export { parseResolution } from './parser';
