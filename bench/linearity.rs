//! How parse time grows with input size on pathological inputs: `make fuzz` prints it.
//! Linear growth shows as a time ratio near 8 for 8 times the input; quadratic as near 64.
//! Not a test: timings on shared machines are noisy, so this reports and does not assert.

use connect_user_validator::parse_cli_command;
use connect_user_validator::syntax::{json, shorthand};
use std::time::Instant;

fn best_of_three(run: impl Fn()) -> f64 {
    (0..3)
        .map(|_| {
            let started = Instant::now();
            run();
            started.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    type Family = (&'static str, fn(usize) -> String, fn(&str));
    let families: [Family; 10] = [
        (
            "shorthand: unclosed quote, then backslashes",
            |n| format!("a=\"{}", "\\".repeat(n)),
            |t| drop(shorthand::parse(t)),
        ),
        ("shorthand: many CSV values", |n| format!("a={}", "x,".repeat(n / 2)), |t| drop(shorthand::parse(t))),
        ("shorthand: backtracking pairs", |n| format!("a=x,{}", "k=x,".repeat(n / 4)), |t| drop(shorthand::parse(t))),
        (
            "shorthand: quotes after an escaped comma",
            |n| format!("a=b{}", ",b=\"".repeat(n / 4)),
            |t| drop(shorthand::parse(t)),
        ),
        (
            "command: one long quoted value",
            |n| format!("aws connect create-user --username '{}'", "x".repeat(n)),
            |t| drop(parse_cli_command(t)),
        ),
        (
            "command: many repeated options",
            |n| format!("aws connect create-user {}", "--username x ".repeat(n / 13)),
            |t| drop(parse_cli_command(t)),
        ),
        (
            "command: many continuations",
            |n| format!("aws connect create-user {}", "\\\n".repeat(n / 2)),
            |t| drop(parse_cli_command(t)),
        ),
        (
            "command: an expansion in each of many words",
            |n| format!("aws connect create-user --security-profile-ids {}", "$a ".repeat(n / 3)),
            |t| drop(parse_cli_command(t)),
        ),
        (
            "command: --cli-input-json with many keys",
            |n| {
                let keys: String = (0..n / 10).map(|i| format!("\"K{i:07}\":1,")).collect();
                format!("aws connect create-user --cli-input-json '{{{keys}\"Username\":\"u\"}}'")
            },
            |t| drop(parse_cli_command(t)),
        ),
        ("json: a long list", |n| format!("[{}1]", "1,".repeat(n / 2)), |t| drop(json::parse(t))),
    ];
    let base = 100_000;
    println!("{:<45} {:>12} {:>12} {:>8}", "input family", "time at n", "time at 8n", "ratio");
    for (name, build, parse) in families {
        let small = build(base);
        let large = build(base * 8);
        let (t_small, t_large) = (best_of_three(|| parse(&small)), best_of_three(|| parse(&large)));
        println!("{name:<45} {:>10.2}ms {:>10.2}ms {:>8.1}", t_small * 1e3, t_large * 1e3, t_large / t_small);
    }
    println!("(n = {base} characters; a ratio near 8 is linear, near 64 quadratic)");
}
