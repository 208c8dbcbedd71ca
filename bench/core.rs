//! The native core's speed on the AWS docs example: `cargo bench --bench core`, which `make bench`
//! runs and reports in bench/results.md. Validation makes typed findings; rendering their text is
//! timed apart. Not a test: timings on shared machines are noisy, so this reports and does not
//! assert.

use connect_user_validator::syntax::json;
use connect_user_validator::{validate, IdentityType, Options, Value};
use std::hint::black_box;
use std::time::Instant;

/// Nanoseconds per call: the median of 15 batches of at least 50 ms each, after a warm-up.
fn time(run: impl Fn()) -> f64 {
    let warm = Instant::now();
    let mut calls = 0u64;
    while warm.elapsed().as_millis() < 200 {
        run();
        calls += 1;
    }
    let batch = (calls / 4).max(1);
    let mut samples: Vec<f64> = (0..15)
        .map(|_| {
            let started = Instant::now();
            for _ in 0..batch {
                run();
            }
            started.elapsed().as_nanos() as f64 / batch as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    let docs = json::parse(include_str!("../examples/aws-docs-example.json")).expect("the docs example is JSON");
    let empty = Value::Object(Default::default());
    let options = Options { identity_type: Some(IdentityType::ConnectManaged), ..Options::default() };
    let rows: [(&str, &Value, bool); 4] = [
        ("validate(docs example)", &docs, false),
        ("validate(docs example), message and help read", &docs, true),
        ("validate({})", &empty, false),
        ("validate({}), message and help read", &empty, true),
    ];
    println!("| call | ns per call |\n|---|--:|");
    for (name, request, read) in rows {
        let ns = time(|| {
            let result = validate(black_box(request), &options);
            if read {
                for diagnostic in &result.diagnostics {
                    black_box((diagnostic.message(), diagnostic.help()));
                }
            }
            black_box(result);
        });
        println!("| {name} | {ns:.0} |");
    }
}
