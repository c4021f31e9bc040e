// GOV.UK Frontend ships JavaScript without types for its per-component modules.
declare module "govuk-frontend/dist/govuk/components/exit-this-page/exit-this-page.mjs" {
  export class ExitThisPage {
    constructor(root: Element);
    protected $button: HTMLAnchorElement;
    protected $updateSpan: HTMLElement | null;
    protected $overlay: HTMLElement | null;
    protected i18n: { t(key: string): string };
    exitPage(): void;
  }
}
