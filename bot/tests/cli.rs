//! The built `restock` binary, driven the way a person or a tool drives it.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn restock(dir: &Path, db: Option<&str>, args: &[&str], stdin: &str) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_restock"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("DISCORD_TOKEN")
        .env_remove("NATS_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(url) = db {
        cmd.env("DATABASE_URL", url);
    }
    let mut child = cmd.spawn().expect("start restock");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "restock {args:?} failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stdout_lines(out: &Output) -> Vec<String> {
    String::from_utf8(out.stdout.clone()).unwrap().lines().map(str::to_owned).collect()
}

fn temp_dir(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("restock-cli-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const SCRIPT: &str = "bought 12 eggs\nused 2 eggs\nhow many eggs do we have?\n";

#[test]
fn a_script_on_stdin_gets_one_reply_per_line_on_the_default_sqlite_database() {
    let dir = temp_dir("sqlite");
    let out = restock(&dir, None, &[], SCRIPT);
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[2], "You have 10 eggs.");
    assert!(dir.join("restock.db").exists(), "the embedded database was not created");
    // The database keeps what it was told.
    let again = restock(&dir, None, &[], "how many eggs do we have?\n");
    assert_eq!(stdout_lines(&again), ["You have 10 eggs."]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn the_same_script_works_on_postgres() {
    let db = restock_storage::testing::fresh_postgres().await;
    let dir = temp_dir("pg");
    let out = restock(&dir, Some(&db.url), &[], SCRIPT);
    assert_eq!(stdout_lines(&out)[2], "You have 10 eggs.");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_input_gets_clear_replies_and_never_a_panic() {
    let dir = temp_dir("bad");
    let junk = "€x".repeat(3500);
    let script = format!(
        "bought 12 eggs\n\n{junk}\nused -2 eggs\nused 3\n\u{1F600}\u{1F600}\nhow many eggs do we have?\n"
    );
    let out = restock(&dir, None, &[], &script);
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 7, "{lines:?}");
    assert!(lines[1].contains("Send me something"), "{}", lines[1]);
    assert!(lines[2].contains("too long"), "{}", lines[2]);
    assert!(lines[3].contains("more than zero"), "{}", lines[3]);
    assert!(lines[4].contains("Which item"), "{}", lines[4]);
    assert!(lines[5].contains("didn't get that"), "{}", lines[5]);
    assert_eq!(lines[6], "You have 12 eggs.");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn parse_prints_one_json_object_per_line() {
    let dir = temp_dir("parse");
    let out = restock(&dir, None, &["parse"], "used 2 eggs and 200g flour\nhello\n");
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 2);
    let first: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(
        first,
        serde_json::json!({"intent": "consume", "items": [
            {"name": "egg", "quantity": 2, "unit": null},
            {"name": "flour", "quantity": 200, "unit": "g"}
        ]})
    );
    let second: serde_json::Value = serde_json::from_str(&lines[1]).unwrap();
    assert_eq!(second, serde_json::json!({"intent": "unknown", "items": []}));
    assert!(!dir.join("restock.db").exists(), "parse must not touch the database");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn help_lists_every_subcommand_and_setting() {
    let dir = temp_dir("help");
    let out = restock(&dir, None, &["--help"], "");
    let help = String::from_utf8(out.stdout).unwrap();
    for word in [
        "run",
        "migrate",
        "parse",
        "outbox",
        "DATABASE_URL",
        "TELOXIDE_TOKEN",
        "TELOXIDE_API_URL",
        "DISCORD_TOKEN",
        "RESTOCK_LOCALE",
        "RESTOCK_TIME_ZONE",
    ] {
        assert!(help.contains(word), "--help does not mention {word}:\n{help}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_bad_setting_is_refused_with_a_clear_line() {
    let dir = temp_dir("cfg");
    let out = Command::new(env!("CARGO_BIN_EXE_restock"))
        .current_dir(&dir)
        .env("RESTOCK_TIME_ZONE", "Mars/Olympus")
        .env_remove("TELOXIDE_TOKEN")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("IANA"));
    let _ = std::fs::remove_dir_all(&dir);
}
