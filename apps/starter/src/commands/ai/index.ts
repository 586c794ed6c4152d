export { registerAgentCommand } from './agent';
export { registerResearchCommand } from './research';
