import { describe, expect, it } from "vitest";
import { displayMatches, displayToNormalised, telHref } from "../../site/_lib/i18n/phone.ts";

describe("phone numbers", () => {
  it("turns the written form into the normalised one", () => {
    expect(displayToNormalised("0800-7000")).toBe("+318007000");
    expect(displayToNormalised("033 448 11 86")).toBe("+31334481186");
    expect(displayToNormalised("+31 343 578 844")).toBe("+31343578844");
    expect(displayToNormalised("112")).toBe("112");
  });

  it("notices a display form that does not match its number", () => {
    expect(displayMatches({ number: "+318007000", display: "0800-7000" })).toBe(true);
    expect(displayMatches({ number: "+318007000", display: "0800-7001" })).toBe(false);
  });

  it("dials Dutch service numbers in national form and others in E.164", () => {
    expect(telHref({ number: "+318005151" })).toBe("tel:08005151");
    expect(telHref({ number: "+319008844" })).toBe("tel:09008844");
    expect(telHref({ number: "+31334481186" })).toBe("tel:+31334481186");
    expect(telHref({ number: "112" })).toBe("tel:112");
  });
});
