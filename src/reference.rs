//! Finding a record by the name a person would say (the README's Commands: references): titles
//! optional, a unique match by whole words from the start or by surname, and the
//! closest names as a hint when nothing matches.

/// The titles a name may carry or leave out.
const TITLES: &[&str] = &["dr", "prof", "mr", "mrs", "ms", "miss", "mx"];

/// A name's words, lower-cased, without a leading title: `Dr Asha Patel` is
/// `["asha", "patel"]`.
pub fn words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    if words.len() > 1 && TITLES.contains(&words[0].trim_end_matches('.')) {
        words.remove(0);
    }
    words
}

/// How well a reference matches a name: the same words (a title aside), or the name's
/// first words, or its last word (a surname). `None` when it does not match at all.
pub fn strength(reference: &str, name: &str) -> Option<u8> {
    let (r, n) = (words(reference), words(name));
    if r.is_empty() {
        return None;
    }
    if r == n {
        Some(2)
    } else if (r.len() < n.len() && n[..r.len()] == r[..]) || (r.len() == 1 && n.last() == r.first()) {
        Some(1)
    } else {
        None
    }
}

/// The records a reference names among `names` (index, name): the exact ones (a title
/// aside) if any, else those it matches by first words or surname.
pub fn matching<'a>(reference: &str, names: impl Iterator<Item = (usize, &'a str)>) -> Vec<usize> {
    let scored: Vec<(usize, u8)> = names.filter_map(|(i, n)| strength(reference, n).map(|s| (i, s))).collect();
    let best = scored.iter().map(|s| s.1).max().unwrap_or(0);
    scored.into_iter().filter(|s| s.1 == best).map(|s| s.0).collect()
}

/// The (up to three) names nearest to a reference, by edit distance, for a hint.
pub fn closest<'a>(reference: &str, names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let said = words(reference);
    let r = said.join(" ");
    // Against the whole name, its first words and its surname: what a match would use.
    let near = |n: &str| {
        let w = words(n);
        let first = w[..said.len().min(w.len())].join(" ");
        let last = w.last().cloned().unwrap_or_default();
        [w.join(" "), first, last].iter().map(|x| distance(&r, x)).min().unwrap_or(usize::MAX)
    };
    let mut scored: Vec<(usize, &str)> = names.map(|n| (near(n), n)).collect();
    scored.sort();
    let limit = (r.chars().count() / 3).max(3);
    scored.into_iter().filter(|(d, _)| *d <= limit).take(3).map(|(_, n)| n.to_string()).collect()
}

/// The hint for a reference that matched nothing: the closest of `names`, else
/// `otherwise` (where to look).
pub fn hint<'a>(reference: &str, names: impl Iterator<Item = &'a str>, otherwise: &str) -> String {
    let near = closest(reference, names);
    if near.is_empty() {
        otherwise.to_string()
    } else {
        format!("did you mean {}?", near.iter().map(|n| format!("{n:?}")).collect::<Vec<_>>().join(" or "))
    }
}

/// The one record of `records` a reference names (the README): its name in any case, else
/// as people say it ([`matching`]). None is exit 4 with the closest names as a hint;
/// two or more exit 5 with the candidates. `noun` names the kind (`group`) and `list`
/// the command that lists them.
pub fn pick<T>(
    reference: &str,
    records: Vec<T>,
    name: impl Fn(&T) -> &str,
    noun: &str,
    list: &str,
) -> crate::Result<T> {
    let r = reference.trim();
    let exact = records.iter().position(|x| name(x).to_lowercase() == r.to_lowercase());
    let hits = match exact {
        Some(i) => vec![i],
        None => matching(r, records.iter().enumerate().map(|(i, x)| (i, name(x)))),
    };
    match hits.as_slice() {
        [one] => Ok(records.into_iter().nth(*one).expect("a hit is a record")),
        [] => {
            let hint = hint(r, records.iter().map(&name), &format!("`engage {list}` shows them"));
            Err(crate::Error::not_found(format!("no such {noun}: {reference:?}")).with_hint(hint))
        }
        many => Err(crate::Error::conflict(format!("the {noun} reference {reference:?} is ambiguous"))
            .with_details(many.iter().map(|&i| name(&records[i]).to_string()).collect())),
    }
}

/// Levenshtein distance, in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_as_people_say_them() {
        assert_eq!(strength("Asha Patel", "Dr Asha Patel"), Some(2));
        assert_eq!(strength("dr asha patel", "Dr Asha Patel"), Some(2));
        assert_eq!(strength("patel", "Dr Asha Patel"), Some(1));
        assert_eq!(strength("asha", "Dr Asha Patel"), Some(1));
        assert_eq!(strength("evesham", "Evesham and Pershore"), Some(1));
        assert_eq!(strength("pershore", "Evesham and Pershore"), Some(1));
        assert_eq!(strength("and", "Evesham and Pershore"), None);
        assert_eq!(strength("pat", "Dr Asha Patel"), None);
        let names = ["Dr Asha Patel", "Dr Ravi Patel", "Asha Grey"];
        assert_eq!(matching("patel", names.iter().copied().enumerate()), vec![0, 1]);
        assert_eq!(matching("Asha Patel", names.iter().copied().enumerate()), vec![0]);
        assert_eq!(closest("Asha Patil", names.iter().copied()), vec!["Dr Asha Patel"]);
        assert!(closest("Zebedee", names.iter().copied()).is_empty());
    }
}
