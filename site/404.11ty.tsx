// The 404 page for addresses outside any language folder (the server sends each language's own 404
// page for addresses inside one).
import { render as renderToString } from "preact-render-to-string";
import { Chooser } from "./_components/Chooser.tsx";

export const data = { permalink: "/404.html", layout: false, eleventyExcludeFromCollections: true };

export function render(): string {
  return `<!DOCTYPE html>${renderToString(<Chooser headingKey="root.notFound" />)}`;
}
