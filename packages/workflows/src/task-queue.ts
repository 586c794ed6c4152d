/** The task queue the worker polls and clients start workflows on: the seed's name, kept on the wire. */
export const TASK_QUEUE = 'my-task-queue';
