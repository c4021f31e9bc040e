// The data each print template reads, built from the UI strings, the facts and the organisations.
// Every text keeps the key it came from, so the build can name the key when a text does not fit
// its panel. The templates (site/_print/*.typ) only lay out what is here: no number, amount or
// date is typed into a template.
import facts, { type FactId } from "../../../_data/facts.ts";
import organisations, { type Organisation } from "../../../_data/organisations.ts";
import { localeInfo, type Locale } from "../../../_data/locales.ts";
import type { StringKey } from "../../../_data/strings/index.ts";
import { contextFor } from "../i18n/strings.ts";
import { formatDate } from "../i18n/format.ts";
import { factText } from "../facts/fact-render.ts";
import { siteToday } from "../facts/today.ts";
import { lastValidDay } from "../facts/fact-expiry.ts";
import { municipalities } from "../../../_data/municipalities.ts";
import type { Source } from "../../../_data/types/source.ts";
import type { Params } from "../i18n/i18n.ts";
import type { ProductId } from "./products.ts";

/** A text with the string key it came from. */
export interface KeyedText {
  key: string;
  text: string;
}

/**
 * A line of a pocket card or tear-off strip: an everyday label and the number, nothing else. No
 * organisation name: a card is what a controller finds first in a wallet (see _data/strings/print/nl.ts).
 */
export interface CardLine {
  id: string;
  /** The number as people write it ("0800-5151"). */
  number: string;
  label: KeyedText;
}

/** A contact in the folder: a number, or a web address where the facts sheet has no confirmed number. */
export interface Contact {
  id: string;
  name: string;
  number: string;
  note: KeyedText;
  cost?: KeyedText;
  alwaysOpen?: KeyedText;
  /** A second line, such as the police's number for foreign SIM cards. */
  extra?: KeyedText;
}

/** The sample mark of a build without the site's final address (no SITE_URL). */
export interface SampleMark {
  mark: KeyedText;
  why: KeyedText;
}

/** Panels by id; the template measures each and stops the build when one is too full. */
export type Panels = Record<string, Record<string, unknown>>;

interface Common {
  lang: Locale;
  /** The document title in the PDF's metadata. */
  title: string;
  /** Names never hyphenated (organisations, places): "Anon-iem" or "Харлем-мермер" reads wrong. */
  names: string[];
  /** Small print outside the panels: printing instructions and until when the amounts are valid. */
  foot: KeyedText[];
  sample: SampleMark | null;
}

export interface FolderData extends Common {
  qr: string;
  url: string;
  panels: {
    front: { title: KeyedText; subtitle: KeyedText; intro: KeyedText; signs: KeyedText[]; advice: KeyedText; emergency: KeyedText };
    rights: { title: KeyedText; items: { label: KeyedText; text: KeyedText }[] };
    help: { title: KeyedText; own: { title: KeyedText; text: KeyedText; contact: KeyedText; phone: KeyedText }; contacts: Contact[]; language: KeyedText; emergencyApp: KeyedText };
    back: {
      ukraine: { title: KeyedText; items: KeyedText[] };
      title: KeyedText;
      text: KeyedText;
      url: string;
      checked: KeyedText;
      siteName: KeyedText;
      byline: KeyedText;
    };
  };
}

export interface PosterData extends Common {
  qr: string;
  url: string;
  panels: {
    main: {
      title: KeyedText;
      lines: KeyedText[];
      notNormal: KeyedText;
      call: KeyedText;
      /** The one number in the largest type: the labour inspectorate's, free. */
      number: string;
      danger: KeyedText;
      qrText: KeyedText;
      url: string;
      checked: KeyedText;
    };
    strips: { tear: KeyedText; title: KeyedText; lines: CardLine[] };
  };
}

export interface CardsData extends Common {
  panels: {
    card: { title: KeyedText; lines: CardLine[]; contact: KeyedText; phone: KeyedText };
    instructions: { text: KeyedText };
  };
}

