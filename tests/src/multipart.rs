//! Just enough `multipart/form-data` reading for the fake Bot API: teloxide uploads photos
//! that way, with the other parameters as text parts.

use serde_json::{Map, Value};

/// The parts of `body`: `(name, has a file name, bytes)`.
fn parts(body: &[u8]) -> Vec<(String, bool, &[u8])> {
    let Some(first_line_end) = find(body, b"\r\n") else { return Vec::new() };
    let boundary = [b"\r\n", &body[..first_line_end]].concat();
    let mut out = Vec::new();
    let mut rest = &body[first_line_end..];
    while let Some(end) = find(rest, &boundary) {
        let part = &rest[..end];
        rest = &rest[end + boundary.len()..];
        let part = part.strip_prefix(b"\r\n").unwrap_or(part);
        let Some(split) = find(part, b"\r\n\r\n") else { continue };
        let headers = String::from_utf8_lossy(&part[..split]);
        let Some(name) = attribute(&headers, "name") else { continue };
        out.push((name, attribute(&headers, "filename").is_some(), &part[split + 4..]));
    }
    out
}

/// The text parts as a JSON object; a part that is JSON (a number, a keyboard) is parsed.
pub fn fields(body: &[u8]) -> Value {
    let mut map = Map::new();
    for (name, is_file, bytes) in parts(body) {
        if is_file {
            continue;
        }
        let text = String::from_utf8_lossy(bytes).into_owned();
        let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
        map.insert(name, value);
    }
    Value::Object(map)
}

/// The bytes of the first file part.
pub fn file(body: &[u8]) -> Option<Vec<u8>> {
    parts(body).into_iter().find(|(_, is_file, _)| *is_file).map(|(_, _, b)| b.to_vec())
}

fn attribute(headers: &str, key: &str) -> Option<String> {
    let pattern = format!("{key}=\"");
    let header =
        headers.lines().find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))?;
    let mut from = 0;
    // `name=` also matches inside `filename=`; take the one that stands alone.
    while let Some(at) = header[from..].find(&pattern) {
        let start = from + at;
        let standalone = start == 0 || matches!(header.as_bytes()[start - 1], b' ' | b';');
        let value_start = start + pattern.len();
        let end = header[value_start..].find('"')? + value_start;
        if standalone {
            return Some(header[value_start..end].to_owned());
        }
        from = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_file_parts_are_told_apart() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n-100\r\n\
--XyZ\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nWeekly summary\r\n\
--XyZ\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"restock.png\"\r\n\
Content-Type: image/png\r\n\r\n\x89PNG\r\n--XyZ--\r\n";
        let f = fields(body);
        assert_eq!(f["chat_id"], -100);
        assert_eq!(f["caption"], "Weekly summary");
        assert!(f.get("photo").is_none());
        assert_eq!(file(body).unwrap(), b"\x89PNG");
    }
}
