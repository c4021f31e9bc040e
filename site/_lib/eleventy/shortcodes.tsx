// The shortcodes prose pages use to show facts, phone numbers and organisations. They render from the
// typed data (never retyped in Markdown) and note each source so the page lists it.
import { render } from "preact-render-to-string";
import facts, { type FactId } from "../../../_data/facts.ts";
import organisations, { type Organisation } from "../../../_data/organisations.ts";
import tree from "../../../_data/tree.ts";
import { treeNotes, type TreeNote, type TreeNoteId } from "../../../_data/tree-notes.ts";
import { mainPhone, OrgCard, websiteOf } from "../../_components/OrgCard.tsx";
import { NoteText } from "../../_components/NoteText.tsx";
import { PhoneLink } from "../../_components/PhoneLink.tsx";
import { TreeDiagram } from "../../_components/TreeDiagram.tsx";
import { TreeTable } from "../../_components/TreeTable.tsx";
import { renderFact } from "../facts/fact-render.ts";
import { citeOrganisation, citeSource } from "../facts/page-sources.ts";
import { siteToday } from "../facts/today.ts";
import { registerPrintShortcodes } from "./print-downloads.tsx";
import { pageContext, type Config, type ShortcodeThis } from "./shortcode-context.ts";


function organisation(self: ShortcodeThis, id: string): Organisation {
  const org = organisations.find((o) => o.id === id);
  if (!org) throw new Error(`${self.page.inputPath}: unknown organisation "${id}"`);
  citeOrganisation(self.page.url, org);
  return org;
}

export function registerShortcodes(config: Config): void {
  config.addShortcode("fact", function (id) {
    const fact = facts[id as FactId];
    if (!fact) throw new Error(`${this.page.inputPath}: unknown fact "${id}" (see _data/facts.ts)`);
    citeSource(this.page.url, fact.source);
    // An amount past its expiry day renders as "may have changed" with a link (see fact-render.ts).
    return renderFact(fact, pageContext(this), siteToday());
  });

  config.addShortcode("phone", function (id) {
    const org = organisation(this, id);
    const phone = mainPhone(org);
    if (!phone) throw new Error(`${this.page.inputPath}: "${id}" has no phone number; use {% website "${id}" %}`);
    return render(<PhoneLink phone={phone} />);
  });

  config.addShortcode("website", function (id) {
    const org = organisation(this, id);
    const url = websiteOf(org, pageContext(this));
    if (!url) throw new Error(`${this.page.inputPath}: "${id}" has no website`);
    return render(
      <a href={url} rel="noreferrer">
        {org.name}
      </a>,
    );
  });

  config.addShortcode("org", function (id) {
    return render(<OrgCard org={organisation(this, id)} ctx={pageContext(this)} />);
  });

  // A rule the tree's advice pages state as a note, here as a paragraph of a content page.
  config.addShortcode("note", function (id) {
    const note: TreeNote | undefined = treeNotes[id as TreeNoteId];
    if (!note) throw new Error(`${this.page.inputPath}: unknown note "${id}" (see _data/tree-notes.ts)`);
    citeSource(this.page.url, note.source);
    if (note.phone) citeSource(this.page.url, note.phone.source);
    return render(
      <p>
        <NoteText ctx={pageContext(this)} id={id} note={note} />
      </p>,
    );
  });

  config.addShortcode("directory", function () {
    const ctx = pageContext(this);
    return render(
      <div class="directory">
        {organisations.map((o) => (
          <OrgCard key={o.id} org={organisation(this, o.id)} ctx={ctx} Heading="h2" />
        ))}
      </div>,
    );
  });

  config.addShortcode("treediagram", function () {
    return render(<TreeDiagram ctx={pageContext(this)} tree={tree} />);
  });

  config.addShortcode("treetable", function () {
    return render(<TreeTable ctx={pageContext(this)} tree={tree} />);
  });

  registerPrintShortcodes(config);
}
