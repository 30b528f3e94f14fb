//! Export and import of the whole document: what a chosen file is (or the one reason it cannot
//! be used), the preview of what importing it would change, and the import itself; and the
//! round trip every document makes through export and import.

use crate::common::{assert_round_trips, fixture, ids, named};
use cloud_self_check::domain::answers::{Answer, Answers, FollowUpEdit, ItemResponse};
use cloud_self_check::domain::document::{
    Document, MAX_DOCUMENT_BYTES, SCHEMA_VERSION, decode, encode,
};
use cloud_self_check::domain::responsibility::{CellEdit, CellRecord, ManagerSide, MapRecord};
use cloud_self_check::domain::stage::StagePlacement;
use cloud_self_check::domain::transfer::{Change, ImportError, ImportMode, apply, preview, read};
use proptest::prelude::*;

const NOW: &str = "2026-11-24T10:00:00.000Z";
const LATER: &str = "2026-11-25T09:00:00.000Z";
/// Creation times of further assessments: each assessment of a browser has its own.
const T2: &str = "2026-11-24T10:05:00.000Z";
const T3: &str = "2026-11-24T10:10:00.000Z";
const T4: &str = "2026-11-24T10:15:00.000Z";
const GAP: &str = "rsp:user:data:setter_missing";
const OTHER_GAP: &str = "rsp:user:os:same_person";

/// Reads text as a chosen file whose size the browser reports truthfully.
fn read_text(text: &str) -> Result<Document, ImportError> {
    read(text.len() as u64, text.as_bytes())
}

fn note(text: &str) -> FollowUpEdit {
    FollowUpEdit::Note(text.to_owned())
}

fn owner(text: &str) -> FollowUpEdit {
    FollowUpEdit::Owner(text.to_owned())
}

// ---------------------------------------------------------------------------------------------
// Reading a chosen file: each reason it cannot be used.

#[test]
fn an_exported_document_reads_back() {
    let mut document = Document::new(NOW);
    document.set_answer("pre-1.1", Answer::Yes);
    document.set_organization("株式会社サンプル");
    assert_eq!(read_text(&encode(&document)), Ok(document.clone()));
    // With a byte order mark, or blank lines, in front (an editor may add them).
    for prefix in ["\u{feff}", "\n\r\n  \t", "\u{feff}\n  "] {
        let text = format!("{prefix}{}", encode(&document));
        assert_eq!(read_text(&text), Ok(document.clone()), "{prefix:?}");
    }
    // And with a newline after it.
    assert_eq!(read_text(&format!("{}\n", encode(&document))), Ok(document));
}

