export * from './inputs.js';
export * from './run-action.js';
export * from './runner-context.js';
export * from './bump-inputs.js';
export * from './large-outputs.js';
export * from './summary-table.js';
