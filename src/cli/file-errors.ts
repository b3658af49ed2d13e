// What the user reads when the file system refuses: one sentence in Vietnamese and English that names the path and says
// what to do. Node's own text ("EACCES: permission denied, open …") never reaches the user.
import { CliError } from "./cli-error";

/** What the command was doing with the path when it failed. */
export type FileAction = "read" | "write" | "folder";

const ACTION = {
  read: { vi: "đọc", en: "read" },
  write: { vi: "ghi", en: "write" },
  folder: { vi: "tạo thư mục", en: "create the folder" },
} as const;

/** Turns a file-system error into the sentence the user reads; anything else passes through unchanged. */
export function fileError(e: unknown, path: string, action: FileAction): unknown {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  if (typeof code !== "string") return e;
  const a = ACTION[action];
  const cannot = { vi: `Không ${a.vi} được ${path}`, en: `Cannot ${a.en} ${path}` };
  const say = (vi: string, en: string) => new CliError(`${cannot.vi}: ${vi}`, `${cannot.en}: ${en}`);
  switch (code) {
    case "ENOENT":
      return action === "read"
        ? new CliError(
            `Không tìm thấy tệp ${path} — kiểm tra tên và thư mục.`,
            `File not found: ${path} — check the name and folder.`,
          )
        : say(
            "thư mục chứa nó không tồn tại — tạo thư mục trước hoặc chọn chỗ khác.",
            "its folder does not exist — create it first or choose another place.",
          );
    case "ENOTDIR":
      return say("một phần của đường dẫn là tệp, không phải thư mục.", "part of the path is a file, not a folder.");
    case "EACCES":
    case "EPERM":
      return action === "read"
        ? say(
            "không có quyền đọc — xin quyền hoặc sao chép tệp vào thư mục của bạn.",
            "no permission to read it — ask for access or copy the file into your own folder.",
          )
        : say(
            "không có quyền ghi vào thư mục này — chọn thư mục khác bằng -o.",
            "no permission to write in this folder — choose another folder with -o.",
          );
    case "EROFS":
      return say(
        "ổ đĩa chỉ cho đọc — chọn thư mục khác bằng -o.",
        "the drive is read-only — choose another folder with -o.",
      );
    case "EISDIR":
      return say(
        "đây là một thư mục — hãy đưa tên tệp (ví dụ bao-cao.xlsx).",
        "this is a folder — give a file name (for example report.xlsx).",
      );
    case "ENOSPC":
    case "EDQUOT":
      return say(
        "ổ đĩa đã đầy — giải phóng chỗ trống rồi chạy lại; tệp cũ (nếu có) vẫn nguyên.",
        "the disk is full — free some space and run again; any earlier file is unchanged.",
      );
    case "ENAMETOOLONG":
      return say(
        "tên tệp hoặc đường dẫn quá dài — chọn tên ngắn hơn.",
        "the name or path is too long — choose a shorter one.",
      );
    case "EBUSY":
    case "ETXTBSY":
      return say(
        "tệp đang được chương trình khác dùng — đóng nó (ví dụ trong Excel) rồi chạy lại.",
        "the file is in use by another program — close it (in Excel, say) and run again.",
      );
    case "EMFILE":
    case "ENFILE":
      return say(
        "máy đang mở quá nhiều tệp — thử lại sau.",
        "too many files are open on this computer — try again later.",
      );
    default:
      return say(`lỗi hệ thống tệp (${code}).`, `file-system error (${code}).`);
  }
}
