import path from 'node:path';

/** The floor worker's prebuilt workflow bundle, written by `build` beside the compiled code (build-floor-bundle.ts). */
export const FLOOR_BUNDLE_PATH = path.join(__dirname, 'floor-workflow-bundle.js');
