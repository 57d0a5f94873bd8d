//! The performance benchmark: whole-process timings (medians of repeated runs) and peak
//! memory of `engage` commands on the demo register, the national ODS import, and a
//! generated national-scale register, beside the sqlite3 shell's figures on the same
//! machine in the same run.
//!
//!     cargo bench --bench bench              # everything (the national register is built once, ~1 min)
//!     cargo bench --bench bench -- --quick   # the demo register and the import only
//!     ENGAGE_BENCH_POSTGRES=postgresql://postgres@/postgres?host=/tmp/pgsock cargo bench --bench bench
//!                                             # and the national figures on that server too
//!
//! Needs the sqlite3 shell for the reference figures (apt-get install sqlite3); without
//! it those rows say so.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod generate;

const ENGAGE: &str = env!("CARGO_BIN_EXE_engage");
const TODAY: &str = "2027-01-15";

/// Runs a command to completion; returns its wall time and peak resident memory (KiB).
fn run_once(program: &str, args: &[&str], stdin: Option<&Path>) -> (Duration, i64, bool) {
    let mut cmd = Command::new(program);
    cmd.args(args).env("ENGAGE_TODAY", TODAY).env("NO_COLOR", "1").stdout(Stdio::null()).stderr(Stdio::null());
    if let Some(file) = stdin {
        cmd.stdin(std::fs::File::open(file).expect("the input file"));
    } else {
        cmd.stdin(Stdio::null());
    }
    let started = Instant::now();
    // Reaped by wait4 below, which also gives the child's own peak memory.
    #[allow(clippy::zombie_processes)]
    let child = cmd.spawn().expect("the command starts");
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // wait4 gives this child's own peak memory, not the maximum over all children.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    assert_eq!(pid, child.id() as libc::pid_t, "wait4");
    let ok = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    (elapsed, usage.ru_maxrss, ok)
}

struct Figure {
    what: String,
    median: Duration,
    peak_kib: i64,
    runs: usize,
    /// The median of the reference runs made alongside this figure's runs.
    reference: Option<Duration>,
}

