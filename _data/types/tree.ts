// The shape of a decision tree: routing only. Every text comes from the UI strings, keyed by node and
// option id (tree.<node>.question, tree.<node>.<option>, tree.<outcome>.title/lead/why.<channel>).
export interface TreeOption {
  id: string;
  next: string;
}
export interface QuestionNode {
  kind: "question";
  options: readonly TreeOption[];
}
export interface OutcomeNode {
  kind: "outcome";
  /** Organisation ids, best channel first; the rest are alternatives. */
  channels: readonly string[];
}
export type TreeNode = QuestionNode | OutcomeNode;
export interface Tree {
  start: string;
  nodes: Readonly<Record<string, TreeNode>>;
}
