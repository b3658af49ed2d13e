import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Finding } from "../../core/check/finding";
import { findingKey } from "../../core/check/ignored-findings";
import { useLanguage } from "../i18n";

/** The findings of text typed in TCVN3/VNI that the user has not ignored and that carry a fix. */
export function legacyFixes(findings: Finding[], ignoredKeys: ReadonlySet<string>): Finding[] {
  return findings.filter(
    (f) => f.rule === "text-legacy-encoding" && f.fix !== undefined && !ignoredKeys.has(findingKey(f)),
  );
}

/**
 * Shown above the check list when cells were typed with the old TCVN3/VNI fonts: converting them first also clears the
 * role and time errors their mojibake causes, so one button converts them all (each cell checked as any fix is).
 */
export function LegacyTextNotice({
  findings,
  ignoredKeys,
  busy,
  onFix,
}: {
  findings: Finding[];
  ignoredKeys: ReadonlySet<string>;
  busy: boolean;
  onFix: (findings: Finding[]) => void;
}) {
  const { s } = useLanguage();
  const fixes = useMemo(() => legacyFixes(findings, ignoredKeys), [findings, ignoredKeys]);
  if (fixes.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="legacy-text">
      <MessageBarBody>
        <MessageBarTitle>{s.legacyTitle(fixes.length)}</MessageBarTitle>
        {s.legacyBody}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabled={busy} onClick={() => onFix(fixes)}>
          {s.legacyConvert(fixes.length)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
