//! The responsibility map (PRODUCT.md section 3, 001 II.1.2–II.1.3, 002 chapters 3 and 4): the
//! layer table of every service model and pattern, the gaps of what the organization recorded,
//! its score, what changing the selection drops, and which setting types apply.
//!
//! The expected tables are written out by hand from the seed text, and the rules they rest on
//! are checked against the seeds. The seeds are read from `$CLOUD_SELF_CHECK_SEEDS`, or else
//! from `../shared/seeds`; without them the seed checks fail, unless
//! `CLOUD_SELF_CHECK_SKIP_SEEDS=1` asks to skip them.

use std::collections::BTreeSet;

use crate::common::without_whitespace;
use cloud_self_check::domain::answers::{Answer, Answers};
use cloud_self_check::domain::content::{
    Checklist, Pattern, ResponsibilityGuide, SETTING_TYPES, ServiceModel, catalog,
};
use cloud_self_check::domain::responsibility::{
    Cell, CellEdit, CellRecord, DIRECT, GapKind, MAX_NAME_CHARS, ManagerSide, MapRecord, MapResult,
    NETWORK_LAYER, Part, Selection, Side, USER, applicable_setting_types, awaits_manager_side,
    cap_name, cell_gaps, cell_id, layout, same_person, score_map, score_setting_types,
};
use cloud_self_check::domain::scoring::Coverage;
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Helpers.

/// クラウドサービス利用・提供における適切な設定のためのガイドライン (MIC).
const SEED_001: &str = "001_3a537b5899cd3262.txt";
/// The Osaka City guideline (chapters 3 and 4 on the responsibility split).
const SEED_002: &str = "002_ea3d2ceb2cab952b.txt";

/// A seed's text with all white space removed, or `None` when the seed checks are skipped.
fn seed(file: &str) -> Option<String> {
    crate::common::seed(file).map(|text| without_whitespace(&text))
}

fn guide() -> &'static ResponsibilityGuide {
    &catalog().responsibility
}

fn model(id: &str) -> &'static ServiceModel {
    guide().model(id).unwrap_or_else(|| panic!("no model {id}"))
}

fn pattern(id: &str) -> &'static Pattern {
    guide()
        .pattern(id)
        .unwrap_or_else(|| panic!("no pattern {id}"))
}

fn selection(model_id: &str, pattern_id: &str, virtual_network: bool) -> Selection {
    Selection {
        model: model(model_id),
        pattern: pattern(pattern_id),
        virtual_network,
    }
}

fn cells_of(model_id: &str, pattern_id: &str, virtual_network: bool) -> Vec<Cell> {
    layout(guide(), selection(model_id, pattern_id, virtual_network))
}

fn ids(cells: &[Cell]) -> Vec<String> {
    cells.iter().map(Cell::id).collect()
}

fn find(cells: &[Cell], id: &str) -> Cell {
    *cells
        .iter()
        .find(|cell| cell.id() == id)
        .unwrap_or_else(|| panic!("no cell {id} in {:?}", ids(cells)))
}

/// A map record with a model, a pattern and the virtual-network choice, and no cells.
fn map(model_id: &str, pattern_id: &str, virtual_network: bool) -> MapRecord {
    MapRecord {
        model: Some(model_id.to_owned()),
        pattern: Some(pattern_id.to_owned()),
        virtual_network,
        ..MapRecord::default()
    }
}

fn cell_record(
    setter: &str,
    manager: &str,
    side: Option<ManagerSide>,
    confirmed: bool,
) -> CellRecord {
    CellRecord {
        setter: setter.to_owned(),
        manager: manager.to_owned(),
        manager_side: side,
        confirmed,
    }
}

/// A user-side record with no gap under any pattern.
fn covered_record() -> CellRecord {
    cell_record(
        "SIer 佐藤",
        "情報システム課 山田",
        Some(ManagerSide::Own),
        true,
    )
}

const LAYERS: [&str; 8] = [
    "data",
    "application",
    "middleware",
    "os",
    "virtual",
    "hardware",
    "network",
    "facility",
];

// ---------------------------------------------------------------------------------------------
// 1. The layer table of every model and pattern, written out from the seed text.
//
// A row is (layer, user cell, provider cell). A user cell is "setter/manager"; a provider cell
// is the party that sets and manages it, or "setter/manager" where another party answers for
// it as setting manager; " ½" marks one half of the model's boundary layer,
// " vn" one half of the network layer when the virtual network is the user's, "-" no cell.

