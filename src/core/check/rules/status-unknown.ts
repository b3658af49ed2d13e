// Only three statuses are understood; any other word would silently count as "not started", so it is reported. A near
// miss ("Hoàn thnàh") or a word people use for one of them ("xong rồi", "đang làm") gets that status as a fix the user
// may accept.
import { suggestStatus } from "../../read/near-words";
import { STATUS_LABEL } from "../../read/vocabulary";
import { defineRule } from "../rule";

/** A task's status is not one of Chưa thực hiện, Đang thực hiện, Hoàn thành. */
export const statusUnknown = defineRule({
  id: "status-unknown",
  severity: "warning",
  title: { vi: "Trạng thái không hợp lệ", en: "Unrecognised status" },
  help: {
    vi: "Trạng thái ghi một trong: Chưa thực hiện, Đang thực hiện, Hoàn thành.",
    en: "A status is one of: Chưa thực hiện (not started), Đang thực hiện (in progress), Hoàn thành (done).",
  },
  create: ({ plan, report }) => ({
    task(task) {
      if (task.source.statusKnown || !task.cells.status) return;
      const status = suggestStatus(task.statusText);
      const to = status ? STATUS_LABEL[status] : null;
      report(
        task,
        task.cells.status,
        to
          ? {
              vi: `trạng thái "${task.statusText}" không hợp lệ; có lẽ là "${to}".`,
              en: `status "${task.statusText}" is not recognised; perhaps "${to}".`,
            }
          : {
              vi: `trạng thái "${task.statusText}" không hợp lệ.`,
              en: `status "${task.statusText}" is not recognised.`,
            },
        to ? { kind: "setCell", sheet: plan.sheet, cell: task.cells.status, from: task.statusText, to } : undefined,
      );
    },
  }),
});
