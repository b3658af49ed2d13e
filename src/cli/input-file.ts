// The checks a workbook file passes before it is opened: it exists and is a file, it is an .xlsx package and not
// something renamed to look like one, and no part of it would expand past what memory allows. Each refusal is one
// sentence that says what to do.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import JSZip from "jszip";
import { DEFAULT_LIMITS, inspectFile, oversizedPart, xmlIsBalanced, type PartLimits } from "../xlsx/package-guard";
import { CliError } from "./cli-error";
import { fileError } from "./file-errors";

const MB = 1024 * 1024;

/** Reads a workbook file's bytes, refusing with a sentence anything that is not a readable .xlsx package. */
export async function readWorkbookFile(path: string, limits: PartLimits = DEFAULT_LIMITS): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw fileError(e, path, "read");
  }
  const name = basename(path);
  const found = inspectFile(bytes);
  switch (found.kind) {
    case "xlsx": {
      const big = oversizedPart(found.parts, limits);
      if (big) {
        const size = `${Math.round(big.part.uncompressed / MB)} MB`;
        const limit =
          big.limit === "size"
            ? `${Math.round(limits.maxUncompressed / MB)} MB`
            : `${limits.maxRatio}× (nén ${Math.round(big.part.compressed / 1024)} KB)`;
        const limitEn =
          big.limit === "size"
            ? `${Math.round(limits.maxUncompressed / MB)} MB`
            : `${limits.maxRatio}× (${Math.round(big.part.compressed / 1024)} KB compressed)`;
        throw new CliError(
          `${name}: phần "${big.part.name}" bung ra ${size}, quá giới hạn ${limit} (khoảng 300.000 dòng) — thường do một ô lạc ở rất xa bảng, một bảng quá lớn cho một kế hoạch, hoặc tệp hỏng. Mở tệp trong Excel, xóa các hàng/cột thừa sau bảng (hoặc tách bảng thành nhiều sổ), lưu lại rồi chạy lại.`,
          `${name}: part "${big.part.name}" expands to ${size}, past the limit of ${limitEn} (about 300,000 rows) — usually a stray cell far from the table, a table too large for one plan, or a damaged file. Open it in Excel, delete the extra rows/columns after the table (or split the table into several workbooks), save, and run again.`,
        );
      }
      return bytes;
    }
    case "encrypted":
      throw new CliError(
        `${name} được đặt mật khẩu: mở trong Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu), lưu lại rồi chạy lại.`,
        `${name} is password-protected: open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), save, and run again.`,
      );
    case "xls":
      throw new CliError(
        `${name} là tệp Excel 97–2003 (.xls): mở trong Excel hoặc LibreOffice và lưu dạng Sổ làm việc Excel (.xlsx).`,
        `${name} is an Excel 97–2003 file (.xls): open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx).`,
      );
    case "ods":
      throw new CliError(
        `${name} là bảng tính OpenDocument (.ods): trong LibreOffice chọn Tệp › Lưu thành… › Excel 2007-365 (.xlsx).`,
        `${name} is an OpenDocument spreadsheet (.ods): in LibreOffice choose File › Save As… › Excel 2007-365 (.xlsx).`,
      );
    case "docx":
      throw new CliError(
        `${name} là văn bản Word: sao chép bảng kế hoạch trong Word, dán vào một tệp văn bản rồi dùng "kehoach import", hoặc dán vào Excel.`,
        `${name} is a Word document: copy the plan table in Word, paste it into a text file and use "kehoach import", or paste it into Excel.`,
      );
    case "pdf":
      throw new CliError(
        `${name} là tệp PDF: cần bản Word hoặc Excel của kế hoạch (sao chép bảng rồi dùng "kehoach import").`,
        `${name} is a PDF: the plan's Word or Excel copy is needed (copy the table and use "kehoach import").`,
      );
    case "text":
      throw new CliError(
        `${name} là tệp văn bản (CSV hoặc văn bản thường), không phải sổ Excel: mở trong Excel và lưu dạng .xlsx, hoặc dùng "kehoach import" cho bảng sao chép từ Word.`,
        `${name} is a text file (CSV or plain text), not an Excel workbook: open it in Excel and save it as .xlsx, or use "kehoach import" for a table copied out of Word.`,
      );
    case "zip-other":
      throw new CliError(
        `${name} là tệp nén nhưng không phải sổ Excel: hãy đưa tệp .xlsx.`,
        `${name} is a zip archive but not an Excel workbook: give the .xlsx file.`,
      );
    case "damaged":
      throw new CliError(
        `${name} bị hỏng (${found.reason === "zip directory damaged" ? "mục lục gói bị hỏng" : "tệp bị cắt cụt"}): mở trong Excel để sửa, lưu lại rồi chạy lại.`,
        `${name} is damaged (${found.reason}): open it in Excel to repair it, save, and run again.`,
      );
  }
}

/** The sentence for a package the workbook library could not read: the damaged part by name when one is found. */
export async function unreadableWorkbook(path: string, bytes: Buffer): Promise<CliError> {
  const name = basename(path);
  let part: string | null = null;
  try {
    const zip = await JSZip.loadAsync(bytes);
    for (const entry of Object.values(zip.files)) {
      if (entry.dir || !/\.(xml|rels)$/i.test(entry.name)) continue;
      if (!xmlIsBalanced(await entry.async("string"))) {
        part = entry.name;
        break;
      }
    }
  } catch {
    // The zip itself cannot be read: said below without a part.
  }
  return part
    ? new CliError(
        `${name} bị hỏng ở phần "${part}": mở tệp trong Excel (Excel sẽ đề nghị sửa), lưu lại rồi chạy lại.`,
        `${name} is damaged in part "${part}": open it in Excel (it offers to repair it), save, and run again.`,
      )
    : new CliError(
        `${name} bị hỏng hoặc có nội dung Excel không đọc được: mở tệp trong Excel, lưu lại rồi chạy lại.`,
        `${name} is damaged or holds content that cannot be read: open it in Excel, save it again, and run again.`,
      );
}