fn measure(what: &str, runs: usize, mut each: impl FnMut(usize) -> (Duration, i64, bool)) -> Figure {
    let mut times = Vec::with_capacity(runs);
    let mut peak = 0;
    for i in 0..runs {
        let (t, kib, ok) = each(i);
        assert!(ok, "{what} failed on run {i}");
        times.push(t);
        peak = peak.max(kib);
    }
    Figure { what: what.to_string(), median: median(times), peak_kib: peak, runs, reference: None }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// Like [`measure`], with a run of the reference (the sqlite3 shell) before each run,
/// so that the ratio compares runs made in the same seconds: a machine that slows down
/// for a minute slows both.
///
/// With `sync`, each timed run starts with nothing waiting to be written: the shell's
/// .import does not sync, and on ext4 the next run's fsync would otherwise pay to write
/// the shell's 3 MB as well as its own. Runs that only read go without: a sync before
/// them makes the shell slower than it is (it deletes its -wal and -shm files when it
/// closes, and after a sync that frees and discards their blocks on disk).
fn measure_beside(
    what: &str,
    runs: usize,
    sync: bool,
    mut reference: impl FnMut(usize) -> (Duration, i64, bool),
    mut each: impl FnMut(usize) -> (Duration, i64, bool),
) -> Figure {
    let sync = || {
        if sync {
            unsafe { libc::sync() };
        }
    };
    let mut times = Vec::with_capacity(runs);
    let mut figure = measure(what, runs, |i| {
        sync();
        let (t, _, ok) = reference(i);
        assert!(ok, "the reference failed on run {i}");
        times.push(t);
        sync();
        each(i)
    });
    figure.reference = Some(median(times));
    figure
}

fn engage(db: impl AsRef<std::ffi::OsStr>, what: &str, runs: usize, args: &[&str]) -> Figure {
    let db = db.as_ref().to_str().expect("a register path or URL");
    let mut all = vec!["--db", db];
    all.extend(args);
    measure(what, runs, |_| run_once(ENGAGE, &all, None))
}

/// Drops a file's pages from the page cache, so that the next run reads it from disk.
///
/// How a program's file came into the page cache changes how fast it starts, by as much
/// as 0.2 ms for engage: the pages a linker or `cp` wrote, or `cat` read, sit in large
/// folios, while pages faulted in by running the program sit in 4 KiB pages, which need
/// more TLB entries. The shell and its library were installed long ago and are in the
/// second state; evicting both programs puts engage there too, as after a reboot.
fn evict(path: &Path) {
    use std::os::fd::AsRawFd;
    if let Ok(file) = std::fs::File::open(path) {
        unsafe {
            libc::sync();
            libc::posix_fadvise(file.as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED);
        }
    }
}

/// The sqlite3 shell's program and its SQLite library.
fn shell_files() -> Vec<PathBuf> {
    let Some(shell) = std::env::var_os("PATH")
        .and_then(|paths| std::env::split_paths(&paths).map(|d| d.join("sqlite3")).find(|p| p.is_file()))
    else {
        return Vec::new();
    };
    let libraries = Command::new("ldd").arg(&shell).output().map(|o| o.stdout).unwrap_or_default();
    let libraries = String::from_utf8_lossy(&libraries)
        .split_whitespace()
        .filter(|w| w.starts_with('/') && w.contains("libsqlite3"))
        .map(PathBuf::from)
        .collect::<Vec<_>>();
    std::iter::once(shell).chain(libraries).collect()
}

fn sqlite3() -> Option<&'static str> {
    Command::new("sqlite3").arg("--version").output().ok().filter(|o| o.status.success()).map(|_| "sqlite3")
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn print(section: &str, figures: &[Figure], reference: Option<&str>) {
    println!("\n{section}");
    if let Some(name) = reference {
        let all: Vec<Duration> = figures.iter().filter_map(|f| f.reference).collect();
        if !all.is_empty() {
            println!("  reference: {name}: {} (median of the medians run beside each row)", ms(median(all)));
        }
    }
    for f in figures {
        let ratio = f
            .reference
            .map(|r| format!("{:>6.2}x of {}", f.median.as_secs_f64() / r.as_secs_f64(), ms(r)))
            .unwrap_or_default();
        println!(
            "  {:<58} {:>11}  {ratio}  peak {:>7.1} MiB  ({} runs)",
            f.what,
            ms(f.median),
            f.peak_kib as f64 / 1024.0,
            f.runs
        );
    }
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    println!("engage benchmark: {} ({} cores)", ENGAGE, std::thread::available_parallelism().map_or(1, |n| n.get()));

    // The demo register (31 practices).
    let demo = dir.join("demo.db");
    assert!(run_once(ENGAGE, &["demo", "--db", demo.to_str().unwrap()], None).2, "the demo builds");
    // Every demo figure is measured beside the sqlite3 shell opening a copy of the file
    // and answering one query, run for run. Each has its own copy: the shell deletes the
    // register's -wal and -shm files when it closes, engage's readers leave them, and
    // neither should pay for making what the other deleted.
    let reference = dir.join("reference.db");
    rusqlite::Connection::open(&demo).unwrap().execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
    std::fs::copy(&demo, &reference).unwrap();
    type Run = (Duration, i64, bool);
    let shell = sqlite3();
    let demo_s = demo.to_str().unwrap().to_string();
    let reference_s = reference.to_str().unwrap().to_string();
    let beside = |what: &str,
                  runs: usize,
                  sync: bool,
                  reference: &mut dyn FnMut(usize) -> Run,
                  each: &mut dyn FnMut(usize) -> Run| {
        if shell.is_some() { measure_beside(what, runs, sync, reference, each) } else { measure(what, runs, each) }
    };
    let query = |_: usize| run_once("sqlite3", &[&reference_s, "SELECT count(*) FROM practice;"], None);
    let demo_figure = |what: &str, args: &[&str]| {
        let mut all = vec!["--db", demo_s.as_str()];
        all.extend(args);
        beside(what, 41, false, &mut query.clone(), &mut |_| run_once(ENGAGE, &all, None))
    };
    for file in std::iter::once(PathBuf::from(ENGAGE)).chain(shell_files()) {
        evict(&file);
    }
    let demo_plot = root.join("target").join("bench-demo-funnel.svg").to_str().unwrap().to_string();
    let meeting: i64 = rusqlite::Connection::open(&demo)
        .unwrap()
        .query_row("SELECT max(id) FROM meeting WHERE kind = 'locality' AND date <= ?1", [TODAY], |r| r.get(0))
        .unwrap();
    let meeting = meeting.to_string();
    let figures = vec![
        beside("engage --version", 41, false, &mut query.clone(), &mut |_| run_once(ENGAGE, &["--version"], None)),
        demo_figure("practice list", &["practice", "list"]),
        demo_figure("practice show Z90101", &["practice", "show", "Z90101"]),
        demo_figure(&format!("meeting show {meeting}"), &["meeting", "show", &meeting]),
        demo_figure("report engagement", &["report", "engagement"]),
        demo_figure("session export --month 2026-12", &["session", "export", "--month", "2026-12"]),
        demo_figure("report benchmark items", &["report", "benchmark", "items"]),
        demo_figure("report benchmark items --plot", &["report", "benchmark", "items", "--plot", &demo_plot]),
    ];
    print("Demo register (31 practices)", &figures, Some("sqlite3 open + one query"));

    // The national ODS file: into an empty register and into a full one, each run beside
    // the sqlite3 shell's .import of the same file into a bare table.
    let epraccur = root.join("fixtures/nhs/epraccur-2019-12-full.csv");
    let epraccur_s = epraccur.to_str().unwrap();
    let mut shell_import = |i: usize| {
        let db = dir.join(format!("bare{i}.db"));
        let _ = std::fs::remove_file(&db);
        run_once("sqlite3", &[db.to_str().unwrap(), ".mode csv", &format!(".import {epraccur_s} t")], None)
    };
    let empty = beside(
        "practice import epraccur (14,357 rows) into an empty register",
        11,
        true,
        &mut shell_import,
        &mut |i| {
            let db = dir.join(format!("empty{i}.db"));
            run_once(ENGAGE, &["--db", db.to_str().unwrap(), "-q", "practice", "import", epraccur_s], None)
        },
    );
    let full_db = dir.join("full.db");
    let full_s = full_db.to_str().unwrap();
    assert!(run_once(ENGAGE, &["--db", full_s, "practice", "import", epraccur_s], None).2);
    let full = beside("practice import epraccur into a full register", 11, true, &mut shell_import, &mut |_| {
        run_once(ENGAGE, &["--db", full_s, "-q", "practice", "import", epraccur_s], None)
    });
    print("National epraccur import", &[empty, full], Some("sqlite3 .import into a bare table"));
    if quick {
        return;
    }

    // The national register, built once and kept in target/ for later runs; built
    // again when the schema has moved on, so that no run times a migration.
    let national: PathBuf = root.join("target").join("bench-national-2027.db");
    let current = national.exists()
        && rusqlite::Connection::open(&national)
            .and_then(|c| c.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0)))
            .is_ok_and(|v| v == engage::store::SCHEMA_VERSION);
    if !current {
        for stale in std::fs::read_dir(root.join("target")).into_iter().flatten().flatten() {
            if stale.file_name().to_string_lossy().starts_with("bench-national-2027.db") {
                std::fs::remove_file(stale.path()).expect("removing the stale national register");
            }
        }
        println!("\nbuilding the national register (once): {}", national.display());
        let started = Instant::now();
        let made =
            generate::build(&national, generate::Scale::National, 2027, engage::dates::parse_iso(TODAY).unwrap())
                .expect("the generator");
        println!("  {made:?} in {:.1} s", started.elapsed().as_secs_f64());
    }
    let code = "A10000";
    let mut figures = vec![
        engage(&national, "practice show A10000", 11, &["practice", "show", code]),
        engage(&national, "person show 12345", 11, &["person", "show", "12345"]),
        engage(&national, "meeting show 30000", 11, &["meeting", "show", "30000"]),
    ];
    let board: i64 = rusqlite::Connection::open(&national)
        .unwrap()
        .query_row("SELECT max(id) FROM meeting WHERE kind = 'board'", [], |r| r.get(0))
        .unwrap();
    let board = board.to_string();
    figures.push(engage(&national, &format!("meeting minutes {board}"), 11, &["meeting", "minutes", &board]));
    figures.push(engage(&national, &format!("meeting show {board}"), 11, &["meeting", "show", &board]));
    figures.push(engage(&national, "group show 'Peer group 001'", 11, &["group", "show", "Peer group 001"]));
    figures.push(engage(&national, "action list --overdue", 11, &["action", "list", "--overdue"]));
    figures.push(measure("practice edit (a single-record write)", 11, |i| {
        let phone = format!("01632 96{:04}", i);
        run_once(ENGAGE, &["--db", national.to_str().unwrap(), "-q", "practice", "edit", code, "--phone", &phone], None)
    }));
    // A GP workforce census of every practice (invented headcounts, the national file's
    // columns), for `report coverage`; imported again by later runs, it changes nothing.
    let census = root.join("target").join("bench-census.csv");
    {
        let conn = rusqlite::Connection::open(&national).expect("the national register");
        let mut stmt = conn.prepare("SELECT code FROM practice ORDER BY code").unwrap();
        let codes = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
        let mut file = String::from("PRAC_CODE,TOTAL_GP_HC,TOTAL_GP_FTE,SINGLE_HANDED,DISPENSING_BIN,RUC11CD\n");
        for (i, code) in codes.enumerate() {
            let gps = 1 + (i * 7919) % 15;
            let class = ["A1", "C1", "D1", "E2"][i % 4];
            let (single, dispensing) = (u8::from(gps == 1), u8::from(i % 9 == 0));
            file.push_str(&format!("{},{gps}.0,{}.5,{single},{dispensing},{class}\n", code.unwrap(), gps - 1));
        }
        std::fs::write(&census, file).expect("writing the census");
    }
    figures.push(engage(
        &national,
        "practice import --source workforce (7,000 practices)",
        5,
        &["practice", "import", census.to_str().unwrap(), "--source", "workforce", "--as-at", "2025-09-30"],
    ));
    // Every report for a financial year, every grouping of `report sessions`, the checks
    // and the month's exports.
    figures.extend(national_reads(national.as_os_str()));
    // The whole site: an index, 300 locality pages and 7,000 practice pages.
    let site = root.join("target").join("bench-site");
    figures.push(engage(
        &national,
        "publish --fy 2025-26 (7,000 practice pages)",
        3,
        &["publish", site.to_str().unwrap(), "--fy", "2025-26"],
    ));
    // A year of arrears: 1,000 appointments of 2 sessions a month entered late, from
    // December a year before the open month, in a copy of the register. The preview
    // accrues their 13,000 lines in the transaction it rolls back, run after run.
    let arrears = root.join("target").join("bench-national-arrears.db");
    rusqlite::Connection::open(&national).unwrap().execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
    std::fs::copy(&national, &arrears).expect("copying the national register");
    let conn = rusqlite::Connection::open(&arrears).expect("the copy");
    conn.execute(
        "INSERT INTO appointment (person_id, role, sessions_per_month, from_date)
         SELECT id, 'engagement-lead', 200, '2025-12-01' FROM person WHERE id % 50 = 0 AND left_on IS NULL",
        [],
    )
    .expect("appointing late");
    drop(conn);
    figures.push(engage(
        &arrears,
        "session export --month 2026-12 (a year of arrears)",
        5,
        &["session", "export", "--month", "2026-12"],
    ));
    // A national indicator file: England's practices from the real prescribing file,
    // then every practice of the generated register with invented counts, so that
    // `report benchmark` has 7,000 register practices to set against 7,000 others.
    let indicator = root.join("target").join("bench-indicator.csv");
    let mut file = std::fs::read_to_string(root.join("fixtures/nhs/indicators/practice-factors-2018.csv"))
        .expect("the national prescribing file");
    {
        let conn = rusqlite::Connection::open(&national).expect("the national register");
        let mut stmt = conn.prepare("SELECT code, list_size FROM practice WHERE list_size > 0").unwrap();
        let header = file.lines().next().unwrap().to_string();
        let columns = header.split(',').count();
        let (code_at, items_at, size_at) = (0, 15, 8);
        assert_eq!(
            [header.split(',').nth(items_at), header.split(',').nth(size_at)],
            [Some("total_items"), Some("list_size")]
        );
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))).unwrap();
        for (i, row) in rows.enumerate() {
            let (code, size) = row.unwrap();
            let mut fields = vec![String::new(); columns];
            fields[code_at] = code;
            fields[size_at] = format!("{size}.0");
            fields[items_at] = format!("{}.0", size * (12 + (i as i64 * 7919) % 13));
            file.push_str(&fields.join(","));
            file.push('\n');
        }
    }
    std::fs::write(&indicator, file).expect("writing the indicator file");
    // Added by the first run of the bench on this register; later runs find it there.
    let _ = run_once(ENGAGE, &["--db", national.to_str().unwrap(), "measure", "add", "bench-items"], None);
    let indicator_s = indicator.to_str().unwrap();
    figures.push(engage(
        &national,
        "measure import (14,000 practices, 22,000 rows)",
        5,
        &[
            "measure",
            "import",
            "bench-items",
            indicator_s,
            "--period",
            "2018",
            "--code-column",
            "code",
            "--numerator-column",
            "total_items",
            "--denominator-column",
            "list_size",
        ],
    ));
    // A wide national file of 200 MB (22,000 practices, a thousand indicator columns):
    // read as it arrives, it needs no more memory than a small one.
    let wide = root.join("target").join("bench-wide-indicator.csv");
    if std::fs::metadata(&wide).map(|m| m.len()).unwrap_or(0) < 200_000_000 {
        use std::io::Write;
        let mut out = std::io::BufWriter::new(std::fs::File::create(&wide).expect("the wide file"));
        let columns: Vec<String> = (0..1000).map(|i| format!("ind{i}")).collect();
        writeln!(out, "code,numerator,denominator,{}", columns.join(",")).unwrap();
        let cells = vec!["0.123456"; 1000].join(",");
        for i in 0..22_200 {
            writeln!(out, "X{i:05},{},{},{cells}", 100 + i % 4000, 1000 + i % 19000).unwrap();
        }
    }
    let _ = run_once(ENGAGE, &["--db", national.to_str().unwrap(), "measure", "add", "bench-wide"], None);
    figures.push(engage(
        &national,
        "measure import of a 200 MB file (22,200 rows of 1,003 columns)",
        3,
        &[
            "measure",
            "import",
            "bench-wide",
            wide.to_str().unwrap(),
            "--period",
            "2018",
            "--code-column",
            "code",
            "--numerator-column",
            "numerator",
            "--denominator-column",
            "denominator",
        ],
    ));
    let plot = root.join("target").join("bench-funnel.svg");
    figures.push(engage(
        &national,
        "report benchmark --plot (7,000 register practices)",
        5,
        &["report", "benchmark", "bench-items", "--plot", plot.to_str().unwrap()],
    ));
    print("National register (7,000 practices, 50,000 people, 10 years)", &figures, None);

    if let Ok(server) = std::env::var("ENGAGE_BENCH_POSTGRES") {
        on_server(&server, &national);
    }
}

