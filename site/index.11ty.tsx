// "/": the language chooser. No redirect and no guessing from the browser's language, so it works the
// same for everyone and with JavaScript off.
import { render as renderToString } from "preact-render-to-string";
import { Chooser } from "./_components/Chooser.tsx";

export const data = { permalink: "/index.html", layout: false };

export function render(): string {
  return `<!DOCTYPE html>${renderToString(<Chooser headingKey="root.title" />)}`;
}
