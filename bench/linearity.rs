//! How parse time and memory grow with input size on pathological inputs: `make fuzz` prints it.
//! Linear growth shows as a ratio near 8 for 8 times the input; quadratic as near 64. Memory is the
//! peak of bytes allocated at once during the call, counted by this binary's allocator.
//! Not a test: timings on shared machines are noisy, so this reports and does not assert.

use connect_user_validator::syntax::{json, shorthand};
use connect_user_validator::{parse_cli_command, plan_user_update, Options, Plan, Value};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// `{"current": …, "desired": …}`: a user with `current` members and the same user with `desired`.
fn plan_pair(current: &str, desired: &str) -> String {
    let ids = "\"Id\":\"u\",\"Arn\":\"arn:aws:connect:us-west-2:123456789012:instance/i/agent/u\"";
    format!("{{\"current\":{{{ids},{current}}},\"desired\":{{{desired}}}}}")
}

/// The plan of the users in a `plan_pair` text.
fn plan(text: &str) -> Plan {
    let pair = json::parse(text).unwrap_or(Value::Null);
    let side = |name: &str| pair.get(name).cloned().unwrap_or(Value::Null);
    plan_user_update(&side("current"), &side("desired"), &Options::default())
}

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let in_use = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(in_use, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The best time of three runs, and the peak of memory allocated during one beyond what was in use.
fn measure(run: impl Fn()) -> (f64, usize) {
    let before = IN_USE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let time = (0..3)
        .map(|_| {
            let started = Instant::now();
            run();
            started.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min);
    (time, PEAK.load(Ordering::Relaxed) - before)
}

fn main() {
    type Family = (&'static str, fn(usize) -> String, fn(&str));
    let families: [Family; 23] = [
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
        (
            "command: backticks in one word",
            |n| format!("aws connect create-user --username {}", "``".repeat(n / 2)),
            |t| drop(parse_cli_command(t)),
        ),
        (
            "command: variables in one quoted word",
            |n| format!("aws connect create-user --username \"{}\"", "$a".repeat(n / 2)),
            |t| drop(parse_cli_command(t)),
        ),
        (
            "command: many unknown words",
            |n| format!("aws connect create-user --username u {}", "--x ".repeat(n / 4)),
            |t| drop(parse_cli_command(t)),
        ),
        (
            "command: many brace expressions",
            |n| format!("aws connect create-user --username {}", "{a,b}".repeat(n / 5)),
            |t| drop(parse_cli_command(t)),
        ),
        (
            "command: many glob words",
            |n| format!("aws connect create-user --security-profile-ids {}", "* ".repeat(n / 2)),
            |t| drop(parse_cli_command(t)),
        ),
        (
            "command: many history expansions",
            |n| format!("aws connect create-user --username {}", "!a".repeat(n / 2)),
            |t| drop(parse_cli_command(t)),
        ),
        (
            "command: many NUL characters",
            |n| format!("aws connect create-user --username {}", "a\0".repeat(n / 2)),
            |t| drop(parse_cli_command(t)),
        ),
        (
            "command: many redirections",
            |n| format!("aws connect create-user --username u {}", "2>&1 ".repeat(n / 5)),
            |t| drop(parse_cli_command(t)),
        ),
        (
            "command: a long --query",
            |n| format!("aws connect create-user --username u --query '{}a'", "a.".repeat(n / 2)),
            |t| drop(parse_cli_command(t)),
        ),
        (
            "command: a --query of many literals",
            |n| format!("aws connect create-user --username u --query '[{}a]'", "`[1, {}]`,".repeat(n / 10)),
            |t| drop(parse_cli_command(t)),
        ),
        (
            "plan: many tags, half changed, half removed",
            |n| {
                let current: String = (0..n / 24).map(|i| format!("\"k{i:07}\":\"a\",")).collect();
                let desired: String = (0..n / 24)
                    .map(|i| format!("\"k{i:07}\":{},", if i % 2 == 0 { "\"b\"" } else { "null" }))
                    .collect();
                plan_pair(&format!("\"Tags\":{{{current}\"z\":\"a\"}}"), &format!("\"Tags\":{{{desired}\"z\":\"a\"}}"))
            },
            |t| drop(plan(t)),
        ),
        (
            "plan: IdentityInfo members removed",
            |n| {
                let current: String = (0..n / 24).map(|i| format!("\"m{i:07}\":\"a\",")).collect();
                let desired: String = (0..n / 24).map(|i| format!("\"m{i:07}\":null,")).collect();
                plan_pair(
                    &format!("\"IdentityInfo\":{{{current}\"FirstName\":\"a\"}}"),
                    &format!("\"IdentityInfo\":{{{desired}\"FirstName\":\"b\"}}"),
                )
            },
            |t| drop(plan(t)),
        ),
        (
            "plan: long channel lists",
            |n| {
                let list = |auto: bool| {
                    "{\"Channel\":\"VOICE\",\"AutoAccept\":true},".repeat(n / 80)
                        + &format!("{{\"Channel\":\"CHAT\",\"AutoAccept\":{auto}}}")
                };
                plan_pair(
                    &format!("\"AutoAcceptConfigs\":[{}]", list(true)),
                    &format!("\"AutoAcceptConfigs\":[{}]", list(false)),
                )
            },
            |t| drop(plan(t)),
        ),
    ];
    let base = 100_000;
    println!(
        "{:<45} {:>11} {:>11} {:>6} {:>10} {:>10} {:>6}",
        "input family", "time at n", "time at 8n", "ratio", "peak at n", "peak at 8n", "ratio"
    );
    let mb = |bytes: usize| bytes as f64 / 1e6;
    for (name, build, parse) in families {
        let small = build(base);
        let large = build(base * 8);
        let ((t_small, m_small), (t_large, m_large)) = (measure(|| parse(&small)), measure(|| parse(&large)));
        println!(
            "{name:<45} {:>9.2}ms {:>9.2}ms {:>6.1} {:>8.1}MB {:>8.1}MB {:>6.1}",
            t_small * 1e3,
            t_large * 1e3,
            t_large / t_small,
            mb(m_small),
            mb(m_large),
            m_large as f64 / m_small.max(1) as f64
        );
    }
    println!("(n = {base} characters; a ratio near 8 is linear, near 64 quadratic; peak = bytes allocated at once)");
}