/// The national register's reports for a financial year (every grouping of `report
/// sessions` too), `db check` and the month's exports, timed on the register `db`.
fn national_reads(db: &std::ffi::OsStr) -> Vec<Figure> {
    let mut reads: Vec<(String, Vec<&str>, usize)> = [
        ("report engagement --fy 2025-26", vec!["report", "engagement", "--fy", "2025-26"]),
        ("report localities --fy 2025-26", vec!["report", "localities", "--fy", "2025-26"]),
        ("report reach --fy 2026-27", vec!["report", "reach", "--fy", "2026-27"]),
        ("report schemes --fy 2026-27", vec!["report", "schemes", "--fy", "2026-27"]),
        ("report sessional-gps --fy 2025-26", vec!["report", "sessional-gps", "--fy", "2025-26"]),
        ("report interests --fy 2025-26", vec!["report", "interests", "--fy", "2025-26"]),
        ("report coverage --fy 2025-26", vec!["report", "coverage", "--fy", "2025-26"]),
        ("report visits", vec!["report", "visits"]),
        ("report skills", vec!["report", "skills"]),
    ]
    .into_iter()
    .map(|(label, args)| (label.to_string(), args, 5))
    .collect();
    for by in ["month", "source", "fund", "role", "person", "locality"] {
        reads.push((
            format!("report sessions --fy 2025-26 --by {by}"),
            vec!["report", "sessions", "--fy", "2025-26", "--by", by],
            5,
        ));
    }
    reads.push(("db check".to_string(), vec!["db", "check"], 3));
    reads.push((
        "session export --month 2026-12 (open month)".to_string(),
        vec!["session", "export", "--month", "2026-12"],
        5,
    ));
    reads.push((
        "session export --month 2026-06 (finalised)".to_string(),
        vec!["session", "export", "--month", "2026-06"],
        5,
    ));
    reads.iter().map(|(label, args, runs)| engage(db, label, *runs, args)).collect()
}

