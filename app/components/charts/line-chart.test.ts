import { describe, expect, it } from "vitest";
import { lineChart, niceTicks, yearTicks } from "./line-chart";

describe("niceTicks", () => {
  it("covers the range with round steps", () => {
    expect(niceTicks(61.2, 66.8)).toEqual([60, 62, 64, 66, 68]);
    const ticks = niceTicks(0, 100);
    expect(ticks[0]).toBeLessThanOrEqual(0);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(100);
    expect(ticks).toEqual([0, 25, 50, 75, 100]);
  });

  it("leaves no floating-point dust", () => {
    for (const t of niceTicks(0.1, 0.7)) expect(String(t).length).toBeLessThan(6);
  });

  it("widens a range of one value", () => {
    const ticks = niceTicks(50, 50);
    expect(ticks[0]).toBeLessThan(50);
    expect(ticks[ticks.length - 1]).toBeGreaterThan(50);
    expect(niceTicks(0, 0).length).toBeGreaterThan(1);
  });
});

describe("yearTicks", () => {
  it("labels every year when there are few", () => {
    expect(yearTicks(2017, 2020)).toEqual([2017, 2018, 2019, 2020]);
  });
  it("spreads the labels over a long period, first and last always", () => {
    const years = yearTicks(2017, 2026);
    expect(years[0]).toBe(2017);
    expect(years[years.length - 1]).toBe(2026);
    expect(years.length).toBeLessThanOrEqual(6);
  });
});

describe("lineChart", () => {
  const input = {
    baseline: { year: 2017, value: 60 },
    values: [
      { year: 2019, value: 62.5 },
      { year: 2018, value: 61 },
    ],
    target: { year: 2026, value: 70 },
  };

  it("draws the baseline and the values by year, left to right, higher values higher up", () => {
    const g = lineChart(input);
    expect(g.measured.map((p) => p.year)).toEqual([2017, 2018, 2019]);
    expect(g.measured[0]!.x).toBe(g.plot.left);
    expect(g.measured[1]!.x).toBeLessThan(g.measured[2]!.x);
    expect(g.measured[2]!.y).toBeLessThan(g.measured[0]!.y);
    expect(g.measuredPath).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  });

  it("puts the target at the right edge, joined to the last value by its own (dashed) path", () => {
    const g = lineChart(input);
    expect(g.target?.x).toBe(g.plot.right);
    const last = g.measured[g.measured.length - 1]!;
    expect(g.targetPath).toBe(`M${last.x} ${last.y} L${g.target!.x} ${g.target!.y}`);
  });

  it("keeps every point inside the plot", () => {
    const g = lineChart({ ...input, values: [...input.values, { year: 2025, value: -5 }] });
    for (const p of [...g.measured, g.target!]) {
      expect(p.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(p.x).toBeLessThanOrEqual(g.plot.right);
      expect(p.y).toBeGreaterThanOrEqual(g.plot.top);
      expect(p.y).toBeLessThanOrEqual(g.plot.bottom);
    }
    expect(g.yTicks[0]!.value).toBeLessThanOrEqual(-5);
  });

  it("a value in the baseline year replaces the baseline's point", () => {
    const g = lineChart({ baseline: { year: 2017, value: 1 }, values: [{ year: 2017, value: 2 }], target: null });
    expect(g.measured).toHaveLength(1);
    expect(g.measured[0]!.value).toBe(2);
  });

  it("draws a lone baseline without a target in the middle of a widened axis", () => {
    const g = lineChart({ baseline: { year: 2020, value: 12.5 }, values: [], target: null });
    expect(g.target).toBeNull();
    expect(g.targetPath).toBeNull();
    expect(g.xTicks.map((t) => t.year)).toContain(2020);
    expect(g.measured[0]!.x).toBeGreaterThan(g.plot.left);
    expect(g.measured[0]!.x).toBeLessThan(g.plot.right);
    expect(Number.isFinite(g.measured[0]!.y)).toBe(true);
  });
});
