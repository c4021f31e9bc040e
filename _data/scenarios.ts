// Realistic situations, the answers a person in them would give, and which first doors a
// knowledgeable Dutch professional would accept (shared/reference/facts.md, "Official routing guidance",
// and the fact review's routing section). The README's routing table is produced from these and the
// tree (npm run routing-table); tests walk every scenario in the browser, with JavaScript on and off,
// and fail when the first door is not one of `firstDoor` or is one of `neverFirst`.
import type { OrganisationId } from "./organisations.ts";

export interface Scenario {
  situation: string;
  answers: readonly string[];
  /** First channels that fit this situation's remit. */
  firstDoor: readonly OrganisationId[];
  /** Channels that must not come first here (a door whose remit does not fit). */
  neverFirst: readonly OrganisationId[];
  /** Doors this person must still find on the advice page, further down (checked by the data tests). */
  mustOffer?: readonly OrganisationId[];
}

/** Doors for a report or a tip are wrong for someone asking for help, and the reverse. */
const TIP_LINES: OrganisationId[] = ["mma"];
const ADVICE_ONLY: OrganisationId[] = ["comensha", "fairwork", "slachtofferhulp", "hvoquerido", "scharlakenkoord"];

export const scenarios: readonly Scenario[] = [
  // Danger.
  { situation: "A neighbour sees a woman being pushed into a van, screaming", answers: ["danger"], firstDoor: ["emergency"], neverFirst: [] },
  { situation: "A woman phones a friend: she is locked in a flat and does not know the street", answers: ["danger"], firstDoor: ["emergency"], neverFirst: [] },

  // Bystanders: sexual exploitation.
  { situation: "A neighbour sees many different men visit a flat at night; the women there never go out alone. She wants to stay anonymous", answers: ["noDanger", "someoneElse", "sex", "anonymous"], firstDoor: ["mma"], neverFirst: ["politie", ...ADVICE_ONLY] },
  { situation: "The same neighbour is willing to give her name", answers: ["noDanger", "someoneElse", "sex", "named"], firstDoor: ["politie"], neverFirst: ADVICE_ONLY },
  { situation: "A taxi driver often drives young women from a hotel to different addresses, always with the same man who holds their phones", answers: ["noDanger", "someoneElse", "sex", "named"], firstDoor: ["politie", "mma"], neverFirst: ADVICE_ONLY },

  // Bystanders: work and housing.
  { situation: "A colleague works 14-hour days, sleeps in the boss's crowded house, and the boss keeps his passport", answers: ["noDanger", "someoneElse", "work"], firstDoor: ["nla"], neverFirst: ["comensha", "veiligthuis"] },
  { situation: "A man hears from his cousin that a relative works in a greenhouse for almost nothing and sleeps at the boss's; he does not know where or which company", answers: ["noDanger", "someoneElse", "work"], firstDoor: ["nla"], neverFirst: ["comensha", "veiligthuis"], mustOffer: ["politie", "comensha"] },
  { situation: "A customer notices that the women in a nail salon work from early to late, seem to live upstairs and never speak", answers: ["noDanger", "someoneElse", "work"], firstDoor: ["nla", "mma"], neverFirst: ["comensha", "veiligthuis"] },
  { situation: "A landlord sees twelve agency workers crammed into one house, picked up by the same van at 5 a.m.", answers: ["noDanger", "someoneElse", "work"], firstDoor: ["nla", "mma"], neverFirst: ["comensha", "veiligthuis"] },

  { situation: "A friend confides that the man she met online makes her meet other men for money; she refuses the police, and her friend wants to know how to help", answers: ["noDanger", "someoneElse", "sex", "advice"], firstDoor: ["comensha", "veiligthuis"], neverFirst: ["nla", "politie", ...TIP_LINES] },

  // Bystanders: crime.
  { situation: "A shop owner sees adults being made to sell drugs from the flat above her shop and wants to give a tip without her name", answers: ["noDanger", "someoneElse", "crime", "anonymous"], firstDoor: ["mma"], neverFirst: ["nla", ...ADVICE_ONLY] },
  { situation: "A man sees a friend being made to hand over his bank card for 'a job'; he can give his name", answers: ["noDanger", "someoneElse", "crime", "named"], firstDoor: ["politie"], neverFirst: ["nla", ...ADVICE_ONLY] },
  // Forced begging (third edition: no answer fitted it).
  { situation: "Every morning a woman sees the same man drop an old woman at the station to beg and collect her money at night; she will give her name", answers: ["noDanger", "someoneElse", "crime", "named"], firstDoor: ["politie"], neverFirst: ["nla", ...ADVICE_ONLY] },
  { situation: "A man is driven to a supermarket every day to beg and must hand over everything he gets; he wants help", answers: ["noDanger", "myself", "crime", "help"], firstDoor: ["comensha", "politie"], neverFirst: ["nla", "fairwork", ...TIP_LINES] },

  // Bystanders: minors.
  { situation: "A mother fears older boys make her 15-year-old son sell drugs, and wants to report it with her name", answers: ["noDanger", "someoneElse", "minor", "named"], firstDoor: ["politie", "meldpuntminderjarigen"], neverFirst: ["nla", ...ADVICE_ONLY] },
  { situation: "A father sees his 17-year-old daughter get expensive gifts from a man of 25 and stay out at night; he first wants advice", answers: ["noDanger", "someoneElse", "minor", "advice"], firstDoor: ["veiligthuis", "meldpuntminderjarigen"], neverFirst: ["nla", ...TIP_LINES] },
  { situation: "A neighbour sees a 14-year-old girl picked up by different older men; she must stay anonymous", answers: ["noDanger", "someoneElse", "minor", "anonymous"], firstDoor: ["mma", "meldpuntminderjarigen"], neverFirst: ["politie", ...ADVICE_ONLY] },
  { situation: "A mother from Ukraine: her son of 17 lent his bank card for 200 euros and is now threatened; she asks whether he will be punished and wants advice first", answers: ["noDanger", "someoneElse", "minor", "advice"], firstDoor: ["veiligthuis"], neverFirst: TIP_LINES, mustOffer: ["politie"] },
  { situation: "A grandmother suspects boys of 13 are used to deliver drugs from a flat in her street; she wants to phone someone tonight without giving her name", answers: ["noDanger", "someoneElse", "minor", "anonymous"], firstDoor: ["mma"], neverFirst: ["politie", "meldpuntminderjarigen", ...ADVICE_ONLY], mustOffer: ["meldpuntminderjarigen", "veiligthuis"] },

  // Bystanders: partner or family.
  { situation: "A woman's sister is made by her husband to work without pay and hand over all her money", answers: ["noDanger", "someoneElse", "family"], firstDoor: ["veiligthuis"], neverFirst: ADVICE_ONLY },

  // Bystanders who cannot tell what it is.
  { situation: "A friend's story worries someone, but they cannot tell what it is and want to talk it through", answers: ["noDanger", "someoneElse", "notSure", "advice"], firstDoor: ["comensha", "veiligthuis"], neverFirst: ["nla"] },
  { situation: "A neighbour notices people coming and going at odd hours and wants to pass it on without judging what it is", answers: ["noDanger", "someoneElse", "notSure", "passOn"], firstDoor: ["mma", "politie"], neverFirst: ADVICE_ONLY },
  { situation: "A man sees people with suitcases brought to a house at night who never seem to leave; he cannot tell what it is and will give his name", answers: ["noDanger", "someoneElse", "notSure", "named"], firstDoor: ["politie"], neverFirst: [...TIP_LINES, ...ADVICE_ONLY], mustOffer: ["mma"] },

  // Workers about their own work.
  { situation: "A refugee from Ukraine is paid in cash far below the minimum wage and wants advice", answers: ["noDanger", "myself", "work", "help"], firstDoor: ["fairwork", "nla"], neverFirst: ["comensha", ...TIP_LINES] },
  { situation: "An agency worker must pay off a 'debt' of EUR 2,000 for the recruiter and his travel, and does not know his rights", answers: ["noDanger", "myself", "work", "notSure"], firstDoor: ["fairwork", "nla"], neverFirst: ["comensha", ...TIP_LINES] },
  { situation: "A woman works unpaid in her husband's shop and he keeps her passport; she picks 'my work' and asks for advice late in the evening", answers: ["noDanger", "myself", "work", "help"], firstDoor: ["fairwork", "nla"], neverFirst: ["comensha", ...TIP_LINES], mustOffer: ["veiligthuis", "nla"] },
  { situation: "A woman says she 'works to pay off her debts' to the man who brought her here; the work is sex with his customers, and she is not sure what she wants", answers: ["noDanger", "myself", "work", "notSure"], firstDoor: ["fairwork", "nla"], neverFirst: TIP_LINES, mustOffer: ["comensha", "veiligthuis"] },
  { situation: "An au pair works 60 hours a week for her host family, who keep her passport; she fears losing her residence permit and wants advice", answers: ["noDanger", "myself", "work", "help"], firstDoor: ["fairwork", "nla"], neverFirst: ["comensha", ...TIP_LINES], mustOffer: ["nla", "comensha"] },
  { situation: "A worker wants to report the employer who takes most of his pay for 'costs'", answers: ["noDanger", "myself", "work", "report"], firstDoor: ["nla"], neverFirst: ADVICE_ONLY },
  { situation: "A greenhouse worker sleeps in the boss's caravan and wants to leave, but has nowhere to go", answers: ["noDanger", "myself", "work", "leave"], firstDoor: ["comensha", "politie"], neverFirst: TIP_LINES },

  // Victims of sexual exploitation.
  { situation: "A woman in sex work wants to get out and needs a safe place", answers: ["noDanger", "myself", "sex", "help"], firstDoor: ["comensha", "scharlakenkoord"], neverFirst: ["nla", "fairwork", ...TIP_LINES] },
  { situation: "Late at night, with her boyfriend asleep next door, a woman reads that she must sleep with his friends for money; she is not sure what she wants yet", answers: ["noDanger", "myself", "sex", "notSure"], firstDoor: ["comensha", "veiligthuis"], neverFirst: ["nla", "fairwork", ...TIP_LINES] },
  { situation: "A sex worker wants help to stop; nobody forces her any more but she has debts", answers: ["noDanger", "myself", "sex", "stop"], firstDoor: ["scharlakenkoord", "comensha"], neverFirst: ["nla", "fairwork", ...TIP_LINES] },
  { situation: "A woman forced into prostitution wants to make an official report", answers: ["noDanger", "myself", "sex", "report"], firstDoor: ["politie"], neverFirst: ["nla", "fairwork", ...TIP_LINES] },
  { situation: "A woman wants to pass on the address where she was exploited, but not her name", answers: ["noDanger", "myself", "sex", "anonymous"], firstDoor: ["mma"], neverFirst: ["nla", "fairwork"] },

  // Victims of criminal exploitation (including money mules).
  { situation: "A young man is forced to lend his bank account to criminals and wants to report it", answers: ["noDanger", "myself", "crime", "report"], firstDoor: ["politie"], neverFirst: ["nla", "fairwork", ...TIP_LINES] },
  { situation: "A man took a 'job' that needed his bank card; now he is threatened and wants help", answers: ["noDanger", "myself", "crime", "help"], firstDoor: ["comensha", "politie"], neverFirst: ["nla", "fairwork", ...TIP_LINES] },
  { situation: "A student let others use his bank account; now he gets threatening messages, but he is safe at home this minute and afraid of being prosecuted", answers: ["noDanger", "myself", "crime", "help"], firstDoor: ["comensha", "politie"], neverFirst: ["emergency", "nla", "fairwork", ...TIP_LINES], mustOffer: ["politie"] },

  // Partner or family.
  { situation: "A woman's boyfriend makes her have sex with other men for money", answers: ["noDanger", "myself", "family"], firstDoor: ["veiligthuis", "politie"], neverFirst: ["nla", "fairwork", ...TIP_LINES] },
  { situation: "A woman whose residence permit depends on her husband is made by him to work in his family's restaurant and hand over her pay", answers: ["noDanger", "myself", "family"], firstDoor: ["veiligthuis", "politie"], neverFirst: ["nla", "fairwork", ...TIP_LINES], mustOffer: ["comensha"] },

  // Young people about themselves.
  { situation: "A 16-year-old is made to deliver drugs by older boys and is afraid of being treated as a criminal", answers: ["noDanger", "myself", "minor"], firstDoor: ["veiligthuis", "meldpuntminderjarigen"], neverFirst: ["politie", "nla", ...TIP_LINES] },

  { situation: "A 15-year-old is pressed by her 'boyfriend' to meet his friends; she wants to talk to someone without her parents being told", answers: ["noDanger", "myself", "minor"], firstDoor: ["veiligthuis", "meldpuntminderjarigen"], neverFirst: ["politie", "nla", ...TIP_LINES] },
  { situation: "A 16-year-old is made to carry packages for older boys; he picks the crime answer first, and then says he is under 18", answers: ["noDanger", "myself", "crime", "minor"], firstDoor: ["veiligthuis", "meldpuntminderjarigen"], neverFirst: ["politie", "nla", ...TIP_LINES] },

  // Not sure about oneself.
  { situation: "A woman is not sure whether her 'boyfriend' who arranges her work and keeps her money is exploiting her", answers: ["noDanger", "myself", "notSure"], firstDoor: ["comensha", "veiligthuis"], neverFirst: ["nla", ...TIP_LINES] },

  // Professionals.
  { situation: "A teacher suspects a 16-year-old pupil is being groomed by a 'loverboy'", answers: ["noDanger", "professional", "minor"], firstDoor: ["veiligthuis"], neverFirst: TIP_LINES },
  { situation: "An mbo mentor: a pupil of 15 tells her herself that older boys make her sell drugs; the mentor wants an expert's advice on what to do next", answers: ["noDanger", "professional", "minor"], firstDoor: ["veiligthuis"], neverFirst: TIP_LINES, mustOffer: ["comensha", "meldpuntminderjarigen"] },
  { situation: "Staff at a reception location worry that a resident is being recruited for exploitative work", answers: ["noDanger", "professional", "adult", "advice"], firstDoor: ["comensha", "hvoquerido"], neverFirst: TIP_LINES },
  { situation: "A neighbourhood-team worker has a client who has just escaped and needs shelter tonight", answers: ["noDanger", "professional", "adult", "care"], firstDoor: ["hvoquerido", "comensha"], neverFirst: TIP_LINES },
  { situation: "A youth worker sees a client of 22 made to beg in Haarlem's shopping streets for a man who takes the money, and wants to report it", answers: ["noDanger", "professional", "adult", "report", "sexOrCrime"], firstDoor: ["politie"], neverFirst: ["nla", ...TIP_LINES] },
  { situation: "A GP suspects an adult patient is sexually exploited and wants to report it", answers: ["noDanger", "professional", "adult", "report", "sexOrCrime"], firstDoor: ["politie", "comensha"], neverFirst: TIP_LINES },
  { situation: "A debt counsellor sees that a client's bank account is used by others ('money mule') and wants to report it", answers: ["noDanger", "professional", "adult", "report", "sexOrCrime"], firstDoor: ["politie", "comensha"], neverFirst: ["nla", ...TIP_LINES] },
  { situation: "A municipal inspector finds workers living in a shed at a car wash", answers: ["noDanger", "professional", "adult", "report", "work"], firstDoor: ["nla"], neverFirst: TIP_LINES },
  { situation: "A social worker's client is made by her husband's family to work for them without pay", answers: ["noDanger", "professional", "adult", "report", "family"], firstDoor: ["veiligthuis"], neverFirst: TIP_LINES },
  { situation: "A social worker wants advice: her client's husband takes all her money and makes her work unpaid in his brother's café", answers: ["noDanger", "professional", "adult", "family"], firstDoor: ["veiligthuis"], neverFirst: TIP_LINES },
];

export default scenarios;
