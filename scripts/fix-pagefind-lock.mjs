// Adds lockfile entries for Pagefind's other-platform binaries, which this registry does not serve.
import fs from "node:fs";
const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const pf = lock.packages["node_modules/pagefind"];
const plat = { "darwin-arm64": ["darwin","arm64"], "darwin-x64": ["darwin","x64"], "freebsd-x64": ["freebsd","x64"], "linux-arm64": ["linux","arm64"], "linux-x64": ["linux","x64"], "windows-arm64": ["win32","arm64"], "windows-x64": ["win32","x64"] };
for (const [name, ver] of Object.entries(pf.optionalDependencies)) {
  const key = "node_modules/" + name;
  if (lock.packages[key]) continue;
  const [os, cpu] = plat[name.split("/")[1]];
  lock.packages[key] = { version: ver, resolved: `https://registry.npmjs.org/${name}/-/${name.split("/")[1]}-${ver}.tgz`, cpu: [cpu], license: "MIT", optional: true, os: [os] };
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a],[b]) => a === "" ? -1 : b === "" ? 1 : a.localeCompare(b)));
fs.writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
