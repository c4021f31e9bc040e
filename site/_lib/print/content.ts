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
import type { Source } from "../../../_data/types/source.ts";
import type { Params } from "../i18n/i18n.ts";
import type { ProductId } from "./products.ts";

/** A text with the string key it came from. */
export interface KeyedText {
  key: string;
  text: string;
}

/** A line of a pocket card or tear-off strip: neutral label, name, number. */
export interface CardLine {
  id: string;
  name: string;
  /** The number as people write it ("0800-5151"). */
  number: string;
  label: KeyedText;
}

/** A contact in the folder: what it is for, what a call costs, whether it is always open. */
export interface Contact {
  id: string;
  name: string;
  number: string;
  note: KeyedText;
  cost: KeyedText;
  alwaysOpen?: KeyedText;
}

/** Panels by id; the template measures each and stops the build when one is too full. */
export type Panels = Record<string, Record<string, unknown>>;

export interface FolderData {
  lang: Locale;
  qr: string;
  url: string;
  panels: {
    front: { title: KeyedText; subtitle: KeyedText; intro: KeyedText; signs: KeyedText[]; advice: KeyedText; emergency: KeyedText };
    rights: { title: KeyedText; items: { label: KeyedText; text: KeyedText }[] };
    help: { title: KeyedText; contacts: Contact[] };
    back: { title: KeyedText; text: KeyedText; url: string; checked: KeyedText; siteName: KeyedText; byline: KeyedText };
  };
}

export interface PosterData {
  lang: Locale;
  qr: string;
  url: string;
  panels: {
    main: { title: KeyedText; lines: KeyedText[]; notNormal: KeyedText; qrText: KeyedText; url: string; checked: KeyedText };
    strips: { tear: KeyedText; title: KeyedText; lines: CardLine[] };
  };
}

export interface CardsData {
  lang: Locale;
  panels: {
    card: { title: KeyedText; lines: CardLine[] };
    instructions: { text: KeyedText };
  };
}

export type ProductData = FolderData | PosterData | CardsData;

/** Where to go, in the order the issue gives: 112, NLA, M., CoMensha, police, Veilig Thuis. */
export const CONTACT_IDS = ["emergency", "nla", "mma", "comensha", "politie", "veiligthuis"] as const;
const RIGHTS = ["wage", "payslip", "passport", "fees", "leave"] as const;
const SIGNS = ["wage", "passport", "debt", "leave", "bank", "payslip"] as const;
const POSTER_LINES = ["passport", "debt", "wage", "leave"] as const;
/** The facts the products state (their sources count for "the date the facts were checked"). */
const FACTS_USED: FactId[] = ["minimumWage21", "minimumWageFrom", "recruitmentFeeBan"];

function organisation(id: string): Organisation {
  const org = organisations.find((o) => o.id === id);
  if (!org) throw new Error(`print: unknown organisation "${id}" (see _data/organisations.ts)`);
  return org;
}

function mainPhoneOf(org: Organisation) {
  const phone = org.phones.find((p) => p.use === "main");
  if (!phone) throw new Error(`print: "${org.id}" has no main phone number in _data/organisations.ts`);
  return phone;
}

/** The sources behind everything a product states: the oldest `verified` date among them is honest. */
export function sourcesUsed(): Source[] {
  const orgs = CONTACT_IDS.map(organisation);
  return [...FACTS_USED.map((id) => facts[id].source), ...orgs.map((o) => o.source), ...orgs.map((o) => mainPhoneOf(o).source)];
}

export function oldestVerified(sources: Source[]): string {
  return sources.map((s) => s.verified).sort()[0]!;
}

/**
 * A printed sheet lives long: a fact past its date is printed as "may have changed: check <source>"
 * (as on the pages), and the build warns, naming the fact. It never stops the build: the site must
 * still build on a day nobody has re-checked yet.
 */
export function expiredFactWarnings(today: string): string[] {
  return FACTS_USED.flatMap((id) => {
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
  /** The day the facts are judged on (YYYY-MM-DD); the build's today when left out. */
  today?: string;
  /** Replaces texts, for tests of the overflow check: key -> text. */
  override?: Partial<Record<string, string>>;
}

function texts(options: ContentOptions) {
  const ctx = contextFor(options.locale);
  const t = (key: StringKey, params?: Params): KeyedText => {
    const override = options.override?.[key];
    return { key, text: override ?? ctx.t(key, params) };
  };
  const fact = (id: FactId) => factText(facts[id], ctx, options.today ?? siteToday()).text;
  const contact = (id: (typeof CONTACT_IDS)[number]): Contact => {
    const org = organisation(id);
    const phone = mainPhoneOf(org);
    return {
      id,
      name: org.name,
      number: phone.display,
      note: t(`print.folder.help.${id}`),
      cost: t(`card.cost.${phone.cost}`),
      ...("alwaysOpen" in org && org.alwaysOpen ? { alwaysOpen: t("card.alwaysOpen") } : {}),
    };
  };
  const cardLine = (id: (typeof CONTACT_IDS)[number]): CardLine => {
    const org = organisation(id);
    return { id, name: org.name, number: mainPhoneOf(org).display, label: t(`print.card.${id}`) };
  };
  const checked = t("print.folder.back.checked", { date: formatDate(oldestVerified(sourcesUsed()), localeInfo[options.locale].intl) });
  return { t, fact, contact, cardLine, checked };
}

export function folderData(options: ContentOptions): FolderData {
  const { t, fact, contact, checked } = texts(options);
  return {
    lang: options.locale,
    qr: options.qr,
    url: options.url,
    panels: {
      front: {
        title: t("print.folder.title"),
        subtitle: t("print.folder.subtitle"),
        intro: t("print.folder.signs.intro"),
        signs: SIGNS.map((s) => t(`print.folder.signs.${s}`)),
        advice: t("print.folder.signs.advice"),
        emergency: t("emergency.text", { number: mainPhoneOf(organisation("emergency")).display }),
      },
      rights: {
        title: t("print.folder.rights.title"),
        items: RIGHTS.map((r) => ({
          label: t(`print.folder.rights.${r}.label`),
          text: t(`print.folder.rights.${r}.text`, {
            amount: fact("minimumWage21"),
            date: fact("minimumWageFrom"),
            law: fact("recruitmentFeeBan"),
          }),
        })),
      },
      help: { title: t("print.folder.help.title"), contacts: CONTACT_IDS.map(contact) },
      back: {
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
  const { t, fact, cardLine, checked } = texts(options);
  return {
    lang: options.locale,
    qr: options.qr,
    url: options.url,
    panels: {
      main: {
        title: t("print.poster.title"),
        lines: POSTER_LINES.map((l) => t(`print.poster.line.${l}`, l === "wage" ? { amount: fact("minimumWage21") } : {})),
        notNormal: t("print.poster.notNormal"),
        qrText: t("print.poster.qr"),
        url: options.url,
        checked,
      },
      strips: { tear: t("print.poster.tear"), title: t("print.card.title"), lines: CONTACT_IDS.map(cardLine) },
    },
  };
}

export function cardsData(options: ContentOptions): CardsData {
  const { t, cardLine } = texts(options);
  return {
    lang: options.locale,
    panels: {
      card: { title: t("print.card.title"), lines: CONTACT_IDS.map(cardLine) },
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
