//! `syntax::shell` against models of how cmd.exe, the Microsoft C runtime and PowerShell read a
//! command line (which cannot run here), and against real bash, dash and zsh.
#![cfg(not(target_arch = "wasm32"))] // property tests, processes and shells need a native host

use connect_user_validator::model::Shape;
use connect_user_validator::syntax::emit::{plan, to_cli_argv};
use connect_user_validator::syntax::invisible::hides_or_reorders;
use connect_user_validator::syntax::shell::{can_quote, quote, render, split, Shell};
use connect_user_validator::{parse_cli_command, to_cli_command, CommandOptions, Object, Operation, Syntax, Value};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::path::{Path, PathBuf};
use std::process::Command;

const PROGRAM: [&str; 3] = ["aws", "connect", "create-user"];

/// Pieces that mean something to bash, dash, zsh, PowerShell or cmd.exe.
const HOSTILE_PIECES: [&str; 51] = [
    "\"",
    "\\",
    "\\\\\"",
    "'",
    "''",
    "%",
    "%PATH%",
    "%USERNAME%",
    "%path:~0,1%",
    "&",
    "&&",
    "|",
    "^",
    "<",
    ">",
    "2>&1",
    "(",
    ")",
    "!",
    "!!",
    "$",
    "$HOME",
    "$(id)",
    "`id`",
    "${x}",
    "*",
    "?",
    "[a]",
    "~",
    "{a,b}",
    "#",
    "=",
    ";",
    " ",
    "\t",
    "\n",
    "\r",
    "-",
    "--",
    "é",
    "😀",
    "\u{2019}",
    "\u{201B}",
    "`",
    "`n",
    "$env:PATH",
    "@",
    ",",
    "%%",
    "^%",
    "\"^%\"",
];

/// Words made of pieces that mean something to some shell, and any other character but NUL.
fn hostile_word() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(&HOSTILE_PIECES[..]).prop_map(str::to_owned),
        any::<char>().prop_filter("argv words have no NUL", |c| *c != '\0').prop_map(String::from),
        "[a-z0-9]{1,4}",
    ];
    prop::collection::vec(piece, 0..8).prop_map(|pieces| pieces.concat())
}

/// A command: the program, then option lines of one to three words.
fn command_lines(words: Vec<String>, sizes: &[usize]) -> Vec<Vec<String>> {
    let mut lines = vec![PROGRAM.map(str::to_owned).to_vec()];
    let mut rest = words.as_slice();
    for &size in sizes.iter().cycle() {
        if rest.is_empty() {
            break;
        }
        let (line, after) = rest.split_at(size.clamp(1, rest.len()));
        lines.push(line.to_vec());
        rest = after;
    }
    lines
}

fn argv_of(lines: &[Vec<String>]) -> Vec<String> {
    lines.concat()
}

// ---------------------------------------------------------------------------------------------
// cmd.exe and the Microsoft C runtime

/// What cmd.exe at the interactive prompt makes of a typed command line: the command line the
/// program receives, or what cmd.exe would do instead of running exactly one program.
///
/// Phase 1 (per physical line) expands `%NAME%` when NAME is defined; at the prompt an undefined
/// `%NAME%` stays, and scanning continues at its second `%`. Every name that does not start with `"`
/// counts as defined here, which covers PATH, USERNAME, CD, RANDOM and every other real variable.
/// Phase 2 toggles the quote state at every `"`; outside quotes `^` escapes the next character (a
/// newline too, which joins the next line), and `& | < > ( )` are operators.
fn cmd_exe(typed: &str) -> Result<String, String> {
    let mut expanded = Vec::new();
    for line in typed.split('\n') {
        let mut out = String::new();
        let mut rest = line;
        while let Some(percent) = rest.find('%') {
            out.push_str(&rest[..=percent]);
            rest = &rest[percent + 1..];
            if let Some(close) = rest.find('%') {
                let name = &rest[..close];
                if !name.starts_with('"') {
                    return Err(format!("%{name}% could expand"));
                }
                out.push_str(name);
                rest = &rest[close..];
            }
        }
        out.push_str(rest);
        expanded.push(out);
    }
    let joined = expanded.join("\n");
    let mut program_line = String::new();
    let mut quoted = false;
    let mut chars = joined.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                quoted = !quoted;
                program_line.push(c);
            }
            '\n' => return Err("a line break ends the command".to_owned()),
            c if quoted => program_line.push(c),
            '^' => match chars.next() {
                Some('\n') => program_line.extend(chars.next()),
                escaped => program_line.extend(escaped),
            },
            '&' | '|' | '<' | '>' | '(' | ')' => return Err(format!("{c} is an operator outside quotes")),
            c => program_line.push(c),
        }
    }
    Ok(program_line)
}

/// The program name, as both argument splitters read it: quotes toggle, nothing else is special.
fn program_name(chars: &[char]) -> (String, usize) {
    let mut name = String::new();
    let mut quoted = false;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted && (c == ' ' || c == '\t') {
            break;
        } else {
            name.push(c);
        }
        i += 1;
    }
    (name, i)
}

