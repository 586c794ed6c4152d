export { brokenReferences, documentationFiles, headingSlugs, repositoryPath } from './docs-links';
export { domainLayoutProblems, readDomainLayout, type DomainLayout } from './domain-layout';
export { workflowImportViolations } from './workflow-imports';
export {
  lockedTemporalVersions,
  runtimeClosure,
  workspacePackages,
  workspaceRoot,
  type WorkspacePackage,
} from './workspace';
