//! Interface text of the role chooser, in Japanese and English.

use crate::domain::text::Lang;

pub struct RolesText {
    pub heading: &'static str,
    pub no_role: &'static str,
    pub basis: &'static str,
    pub proposed: &'static str,
    pub conditional: &'static str,
    pub as_needed: &'static str,
    /// The badges of the modules outside table I.5-1: this tool's proposal, not the table's.
    pub tools_proposed: &'static str,
    pub tools_as_needed: &'static str,
}

pub fn roles_text(lang: Lang) -> &'static RolesText {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

static JA: RolesText = RolesText {
    heading: "どなたが回答しますか",
    no_role: "選んでいない",
    basis: "この提案の根拠（出典の表の凡例）",
    proposed: "◎ 表I.5-1：全ての読者が対象",
    conditional: "○ 表I.5-1：IaaS/PaaSを用いてサービス提供している場合に対象",
    as_needed: "- 表I.5-1：必要に応じて",
    tools_proposed: "本ツールの提案：取り組むとよいチェック",
    tools_as_needed: "本ツールの提案：必要に応じて",
};

static EN: RolesText = RolesText {
    heading: "Who is answering?",
    no_role: "Not chosen",
    basis: "What this rests on (the legend of the source's table)",
    proposed: "◎ Table I.5-1: for every reader",
    conditional: "○ Table I.5-1: if you provide your service on IaaS/PaaS",
    as_needed: "- Table I.5-1: as needed",
    tools_proposed: "This tool's proposal: worth taking",
    tools_as_needed: "This tool's proposal: as needed",
};
