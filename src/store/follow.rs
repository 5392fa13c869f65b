//! The route a person follows, and where they are in it: kept with the plan's progress, and
//! carried by share links as `suivi=<route>&etapes=<block>.<way>:<status>,…` so that a
//! counsellor who opens the link sees the same marks (docs/share-link.md).

use super::problem::SetAside;
use super::{from_word, word, Progress, StepStatus};

/// The statuses' words in a link; « à faire » is the absence of a mark.
const STATUSES: &[(StepStatus, &str)] = &[
    (StepStatus::InProgress, "en-cours"),
    (StepStatus::Done, "fait"),
    (StepStatus::Skipped, "passe"),
];

/// An id as the catalog and the planner write them: lowercase letters, digits and dashes.
fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 60
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The link's parameters for the followed route and its marks; none when no route is followed.
pub fn encode(progress: &Progress) -> Vec<(&'static str, String)> {
    let Some(route) = &progress.followed else {
        return Vec::new();
    };
    let mut out = vec![("suivi", route.clone())];
    let prefix = format!("{route}/");
    let marks: Vec<String> = progress
        .steps
        .iter()
        .filter_map(|(key, status)| {
            let (scope, way) = key.strip_prefix(&prefix)?.split_once('/')?;
            Some(format!("{scope}.{way}:{}", word(STATUSES, *status)))
        })
        .collect();
    if !marks.is_empty() {
        out.push(("etapes", marks.join(",")));
    }
    out
}

/// What a link said about the followed route, read parameter by parameter.
#[derive(Default)]
pub struct FromLink {
    route: Option<String>,
    marks: Option<String>,
}

impl FromLink {
    /// Takes `suivi` or `etapes`; `None` for any other parameter.
    pub fn take(&mut self, key: &str, value: &str) -> Option<Result<(), SetAside>> {
        match key {
            "suivi" if is_id(value) => self.route = Some(value.to_string()),
            "suivi" => return Some(Err(SetAside::NotARoute(value.to_string()))),
            "etapes" => self.marks = Some(value.to_string()),
            _ => return None,
        }
        Some(Ok(()))
    }

    /// The progress the link carries: the followed route and its marks. A mark that cannot be
    /// read is set aside in `ignored`, with why.
    pub fn progress(self, ignored: &mut Vec<SetAside>) -> Progress {
        let mut progress = Progress::default();
        let Some(route) = self.route else {
            if self.marks.is_some() {
                ignored.push(SetAside::MarksWithoutRoute);
            }
            return progress;
        };
        for item in self.marks.iter().flat_map(|m| m.split(',')) {
            let read = item.split_once(':').and_then(|(step, status)| {
                let (scope, way) = step.split_once('.')?;
                let status = from_word(STATUSES, status)?;
                (is_id(scope) && is_id(way)).then(|| (format!("{route}/{scope}/{way}"), status))
            });
            match read {
                Some((key, status)) => progress.set(key, status),
                None => ignored.push(SetAside::MarkForm(item.to_string())),
            }
        }
        progress.followed = Some(route);
        progress
    }
}

/// Progress kept before routes were followed: the route with the most marks is the one the
/// person was following (the first such in the marks' order on a tie); none without marks.
pub fn infer_followed(progress: &mut Progress) {
    if progress.followed.is_some() {
        return;
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for key in progress.steps.keys() {
        let route = key.split('/').next().unwrap_or_default();
        match counts.iter_mut().find(|(r, _)| *r == route) {
            Some((_, n)) => *n += 1,
            None => counts.push((route, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    progress.followed = counts
        .iter()
        .find(|(_, n)| *n == best && best > 0)
        .map(|(r, _)| r.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Marks on two routes, as a release before « Je suis ce parcours » kept them.
    fn marked() -> Progress {
        let mut p = Progress {
            version: 1,
            ..Progress::default()
        };
        for (k, s) in [
            ("formation-blocs/mn-ccp1/formation", StepStatus::InProgress),
            ("terrain/mn-ccp1/formation", StepStatus::Done),
            ("terrain/mn-ccp1/experience", StepStatus::Skipped),
        ] {
            p.steps.insert(k.into(), s);
        }
        p
    }

    #[test]
    fn the_followed_route_and_its_marks_go_through_a_link_and_come_back() {
        let mut p = marked();
        p.followed = Some("terrain".into());
        let params = encode(&p);
        assert_eq!(
            params,
            vec![
                ("suivi", "terrain".to_string()),
                (
                    "etapes",
                    "mn-ccp1.experience:passe,mn-ccp1.formation:fait".to_string()
                )
            ]
        );
        let mut back = FromLink::default();
        for (k, v) in &params {
            assert_eq!(back.take(k, v), Some(Ok(())));
        }
        let mut ignored = Vec::new();
        let read = back.progress(&mut ignored);
        assert!(ignored.is_empty(), "{ignored:?}");
        // Only the followed route's marks travel.
        let mut expected = p.clone();
        expected.steps.retain(|k, _| k.starts_with("terrain/"));
        assert_eq!(read, expected);
    }

    #[test]
    fn nothing_travels_without_a_followed_route_and_bad_marks_are_set_aside() {
        assert!(encode(&marked()).is_empty());
        let mut link = FromLink::default();
        assert!(link.take("etapes", "mn-ccp1.formation:fait").is_some());
        let mut ignored = Vec::new();
        assert_eq!(link.progress(&mut ignored), Progress::default());
        assert_eq!(ignored, [SetAside::MarksWithoutRoute]);

        let mut link = FromLink::default();
        assert_eq!(
            link.take("suivi", "../x"),
            Some(Err(SetAside::NotARoute("../x".into())))
        );
        assert_eq!(link.take("age", "30"), None);
        link.take("suivi", "terrain");
        link.take(
            "etapes",
            "mn-ccp1.formation:fini,mn-ccp1:fait,MN.x:fait,mn-ccp1.formation:fait",
        );
        let mut ignored = Vec::new();
        let p = link.progress(&mut ignored);
        let form = |m: &str| SetAside::MarkForm(m.into());
        assert_eq!(
            ignored,
            [
                form("mn-ccp1.formation:fini"),
                form("mn-ccp1:fait"),
                form("MN.x:fait")
            ]
        );
        assert_eq!(p.status("terrain/mn-ccp1/formation"), StepStatus::Done);
        assert_eq!(p.followed.as_deref(), Some("terrain"));
    }

    #[test]
    fn older_progress_follows_the_route_with_the_most_marks() {
        let mut p = marked();
        infer_followed(&mut p);
        assert_eq!(p.followed.as_deref(), Some("terrain"));
        let mut none = Progress::default();
        infer_followed(&mut none);
        assert_eq!(none.followed, None);
        // A route chosen stays chosen.
        let mut chosen = marked();
        chosen.followed = Some("formation-blocs".into());
        infer_followed(&mut chosen);
        assert_eq!(chosen.followed.as_deref(), Some("formation-blocs"));
    }
}
