//! `restock parse`: the parser contract on stdin and stdout.

use std::io::{BufRead, Write};

use restock_core::parse::{self, Lang};

/// Read one message per line from `input`; write one JSON object per line to `output`.
pub fn run(lang: Lang, input: impl BufRead, mut output: impl Write) -> std::io::Result<()> {
    for line in input.split(b'\n') {
        let raw = line?;
        let text = String::from_utf8_lossy(&raw);
        let text = text.strip_suffix('\r').unwrap_or(&text);
        let parsed = parse::parse(text, lang);
        serde_json::to_writer(&mut output, &parsed)?;
        output.write_all(b"\n")?;
    }
    output.flush()
}
