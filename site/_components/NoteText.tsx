// The text of one tree note (_data/tree-notes.ts): under the doors of an advice page, and on a content
// page through {% note "id" %}, so a rule is worded once. Its {number} is the note's own phone number
// and its {link} the victims' rights page.
import type { TreeNote } from "../../_data/tree-notes.ts";
import type { Context } from "../_lib/i18n/context.ts";
import { k } from "../_lib/tree/tree-view.ts";
import { Fill } from "./fill.tsx";
import { PhoneLink } from "./PhoneLink.tsx";

export function NoteText({ ctx: { t, locale }, id, note }: { ctx: Context; id: string; note: TreeNote | undefined }) {
  return (
    <Fill
      t={t}
      k={k(`tree.note.${id}`)}
      parts={{
        number: note?.phone && <PhoneLink phone={note.phone} />,
        link: <a href={`/${locale}/rechten-slachtoffers/`}>{t("tree.rightsLink")}</a>,
      }}
    />
  );
}
