// Failure types callers branch on. No zod here: workflow code imports these through '@reference/models/wire'.

/** Values refused by the wire contract, by where they arrived (see wire.ts). */
export const INVALID_WORKFLOW_INPUT = 'InvalidWorkflowInput';
export const INVALID_UPDATE_INPUT = 'InvalidUpdateInput';
export const INVALID_ACTIVITY_INPUT = 'InvalidActivityInput';
export const INVALID_DATA = 'InvalidData';

/** The failure type an approver's rejection carries (`client.activity.fail`): the workflow branches on it. */
export const APPROVAL_REJECTED = 'ApprovalRejected';

/** A greeting asked for in a language GreetingService does not speak (see workflows/src/nexus). */
export const UNSUPPORTED_LANGUAGE = 'UnsupportedLanguage';

/** A batch's source is gone, or has changed since the batch counted it: its pages cannot be read as counted. */
export const BATCH_SOURCE_MISSING = 'BatchSourceMissing';
export const BATCH_SOURCE_CHANGED = 'BatchSourceChanged';
