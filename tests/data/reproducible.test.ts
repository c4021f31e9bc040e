// Same checkout, same site (issue 15): two builds of one checkout, run at the same time in two folders,
// write the same files byte for byte: pages, PDFs, search index, compressed copies. Whatever a build
// takes from the moment (a random order, a time of day, the folder it runs in) shows up here as the
// files that differ.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listFiles } from "../../site/_lib/publish/files.ts";

const root = process.cwd();
const copied = ["site", "_data", "_includes", "scripts", "translations", "eleventy.config.js", "package.json", "tsconfig.json"];
const folders: string[] = [];

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "reproducible-"));
  for (const entry of copied) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  folders.push(dir);
  return dir;
}

function build(dir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, NO_COLOR: "1", SITE_TODAY: "2026-12-05", SITE_URL: "https://www.example.org" };
    const run = spawn("node", ["scripts/build.js"], { cwd: dir, env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    run.stderr.on("data", (chunk) => (stderr += chunk));
    run.on("close", (code) => (code === 0 ? resolve(dir) : reject(new Error(`build in ${dir} exited with ${code}:\n${stderr}`))));
  });
}

afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("the same checkout builds the same site", () => {
  it("two builds at once write the same files with the same bytes", async () => {
    const [a, b] = await Promise.all([build(project()), build(project())]);
    const files = listFiles(path.join(a, "dist")).sort();
    expect(listFiles(path.join(b, "dist")).sort()).toEqual(files);
    expect(files.length).toBeGreaterThan(800);
    const differing = files.filter((rel) => !readFileSync(path.join(a, "dist", rel)).equals(readFileSync(path.join(b, "dist", rel))));
    expect(differing).toEqual([]);
  }, 120_000);
});
