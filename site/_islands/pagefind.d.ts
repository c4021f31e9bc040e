// Pagefind's browser module, /pagefind/pagefind.js, written by scripts/build-search.ts: the part we use.
// scripts/build-islands.ts maps the name "pagefind-web" to that address, loaded at run time.
declare module "pagefind-web" {
  export interface PagefindData {
    url: string;
    content: string;
    locations: number[];
    meta: Record<string, string>;
    anchors?: { element: string; id: string; text?: string; location: number }[];
  }
  export interface PagefindInstance {
    init(): Promise<void>;
    search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
  }
  export function createInstance(options: { noWorker?: boolean; excerptLength?: number; ranking?: Record<string, number> }): PagefindInstance;
}
