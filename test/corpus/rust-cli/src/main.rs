use std::collections::HashMap;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Parser;
use owo_colors::OwoColorize;

/// Compare two CSV files keyed by a column.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    old: PathBuf,
    new: PathBuf,
    /// Column that identifies a row.
    #[arg(short, long, default_value = "id")]
    key: String,
}

fn load(path: &PathBuf, key: &str) -> Result<(csv::StringRecord, HashMap<String, csv::StringRecord>)> {
    let mut reader = csv::Reader::from_path(path).with_context(|| format!("opening {}", path.display()))?;
    let headers = reader.headers()?.clone();
    let index = headers.iter().position(|h| h == key).context("key column not found")?;
    let mut rows = HashMap::new();
    for record in reader.records() {
        let record = record?;
        rows.insert(record[index].to_string(), record);
    }
    Ok((headers, rows))
}

fn main() -> Result<()> {
    let args = Args::parse();
    let (_, old) = load(&args.old, &args.key)?;
    let (_, new) = load(&args.new, &args.key)?;
    for (k, row) in &new {
        match old.get(k) {
            None => println!("{} {}", "+".green(), row.iter().collect::<Vec<_>>().join(",")),
            Some(prev) if prev != row => println!("{} {}", "~".yellow(), row.iter().collect::<Vec<_>>().join(",")),
            _ => {}
        }
    }
    for (k, row) in &old {
        if !new.contains_key(k) {
            println!("{} {}", "-".red(), row.iter().collect::<Vec<_>>().join(","));
        }
    }
    Ok(())
}