type Row = (&'static str, &'static str, &'static str);
type Table = [Row; 8];
/// A table with one provider-side row beyond the eight layers.
type TableWithExtra = [Row; 9];

const SAAS_DIRECT: Table = [
    ("data", "user/user", "-"),
    ("application", "user/user ½", "saas ½"),
    ("middleware", "-", "saas"),
    ("os", "-", "saas"),
    ("virtual", "-", "saas"),
    ("hardware", "-", "saas"),
    ("network", "-", "saas"),
    ("facility", "-", "saas"),
];

/// SaaS provider A built on IaaS/PaaS provider B (001 II.1.3 3.): A answers for the whole
/// service except the data and the application's user settings, and for the user side of B's
/// IaaS/PaaS, so A is the setting manager of every provider cell; below the application A and
/// B share the setter's role.
const SAAS_PLATFORM: Table = [
    ("data", "user/user", "-"),
    ("application", "user/user ½", "vendor_a ½"),
    ("middleware", "-", "vendor_ab/vendor_a"),
    ("os", "-", "vendor_ab/vendor_a"),
    ("virtual", "-", "vendor_ab/vendor_a"),
    ("hardware", "-", "vendor_ab/vendor_a"),
    ("network", "-", "vendor_ab/vendor_a"),
    ("facility", "-", "vendor_ab/vendor_a"),
];

/// SaaS provider A linked to SaaS provider B by API (001 II.1.3 4.): A, the party to the user's
/// contract, holds the provider side; the API link's parameters are provider-side settings, a
/// row of their own under A's management.
const SAAS_API: TableWithExtra = [
    ("data", "user/user", "-"),
    ("application", "user/user ½", "vendor_a ½"),
    ("api_link", "-", "vendor_a_api/vendor_a"),
    ("middleware", "-", "vendor_a"),
    ("os", "-", "vendor_a"),
    ("virtual", "-", "vendor_a"),
    ("hardware", "-", "vendor_a"),
    ("network", "-", "vendor_a"),
    ("facility", "-", "vendor_a"),
];

/// An app within a no-code SaaS, developed under contract (002 ch. 3).
const SAAS_NOCODE: Table = [
    ("data", "user/user", "-"),
    ("application", "contractor/user ½", "saas ½"),
    ("middleware", "-", "saas"),
    ("os", "-", "saas"),
    ("virtual", "-", "saas"),
    ("hardware", "-", "saas"),
    ("network", "-", "saas"),
    ("facility", "-", "saas"),
];

const PAAS_DIRECT: Table = [
    ("data", "user/user", "-"),
    ("application", "user/user", "-"),
    ("middleware", "user/user ½", "paas ½"),
    ("os", "-", "paas"),
    ("virtual", "-", "paas"),
    ("hardware", "-", "paas"),
    ("network", "-", "paas"),
    ("facility", "-", "paas"),
];

const PAAS_SIER: Table = [
    ("data", "user/user", "-"),
    ("application", "sier/user", "-"),
    ("middleware", "sier/user ½", "paas ½"),
    ("os", "-", "paas"),
    ("virtual", "-", "paas"),
    ("hardware", "-", "paas"),
    ("network", "-", "paas"),
    ("facility", "-", "paas"),
];

const PAAS_MANAGED: Table = [
    ("data", "user/user", "-"),
    ("application", "managed/user", "-"),
    ("middleware", "managed/user ½", "paas ½"),
    ("os", "-", "paas"),
    ("virtual", "-", "paas"),
    ("hardware", "-", "paas"),
    ("network", "-", "paas"),
    ("facility", "-", "paas"),
];

const IAAS_DIRECT: Table = [
    ("data", "user/user", "-"),
    ("application", "user/user", "-"),
    ("middleware", "user/user", "-"),
    ("os", "user/user", "-"),
    ("virtual", "user/user ½", "iaas ½"),
    ("hardware", "-", "iaas"),
    ("network", "-", "iaas"),
    ("facility", "-", "iaas"),
];

const IAAS_SIER: Table = [
    ("data", "user/user", "-"),
    ("application", "sier/user", "-"),
    ("middleware", "sier/user", "-"),
    ("os", "sier/user", "-"),
    ("virtual", "sier/user ½", "iaas ½"),
    ("hardware", "-", "iaas"),
    ("network", "-", "iaas"),
    ("facility", "-", "iaas"),
];

const IAAS_MANAGED: Table = [
    ("data", "user/user", "-"),
    ("application", "managed/user", "-"),
    ("middleware", "managed/user", "-"),
    ("os", "managed/user", "-"),
    ("virtual", "managed/user ½", "iaas ½"),
    ("hardware", "-", "iaas"),
    ("network", "-", "iaas"),
    ("facility", "-", "iaas"),
];

/// Every model and pattern that applies to it: the table without the virtual network, and the
/// network row when the virtual network is the user's (002 ch. 4 note 2: not only with IaaS).
const CASES: [(&str, &str, &[Row], Row); 13] = [
    (
        "saas",
        "direct",
        &SAAS_DIRECT,
        ("network", "user/user vn", "saas vn"),
    ),
    (
        "saas",
        "resale_agent",
        &SAAS_DIRECT,
        ("network", "user/user vn", "saas vn"),
    ),
    (
        "saas",
        "resale_support",
        &SAAS_DIRECT,
        ("network", "user/user vn", "saas vn"),
    ),
    (
        "saas",
        "resale_only",
        &SAAS_DIRECT,
        ("network", "user/user vn", "saas vn"),
    ),
    (
        "saas",
        "platform",
        &SAAS_PLATFORM,
        ("network", "user/user vn", "vendor_ab/vendor_a vn"),
    ),
    (
        "saas",
        "api",
        &SAAS_API,
        ("network", "user/user vn", "vendor_a vn"),
    ),
    (
        "saas",
        "nocode",
        &SAAS_NOCODE,
        ("network", "user/user vn", "saas vn"),
    ),
    (
        "paas",
        "direct",
        &PAAS_DIRECT,
        ("network", "user/user vn", "paas vn"),
    ),
    (
        "paas",
        "sier",
        &PAAS_SIER,
        ("network", "sier/user vn", "paas vn"),
    ),
    (
        "paas",
        "managed",
        &PAAS_MANAGED,
        ("network", "managed/user vn", "paas vn"),
    ),
    (
        "iaas",
        "direct",
        &IAAS_DIRECT,
        ("network", "user/user vn", "iaas vn"),
    ),
    (
        "iaas",
        "sier",
        &IAAS_SIER,
        ("network", "sier/user vn", "iaas vn"),
    ),
    (
        "iaas",
        "managed",
        &IAAS_MANAGED,
        ("network", "managed/user vn", "iaas vn"),
    ),
];

/// A cell in the notation of the tables above.
fn notation(cell: &Cell) -> String {
    let part = match cell.part {
        Part::Whole => "",
        Part::Boundary => " ½",
        Part::VirtualNetwork => " vn",
    };
    match cell.side {
        Side::User => format!("{}/{}{part}", cell.setter, cell.manager),
        Side::Provider if cell.setter == cell.manager => format!("{}{part}", cell.setter),
        Side::Provider => format!("{}/{}{part}", cell.setter, cell.manager),
    }
}

/// The layout as rows of the tables above, checking that the user's cell comes first.
fn rows(cells: &[Cell]) -> Vec<(String, String, String)> {
    let mut rows: Vec<(String, String, String)> = Vec::new();
    for cell in cells {
        let layer = cell.layer.id.to_owned();
        if rows.last().map(|row| &row.0) != Some(&layer) {
            rows.push((layer, "-".to_owned(), "-".to_owned()));
        }
        let row = rows.last_mut().expect("a row");
        match cell.side {
            Side::User => {
                assert_eq!(row.2, "-", "the user's cell comes first: {cell:?}");
                assert_eq!(row.1, "-", "one user cell per layer: {cell:?}");
                row.1 = notation(cell);
            }
            Side::Provider => {
                assert_eq!(row.2, "-", "one provider cell per layer: {cell:?}");
                row.2 = notation(cell);
            }
        }
    }
    rows
}

fn owned(table: &[Row]) -> Vec<(String, String, String)> {
    table
        .iter()
        .map(|(layer, user, provider)| {
            (
                (*layer).to_owned(),
                (*user).to_owned(),
                (*provider).to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_layers_are_the_eight_of_the_layer_model_top_to_bottom() {
    let ids: Vec<&str> = guide().layers.iter().map(|layer| layer.id).collect();
    assert_eq!(ids, LAYERS);
    let names: Vec<&str> = guide().layers.iter().map(|layer| layer.name.ja()).collect();
    assert_eq!(
        names,
        [
            "データ",
            "アプリケーション",
            "ミドルウェア",
            "OS",
            "仮想環境",
            "ハードウェア",
            "ネットワーク",
            "施設・電源"
        ]
    );
    // 図表 II.1.2-1 lists the layers in this order.
    let Some(seed) = seed(SEED_001) else { return };
    let table = seed
        .find("システム動作環境のレイヤモデル対応する設定項目")
        .expect("図表 II.1.2-1 in 001");
    let mut at = table;
    for row in [
        "データ○",
        "アプリケーション○",
        "ミドルウェアの設定",
        "OSの設定",
        "仮想環境の設定",
        "ハードウェアの設定",
        "ネットワークの設定",
        "施設・電源の設定",
    ] {
        let found = seed[at..]
            .find(row)
            .unwrap_or_else(|| panic!("{row} after the previous row of 図表 II.1.2-1"));
        at += found + row.len();
    }
}

#[test]
fn every_model_and_pattern_gives_the_table_of_the_seed() {
    for (model_id, pattern_id, table, network) in CASES {
        let expected = owned(table);
        let actual = rows(&cells_of(model_id, pattern_id, false));
        assert_eq!(actual, expected, "{model_id} × {pattern_id}");

        let mut expected = owned(table);
        let network_row = owned(&[network]).remove(0);
        let index = expected
            .iter()
            .position(|row| row.0 == NETWORK_LAYER)
            .expect("network");
        expected[index] = network_row;
        let actual = rows(&cells_of(model_id, pattern_id, true));
        assert_eq!(
            actual, expected,
            "{model_id} × {pattern_id} + virtual network"
        );
    }
}

#[test]
fn the_cases_are_every_pattern_that_applies_to_each_model() {
    let from_content: BTreeSet<(&str, &str)> = guide()
        .models
        .iter()
        .flat_map(|model| {
            guide()
                .patterns
                .iter()
                .filter(|pattern| pattern.applies_to(model.id))
                .map(|pattern| (model.id, pattern.id))
        })
        .collect();
    let cases: BTreeSet<(&str, &str)> = CASES
        .iter()
        .map(|(model, pattern, _, _)| (*model, *pattern))
        .collect();
    assert_eq!(cases.len(), CASES.len(), "no case twice");
    assert_eq!(cases, from_content);
    let models: Vec<&str> = guide().models.iter().map(|model| model.id).collect();
    assert_eq!(models, ["saas", "paas", "iaas"]);
    // 001 II.1.3 1.: the SIer and managed-service patterns are about IaaS and PaaS.
    assert_eq!(pattern("sier").models, ["paas", "iaas"]);
    assert_eq!(pattern("managed").models, ["paas", "iaas"]);
    assert_eq!(pattern(DIRECT).models, ["saas", "paas", "iaas"]);
    for saas_only in [
        "resale_agent",
        "resale_support",
        "resale_only",
        "platform",
        "api",
        "nocode",
    ] {
        assert_eq!(pattern(saas_only).models, ["saas"], "{saas_only}");
    }
}

#[test]
fn the_boundary_and_provider_of_each_model_are_the_seed_s() {
    for (id, provider, boundary) in [
        ("saas", "saas", "application"),
        ("paas", "paas", "middleware"),
        ("iaas", "iaas", "virtual"),
    ] {
        assert_eq!(model(id).provider, provider, "{id}");
        assert_eq!(model(id).boundary, boundary, "{id}");
    }
    // The party keys the tables use all have a name.
    let parties: BTreeSet<&str> = guide().parties.iter().map(|(key, _)| *key).collect();
    for party in [
        "user",
        "sier",
        "managed",
        "contractor",
        "saas",
        "paas",
        "iaas",
        "vendor_a",
        "vendor_ab",
        "vendor_a_api",
    ] {
        assert!(parties.contains(party), "{party}");
    }
    assert_eq!(USER, "user");
}

/// The rules the tables rest on, quoted from the seeds (compared without white space).
const RULES: [(&str, &str, &str); 21] = [
    // Both roles (001 II.1.2).
    (
        "roles",
        SEED_001,
        "環境の設定には直接設定を実施する者と、責任を持って最終的な設定の確認を行い、また、正常な設定の維持に責任を持つ者が役割として必要となる。前者を設定者、後者を設定管理者と呼ぶこととする。",
    ),
    (
        "user is setter and manager",
        SEED_001,
        "クラウドサービス利用者の役割としては、利用側環境の設定者と設定管理者両方となる。",
    ),
    // SaaS.
    (
        "saas",
        SEED_001,
        "クラウドサービス利用者が責任を負う部分は、データとアプリケーションの管理の一部となる。",
    ),
    (
        "saas",
        SEED_001,
        "アプリケーションの動作に係る設定（図の動作設定）はSaaS事業者が責任を負う一方、利用者アカウントや業務データの設定（図のユーザ設定）については、クラウドサービス利用者の責任となる。",
    ),
    (
        "saas",
        SEED_001,
        "SaaS事業者は、提供するアプリケーション以下の提供側環境の設定者と設定管理者になる。",
    ),
    // PaaS.
    (
        "paas",
        SEED_001,
        "データ、アプリケーションとともにクラウドサービス利用者が設定及び管理の責任を負う。",
    ),
    (
        "paas",
        SEED_001,
        "ミドルウェアを利用するための設定については、クラウドサービス利用者の責任となる",
    ),
    (
        "paas",
        SEED_001,
        "PaaS 事業者は、提供するミドルウェア以下の提供側環境の設定者と設定管理者になる。",
    ),
    // IaaS.
    (
        "iaas",
        SEED_001,
        "クラウドサービス利用者は、仮想環境上で動作している OS を含めたすべてのソフトウェアの管理を行う。",
    ),
    (
        "iaas",
        SEED_001,
        "仮想環境を利用するための設定については、クラウドサービス利用者の責任となる。",
    ),
    (
        "iaas",
        SEED_001,
        "IaaS 事業者は、提供する仮想環境以下の提供側環境の設定者と設定管理者になる。",
    ),
    // The virtual network.
    (
        "virtual network",
        SEED_002,
        "仮想ネットワークの設定については利用側の環境となる場合がある。また、クラウドサービスは多様であるため、利用の仕方によっては IaaS に限らず仮想ネットワークが利用側の環境となるケースも考えられる。",
    ),
    // SIer and managed service (001 II.1.3 1.).
    (
        "sier",
        SEED_001,
        "大きな意味では SIer が設定者、クラウドサービス利用者が設定管理者となる。",
    ),
    (
        "managed",
        SEED_001,
        "クラウドサービス事業者がクラウドの運用まで含めて受託するマネジドサービスが登場しているが、当該サービスの部分は準委任契約であることが多いので、この場合も、設定管理者はクラウドサービス利用者となる。",
    ),
    // Resale (001 II.1.3 2.): the user still contracts for a SaaS.
    (
        "resale",
        SEED_001,
        "いずれのパターンにしても、クラウドサービス利用者は、契約締結の前に責任分界、運用上の役割、免責事項などを良く確認して契約を行う必要がある。",
    ),
    // SaaS on another company's IaaS/PaaS (001 II.1.3 3.).
    (
        "platform",
        SEED_001,
        "データとアプリケーションのユーザ設定を除く、提供するクラウドサービス全体の管理責任を負うことが基本となる。",
    ),
    (
        "platform",
        SEED_001,
        "SaaS 事業者 A は、IaaS/PaaS 事業者 B との契約に基づき IaaS/PaaS の利用側としての管理責任を負う。",
    ),
    // Linked SaaS (001 II.1.3 4.).
    (
        "api",
        SEED_001,
        "API の連携パラメータが提供側環境の設定に相当する。API 連携の動作については SaaS 事業者 A が SaaS 事業者 B との契約に基づいて動作を保証する。",
    ),
    (
        "api",
        SEED_001,
        "SaaS 事業者 A は、クラウドサービス利用者との契約者であることから、クラウドサービス利用者との契約に基づき、提供するクラウドサービス全体の管理責任を負う。",
    ),
    // No-code app developed under contract (002 ch. 3).
    (
        "nocode",
        SEED_002,
        "その SaaS を使って、その SaaS 内で稼動するアプリケーション(アプリ内アプリ)開発を委託する場合があります。",
    ),
    ("nocode", SEED_002, "開発事業者の責任"),
];

#[test]
fn the_rule_each_row_rests_on_is_in_the_seed() {
    let (Some(seed_001), Some(seed_002)) = (seed(SEED_001), seed(SEED_002)) else {
        return;
    };
    for (rule, file, quote) in RULES {
        let text = if file == SEED_001 {
            &seed_001
        } else {
            &seed_002
        };
        assert!(
            text.contains(&without_whitespace(quote)),
            "{rule}: {quote} not in {file}"
        );
    }
    // The no-code table of 002 puts the application under 開発事業者の責任 right next to it.
    let nocode = seed_002
        .find(&without_whitespace(
            "【SaaS(ノーコード等ツール)にてアプリ開発を委託する場合の責任分界】",
        ))
        .expect("no-code section in 002");
    let table: String = seed_002[nocode..].chars().take(200).collect();
    assert!(
        table.contains("開発事業者の責任ミドルウェア"),
        "the table of 002 ch. 3"
    );
}

#[test]
fn each_model_quotes_its_paragraph_of_the_seed_verbatim() {
    let expected_opening = [
        ("saas", "SaaSを利用する場合"),
        ("paas", "ミドルウェアの動作に係る設定については"),
        ("iaas", "仮想環境の動作に係る設定については"),
    ];
    for (id, opening) in expected_opening {
        let text = &model(id).text;
        assert_eq!(text.source.file, SEED_001, "{id}");
        assert!(text.text[0].ja().starts_with(opening), "{id}");
    }
    let Some(seed_001) = seed(SEED_001) else {
        return;
    };
    for model in guide().models {
        for passage in model.text.text {
            assert!(
                seed_001.contains(&without_whitespace(passage.ja())),
                "{}: {} is not verbatim in 001",
                model.id,
                passage.ja()
            );
        }
    }
    // The pattern chains and the virtual-network note are quoted too.
    let seed_002 = seed(SEED_002).expect("002");
    let passages = guide()
        .patterns
        .iter()
        .flat_map(|pattern| pattern.chain.iter().chain(pattern.confirm))
        .chain([&guide().virtual_network.text, &guide().network_note]);
    for passage in passages {
        let text = if passage.source.file == SEED_001 {
            &seed_001
        } else {
            assert_eq!(passage.source.file, SEED_002);
            &seed_002
        };
        for quote in passage.text {
            assert!(
                text.contains(&without_whitespace(quote.ja())),
                "{} is not verbatim in {}",
                quote.ja(),
                passage.source.file
            );
        }
    }
}

#[test]
fn cells_are_named_by_side_and_layer() {
    assert_eq!(Side::User.token(), "user");
    assert_eq!(Side::Provider.token(), "provider");
    assert_eq!(cell_id(Side::User, "os"), "user:os");
    assert_eq!(cell_id(Side::Provider, "network"), "provider:network");
    let cells = cells_of("iaas", DIRECT, true);
    assert_eq!(
        ids(&cells),
        [
            "user:data",
            "user:application",
            "user:middleware",
            "user:os",
            "user:virtual",
            "provider:virtual",
            "provider:hardware",
            "user:network",
            "provider:network",
            "provider:facility",
        ]
    );
}

#[test]
fn the_operation_settings_are_the_whole_layer_or_the_provider_s_half() {
    let cells = cells_of("paas", DIRECT, true);
    let owns: Vec<(String, bool)> = cells
        .iter()
        .map(|cell| (cell.id(), cell.owns_operation()))
        .collect();
    let expected = [
        ("user:data", true),
        ("user:application", true),
        ("user:middleware", false),
        ("provider:middleware", true),
        ("provider:os", true),
        ("provider:virtual", true),
        ("provider:hardware", true),
        ("user:network", false),
        ("provider:network", true),
        ("provider:facility", true),
    ];
    let expected: Vec<(String, bool)> = expected
        .iter()
        .map(|(id, owns)| ((*id).to_owned(), *owns))
        .collect();
    assert_eq!(owns, expected);
}

// ---------------------------------------------------------------------------------------------
// 2. Properties of every layout.

/// Every (model, applicable pattern) pair, from the content.
fn selections() -> Vec<(&'static str, &'static str)> {
    guide()
        .models
        .iter()
        .flat_map(|model| {
            guide()
                .patterns
                .iter()
                .filter(|pattern| pattern.applies_to(model.id))
                .map(|pattern| (model.id, pattern.id))
        })
        .collect()
}

proptest! {
    #[test]
    fn every_layer_has_exactly_one_cell_owning_its_operation(
        (model_id, pattern_id) in prop::sample::select(selections()),
        virtual_network in any::<bool>(),
    ) {
        let cells = cells_of(model_id, pattern_id, virtual_network);
        for layer in LAYERS {
            let owning = cells
                .iter()
                .filter(|cell| cell.layer.id == layer && cell.owns_operation())
                .count();
            prop_assert_eq!(owning, 1, "{}", layer);
        }
        // Any other row is one of the pattern's extra provider-side rows.
        let extras: Vec<&str> = pattern(pattern_id)
            .extra_cells
            .iter()
            .map(|extra| extra.layer.id)
            .collect();
        for cell in &cells {
            if !LAYERS.contains(&cell.layer.id) {
                prop_assert!(extras.contains(&cell.layer.id), "{:?}", cell);
                prop_assert_eq!(cell.side, Side::Provider);
            }
        }
        prop_assert_eq!(
            cells.iter().filter(|cell| !LAYERS.contains(&cell.layer.id)).count(),
            extras.len()
        );
    }

    #[test]
    fn the_user_holds_the_layers_down_to_the_boundary_and_the_virtual_network(
        (model_id, pattern_id) in prop::sample::select(selections()),
        virtual_network in any::<bool>(),
    ) {
        let cells = cells_of(model_id, pattern_id, virtual_network);
        let boundary = LAYERS
            .iter()
            .position(|layer| *layer == model(model_id).boundary)
            .expect("boundary layer");
        for (index, layer) in LAYERS.iter().enumerate() {
            let user = cells
                .iter()
                .any(|cell| cell.layer.id == *layer && cell.side == Side::User);
            let expected = index <= boundary || (*layer == NETWORK_LAYER && virtual_network);
            prop_assert_eq!(user, expected, "{}", layer);
        }
    }

    #[test]
    fn cell_ids_are_unique_and_the_user_cell_comes_first(
        (model_id, pattern_id) in prop::sample::select(selections()),
        virtual_network in any::<bool>(),
    ) {
        let cells = cells_of(model_id, pattern_id, virtual_network);
        let unique: BTreeSet<String> = cells.iter().map(Cell::id).collect();
        prop_assert_eq!(unique.len(), cells.len());
        for (index, cell) in cells.iter().enumerate() {
            if cell.side == Side::Provider {
                prop_assert!(
                    !cells[index + 1..]
                        .iter()
                        .any(|later| later.layer.id == cell.layer.id && later.side == Side::User),
                    "{:?} before the user's cell", cell
                );
            }
            if cell.side == Side::User {
                prop_assert_eq!(cell.manager, USER);
            }
        }
        // The layers keep their order, and an extra row follows the layer it is placed after.
        let mut order: Vec<&str> = cells.iter().map(|cell| cell.layer.id).collect();
        order.dedup();
        for extra in pattern(pattern_id).extra_cells {
            let at = order
                .iter()
                .position(|id| *id == extra.layer.id)
                .expect("the extra row is in the table");
            prop_assert_eq!(order[at - 1], extra.after);
        }
        order.retain(|id| LAYERS.contains(id));
        prop_assert_eq!(order, LAYERS.to_vec());
    }

    #[test]
    fn a_cell_has_a_gap_of_its_own_side_only(
        (model_id, pattern_id) in prop::sample::select(selections()),
        virtual_network in any::<bool>(),
        setter in prop::sample::select(vec!["", " ", "\u{3000}", "山田 太郎", "山田　太郎", "SIer"]),
        manager in prop::sample::select(vec!["", "\t", "山田太郎", "YAMADA", "yamada"]),
        side in prop::sample::select(vec![None, Some(ManagerSide::Own), Some(ManagerSide::Outside)]),
        confirmed in any::<bool>(),
    ) {
        let entry = cell_record(setter, manager, side, confirmed);
        for cell in cells_of(model_id, pattern_id, virtual_network) {
            let gaps = cell_gaps(&cell, Some(&entry));
            let mut sorted = gaps.clone();
            sorted.sort();
            sorted.dedup();
            prop_assert_eq!(&sorted, &gaps, "in GapKind order, each once");
            match cell.side {
                Side::Provider => {
                    let expected = if confirmed { vec![] } else { vec![GapKind::ProviderUnconfirmed] };
                    prop_assert_eq!(gaps, expected);
                }
                Side::User => {
                    prop_assert!(!gaps.contains(&GapKind::ProviderUnconfirmed));
                    prop_assert_eq!(gaps.contains(&GapKind::Unconfirmed), !confirmed);
                }
            }
        }
    }

    #[test]
    fn the_score_counts_the_user_cells_with_no_gap(
        (model_id, pattern_id) in prop::sample::select(selections()),
        virtual_network in any::<bool>(),
        filled in prop::collection::vec(any::<bool>(), 10),
    ) {
        let mut record = map(model_id, pattern_id, virtual_network);
        let cells = cells_of(model_id, pattern_id, virtual_network);
        for (cell, fill) in cells.iter().zip(&filled) {
            if *fill {
                record.set_cell(&cell.id(), covered_record());
            }
        }
        let result = score_map(guide(), &record).expect("a model is chosen");
        let user_cells: Vec<&Cell> = cells.iter().filter(|cell| cell.side == Side::User).collect();
        let covered = user_cells
            .iter()
            .filter(|cell| record.cell(&cell.id()).is_some())
            .count();
        prop_assert_eq!(result.user_cells, user_cells.len());
        prop_assert_eq!(result.covered, covered);
        prop_assert_eq!(result.ratio(), covered as f64 / user_cells.len() as f64);
        prop_assert_eq!(&result.cells, &cells);
        // By kind, then table order.
        let position = |cell: &Cell| cells.iter().position(|c| c.id() == cell.id()).expect("cell");
        for pair in result.gaps.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            prop_assert!(
                a.kind < b.kind || (a.kind == b.kind && position(&a.cell) < position(&b.cell)),
                "{:?} before {:?}", a, b
            );
        }
    }

    #[test]
    fn a_capped_name_is_the_first_max_characters(name in "\\PC{0,130}") {
        let (capped, cut) = cap_name(&name);
        let chars = name.chars().count();
        prop_assert_eq!(cut, chars > MAX_NAME_CHARS);
        prop_assert_eq!(capped.chars().count(), chars.min(MAX_NAME_CHARS));
        prop_assert!(name.starts_with(&capped));
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Gaps.

#[test]
fn gap_kinds_are_ordered_nobody_named_outside_same_person_unconfirmed() {
    assert_eq!(
        GapKind::ALL,
        [
            GapKind::SetterMissing,
            GapKind::ManagerMissing,
            GapKind::ManagerOutside,
            GapKind::SamePerson,
            GapKind::Unconfirmed,
            GapKind::ProviderUnconfirmed,
        ]
    );
    assert!(GapKind::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    let keys: Vec<&str> = GapKind::ALL.iter().map(|kind| kind.key()).collect();
    assert_eq!(
        keys,
        [
            "setter_missing",
            "manager_missing",
            "manager_outside",
            "same_person",
            "unconfirmed",
            "provider_unconfirmed",
        ]
    );
    for kind in GapKind::ALL {
        assert!(
            guide().gap_basis(kind.key()).is_some(),
            "{kind:?} has its basis in rsp.json"
        );
    }
}

/// The application's user cell: outsourced wherever a pattern outsources anything.
fn user_cell(model_id: &str, pattern_id: &str) -> Cell {
    find(&cells_of(model_id, pattern_id, false), "user:application")
}

fn provider_cell(model_id: &str, pattern_id: &str) -> Cell {
    find(&cells_of(model_id, pattern_id, false), "provider:facility")
}

use GapKind::{
    ManagerMissing, ManagerOutside, ProviderUnconfirmed, SamePerson, SetterMissing, Unconfirmed,
};

#[test]
fn a_user_cell_with_nothing_recorded_misses_both_names_and_the_confirmation() {
    for pattern_id in [DIRECT, "sier"] {
        let cell = user_cell("iaas", pattern_id);
        let expected = vec![SetterMissing, ManagerMissing, Unconfirmed];
        assert_eq!(cell_gaps(&cell, None), expected);
        let empty = CellRecord::default();
        assert_eq!(cell_gaps(&cell, Some(&empty)), expected);
    }
}

#[test]
fn white_space_is_not_a_name() {
    let cell = user_cell("paas", DIRECT);
    for blank in [" ", "  ", "\t", "\u{3000}", " \u{3000}\n"] {
        let entry = cell_record(blank, blank, None, true);
        assert_eq!(
            cell_gaps(&cell, Some(&entry)),
            [SetterMissing, ManagerMissing],
            "{blank:?}"
        );
        let setter_only = cell_record("山田", blank, None, true);
        assert_eq!(
            cell_gaps(&cell, Some(&setter_only)),
            [ManagerMissing],
            "{blank:?}"
        );
        let manager_only = cell_record(blank, "山田", None, true);
        assert_eq!(
            cell_gaps(&cell, Some(&manager_only)),
            [SetterMissing],
            "{blank:?}"
        );
    }
}

#[test]
fn the_same_person_in_both_roles_is_a_gap() {
    let cell = user_cell("saas", DIRECT);
    for (setter, manager) in [
        ("山田 太郎", "山田 太郎"),
        ("山田 太郎", "山田　太郎"),
        ("山田太郎", "　山田　太郎　"),
        ("Taro Yamada", "taro yamada"),
        ("TARO\tYAMADA", "taroyamada"),
        ("情報システム課", "情報システム課 "),
    ] {
        let entry = cell_record(setter, manager, None, true);
        assert_eq!(
            cell_gaps(&cell, Some(&entry)),
            [SamePerson],
            "{setter:?} / {manager:?}"
        );
    }
    for (setter, manager) in [
        ("山田 太郎", "山田 花子"),
        ("Taro Yamada", "Taro Yamada Jr."),
        ("情報システム課", "総務課"),
    ] {
        let entry = cell_record(setter, manager, None, true);
        assert_eq!(
            cell_gaps(&cell, Some(&entry)),
            [],
            "{setter:?} / {manager:?}"
        );
    }
}

/// Every model and pattern in which someone outside is expected to make some of the user's
/// settings (001 II.1.3 1., 002 ch. 3).
const OUTSOURCING: [(&str, &str); 5] = [
    ("paas", "sier"),
    ("iaas", "sier"),
    ("paas", "managed"),
    ("iaas", "managed"),
    ("saas", "nocode"),
];

#[test]
fn with_outsourced_settings_the_manager_must_be_on_the_user_s_side() {
    for (model_id, pattern_id) in OUTSOURCING {
        let cell = user_cell(model_id, pattern_id);
        assert!(cell.is_outsourced(), "{pattern_id}");
        // A side not chosen yet is unanswered: neither a gap nor covered.
        for (side, expected, awaits) in [
            (None, vec![], true),
            (Some(ManagerSide::Outside), vec![ManagerOutside], false),
            (Some(ManagerSide::Own), vec![], false),
        ] {
            let entry = cell_record("SIer 佐藤", "山田", side, true);
            assert_eq!(
                cell_gaps(&cell, Some(&entry)),
                expected,
                "{pattern_id} {side:?}"
            );
            assert_eq!(
                awaits_manager_side(&cell, Some(&entry)),
                awaits,
                "{pattern_id} {side:?}"
            );
        }
        // Nobody named is a missing manager, not one outside, and there is no side to ask.
        let entry = cell_record("SIer 佐藤", "", Some(ManagerSide::Outside), true);
        assert_eq!(cell_gaps(&cell, Some(&entry)), [ManagerMissing]);
        let entry = cell_record("SIer 佐藤", " \u{3000}", None, true);
        assert!(!awaits_manager_side(&cell, Some(&entry)));
        assert!(!awaits_manager_side(&cell, None));
    }
    // When the user sets up the service itself, where the manager sits is not a gap.
    for pattern_id in [
        DIRECT,
        "resale_agent",
        "resale_support",
        "resale_only",
        "platform",
        "api",
    ] {
        for cell in cells_of("saas", pattern_id, true) {
            assert!(!cell.is_outsourced(), "{pattern_id} {cell:?}");
            for side in [None, Some(ManagerSide::Outside), Some(ManagerSide::Own)] {
                let entry = cell_record("佐藤", "山田", side, true);
                if cell.side == Side::User {
                    assert_eq!(cell_gaps(&cell, Some(&entry)), [], "{pattern_id} {side:?}");
                }
                assert!(!awaits_manager_side(&cell, Some(&entry)));
            }
        }
    }
}

/// 001 II.1.3 1. names 「動作環境設定等」 as what is outsourced, and the no-code table of 002
/// ch. 3 gives the contractor the app only: the data stays the user's to set, so where its
/// manager sits is never a gap, and the outsourced-settings sentence never fires on it.
#[test]
fn the_data_stays_with_the_user_in_every_outsourcing_pattern() {
    for (model_id, pattern_id) in OUTSOURCING {
        let data = find(&cells_of(model_id, pattern_id, false), "user:data");
        assert_eq!(data.setter, USER, "{pattern_id}");
        assert!(!data.is_outsourced(), "{pattern_id}");
        for side in [None, Some(ManagerSide::Outside)] {
            let entry = cell_record("佐藤", "山田", side, true);
            assert_eq!(cell_gaps(&data, Some(&entry)), [], "{pattern_id} {side:?}");
            assert!(!awaits_manager_side(&data, Some(&entry)));
        }
    }
    // With an SIer or a managed service every other user cell is outsourced; in the no-code
    // contract only the app within the app.
    for (model_id, pattern_id) in OUTSOURCING {
        let outsourced: Vec<String> = cells_of(model_id, pattern_id, true)
            .iter()
            .filter(|cell| cell.is_outsourced())
            .map(Cell::id)
            .collect();
        let expected: Vec<String> = cells_of(model_id, pattern_id, true)
            .iter()
            .filter(|cell| cell.side == Side::User && cell.layer.id != "data")
            .filter(|cell| pattern_id != "nocode" || cell.layer.id == "application")
            .map(Cell::id)
            .collect();
        assert_eq!(outsourced, expected, "{model_id} {pattern_id}");
    }
}

/// An outsourced cell whose manager's side is not chosen is not counted as covered, and not
/// counted as a gap either.
#[test]
fn an_unchosen_manager_side_leaves_the_cell_uncovered_without_a_gap() {
    let mut record = map("saas", "nocode", false);
    record.set_cell("user:data", covered_record());
    record.set_cell(
        "user:application",
        cell_record("開発会社 佐藤", "山田", None, true),
    );
    let result = score_map(guide(), &record).expect("saas");
    assert_eq!((result.covered, result.user_cells), (1, 2));
    assert!(
        result
            .gaps
            .iter()
            .all(|gap| gap.kind == ProviderUnconfirmed)
    );
    record.edit(
        "user:application",
        CellEdit::ManagerSide(Some(ManagerSide::Own)),
    );
    let result = score_map(guide(), &record).expect("saas");
    assert_eq!((result.covered, result.user_cells), (2, 2));
    record.edit(
        "user:application",
        CellEdit::ManagerSide(Some(ManagerSide::Outside)),
    );
    let result = score_map(guide(), &record).expect("saas");
    assert_eq!((result.covered, result.user_cells), (1, 2));
    assert_eq!(cells_with(&result, ManagerOutside), ["user:application"]);
}

/// The ids of the cells with a gap of one kind, in the order the map lists them.
fn cells_with(result: &MapResult, kind: GapKind) -> Vec<String> {
    result
        .gaps
        .iter()
        .filter(|gap| gap.kind == kind)
        .map(|gap| gap.cell.id())
        .collect()
}

#[test]
fn an_unconfirmed_boundary_is_a_gap_on_either_side() {
    let user = user_cell("iaas", DIRECT);
    let provider = provider_cell("iaas", DIRECT);
    let unconfirmed = cell_record("佐藤", "山田", Some(ManagerSide::Own), false);
    let confirmed = cell_record("佐藤", "山田", Some(ManagerSide::Own), true);
    assert_eq!(cell_gaps(&user, Some(&unconfirmed)), [Unconfirmed]);
    assert_eq!(cell_gaps(&user, Some(&confirmed)), []);
    assert_eq!(
        cell_gaps(&provider, Some(&unconfirmed)),
        [ProviderUnconfirmed]
    );
    assert_eq!(cell_gaps(&provider, Some(&confirmed)), []);
    assert_eq!(cell_gaps(&provider, None), [ProviderUnconfirmed]);
}

#[test]
fn a_provider_cell_only_ever_lacks_its_confirmation() {
    for (model_id, pattern_id) in [("iaas", "sier"), ("saas", "nocode"), ("saas", DIRECT)] {
        let provider = provider_cell(model_id, pattern_id);
        for entry in [
            CellRecord::default(),
            cell_record("", "", None, false),
            cell_record("山田", "山田", Some(ManagerSide::Outside), false),
            cell_record("\u{3000}", "x", None, false),
        ] {
            assert_eq!(
                cell_gaps(&provider, Some(&entry)),
                [ProviderUnconfirmed],
                "{pattern_id} {entry:?}"
            );
            let confirmed = CellRecord {
                confirmed: true,
                ..entry
            };
            assert_eq!(
                cell_gaps(&provider, Some(&confirmed)),
                [],
                "{pattern_id} {confirmed:?}"
            );
        }
    }
}

#[test]
fn several_gaps_of_one_cell_come_in_kind_order() {
    let cell = user_cell("iaas", "sier");
    let cases = [
        (
            cell_record("", "", None, false),
            vec![SetterMissing, ManagerMissing, Unconfirmed],
        ),
        (
            cell_record("", "SIer 佐藤", Some(ManagerSide::Outside), false),
            vec![SetterMissing, ManagerOutside, Unconfirmed],
        ),
        (
            cell_record("SIer 佐藤", "sier　佐藤", Some(ManagerSide::Outside), false),
            vec![ManagerOutside, SamePerson, Unconfirmed],
        ),
        (
            cell_record("SIer 佐藤", "SIer 佐藤", Some(ManagerSide::Own), true),
            vec![SamePerson],
        ),
        (
            cell_record("SIer 佐藤", "", None, false),
            vec![ManagerMissing, Unconfirmed],
        ),
    ];
    for (entry, expected) in cases {
        assert_eq!(cell_gaps(&cell, Some(&entry)), expected, "{entry:?}");
    }
}

#[test]
fn a_map_is_scored_only_once_a_known_model_is_chosen() {
    assert_eq!(score_map(guide(), &MapRecord::default()), None);
    let no_model = MapRecord {
        pattern: Some("sier".to_owned()),
        virtual_network: true,
        ..MapRecord::default()
    };
    assert_eq!(score_map(guide(), &no_model), None);
    for unknown in ["", "onprem", "SaaS", "faas"] {
        let record = map(unknown, DIRECT, false);
        assert_eq!(score_map(guide(), &record), None, "{unknown:?}");
        assert_eq!(Selection::of(guide(), &record), None, "{unknown:?}");
    }
}

#[test]
fn an_unknown_missing_or_inapplicable_pattern_falls_back_to_direct_use() {
    for (model_id, pattern_id) in [
        ("saas", Some("sier")),
        ("saas", Some("managed")),
        ("paas", Some("nocode")),
        ("iaas", Some("platform")),
        ("iaas", Some("outsourced")),
        ("paas", Some("")),
        ("iaas", None),
    ] {
        let record = MapRecord {
            model: Some(model_id.to_owned()),
            pattern: pattern_id.map(str::to_owned),
            ..MapRecord::default()
        };
        let chosen = Selection::of(guide(), &record).expect("a known model");
        assert_eq!(chosen, selection(model_id, DIRECT, false), "{pattern_id:?}");
        let result = score_map(guide(), &record).expect("a known model");
        assert_eq!(result.selection.pattern.id, DIRECT, "{pattern_id:?}");
        assert_eq!(result.cells, cells_of(model_id, DIRECT, false));
    }
    // A pattern that applies is kept, and so is the virtual network.
    let record = map("iaas", "managed", true);
    assert_eq!(
        Selection::of(guide(), &record),
        Some(selection("iaas", "managed", true))
    );
}

#[test]
fn the_score_of_an_empty_saas_map() {
    let result = score_map(guide(), &map("saas", DIRECT, false)).expect("saas");
    assert_eq!(result.selection, selection("saas", DIRECT, false));
    assert_eq!((result.covered, result.user_cells), (0, 2));
    assert_eq!(result.ratio(), 0.0);
    let gaps: Vec<(GapKind, String)> = result
        .gaps
        .iter()
        .map(|gap| (gap.kind, gap.cell.id()))
        .collect();
    let expected = [
        (SetterMissing, "user:data"),
        (SetterMissing, "user:application"),
        (ManagerMissing, "user:data"),
        (ManagerMissing, "user:application"),
        (Unconfirmed, "user:data"),
        (Unconfirmed, "user:application"),
        (ProviderUnconfirmed, "provider:application"),
        (ProviderUnconfirmed, "provider:middleware"),
        (ProviderUnconfirmed, "provider:os"),
        (ProviderUnconfirmed, "provider:virtual"),
        (ProviderUnconfirmed, "provider:hardware"),
        (ProviderUnconfirmed, "provider:network"),
        (ProviderUnconfirmed, "provider:facility"),
    ];
    let expected: Vec<(GapKind, String)> = expected
        .iter()
        .map(|(kind, id)| (*kind, (*id).to_owned()))
        .collect();
    assert_eq!(gaps, expected);
    assert_eq!(
        result.user_layers(),
        BTreeSet::from(["data", "application"])
    );
}

#[test]
fn the_score_counts_covered_user_cells_exactly() {
    // PaaS: three user cells; one covered.
    let mut record = map("paas", DIRECT, false);
    record.set_cell("user:application", covered_record());
    // Provider cells confirmed do not count as user cells.
    record.set_cell("provider:os", record_confirmed());
    let result = score_map(guide(), &record).expect("paas");
    assert_eq!((result.covered, result.user_cells), (1, 3));
    assert_eq!(result.ratio(), 1.0 / 3.0);
    assert!(
        !result.gaps.iter().any(|gap| gap.cell.id() == "provider:os"),
        "a confirmed provider cell has no gap"
    );
    assert_eq!(
        result
            .gaps
            .iter()
            .filter(|gap| gap.kind == ProviderUnconfirmed)
            .count(),
        5
    );

    // IaaS with the virtual network: six user cells; three covered, one with a gap left.
    let mut record = map("iaas", "sier", true);
    for id in ["user:data", "user:os", "user:network"] {
        record.set_cell(id, covered_record());
    }
    record.set_cell(
        "user:virtual",
        cell_record("SIer", "SIer", Some(ManagerSide::Own), true),
    );
    let result = score_map(guide(), &record).expect("iaas");
    assert_eq!((result.covered, result.user_cells), (3, 6));
    assert_eq!(result.ratio(), 0.5);
    assert_eq!(
        result.user_layers(),
        BTreeSet::from([
            "data",
            "application",
            "middleware",
            "os",
            "virtual",
            "network"
        ])
    );
    assert_eq!(cells_with(&result, SamePerson), ["user:virtual"]);

    // Every user cell covered.
    let mut record = map("saas", "nocode", false);
    record.set_cell("user:data", covered_record());
    record.set_cell("user:application", covered_record());
    let result = score_map(guide(), &record).expect("saas");
    assert_eq!((result.covered, result.user_cells), (2, 2));
    assert_eq!(result.ratio(), 1.0);
    assert!(
        result
            .gaps
            .iter()
            .all(|gap| gap.kind == ProviderUnconfirmed)
    );

    // Records of cells the selection has no cell for are not scored.
    let mut record = map("saas", DIRECT, false);
    record.set_cell("user:os", covered_record());
    record.set_cell("user:data", covered_record());
    let result = score_map(guide(), &record).expect("saas");
    assert_eq!((result.covered, result.user_cells), (1, 2));
    assert_eq!(result.ratio(), 0.5);
}

fn record_confirmed() -> CellRecord {
    CellRecord {
        confirmed: true,
        ..CellRecord::default()
    }
}

#[test]
fn the_ratio_of_a_map_without_user_cells_is_zero_not_nan() {
    // Cannot come out of `score_map` (every model has user cells), but must not divide by 0.
    let result = MapResult {
        selection: selection("saas", DIRECT, false),
        cells: Vec::new(),
        covered: 0,
        user_cells: 0,
        gaps: Vec::new(),
    };
    assert_eq!(result.ratio(), 0.0);
    assert!(result.user_layers().is_empty());
    for (model_id, pattern_id) in selections() {
        for virtual_network in [false, true] {
            let result = score_map(guide(), &map(model_id, pattern_id, virtual_network))
                .expect("a known model");
            assert!(result.user_cells >= 2, "{model_id} {pattern_id}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 4. The record of a map: editing, changing the selection, names.

#[test]
fn names_are_capped_at_the_maximum_in_characters_not_bytes() {
    assert_eq!(MAX_NAME_CHARS, 100);
    let at_cap = "山".repeat(MAX_NAME_CHARS);
    let over = "山".repeat(MAX_NAME_CHARS + 1);
    assert_eq!(cap_name(""), (String::new(), false));
    assert_eq!(cap_name("山田"), ("山田".to_owned(), false));
    assert_eq!(cap_name(&at_cap), (at_cap.clone(), false));
    assert_eq!(cap_name(&over), (at_cap.clone(), true));
    let ascii = "a".repeat(150);
    assert_eq!(cap_name(&ascii), ("a".repeat(100), true));
    let mixed = format!("{}あい", "a".repeat(99));
    assert_eq!(cap_name(&mixed), (format!("{}あ", "a".repeat(99)), true));

    let mut record = MapRecord::default();
    record.edit("user:data", CellEdit::Setter(over.clone()));
    record.edit("user:data", CellEdit::Manager(format!("{over}田")));
    let cell = record.cell("user:data").expect("recorded");
    assert_eq!(cell.setter, at_cap);
    assert_eq!(cell.manager, at_cap);
    assert_eq!(cell.setter.chars().count(), MAX_NAME_CHARS);
    // Exactly at the cap, and one under: as given.
    let under = "田".repeat(MAX_NAME_CHARS - 1);
    record.edit("user:os", CellEdit::Setter(at_cap.clone()));
    record.edit("user:os", CellEdit::Manager(under.clone()));
    let cell = record.cell("user:os").expect("recorded");
    assert_eq!(
        (cell.setter.as_str(), cell.manager.as_str()),
        (&*at_cap, &*under)
    );
}

#[test]
fn an_edit_changes_one_field_and_a_record_left_empty_is_removed() {
    let mut record = MapRecord::default();
    assert!(record.is_empty());
    assert_eq!(record.cell("user:data"), None);
    record.edit("user:data", CellEdit::Setter("佐藤".to_owned()));
    record.edit("user:data", CellEdit::Manager("山田".to_owned()));
    record.edit("user:data", CellEdit::ManagerSide(Some(ManagerSide::Own)));
    record.edit("user:data", CellEdit::Confirmed(true));
    assert_eq!(
        record.cell("user:data"),
        Some(&cell_record("佐藤", "山田", Some(ManagerSide::Own), true))
    );
    assert!(!record.is_empty());
    record.edit("user:data", CellEdit::Setter(String::new()));
    record.edit("user:data", CellEdit::ManagerSide(None));
    assert_eq!(
        record.cell("user:data"),
        Some(&cell_record("", "山田", None, true))
    );
    record.edit("user:data", CellEdit::Manager(String::new()));
    assert_eq!(record.cell("user:data"), Some(&record_confirmed()));
    record.edit("user:data", CellEdit::Confirmed(false));
    assert_eq!(record.cell("user:data"), None);
    assert!(record.cells.is_empty());
    assert!(record.is_empty());

    // Each field alone keeps a record.
    for edit in [
        CellEdit::Setter("x".to_owned()),
        CellEdit::Manager("x".to_owned()),
        CellEdit::ManagerSide(Some(ManagerSide::Outside)),
        CellEdit::Confirmed(true),
    ] {
        let mut record = MapRecord::default();
        record.edit("provider:os", edit.clone());
        assert_eq!(record.cells.len(), 1, "{edit:?}");
        assert!(!record.cell("provider:os").expect("kept").is_empty());
    }
    // An edit that leaves a record empty from the start adds nothing.
    let mut record = MapRecord::default();
    record.edit("user:os", CellEdit::Setter(String::new()));
    record.edit("user:os", CellEdit::Confirmed(false));
    assert_eq!(record, MapRecord::default());
}

#[test]
fn a_whole_record_is_set_or_removed() {
    let mut record = MapRecord::default();
    let entry = cell_record("佐藤", "山田", None, false);
    record.set_cell("user:os", entry.clone());
    assert_eq!(record.cell("user:os"), Some(&entry));
    let replaced = record_confirmed();
    record.set_cell("user:os", replaced.clone());
    assert_eq!(record.cell("user:os"), Some(&replaced));
    record.set_cell("user:data", entry.clone());
    record.set_cell("user:os", CellRecord::default());
    assert_eq!(record.cell("user:os"), None);
    assert_eq!(record.cell("user:data"), Some(&entry));
    assert!(CellRecord::default().is_empty());
    assert!(!entry.is_empty());
    assert!(!record_confirmed().is_empty());
    let only_side = CellRecord {
        manager_side: Some(ManagerSide::Own),
        ..CellRecord::default()
    };
    assert!(!only_side.is_empty());
    // A map with only a choice is not empty.
    assert!(!map("saas", DIRECT, false).is_empty());
    let only_network = MapRecord {
        virtual_network: true,
        ..MapRecord::default()
    };
    assert!(!only_network.is_empty());
}

/// A map with a record in each of the given cells.
fn recorded(model_id: &str, pattern_id: &str, virtual_network: bool, cells: &[&str]) -> MapRecord {
    let mut record = map(model_id, pattern_id, virtual_network);
    for id in cells {
        record.edit(id, CellEdit::Setter(format!("担当 {id}")));
    }
    record
}

#[test]
fn a_new_selection_drops_exactly_the_recorded_cells_it_lacks() {
    let saas = recorded(
        "saas",
        DIRECT,
        false,
        &[
            "user:data",
            "user:application",
            "provider:application",
            "provider:os",
        ],
    );
    assert_eq!(
        saas.dropped_by(guide(), selection("paas", DIRECT, false)),
        ["provider:application"]
    );
    assert_eq!(
        saas.dropped_by(guide(), selection("saas", "nocode", false)),
        Vec::<String>::new()
    );
    let iaas = recorded(
        "iaas",
        DIRECT,
        true,
        &[
            "user:data",
            "user:os",
            "user:virtual",
            "provider:virtual",
            "user:network",
            "provider:network",
        ],
    );
    assert_eq!(
        iaas.dropped_by(guide(), selection("iaas", DIRECT, false)),
        ["user:network"]
    );
    assert_eq!(
        iaas.dropped_by(guide(), selection("iaas", "sier", true)),
        Vec::<String>::new()
    );
    // In id order.
    assert_eq!(
        iaas.dropped_by(guide(), selection("saas", DIRECT, false)),
        ["user:network", "user:os", "user:virtual"]
    );
    // Cells nobody recorded are not listed.
    assert_eq!(
        map("iaas", DIRECT, true).dropped_by(guide(), selection("saas", DIRECT, false)),
        Vec::<String>::new()
    );
    // A record of a cell no selection has (a newer version's, say) is always dropped.
    let odd = recorded("saas", DIRECT, false, &["user:data", "user:quantum"]);
    assert_eq!(
        odd.dropped_by(guide(), selection("saas", DIRECT, false)),
        ["user:quantum"]
    );
}

#[test]
fn selecting_drops_those_cells_and_records_the_choice() {
    let mut record = recorded(
        "saas",
        DIRECT,
        false,
        &["user:data", "user:application", "provider:application"],
    );
    record.select(guide(), selection("paas", "sier", true));
    assert_eq!(record.model.as_deref(), Some("paas"));
    assert_eq!(record.pattern.as_deref(), Some("sier"));
    assert!(record.virtual_network);
    let kept: Vec<&str> = record.cells.keys().map(String::as_str).collect();
    assert_eq!(kept, ["user:application", "user:data"]);
    assert_eq!(
        record.cell("user:data").expect("kept").setter,
        "担当 user:data"
    );

    let mut record = recorded("iaas", DIRECT, true, &["user:network", "provider:network"]);
    record.select(guide(), selection("iaas", DIRECT, false));
    assert!(!record.virtual_network);
    let kept: Vec<&str> = record.cells.keys().map(String::as_str).collect();
    assert_eq!(kept, ["provider:network"]);

    // From nothing chosen.
    let mut record = MapRecord::default();
    record.select(guide(), selection("saas", "api", false));
    assert_eq!(record, map("saas", "api", false));
}

#[test]
fn another_model_keeps_a_pattern_that_still_applies() {
    let sier_paas = selection("paas", "sier", true);
    assert_eq!(
        sier_paas.with_model(model("iaas"), guide()),
        selection("iaas", "sier", true)
    );
    assert_eq!(
        sier_paas.with_model(model("saas"), guide()),
        selection("saas", DIRECT, true)
    );
    let nocode = selection("saas", "nocode", false);
    assert_eq!(
        nocode.with_model(model("paas"), guide()),
        selection("paas", DIRECT, false)
    );
    assert_eq!(
        nocode.with_model(model("saas"), guide()),
        selection("saas", "nocode", false)
    );
    let direct = selection("iaas", DIRECT, false);
    assert_eq!(
        direct.with_model(model("saas"), guide()),
        selection("saas", DIRECT, false)
    );
}

#[test]
fn the_same_person_ignores_case_and_white_space_only() {
    for (a, b) in [
        ("山田 太郎", "山田　太郎"),
        ("山田太郎", "山田 太郎"),
        ("Yamada", "yamada"),
        ("YAMADA Taro", "yamada\u{3000}taro"),
        (" x ", "x"),
    ] {
        assert!(same_person(a, b), "{a:?} {b:?}");
        assert!(same_person(b, a), "{b:?} {a:?}");
    }
    for (a, b) in [
        ("", ""),
        (" ", "\u{3000}"),
        ("山田", ""),
        ("", "山田"),
        ("山田", "田中"),
        ("Yamada", "Yamada2"),
    ] {
        assert!(!same_person(a, b), "{a:?} {b:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Which setting types (001 II.1.1) apply under the map.

fn setting_types() -> &'static Checklist {
    catalog().checklist(SETTING_TYPES).expect("setting types")
}

fn applicable(model_id: &str, virtual_network: bool) -> Vec<&'static str> {
    let result = score_map(guide(), &map(model_id, DIRECT, virtual_network)).expect("model");
    applicable_setting_types(setting_types(), Some(&result))
        .iter()
        .map(|item| item.number)
        .collect()
}

#[test]
fn without_a_map_every_setting_type_applies() {
    assert_eq!(SETTING_TYPES, "set");
    let all: Vec<&str> = applicable_setting_types(setting_types(), None)
        .iter()
        .map(|item| item.number)
        .collect();
    assert_eq!(
        all,
        ["1", "2", "3", "4.1", "4.2", "5", "6.1", "6.2", "6.3", "6.4"]
    );
}

#[test]
fn a_setting_type_applies_where_it_touches_a_layer_the_user_owns() {
    // 4.1 仮想マシン is the virtual environment's and 6.3 データベース the middleware's
    // (001 図表 II.1.2-2): not the SaaS user's, but the IaaS user's.
    let saas = applicable("saas", false);
    let iaas = applicable("iaas", false);
    for number in ["4.1", "6.3"] {
        assert!(!saas.contains(&number), "SaaS: {number} in {saas:?}");
        assert!(iaas.contains(&number), "IaaS: {number} not in {iaas:?}");
    }
    // 1. IAM concerns the user's data: it applies everywhere.
    for model_id in ["saas", "paas", "iaas"] {
        assert!(applicable(model_id, false).contains(&"1"), "{model_id}");
    }
    // 4.2 ネットワーク only when the virtual network is the user's.
    for model_id in ["saas", "paas", "iaas"] {
        assert!(!applicable(model_id, false).contains(&"4.2"), "{model_id}");
        assert!(applicable(model_id, true).contains(&"4.2"), "{model_id}");
    }
    // And the filter is exactly "touches an owned layer".
    for model_id in ["saas", "paas", "iaas"] {
        for virtual_network in [false, true] {
            let result =
                score_map(guide(), &map(model_id, DIRECT, virtual_network)).expect("model");
            let owned = result.user_layers();
            let chosen = applicable_setting_types(setting_types(), Some(&result));
            for item in setting_types().items {
                let touches = item.layers.iter().any(|layer| owned.contains(layer));
                let included = chosen.iter().any(|chosen| chosen.id == item.id);
                assert_eq!(
                    included, touches,
                    "{model_id} {virtual_network} {}",
                    item.id
                );
            }
        }
    }
    // Every layer a setting type names exists.
    for item in setting_types().items {
        assert!(!item.layers.is_empty(), "{}", item.id);
        for layer in item.layers {
            assert!(guide().layer(layer).is_some(), "{}: {layer}", item.id);
        }
    }
}

#[test]
fn setting_type_coverage_counts_only_the_applicable_types() {
    let mut answers: Answers = [
        ("set-1", Answer::Done),
        ("set-4.1", Answer::Done),
        ("set-6.3", Answer::Partly),
        ("set-4.2", Answer::NotApplicable),
        ("set-2", Answer::NotDone),
    ]
    .into_iter()
    .map(|(id, answer)| (id.to_owned(), answer))
    .collect();
    // N/A counts only with its reason.
    answers.set_note("set-4.2", "ネットワークは事業者の管理");
    let all = score_setting_types(setting_types(), None, &answers);
    assert_eq!(
        all,
        Coverage {
            done: 2,
            partly: 1,
            not_done: 1,
            not_applicable: 1,
            missing_reason: 0,
            unanswered: 5,
        }
    );
    let saas = score_map(guide(), &map("saas", DIRECT, false)).expect("saas");
    let applicable_count = applicable_setting_types(setting_types(), Some(&saas)).len();
    let coverage = score_setting_types(setting_types(), Some(&saas), &answers);
    assert_eq!(
        coverage,
        Coverage {
            done: 1,
            partly: 0,
            not_done: 1,
            not_applicable: 0,
            missing_reason: 0,
            unanswered: applicable_count - 2,
        }
    );
    let iaas = score_map(guide(), &map("iaas", DIRECT, true)).expect("iaas");
    let applicable_count = applicable_setting_types(setting_types(), Some(&iaas)).len();
    let coverage = score_setting_types(setting_types(), Some(&iaas), &answers);
    assert_eq!(
        coverage,
        Coverage {
            done: 2,
            partly: 1,
            not_done: 1,
            not_applicable: 1,
            missing_reason: 0,
            unanswered: applicable_count - 5,
        }
    );
}

// ---------------------------------------------------------------------------------------------
// What each pattern says beyond its source is marked as this tool's reading (issue: second
// fidelity pass).

fn pattern_quotes(pattern_id: &str) -> Vec<&'static str> {
    let pattern = pattern(pattern_id);
    pattern
        .chain
        .iter()
        .chain(pattern.confirm)
        .flat_map(|passage| passage.text.iter().map(|text| text.ja()))
        .collect()
}

#[test]
fn the_managed_pattern_quotes_only_what_001_says_of_managed_services() {
    // 001 says of managed services only that they are often under a quasi-mandate contract;
    // the SIer's 「通常、準委任契約であり、最終責任はクラウドサービス利用者」 is not theirs.
    for quote in pattern_quotes("managed") {
        assert!(!quote.contains("最終責任"), "{quote}");
        assert!(!quote.contains("環境の設定支援"), "{quote}");
    }
    assert!(
        pattern_quotes("managed")
            .iter()
            .any(|quote| quote.contains("準委任契約であることが多い"))
    );
}

#[test]
fn every_pattern_whose_table_goes_beyond_its_source_says_so() {
    for pattern_id in [
        "sier",
        "managed",
        "resale_agent",
        "resale_support",
        "resale_only",
        "platform",
        "api",
        "nocode",
    ] {
        let reading = pattern(pattern_id)
            .reading
            .unwrap_or_else(|| panic!("{pattern_id} has no reading"));
        assert!(reading.ja().contains("本ツールの読み"), "{pattern_id}");
        assert!(reading.en().contains("this tool's reading"), "{pattern_id}");
    }
    // The SIer's reading names what the source outsources, and keeps the data with the user.
    let sier = pattern("sier").reading.expect("sier reading");
    assert!(sier.ja().contains("動作環境設定等") && sier.ja().contains("大きな意味では"));
    // The platform's reading says A answers for B's layers as setting manager.
    let platform = pattern("platform").reading.expect("platform reading");
    assert!(platform.ja().contains("設定管理者") && platform.ja().contains("利用側の設定"));
}

#[test]
fn the_api_pattern_names_provider_b_and_the_link_parameters() {
    let quotes = pattern_quotes("api");
    for needle in [
        "API の連携パラメータが提供側環境の設定に相当する",
        "SaaS 事業者 A は、SaaS 事業者 B との契約に基づき、API 連携を通じて受ける SaaS サービス利用者としての管理責任を負う。",
        "SaaS 事業者 B の管理範囲に帰する問題が発生した場合は",
    ] {
        assert!(
            quotes.iter().any(|quote| quote.contains(needle)),
            "{needle}"
        );
    }
    let cells = cells_of("saas", "api", false);
    let link = find(&cells, "provider:api_link");
    assert_eq!(link.side, Side::Provider);
    assert_eq!(link.manager, "vendor_a");
    assert!(guide().party(link.setter).ja().contains("SaaS事業者B"));
    // It comes right after the application's provider half.
    let ids = ids(&cells);
    let at = ids
        .iter()
        .position(|id| id == "provider:api_link")
        .expect("api_link");
    assert_eq!(ids[at - 1], "provider:application");
    // Other patterns have no such row.
    for pattern_id in [DIRECT, "platform", "nocode"] {
        assert!(!ids_of(pattern_id).contains(&"provider:api_link".to_owned()));
    }
}

fn ids_of(pattern_id: &str) -> Vec<String> {
    ids(&cells_of("saas", pattern_id, true))
}

#[test]
fn in_the_platform_pattern_provider_a_manages_every_provider_cell() {
    for cell in cells_of("saas", "platform", true)
        .iter()
        .filter(|cell| cell.side == Side::Provider)
    {
        assert_eq!(cell.manager, "vendor_a", "{cell:?}");
    }
    let b_layers: Vec<Cell> = cells_of("saas", "platform", false)
        .into_iter()
        .filter(|cell| cell.side == Side::Provider && cell.layer.id != "application")
        .collect();
    assert_eq!(b_layers.len(), 6);
    for cell in b_layers {
        let setter = guide().party(cell.setter);
        assert!(setter.ja().contains("SaaS事業者A") && setter.ja().contains("IaaS/PaaS事業者B"));
    }
}

#[test]
fn in_resale_form_2_the_user_contracts_with_the_saas_provider_directly() {
    let name = pattern("resale_support").name;
    assert!(
        name.ja().contains("利用者が SaaS 事業者と直接契約する"),
        "{}",
        name.ja()
    );
    assert!(
        name.en()
            .contains("you contract with the SaaS provider directly")
    );
}

#[test]
fn the_boundaries_to_confirm_are_the_gaps_closed_with_the_provider() {
    use cloud_self_check::domain::responsibility::GapKind;
    let with_provider: Vec<GapKind> = GapKind::ALL
        .into_iter()
        .filter(|kind| kind.with_provider())
        .collect();
    assert_eq!(
        with_provider,
        [GapKind::Unconfirmed, GapKind::ProviderUnconfirmed]
    );
}
