#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import assert from 'node:assert';
import vm from 'node:vm';
import { Command } from 'commander';

/**
 * What one workflow pays to evaluate a bundle's modules, per module. The SDK runs every workflow in one V8 context
 * but gives each its own module cache: modules loaded while the bundle starts (and `preloadModules`) are shared,
 * every other module a workflow reaches is evaluated again for it. This script loads a bundle the same way (a shared
 * cache, then a fresh one per simulated workflow), times each module's own evaluation, and sums by package.
 */
interface ModuleCost {
  perWorkflowMs: number;
  modulesPerWorkflow: number;
  sharedModules: number;
  byPackage: Array<{ name: string; ms: number }>;
}

type ModuleFactory = (...args: unknown[]) => unknown;
interface BundleGlobals {
  __mods: Record<string, ModuleFactory>;
  __req: (id: string) => unknown;
  __TEMPORAL__: {
    preloadModules?: () => void;
    importInterceptors: () => unknown[];
    importWorkflows: () => Record<string, unknown>;
  };
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

function packageOf(moduleId: string): string {
  const inNodeModules = /node_modules\/(@[^/]+\/[^/]+|[^/]+)\/(?!.*node_modules)/.exec(moduleId);
  return inNodeModules ? inNodeModules[1]! : moduleId.replace(/^.*?((packages|apps)\/)/, '$1');
}

export function measureModuleCost(bundlePath: string, workflowType: string, workflows: number): ModuleCost {
  // Expose webpack's module table and require, which the bundle keeps in a closure.
  const code = readFileSync(bundlePath, 'utf8')
    .replace('var __webpack_modules__ = (', 'var __webpack_modules__ = globalThis.__mods = (')
    .replace(/function __webpack_require__\(moduleId\) \{/, (m) => `globalThis.__req = __webpack_require__; ${m}`);
  const context = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
  // The globals the SDK's sandbox provides (vm-shared.ts injectGlobals), plus performance for OpenTelemetry.
  Object.assign(context, { URL, URLSearchParams, TextEncoder, TextDecoder, AbortController, performance, assert });
  const shared = new Map<string, unknown>();
  let perWorkflow: Map<string, unknown> | undefined;
  const cache = new Proxy(
    {},
    {
      get: (_, id: string) => shared.get(id) ?? perWorkflow?.get(id),
      set: (_, id: string, value) => ((perWorkflow ?? shared).set(id, value), true),
    },
  );
  Object.defineProperty(context, '__webpack_module_cache__', { value: cache });
  vm.runInContext(code, context, { filename: bundlePath });
  const bundle = context as unknown as BundleGlobals;

  const selfMs = new Map<string, number>();
  const childMs: number[] = [];
  for (const [id, factory] of Object.entries(bundle.__mods)) {
    bundle.__mods[id] = function (this: unknown, ...args: unknown[]) {
      const started = now();
      childMs.push(0);
      try {
        return factory.apply(this, args);
      } finally {
        const children = childMs.pop()!;
        const total = now() - started;
        selfMs.set(id, (selfMs.get(id) ?? 0) + total - children);
        if (childMs.length) childMs[childMs.length - 1]! += total;
      }
    };
  }
  bundle.__TEMPORAL__.preloadModules?.();
  const payloadConverter = Object.keys(bundle.__mods).find((id) => /payload-converter\.js$/.test(id));
  // As initRuntime does for each workflow: the payload converter, the interceptors, then the workflow by its type.
  const startWorkflow = () => {
    perWorkflow = new Map();
    if (payloadConverter) bundle.__req(payloadConverter);
    bundle.__TEMPORAL__.importInterceptors();
    const workflow = bundle.__TEMPORAL__.importWorkflows()[workflowType];
    if (typeof workflow !== 'function') throw new Error(`the bundle exports no workflow ${workflowType}`);
    return perWorkflow.size;
  };
  for (let i = 0; i < 20; i++) startWorkflow(); // warm-up: V8 compiles each module function once
  selfMs.clear();
  const started = now();
  let modulesPerWorkflow = 0;
  for (let i = 0; i < workflows; i++) modulesPerWorkflow = startWorkflow();
  const perWorkflowMs = (now() - started) / workflows;
  const byPackage = new Map<string, number>();
  for (const [id, ms] of selfMs) byPackage.set(packageOf(id), (byPackage.get(packageOf(id)) ?? 0) + ms / workflows);
  return {
    perWorkflowMs,
    modulesPerWorkflow,
    sharedModules: shared.size,
    byPackage: [...byPackage].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms),
  };
}

if (require.main === module) {
  new Command('module-cost')
    .description('per-workflow module evaluation cost of a workflow bundle, by package')
    .argument('<bundle>', 'a workflow bundle, e.g. apps/worker/dist/workflow-bundle.js')
    .argument('[workflowType]', 'the workflow type to start', 'GreetingWorkflow')
    .option('-n, --workflows <count>', 'simulated workflows', '300')
    .action((bundlePath: string, workflowType: string, options: { workflows: string }) => {
      const cost = measureModuleCost(bundlePath, workflowType, Number(options.workflows));
      console.log(
        `${workflowType}: ${cost.perWorkflowMs.toFixed(3)} ms per workflow, ${cost.modulesPerWorkflow} modules ` +
          `evaluated per workflow, ${cost.sharedModules} shared`,
      );
      for (const { name, ms } of cost.byPackage.slice(0, 12)) console.log(`${ms.toFixed(3).padStart(8)} ms  ${name}`);
    })
    .parse();
}
