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
  /** Answers to what people in this situation ask most (ids in _data/tree-notes.ts), shown under the doors. */
  notes?: readonly string[];
  /**
   * Who reads this advice, where it changes what a card may say: professionals report to Veilig Thuis
   * with their own name (they consult without names), so their cards never promise anonymity there.
   */
  reader?: "professional";
}
export type TreeNode = QuestionNode | OutcomeNode;
export interface Tree {
  start: string;
  nodes: Readonly<Record<string, TreeNode>>;
}