export type ProductData = FolderData | PosterData | CardsData;

/** Where to go in the folder: first the door for one's own question, then advice, then reporting. */
export const CONTACT_IDS = ["fairwork", "nla", "comensha", "politie", "veiligthuis", "mma"] as const;
/** The discreet numbers of the cards and strips: an everyday label each, no police, no tip line. */
export const CARD_IDS = ["emergency", "nla", "comensha", "veiligthuis"] as const;
const RIGHTS = ["wage", "pay", "contract", "passport", "fees"] as const;
const SIGNS = ["wage", "pay", "contract", "hours", "passport", "debt", "leave"] as const;
const UKRAINE = ["employee", "selfEmployed", "uwv", "bsn", "tell"] as const;
const POSTER_LINES = ["passport", "debt", "wage", "pay", "leave"] as const;
/** The facts each product states: their sources are the Print page's, their expiry its reprint date. */
export const PRODUCT_FACTS: Record<ProductId, FactId[]> = {
  folder: ["minimumWage21", "minimumWageFrom", "payByBankTransfer", "jobInfoEssentials", "maxShift", "maxWeek", "restAfterShift", "recruitmentFeeBan", "uwvNotice"],
  poster: ["minimumWage21", "minimumWageFrom"],
  cards: [],
};
const ALL_FACTS = [...new Set(Object.values(PRODUCT_FACTS).flat())];
const ALL_ORGS = [...new Set(["emergency", ...CONTACT_IDS, ...CARD_IDS])];

function organisation(id: string): Organisation {
  const org = organisations.find((o) => o.id === id);
  if (!org) throw new Error(`print: unknown organisation "${id}" (see _data/organisations.ts)`);
  return org;
}

function phoneOf(org: Organisation, use: "main" | "abroad" = "main") {
  const phone = org.phones.find((p) => p.use === use);
  if (!phone) throw new Error(`print: "${org.id}" has no ${use} phone number in _data/organisations.ts`);
  return phone;
}

/** The sources behind everything a product states: the oldest `verified` date among them is honest. */
export function sourcesUsed(): Source[] {
  const orgs = ALL_ORGS.map(organisation);
  return [...ALL_FACTS.map((id) => facts[id].source), ...orgs.map((o) => o.source), ...orgs.flatMap((o) => o.phones.filter((p) => p.use !== "confidential").map((p) => p.source))];
}

export function oldestVerified(sources: Source[]): string {
  return sources.map((s) => s.verified).sort()[0]!;
}

/**
 * The last day a product's amounts are current (YYYY-MM-DD), or undefined when it states nothing that
 * expires. Paper cannot update itself: the product prints this day and the Print page says to reprint after it.
 */
export function reprintAfter(product: ProductId): string | undefined {
  const expiries = PRODUCT_FACTS[product].map((id) => (facts[id] as { expires?: string }).expires).filter((e): e is string => !!e);
  return expiries.length ? lastValidDay(expiries.sort()[0]!) : undefined;
}

/**
 * A printed sheet lives long: a fact past its date is printed as "may have changed: check <source>"
 * (as on the pages), and the build warns, naming the fact. It never stops the build: the site must
 * still build on a day nobody has re-checked yet.
 */
export function expiredFactWarnings(today: string): string[] {
  return ALL_FACTS.flatMap((id) => {
    const expires = (facts[id] as { expires?: string }).expires;
    return expires && today >= expires ? [`print: fact "${id}" in _data/facts.ts expired on ${expires}: the PDFs say it may have changed; re-check ${facts[id].source.url}`] : [];
  });
}

export interface ContentOptions {
  locale: Locale;
  /** The absolute address of the site in this language (the QR code's content). */
  url: string;
  /** The QR code's file inside the Typst workspace. */
  qr: string;
  /** True while the site has no final address: every product with an address carries the sample mark. */
  sample?: boolean;
  /** The day the facts are judged on (YYYY-MM-DD); the build's today when left out. */
  today?: string;
  /** Replaces texts, for tests of the overflow check: key -> text. */
  override?: Partial<Record<string, string>>;
}

