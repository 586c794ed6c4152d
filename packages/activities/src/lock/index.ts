export { requestLock } from './request-lock';
export { sharedResources, useSharedResource, type ResourceUse } from './shared-resource';