#[test]
fn older_documents_read_and_are_migrated() {
    for name in ["schema-1.json", "schema-2.json", "document-v1.json"] {
        let raw = fixture(name);
        let document = read_text(&raw).unwrap_or_else(|error| panic!("{name}: {error:?}"));
        assert_eq!(Ok(document.clone()), decode(&raw), "{name}");
        assert!(!encode(&document).contains("language"), "{name}");
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_by_its_size_before_it_is_read() {
    let limit = MAX_DOCUMENT_BYTES as u64;
    // The bytes are not looked at: empty, or a valid document, they are refused all the same.
    let valid = encode(&Document::new(NOW));
    for bytes in [&b""[..], valid.as_bytes(), &[0xff, 0xfe][..]] {
        assert_eq!(
            read(limit + 1, bytes),
            Err(ImportError::TooLarge { bytes: limit + 1 })
        );
        assert_eq!(
            read(u64::MAX, bytes),
            Err(ImportError::TooLarge { bytes: u64::MAX })
        );
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_by_its_bytes_whatever_its_stated_size() {
    let mut text = encode(&Document::new(NOW));
    text.push_str(&" ".repeat(MAX_DOCUMENT_BYTES + 1 - text.len()));
    assert_eq!(text.len(), MAX_DOCUMENT_BYTES + 1);
    let too_large = Err(ImportError::TooLarge {
        bytes: MAX_DOCUMENT_BYTES as u64 + 1,
    });
    for stated in [
        0,
        10,
        MAX_DOCUMENT_BYTES as u64,
        MAX_DOCUMENT_BYTES as u64 + 1,
    ] {
        assert_eq!(read(stated, text.as_bytes()), too_large, "{stated}");
    }
    // The larger of the two is reported.
    assert_eq!(
        read(MAX_DOCUMENT_BYTES as u64 + 7, text.as_bytes()),
        Err(ImportError::TooLarge {
            bytes: MAX_DOCUMENT_BYTES as u64 + 7
        })
    );
}

#[test]
fn a_file_at_the_size_limit_is_read() {
    let document = Document::new(NOW);
    let mut text = encode(&document);
    text.push_str(&" ".repeat(MAX_DOCUMENT_BYTES - text.len()));
    assert_eq!(text.len(), MAX_DOCUMENT_BYTES);
    assert_eq!(read_text(&text), Ok(document));
}

#[test]
fn an_empty_file_is_empty() {
    for text in [
        "",
        " ",
        "\n",
        "\r\n\t  \n",
        "\u{feff}",
        "\u{feff}  \r\n",
        "\u{3000}",
    ] {
        assert_eq!(read_text(text), Err(ImportError::Empty), "{text:?}");
    }
}

#[test]
fn a_binary_file_is_not_text() {
    let png = [
        0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n', 0, 0, 0, 13,
    ];
    let xlsx = [b'P', b'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0];
    let pdf_with_binary = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    let cases: [&[u8]; 7] = [
        &png,
        &xlsx,
        pdf_with_binary,
        &[0xff, 0xfe, b'{', 0],
        &[0xc3],
        b"\0",
        b"{\"schema_version\":3,\0}",
    ];
    for bytes in cases {
        assert_eq!(
            read(bytes.len() as u64, bytes),
            Err(ImportError::NotText),
            "{bytes:?}"
        );
    }
    // A NUL byte anywhere, even in what is otherwise text.
    for text in ["abc\0def", "\0{}", "module,id\0,question", "  \0"] {
        assert_eq!(read_text(text), Err(ImportError::NotText), "{text:?}");
    }
}

#[test]
fn a_csv_file_is_a_csv() {
    let english = "\u{feff}module,id,question,answer,note,owner,due,source,value\r\n\
                   pre,pre-1.1,\"1.1 Does the organization have, or plan, a policy?\",Yes,,,,\"004 VI\",\r\n\
                   pre,pre-1.2,1.2 Is there a budget?,No,検討中,山田,2027-03-31,004 VI,\r\n";
    let japanese = "\u{feff}モジュール,ID,質問,回答,メモ,担当者,期限,出典,契約で定めている値\r\n\
                    pre,pre-1.1,1.1 方針がありますか,はい,,,,004 VI,\r\n";
    let header_only = "\u{feff}module,id,question,answer,note,owner,due,source,value\r\n";
    for text in [
        english,
        japanese,
        header_only,
        "module,id,question\r\npre,pre-1.1,...",
        "a,b\n\n  \nc,d\n",
        "a;b,c\nd,e",
        "name,value",
        ",",
    ] {
        assert_eq!(read_text(text), Err(ImportError::Csv), "{text:?}");
    }
}

#[test]
fn plain_text_is_not_json() {
    for text in [
        "hello",
        "Hello, world\nno commas here",
        "first line\nsecond, with a comma",
        "<html><body>{}</body></html>",
        "true",
        "null",
        "42",
        "\"a string\"",
        "schema_version: 3",
        "\u{feff}メモ",
    ] {
        assert_eq!(read_text(text), Err(ImportError::NotJson), "{text:?}");
    }
}

#[test]
fn json_that_ends_too_early_is_truncated() {
    let full = encode(&Document::new(NOW));
    for text in [
        r#"{"schema_version":3,"#.to_owned(),
        "{".to_owned(),
        "[".to_owned(),
        "[1,2".to_owned(),
        r#"{"name": "unterminated"#.to_owned(),
        full[..full.len() - 1].to_owned(),
        full[..full.len() / 2].to_owned(),
        format!("\u{feff}{}", &full[..full.len() - 3]),
    ] {
        assert_eq!(read_text(&text), Err(ImportError::Truncated), "{text:?}");
    }
}

#[test]
fn malformed_json_that_is_not_cut_off_is_not_json() {
    for text in [
        r#"{"a" 1}"#,
        "{]",
        r#"{"a":1}}"#,
        r#"{"schema_version":3}x"#,
        "[1,,2]",
        "{'single': 'quotes'}",
        "{\"a\":\"\u{1}\"}",
    ] {
        assert_eq!(read_text(text), Err(ImportError::NotJson), "{text:?}");
    }
}

#[test]
fn json_of_something_else_is_not_ours() {
    for text in [
        r#"{"name":"x"}"#,
        "[1,2]",
        "{}",
        "[]",
        r#"[{"schema_version":3}]"#,
        r#"{"schema_version":"3"}"#,
        r#"{"schema_version":3.5}"#,
        r#"{"schema_version":-1}"#,
        // Version 0 was never written.
        r#"{"schema_version":0,"active":"a1","assessments":[]}"#,
    ] {
        assert_eq!(read_text(text), Err(ImportError::NotOurs), "{text:?}");
    }
    // A version this app wrote, but a document that does not hold together: damaged (or edited),
    // which the reader is told apart from a file of something else.
    for text in [
        r#"{"schema_version":3,"active":"a1","assessments":[]}"#,
        r#"{"schema_version":3,"active":"a2","assessments":[{"id":"a1","name":"","created_at":"","answers":{}}]}"#,
        r#"{"schema_version":3,"active":"a1","assessments":[{"id":"a1","name":"","created_at":"","answers":{}}],"colour":"red"}"#,
        r#"{"schema_version":1,"language":"ja","active":"a1","assessments":{}}"#,
    ] {
        assert_eq!(read_text(text), Err(ImportError::Damaged), "{text:?}");
    }
    // The smallest document of ours, for contrast.
    let ours = r#"{"schema_version":3,"active":"a1","assessments":[{"id":"a1","name":"","created_at":"","answers":{}}]}"#;
    assert!(read_text(ours).is_ok());
}

#[test]
fn a_document_of_a_newer_version_is_newer() {
    for version in [SCHEMA_VERSION + 1, 10, u64::MAX] {
        let text = format!(r#"{{"schema_version":{version},"active":"a1","assessments":[]}}"#);
        assert_eq!(
            read_text(&text),
            Err(ImportError::Newer { version }),
            "{version}"
        );
    }
    assert_eq!(
        read_text("\u{feff}{\"schema_version\":4,\"whatever\":true}"),
        Err(ImportError::Newer { version: 4 })
    );
}

// ---------------------------------------------------------------------------------------------
// Preview and import.

/// A document with one assessment "a1" created at `created_at`, named `name`, answered with
/// `answers`.
fn one(created_at: &str, name: &str, answers: &[(&str, Answer)]) -> Document {
    let mut document = Document::new(created_at);
    document.rename("a1", name);
    for (id, answer) in answers {
        document.set_answer(id, *answer);
    }
    document
}

#[test]
fn merging_another_assessment_adds_it_with_its_answered_count() {
    let current = one(NOW, "本社", &[("pre-1.1", Answer::Yes)]);
    let mut incoming = Document::new(NOW);
    assert!(incoming.create("b7", "支所", LATER));
    incoming.set_answer("pre-1.1", Answer::No);
    incoming.set_answer("pre-1.2", Answer::Yes);
    // A note alone is not an answer.
    incoming.set_note("pre-1.3", "要確認");
    assert!(incoming.delete("a1"));
    let changes = preview(&current, &incoming, ImportMode::Merge);
    assert_eq!(
        changes,
        [Change::Added {
            name: "支所".to_owned(),
            answered: 2
        }]
    );
    let merged = apply(&current, &incoming, ImportMode::Merge, 0);
    assert_eq!(ids(&merged), ["a1", "b7"]);
    assert_eq!(named(&merged, "a1"), named(&current, "a1"));
    assert_eq!(named(&merged, "b7"), named(&incoming, "b7"));
    assert_eq!(
        merged.active_id(),
        "a1",
        "the current active one stays active"
    );
    assert_round_trips(&merged);
}

#[test]
fn restoring_a_backup_into_a_cleared_browser_puts_the_backups_assessment_in_use() {
    let cleared = Document::new(LATER);
    let mut backup = one(NOW, "本社", &[("pre-1.1", Answer::Yes)]);
    assert!(backup.create("a2", "支所", T2));
    backup.set_answer("pre-1.2", Answer::No);
    assert!(backup.switch("a1"));
    let restored = apply(&cleared, &backup, ImportMode::Merge, 0);
    assert_eq!(restored.active_id(), "a1");
    assert_eq!(restored.active().name, "本社");
    assert_eq!(
        restored, backup,
        "the empty assessment holds nothing to keep, and is not left beside the backup"
    );
    assert_round_trips(&restored);

    // A name alone is something the user wrote: then the merge adds, and keeps theirs in use.
    let mut named_here = Document::new(LATER);
    assert!(named_here.rename("a1", "新しい評価"));
    let merged = apply(&named_here, &backup, ImportMode::Merge, 0);
    assert_eq!(merged.assessments().len(), 3);
    assert_eq!(merged.active().name, "新しい評価");
}

#[test]
fn merging_the_same_assessment_updates_it_by_the_items_that_change() {
    let current = one(
        NOW,
        "本社",
        &[
            ("pre-1.1", Answer::Yes),
            ("pre-1.2", Answer::No),
            ("pre-1.3", Answer::Yes),
        ],
    );
    let incoming = one(
        NOW,
        "本社",
        &[
            ("pre-1.1", Answer::Yes),
            ("pre-1.2", Answer::Yes),
            ("pre-1.4", Answer::No),
        ],
    );
    assert_eq!(
        preview(&current, &incoming, ImportMode::Merge),
        [Change::Updated {
            name: "本社".to_owned(),
            changed: 2
        }]
    );
    let merged = apply(&current, &incoming, ImportMode::Merge, 0);
    assert_eq!(ids(&merged), ["a1"]);
    let answers = &merged.active().answers;
    assert_eq!(answers.get("pre-1.1"), Some(&Answer::Yes));
    assert_eq!(answers.get("pre-1.2"), Some(&Answer::Yes), "the file wins");
    assert_eq!(answers.get("pre-1.3"), Some(&Answer::Yes), "kept from here");
    assert_eq!(
        answers.get("pre-1.4"),
        Some(&Answer::No),
        "added from the file"
    );
    assert_round_trips(&merged);
}

#[test]
fn merging_what_is_already_here_changes_nothing() {
    let current = one(
        NOW,
        "本社",
        &[("pre-1.1", Answer::Yes), ("pre-1.2", Answer::No)],
    );
    // The file holds the same or less: nothing changes.
    for incoming in [
        current.clone(),
        one(NOW, "本社", &[("pre-1.1", Answer::Yes)]),
        one(NOW, "", &[]),
    ] {
        assert_eq!(
            preview(&current, &incoming, ImportMode::Merge),
            [Change::Unchanged {
                name: incoming.active().name.clone()
            }]
        );
        assert_eq!(apply(&current, &incoming, ImportMode::Merge, 0), current);
    }
    // A changed name alone is an update of no items.
    let renamed = one(NOW, "本社ビル", &[]);
    assert_eq!(
        preview(&current, &renamed, ImportMode::Merge),
        [Change::Updated {
            name: "本社ビル".to_owned(),
            changed: 0
        }]
    );
    assert_eq!(
        apply(&current, &renamed, ImportMode::Merge, 0)
            .active()
            .name,
        "本社ビル"
    );
}

#[test]
fn another_browsers_a1_is_another_assessment() {
    // Every browser's first assessment is a1; a different creation time tells them apart.
    let mut current = one(NOW, "本社", &[("pre-1.1", Answer::Yes)]);
    assert!(current.create("a2", "支所", T2));
    assert!(current.take_snapshot("s1", "初回", T2));
    assert!(current.switch("a2"));
    let mut incoming = one(
        LATER,
        "工場",
        &[("pre-1.1", Answer::No), ("pre-1.2", Answer::No)],
    );
    assert!(incoming.take_snapshot("s1", "工場の初回", LATER));
    assert!(incoming.take_snapshot("s2", "工場の二回目", LATER));
    assert_eq!(
        preview(&current, &incoming, ImportMode::Merge),
        [Change::Added {
            name: "工場".to_owned(),
            answered: 2
        }]
    );
    let merged = apply(&current, &incoming, ImportMode::Merge, 36);
    assert_eq!(merged.assessments().len(), 3);
    assert_eq!(named(&merged, "a1"), named(&current, "a1"));
    assert_eq!(named(&merged, "a2"), named(&current, "a2"));
    assert_eq!(
        merged.active_id(),
        "a2",
        "the current active one stays active"
    );
    let added = &merged.assessments()[2];
    assert_eq!(added.id, "a10", "a fresh id from the entropy");
    assert_eq!(added.name, "工場");
    assert_eq!(added.created_at, LATER);
    assert_eq!(added.answers, incoming.active().answers);
    // Its snapshot s1 clashes with one here and gets a fresh id; s2 keeps its own.
    let snapshot_ids: Vec<&str> = added.snapshots.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(snapshot_ids.len(), 2);
    assert_ne!(snapshot_ids[0], "s1");
    assert_eq!(snapshot_ids[1], "s2");
    assert_eq!(added.snapshots[0].label, "工場の初回");
    assert_eq!(
        named(&merged, "a2").snapshot("s1"),
        named(&current, "a2").snapshot("s1")
    );
    assert_round_trips(&merged);
}

#[test]
fn replacing_lists_what_goes_and_gives_the_file_exactly() {
    let mut current = one(NOW, "本社", &[("pre-1.1", Answer::Yes)]);
    assert!(current.create("a2", "支所", T2));
    current.set_answer("pre-1.1", Answer::Yes);
    current.set_answer("pre-1.2", Answer::No);
    current.set_note("pre-1.3", "メモだけ");
    assert!(current.create("a3", "工場", T3));
    assert!(current.switch("a2"));

    let mut incoming = one(NOW, "本社", &[("pre-1.1", Answer::Yes)]);
    // The same a3 as here, changed on two items; and one this browser has not seen.
    assert!(incoming.create("a3", "工場", T3));
    incoming.set_answer("pre-1.1", Answer::Yes);
    incoming.set_answer("pre-1.2", Answer::Yes);
    assert!(incoming.create("a9", "倉庫", LATER));
    incoming.set_answer("mig-4.1", Answer::No);
    assert!(incoming.switch("a9"));

    assert_eq!(
        preview(&current, &incoming, ImportMode::Replace),
        [
            Change::Unchanged {
                name: "本社".to_owned()
            },
            Change::Updated {
                name: "工場".to_owned(),
                changed: 2
            },
            Change::Added {
                name: "倉庫".to_owned(),
                answered: 1
            },
            Change::Removed {
                name: "支所".to_owned(),
                answered: 2
            },
        ]
    );
    let replaced = apply(&current, &incoming, ImportMode::Replace, 0);
    assert_eq!(replaced, incoming);
    assert_eq!(replaced.active_id(), "a9");
    assert_round_trips(&replaced);
}

#[test]
fn replacing_with_another_browsers_a1_removes_this_one() {
    let current = one(NOW, "本社", &[("pre-1.1", Answer::Yes)]);
    let incoming = one(LATER, "本社", &[("pre-1.1", Answer::Yes)]);
    assert_eq!(
        preview(&current, &incoming, ImportMode::Replace),
        [
            Change::Added {
                name: "本社".to_owned(),
                answered: 1
            },
            Change::Removed {
                name: "本社".to_owned(),
                answered: 1
            },
        ]
    );
    assert_eq!(apply(&current, &incoming, ImportMode::Replace, 0), incoming);
    // Replacing with a renamed copy updates no items.
    let renamed = one(NOW, "本社ビル", &[("pre-1.1", Answer::Yes)]);
    assert_eq!(
        preview(&current, &renamed, ImportMode::Replace),
        [Change::Updated {
            name: "本社ビル".to_owned(),
            changed: 0
        }]
    );
}

/// An assessment here with something of every kind, and a snapshot.
fn filled_here() -> Document {
    let mut document = one(NOW, "本社", &[]);
    document.set_answer("pre-1.1", Answer::Yes);
    document.set_answer("pre-1.2", Answer::No);
    document.set_note("pre-1.2", "here");
    document.set_answer("pre-1.5", Answer::Yes);
    let mut map = MapRecord {
        model: Some("iaas".to_owned()),
        pattern: Some("direct".to_owned()),
        virtual_network: true,
        ..MapRecord::default()
    };
    map.edit("user:data", CellEdit::Setter("here".to_owned()));
    map.edit("user:os", CellEdit::Manager("here".to_owned()));
    document.set_responsibility(map);
    document.set_role(Some("cloud_manager".to_owned()));
    document.set_stage_placement(Some(StagePlacement {
        stage: "1".to_owned(),
        reason: "here".to_owned(),
    }));
    document.set_organization("ここの組織");
    assert!(document.follow_up(GAP, false, note("here")));
    assert!(document.follow_up(OTHER_GAP, false, owner("here")));
    assert!(document.take_snapshot("s1", "here", NOW));
    document
}

#[test]
fn a_merge_lays_the_files_entries_over_the_ones_here() {
    let current = filled_here();
    let mut incoming = one(NOW, "", &[]);
    incoming.set_answer("pre-1.2", Answer::Yes);
    incoming.set_note("pre-1.2", "file");
    incoming.set_answer("pre-1.3", Answer::No);
    let mut map = MapRecord::default();
    map.edit("user:os", CellEdit::Manager("file".to_owned()));
    map.edit(
        "user:application",
        CellEdit::ManagerSide(Some(ManagerSide::Outside)),
    );
    incoming.set_responsibility(map);
    assert!(incoming.follow_up(GAP, false, note("file")));
    assert!(incoming.follow_up(GAP, false, owner("file")));
    assert!(incoming.take_snapshot("s1", "file's s1", LATER));
    assert!(incoming.take_snapshot("s2", "file", LATER));

    assert_eq!(
        preview(&current, &incoming, ImportMode::Merge),
        [Change::Updated {
            name: "".to_owned(),
            changed: 2
        }]
    );
    let merged = apply(&current, &incoming, ImportMode::Merge, 0);
    let here = current.active();
    let result = merged.active();
    // What the file leaves empty stays as it is here.
    assert_eq!(result.name, "本社");
    assert_eq!(result.organization, "ここの組織");
    assert_eq!(result.role.as_deref(), Some("cloud_manager"));
    assert_eq!(result.stage, here.stage);
    // Item by item: what the file records wins, items only here are kept.
    assert_eq!(
        result.answers.response("pre-1.2"),
        Some(&ItemResponse {
            answer: Some(Answer::Yes),
            note: "file".to_owned(),
            ..ItemResponse::default()
        })
    );
    assert_eq!(result.answers.get("pre-1.3"), Some(&Answer::No));
    assert_eq!(result.answers.get("pre-1.1"), Some(&Answer::Yes));
    assert_eq!(result.answers.get("pre-1.5"), Some(&Answer::Yes));
    // The map: the file made no choice, so ours stands; its cells are laid over ours.
    let map = &result.responsibility;
    assert_eq!(
        (
            map.model.as_deref(),
            map.pattern.as_deref(),
            map.virtual_network
        ),
        (Some("iaas"), Some("direct"), true)
    );
    assert_eq!(
        map.cell("user:data").map(|c| c.setter.as_str()),
        Some("here")
    );
    assert_eq!(
        map.cell("user:os"),
        Some(&CellRecord {
            manager: "file".to_owned(),
            ..CellRecord::default()
        })
    );
    assert_eq!(
        map.cell("user:application").and_then(|c| c.manager_side),
        Some(ManagerSide::Outside)
    );
    // Follow-ups by key: the file's wins, ours only here is kept.
    assert_eq!(result.followups[GAP].owner, "file");
    assert_eq!(result.followups[GAP].note, "file");
    assert_eq!(result.followups[OTHER_GAP].owner, "here");
    // Snapshots: the union, without doubling an id (ours kept for a clash).
    let snapshots: Vec<(&str, &str)> = result
        .snapshots
        .iter()
        .map(|s| (s.id.as_str(), s.label.as_str()))
        .collect();
    assert_eq!(snapshots, [("s1", "here"), ("s2", "file")]);
    assert_round_trips(&merged);
}

#[test]
fn a_merge_takes_the_files_choices_where_it_made_them() {
    let current = filled_here();
    let mut incoming = one(NOW, "本社（改）", &[]);
    incoming.set_responsibility(MapRecord {
        model: Some("iaas".to_owned()),
        pattern: Some("sier".to_owned()),
        virtual_network: false,
        ..MapRecord::default()
    });
    incoming.set_role(Some("developer".to_owned()));
    let placement = StagePlacement {
        stage: "2".to_owned(),
        reason: "file".to_owned(),
    };
    incoming.set_stage_placement(Some(placement.clone()));
    incoming.set_organization("ファイルの組織");
    let changes = preview(&current, &incoming, ImportMode::Merge);
    assert_eq!(
        changes,
        [Change::Updated {
            name: "本社（改）".to_owned(),
            changed: 0
        }]
    );
    let merged = apply(&current, &incoming, ImportMode::Merge, 0);
    let result = merged.active();
    assert_eq!(result.name, "本社（改）");
    assert_eq!(result.organization, "ファイルの組織");
    assert_eq!(result.role.as_deref(), Some("developer"));
    assert_eq!(result.stage, Some(placement));
    // A pattern chosen in the file brings its network choice with it.
    let map = &result.responsibility;
    assert_eq!(
        (
            map.model.as_deref(),
            map.pattern.as_deref(),
            map.virtual_network
        ),
        (Some("iaas"), Some("sier"), false)
    );
    // The cells here are kept.
    assert_eq!(map.cells, current.active().responsibility.cells);
    assert_eq!(result.answers, current.active().answers);
    assert_round_trips(&merged);
    // Each of these alone is an update.
    for change in [
        |d: &mut Document| d.set_organization("別"),
        |d: &mut Document| d.set_role(Some("sier".to_owned())),
        |d: &mut Document| {
            d.set_stage_placement(Some(StagePlacement {
                stage: "3".to_owned(),
                reason: String::new(),
            }))
        },
        |d: &mut Document| {
            d.set_responsibility(MapRecord {
                model: Some("iaas".to_owned()),
                pattern: Some("managed".to_owned()),
                ..MapRecord::default()
            })
        },
        |d: &mut Document| {
            let mut map = MapRecord::default();
            map.edit("provider:virtual", CellEdit::Confirmed(true));
            d.set_responsibility(map)
        },
        |d: &mut Document| {
            d.follow_up(GAP, false, note("new"));
        },
        |d: &mut Document| {
            d.take_snapshot("s9", "", LATER);
        },
    ] {
        let mut incoming = one(NOW, "", &[]);
        change(&mut incoming);
        let changes = preview(&current, &incoming, ImportMode::Merge);
        assert_eq!(
            changes,
            [Change::Updated {
                name: String::new(),
                changed: 0
            }],
            "{incoming:?}"
        );
        assert_ne!(apply(&current, &incoming, ImportMode::Merge, 0), current);
    }
}

#[test]
fn importing_the_same_file_again_updates_what_the_first_import_added() {
    let current = one(NOW, "本社", &[("pre-1.1", Answer::Yes)]);
    // A colleague's file: their a1, made at another time.
    let mut file = one(LATER, "工場", &[("pre-1.1", Answer::No)]);
    assert!(file.take_snapshot("s1", "初回", LATER));
    let first = apply(&current, &file, ImportMode::Merge, 36);
    assert_eq!(ids(&first), ["a1", "a10"]);
    // The same file again: nothing to add, nothing changes.
    assert_eq!(
        preview(&first, &file, ImportMode::Merge),
        [Change::Unchanged {
            name: "工場".to_owned()
        }]
    );
    assert_eq!(apply(&first, &file, ImportMode::Merge, 99), first);
    // A later version of it: the imported assessment is updated, under the id it got here.
    file.set_answer("pre-1.2", Answer::Yes);
    assert_eq!(
        preview(&first, &file, ImportMode::Merge),
        [Change::Updated {
            name: "工場".to_owned(),
            changed: 1
        }]
    );
    let second = apply(&first, &file, ImportMode::Merge, 99);
    assert_eq!(ids(&second), ["a1", "a10"]);
    assert_eq!(named(&second, "a10").answers, file.active().answers);
    assert_eq!(
        named(&second, "a10").snapshots,
        named(&first, "a10").snapshots
    );
    assert_eq!(named(&second, "a1"), named(&current, "a1"));
    assert_round_trips(&second);
}

#[test]
fn importing_the_same_file_again_does_not_double_a_snapshot_that_got_a_fresh_id() {
    // Here, a snapshot s1; the file's assessment (another one) has a snapshot s1 too.
    let mut current = one(NOW, "本社", &[]);
    assert!(current.take_snapshot("s1", "here", NOW));
    let mut file = one(LATER, "工場", &[("pre-1.1", Answer::No)]);
    assert!(file.take_snapshot("s1", "file", LATER));
    let first = apply(&current, &file, ImportMode::Merge, 36);
    let added = &first.assessments()[1];
    assert_eq!(added.snapshots.len(), 1);
    assert_ne!(added.snapshots[0].id, "s1");
    assert_eq!(added.snapshots[0].label, "file");
    // Again: the snapshot is recognized under the id it got here.
    assert_eq!(
        preview(&first, &file, ImportMode::Merge),
        [Change::Unchanged {
            name: "工場".to_owned()
        }]
    );
    assert_eq!(apply(&first, &file, ImportMode::Merge, 36), first);
    assert_eq!(apply(&first, &file, ImportMode::Merge, 7), first);
}

#[test]
fn a_merge_keeps_what_is_written_here_where_the_file_leaves_it_empty() {
    let mut current = one(NOW, "本社", &[]);
    let mut answers = Answers::new();
    answers.set_response(
        "pre-1.2",
        ItemResponse {
            answer: Some(Answer::No),
            note: "here".to_owned(),
            value: "here".to_owned(),
            owner: "here".to_owned(),
            due: "2027-01-01".to_owned(),
        },
    );
    answers.set_response(
        "pre-1.3",
        ItemResponse {
            answer: Some(Answer::No),
            note: "here".to_owned(),
            ..ItemResponse::default()
        },
    );
    current.set_answers(answers);
    let mut map = MapRecord {
        model: Some("iaas".to_owned()),
        pattern: Some("direct".to_owned()),
        virtual_network: true,
        ..MapRecord::default()
    };
    map.set_cell(
        "user:os",
        CellRecord {
            setter: "here".to_owned(),
            manager: "here".to_owned(),
            manager_side: Some(ManagerSide::Own),
            confirmed: true,
        },
    );
    map.edit("user:data", CellEdit::Setter("here".to_owned()));
    map.edit("user:network", CellEdit::Confirmed(true));
    current.set_responsibility(map);
    assert!(current.follow_up(GAP, false, note("here")));
    assert!(current.follow_up(GAP, false, owner("here")));

    let mut file = one(NOW, "", &[]);
    let mut answers = Answers::new();
    // No answer in the file: ours stays; the owner is the file's; empty fields keep ours.
    answers.set_response(
        "pre-1.2",
        ItemResponse {
            owner: "file".to_owned(),
            ..ItemResponse::default()
        },
    );
    // The file's answer, with no note: the answer is the file's, the note ours.
    answers.set_response(
        "pre-1.3",
        ItemResponse {
            answer: Some(Answer::Yes),
            ..ItemResponse::default()
        },
    );
    answers.set_response(
        "pre-1.4",
        ItemResponse {
            note: "file".to_owned(),
            value: "file".to_owned(),
            due: "2027-02-02".to_owned(),
            ..ItemResponse::default()
        },
    );
    file.set_answers(answers);
    let mut map = MapRecord {
        model: Some("iaas".to_owned()),
        ..MapRecord::default()
    };
    map.set_cell(
        "user:os",
        CellRecord {
            manager: "file".to_owned(),
            confirmed: true,
            ..CellRecord::default()
        },
    );
    map.set_cell(
        "user:data",
        CellRecord {
            manager_side: Some(ManagerSide::Outside),
            confirmed: true,
            ..CellRecord::default()
        },
    );
    map.set_cell(
        "user:network",
        CellRecord {
            setter: "file".to_owned(),
            ..CellRecord::default()
        },
    );
    file.set_responsibility(map);
    assert!(file.follow_up(GAP, false, FollowUpEdit::Due("2027-03-03".to_owned())));
    assert!(file.follow_up(OTHER_GAP, false, owner("file")));

    assert_eq!(
        preview(&current, &file, ImportMode::Merge),
        [Change::Updated {
            name: String::new(),
            changed: 3
        }]
    );
    let merged = apply(&current, &file, ImportMode::Merge, 0);
    let result = merged.active();
    assert_eq!(
        result.answers.response("pre-1.2"),
        Some(&ItemResponse {
            answer: Some(Answer::No),
            note: "here".to_owned(),
            value: "here".to_owned(),
            owner: "file".to_owned(),
            due: "2027-01-01".to_owned(),
        })
    );
    assert_eq!(
        result.answers.response("pre-1.3"),
        Some(&ItemResponse {
            answer: Some(Answer::Yes),
            note: "here".to_owned(),
            ..ItemResponse::default()
        })
    );
    assert_eq!(
        result.answers.response("pre-1.4"),
        file.active().answers.response("pre-1.4")
    );
    // The same model: ours choices stand where the file made none, and each cell is laid
    // over field by field; a confirmation is never taken back.
    let map = &result.responsibility;
    assert_eq!(
        (
            map.model.as_deref(),
            map.pattern.as_deref(),
            map.virtual_network
        ),
        (Some("iaas"), Some("direct"), true)
    );
    assert_eq!(
        map.cell("user:os"),
        Some(&CellRecord {
            setter: "here".to_owned(),
            manager: "file".to_owned(),
            manager_side: Some(ManagerSide::Own),
            confirmed: true,
        })
    );
    assert_eq!(
        map.cell("user:data"),
        Some(&CellRecord {
            setter: "here".to_owned(),
            manager_side: Some(ManagerSide::Outside),
            confirmed: true,
            ..CellRecord::default()
        })
    );
    assert_eq!(
        map.cell("user:network"),
        Some(&CellRecord {
            setter: "file".to_owned(),
            confirmed: true,
            ..CellRecord::default()
        })
    );
    assert_eq!(
        result.followups[GAP],
        cloud_self_check::domain::answers::FollowUp {
            note: "here".to_owned(),
            owner: "here".to_owned(),
            due: "2027-03-03".to_owned(),
        }
    );
    assert_eq!(result.followups[OTHER_GAP].owner, "file");
    assert_round_trips(&merged);
}

#[test]
fn a_map_of_another_model_in_the_file_comes_whole() {
    let current = filled_here();
    let mut map = MapRecord {
        model: Some("saas".to_owned()),
        pattern: Some("direct".to_owned()),
        ..MapRecord::default()
    };
    map.edit("user:data", CellEdit::Manager("file".to_owned()));
    let mut file = one(NOW, "", &[]);
    file.set_responsibility(map.clone());
    let merged = apply(&current, &file, ImportMode::Merge, 0);
    assert_eq!(merged.active().responsibility, map);
    // A pattern alone, without a model, is laid over ours with its network choice.
    let mut file = one(NOW, "", &[]);
    file.set_responsibility(MapRecord {
        pattern: Some("managed".to_owned()),
        virtual_network: false,
        ..MapRecord::default()
    });
    let merged = apply(&current, &file, ImportMode::Merge, 0);
    let map = &merged.active().responsibility;
    assert_eq!(
        (
            map.model.as_deref(),
            map.pattern.as_deref(),
            map.virtual_network
        ),
        (Some("iaas"), Some("managed"), false)
    );
    assert_eq!(map.cells, current.active().responsibility.cells);
    // A network choice with no pattern leaves ours.
    let mut file = one(NOW, "", &[]);
    file.set_responsibility(MapRecord {
        virtual_network: false,
        cells: current.active().responsibility.cells.clone(),
        ..MapRecord::default()
    });
    assert_eq!(apply(&current, &file, ImportMode::Merge, 0), current);
}

#[test]
fn merging_several_assessments_previews_each_in_file_order() {
    let mut current = one(NOW, "本社", &[("pre-1.1", Answer::Yes)]);
    assert!(current.create("a2", "支所", T2));
    let mut incoming = current.clone();
    assert!(incoming.switch("a1"));
    incoming.set_answer("pre-1.2", Answer::No);
    assert!(incoming.create("a3", "工場", LATER));
    incoming.set_answer("pre-1.1", Answer::No);
    assert_eq!(
        preview(&current, &incoming, ImportMode::Merge),
        [
            Change::Updated {
                name: "本社".to_owned(),
                changed: 1
            },
            Change::Unchanged {
                name: "支所".to_owned()
            },
            Change::Added {
                name: "工場".to_owned(),
                answered: 1
            },
        ]
    );
    let merged = apply(&current, &incoming, ImportMode::Merge, 0);
    assert_eq!(ids(&merged), ["a1", "a2", "a3"]);
    assert_eq!(merged.active_id(), "a2");
    assert_eq!(
        named(&merged, "a1").answers.get("pre-1.2"),
        Some(&Answer::No)
    );
    assert_round_trips(&merged);
}

#[test]
fn imported_ids_that_clash_with_any_id_here_are_made_fresh() {
    // Here: a snapshot "a5" and an assessment "s3". The file: an assessment "a5" with a
    // snapshot "s3", and (the same a1 as here) a snapshot "a5" of a1.
    let mut current = one(NOW, "本社", &[]);
    assert!(current.take_snapshot("a5", "", NOW));
    assert!(current.create("s3", "支所", T2));
    let mut incoming = current.clone();
    assert!(incoming.delete("s3"));
    assert!(incoming.delete_snapshot("a5"));
    assert!(incoming.take_snapshot("s4", "", LATER));
    assert!(incoming.create("a5", "他の a5", T3));
    assert!(incoming.take_snapshot("s3", "", LATER));
    let mut other = one(NOW, "", &[]);
    assert!(other.create("s4", "", T4));
    let merged = apply(&current, &incoming, ImportMode::Merge, 0);
    assert_eq!(ids(&merged)[..2], ["a1", "s3"]);
    assert_eq!(merged.assessments().len(), 3);
    assert_eq!(named(&merged, "s3"), named(&current, "s3"));
    let added = &merged.assessments()[2];
    assert_eq!(added.name, "他の a5");
    assert_ne!(added.id, "a5");
    assert_ne!(added.snapshots[0].id, "s3");
    // a1 is the same assessment: it gains the file's snapshot s4 and keeps its a5.
    let a1 = named(&merged, "a1");
    assert!(a1.snapshot("a5").is_some() && a1.snapshot("s4").is_some());
    assert_round_trips(&merged);
    // A snapshot of the same assessment whose id is another assessment's here gets a fresh id.
    let merged = apply(&other, &incoming, ImportMode::Merge, 0);
    assert_round_trips(&merged);
    assert_eq!(named(&merged, "s4"), named(&other, "s4"));
    let a1 = &named(&merged, "a1").snapshots;
    assert_eq!(a1.len(), 1);
    assert_ne!(a1[0].id, "s4");
    assert_eq!(a1[0].taken_at, LATER);
}

// ---------------------------------------------------------------------------------------------
// Any document round-trips through export and import.

/// Free text of every kind the user may type.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z0-9 ]{1,12}",
        "[ぁ-んァ-ヶ一-龠ー　]{1,10}",
        prop::sample::select(vec![
            "本社 (head office)",
            "<script>alert(1)</script>",
            "\"quoted\" & 'single' <b>",
            "back\\slash / slash",
            "line\nbreak\r\nand\ttab",
            "🌸 emoji 👩‍💻",
            "\u{feff}bom inside",
            "=SUM(A1:A2)",
            "\u{0}nul\u{7f}",
            " leading and trailing ",
        ])
        .prop_map(str::to_owned),
        ".{0,8}",
    ]
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        (1u32..=9999, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        Just("2024-02-29".to_owned()),
    ]
}

fn item_id() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "pre-1.1",
        "pre-1.2",
        "mig-4.1",
        "mig-4.9",
        "sla-1",
        "set-1",
        "life-1.1.1",
        "msr-u-III.1.1.1",
        "zzz-9.9",
    ])
    .prop_map(str::to_owned)
}

fn item_response() -> impl Strategy<Value = ItemResponse> {
    (
        prop::option::of(prop::sample::select(Answer::ALL.to_vec())),
        text(),
        text(),
        text(),
        date(),
    )
        .prop_map(|(answer, note, value, owner, due)| ItemResponse {
            answer,
            note,
            value,
            owner,
            due,
        })
}

fn map_record() -> impl Strategy<Value = MapRecord> {
    let cell = (
        prop::sample::select(vec![
            "user:data",
            "user:application",
            "user:os",
            "user:network",
            "provider:virtual",
            "provider:facility",
        ]),
        text(),
        text(),
        prop::option::of(prop::sample::select(vec![
            ManagerSide::Own,
            ManagerSide::Outside,
        ])),
        any::<bool>(),
    );
    (
        prop::option::of(prop::sample::select(vec!["saas", "paas", "iaas", "future"])),
        prop::option::of(prop::sample::select(vec!["direct", "sier", "nocode", "x"])),
        any::<bool>(),
        prop::collection::vec(cell, 0..4),
    )
        .prop_map(|(model, pattern, virtual_network, cells)| {
            let mut map = MapRecord {
                model: model.map(str::to_owned),
                pattern: pattern.map(str::to_owned),
                virtual_network,
                ..MapRecord::default()
            };
            for (id, setter, manager, manager_side, confirmed) in cells {
                map.set_cell(
                    id,
                    CellRecord {
                        setter,
                        manager,
                        manager_side,
                        confirmed,
                    },
                );
            }
            map
        })
}

fn followup_edit() -> impl Strategy<Value = (String, FollowUpEdit)> {
    (
        prop::sample::select(vec![
            GAP,
            OTHER_GAP,
            "rsp:provider:virtual:provider_unconfirmed",
        ]),
        prop_oneof![
            text().prop_map(FollowUpEdit::Note),
            text().prop_map(FollowUpEdit::Owner),
            date().prop_map(FollowUpEdit::Due),
        ],
    )
        .prop_map(|(key, edit)| (key.to_owned(), edit))
}

/// Everything one assessment may hold, to be built through the document's own operations.
#[derive(Clone, Debug)]
struct Spec {
    id: String,
    name: String,
    created_at: String,
    organization: String,
    responses: Vec<(String, ItemResponse)>,
    map: MapRecord,
    role: Option<String>,
    stage: Option<StagePlacement>,
    followups: Vec<(String, FollowUpEdit)>,
    /// Taken after everything above is set: (id, label, taken at).
    snapshots: Vec<(String, String, String)>,
    /// Answered after the snapshots, so they differ from the assessment.
    later: Vec<(String, Answer)>,
}

fn spec(ids: Vec<&'static str>, snapshot_ids: Vec<&'static str>) -> impl Strategy<Value = Spec> {
    let when = prop::sample::select(vec![NOW, LATER, "2025-04-01T09:30:00.000Z"]);
    (
        (prop::sample::select(ids), text(), when.clone(), text()),
        prop::collection::vec((item_id(), item_response()), 0..6),
        map_record(),
        prop::option::of(prop::sample::select(vec![
            "management",
            "cloud_manager",
            "developer",
            "unknown_role",
        ])),
        prop::option::of((prop::sample::select(vec!["0", "1", "2", "4", "x"]), text())),
        prop::collection::vec(followup_edit(), 0..4),
        prop::collection::vec((prop::sample::select(snapshot_ids), text(), when), 0..3),
        prop::collection::vec(
            (item_id(), prop::sample::select(Answer::ALL.to_vec())),
            0..3,
        ),
    )
        .prop_map(
            |(
                (id, name, created_at, organization),
                responses,
                map,
                role,
                stage,
                followups,
                snapshots,
                later,
            )| Spec {
                id: id.to_owned(),
                name,
                created_at: created_at.to_owned(),
                organization,
                responses,
                map,
                role: role.map(str::to_owned),
                stage: stage.map(|(stage, reason)| StagePlacement {
                    stage: stage.to_owned(),
                    reason,
                }),
                followups,
                snapshots: snapshots
                    .into_iter()
                    .map(|(id, label, at)| (id.to_owned(), label, at.to_owned()))
                    .collect(),
                later,
            },
        )
}

/// Fills the active assessment as `spec` says.
fn fill(document: &mut Document, spec: &Spec) {
    document.set_organization(&spec.organization);
    let mut answers = Answers::new();
    for (id, response) in &spec.responses {
        answers.set_response(id.as_str(), response.clone());
    }
    document.set_answers(answers);
    document.set_responsibility(spec.map.clone());
    document.set_role(spec.role.clone());
    document.set_stage_placement(spec.stage.clone());
    for (key, edit) in &spec.followups {
        document.follow_up(key, false, edit.clone());
    }
    for (id, label, taken_at) in &spec.snapshots {
        document.take_snapshot(id, label, taken_at);
    }
    for (id, answer) in &spec.later {
        document.set_answer(id, *answer);
    }
}

/// A document of the given assessments (the first is always "a1", as in every browser), the
/// one at `active` (modulo their number) active.
fn build(specs: &[Spec], active: usize) -> Document {
    let mut document = Document::new(&specs[0].created_at);
    document.rename("a1", &specs[0].name);
    fill(&mut document, &specs[0]);
    for spec in &specs[1..] {
        if document.create(&spec.id, &spec.name, &spec.created_at) {
            fill(&mut document, spec);
        }
    }
    let id = document.assessments()[active % document.assessments().len()]
        .id
        .clone();
    assert!(document.switch(&id));
    document
}

/// The creation time of assessment `id` as one of three browsers (`variant`) made it. Within
/// a document each assessment has its own; an assessment of another document is the same one
/// exactly when it has the same id and was made by the same browser.
fn own_time(id: &str, variant: usize) -> String {
    let minute = ["a1", "a2", "a3", "s1"]
        .iter()
        .position(|known| *known == id)
        .unwrap_or(59);
    format!("2026-11-{:02}T10:{minute:02}:00.000Z", 24 + variant)
}

/// Documents of one to three assessments from `ids`; with `own_times`, each assessment's
/// creation time is [`own_time`], else any of a few.
fn document(
    ids: Vec<&'static str>,
    snapshot_ids: Vec<&'static str>,
    own_times: bool,
) -> impl Strategy<Value = Document> {
    (
        prop::collection::vec(spec(ids, snapshot_ids), 1..4),
        any::<usize>(),
    )
        .prop_map(move |(mut specs, active)| {
            if own_times {
                for (index, spec) in specs.iter_mut().enumerate() {
                    let id = if index == 0 { "a1" } else { spec.id.as_str() };
                    let variant = [NOW, LATER]
                        .iter()
                        .position(|time| *time == spec.created_at)
                        .unwrap_or(2);
                    spec.created_at = own_time(id, variant);
                }
            }
            build(&specs, active)
        })
}

/// Documents of many different ids.
fn any_document() -> impl Strategy<Value = Document> {
    document(
        vec!["a2", "a3", "a4", "b1", "支所", "a\"q"],
        vec!["s1", "s2", "s3", "s4", "a2"],
        false,
    )
}

/// Documents from a few ids, so two of them share assessments and clash on ids.
fn clashing_document() -> impl Strategy<Value = Document> {
    document(vec!["a2", "a3", "s1"], vec!["s1", "s2", "a2", "a3"], true)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_document_round_trips_through_export_and_import(document in any_document()) {
        let exported = encode(&document);
        prop_assert_eq!(decode(&exported), Ok(document.clone()));
        prop_assert_eq!(read(exported.len() as u64, exported.as_bytes()), Ok(document.clone()));
        let with_bom = format!("\u{feff}{exported}");
        prop_assert_eq!(read(with_bom.len() as u64, with_bom.as_bytes()), Ok(document));
    }

    #[test]
    fn a_merge_import_always_gives_a_readable_document_keeping_everything_here(
        current in clashing_document(),
        incoming in clashing_document(),
        entropy in 0u64..40,
    ) {
        let merged = apply(&current, &incoming, ImportMode::Merge, entropy);
        prop_assert_eq!(decode(&encode(&merged)), Ok(merged.clone()));
        if current.is_untouched() {
            // Restoring a backup into a new browser: see the property below.
            prop_assert_eq!(merged, incoming);
            return Ok(());
        }
        prop_assert_eq!(merged.active_id(), current.active_id());
        let changes = preview(&current, &incoming, ImportMode::Merge);
        prop_assert_eq!(changes.len(), incoming.assessments().len());
        let added = changes
            .iter()
            .filter(|change| matches!(change, Change::Added { .. }))
            .count();
        prop_assert_eq!(merged.assessments().len(), current.assessments().len() + added);
        // Every assessment here is still here, in its place, with every snapshot it had.
        for (index, ours) in current.assessments().iter().enumerate() {
            let kept = &merged.assessments()[index];
            prop_assert!(kept.is_same(ours));
            for snapshot in &ours.snapshots {
                prop_assert_eq!(kept.snapshot(&snapshot.id), Some(snapshot));
            }
            let theirs = incoming.assessments().iter().find(|t| t.is_same(ours));
            for (id, response) in ours.answers.iter() {
                let kept = kept.answers.response(id);
                match theirs.and_then(|theirs| theirs.answers.response(id)) {
                    // Only here: kept as it is.
                    None => prop_assert_eq!(kept, Some(response)),
                    // Answered in the file: the file's answer.
                    Some(file) if file.answer.is_some() => {
                        prop_assert_eq!(kept.and_then(|r| r.answer), file.answer);
                    }
                    Some(_) => {}
                }
            }
        }
        // Every assessment of the file is there, under its own id or a fresh one.
        for (theirs, change) in incoming.assessments().iter().zip(&changes) {
            match change {
                Change::Added { answered, .. } => {
                    let added = merged.assessments()[current.assessments().len()..]
                        .iter()
                        .find(|a| a.created_at == theirs.created_at && a.answers == theirs.answers && a.name == theirs.name);
                    prop_assert!(added.is_some(), "{:?} is missing", theirs.id);
                    let count = theirs.answers.iter().filter(|(_, r)| r.answer.is_some()).count();
                    prop_assert_eq!(*answered, count);
                }
                Change::Unchanged { .. } => {
                    let ours = current.assessments().iter().find(|o| o.is_same(theirs)).expect("same");
                    prop_assert_eq!(named(&merged, &ours.id), ours);
                }
                Change::Updated { .. } => {
                    prop_assert!(merged.assessments().iter().any(|a| a.is_same(theirs)));
                }
                Change::Removed { .. } => prop_assert!(false, "a merge removes nothing"),
            }
        }
        // Importing the same file again changes nothing more.
        let again = preview(&merged, &incoming, ImportMode::Merge);
        prop_assert!(
            again.iter().all(|change| matches!(change, Change::Unchanged { .. })),
            "{:?}",
            again
        );
        prop_assert_eq!(apply(&merged, &incoming, ImportMode::Merge, entropy + 1), merged);
    }

    #[test]
    fn a_merge_into_an_untouched_browser_restores_the_file_with_its_assessment_in_use(
        incoming in any_document(),
        entropy in any::<u64>(),
        cleared_at in prop::sample::select(vec![NOW, LATER, T2]),
    ) {
        let cleared = Document::new(cleared_at);
        let restored = apply(&cleared, &incoming, ImportMode::Merge, entropy);
        prop_assert_eq!(restored.active_id(), incoming.active_id());
        prop_assert_eq!(restored.active(), incoming.active());
        prop_assert_eq!(restored, incoming);
    }

    #[test]
    fn a_replace_import_gives_the_file_and_lists_what_goes(
        current in clashing_document(),
        incoming in clashing_document(),
        entropy in any::<u64>(),
    ) {
        prop_assert_eq!(apply(&current, &incoming, ImportMode::Replace, entropy), incoming.clone());
        let changes = preview(&current, &incoming, ImportMode::Replace);
        let removed: Vec<&Change> = changes
            .iter()
            .filter(|change| matches!(change, Change::Removed { .. }))
            .collect();
        let gone = current
            .assessments()
            .iter()
            .filter(|ours| !incoming.assessments().iter().any(|t| t.is_same(ours)))
            .count();
        prop_assert_eq!(removed.len(), gone);
        prop_assert_eq!(changes.len(), incoming.assessments().len() + gone);
        // Importing a document into itself changes nothing.
        let same = preview(&current, &current, ImportMode::Replace);
        prop_assert!(
            same.iter().all(|change| matches!(change, Change::Unchanged { .. })),
            "{:?}",
            same
        );
        let same = preview(&current, &current, ImportMode::Merge);
        prop_assert!(
            same.iter().all(|change| matches!(change, Change::Unchanged { .. })),
            "{:?}",
            same
        );
        prop_assert_eq!(apply(&current, &current, ImportMode::Merge, entropy), current);
    }
}
