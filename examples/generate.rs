//! Builds a realistic register for benchmarks and trials:
//!
//!     cargo run --release --example generate -- --scale national --out big.db
//!
//! Deterministic for a given seed and day.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

#[path = "../benches/generate/mod.rs"]
mod generate;
use generate::Scale;

#[derive(Parser)]
struct Args {
    /// group (the demo's size) or national (7,000 practices, 50,000 people, 10 years).
    #[arg(long, value_enum, default_value_t = Scale::National)]
    scale: Scale,
    /// The new register file.
    #[arg(long)]
    out: PathBuf,
    #[arg(long, default_value_t = 2027)]
    seed: u64,
    /// The day the register stands on [default: today, or $ENGAGE_TODAY].
    #[arg(long)]
    today: Option<String>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let today = match args
        .today
        .as_deref()
        .map(|d| engage::dates::parse_date(d, "--today"))
        .unwrap_or_else(engage::dates::today)
    {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(e.exit_code());
        }
    };
    let started = std::time::Instant::now();
    match generate::build(&args.out, args.scale, args.seed, today) {
        Ok(made) => {
            eprintln!("{made:?} in {:.1} s: {}", started.elapsed().as_secs_f64(), args.out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
