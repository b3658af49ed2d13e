// Charts: recorded with their type, source range, title, legend and position; nothing is drawn.
import type { Exec } from "./context";
import { SimOfficeError, expectBoolean, expectNumber, expectOneOf, expectString, fail } from "./errors";
import { PropDef, SimClientObject, SimCollection, boundOrigin, defineType } from "./proxy";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, SimRange, anyRangeArg, rectArg } from "./range";
import { ChartState, SheetState } from "./state";
import { SimWorksheet } from "./worksheet";

interface ChartHandle {
  sheetId: string;
  chartId: string;
}

function chartOf(h: ChartHandle, ex: Exec, location: string): { sheet: SheetState; chart: ChartState } {
  const sheet = ex.model.requireSheet(h.sheetId, location);
  const chart = sheet.charts.find((c) => c.id === h.chartId) ?? fail("ItemNotFound", "the chart was deleted", location);
  return { sheet, chart };
}

/** Points from the sheet's top or left edge to row/column `index`, honouring custom sizes. */
function offset(sizes: Map<number, number>, fallback: number, index: number): number {
  let total = index * fallback;
  for (const [i, size] of sizes) if (i < index) total += size - fallback;
  return total;
}

const SERIES_BY = ["Auto", "Columns", "Rows"] as const;

/** Excel.ChartCollection of one sheet. */
export class SimChartCollection extends SimCollection<SimChart, string> {
  declare readonly count: number;

  protected _itemHandles(sheetId: string, ex: Exec): unknown[] {
    return ex.model.requireSheet(sheetId, "ChartCollection").charts.map((c) => ({ sheetId, chartId: c.id }));
  }

  protected _makeItem(handle: unknown): SimChart {
    return new SimChart(this.context, boundOrigin(handle as ChartHandle));
  }

  /** Adds a chart of `type` ("ColumnClustered", "Pie", ...) over a source range; it gets Excel's default size. */
  add(type: string, sourceData: SimRange | string, seriesBy: (typeof SERIES_BY)[number] = "Auto"): SimChart {
    return this._create(
      SimChart,
      "add",
      [type, sourceData, seriesBy],
      (ex, sheetId: string) => {
        const location = "ChartCollection.add";
        const chartType = expectString(type, location);
        if (!/^[0-9A-Za-z]+$/.test(chartType) || chartType === "Invalid")
          fail("InvalidArgument", `"${type}" is not a chart type`, location);
        const sheet = ex.model.requireSheet(sheetId, location);
        const source = anyRangeArg(ex, sourceData, sheet, location);
        let n = sheet.charts.length + 1;
        while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
        const chart: ChartState = {
          id: ex.model.newId("chart"),
          name: `Chart ${n}`,
          type: chartType,
          sourceSheetId: source.sheet.id,
          source: source.rect,
          seriesBy: expectOneOf(seriesBy, SERIES_BY, location),
          title: { text: "", visible: false },
          legend: { position: "Right", visible: true },
          top: 0,
          left: 0,
          width: 360,
          height: 216,
        };
        sheet.charts.push(chart);
        return { sheetId, chartId: chart.id };
      },
      { sideEffects: true },
    );
  }

  getItem(name: string): SimChart {
    return this._create(SimChart, "getItem", [name], (ex, sheetId: string) => {
      const chart = ex.model.requireSheet(sheetId, "ChartCollection.getItem").charts.find((c) => c.name === name);
      return chart
        ? { sheetId, chartId: chart.id }
        : fail("ItemNotFound", `no chart "${name}"`, "ChartCollection.getItem");
    });
  }

  getItemOrNullObject(name: string): SimChart {
    return this._create(
      SimChart,
      "getItemOrNullObject",
      [name],
      (ex, sheetId: string) => {
        const chart = ex.model
          .requireSheet(sheetId, "ChartCollection.getItemOrNullObject")
          .charts.find((c) => c.name === name);
        return chart ? { sheetId, chartId: chart.id } : null;
      },
      { api: "1.4" },
    );
  }

  getItemAt(index: number): SimChart {
    return this._create(SimChart, "getItemAt", [index], (ex, sheetId: string) => {
      const chart = ex.model.requireSheet(sheetId, "ChartCollection.getItemAt").charts[index];
      return chart
        ? { sheetId, chartId: chart.id }
        : fail("ItemNotFound", `no chart at ${index}`, "ChartCollection.getItemAt");
    });
  }
}

defineType<string>(SimChartCollection, "ChartCollection", {
  count: { get: (sheetId, ex) => ex.model.requireSheet(sheetId, "ChartCollection.count").charts.length },
});

function chartNumber(key: "top" | "left" | "width" | "height"): PropDef<ChartHandle> {
  return {
    get: (h, ex) => chartOf(h, ex, `Chart.${key}`).chart[key],
    set: (h, v, ex) => {
      chartOf(h, ex, `Chart.${key}`).chart[key] = expectNumber(v, `Chart.${key}`, 0);
    },
  };
}

/** Excel.Chart: what was asked for (type, data, title, legend, position) is recorded; nothing is drawn. */
export class SimChart extends SimClientObject<ChartHandle> {
  declare name: string;
  declare readonly id: string;
  declare chartType: string;
  declare top: number;
  declare left: number;
  declare width: number;
  declare height: number;
  declare readonly title: SimChartTitle;
  declare readonly legend: SimChartLegend;
  declare readonly worksheet: SimWorksheet;

