import type { Agency } from "../model/plan";
import { REGISTRY_SHEET, sortRegistry } from "../read/registry";
import { emptySheet, type SheetSpec } from "./spec";

export const REGISTRY_HEADER = [
  "Tên cơ quan",
  "Tên viết tắt",
  "Tên khác (phân cách bằng ;)",
  "Nhóm cơ quan (có/không)",
  "Người liên hệ",
  "Email",
];

/** Describes the agency registry sheet "Danh mục cơ quan": one row per agency or group phrase, with its contact, for users to edit. */
export function registrySheetSpec(agencies: Agency[]): SheetSpec {
  const spec = emptySheet("registry", REGISTRY_SHEET);
  spec.rows.push(
    [{ text: "Danh mục cơ quan", style: "title" }],
    [
      {
        text: "Sửa tên viết tắt, thêm tên khác (cách viết khác của cùng cơ quan), đánh dấu nhóm cơ quan; ghi người liên hệ và email (nhiều địa chỉ cách nhau bằng ;) để gửi nhắc việc; mọi lệnh kiểm tra đều dùng danh mục này.",
        style: "muted",
      },
    ],
    [],
    REGISTRY_HEADER.map((h) => ({ text: h })),
  );
  spec.rowStyles!.push(null, null, null, "header");
  for (const a of sortRegistry(agencies)) {
    spec.rows.push([
      { text: a.name, style: "wrap" },
      { text: a.short ?? "", style: "text" },
      { text: a.aliases.join("; "), style: "wrap" },
      { text: a.group ? "có" : "không", style: "center" },
      { text: a.contact?.person ?? "", style: "wrap" },
      { text: a.contact?.emailText ?? "", style: "text" },
    ]);
    spec.rowStyles!.push(null);
  }
  spec.columns = [{ width: 48 }, { width: 16 }, { width: 40 }, { width: 14 }, { width: 24 }, { width: 32 }];
  spec.validations.push({
    top: 5,
    left: 4,
    bottom: Math.max(5, spec.rows.length + 50),
    right: 4,
    list: ["có", "không"],
  });
  spec.freezeRows = 4;
  spec.print = { orientation: "portrait", fitToWidth: true, titleRows: [4, 4] };
  return spec;
}
