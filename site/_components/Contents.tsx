// "On this page": the sections of a long page, first thing after its heading, so a reader on a phone
// sees what the page holds and jumps to it. Built from the page's HTML at build time.
import type { Context } from "../_lib/i18n/context.ts";
import type { Heading } from "../_lib/pages/headings.ts";

export function Contents({ ctx, sections }: { ctx: Context; sections: readonly Heading[] }) {
  return (
    <nav class="contents" aria-labelledby="contents">
      <p id="contents">{ctx.t("contents.label")}</p>
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
