import { useLanguage } from "../i18n";
import type { DropdownsResult } from "../../service/plan-service";
import { CommandWithResult } from "./CommandWithResult";
import { PanelSection } from "./PanelSection";

interface Props {
  busy: boolean;
  result: DropdownsResult | null;
  onDropdowns: () => void;
}

/** "Bảng kế hoạch": tools on the plan table itself, such as dropdown lists on the role and status cells. */
export function PlanToolsPanel({ busy, result, onDropdowns }: Props) {
  const { s } = useLanguage();
  return (
    <PanelSection id="tools" heading={s.toolsHeading} testId="plan-tools">
      <CommandWithResult
        label={s.dropdowns}
        hint={s.dropdownsHint}
        disabled={busy}
        onRun={onDropdowns}
        outcome={result}
        // Notes of a done run only say what was left out on purpose (no role columns), not that anything went wrong.
        doneNotes="info"
        made={(run) =>
          run.rows ? s.dropdownsDone(run.roleColumns, run.statusColumn, run.rows.top, run.rows.bottom) : null
        }
      />
    </PanelSection>
  );
}