/// The Universal CRT's argv (ucrt `argv_parsing.cpp`): `2n` backslashes and a quote are n
/// backslashes and a quote toggle, `2n+1` and a quote are n and a literal quote, and `""` inside
/// quotes is a literal quote.
fn ucrt_argv(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let (name, mut i) = program_name(&chars);
    let mut argv = vec![name];
    loop {
        while matches!(chars.get(i), Some(' ' | '\t')) {
            i += 1;
        }
        if i >= chars.len() {
            return argv;
        }
        let mut arg = String::new();
        let mut quoted = false;
        loop {
            let mut backslashes = 0;
            while chars.get(i) == Some(&'\\') {
                backslashes += 1;
                i += 1;
            }
            let mut copy = true;
            if chars.get(i) == Some(&'"') {
                if backslashes % 2 == 0 {
                    if quoted && chars.get(i + 1) == Some(&'"') {
                        i += 1;
                    } else {
                        copy = false;
                        quoted = !quoted;
                    }
                }
                backslashes /= 2;
            }
            arg.extend(std::iter::repeat_n('\\', backslashes));
            match chars.get(i) {
                None => break,
                Some(' ' | '\t') if !quoted => break,
                Some(&c) if copy => arg.push(c),
                Some(_) => {}
            }
            i += 1;
        }
        argv.push(arg);
    }
}

/// `CommandLineToArgvW` and the pre-2008 C runtime, as Wine models them: consecutive quotes count
/// modulo 3, so `""` inside quotes is a literal quote that also ends the quoted part.
fn command_line_to_argv_w(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let (name, mut i) = program_name(&chars);
    let mut argv = vec![name];
    let mut arg: Option<String> = None;
    let (mut quotes, mut backslashes) = (0, 0);
    while let Some(&c) = chars.get(i) {
        i += 1;
        if (c == ' ' || c == '\t') && quotes == 0 {
            argv.extend(arg.take());
            backslashes = 0;
            continue;
        }
        let current = arg.get_or_insert_with(String::new);
        match c {
            '\\' => {
                current.push(c);
                backslashes += 1;
                continue;
            }
            '"' => {
                for _ in 0..backslashes / 2 + backslashes % 2 {
                    current.pop();
                }
                if backslashes % 2 == 0 {
                    quotes += 1;
                } else {
                    current.push('"');
                }
                while chars.get(i) == Some(&'"') {
                    quotes += 1;
                    if quotes == 3 {
                        current.push('"');
                        quotes = 0;
                    }
                    i += 1;
                }
                if quotes == 2 {
                    quotes = 0;
                }
            }
            c => current.push(c),
        }
        backslashes = 0;
    }
    argv.extend(arg);
    argv
}

proptest! {
    #![proptest_config(Config { cases: 2000, ..Config::default() })]

    #[test]
    fn cmd_quoting_survives_cmd_exe_and_the_c_runtime(
        words in prop::collection::vec(hostile_word(), 1..5),
        sizes in prop::collection::vec(1..4usize, 1..4),
        multiline: bool,
    ) {
        let words: Vec<String> = words.into_iter().filter(|w| can_quote(w, Shell::Cmd)).collect();
        let lines = command_lines(words, &sizes);
        let typed = render(&lines, Shell::Cmd, multiline);
        let program_line = cmd_exe(&typed).map_err(|e| TestCaseError::fail(format!("{typed:?}: {e}")))?;
        prop_assert_eq!(ucrt_argv(&program_line), argv_of(&lines), "{:?} became {:?}", typed, program_line);
    }

    #[test]
    fn cmd_quoting_stays_safe_for_words_cmd_exe_cannot_carry(word in hostile_word()) {
        let program_line = cmd_exe(&format!("aws {}", quote(&word, Shell::Cmd))).map_err(TestCaseError::fail)?;
        let shown = word.replace(['\n', '\r', '\u{1A}'], "\u{FFFD}");
        prop_assert_eq!(ucrt_argv(&program_line), vec!["aws".to_owned(), shown]);
    }

    #[test]
    fn cmd_words_without_quotes_split_the_same_under_command_line_to_argv_w(word in hostile_word()) {
        prop_assume!(can_quote(&word, Shell::Cmd) && !word.contains('"'));
        let program_line = cmd_exe(&format!("aws {}", quote(&word, Shell::Cmd))).map_err(TestCaseError::fail)?;
        prop_assert_eq!(command_line_to_argv_w(&program_line), vec!["aws".to_owned(), word]);
    }
}

