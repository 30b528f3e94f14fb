//! What a stage does and what decides the next step (004 II.5.2 table 4, II.6).

use yew::prelude::*;

use crate::components::needs::Needs;
use crate::components::passage::{source_cite, text_list};
use crate::domain::content::{Stage, catalog};
use crate::domain::text::Lang;
use crate::i18n::ui;

/// "第1段階（アジャイル型）", "Stage 1 (agile type)".
pub fn stage_name(stage: &Stage, lang: Lang) -> String {
    match (&stage.kind, lang) {
        (Some(kind), Lang::Ja) => format!("{}（{}）", stage.name.get(lang), kind.get(lang)),
        (Some(kind), Lang::En) => format!("{} ({})", stage.name.get(lang), kind.get(lang)),
        (None, _) => stage.name.get(lang).to_owned(),
    }
}

/// A stage's practice (table 4) and the evaluation and decision that lead to the next stage,
/// once the stage guide's words are loaded.
pub fn stage_practice(stage_id: &'static str, lang: Lang) -> Html {
    let guide = crate::domain::chunks::by_id(catalog().stages.id);
    html! {
        <Needs chunks={guide.into_iter().collect::<Vec<_>>()} {lang}>
            <StagePractice {stage_id} {lang} />
        </Needs>
    }
}

#[derive(Properties, PartialEq)]
struct StagePracticeProps {
    stage_id: &'static str,
    lang: Lang,
}

/// A component, so its text is read when it renders: after [`Needs`] has the words.
#[component]
fn StagePractice(props: &StagePracticeProps) -> Html {
    let lang = props.lang;
    let t = ui(lang);
    let Some(stage) = catalog().stages.stage(props.stage_id) else {
        return html! {};
    };
    html! {
        <div class="stage-practice" data-testid="stage-practice" data-stage={stage.id}>
            <h4>{ (t.stage_practice)(&stage_name(stage, lang)) }</h4>
            <ul>
                { for stage.practice.iter().map(|text| html! { <li>{ text.get(lang) }</li> }) }
                { for stage.remarks.iter().map(|text| html! { <li class="remark">{ text.get(lang) }</li> }) }
            </ul>
            <h4>{ t.stage_gate }</h4>
            { text_list(stage.gate, lang) }
            { source_cite(&stage.source, lang) }
        </div>
    }
}
