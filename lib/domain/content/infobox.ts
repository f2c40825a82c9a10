// An encyclopedia infobox ("Infobox" above "- Party1: Japan", "- Party2: Peru", "- Filetype: svg") becomes
// a small table: numbered keys merged ("Party: Japan, Peru"), layout keys (file type, image, width) dropped.
import type { ListBlock } from "../document/types";

export interface InfoboxRow {
  label: string;
  values: string[];
}

const LAYOUT_KEYS = /^(?:file ?type|image|image ?size|image ?caption|caption|width|height|size|alt|map|map ?caption|logo|flag|coat ?of ?arms|signature|module|embed|style|class|name)$/i;

export function isInfobox(title: string | undefined): boolean {
  return /^infobox\b/i.test(title ?? "");
}

export function infoboxBlock(block: ListBlock): { type: "facts"; id: string; title?: string; rows: InfoboxRow[] } {
  const rows: InfoboxRow[] = [];
  let title: string | undefined;
  for (const item of block.items) {
    const m = /^([^:]{1,40}):\s*(.+)$/.exec(item.text.trim());
    if (!m) continue;
    const key = (m[1] ?? "").replace(/[_\s]*\d+$/, "").replace(/_/g, " ").trim();
    const value = (m[2] ?? "").trim();
    if (!key || !value || LAYOUT_KEYS.test(key)) continue;
    if (/^title$/i.test(key)) {
      title ??= value;
      continue;
    }
    const label = key.charAt(0).toUpperCase() + key.slice(1);
    const row = rows.find((r) => r.label.toLowerCase() === label.toLowerCase());
    if (row) row.values.push(value);
    else rows.push({ label, values: [value] });
  }
  return { type: "facts", id: block.id, ...(title ? { title } : {}), rows };
}