/** Organisation and place names, in Latin letters and as the page's language writes them. */
function unbreakableNames(locale: Locale): string[] {
  const orgs = (organisations as readonly Organisation[]).flatMap((o) => [o.name, o.nameByLocale?.[locale]]);
  const places = municipalities.map((m) => m.name);
  // The byline names the places in the reader's script ("Харлеммермер"): its words of six letters or more.
  const byline = contextFor(locale).t("site.byline").match(/\p{Lu}\p{Ll}{5,}/gu) ?? [];
  return [...new Set([...orgs, ...places, ...byline, "Arbeidsinspectie"].filter((n): n is string => !!n))].sort((a, b) => b.length - a.length);
}

function texts(product: ProductId, options: ContentOptions) {
  const ctx = contextFor(options.locale);
  const today = options.today ?? siteToday();
  const t = (key: StringKey, params?: Params): KeyedText => {
    const override = options.override?.[key];
    return { key, text: override ?? ctx.t(key, params) };
  };
  const fact = (id: FactId) => factText(facts[id], ctx, today).text;
  const contact = (id: (typeof CONTACT_IDS)[number]): Contact => {
    const org = organisation(id);
    const phone = org.phones.find((p) => p.use === "main");
    // FairWork's number is unconfirmed (facts sheet): its web address stands in its place.
    const number = phone?.display ?? (org.url ?? "").replace(/^https:\/\/(www\.)?/, "");
    if (!number) throw new Error(`print: "${id}" has neither a main phone number nor a url in _data/organisations.ts`);
    return {
      id,
      name: org.nameByLocale?.[options.locale] ?? org.name,
      number,
      note: t(`print.folder.help.${id}`),
      ...(phone ? { cost: t(`card.cost.${phone.cost}`) } : {}),
      ...("alwaysOpen" in org && org.alwaysOpen ? { alwaysOpen: t("card.alwaysOpen") } : {}),
      // The number for foreign SIM cards, with no-break spaces so that it never splits over two lines.
      ...(id === "politie" ? { extra: t("print.folder.help.politieAbroad", { number: phoneOf(org, "abroad").display.replace(/ /g, "\u00a0") }) } : {}),
    };
  };
  const cardLine = (id: (typeof CARD_IDS)[number]): CardLine => ({ id, number: phoneOf(organisation(id)).display, label: t(`print.card.${id}`) });
  const checked = t("print.folder.back.checked", { date: formatDate(oldestVerified(sourcesUsed()), localeInfo[options.locale].intl) });
  const until = reprintAfter(product);
  const current = until !== undefined && today <= until;
  const validUntil = current ? [t("print.validUntil", { date: formatDate(until, localeInfo[options.locale].intl) })] : [];
  const sample: SampleMark | null = options.sample ? { mark: t("print.sample.mark"), why: t("print.sample.why") } : null;
  // The cards' title names no subject: a print queue or a file list shows it too.
  const title = product === "cards" ? ctx.t("print.product.cards") : `${ctx.t(`print.product.${product}`)} · ${ctx.t("site.name")}`;
  const common = { lang: options.locale, title, names: unbreakableNames(options.locale), sample };
  return { t, fact, contact, cardLine, checked, validUntil, common };
}

