//! Interface text of the role chooser, in Japanese and English.

use crate::domain::text::Lang;

pub struct RolesText {
    pub heading: &'static str,
    pub no_role: &'static str,
    pub basis: &'static str,
    pub proposed: &'static str,
    pub conditional: &'static str,
    pub as_needed: &'static str,
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
    proposed: "◎ おすすめ",
    conditional: "○ IaaS/PaaSを用いてサービス提供している場合",
    as_needed: "- 必要に応じて",
};

static EN: RolesText = RolesText {
    heading: "Who is answering?",
    no_role: "Not chosen",
    basis: "What this rests on (the legend of the source's table)",
    proposed: "◎ Proposed",
    conditional: "○ If you provide your service on IaaS/PaaS",
    as_needed: "- As needed",
};
