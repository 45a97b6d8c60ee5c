//! The `lede` command line: analyze and batch.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn lede(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run lede");
    // Written from another thread while the output is read: `lede batch` streams, so an input larger
    // than the pipe's buffer would otherwise wait for output nobody reads yet.
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    // The process may exit (on a bad flag) before reading stdin: a broken pipe here is fine.
    let writer = std::thread::spawn(move || drop(input.write_all(&stdin)));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

fn sample_path() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/samples/syria-ceasefire-2016.txt").to_string()
}

#[test]
fn analyze_a_file_prints_json_with_char_offsets() {
    let out = lede(&["analyze", &sample_path()], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let analysis: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(analysis["offsets"], "char");
    assert_eq!(analysis["document"]["headline"]["text"], "John Kerry admits Syria ceasefire over as violence increases");
    // Char offsets index Python-style strings: check one against the text.
    let text: Vec<char> = common::sample().chars().collect();
    let headline = &analysis["document"]["headline"];
    let (start, end) = (headline["start"].as_u64().unwrap() as usize, headline["end"].as_u64().unwrap() as usize);
    assert_eq!(text[start..end].iter().collect::<String>(), headline["text"].as_str().unwrap());
}

#[test]
fn analyze_stdin_with_options_and_pretty_output() {
    let out = lede(
        &["analyze", "-", "--reference-date", "2020-01-02", "--offsets", "utf16", "--pretty", "--tokens"],
        "Hello there. 😀 Bye.".as_bytes(),
    );
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("\n  \"schema_version\": 1"), "pretty JSON is indented");
    let analysis: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(analysis["document"]["reference_date"]["source"], "option");
    assert_eq!(analysis["sentences"][1]["start"], 13);
    assert!(analysis["tokens"].as_array().unwrap().len() >= 5);
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let out = lede(&["analyze"], b"Caf\xe9 owners said prices rose.");
    assert!(out.status.success());
    let analysis: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(analysis["warnings"][0]["code"], "invalid_utf8");
}

#[test]
fn clear_errors_and_exit_codes() {
    let missing = lede(&["analyze", "/no/such/file.txt"], b"");
    assert_eq!(missing.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(stderr.contains("cannot read /no/such/file.txt"), "{stderr}");

    let bad_date = lede(&["analyze", "--reference-date", "2016-02-30"], b"Text.");
    assert_eq!(bad_date.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad_date.stderr).contains("reference_date"));

    let bad_flag = lede(&["analyze", "--offsets", "words"], b"Text.");
    assert_eq!(bad_flag.status.code(), Some(2), "usage errors exit with 2");

    let too_big = lede(&["analyze", "--max-bytes", "4"], b"Too long.");
    assert_eq!(too_big.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&too_big.stderr).contains("limit of 4 bytes"));
}

#[test]
fn batch_keeps_order_and_survives_bad_lines() {
    let input = [
        r#"{"id": "a", "text": "First article. It is short."}"#,
        r#"not json at all"#,
        r#"{"id": 3, "text": "Dated.", "reference_date": "2016-09-23"}"#,
        r#"{"id": "no-text"}"#,
        "",
        r#"{"id": "bad-date", "text": "x", "reference_date": "yesterday"}"#,
        r#"{"id": "last", "text": "The end."}"#,
    ]
    .join("\n");
    let out = lede(&["batch", "--jobs", "2"], input.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 6, "one output line per non-blank input line");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["analysis"]["stats"]["sentences"], 2);
    assert_eq!(lines[1]["error"]["code"], "invalid_line");
    assert!(lines[1]["error"]["message"].as_str().unwrap().contains("line 2"));
    assert_eq!(lines[2]["id"], 3);
    assert_eq!(lines[2]["analysis"]["document"]["reference_date"]["value"], "2016-09-23");
    assert_eq!(lines[3]["id"], "no-text");
    assert_eq!(lines[3]["error"]["code"], "invalid_line");
    assert_eq!(lines[4]["error"]["code"], "invalid_option");
    assert_eq!(lines[5]["id"], "last");
}

#[test]
fn batch_reports_an_over_long_line_and_goes_on() {
    let long = format!(r#"{{"id": "big", "text": "{}"}}"#, "a".repeat(5000));
    let input = format!("{long}\n{{\"id\": \"after\", \"text\": \"Fine.\"}}\n");
    let out = lede(&["batch", "--max-bytes", "100"], input.as_bytes());
    let lines: Vec<Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines[0]["error"]["code"], "line_too_large");
    assert_eq!(lines[1]["id"], "after");
    assert!(lines[1]["analysis"].is_object());
}

#[test]
fn batch_of_many_lines_in_order() {
    // Lines of very different lengths finish out of order on two workers; the output keeps the input's.
    let input: String = (0..300)
        .map(|i| {
            let text = "Kerry met Lavrov in Geneva on Monday. ".repeat(if i % 7 == 0 { 200 } else { 1 });
            format!("{{\"id\": {i}, \"text\": \"Article number {i}. {text}\"}}\n")
        })
        .collect();
    let out = lede(&["batch", "--jobs", "2"], input.as_bytes());
    let ids: Vec<u64> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, (0..300).collect::<Vec<u64>>());
}

#[test]
fn batch_line_is_the_id_then_the_same_analysis_as_analyze() {
    let text = "GENEVA (Reuters) - John Kerry said on Friday that 45 people had died. \"It must stop,\" he said.";
    let line = serde_json::to_string(&serde_json::json!({ "id": "k", "text": text, "reference_date": "2016-09-23" })).unwrap();
    let batch = lede(&["batch"], format!("{line}\n").as_bytes());
    let single = lede(&["analyze", "-", "--reference-date", "2016-09-23"], text.as_bytes());
    let single = String::from_utf8(single.stdout).unwrap();
    // Byte for byte: the fields in the contract's order, not re-sorted through a JSON tree.
    assert_eq!(String::from_utf8(batch.stdout).unwrap(), format!("{{\"id\":\"k\",\"analysis\":{}}}\n", single.trim_end()));
}

#[test]
fn batch_writes_each_line_before_the_input_ends() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(["batch", "--jobs", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"{\"id\": 1, \"text\": \"The first story.\"}\n").unwrap();
    stdin.flush().unwrap();
    // A pipeline reading the output must get the first result while the input is still open.
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        tx.send(lines.next().and_then(Result::ok)).unwrap();
        for line in lines {
            tx.send(line.ok()).unwrap();
        }
    });
    let first = rx.recv_timeout(std::time::Duration::from_secs(60)).expect("the first line came while stdin was open");
    assert!(first.unwrap().starts_with("{\"id\":1,\"analysis\":"));
    stdin.write_all(b"{\"id\": 2, \"text\": \"The second.\"}\n").unwrap();
    drop(stdin);
    let second = rx.recv_timeout(std::time::Duration::from_secs(60)).unwrap().unwrap();
    assert!(second.starts_with("{\"id\":2,"));
    assert!(child.wait().unwrap().success());
}

#[test]
fn batch_stops_quietly_when_its_reader_goes_away() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(["batch", "--jobs", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input: String = (0..400).map(|i| format!("{{\"id\": {i}, \"text\": \"Story {i} is short.\"}}\n")).collect();
    let writer = std::thread::spawn(move || drop(stdin.write_all(input.as_bytes())));
    // Like `lede batch | head -1`: read one line, then close the pipe.
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.starts_with("{\"id\":0,"));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(out.status.success(), "exit {:?}", out.status);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "no 'broken pipe' message");
}
