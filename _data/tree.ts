// "Where can I report?": the decision tree. Node ids are opaque on purpose: without JavaScript they are
// the page addresses (/nl/melden/q3/), and an address should not tell what was answered.
// q = question, r = result. Routing follows the channels' remits in shared/reference/facts.md
// ("Official routing guidance") and the fact review's judgement of every outcome: each situation gets
// its own advice page unless every text on it fits every path that reaches it. Bystanders are asked
// what they SEE, not to judge force. validate() in site/_lib/tree/tree.ts proves the shape at build start;
// _data/scenarios.ts says, situation by situation, which first doors are right.
import type { Tree } from "./types/tree.ts";

export const tree = {
  start: "q1",
  nodes: {
    // Emergency first.
    q1: { kind: "question", options: [{ id: "danger", next: "r1" }, { id: "noDanger", next: "q2" }] },
    // Who is worried? (Professionals name who they mean, so a worried colleague does not pick it.)
    q2: {
      kind: "question",
      options: [
        { id: "someoneElse", next: "q3" },
        { id: "myself", next: "q5" },
        { id: "professional", next: "q7" },
      ],
    },
    // Someone else: what do you notice? Options describe what a bystander can see.
    q3: {
      kind: "question",
      options: [
        { id: "sex", next: "q4" },
        { id: "work", next: "r4" },
        { id: "crime", next: "q4" },
        { id: "minor", next: "q11" },
        { id: "family", next: "r5" },
        { id: "notSure", next: "q12" },
      ],
    },
    // Someone else, sex work or crime: talk it through first (how can I help?), or report it?
    q4: {
      kind: "question",
      options: [
        { id: "advice", next: "r7" },
        { id: "named", next: "r2" },
        { id: "anonymous", next: "r3" },
      ],
    },
    // Someone else, a child or young person: talk it through first, or report (with a name or anonymously)?
    q11: {
      kind: "question",
      options: [
        { id: "advice", next: "r27" },
        { id: "named", next: "r6" },
        { id: "anonymous", next: "r12" },
      ],
    },
    // Someone else, cannot tell what it is: pass it on anonymously, report it with a name, or talk it through first?
    q12: {
      kind: "question",
      options: [
        { id: "passOn", next: "r13" },
        { id: "named", next: "r28" },
        { id: "advice", next: "r7" },
      ],
    },
    // Myself: what is happening?
    q5: {
      kind: "question",
      options: [
        { id: "work", next: "q6" },
        { id: "sex", next: "q10" },
        { id: "crime", next: "q13" },
        { id: "family", next: "r26" },
        { id: "minor", next: "r14" },
        { id: "notSure", next: "r15" },
      ],
    },
    // Myself, work or housing: what do you want now?
    q6: {
      kind: "question",
      options: [
        { id: "help", next: "r8" },
        { id: "leave", next: "r16" },
        { id: "report", next: "r17" },
        { id: "notSure", next: "r8" },
      ],
    },
    // Myself, forced into sex or sex work: what do you want now?
    q10: {
      kind: "question",
      options: [
        { id: "help", next: "r20" },
        { id: "stop", next: "r18" },
        { id: "report", next: "r9" },
        { id: "anonymous", next: "r19" },
        { id: "minor", next: "r14" },
        { id: "notSure", next: "r20" },
      ],
    },
    // Myself, forced into crime (drugs, theft, my bank account): what do you want now?
    q13: {
      kind: "question",
      options: [
        { id: "help", next: "r21" },
        { id: "report", next: "r9" },
        { id: "anonymous", next: "r19" },
        { id: "minor", next: "r14" },
        { id: "notSure", next: "r21" },
      ],
    },
    // Professional: a child or an adult?
    q7: { kind: "question", options: [{ id: "minor", next: "r10" }, { id: "adult", next: "q8" }] },
    // Professional, adult: what do you need?
    q8: {
      kind: "question",
      options: [
        { id: "advice", next: "r11" },
        { id: "care", next: "r22" },
        { id: "report", next: "q9" },
        { id: "family", next: "r25" },
        { id: "notSure", next: "r11" },
      ],
    },
    // Professional reporting: which exploitation do you suspect?
    q9: {
      kind: "question",
      options: [
        { id: "sexOrCrime", next: "r23" },
        { id: "work", next: "r24" },
        { id: "family", next: "r25" },
      ],
    },

    // Danger now.
    r1: { kind: "outcome", channels: ["emergency", "politie"], notes: ["app112"] },
    // Someone else, sex work or crime, can give a name.
    r2: { kind: "outcome", channels: ["politie", "mma", "comensha"] },
    // Someone else, sex work or crime, anonymous.
    r3: { kind: "outcome", channels: ["mma", "politie", "comensha"] },
    // Someone else, work or housing. The NLA asks where, when and which company: someone who cannot know
    // that (a cousin's relative) can tell the police, or ask CoMensha's helpdesk first.
    r4: { kind: "outcome", channels: ["nla", "politie", "mma", "comensha", "fairwork"] },
    // Someone else, exploited by a partner or family member.
    r5: { kind: "outcome", channels: ["veiligthuis", "politie", "mma"] },
    // Someone else, a minor, can give a name.
    r6: { kind: "outcome", channels: ["politie", "meldpuntminderjarigen", "veiligthuis"], notes: ["childNonPunishment"] },
    // Someone else, cannot tell what it is, wants to talk it through.
    r7: { kind: "outcome", channels: ["comensha", "veiligthuis", "mma"] },
    // Myself, work: advice about my rights. FairWork has no phone number here: the NLA answers a phone, and
    // Veilig Thuis (day and night) and CoMensha are there for a partner who controls, or sex called "work".
    r8: { kind: "outcome", channels: ["fairwork", "nla", "veiligthuis", "comensha"], notes: ["dependentResidence"] },
    // Myself, sex or crime: an official report.
    r9: { kind: "outcome", channels: ["politie", "comensha", "slachtofferhulp"], notes: ["nonPunishment", "moneyMule"] },
    // Professional, a child or young person: the Meldcode.
    r10: { kind: "outcome", channels: ["veiligthuis", "meldpuntminderjarigen", "comensha", "politie", "scharlakenkoord"], reader: "professional" },
    // Professional, an adult: advice.
    r11: { kind: "outcome", channels: ["comensha", "hvoquerido", "veiligthuis"], reader: "professional" },
    // Someone else, a minor, anonymous: the anonymous door with a phone first; the meldpunt (online only,
    // run by CoMensha with Terre des Hommes) next.
    r12: { kind: "outcome", channels: ["mma", "meldpuntminderjarigen", "veiligthuis"], notes: ["childNonPunishment"] },
    // Someone else, cannot tell what it is, wants to pass it on.
    r13: { kind: "outcome", channels: ["mma", "politie", "comensha"] },
    // Myself, under 18: a low-threshold door first.
    r14: { kind: "outcome", channels: ["veiligthuis", "meldpuntminderjarigen", "politie"], notes: ["kindertelefoon", "nonPunishment"] },
    // Myself, not sure it is exploitation.
    r15: { kind: "outcome", channels: ["comensha", "fairwork", "veiligthuis"] },
    // Myself, work: I want to get away and need a safe place.
    r16: { kind: "outcome", channels: ["comensha", "politie", "slachtofferhulp", "fairwork"], notes: ["dependentResidence"] },
    // Myself, work: report my employer.
    r17: { kind: "outcome", channels: ["nla", "fairwork", "mma", "slachtofferhulp"] },
    // Myself, sex work: help to stop.
    r18: { kind: "outcome", channels: ["scharlakenkoord", "comensha", "slachtofferhulp"] },
    // Myself, sex or crime: pass on information anonymously.
    r19: { kind: "outcome", channels: ["mma", "comensha", "politie", "slachtofferhulp"], notes: ["nonPunishment"] },
    // Myself, forced into sex: help and a safe place.
    r20: {
      kind: "outcome",
      channels: ["comensha", "slachtofferhulp", "veiligthuis", "politie", "scharlakenkoord"],
      notes: ["nonPunishment", "dependentResidence", "app112"],
    },
    // Myself, forced into crime: help and a safe place.
    r21: { kind: "outcome", channels: ["comensha", "slachtofferhulp", "politie"], notes: ["moneyMule", "nonPunishment", "app112"] },
    // Professional, an adult who needs care and shelter: the regional care coordination.
    r22: { kind: "outcome", channels: ["hvoquerido", "comensha", "politie"], reader: "professional" },
    // Professional, sexual or criminal exploitation of an adult: weigh secrecy, then the police.
    r23: { kind: "outcome", channels: ["politie", "comensha", "hvoquerido"], reader: "professional" },
    // Professional, exploitation at work.
    r24: { kind: "outcome", channels: ["nla", "comensha", "hvoquerido"], reader: "professional" },
    // Professional, exploitation by a partner or family member: the Meldcode.
    r25: { kind: "outcome", channels: ["veiligthuis", "comensha", "politie"], reader: "professional" },
    // Someone else, a minor: a parent or neighbour who wants advice first.
    r27: { kind: "outcome", channels: ["veiligthuis", "meldpuntminderjarigen", "politie"], notes: ["childNonPunishment"] },
    // Myself, exploited by my partner or a family member.
    r26: { kind: "outcome", channels: ["veiligthuis", "politie", "comensha"], notes: ["dependentResidence", "app112"] },
    // Someone else, cannot tell what it is, will give a name.
    r28: { kind: "outcome", channels: ["politie", "mma", "comensha"] },
  },
} as const satisfies Tree;

export type NodeId = keyof typeof tree.nodes;
export default tree;
