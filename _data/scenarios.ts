// Realistic situations and the answers a person in them would give, for reviewers: the README's
// routing table is produced from these and the tree (npm run routing-table), and a test checks that
// each one is a real path through the tree.
export interface Scenario {
  situation: string;
  answers: readonly string[];
}

export const scenarios: readonly Scenario[] = [
  { situation: "A neighbour sees a woman being pushed into a van, screaming", answers: ["danger"] },
  { situation: "A neighbour sees many different men visit a flat at night; the women there never go out alone. She wants to stay anonymous", answers: ["noDanger", "someoneElse", "sex", "anonymous"] },
  { situation: "The same neighbour is willing to give her name", answers: ["noDanger", "someoneElse", "sex", "named"] },
  { situation: "A colleague works 14-hour days, sleeps in the boss's crowded house, and the boss keeps his passport", answers: ["noDanger", "someoneElse", "work"] },
  { situation: "A mother fears older boys make her 15-year-old son sell drugs", answers: ["noDanger", "someoneElse", "minor"] },
  { situation: "A friend's story worries someone, but they are not sure it is exploitation", answers: ["noDanger", "someoneElse", "notSure"] },
  { situation: "A refugee from Ukraine is paid in cash far below the minimum wage and wants advice", answers: ["noDanger", "myself", "work", "help"] },
  { situation: "A worker wants to report the employer who takes most of his pay for 'costs'", answers: ["noDanger", "myself", "work", "report"] },
  { situation: "A woman's boyfriend makes her have sex with other men for money", answers: ["noDanger", "myself", "family"] },
  { situation: "A woman in sex work wants to get out and needs a safe place", answers: ["noDanger", "myself", "sex", "help"] },
  { situation: "A young man is forced to lend his bank account to criminals and wants to report it", answers: ["noDanger", "myself", "crime", "report"] },
  { situation: "A teacher suspects a 16-year-old pupil is being groomed by a 'loverboy'", answers: ["noDanger", "professional", "minor"] },
  { situation: "Staff at a reception location worry that a resident is being recruited for exploitative work", answers: ["noDanger", "professional", "adult", "advice"] },
  { situation: "A GP suspects an adult patient is sexually exploited and wants to report it", answers: ["noDanger", "professional", "adult", "report", "sexOrCrime"] },
];

export default scenarios;
