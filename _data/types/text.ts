/** A UI string that changes with a count: one form per plural category of the language (Intl.PluralRules). */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
/** A UI string: plain, or with plural forms. */
export type Text = string | PluralText;
