import { describe, expect, it } from "vitest";
import { classStandings, median } from "./class-progress";

const NOW = new Date("2027-03-29T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 24 * 60 * 60 * 1000);

describe("class standings", () => {
  const [a, b, c] = classStandings(
    [
      { studentId: "a", mastery: 0.8, activity: [daysAgo(1), daysAgo(8), daysAgo(8.5), daysAgo(27), daysAgo(40)], missing: 0 },
      { studentId: "b", mastery: 0.7, activity: [], missing: 1 },
      { studentId: "c", mastery: 0.3, activity: [daysAgo(15)], missing: 0 },
    ],
    NOW,
  );

  it("counts activity per week, oldest first, over the last four weeks", () => {
    expect(a?.weeklyActivity).toEqual([1, 0, 2, 1]);
    expect(a?.lastActive).toEqual(daysAgo(1));
    expect(a?.reasons).toEqual([]);
  });

  it("says why a student is behind: missing work, two weeks without study, mastery 0.2 under the class median", () => {
    expect(b?.reasons).toEqual(["missing-work", "inactive"]);
    expect(c?.reasons).toEqual(["inactive", "low-mastery"]); // 0.3 < 0.7 − 0.2
    expect(c?.weeklyActivity).toEqual([0, 1, 0, 0]); // 15 days ago: the third week back
  });

  it("takes the median of odd and even lists", () => {
    expect([median([0.3, 0.8, 0.7]), median([1, 2, 3, 4]), median([])]).toEqual([0.7, 2.5, null]);
  });
});