#[test]
fn the_reference_splitters_follow_the_documented_examples() {
    // Microsoft's "Parsing C command-line arguments" table, then the `""` rule of each splitter.
    for (line, argv) in [
        (r#"p "abc" d e"#, vec!["abc", "d", "e"]),
        (r"p a\\b d\\\e", vec![r"a\\b", r"d\\\e"]),
        (r#"p a\\\"b c d"#, vec![r#"a\"b"#, "c", "d"]),
        (r#"p a\\\\"b c" d e"#, vec![r"a\\b c", "d", "e"]),
        (r#"p a"b"" c d"#, vec![r#"ab" c d"#]),
    ] {
        let expected: Vec<String> = std::iter::once("p").chain(argv).map(str::to_owned).collect();
        assert_eq!(ucrt_argv(line), expected, "{line}");
    }
    assert_eq!(command_line_to_argv_w(r#"p a"b"" c d"#), ["p", r#"ab""#, "c", "d"]);
    assert_eq!(command_line_to_argv_w(r#"p """a b""" "" x"#), ["p", r#""a"#, r#"b""#, "", "x"]);
}

#[test]
fn embedded_quotes_are_exact_only_for_universal_crt_programs() {
    // `aws.exe` uses the Universal CRT; a CommandLineToArgvW program would split this word.
    let program_line = cmd_exe(&format!("aws {}", quote("a\" b", Shell::Cmd))).unwrap();
    assert_eq!(ucrt_argv(&program_line), ["aws", "a\" b"]);
    assert_eq!(command_line_to_argv_w(&program_line), ["aws", "a\"", "b"]);
}

#[test]
fn the_cmd_exe_model_catches_what_quoting_must_prevent() {
    assert!(cmd_exe(r#"aws "a"&calc"#).is_err());
    assert!(cmd_exe(r#"aws "%PATH%""#).is_err());
    assert!(cmd_exe(r#"aws "a\"&calc""#).is_err());
    assert!(cmd_exe("aws a\ncalc").is_err());
    assert_eq!(cmd_exe("aws ^\n    \"a&b\" x^&y").as_deref(), Ok(r#"aws     "a&b" x&y"#));
}

// ---------------------------------------------------------------------------------------------
// PowerShell

const POWERSHELL_SINGLE_QUOTES: [char; 5] = ['\'', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}'];

/// How PowerShell reads a rendered command's arguments: single-quoted strings as its tokenizer's
/// `ScanStringLiteral` does (two single-quote characters in a row are one literal character, the
/// first one not followed by another ends the string, nothing else is special), bare words only
/// from characters argument mode reads literally, and a backtick before a newline as a line
/// continuation. Anything else is refused.
fn powershell_argv(command: &str) -> Result<Vec<String>, String> {
    let chars: Vec<char> = command.chars().collect();
    let mut argv = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c == ' ' {
            i += 1;
        } else if c == '`' && chars.get(i + 1) == Some(&'\n') {
            i += 2;
        } else if POWERSHELL_SINGLE_QUOTES.contains(&c) {
            let mut arg = String::new();
            i += 1;
            loop {
                let c = *chars.get(i).ok_or("unterminated string")?;
                i += 1;
                if POWERSHELL_SINGLE_QUOTES.contains(&c) {
                    match chars.get(i) {
                        Some(&next) if POWERSHELL_SINGLE_QUOTES.contains(&next) => {
                            arg.push(next);
                            i += 1;
                        }
                        _ => break,
                    }
                } else {
                    arg.push(c);
                }
            }
            if !matches!(chars.get(i), None | Some(' ')) {
                return Err(format!("a string runs into {:?}", chars.get(i)));
            }
            argv.push(arg);
        } else {
            let end = chars[i..].iter().position(|&c| c == ' ').map_or(chars.len(), |n| i + n);
            let bare: String = chars[i..end].iter().collect();
            let literal = bare.chars().all(|c| c.is_ascii_alphanumeric() || "_./:=+-".contains(c));
            let option = bare.strip_prefix("--").is_some_and(|name| {
                !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            });
            if !literal || (bare.starts_with('-') && !option) {
                return Err(format!("the bare word {bare:?} is not literal in argument mode"));
            }
            argv.push(bare);
            i = end;
        }
    }
    Ok(argv)
}

proptest! {
    #![proptest_config(Config { cases: 2000, ..Config::default() })]

    #[test]
    fn powershell_quoting_survives_its_tokenizer(
        words in prop::collection::vec(hostile_word(), 1..5),
        sizes in prop::collection::vec(1..4usize, 1..4),
        multiline: bool,
    ) {
        let lines = command_lines(words, &sizes);
        let typed = render(&lines, Shell::PowerShell, multiline);
        let argv = powershell_argv(&typed).map_err(|e| TestCaseError::fail(format!("{typed:?}: {e}")))?;
        prop_assert_eq!(argv, argv_of(&lines), "{:?}", typed);
    }
}

// ---------------------------------------------------------------------------------------------
// POSIX: split reads back what render writes

proptest! {
    #![proptest_config(Config { cases: 3000, ..Config::default() })]

    #[test]
    fn split_reads_back_rendered_posix_commands(
        words in prop::collection::vec(
            prop_oneof![hostile_word(), any::<String>().prop_map(|s| s.replace('\0', ""))],
            0..8,
        ),
        sizes in prop::collection::vec(1..4usize, 1..4),
        multiline: bool,
    ) {
        let lines = command_lines(words, &sizes);
        let typed = render(&lines, Shell::Posix, multiline);
        let split = split(&typed).map_err(|e| TestCaseError::fail(format!("{typed:?}: {e}")))?;
        prop_assert!(split.words.iter().all(|w| w.expansions.is_empty()), "{:?}", typed);
        prop_assert!(split.notices.is_empty() && split.redirections.is_empty() && split.pipe.is_none(), "{:?}", typed);
        let texts: Vec<String> = split.words.into_iter().map(|w| w.text).collect();
        prop_assert_eq!(texts, argv_of(&lines), "{:?}", typed);
    }

    #[test]
    fn split_never_panics_and_its_spans_point_into_the_text(
        text in prop_oneof![any::<String>(), "[-$'\"`(){}\\ \n\r\t#~=:;&|<>^a-z0-9_é]{0,40}"],
    ) {
        match split(&text) {
            Ok(command) => {
                for word in &command.words {
                    prop_assert!(text.get(word.span.clone()).is_some(), "{:?}", word);
                    for expansion in &word.expansions {
                        let source = text.get(expansion.span.clone());
                        prop_assert!(source.is_some_and(|source| word.text.contains(source)), "{:?}", expansion);
                    }
                }
                let spans = command.notices.iter().map(|n| &n.span).chain(&command.redirections).chain(&command.pipe);
                for span in spans {
                    prop_assert!(text.get(span.clone()).is_some_and(|s| !s.is_empty()), "{:?}", span);
                }
            }
            Err(error) => prop_assert!(text.get(error.span.clone()).is_some_and(|s| !s.is_empty()), "{:?}", error),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Real shells

/// A directory whose `aws` prints its argument count and arguments, each followed by NUL.
struct StubDirectory(PathBuf);

impl StubDirectory {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("connect-user-validator-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let stub = dir.join("aws");
        std::fs::write(&stub, "#!/bin/sh\nprintf '%s\\0' \"$#\" \"$@\"\n").unwrap();
        let mut permissions = std::fs::metadata(&stub).unwrap().permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
        std::fs::set_permissions(&stub, permissions).unwrap();
        StubDirectory(dir)
    }

    /// Runs `script` with `shell -c` in the directory, with the stub first on PATH, and returns
    /// the argv of every `aws` it ran.
    fn run(&self, shell: &str, script: &str) -> Vec<Vec<String>> {
        let path = format!("{}:{}", self.0.display(), std::env::var("PATH").unwrap_or_default());
        let output = match Command::new(shell).arg("-c").arg(script).current_dir(&self.0).env("PATH", path).output() {
            Ok(output) => output,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                panic!("{shell} is not installed; `make test` installs bash, dash and zsh")
            }
            Err(e) => panic!("{shell} did not start: {e}"),
        };
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success() && stderr.is_empty(), "{shell} failed: {stderr}");
        let stdout = String::from_utf8(output.stdout).expect("the arguments are UTF-8");
        let mut fields = stdout.split_terminator('\0');
        let mut runs = Vec::new();
        while let Some(count) = fields.next() {
            let count: usize = count.parse().unwrap_or_else(|_| panic!("{shell}: {count:?} is not a count"));
            runs.push(fields.by_ref().take(count).map(str::to_owned).collect());
        }
        runs
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for StubDirectory {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Words aimed at one expansion or parsing rule each; `MARKER` becomes a file that must not appear.
const NASTY_WORDS: [&str; 61] = [
    "$(touch MARKER)",
    "`touch MARKER`",
    "\"$(touch MARKER)\"",
    "';touch MARKER;'",
    "x; touch MARKER",
    "x && touch MARKER",
    "| touch MARKER",
    "$(id)",
    "`id`",
    "$HOME",
    "${HOME}",
    "$((1+1))",
    "'",
    "\"",
    "\\",
    "\\'",
    "'\\''",
    "!",
    "!!",
    "!$",
    "x!-1",
    "*",
    "?",
    "[ab]",
    "~",
    "~/x",
    "~root",
    "x=~/y",
    "{a,b}",
    "#x",
    "=ls",
    "==",
    "=",
    "a\nb",
    "\n",
    "x\n",
    "\ttab",
    "cr\r",
    "😀",
    "-x",
    "--",
    "--flag=$(id)",
    "",
    " ",
    "$",
    "$'x'",
    "%PATH%",
    "^",
    "<",
    ">x",
    "2>&1",
    "&",
    "(",
    ")",
    "@x",
    "a b",
    "\u{2019}",
    "a\n^b^c",
    "\n^\n^",
    "x\n!!",
    "\n!-1",
];

/// The nasty words, then seeded hostile words up to 300.
fn nasty_words(marker: &Path) -> Vec<String> {
    let marker = marker.display();
    let mut words: Vec<String> = NASTY_WORDS.iter().map(|w| w.replace("MARKER", &marker.to_string())).collect();
    let mut runner = TestRunner::new_with_rng(Config::default(), TestRng::from_seed(RngAlgorithm::ChaCha, &[42; 32]));
    while words.len() < 300 {
        words.push(hostile_word().new_tree(&mut runner).expect("a word").current());
    }
    words
}

#[test]
fn bash_dash_and_zsh_receive_every_word_unchanged() {
    let dir = StubDirectory::new("real-shells");
    let marker = dir.path("pwned");
    let words = nasty_words(&marker);
    let commands: Vec<Vec<Vec<String>>> =
        words.chunks(6).enumerate().map(|(i, chunk)| command_lines(chunk.to_vec(), &[1 + i % 3, 2, 1])).collect();
    let expected: Vec<Vec<String>> = commands.iter().map(|lines| argv_of(lines)[1..].to_vec()).collect();
    for multiline in [false, true] {
        let script: Vec<String> = commands.iter().map(|lines| render(lines, Shell::Posix, multiline)).collect();
        let script = script.join("\n");
        // bash with history expansion, as at an interactive prompt.
        let histexpand = format!("set -o history -o histexpand\n{script}");
        for (shell, script) in [("bash", &script), ("bash", &histexpand), ("dash", &script), ("zsh", &script)] {
            let runs = dir.run(shell, script);
            assert_eq!(runs.len(), expected.len(), "{shell}, multiline {multiline}");
            for (run, expected) in runs.iter().zip(&expected) {
                assert_eq!(run, expected, "{shell}, multiline {multiline}");
            }
        }
    }
    assert!(!marker.exists(), "a word ran a command");
}

/// A word as someone might type it: bare characters, backslash escapes and continuations, and
/// single-quoted, double-quoted and (when `ansi_c`) `$'…'` parts, with nothing a shell expands.
fn typed_word(ansi_c: bool) -> impl Strategy<Value = String> {
    let content = |excluded: &'static str| {
        prop_oneof![
            any::<char>().prop_filter("no NUL", move |c| *c != '\0' && !excluded.contains(*c)).prop_map(String::from),
            "[a-z ]{1,3}",
        ]
    };
    let escaped = prop::sample::select(vec![
        "$", "'", "\"", " ", ";", "&", "|", "*", "~", "{", "#", "\\", "a", "é", "(", "!", "`", "<", "=", "\n",
    ])
    .prop_map(|c| format!("\\{c}"));
    let single = prop::collection::vec(content("'"), 0..4).prop_map(|parts| format!("'{}'", parts.concat()));
    let double_part = prop_oneof![
        content("\"$`\\!"),
        prop::sample::select(vec!["\\\\", "\\\"", "\\$", "\\`", "\\a", "\\\n", "\\'"]).prop_map(str::to_owned),
    ];
    let double = prop::collection::vec(double_part, 0..4).prop_map(|parts| format!("\"{}\"", parts.concat()));
    let ansi_c_part = prop_oneof![
        content("'\\"),
        prop::sample::select(vec![
            "\\n",
            "\\t",
            "\\\\",
            "\\'",
            "\\\"",
            "\\r",
            "\\a",
            "\\b",
            "\\e",
            "\\E",
            "\\f",
            "\\v",
            "\\?",
            "\\x41",
            "\\x7",
            "\\101",
            "\\7",
            "\\1234",
            "\\u00e9",
            "\\u20AC",
            "\\U0001F600",
            "\\xc3\\xa9",
        ])
        .prop_map(str::to_owned),
    ];
    let ansi = prop::collection::vec(ansi_c_part, 0..4).prop_map(|parts| format!("$'{}'", parts.concat()));
    let bare = "[A-Za-z0-9_@%+,./:-]{1,4}|é|😀".prop_map(|s| s.to_string());
    let piece = if ansi_c {
        prop_oneof![bare, escaped, single, double, ansi].boxed()
    } else {
        prop_oneof![bare, escaped, single, double].boxed()
    };
    prop::collection::vec(piece, 1..4).prop_map(|pieces| pieces.concat())
}

/// A pasted command: `aws`, typed words with blanks and continuations between them, sometimes a
/// comment at the end.
fn typed_command(ansi_c: bool) -> impl Strategy<Value = String> {
    let separator = prop::sample::select(vec![" ", "\t", " \\\n", "  \\\n    "]);
    let comment = prop::option::of(Just(" # a comment; with | operators & `stuff`"));
    (prop::collection::vec((separator, typed_word(ansi_c)), 0..6), comment).prop_map(|(words, comment)| {
        let mut command = "aws".to_owned();
        for (separator, word) in words {
            command.push_str(separator);
            command.push_str(&word);
        }
        command.extend(comment);
        command
    })
}

#[test]
fn split_agrees_with_bash_dash_and_zsh_on_typed_commands() {
    let dir = StubDirectory::new("typed-commands");
    let mut runner = TestRunner::new_with_rng(Config::default(), TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]));
    for (shells, ansi_c) in [(&["bash", "zsh"][..], true), (&["dash"][..], false)] {
        let commands: Vec<String> =
            (0..300).map(|_| typed_command(ansi_c).new_tree(&mut runner).expect("a command").current()).collect();
        let split_words: Vec<Vec<String>> = commands
            .iter()
            .map(|command| {
                let split = split(command).unwrap_or_else(|e| panic!("{command:?}: {e}"));
                assert!(split.words.iter().all(|w| w.expansions.is_empty()), "{command:?}");
                assert!(split.notices.is_empty(), "{command:?}: {:?}", split.notices);
                split.words.into_iter().skip(1).map(|w| w.text).collect()
            })
            .collect();
        let script = commands.join("\n");
        for shell in shells {
            let runs = dir.run(shell, &script);
            assert_eq!(runs.len(), commands.len(), "{shell}");
            for ((run, ours), command) in runs.iter().zip(&split_words).zip(&commands) {
                assert_eq!(ours, run, "{shell} reads {command:?} differently");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// What the shells do beyond splitting: brace expansion, globs, history expansion, NUL

/// The ways a pasted command is run here: `(shell, interactive)`.
const MODES: [(&str, bool); 5] = [("bash", false), ("dash", false), ("zsh", false), ("bash", true), ("zsh", true)];

/// Runs `script` (one command) as standard input of `shell` in an empty directory, with the stub
/// `aws` on PATH and no history; returns the argv `aws` got, or `None` when the shell ran nothing.
fn run_typed(
    stubs: &StubDirectory,
    empty: &Path,
    shell: &str,
    interactive: bool,
    script: &[u8],
) -> Option<Vec<Vec<u8>>> {
    use std::io::Write;
    let mut command = Command::new(shell);
    match (shell, interactive) {
        ("bash", true) => command.args(["--norc", "-i"]),
        ("bash", false) => command.arg("--norc"),
        ("zsh", true) => command.args(["-f", "-i"]),
        ("zsh", false) => command.arg("-f"),
        _ => &mut command,
    };
    let path = format!("{}:{}", stubs.0.display(), std::env::var("PATH").unwrap_or_default());
    let mut child = command
        .current_dir(empty)
        .env("PATH", path)
        .env("HOME", empty)
        .env_remove("HISTFILE")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{shell} did not start: {e}"));
    child.stdin.take().expect("stdin").write_all(script).expect("the script is written");
    let output = child.wait_with_output().expect("the shell ends");
    let mut fields = output.stdout.split(|&b| b == 0);
    let count: usize = std::str::from_utf8(fields.next()?).ok()?.parse().ok()?;
    Some(fields.take(count).map(<[u8]>::to_vec).collect())
}

/// Words aimed at brace expansion, globs, zsh's `=name`, history expansion and NUL characters, and
/// near misses; each is pasted as `aws WORD`.
const SHELL_EFFECT_WORDS: &[&str] = &[
    "{a,b}",
    "x{a,b}y",
    "{1..3}",
    "{a..c}",
    "{1..a}",
    "{a..e..2}",
    "{+1..3}",
    "{-1..1}",
    "{a}",
    "{}",
    "{a,b",
    "{\"a,b\"}",
    "{a\\,b}",
    "a,b}",
    "{a}}",
    "a}b",
    "'a'}",
    "{a,'b c'}",
    "{{a,b},c}",
    "{x{a,b}}",
    "{a,}",
    "a{,}b",
    "{1...3}",
    "*",
    "a?b",
    "[ab]",
    "[a/b]",
    "[",
    "a[b",
    "[a",
    "a]",
    "[]",
    "\\*",
    "'*'",
    "\"[a]\"",
    "--x=[ab]",
    "a=*",
    "=ls",
    "=",
    "==",
    "=nonexistentcommand",
    "a=b",
    "a!b",
    "\"a!b\"",
    "'a!b'",
    "a\\!b",
    "a!",
    "a! b",
    "a!=b",
    "a!'b'",
    "\"a!\"",
    "\"a\\!b\"",
    "!",
    "x!!",
    "a!#",
    "a!$",
    "'a\n!b'",
    "\"a\n^b^c\"",
    "a \\\n^b^c",
    "a \\\n  ^b^c",
    "'a\n^b^c'",
    "^b^c",
    "a\0b",
    "'a\0b'",
    "\"a\0b\"",
    "abc",
    "a,b",
    "a%b",
    "a^b",
];

/// Which modes (indexes into [`MODES`]) the split's notices say would not pass the words as split.
fn expected_modes(command: &str) -> Vec<usize> {
    use connect_user_validator::syntax::shell::NoticeKind::*;
    let split = split(command).unwrap_or_else(|e| panic!("{command:?}: {e}"));
    let mut modes = Vec::new();
    for notice in &split.notices {
        let (bash, dash, zsh, interactive_only) = match notice.kind {
            BraceList { .. } => (true, false, true, false),
            BraceSequence(shells) => (shells.bash, false, shells.zsh, false),
            // In an empty directory globs are left alone except by zsh, which refuses them.
            ZshCloseBrace | Glob | UnclosedBracket | CommandPath | Nul => (false, false, true, false),
            History(shells) => (shells.bash, false, shells.zsh, true),
            HistoryBackslash => (false, false, true, true),
        };
        for (at, (shell, interactive)) in MODES.iter().enumerate() {
            let named = match *shell {
                "bash" => bash,
                "dash" => dash,
                _ => zsh,
            };
            if named && (*interactive || !interactive_only) && !modes.contains(&at) {
                modes.push(at);
            }
        }
    }
    modes.sort_unstable();
    modes
}

/// Every notice names exactly the shells that do not pass the words as split, checked by running
/// each word through bash, dash and zsh, in scripts and at an interactive prompt (history).
#[test]
fn notices_name_the_shells_that_change_the_words() {
    let stubs = StubDirectory::new("shell-effects");
    let empty = stubs.path("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let mut failures = Vec::new();
    for word in SHELL_EFFECT_WORDS {
        let command = format!("aws {word}");
        let ours: Vec<Vec<u8>> =
            split(&command).unwrap().words.into_iter().skip(1).map(|w| w.text.into_bytes()).collect();
        let expected = expected_modes(&command);
        let mut changed = Vec::new();
        for (at, (shell, interactive)) in MODES.iter().enumerate() {
            let script = format!("{command}\n");
            if run_typed(&stubs, &empty, shell, *interactive, script.as_bytes()).as_ref() != Some(&ours) {
                changed.push(at);
            }
        }
        if changed != expected {
            let names = |modes: &[usize]| modes.iter().map(|&m| format!("{:?}", MODES[m])).collect::<Vec<_>>();
            failures.push(format!("{command:?}: changed by {:?}, notices say {:?}", names(&changed), names(&expected)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Emitted commands: what shows is what runs

/// Every character that hides or reorders text, each in one request, in a string member, a list
/// item, a structure member, a tag key and value and an unknown member's name, next to a character
/// some shell or JSON treats specially.
fn requests_with_hidden_characters() -> Vec<Object> {
    let neighbours = ["", "\"", "'", "\\", "%", "&", " ", "\n", "$(id)", "é"];
    (0..=0x10FFFF)
        .filter_map(char::from_u32)
        .filter(|&c| hides_or_reorders(c))
        .enumerate()
        .map(|(i, c)| {
            let n = neighbours[i % neighbours.len()];
            let text = |s: String| Value::String(s);
            let object = |members: Vec<(String, Value)>| members.into_iter().collect::<Object>();
            object(vec![
                ("InstanceId".into(), text("i".into())),
                ("Username".into(), text(format!("u{c}{n}"))),
                ("Password".into(), text(format!("P{c}ss"))),
                ("SecurityProfileIds".into(), Value::Array(vec![text(c.to_string()), text("s".into())])),
                ("RoutingProfileId".into(), text("r".into())),
                (
                    "IdentityInfo".into(),
                    object(vec![
                        ("FirstName".into(), text(format!("{c}{n}"))),
                        ("LastName".into(), text(format!("x{c}y"))),
                    ])
                    .into(),
                ),
                ("Tags".into(), object(vec![(format!("k{c}"), text(format!("v{n}{c}")))]).into()),
                (format!("Extra{c}"), text("e".into())),
            ])
        })
        .collect()
}

#[test]
fn emitted_commands_show_no_character_that_hides_or_reorders_text() {
    let requests = requests_with_hidden_characters();
    assert_eq!(requests.len(), 172);
    let dir = StubDirectory::new("hidden-characters");
    for syntax in [Syntax::Shorthand, Syntax::Json] {
        for shell in Shell::ALL {
            for multiline in [false, true] {
                let options = CommandOptions { shell, syntax, multiline, redact_password: false };
                let commands: Vec<String> =
                    requests.iter().map(|request| to_cli_command(request, Operation::CreateUser, &options)).collect();
                let argvs: Vec<Vec<String>> = requests
                    .iter()
                    .map(|request| {
                        let options = plan(request, Operation::CreateUser, syntax, shell)
                            .iter()
                            .flat_map(|option| option.argv())
                            .collect::<Vec<_>>();
                        ["connect", "create-user"].iter().map(|w| w.to_string()).chain(options).collect()
                    })
                    .collect();
                for ((command, argv), request) in commands.iter().zip(&argvs).zip(&requests) {
                    assert!(!command.chars().any(hides_or_reorders), "{shell:?} {syntax:?}: {command:?}");
                    let read = match shell {
                        Shell::Posix => split(command)
                            .map(|command| command.words.into_iter().skip(1).map(|w| w.text).collect())
                            .ok(),
                        Shell::PowerShell => powershell_argv(command).ok().map(|words| words[1..].to_vec()),
                        Shell::Cmd => cmd_exe(command).ok().map(|line| ucrt_argv(&line)[1..].to_vec()),
                    };
                    assert_eq!(read.as_ref(), Some(argv), "{shell:?} {syntax:?}: {command:?}");
                    // The CLI reads the argv (as a POSIX command, which parse_cli_command reads the
                    // CLI's way) as exactly the request.
                    let posix = render(
                        &[["aws".to_owned()].into_iter().chain(argv.iter().cloned()).collect()],
                        Shell::Posix,
                        false,
                    );
                    let parsed = parse_cli_command(&posix);
                    assert_eq!(
                        parsed.request,
                        Some(Value::Object(request.clone())),
                        "{shell:?} {syntax:?}: {command:?}"
                    );
                }
                if shell == Shell::Posix {
                    let script = commands.join("\n");
                    let histexpand = format!("set -o history -o histexpand\n{script}");
                    for (name, script) in
                        [("bash", &script), ("bash", &histexpand), ("dash", &script), ("zsh", &script)]
                    {
                        assert_eq!(&dir.run(name, script), &argvs, "{name} {syntax:?}, multiline {multiline}");
                    }
                }
            }
        }
    }
}

/// A value of `shape` with every member, each string a different [`HOSTILE_PIECES`] piece (from
/// `next`), enums their first value.
fn hostile_value(shape: Shape, next: &mut impl FnMut() -> String) -> Value {
    match shape {
        Shape::String(string) => match string.enum_values.first() {
            Some(first) => Value::from(*first),
            None => Value::from(next()),
        },
        Shape::Integer(_) => Value::from(60),
        Shape::Boolean => Value::Bool(true),
        Shape::List(list) => Value::Array(vec![hostile_value(list.member, next), hostile_value(list.member, next)]),
        Shape::Map(_) => Value::Object((0..2).map(|_| (next(), Value::from(next()))).collect()),
        Shape::Structure(structure) => Value::Object(
            structure
                .members
                .iter()
                .map(|member| (member.name.to_owned(), hostile_value(member.shape, next)))
                .collect(),
        ),
    }
}

#[test]
fn every_operations_commands_run_as_their_argv_in_every_shell() {
    let dir = StubDirectory::new("operations");
    for operation in Operation::ALL {
        // The pieces in turn, each a whole string, and again between letters.
        let requests: Vec<Object> = (0..HOSTILE_PIECES.len())
            .step_by(7)
            .map(|start| {
                let mut pieces = HOSTILE_PIECES.iter().cycle().skip(start);
                let mut count = 0;
                let mut next = || {
                    count += 1;
                    let piece = pieces.next().copied().unwrap_or_default();
                    if count % 2 == 0 {
                        format!("a{piece}b")
                    } else {
                        piece.to_owned()
                    }
                };
                match hostile_value(Shape::Structure(operation.input()), &mut next) {
                    Value::Object(request) => request,
                    other => panic!("{other:?}"),
                }
            })
            .collect();
        for syntax in [Syntax::Shorthand, Syntax::Json] {
            for shell in Shell::ALL {
                for multiline in [false, true] {
                    let options = CommandOptions { shell, syntax, multiline, redact_password: false };
                    let commands: Vec<String> =
                        requests.iter().map(|request| to_cli_command(request, operation, &options)).collect();
                    let argvs: Vec<Vec<String>> = requests
                        .iter()
                        .map(|request| {
                            let options =
                                plan(request, operation, syntax, shell).iter().flat_map(|o| o.argv()).collect();
                            [vec!["connect".to_owned(), operation.cli_command().to_owned()], options].concat()
                        })
                        .collect();
                    for ((command, argv), request) in commands.iter().zip(&argvs).zip(&requests) {
                        let read = match shell {
                            Shell::Posix => split(command)
                                .map(|command| command.words.into_iter().skip(1).map(|w| w.text).collect())
                                .ok(),
                            Shell::PowerShell => powershell_argv(command).ok().map(|words| words[1..].to_vec()),
                            Shell::Cmd => cmd_exe(command).ok().map(|line| ucrt_argv(&line)[1..].to_vec()),
                        };
                        assert_eq!(read.as_ref(), Some(argv), "{operation} {shell:?} {syntax:?}: {command:?}");
                        if shell == Shell::Posix {
                            assert_eq!(argv, &to_cli_argv(request, operation, syntax), "{operation}: {command:?}");
                            let parsed = parse_cli_command(command);
                            assert_eq!(parsed.operation, Some(operation), "{command:?}");
                            assert_eq!(parsed.request, Some(Value::Object(request.clone())), "{command:?}");
                        }
                    }
                    if shell == Shell::Posix {
                        let script = commands.join("\n");
                        for name in ["bash", "dash", "zsh"] {
                            assert_eq!(
                                &dir.run(name, &script),
                                &argvs,
                                "{operation} {name} {syntax:?}, multiline {multiline}"
                            );
                        }
                    }
                }
            }
        }
    }
}
