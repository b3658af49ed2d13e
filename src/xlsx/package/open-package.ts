import { OpcPackage } from "./package";
import { readPackageCells, type PackageCells } from "./read-cells";
import { WorkbookPart } from "./workbook-part";

/** A workbook package open for reading and editing: the parts, the workbook part, and the cells the core reads. */
export interface OpenedPackage {
  pkg: OpcPackage;
  workbook: WorkbookPart;
  cells: PackageCells;
}

/** Opens a workbook package from its bytes and reads its cells (throws PackageRefused or ZipError on what it cannot take). */
export function openPackage(bytes: Buffer): OpenedPackage {
  const pkg = new OpcPackage(bytes);
  const workbook = new WorkbookPart(pkg);
  return { pkg, workbook, cells: readPackageCells(pkg, workbook) };
}
