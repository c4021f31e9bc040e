// "Where can I report?": the decision tree. Node ids are opaque on purpose: they are the page
// addresses (/nl/melden/q3/), and an address must not tell anyone what was answered.
// q = question, r = result. The routing follows the channels' remits in shared/reference/facts.md
// ("Official routing guidance"). validate() in site/_lib/tree.ts proves the shape at build start.
import type { Tree } from "../site/_lib/tree-types.ts";

export const tree = {
  start: "q1",
  nodes: {
    // Emergency first.
    q1: { kind: "question", options: [{ id: "danger", next: "r1" }, { id: "noDanger", next: "q2" }] },
    // Who is worried?
    q2: {
      kind: "question",
      options: [
        { id: "someoneElse", next: "q3" },
        { id: "myself", next: "q5" },
        { id: "professional", next: "q7" },
      ],
    },
    // About someone else: what kind of situation?
    q3: {
      kind: "question",
      options: [
        { id: "sex", next: "q4" },
        { id: "work", next: "r4" },
        { id: "crime", next: "q4" },
        { id: "minor", next: "r6" },
        { id: "family", next: "r5" },
        { id: "notSure", next: "r7" },
      ],
    },
    // About someone else, sexual or criminal exploitation: give a name or stay anonymous?
    q4: { kind: "question", options: [{ id: "named", next: "r2" }, { id: "anonymous", next: "r3" }] },
    // About yourself: what is happening?
    q5: {
      kind: "question",
      options: [
        { id: "work", next: "q6" },
        { id: "sex", next: "q10" },
        { id: "crime", next: "q10" },
        { id: "family", next: "r5" },
        { id: "minor", next: "r6" },
        { id: "notSure", next: "r8" },
      ],
    },
    // About your own work: help, report, or not sure?
    q6: {
      kind: "question",
      options: [
        { id: "help", next: "r8" },
        { id: "report", next: "r4" },
        { id: "notSure", next: "r8" },
      ],
    },
    // Professional: a minor or an adult?
    q7: { kind: "question", options: [{ id: "minor", next: "r10" }, { id: "adult", next: "q8" }] },
    // Professional, adult: advice or report?
    q8: {
      kind: "question",
      options: [
        { id: "advice", next: "r11" },
        { id: "report", next: "q9" },
        { id: "notSure", next: "r11" },
      ],
    },
    // Professional reporting: which kind of exploitation?
    q9: {
      kind: "question",
      options: [
        { id: "sexOrCrime", next: "r2" },
        { id: "work", next: "r4" },
        { id: "family", next: "r5" },
      ],
    },
    // About yourself, sexual or criminal exploitation: what do you want now?
    q10: {
      kind: "question",
      options: [
        { id: "help", next: "r8" },
        { id: "report", next: "r9" },
        { id: "anonymous", next: "r3" },
        { id: "notSure", next: "r8" },
      ],
    },
    r1: { kind: "outcome", channels: ["emergency", "politie"] },
    r2: { kind: "outcome", channels: ["politie", "mma", "comensha"] },
    r3: { kind: "outcome", channels: ["mma", "politie", "comensha"] },
    r4: { kind: "outcome", channels: ["nla", "mma", "fairwork"] },
    r5: { kind: "outcome", channels: ["veiligthuis", "politie", "mma"] },
    r6: { kind: "outcome", channels: ["politie", "veiligthuis", "meldpuntminderjarigen", "mma"] },
    r7: { kind: "outcome", channels: ["comensha", "mma", "veiligthuis"] },
    r8: { kind: "outcome", channels: ["comensha", "fairwork", "slachtofferhulp", "politie"] },
    r9: { kind: "outcome", channels: ["politie", "comensha", "slachtofferhulp"] },
    r10: { kind: "outcome", channels: ["veiligthuis", "meldpuntminderjarigen", "politie"] },
    r11: { kind: "outcome", channels: ["comensha", "hvoquerido", "veiligthuis"] },
  },
} as const satisfies Tree;

export type NodeId = keyof typeof tree.nodes;
export default tree;
