// markdown-it ships no types and is not a direct dependency: it is the parser Eleventy itself uses
// (installed with @11ty/eleventy), so the units are cut exactly where Eleventy's Markdown cuts blocks.
declare module "markdown-it" {
  export interface Token {
    type: string;
    tag: string;
    map: [number, number] | null;
    level: number;
    content: string;
  }
  interface MarkdownIt {
    parse(src: string, env: object): Token[];
    renderInline(src: string): string;
  }
  export default function markdownIt(options?: { html?: boolean }): MarkdownIt;
}
