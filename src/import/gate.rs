//! GATE gazetteer `lists.def` and its `.lst` files.

use std::path::Path;

use super::gate_label;
use crate::document::Label;
use crate::error::Error;

/// One entry of a list: the phrase, its label, the `.lst` file's name and the 1-based line.
pub(crate) struct GateEntry {
    pub phrase: String,
    pub label: Label,
    pub file: String,
    pub line: usize,
}

/// Reads `lists.def` and every `.lst` file it names whose `majorType`/`minorType` maps to a
/// chronicle label (others are skipped, unread).
pub(crate) fn read(def: &Path) -> Result<Vec<GateEntry>, Error> {
    let contents = crate::extractor::read_utf8(def)?;
    let dir = def.parent().unwrap_or(Path::new("."));
    let mut out = Vec::new();
    for (i, line) in contents.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line).trim();
        if line.is_empty() {
            continue;
        }
        let err = |msg: String| Error::invalid_data(msg).with_path(def).with_line(i + 1);
        let cols: Vec<&str> = line.split(':').collect();
        if cols.len() < 2 || cols.len() > 5 || cols[0].trim().is_empty() {
            return Err(err(
                "expected `file.lst:majorType[:minorType[:language[:annotationType]]]`".into(),
            ));
        }
        let (file, major) = (cols[0].trim(), cols[1].trim());
        let minor = cols.get(2).map_or("", |s| s.trim());
        if major.is_empty() {
            return Err(err("empty majorType".into()));
        }
        let Some(label) = gate_label(major, minor) else {
            continue;
        };
        let path = dir.join(file);
        let list = crate::extractor::read_utf8(&path)
            .map_err(|e| err(format!("cannot read {}: {e}", path.display())))?;
        let name = path.display().to_string();
        for (j, entry) in list.lines().enumerate() {
            // Features follow a tab (`entry<TAB>feature=value`); they are not used.
            let phrase = entry.split('\t').next().unwrap_or("").trim();
            if phrase.is_empty() {
                continue;
            }
            out.push(GateEntry {
                phrase: phrase.to_string(),
                label,
                file: name.clone(),
                line: j + 1,
            });
        }
    }
    Ok(out)
}
