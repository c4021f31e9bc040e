import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every file below `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const walk = (sub: string): string[] =>
    readdirSync(path.join(dir, sub)).flatMap((name) => {
      const rel = sub ? `${sub}/${name}` : name;
      return statSync(path.join(dir, rel)).isDirectory() ? walk(rel) : [rel];
    });
  return walk("").sort();
}

/** The address a built HTML file is served at: "uk/signalen/index.html" -> "/uk/signalen/". */
export function urlOfBuiltFile(rel: string): string {
  const url = `/${rel}`;
  return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
}