export function folderData(options: ContentOptions): FolderData {
  const { t, fact, contact, checked, validUntil, common } = texts("folder", options);
  const hours = { shift: fact("maxShift"), week: fact("maxWeek"), rest: fact("restAfterShift"), essentials: fact("jobInfoEssentials") };
  return {
    ...common,
    foot: [t("print.folder.duplex"), ...validUntil],
    qr: options.qr,
    url: options.url,
    panels: {
      front: {
        title: t("print.folder.title"),
        subtitle: t("print.folder.subtitle"),
        intro: t("print.folder.signs.intro"),
        signs: SIGNS.map((s) => t(`print.folder.signs.${s}`, hours)),
        advice: t("print.folder.signs.advice"),
        emergency: t("emergency.text", { number: phoneOf(organisation("emergency")).display }),
      },
      rights: {
        title: t("print.folder.rights.title"),
        items: RIGHTS.map((r) => ({
          label: t(`print.folder.rights.${r}.label`),
          text: t(`print.folder.rights.${r}.text`, {
            amount: fact("minimumWage21"),
            date: fact("minimumWageFrom"),
            law: fact(r === "pay" ? "payByBankTransfer" : "recruitmentFeeBan"),
            ...hours,
          }),
        })),
      },
      help: {
        title: t("print.folder.help.title"),
        own: { title: t("print.folder.help.own.title"), text: t("print.folder.help.own.text"), contact: t("print.folder.help.own.contact"), phone: t("print.card.phone") },
        contacts: CONTACT_IDS.map(contact),
        language: t("print.folder.help.language"),
        emergencyApp: t("print.folder.help.emergencyApp"),
      },
      back: {
        ukraine: { title: t("print.folder.ukraine.title"), items: UKRAINE.map((u) => t(`print.folder.ukraine.${u}`, { days: fact("uwvNotice") })) },
        title: t("print.folder.back.title"),
        text: t("print.folder.back.text"),
        url: options.url,
        checked,
        siteName: t("site.name"),
        byline: t("site.byline"),
      },
    },
  };
}

export function posterData(options: ContentOptions): PosterData {
  const { t, fact, cardLine, checked, validUntil, common } = texts("poster", options);
  return {
    ...common,
    foot: validUntil,
    qr: options.qr,
    url: options.url,
    panels: {
      main: {
        title: t("print.poster.title"),
        lines: POSTER_LINES.map((l) => {
          if (l !== "wage") return t(`print.poster.line.${l}`);
          // An expired amount is not printed with its old period: the line then names the rule, and says
          // where to find today's amount (the same notice as on the site).
          const wage = factText(facts.minimumWage21, contextFor(options.locale), options.today ?? siteToday());
          if (wage.expired) {
            const line = t("print.poster.line.wageExpired");
            return { ...line, text: `${line.text} (${wage.text})` };
          }
          return t("print.poster.line.wage", { amount: fact("minimumWage21"), date: fact("minimumWageFrom") });
        }),
        notNormal: t("print.poster.notNormal"),
        call: t("print.poster.call"),
        number: phoneOf(organisation("nla")).display,
        danger: t("print.poster.danger", { number: phoneOf(organisation("emergency")).display }),
        qrText: t("print.poster.qr"),
        url: options.url,
        checked,
      },
      strips: { tear: t("print.poster.tear"), title: t("print.card.title"), lines: CARD_IDS.map(cardLine) },
    },
  };
}

export function cardsData(options: ContentOptions): CardsData {
  const { t, cardLine, common } = texts("cards", options);
  return {
    ...common,
    // The cards carry no address, so they need no sample mark.
    sample: null,
    foot: [],
    panels: {
      card: { title: t("print.card.title"), lines: CARD_IDS.map(cardLine), contact: t("print.card.contact"), phone: t("print.card.phone") },
      instructions: { text: t("print.cards.instructions") },
    },
  };
}

export function productData(product: ProductId, options: ContentOptions): ProductData {
  return { folder: folderData, poster: posterData, cards: cardsData }[product](options);
}

/** Every keyed text inside a value (a panel), for error messages and the "nothing cut off" test. */
export function keyedTexts(value: unknown): KeyedText[] {
  if (Array.isArray(value)) return value.flatMap(keyedTexts);
  if (value && typeof value === "object") {
    const v = value as Partial<KeyedText>;
    if (typeof v.key === "string" && typeof v.text === "string") return [{ key: v.key, text: v.text }];
    return Object.values(value).flatMap(keyedTexts);
  }
  return [];
}
