// The site's pages in menu order: paths without the language prefix. Labels are UI strings nav.<slug>.
export const mainNav = [
  "/",
  "/melden/",
  "/wat-is-mensenhandel/",
  "/signalen/",
  "/rechten-op-het-werk/",
  "/oekraine/",
  "/rechten-slachtoffers/",
  "/hulp/",
  "/professionals/",
  "/gemeenten/",
  "/cijfers/",
  "/printen/",
] as const;

export const footerNav = ["/privacy/", "/toegankelijkheid/", "/veilig-browsen/", "/melden/overzicht/"] as const;

/** Where the quick exit goes: a neutral page without personalised content (see README). */
export const EXIT_URL = "https://www.knmi.nl/nederland-nu/weer/verwachtingen";
