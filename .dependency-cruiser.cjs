/**
 * The import walls and the no-cycle rule, checked by `npm run lint`. dependency-cruiser resolves
 * every specifier (the `@/` alias, relative paths, `import()`, re-exports) to a file, so a wall
 * cannot be crossed by spelling the path another way. docs/architecture.md explains the layers.
 */
const TEST_FILE = "\\.(test|spec)\\.tsx?$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-orphans",
      severity: "error",
      comment: "A module that imports nothing and that nothing imports is dead code, unless it is an entry point: a route or page, a test, a script, a bench, a config.",
      from: {
        orphan: true,
        pathNot: ["\\.d\\.ts$", TEST_FILE, "^(app|e2e|scripts|bench)/", "(^|/)\\.[^/]+\\.(c|m)?js$", "(^|/)[a-z]+\\.config\\.(ts|mjs)$", "^(instrumentation|proxy|vitest\\.setup)\\.ts$"],
      },
      to: {},
    },
    {
      name: "no-circular",
      severity: "error",
      comment: "No import cycle anywhere: a cycle means two modules cannot be understood (or loaded) one after the other.",
      from: {},
      to: { circular: true },
    },
    {
      name: "lib-is-the-bottom",
      severity: "error",
      comment: "Product code in lib/ never imports the layers built on it (app, components, inngest) nor test scaffolding, emulators or benches. Test files beside it may use test/ and emulators/.",
      from: { path: "^lib/", pathNot: TEST_FILE },
      to: { path: "^(app|components|emulators|test|inngest|e2e|bench)/" },
    },
    {
      name: "registry-only-at-the-entry-points",
      severity: "error",
      comment: "Senders emit events and never know which jobs react; only the runners' entry points hold the list of jobs.",
      from: { pathNot: ["^scripts/local-runner\\.ts$", "^inngest/functions\\.ts$", TEST_FILE] },
      to: { path: "^lib/job-registry\\.ts$" },
    },
    {
      name: "components-without-database-or-storage",
      severity: "error",
      comment: "Components read and write through lib/ functions that check the caller's role and division, never the database or the blob store.",
      from: { path: "^components/", pathNot: TEST_FILE },
      to: { path: ["^lib/(db|storage)(/|\\.ts$)", "^node_modules/(drizzle-orm|pg|@neondatabase/serverless)/"] },
    },
    {
      name: "emulators-stand-alone",
      severity: "error",
      comment: "The emulators play the remote systems; they share nothing with the product code they are used to test.",
      from: { path: "^emulators/" },
      to: { path: "^lib/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(\\.next|\\.data|drizzle)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
