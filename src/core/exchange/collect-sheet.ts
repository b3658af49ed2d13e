// The sheet a collect adds for the coordinator: who reported, who has not ("chưa gửi báo cáo"), the deadlines
// proposed ("lùi hạn từ … đến …", accepted or awaiting), the conflicts and refusals, and what coordinators wrote.
import { formatViDate } from "../model/dates";
import type { Plan } from "../model/plan";
import { emptySheet, type SheetSpec, type SpecCell, type StyleId } from "../sheets/spec";
import type { CollectResult, DeadlineProposal } from "./collect";
import { logTime } from "./change-log";

const KIND_LABEL = { refused: "Từ chối", conflict: "Xung đột", ignored: "Bỏ qua" } as const;

/** "lùi hạn từ Quý II (30/06/2024) đến 30/09/2024": a proposal as a report sentence. */
export function deadlineMove(p: Pick<DeadlineProposal, "fromText" | "from" | "to">): string {
  const from = p.from && p.fromText !== formatViDate(p.from) ? `${p.fromText} (${formatViDate(p.from)})` : p.fromText;
  return `lùi hạn từ ${from || "(chưa có hạn)"} đến ${formatViDate(p.to)}`;
}

/** The collect report sheet. */
export function collectSheetSpec(name: string, plan: Plan, r: CollectResult, now: string): SheetSpec {
  const spec = emptySheet("collect", name);
  const push = (cells: SpecCell[], style: StyleId | null = null) => {
    spec.rows.push(cells);
    spec.rowStyles!.push(style);
  };
  const section = (title: string, header: string[], rows: string[][]) => {
    push([]);
    push([{ text: `${title} (${rows.length})`, style: "section" }]);
    if (rows.length === 0) return;
    push(
      header.map((h) => ({ text: h })),
      "header",
    );
    for (const row of rows) push(row.map((text) => ({ text, style: "wrap" as const })));
  };
  push([{ text: "Thu thập báo cáo của các cơ quan", style: "title" }]);
  push([{ text: `${plan.title || plan.sheet} · ${logTime(now)}`, style: "subtitle" }]);
  section(
    "Đã nhận báo cáo",
    ["Cơ quan", "Tệp", "Số nhiệm vụ cập nhật"],
    r.applied.map((a) => [a.agency, a.file, String(a.changed)]),
  );
  section(
    "Chưa gửi báo cáo",
    ["Cơ quan"],
    r.missing.map((a) => [a]),
  );
  section(
    "Đề xuất lùi hạn",
    ["Nhiệm vụ", "Cơ quan", "Đề xuất", "Lý do", "Quyết định"],
    r.proposals.map((p) => [
      p.key,
      p.agency,
      deadlineMove(p),
      p.reason,
      p.accepted ? "Đã chấp nhận" : "Chờ chấp nhận (kehoach collect --accept-deadlines)",
    ]),
  );
  section(
    "Xung đột, từ chối, bỏ qua",
    ["Loại", "Cơ quan", "Tệp", "Nhiệm vụ", "Nội dung"],
    r.notices.map((n) => [
      KIND_LABEL[n.kind],
      n.agency ?? "",
      n.file,
      n.task ?? "",
      `${n.message.vi}\n${n.message.en}`,
    ]),
  );
  section(
    "Ý kiến của cơ quan phối hợp",
    ["Nhiệm vụ", "Cơ quan", "Kết quả phối hợp"],
    r.contributions.map((c) => [c.key, c.agency, c.note]),
  );
  spec.columns = [14, 30, 40, 40, 60].map((width) => ({ width }));
  return spec;
}
