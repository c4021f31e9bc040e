// The regional picture: the figures the municipal plans publish (shared/seeds/), each series with the
// plan, section and table it comes from. Rows and columns are label ids (pro.label.<id> in the UI
// strings); `values[row][column]`. Checked at build start: a series without a source, or whose values do
// not fit its rows and columns, stops the build.
import type { PlanRef } from "./types/plan.ts";

export interface Series {
  id: string;
  rows: readonly string[];
  columns: readonly string[];
  values: readonly (readonly number[])[];
  /**
   * Where the numbers are printed: the table's own title ("Politie 2022"), or `inText` where the plan
   * gives them in its running text (never an invented table title: fact review 2026-12, §3).
   */
  source: PlanRef & ({ table: string } | { inText: true });
}

const BLOEMENDAAL_31: PlanRef = {
  seed: "000_abe07b85b0c20474.txt",
  section: "3.1",
  title: "Uitvoeringsplan aanpak mensenhandel Gemeente Bloemendaal 2024-2026",
  date: "2024",
};
const HAARLEMMERMEER_34: PlanRef = {
  seed: "004_608bd8188b7cd88c.txt",
  section: "3.4",
  title: "Aanpak mensenhandel Haarlemmermeer 2024 tot 2027",
  date: "2024",
};

const AREAS = ["heemstede", "zandvoort", "bloemendaal", "ijmond", "haarlem", "haarlemmermeer"] as const;
const FORMS = ["sexual", "criminal", "labour"] as const;

export const figures = [
  {
    id: "police2022",
    rows: AREAS,
    columns: FORMS,
    values: [[1, 0, 0], [0, 0, 0], [0, 0, 0], [4, 1, 1], [5, 0, 3], [1, 3, 1]],
    source: { ...BLOEMENDAAL_31, table: "Politie 2022" },
  },
  {
    id: "care2022",
    rows: AREAS,
    columns: FORMS,
    values: [[4, 0, 0], [0, 0, 2], [0, 0, 0], [9, 1, 0], [18, 1, 1], [4, 0, 2]],
    source: { ...BLOEMENDAAL_31, table: "Zorg coördinatoren 2022" },
  },
  {
    id: "nla2021",
    rows: AREAS,
    columns: ["labour"],
    values: [[1], [0], [0], [2], [4], [3]],
    source: { ...BLOEMENDAAL_31, table: "NLA 2021" },
  },
  {
    id: "nh2022",
    rows: FORMS,
    columns: ["policeSignals"],
    values: [[37], [11], [5]],
    // "53 signalen = 37 + 11 + 5", in the text of §3.4.
    source: { ...HAARLEMMERMEER_34, inText: true },
  },
  {
    id: "national",
    rows: ["estimate", "registered2022"],
    columns: ["victims"],
    values: [[5000], [814]],
    // "De schatting is 5.000 … ten opzichte van het in 2022 gemelde aantal van 814", in the text of §3.4. The
    // estimate is per year, over 2018 and 2019 (Nationaal Rapporteur, 30 Nov 2021; fact review 2026-12, §3).
    source: { ...HAARLEMMERMEER_34, inText: true },
  },
] as const satisfies readonly Series[];

export type FigureId = (typeof figures)[number]["id"];
export default figures;