  /** Places the chart over cells: its top-left at startCell, and (with endCell) its bottom-right at endCell's corner. */
  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    this._call("setPosition", [startCell, endCell], (h, ex) => {
      const { sheet, chart } = chartOf(h, ex, "Chart.setPosition");
      const start = rectArg(ex, sheet, startCell, "Chart.setPosition");
      chart.top = offset(sheet.rowHeights, DEFAULT_ROW_HEIGHT, start.r0);
      chart.left = offset(sheet.columnWidths, DEFAULT_COLUMN_WIDTH, start.c0);
      if (endCell !== undefined) {
        const end = rectArg(ex, sheet, endCell, "Chart.setPosition");
        chart.height = offset(sheet.rowHeights, DEFAULT_ROW_HEIGHT, end.r1 + 1) - chart.top;
        chart.width = offset(sheet.columnWidths, DEFAULT_COLUMN_WIDTH, end.c1 + 1) - chart.left;
      }
    });
  }

  /** Points the chart at new source data. */
  setData(sourceData: SimRange | string, seriesBy: (typeof SERIES_BY)[number] = "Auto"): void {
    this._call("setData", [sourceData, seriesBy], (h, ex) => {
      const { sheet, chart } = chartOf(h, ex, "Chart.setData");
      const source = anyRangeArg(ex, sourceData, sheet, "Chart.setData");
      chart.sourceSheetId = source.sheet.id;
      chart.source = source.rect;
      chart.seriesBy = expectOneOf(seriesBy, SERIES_BY, "Chart.setData");
    });
  }

  delete(): void {
    this._call("delete", [], (h, ex) => {
      const { sheet, chart } = chartOf(h, ex, "Chart.delete");
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }

  activate(): void {
    this._call("activate", [], (h, ex) => void chartOf(h, ex, "Chart.activate"), "1.9");
  }

  /** Axes, series and data labels are not modelled; failing loudly beats silently ignoring them. */
  get axes(): never {
    throw new SimOfficeError("NotImplemented", "chart.axes is not modelled by the simulator", "Chart.axes");
  }

  get series(): never {
    throw new SimOfficeError("NotImplemented", "chart.series is not modelled by the simulator", "Chart.series");
  }
}

defineType<ChartHandle>(
  SimChart,
  "Chart",
  {
    name: {
      get: (h, ex) => chartOf(h, ex, "Chart.name").chart.name,
      set: (h, v, ex) => {
        const { sheet, chart } = chartOf(h, ex, "Chart.name");
        const name = expectString(v, "Chart.name");
        if (sheet.charts.some((c) => c !== chart && c.name === name))
          fail("ItemAlreadyExists", `a chart named "${name}" already exists`, "Chart.name");
        chart.name = name;
      },
    },
    id: { get: (h) => h.chartId, api: "1.7" },
    chartType: {
      get: (h, ex) => chartOf(h, ex, "Chart.chartType").chart.type,
      set: (h, v, ex) => {
        chartOf(h, ex, "Chart.chartType").chart.type = expectString(v, "Chart.chartType");
      },
      api: "1.7",
    },
    top: chartNumber("top"),
    left: chartNumber("left"),
    width: chartNumber("width"),
    height: chartNumber("height"),
  },
  {
    title: (self: SimChart) => self._navigate(SimChartTitle, (_ex, h: ChartHandle) => h),
    legend: (self: SimChart) => self._navigate(SimChartLegend, (_ex, h: ChartHandle) => h),
    worksheet: (self: SimChart) => self._navigate(SimWorksheet, (_ex, h: ChartHandle) => h.sheetId),
  },
);

/** Excel.ChartTitle. */
export class SimChartTitle extends SimClientObject<ChartHandle> {
  declare text: string;
  declare visible: boolean;
}

defineType<ChartHandle>(SimChartTitle, "ChartTitle", {
  text: {
    get: (h, ex) => chartOf(h, ex, "ChartTitle.text").chart.title.text,
    set: (h, v, ex) => {
      const { chart } = chartOf(h, ex, "ChartTitle.text");
      chart.title = { text: expectString(v, "ChartTitle.text"), visible: true };
    },
  },
  visible: {
    get: (h, ex) => chartOf(h, ex, "ChartTitle.visible").chart.title.visible,
    set: (h, v, ex) => {
      chartOf(h, ex, "ChartTitle.visible").chart.title.visible = expectBoolean(v, "ChartTitle.visible");
    },
  },
});

const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"] as const;

/** Excel.ChartLegend. */
export class SimChartLegend extends SimClientObject<ChartHandle> {
  declare position: string;
  declare visible: boolean;
}

defineType<ChartHandle>(SimChartLegend, "ChartLegend", {
  position: {
    get: (h, ex) => chartOf(h, ex, "ChartLegend.position").chart.legend.position,
    set: (h, v, ex) => {
      chartOf(h, ex, "ChartLegend.position").chart.legend.position = expectOneOf(
        v,
        LEGEND_POSITIONS,
        "ChartLegend.position",
      );
    },
  },
  visible: {
    get: (h, ex) => chartOf(h, ex, "ChartLegend.visible").chart.legend.visible,
    set: (h, v, ex) => {
      chartOf(h, ex, "ChartLegend.visible").chart.legend.visible = expectBoolean(v, "ChartLegend.visible");
    },
  },
});