/// The national figures again on a team register: the national register copied into a
/// new database on the server that `ENGAGE_BENCH_POSTGRES` names (a URL whose user may
/// create databases; its own database is left alone), and each read timed with `--db URL`.
fn on_server(server: &str, national: &Path) {
    let engage::store::Location::Server(u) = engage::store::Location::parse(server.as_ref()).expect("the URL") else {
        panic!("ENGAGE_BENCH_POSTGRES is not a postgresql:// URL: {server}");
    };
    let mut config = postgres::Config::new();
    config.host(&u.host).port(u.port).dbname(&u.dbname);
    if let Some(user) = &u.user {
        config.user(user);
    }
    let name = "engage_bench_national";
    let mut admin = config.connect(postgres::NoTls).expect("the benchmark's server");
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    let (head, query) = server.split_once('?').map_or((server, None), |(h, q)| (h, Some(q)));
    let base = head.rsplit_once('/').expect("a URL with a database").0;
    let url = match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    };
    println!("\ncopying the national register to {url}");
    let started = Instant::now();
    let copy = run_once(ENGAGE, &["-q", "db", "copy", national.to_str().unwrap(), &url], None);
    assert!(copy.2, "db copy to the server");
    println!("  in {:.1} s, peak {:.1} MiB", started.elapsed().as_secs_f64(), copy.1 as f64 / 1024.0);
    let mut figures = vec![
        engage(&url, "practice show A10000", 11, &["practice", "show", "A10000"]),
        engage(&url, "person show 12345", 11, &["person", "show", "12345"]),
        engage(&url, "meeting show 30000", 11, &["meeting", "show", "30000"]),
        engage(&url, "action list --overdue", 11, &["action", "list", "--overdue"]),
        measure("practice edit (a single-record write)", 11, |i| {
            let phone = format!("01632 97{:04}", i);
            run_once(ENGAGE, &["--db", &url, "-q", "practice", "edit", "A10000", "--phone", &phone], None)
        }),
    ];
    figures.extend(national_reads(url.as_ref()));
    print("National register on a local PostgreSQL server (the same register, copied)", &figures, None);
    drop(admin);
    let mut admin = config.connect(postgres::NoTls).expect("the benchmark's server");
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
}
