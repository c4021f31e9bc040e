// Stands in for GOV.UK Frontend's I18n class inside the quick-exit bundle only. ExitThisPage looks up
// four fixed messages and never pluralises, so a plain lookup does the same job; this keeps the
// script under its 3 KB budget (see README, "Quick exit"). Messages come from data-i18n.* attributes.
export class I18n {
  constructor(private readonly translations: Record<string, string> = {}) {}
  t(key: string): string {
    return this.translations[key] ?? key;
  }
}
