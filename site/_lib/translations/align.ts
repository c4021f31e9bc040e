// Pairs a translated page's units with the Dutch page's units, so that a finding names exactly which
// Dutch unit is missing and which translated unit is extra. Pairing goes by kind (a list item only pairs
// with a list item), by the Dutch version the translated unit records, by what reads the same in every
// language (shortcodes, link targets, numbers) and by order: the best-scoring order-keeping pairing wins.
import { describe, type Unit } from "./units.ts";

export interface Pair {
  nl: Unit;
  tr: Unit;
}

export type Finding =
  | { type: "missing"; nl: Unit; message: string }
  | { type: "extra"; tr: Unit; message: string }
  | { type: "outdated"; nl: Unit; tr: Unit; message: string };

export interface Alignment {
  pairs: Pair[];
  /** Missing first, then extra, then outdated: soonest to fix first. */
  findings: Finding[];
}

const SEVERITY = { missing: 0, extra: 1, outdated: 2 } as const;

function score(nl: Unit, tr: Unit, dutchHashes: ReadonlySet<string>): number {
  if (nl.kind !== tr.kind) return -1;
  if (tr.stamp === nl.hash) return 8;
  // Stamped for another Dutch unit that still exists: it belongs there, pair here only as a last resort.
  let s = tr.stamp && dutchHashes.has(tr.stamp) ? 1 : 4;
  if (nl.signature || tr.signature) s += nl.signature === tr.signature ? 2 : -1;
  // Headings hold the page's structure: pairing them keeps a short list from shifting the next section.
  if (nl.kind.startsWith("heading")) s += 6;
  return s;
}

export function align(nlUnits: readonly Unit[], trUnits: readonly Unit[]): Alignment {
  const n = nlUnits.length;
  const m = trUnits.length;
  const dutchHashes = new Set(nlUnits.map((u) => u.hash));
  // best[i][j]: the highest total score pairing nl[i..] with tr[j..].
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = score(nlUnits[i]!, trUnits[j]!, dutchHashes);
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, s > 0 ? s + best[i + 1]![j + 1]! : 0);
    }
  }
  const pairs: Pair[] = [];
  const findings: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const nl = nlUnits[i];
    const tr = trUnits[j];
    if (nl && tr) {
      const s = score(nl, tr, dutchHashes);
      if (s > 0 && best[i]![j] === s + best[i + 1]![j + 1]!) {
        pairs.push({ nl, tr });
        i++;
        j++;
        continue;
      }
      if (best[i]![j] === best[i + 1]![j]) {
        findings.push({ type: "missing", nl, message: `missing ${describe(nl)}` });
        i++;
      } else {
        findings.push({ type: "extra", tr, message: `extra ${describe(tr)}` });
        j++;
      }
    } else if (nl) {
      findings.push({ type: "missing", nl, message: `missing ${describe(nl)}` });
      i++;
    } else {
      findings.push({ type: "extra", tr: tr!, message: `extra ${describe(tr!)}` });
      j++;
    }
  }
  for (const { nl, tr } of pairs) {
    if (tr.stamp === nl.hash) continue;
    const why = tr.stamp ? "the Dutch changed since it was translated" : "not stamped yet";
    findings.push({ type: "outdated", nl, tr, message: `outdated unit ${tr.n}, translates Dutch ${describe(nl)}: ${why}` });
  }
  findings.sort((a, b) => SEVERITY[a.type] - SEVERITY[b.type]);
  return { pairs, findings };
}
