import { describe, expect, it } from "vitest";
import { errorLogLine } from "@/server/error-log";

describe("the log line of a failed request", () => {
  it("carries the reference the error page shows, the route's pattern and the error's class", () => {
    expect(
      errorLogLine({ digest: "2894512378", errorName: "TypeError", method: "GET", routePath: "/[locale]/(portal)/prescriptions/[id]", routeType: "render" }),
    ).toBe("request failed ref=2894512378 type=render method=GET route=/[locale]/(portal)/prescriptions/[id] error=TypeError");
  });

  it("a value that could carry text from outside (spaces, quotes, a henkilötunnus in a name) is not written", () => {
    const line = errorLogLine({ digest: "1 140368-9023 Aino", errorName: 'Error "x"', method: "GET", routePath: "/x y", routeType: "render" });
    expect(line).toBe("request failed ref=- type=render method=GET route=- error=-");
  });

  it("a disturbance keeps its service as the reference", () => {
    expect(errorLogLine({ digest: "KANTA_DISTURBED:PRESCRIPTION_CENTRE", errorName: "ServiceDisturbedError", method: "GET", routePath: "/a", routeType: "render" })).toContain(
      "ref=KANTA_DISTURBED:PRESCRIPTION_CENTRE",
    );
  });
});
