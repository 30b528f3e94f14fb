//! The current stage: the user's placement with its reason, else the precondition check's
//! diagnosis, else none.

use cloud_self_check::domain::content::catalog;
use cloud_self_check::domain::scoring::Diagnosis;
use cloud_self_check::domain::stage::{CurrentStage, StagePlacement, current_stage, lacks_reason};

fn placed(stage: &str, reason: &str) -> StagePlacement {
    StagePlacement {
        stage: stage.into(),
        reason: reason.into(),
    }
}

fn id(current: CurrentStage) -> Option<&'static str> {
    current.stage().map(|stage| stage.id)
}

#[test]
fn the_diagnosis_gives_the_stage_until_the_user_places_themselves_with_a_reason() {
    let guide = &catalog().stages;
    assert_eq!(
        current_stage(guide, Diagnosis::Stage0, None),
        CurrentStage::Diagnosed(guide.stage("0").unwrap())
    );
    assert_eq!(id(current_stage(guide, Diagnosis::Stage1, None)), Some("1"));
    assert_eq!(
        current_stage(guide, Diagnosis::OutsideProfile, None),
        CurrentStage::Unknown
    );
    assert_eq!(
        current_stage(guide, Diagnosis::Pending, None),
        CurrentStage::Unknown
    );

    let with_reason = placed("3", "ISMSの認証を取得し、専門家がいる");
    for diagnosis in [
        Diagnosis::Stage0,
        Diagnosis::Stage1,
        Diagnosis::OutsideProfile,
        Diagnosis::Pending,
    ] {
        assert_eq!(
            current_stage(guide, diagnosis, Some(&with_reason)),
            CurrentStage::Placed(guide.stage("3").unwrap()),
            "{diagnosis:?}"
        );
    }
}

#[test]
fn a_placement_without_a_reason_or_at_an_unknown_stage_does_not_count() {
    let guide = &catalog().stages;
    for placement in [placed("3", ""), placed("3", " 　\n"), placed("9", "理由")] {
        assert_eq!(
            id(current_stage(guide, Diagnosis::Stage1, Some(&placement))),
            Some("1"),
            "{placement:?}"
        );
        assert_eq!(
            current_stage(guide, Diagnosis::OutsideProfile, Some(&placement)),
            CurrentStage::Unknown
        );
    }
    assert!(lacks_reason(Some(&placed("2", ""))));
    assert!(lacks_reason(Some(&placed("2", "　"))));
    assert!(!lacks_reason(Some(&placed("2", "試行した"))));
    assert!(!lacks_reason(None));
}

#[test]
fn every_stage_of_table_4_can_be_placed() {
    let guide = &catalog().stages;
    let ids: Vec<&str> = guide.stages.iter().map(|stage| stage.id).collect();
    assert_eq!(ids, ["0", "1", "2", "3", "4", "x"]);
    for stage in guide.stages {
        assert_eq!(
            id(current_stage(
                guide,
                Diagnosis::Pending,
                Some(&placed(stage.id, "理由"))
            )),
            Some(stage.id)
        );
    }
}
