//! What a stage does and what decides the next step (004 II.5.2 table 4, II.6).

use yew::prelude::*;

use crate::components::passage::SourceCite;
use crate::components::text_list::TextList;
use crate::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct StagePracticeProps {
    pub stage_id: AttrValue,
}

#[component]
pub fn StagePractice(props: &StagePracticeProps) -> Html {
    let app = use_app();
    let t = app.text();
    let lang = app.state().language();
    let Some(stage) = app.state().catalog.stages.stage(&props.stage_id) else {
        return html! {};
    };
    let name = match &stage.kind {
        Some(kind) => format!("{} {}", stage.name.get(lang), kind.get(lang)),
        None => stage.name.get(lang).to_owned(),
    };
    html! {
        <div class="stage-practice" data-testid="stage-practice">
            <h5>{ (t.stage_practice)(&name) }</h5>
            <ul>
                { for stage.practice.iter().map(|text| html! { <li>{ text.get(lang) }</li> }) }
                { for stage.remarks.iter().map(|text| html! { <li class="remark">{ text.get(lang) }</li> }) }
            </ul>
            <h5>{ t.stage_gate }</h5>
            <TextList texts={stage.gate.as_slice()} />
            <SourceCite source={stage.source.clone()} />
        </div>
    }
}
