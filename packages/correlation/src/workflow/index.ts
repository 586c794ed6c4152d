// For workflow code: runs in the sandbox, so nothing here may reach Node (the package's main entry does).
export { correlationId } from './current';
export { recordDecision } from './audit';
