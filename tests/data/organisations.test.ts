import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import organisations from "../../_data/organisations.ts";
import facts from "../../_data/facts.ts";
import { displayToNormalised } from "../../site/_lib/i18n/phone.ts";

const today = new Date().toISOString().slice(0, 10);

describe("organisations", () => {
  it.each(organisations.map((o) => [o.id, o] as const))("%s has a source URL and a verified date", (_, org) => {
    expect(org.source.url).toMatch(/^https:\/\/\S+$/);
    expect(org.source.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(org.source.verified <= today).toBe(true);
  });

  const phones = organisations.flatMap((o) => o.phones.map((p) => [`${o.id} ${p.display}`, p] as const));
  it.each(phones)("%s is a valid number whose display form matches it", (_, phone) => {
    expect(phone.source.url).toMatch(/^https:\/\//);
    if (phone.number === "112") return; // the one short number
    const parsed = parsePhoneNumberFromString(phone.number);
    expect(parsed?.isValid(), `libphonenumber rejects ${phone.number}`).toBe(true);
    expect(parsed?.number).toBe(phone.number);
    expect(displayToNormalised(phone.display)).toBe(phone.number);
  });

  it("states no number that the facts sheet marks unconfirmed", () => {
    for (const id of ["juridischloket", "fairwork", "hvoquerido", "meldpuntminderjarigen"]) {
      expect(organisations.find((o) => o.id === id)?.phones).toEqual([]);
    }
  });

  it("keeps the free numbers free and the 0900 numbers marked as not free", () => {
    const cost = new Map<string, string>(organisations.flatMap((o) => o.phones.map((p) => [p.display, p.cost] as const)));
    for (const free of ["112", "0800-7000", "0800-5151", "0800-2000"]) expect(cost.get(free)).toBe("free");
    for (const local of ["0900-8844", "0900-0101"]) expect(cost.get(local)).toBe("localRate");
  });
});

describe("facts", () => {
  it.each(Object.entries(facts))("%s has a source URL and a verified date", (_, fact) => {
    expect(fact.source.url).toMatch(/^https:\/\/\S+$/);
    expect(fact.source.verified <= today).toBe(true);
  });
});
