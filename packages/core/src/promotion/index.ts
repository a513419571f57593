/**
 * Promotion: plan a bump of an environment over a tree read through the API, write it as one
 * verified commit and open or update its pull request.
 */
export * from './promotion-branch.js';
export * from './promotion-plan.js';
export * from './pull-request-text.js';
export * from './github-api.js';
export * from './repository-reader.js';
export * from './branch-writer.js';
export * from './pull-requests.js';
export * from './open-promotion.js';
export * from './holds-schema.js';
export * from './holds.js';
export * from './holds-source.js';
export * from './rollback-plan.js';
export * from './revert-target.js';
export * from './open-rollback.js';
export * from './environment-images.js';
export * from './source-commits.js';
