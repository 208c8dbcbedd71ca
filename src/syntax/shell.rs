//! Shell words: quoting words for posix shells, PowerShell and cmd.exe so that a pasted command hands
//! every value to the AWS CLI unchanged, and splitting a pasted POSIX command line back into words.

use crate::syntax::invisible::hides_or_reorders;
use std::ops::Range;

/// A shell a command is written for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shell {
    /// bash, dash and zsh, interactive or not.
    #[default]
    Posix,
    /// PowerShell 7.3 or later (see [`quote`], also for pip's `aws.cmd`).
    PowerShell,
    /// The cmd.exe prompt running `aws.exe` (see [`quote`]).
    Cmd,
}

impl Shell {
    pub const ALL: [Shell; 3] = [Shell::Posix, Shell::PowerShell, Shell::Cmd];

    pub fn parse(name: &str) -> Option<Shell> {
        Shell::ALL.into_iter().find(|shell| shell.as_str() == name)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Shell::Posix => "posix",
            Shell::PowerShell => "powershell",
            Shell::Cmd => "cmd",
        }
    }

    /// What ends a line that the next line continues.
    fn continuation(self) -> &'static str {
        match self {
            Shell::Posix => " \\",
            Shell::PowerShell => " `",
            Shell::Cmd => " ^",
        }
    }
}

/// Whether [`quote`] can write `word` so that pasting it into `shell` gives the program exactly
/// `word` and runs nothing else, and so that the command on screen shows what it runs.
///
/// False for control characters other than newline (for cmd.exe, newline too): a terminal or line
/// editor acts on them while the text is pasted, before any quoting is read. Ctrl-C, Ctrl-U, Esc
/// or Backspace throw away what was typed so far and a Tab completes a file name and may close the
/// quote, after which the rest of the value runs as a command. cmd.exe cannot carry a line break
/// (newline, carriage return, or Ctrl-Z, which it reads as one) in a command line at all. False
/// too for the characters that hide or reorder text ([`hides_or_reorders`]): quoted, they would
/// reach the program unchanged, but the command would read differently from what it runs.
pub fn can_quote(word: &str, shell: Shell) -> bool {
    word.chars().all(|c| (!c.is_control() || (c == '\n' && shell != Shell::Cmd)) && !hides_or_reorders(c))
}

/// Quotes one argv word so that `shell` hands it to the program unchanged and expands or runs
/// nothing in it. A NUL character cannot be in an argv word, so `word` is assumed to have none.
///
/// - [`Shell::Posix`] (bash, dash, zsh): a word is left bare only if it is made of
///   `[A-Za-z0-9_@%+,./:=-]` and does not start with `=` (zsh's `=cmd`); otherwise it is
///   single-quoted, with `'` written as `'\''`. Nothing is special inside single quotes, not even
///   `!` for history expansion.
/// - [`Shell::PowerShell`]: for PowerShell 7.3 and later with
///   `$PSNativeCommandArgumentPassing = 'Standard'`, which passes each argument to a native program
///   exactly (the default off Windows; the Windows default, `'Windows'`, does the same for `aws.exe`
///   but not for `.cmd` or `.bat` files such as pip's `aws.cmd`, and Windows PowerShell 5.1 never
///   does). A batch file gets its arguments the legacy way, double-quoted only where they hold
///   whitespace outside a pair of `"` and with `"` unescaped, and cmd.exe reads that line again,
///   where `&|<>^%` outside its quotes run commands or expand variables. No quoting here can
///   prevent that, so the emitter (`emit.rs`) never gives this shell a word holding one of those
///   characters. A word is bare only if made of `[A-Za-z0-9_./:=+-]` and not starting with `-`,
///   except option names (`--username`); otherwise it is a single-quoted literal, which expands
///   nothing, with every single-quote character doubled (PowerShell also takes U+2018 to U+201B
///   for single quotes).
/// - [`Shell::Cmd`]: for the interactive prompt running `aws.exe`, whose C runtime (the Universal
///   CRT) splits the command line. A word is bare only if made of `[A-Za-z0-9_./:=+-]`; otherwise
///   it is double-quoted with backslashes doubled before a quote, and an embedded `"` is written
///   `""`, which keeps cmd.exe's own quote state in step so `&|<>^()` stay quoted. Every `%` is
///   written outside the quotes as `^%`, so no `%NAME%` can expand: the name cmd.exe would look up
///   always starts with `"` and ends with `^`. `!` is only special with delayed expansion, which
///   is off at the prompt unless cmd.exe was started with `/v:on`. Programs that split with
///   `CommandLineToArgvW` or the pre-2008 C runtime read `""` inside quotes differently, so a word
///   with `"` is only exact for Universal CRT programs such as `aws.exe`. Words for which
///   [`can_quote`] is false have their line breaks written as U+FFFD, which keeps the line safe.
pub fn quote(word: &str, shell: Shell) -> String {
    match shell {
        Shell::Posix => quote_posix(word),
        Shell::PowerShell => quote_powershell(word),
        Shell::Cmd => quote_cmd(word),
    }
}

/// Writes a whole command: `lines[0]` is the program and subcommands, each later line one option
/// with its values. On one line, or when `multiline` one line each, continued with the shell's
/// line continuation and indented by 4 spaces. Every word goes through [`quote`].
pub fn render(lines: &[Vec<String>], shell: Shell, multiline: bool) -> String {
    let separator = if multiline { format!("{}\n    ", shell.continuation()) } else { " ".to_owned() };
    let rendered: Vec<String> = lines
        .iter()
        .filter(|line| !line.is_empty())
        .map(|line| line.iter().map(|word| quote(word, shell)).collect::<Vec<_>>().join(" "))
        .collect();
    rendered.join(&separator)
}

fn quote_posix(word: &str) -> String {
    let bare = |c: char| c.is_ascii_alphanumeric() || "_@%+,./:=-".contains(c);
    if !word.is_empty() && !word.starts_with('=') && word.chars().all(bare) {
        return word.to_owned();
    }
    // Interactive bash reads a `^` that starts a line as `^old^new` history substitution, even
    // inside quotes; an empty `''` in front keeps it off the start of the line.
    format!("'{}'", word.replace('\'', r"'\''").replace("\n^", "\n''^"))
}

/// The characters PowerShell reads as a single quote.
const POWERSHELL_SINGLE_QUOTES: [char; 5] = ['\'', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}'];

fn quote_powershell(word: &str) -> String {
    let bare = |c: char| c.is_ascii_alphanumeric() || "_./:=+-".contains(c);
    let option_name = word
        .strip_prefix("--")
        .is_some_and(|name| !name.is_empty() && name.bytes().all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-')));
    if !word.is_empty() && word.chars().all(bare) && (!word.starts_with('-') || option_name) {
        return word.to_owned();
    }
    let mut out = String::with_capacity(word.len() + 2);
    out.push('\'');
    for c in word.chars() {
        if POWERSHELL_SINGLE_QUOTES.contains(&c) {
            out.push(c);
        }
        out.push(c);
    }
    out.push('\'');
    out
}

fn quote_cmd(word: &str) -> String {
    let bare = |c: char| c.is_ascii_alphanumeric() || "_./:=+-".contains(c);
    if !word.is_empty() && word.chars().all(bare) {
        return word.to_owned();
    }
    let mut out = String::with_capacity(word.len() + 2);
    out.push('"');
    // Backslashes are literal unless they precede a quote, where each must be doubled.
    let mut backslashes = 0;
    for c in word.chars() {
        match c {
            '\\' => {
                backslashes += 1;
                out.push('\\');
                continue;
            }
            '"' => {
                out.extend(std::iter::repeat_n('\\', backslashes));
                out.push_str("\"\"");
            }
            '%' => {
                out.extend(std::iter::repeat_n('\\', backslashes));
                out.push_str("\"^%\"");
            }
            '\n' | '\r' | '\u{1A}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
        backslashes = 0;
    }
    out.extend(std::iter::repeat_n('\\', backslashes));
    out.push('"');
    out
}

/// One word of a split command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// The word after quote removal, with any expansion kept as written and NUL characters left
    /// out (as bash and dash do).
    pub text: String,
    /// Byte offsets of the word in the split text, quotes included.
    pub span: Range<usize>,
    /// What a shell would expand in this word, in order.
    pub expansions: Vec<Expansion>,
}

/// Something a shell would replace in a word, which [`split`] leaves as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expansion {
    pub kind: ExpansionKind,
    /// Byte offsets in the split text; the text there is the expansion as written, e.g. `$HOME`.
    pub span: Range<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpansionKind {
    /// `$NAME`, `${…}`, `$1`, `$?` and the other special parameters.
    Variable,
    /// `$(…)`, backticks, and `$((…))` and `$[…]` arithmetic.
    CommandSubstitution,
    /// A leading `~`, or bash's `~` after `NAME=` (and after a `:` in such a word).
    Tilde,
}

/// A pasted command line split into the words of its (first) command.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SplitCommand {
    pub words: Vec<Word>,
    /// What bash, dash or zsh would do to the command's words beyond splitting them, which the split
    /// leaves as written: at most [`NOTICES_PER_KIND`] of each kind, in text order within a kind.
    pub notices: Vec<Notice>,
    /// How many notices of a kind were left out of `notices`, and the span from the first to the last.
    pub elided: Vec<Elided>,
    /// The command's redirections (`2>&1`, `> out.json`), each from its operator (with a file
    /// descriptor number before it) to the end of its target.
    pub redirections: Vec<Range<usize>>,
    /// From the first `|` to the end of the pipeline: the commands the output is piped into.
    pub pipe: Option<Range<usize>>,
}

/// How many notices of one kind [`split`] keeps; the reader reports no more one by one.
pub const NOTICES_PER_KIND: usize = 20;

/// Something bash, dash or zsh would do to a word that [`split`] does not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    /// Byte offsets in the split text.
    pub span: Range<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Elided {
    /// The kind of the first notice left out.
    pub kind: NoticeKind,
    pub count: usize,
    pub span: Range<usize>,
}

/// Which of bash and zsh do something (dash has no brace or history expansion).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shells {
    pub bash: bool,
    pub zsh: bool,
}

impl Shells {
    pub const BOTH: Shells = Shells { bash: true, zsh: true };
    pub const BASH: Shells = Shells { bash: true, zsh: false };
    pub const ZSH: Shells = Shells { bash: false, zsh: true };
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// `{a,b}`: bash and zsh pass one word for each of its `parts` comma-separated parts.
    BraceList { parts: usize },
    /// `{1..3}`, `{a..e}`: a sequence of words in the shells named.
    BraceSequence(Shells),
    /// An unquoted `}` that ends a word and closes no `{` of it: zsh refuses the command.
    ZshCloseBrace,
    /// Unquoted `*`, `?` or `[…]` (one notice per word): file names that match, or the word
    /// unchanged in bash and dash when none does, while zsh refuses the command.
    Glob,
    /// An unquoted `[` that is never closed: zsh refuses the command ("bad pattern").
    UnclosedBracket,
    /// zsh's `=name` at the start of a word: the path of the command `name`.
    CommandPath,
    /// `!…`, or a line starting with `^`: history expansion in interactive shells.
    History(Shells),
    /// `\!` in double quotes: interactive zsh drops the backslash, bash and dash keep it.
    HistoryBackslash,
    /// A NUL character: bash and dash drop it, zsh cuts the word short there.
    Nul,
}

impl NoticeKind {
    /// Notices of one group are capped together.
    fn group(self) -> usize {
        match self {
            NoticeKind::BraceList { .. } => 0,
            NoticeKind::BraceSequence(_) => 1,
            NoticeKind::ZshCloseBrace => 2,
            NoticeKind::Glob => 3,
            NoticeKind::UnclosedBracket => 4,
            NoticeKind::CommandPath => 5,
            NoticeKind::History(_) => 6,
            NoticeKind::HistoryBackslash => 7,
            NoticeKind::Nul => 8,
        }
    }
}

const NOTICE_GROUPS: usize = 9;

/// Why a pasted text is not one complete POSIX command: what is wrong, and where. The
/// `cli-shell-syntax` rule says it in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShellError {
    pub kind: ShellErrorKind,
    /// The 1-based line and column (in characters) where the culprit starts.
    pub line: usize,
    pub column: usize,
    /// Byte offsets of the culprit in the split text.
    pub span: Range<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShellErrorKind {
    /// A quote, substitution or `$'…'` string that is never closed, by how it opens: `'`, `"`,
    /// `$(`, `${`, `$[`, `` ` `` or `$'`.
    Unclosed { opener: &'static str },
    /// `;`, `&&`, `||`, `&` or the like after the command: a second command.
    SecondCommand { operator: String },
    /// `(` or `)`.
    Parenthesis { operator: String },
    /// A `|` or `|&` with no command before it.
    PipeFirst { operator: String },
    /// A `|` or `|&` right after another one.
    PipeAfterPipe { operator: String },
    /// A `|` that ends the text.
    PipeLast,
    /// `<<`, with its file descriptor number if any.
    HereDocument { operator: String },
    /// `<(` or `>(`.
    ProcessSubstitution { operator: String },
    /// A redirection operator (with its file descriptor number) and no target after it.
    RedirectionWithoutTarget { operator: String },
    /// A word on the line after the one that ended the command.
    NewLine { ended_line: usize },
    /// A word after blank or comment lines that follow the line that ended the command.
    NewLineAfterGap { ended_line: usize },
    /// A word after a blank line that ended the command.
    BlankLine { blank_line: usize },
    /// A word after a line whose comment ended the command.
    Comment { comment_line: usize },
    /// A line ending in `^`, the cmd.exe line continuation.
    CmdContinuation,
    /// A line ending in a backtick, the PowerShell line continuation.
    PowerShellContinuation,
    /// `$"…"`, which bash reads differently from dash and zsh.
    LocaleString,
    /// A `$'…'` escape that makes a NUL character.
    NulEscape { escape: String },
    /// `\x`, `\u` or `\U` with no hex digits after it.
    EscapeWithoutDigits { escape: String },
    /// `\u` or `\U` naming no Unicode character.
    EscapeNotUnicode { escape: String },
    /// An escape bash and zsh read differently.
    DisputedEscape { escape: String },
    /// A `$'…'` string whose bytes are not UTF-8.
    NotUtf8,
    /// The word after the first `limit` of the command.
    TooManyWords { limit: usize },
}

#[cfg(feature = "messages")]
impl std::fmt::Display for ShellError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::rules::command::cli_shell_syntax::diagnostic(self).message())
    }
}

#[cfg(feature = "messages")]
impl std::error::Error for ShellError {}

/// Splits a pasted command line into words as a POSIX shell would, without expanding anything.
///
/// Accepts a leading `$ ` prompt, backslash-newline continuations, single and double quotes,
/// backslash escapes, bash and zsh `$'…'` strings, `#` comments, blank lines and CRLF line endings.
/// Redirections (`2>&1`, `> out.json`) are taken out of the words, and a pipe ends the command:
/// both are recorded with their spans. Refuses (with the culprit's span) an unclosed quote or
/// substitution, a control operator (`;`, `&&`, `||`, `&`), a here-document or process
/// substitution, a second command, cmd.exe or PowerShell line continuations, and the few
/// constructs bash, dash and zsh read differently (`$"…"`, some `$'…'` escapes). Brace expansion,
/// globs, zsh's `=name`, interactive history expansion and NUL characters are left as written and
/// recorded as notices.
pub fn split(text: &str) -> Result<SplitCommand, ShellError> {
    Splitter {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        out: SplitCommand::default(),
        kept: [0; NOTICE_GROUPS],
        elided: std::array::from_fn(|_| None),
        ended: None,
        after_comment: false,
        started: false,
        segment: Segment::Command,
        pipe_awaiting: None,
        words_end: 0,
    }
    .run()
}

struct Splitter<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    out: SplitCommand,
    /// Notices kept and left out so far, per group.
    kept: [usize; NOTICE_GROUPS],
    elided: [Option<Elided>; NOTICE_GROUPS],
    /// The newline that ended the command, once one has.
    ended: Option<CommandEnd>,
    /// Whether a comment was just skipped, so the next newline ends a line with a comment.
    after_comment: bool,
    /// Whether the command has had a word, redirection or pipe.
    started: bool,
    /// Which part of the pipeline words go to.
    segment: Segment,
    /// The `|` that has no command after it yet.
    pipe_awaiting: Option<usize>,
    /// Where the last word or redirection of the pipeline ends.
    words_end: usize,
}

/// Where the words being read go.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Segment {
    /// The aws command's own words.
    Command,
    /// A redirection target or a later command of the pipeline: read, then left out.
    Elsewhere,
}

#[derive(Clone, Copy)]
struct CommandEnd {
    newline: usize,
    after_comment: bool,
}

/// A word being read.
struct WordBuilder {
    text: String,
    expansions: Vec<Expansion>,
    /// Whether every character so far was unquoted and unescaped.
    plain: bool,
    /// Whether the word has had its first `=`.
    seen_equals: bool,
    /// Whether the word started with an unquoted `NAME=`, which bash treats like an assignment.
    assignment: bool,
    /// Whether bash would expand a `~` here: right after an assignment's `=` or a `:` in its value.
    tilde_here: bool,
    /// Whether the word starts with an unquoted `=` (zsh's `=name`).
    starts_with_equals: bool,
    /// The unquoted `{`s not closed yet: where each is and how many top-level commas it has.
    braces: Vec<(usize, usize)>,
    /// Unquoted `{`s past the tracked depth, read as plain characters.
    untracked_braces: usize,
    /// Brace expressions inside an unclosed `{`: dropped if that one turns out to be one too.
    nested_braces: Vec<Notice>,
    /// An unquoted `}` closing no `{`, while it is the last character read.
    stray_close: Option<usize>,
    /// The first unquoted `[` not closed yet.
    bracket: Option<usize>,
    /// The span of the word's glob characters so far.
    glob: Option<Range<usize>>,
}

/// How deep brace expressions are tracked; deeper `{`s are read as plain characters.
const MAX_BRACE_DEPTH: usize = 1_000;

impl WordBuilder {
    fn new() -> Self {
        WordBuilder {
            text: String::new(),
            expansions: Vec::new(),
            plain: true,
            seen_equals: false,
            assignment: false,
            tilde_here: false,
            starts_with_equals: false,
            braces: Vec::new(),
            untracked_braces: 0,
            nested_braces: Vec::new(),
            stray_close: None,
            bracket: None,
            glob: None,
        }
    }

    fn push_plain(&mut self, c: char) {
        let starts_assignment = c == '=' && self.plain && !self.seen_equals && is_name(&self.text);
        self.starts_with_equals |= c == '=' && self.plain && self.text.is_empty();
        self.seen_equals |= c == '=';
        self.tilde_here = starts_assignment || (c == ':' && self.assignment);
        self.assignment |= starts_assignment;
        self.stray_close = None;
        if c != '\0' {
            self.text.push(c);
        }
    }

    fn push_quoted(&mut self, s: &str) {
        self.plain = false;
        self.tilde_here = false;
        self.stray_close = None;
        if s.contains('\0') {
            self.text.extend(s.chars().filter(|&c| c != '\0'));
        } else {
            self.text.push_str(s);
        }
    }

    fn push_expansion(&mut self, kind: ExpansionKind, span: Range<usize>, source: &str) {
        self.push_quoted(source);
        self.expansions.push(Expansion { kind, span });
    }

    fn tilde_allowed(&self) -> bool {
        (self.plain && self.text.is_empty()) || self.tilde_here
    }

    /// Whether the word so far is a file descriptor number, as in `2>`.
    fn is_descriptor(&self) -> bool {
        self.plain && !self.text.is_empty() && self.text.bytes().all(|b| b.is_ascii_digit())
    }

    fn mark_glob(&mut self, span: Range<usize>) {
        self.glob = Some(match self.glob.take() {
            Some(glob) => glob.start.min(span.start)..glob.end.max(span.end),
            None => span,
        });
    }
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn is_name(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') && s.chars().all(is_name_char)
}

/// Control operators and redirections, longest first among those sharing a prefix.
/// The most words a pasted command may have. A create-user command has a few hundred at most (50
/// tags, 10 security profiles, the channel lists); past this the text is refused rather than kept,
/// so that memory stays modest on a pasted file of any size.
pub const MAX_WORDS: usize = 100_000;

const OPERATORS: [&str; 25] = [
    "&&", "&>>", "&>", "&", "||", "|&", "|", ";;&", ";;", ";&", ";", "<<<", "<<-", "<<", "<&", "<>", "<(", "<", ">>",
    ">&", ">|", ">(", ">", "(", ")",
];

/// The redirection operators a command can carry, longest first among those sharing a prefix.
const REDIRECTIONS: [&str; 10] = ["&>>", "&>", "<<<", "<&", "<>", "<", ">>", ">&", ">|", ">"];

/// Whether `{content}` is a sequence expression, and for which shells: bash takes integers
/// (optionally signed) or two ASCII letters, each with an optional `..step`; zsh takes integers
/// with an optional `-` and step, or any two single characters.
fn brace_sequence(content: &str) -> Option<Shells> {
    fn integer(s: &str, plus: bool) -> bool {
        let digits = s.strip_prefix('-').or_else(|| s.strip_prefix('+').filter(|_| plus)).unwrap_or(s);
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    }
    fn bash_integer(s: &str) -> bool {
        integer(s, true) && s.parse::<i64>().is_ok()
    }
    let parts: Vec<&str> = content.split("..").collect();
    let bash = match parts.as_slice() {
        [from, to] | [from, to, _] if bash_integer(from) && bash_integer(to) => {
            parts.get(2).is_none_or(|step| bash_integer(step))
        }
        [from, to] | [from, to, _] => {
            let letter = |s: &str| s.len() == 1 && s.bytes().all(|b| b.is_ascii_alphabetic());
            letter(from) && letter(to) && parts.get(2).is_none_or(|step| bash_integer(step))
        }
        _ => false,
    };
    let zsh = match parts.as_slice() {
        [from, to] | [from, to, _] if integer(from, false) && integer(to, false) => {
            parts.get(2).is_none_or(|step| integer(step, false))
        }
        [from, to] => from.chars().count() == 1 && to.chars().count() == 1,
        _ => false,
    };
    (bash || zsh).then_some(Shells { bash, zsh })
}

/// A word, or the file descriptor number that starts a redirection (`2>`), read by `word`.
enum Piece {
    Word(Word),
    Descriptor(usize),
}

/// What a command substitution, `${…}` or backtick string is inside of, innermost last.
#[derive(Clone, Copy)]
enum Nest {
    Paren,
    Brace,
    Bracket,
    DoubleQuote,
    Backtick,
}

impl Splitter<'_> {
    fn run(mut self) -> Result<SplitCommand, ShellError> {
        self.skip_prompt();
        for (at, _) in self.bytes.iter().enumerate().filter(|(_, &b)| b == 0) {
            self.notice(NoticeKind::Nul, at..at + 1);
        }
        while let Some(c) = self.peek() {
            match c {
                ' ' | '\t' => self.pos += 1,
                '\n' => self.newline(1),
                '\r' if self.line_break_len(self.pos) == 2 => self.newline(2),
                '\\' if self.line_break_len(self.pos + 1) > 0 => self.pos += 1 + self.line_break_len(self.pos + 1),
                '#' => self.skip_comment(),
                ';' | '&' | '|' | '<' | '>' | '(' | ')' => {
                    self.check_same_command()?;
                    self.operator(self.pos)?;
                }
                _ => {
                    self.check_same_command()?;
                    match self.word()? {
                        Piece::Word(word) => self.push_word(word)?,
                        Piece::Descriptor(start) => self.operator(start)?,
                    }
                }
            }
        }
        if let Some(bar) = self.pipe_awaiting {
            return Err(self.error(ShellErrorKind::PipeLast, bar..bar + 1));
        }
        for elided in self.elided.into_iter().flatten() {
            self.out.elided.push(elided);
        }
        if let Some(pipe) = &mut self.out.pipe {
            pipe.end = self.words_end;
        }
        Ok(self.out)
    }

    fn push_word(&mut self, word: Word) -> Result<(), ShellError> {
        // Nothing but NUL characters, which bash and dash drop: no word at all.
        if word.text.is_empty() && self.bytes[word.span.clone()].iter().all(|&b| b == 0) {
            return Ok(());
        }
        if self.out.words.len() == MAX_WORDS {
            return Err(self.error(ShellErrorKind::TooManyWords { limit: MAX_WORDS }, word.span));
        }
        self.started = true;
        self.words_end = word.span.end;
        self.pipe_awaiting = None;
        if self.segment == Segment::Command {
            self.out.words.push(word);
        }
        Ok(())
    }

    /// Records a notice about the command's words, keeping [`NOTICES_PER_KIND`] of each kind.
    fn notice(&mut self, kind: NoticeKind, span: Range<usize>) {
        let group = kind.group();
        if self.kept[group] < NOTICES_PER_KIND {
            self.kept[group] += 1;
            self.out.notices.push(Notice { kind, span });
            return;
        }
        match &mut self.elided[group] {
            Some(elided) => {
                elided.count += 1;
                elided.span.start = elided.span.start.min(span.start);
                elided.span.end = elided.span.end.max(span.end);
            }
            slot @ None => *slot = Some(Elided { kind, count: 1, span }),
        }
    }

    /// Records a notice unless the word being read is left out of the command.
    fn word_notice(&mut self, kind: NoticeKind, span: Range<usize>) {
        if self.segment == Segment::Command {
            self.notice(kind, span);
        }
    }

    fn peek(&self) -> Option<char> {
        self.text.get(self.pos..).and_then(|rest| rest.chars().next())
    }

    fn byte_at(&self, at: usize) -> Option<u8> {
        self.bytes.get(at).copied()
    }

    /// The length of a line break (`\n` or `\r\n`) at `at`, or 0.
    fn line_break_len(&self, at: usize) -> usize {
        match (self.byte_at(at), self.byte_at(at + 1)) {
            (Some(b'\n'), _) => 1,
            (Some(b'\r'), Some(b'\n')) => 2,
            _ => 0,
        }
    }

    fn find_byte(&self, from: usize, byte: u8) -> Option<usize> {
        self.bytes.get(from..)?.iter().position(|&b| b == byte).map(|i| from + i)
    }

    /// Skips a copied `$ ` prompt before the command.
    fn skip_prompt(&mut self) {
        let start = self.text.len() - self.text.trim_start_matches([' ', '\t', '\r', '\n']).len();
        if self.text[start..].starts_with("$ ") || self.text[start..].starts_with("$\t") {
            self.pos = start + 2;
        }
    }

    fn newline(&mut self, len: usize) {
        // A line ending in `|` goes on with the next command of the pipeline.
        if self.started && self.ended.is_none() && self.pipe_awaiting.is_none() {
            self.ended = Some(CommandEnd { newline: self.pos, after_comment: self.after_comment });
        }
        self.after_comment = false;
        self.pos += len;
    }

    fn skip_comment(&mut self) {
        self.pos = self.find_byte(self.pos, b'\n').unwrap_or(self.text.len());
        self.after_comment = true;
    }

    /// Fails when a word starts after a newline has ended the command.
    fn check_same_command(&self) -> Result<(), ShellError> {
        let Some(end) = self.ended else { return Ok(()) };
        let line = line_column(self.text, self.pos).0;
        let ended_line = line_column(self.text, end.newline).0;
        let ended_start = self.text[..end.newline].rfind('\n').map_or(0, |i| i + 1);
        let ended_text = self.text[ended_start..end.newline].trim_end_matches([' ', '\t', '\r']);
        let line_end = self.find_byte(self.pos, b'\n').unwrap_or(self.text.len());
        let content = self.text[self.pos..line_end].trim_end_matches([' ', '\t', '\r']);
        let span = self.pos..self.pos + content.len().max(self.peek().map_or(0, char::len_utf8));
        let kind = if end.after_comment {
            ShellErrorKind::Comment { comment_line: ended_line }
        } else if ended_text.trim_start_matches([' ', '\t']).is_empty() {
            ShellErrorKind::BlankLine { blank_line: ended_line }
        } else if ended_text.ends_with('^') && !ended_text.ends_with("\\^") {
            let caret = ended_start + ended_text.len() - 1;
            return Err(self.error(ShellErrorKind::CmdContinuation, caret..caret + 1));
        } else if ended_line + 1 == line {
            ShellErrorKind::NewLine { ended_line }
        } else {
            ShellErrorKind::NewLineAfterGap { ended_line }
        };
        Err(self.error(kind, span))
    }

    /// The error `kind` about the text at `span`.
    fn error(&self, kind: ShellErrorKind, span: Range<usize>) -> ShellError {
        let (line, column) = line_column(self.text, span.start);
        ShellError { kind, line, column, span }
    }

    fn word(&mut self) -> Result<Piece, ShellError> {
        let start = self.pos;
        let mut word = WordBuilder::new();
        while let Some(c) = self.peek() {
            let at = self.pos;
            match c {
                ' ' | '\t' | '\n' => break,
                '\r' if self.line_break_len(at) == 2 => break,
                '\\' => match (self.line_break_len(at + 1), self.text[at + 1..].chars().next()) {
                    (0, Some(escaped)) => {
                        word.push_quoted(escaped.encode_utf8(&mut [0; 4]));
                        self.pos = at + 1 + escaped.len_utf8();
                    }
                    // A backslash at the very end stays, as in bash and dash.
                    (0, None) => {
                        word.push_quoted("\\");
                        self.pos = at + 1;
                    }
                    (len, _) => self.pos = at + 1 + len,
                },
                '\'' => {
                    let close = self.find_byte(at + 1, b'\'').ok_or_else(|| self.unclosed("'", at))?;
                    self.single_quoted_carets(at + 1..close);
                    word.push_quoted(&self.text[at + 1..close]);
                    self.pos = close + 1;
                }
                '"' => self.double_quoted(&mut word)?,
                '$' => self.dollar(&mut word, false)?,
                '`' => self.backtick(&mut word, false)?,
                '~' if word.tilde_allowed() => self.tilde(&mut word),
                '<' | '>' if word.is_descriptor() => return Ok(Piece::Descriptor(start)),
                ';' | '&' | '|' | '<' | '>' | '(' | ')' => break,
                c => {
                    word.push_plain(c);
                    self.plain_char(&mut word, c, at);
                    self.pos += c.len_utf8();
                }
            }
        }
        self.finish_word(&mut word, start);
        Ok(Piece::Word(Word { text: word.text, span: start..self.pos, expansions: word.expansions }))
    }

    /// Notes what a shell would do with an unquoted character: braces, globs, history.
    fn plain_char(&mut self, word: &mut WordBuilder, c: char, at: usize) {
        match c {
            '{' if word.braces.len() < MAX_BRACE_DEPTH && word.untracked_braces == 0 => word.braces.push((at, 0)),
            '{' => word.untracked_braces += 1,
            ',' if word.untracked_braces == 0 => {
                if let Some((_, commas)) = word.braces.last_mut() {
                    *commas += 1;
                }
            }
            '}' if word.untracked_braces > 0 => word.untracked_braces -= 1,
            '}' => match word.braces.pop() {
                Some((open, commas)) => self.close_brace(word, open, commas, at),
                None => word.stray_close = Some(at),
            },
            '*' | '?' => word.mark_glob(at..at + 1),
            '[' if word.bracket.is_none() => word.bracket = Some(at),
            ']' => {
                if let Some(open) = word.bracket.take() {
                    word.mark_glob(open..at + 1);
                }
            }
            '!' => {
                let shells = match self.byte_at(at + 1) {
                    None | Some(b' ' | b'\t' | b'\n' | b'\r' | b'=') => None,
                    Some(b'\'' | b'(') => Some(Shells::BASH),
                    Some(_) => Some(Shells::BOTH),
                };
                if let Some(shells) = shells {
                    self.word_notice(NoticeKind::History(shells), at..at + 1);
                }
            }
            '^' => self.caret(at, false),
            _ => {}
        }
    }

    /// A `}` that closes the `{` at `open`: a brace expression if it has a top-level comma or is a
    /// sequence. One inside another `{` waits for that one, which contains it if it is one too.
    fn close_brace(&mut self, word: &mut WordBuilder, open: usize, commas: usize, at: usize) {
        let content = &self.text[open + 1..at];
        let kind = if commas > 0 {
            Some(NoticeKind::BraceList { parts: commas + 1 })
        } else if content.bytes().any(|b| matches!(b, b'\'' | b'"' | b'\\' | b'$' | b'`')) {
            None
        } else {
            brace_sequence(content).map(NoticeKind::BraceSequence)
        };
        let Some(kind) = kind else { return };
        while word.nested_braces.last().is_some_and(|inner| inner.span.start > open) {
            word.nested_braces.pop();
        }
        let notice = Notice { kind, span: open..at + 1 };
        if word.braces.is_empty() {
            self.word_notice(notice.kind, notice.span);
        } else {
            word.nested_braces.push(notice);
        }
    }

    /// Notes what the whole word makes a shell do, once it is read.
    fn finish_word(&mut self, word: &mut WordBuilder, start: usize) {
        for notice in std::mem::take(&mut word.nested_braces) {
            self.word_notice(notice.kind, notice.span);
        }
        if let Some(close) = word.stray_close {
            self.word_notice(NoticeKind::ZshCloseBrace, close..close + 1);
        }
        if let Some(glob) = word.glob.take() {
            self.word_notice(NoticeKind::Glob, glob);
        }
        if let Some(open) = word.bracket {
            if self.pos - start > 1 {
                self.word_notice(NoticeKind::UnclosedBracket, open..open + 1);
            }
        }
        if word.starts_with_equals && self.pos - start > 1 {
            self.word_notice(NoticeKind::CommandPath, start..self.pos);
        }
    }

    /// A `^` at `at`: at the start of a line after the first, interactive bash and zsh read the
    /// line as a `^old^new` history substitution (zsh also after blanks; bash even in single quotes).
    fn caret(&mut self, at: usize, single_quoted: bool) {
        let before = &self.bytes[..at];
        let blanks = before.iter().rev().take_while(|&&b| b == b' ' || b == b'\t').count();
        if at == blanks || before[at - blanks - 1] != b'\n' {
            return;
        }
        let shells = match (blanks, single_quoted) {
            (0, false) => Shells::BOTH,
            (0, true) => Shells::BASH,
            (_, false) => Shells::ZSH,
            (_, true) => return,
        };
        self.word_notice(NoticeKind::History(shells), at..at + 1);
    }

    /// The `^`s that start a line inside single quotes, which interactive bash still reads.
    fn single_quoted_carets(&mut self, content: Range<usize>) {
        let mut from = content.start;
        while let Some(newline) = self.bytes[from..content.end].iter().position(|&b| b == b'\n') {
            let line_start = from + newline + 1;
            if self.byte_at(line_start) == Some(b'^') && line_start < content.end {
                self.caret(line_start, true);
            }
            from = line_start;
        }
    }

    /// The `!`s of a substitution's source that interactive bash and zsh expand before anything
    /// else reads the line.
    fn history_in_source(&mut self, source: Range<usize>) {
        let mut at = source.start;
        let mut single_quoted = false;
        while at < source.end {
            match self.bytes[at] {
                b'\\' if !single_quoted => at += 1,
                b'\'' => single_quoted = !single_quoted,
                b'!' if !single_quoted
                    && !matches!(self.byte_at(at + 1), None | Some(b' ' | b'\t' | b'\n' | b'\r' | b'=')) =>
                {
                    self.word_notice(NoticeKind::History(Shells::BOTH), at..at + 1);
                }
                _ => {}
            }
            at += 1;
        }
    }

    fn double_quoted(&mut self, word: &mut WordBuilder) -> Result<(), ShellError> {
        let open = self.pos;
        self.pos += 1;
        word.push_quoted("");
        loop {
            let Some(c) = self.peek() else { return Err(self.unclosed("\"", open)) };
            let at = self.pos;
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(());
                }
                '\\' => match (self.line_break_len(at + 1), self.byte_at(at + 1)) {
                    (0, Some(b'$' | b'`' | b'"' | b'\\')) => {
                        word.push_quoted(&self.text[at + 1..at + 2]);
                        self.pos = at + 2;
                    }
                    // The backslash stops history expansion of the `!` and stays, except in zsh.
                    (0, Some(b'!')) => {
                        self.word_notice(NoticeKind::HistoryBackslash, at..at + 2);
                        word.push_quoted("\\!");
                        self.pos = at + 2;
                    }
                    (0, _) => {
                        word.push_quoted("\\");
                        self.pos = at + 1;
                    }
                    (len, _) => self.pos = at + 1 + len,
                },
                '$' => self.dollar(word, true)?,
                '`' => self.backtick(word, true)?,
                c => {
                    match c {
                        '!' => {
                            let shells = match self.byte_at(at + 1) {
                                None | Some(b' ' | b'\t' | b'\n' | b'\r' | b'=') => None,
                                Some(b'"') => Some(Shells::ZSH),
                                Some(_) => Some(Shells::BOTH),
                            };
                            if let Some(shells) = shells {
                                self.word_notice(NoticeKind::History(shells), at..at + 1);
                            }
                        }
                        '^' => self.caret(at, false),
                        _ => {}
                    }
                    word.push_quoted(c.encode_utf8(&mut [0; 4]));
                    self.pos += c.len_utf8();
                }
            }
        }
    }

    /// A `$`: an expansion, a `$'…'` string, or a literal `$`.
    fn dollar(&mut self, word: &mut WordBuilder, in_double_quotes: bool) -> Result<(), ShellError> {
        let at = self.pos;
        let expansion = match self.byte_at(at + 1) {
            Some(b'\'') if !in_double_quotes => return self.ansi_c(word),
            Some(b'(') => {
                let end = self.nest_end(at + 2, Nest::Paren).ok_or_else(|| self.unclosed("$(", at))?;
                Some((ExpansionKind::CommandSubstitution, end))
            }
            Some(b'{') => {
                let end = self.nest_end(at + 2, Nest::Brace).ok_or_else(|| self.unclosed("${", at))?;
                Some((ExpansionKind::Variable, end))
            }
            Some(b'[') => {
                let end = self.nest_end(at + 2, Nest::Bracket).ok_or_else(|| self.unclosed("$[", at))?;
                Some((ExpansionKind::CommandSubstitution, end))
            }
            Some(b'"') if !in_double_quotes => return Err(self.error(ShellErrorKind::LocaleString, at..at + 2)),
            Some(b) if b.is_ascii_alphabetic() || b == b'_' => {
                let name_len = self.text[at + 1..].find(|c: char| !is_name_char(c)).unwrap_or(self.text.len() - at - 1);
                Some((ExpansionKind::Variable, at + 1 + name_len))
            }
            Some(b'0'..=b'9' | b'@' | b'*' | b'#' | b'?' | b'-' | b'$' | b'!') => {
                Some((ExpansionKind::Variable, at + 2))
            }
            _ => None,
        };
        match expansion {
            Some((kind, end)) => {
                if end - at > 2 {
                    self.history_in_source(at + 2..end);
                }
                word.push_expansion(kind, at..end, &self.text[at..end]);
                self.pos = end;
            }
            None if in_double_quotes => {
                word.push_quoted("$");
                self.pos = at + 1;
            }
            None => {
                word.push_plain('$');
                self.pos = at + 1;
            }
        }
        Ok(())
    }

    fn backtick(&mut self, word: &mut WordBuilder, in_double_quotes: bool) -> Result<(), ShellError> {
        let at = self.pos;
        let after_blanks = self.text[at + 1..].find(|c| c != ' ' && c != '\t').map_or(self.text.len(), |i| at + 1 + i);
        if !in_double_quotes && self.line_break_len(after_blanks) > 0 {
            return Err(self.error(ShellErrorKind::PowerShellContinuation, at..at + 1));
        }
        let end = self.nest_end(at + 1, Nest::Backtick).ok_or_else(|| self.unclosed("`", at))?;
        self.history_in_source(at + 1..end);
        word.push_expansion(ExpansionKind::CommandSubstitution, at..end, &self.text[at..end]);
        self.pos = end;
        Ok(())
    }

    /// A `~` where a tilde expansion may start: one if a user name (or nothing) and then the
    /// word's end or a `/` follow, as in `~`, `~/x` and `~alice`.
    fn tilde(&mut self, word: &mut WordBuilder) {
        let at = self.pos;
        let name_len = self.text[at + 1..]
            .find(|c: char| !(is_name_char(c) || ".+-".contains(c)))
            .unwrap_or(self.text.len() - at - 1);
        let end = at + 1 + name_len;
        let ends_prefix = match self.byte_at(end) {
            None | Some(b' ' | b'\t' | b'\n' | b'/') => true,
            Some(b':') => word.assignment,
            Some(_) => self.line_break_len(end) > 0,
        };
        if ends_prefix {
            word.push_expansion(ExpansionKind::Tilde, at..end, &self.text[at..end]);
            self.pos = end;
        } else {
            word.push_plain('~');
            self.pos = at + 1;
        }
    }

    /// Where the substitution or string opened just before `start` ends (after its closing
    /// character), or `None` when it never does. Tracks nesting without recursion.
    fn nest_end(&self, start: usize, outer: Nest) -> Option<usize> {
        let mut stack = vec![outer];
        let mut at = start;
        while let Some(&inner) = stack.last() {
            let byte = self.byte_at(at)?;
            at += 1;
            let next = self.byte_at(at);
            match (inner, byte) {
                (_, b'\\') => at += 1,
                (Nest::Backtick, b'`')
                | (Nest::DoubleQuote, b'"')
                | (Nest::Paren, b')')
                | (Nest::Brace, b'}')
                | (Nest::Bracket, b']') => {
                    stack.pop();
                }
                (Nest::Backtick, _) => {}
                (_, b'`') => stack.push(Nest::Backtick),
                (_, b'$') if next == Some(b'(') => {
                    at += 1;
                    stack.push(Nest::Paren);
                }
                (_, b'$') if next == Some(b'{') => {
                    at += 1;
                    stack.push(Nest::Brace);
                }
                (Nest::DoubleQuote, _) => {}
                (_, b'\'') => at = self.find_byte(at, b'\'')? + 1,
                (_, b'"') => stack.push(Nest::DoubleQuote),
                (Nest::Paren, b'(') => stack.push(Nest::Paren),
                _ => {}
            }
        }
        Some(at)
    }

    /// A bash and zsh `$'…'` string, decoded where both shells agree and refused where they do not.
    fn ansi_c(&mut self, word: &mut WordBuilder) -> Result<(), ShellError> {
        let open = self.pos;
        let mut bytes = Vec::new();
        let mut at = open + 2;
        loop {
            match self.byte_at(at) {
                None => return Err(self.unclosed("$'", open)),
                Some(b'\'') => break,
                Some(b'\\') => {
                    let (decoded, end) = self.ansi_c_escape(open, at)?;
                    match decoded {
                        Decoded::Byte(0) | Decoded::Char('\0') => {
                            let escape = self.text[at..end].to_owned();
                            return Err(self.error(ShellErrorKind::NulEscape { escape }, at..end));
                        }
                        Decoded::Byte(byte) => bytes.push(byte),
                        Decoded::Char(c) => bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
                    }
                    at = end;
                }
                Some(_) => {
                    let c = self.text[at..].chars().next().unwrap_or_default();
                    if c != '\0' {
                        bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                    }
                    at += c.len_utf8();
                }
            }
        }
        let end = at + 1;
        let decoded = String::from_utf8(bytes).map_err(|_| self.error(ShellErrorKind::NotUtf8, open..end))?;
        word.push_quoted(&decoded);
        self.pos = end;
        Ok(())
    }

    /// The escape at `at` (a backslash) in the `$'…'` string opened at `open`, and where it ends.
    fn ansi_c_escape(&self, open: usize, at: usize) -> Result<(Decoded, usize), ShellError> {
        let Some(letter) = self.text[at + 1..].chars().next() else { return Err(self.unclosed("$'", open)) };
        let simple = |byte: u8| Ok((Decoded::Byte(byte), at + 2));
        let escape_error =
            |end: usize, kind: fn(String) -> ShellErrorKind| self.error(kind(self.text[at..end].to_owned()), at..end);
        match letter {
            'a' => simple(0x07),
            'b' => simple(0x08),
            'e' | 'E' => simple(0x1B),
            'f' => simple(0x0C),
            'n' => simple(b'\n'),
            'r' => simple(b'\r'),
            't' => simple(b'\t'),
            'v' => simple(0x0B),
            '\\' | '\'' | '"' | '?' => simple(letter as u8),
            '0'..='7' => {
                let digits = self.digits(at + 1, 3, 8);
                // bash and zsh keep the low 8 bits of `\777`.
                Ok((Decoded::Byte((digits.value & 0xFF) as u8), at + 1 + digits.len))
            }
            'x' | 'u' | 'U' => {
                let max = match letter {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let digits = self.digits(at + 2, max, 16);
                let end = at + 2 + digits.len;
                if digits.len == 0 {
                    return Err(escape_error(end, |escape| ShellErrorKind::EscapeWithoutDigits { escape }));
                }
                if letter == 'x' {
                    return Ok((Decoded::Byte(digits.value as u8), end));
                }
                char::from_u32(digits.value)
                    .map(|c| (Decoded::Char(c), end))
                    .ok_or_else(|| escape_error(end, |escape| ShellErrorKind::EscapeNotUnicode { escape }))
            }
            other => Err(escape_error(at + 1 + other.len_utf8(), |escape| ShellErrorKind::DisputedEscape { escape })),
        }
    }

    /// Up to `max` digits in `radix` at `at`.
    fn digits(&self, at: usize, max: usize, radix: u32) -> Digits {
        let mut digits = Digits { value: 0, len: 0 };
        while digits.len < max {
            let Some(digit) = self.byte_at(at + digits.len).and_then(|b| (b as char).to_digit(radix)) else { break };
            digits.value = digits.value * radix + digit;
            digits.len += 1;
        }
        digits
    }

    /// An operator at `self.pos` (with a file descriptor number from `start`): a redirection or a
    /// pipe is recorded, anything else refused.
    fn operator(&mut self, start: usize) -> Result<(), ShellError> {
        let at = self.pos;
        let rest = &self.text[at..];
        if rest.starts_with("|&") || (rest.starts_with('|') && !rest.starts_with("||")) {
            if !self.started || self.pipe_awaiting.is_some() {
                return Err(self.refused(at));
            }
            self.out.pipe.get_or_insert(at..at);
            self.segment = Segment::Elsewhere;
            self.pipe_awaiting = Some(at);
            self.pos = at + if rest.starts_with("|&") { 2 } else { 1 };
            return Ok(());
        }
        let refused_redirection =
            ["<<", "<(", ">("].into_iter().find(|op| rest.starts_with(op) && !rest.starts_with("<<<"));
        if let Some(op) = refused_redirection {
            let end = at + OPERATORS.iter().find(|o| rest.starts_with(**o)).map_or(op.len(), |o| o.len());
            let operator = self.text[start..end].to_owned();
            let kind = if op == "<<" {
                ShellErrorKind::HereDocument { operator }
            } else {
                ShellErrorKind::ProcessSubstitution { operator }
            };
            return Err(self.error(kind, start..end));
        }
        let Some(op) = REDIRECTIONS.into_iter().find(|op| rest.starts_with(op)) else {
            return Err(self.refused(at));
        };
        self.pos = at + op.len();
        while let Some(c) = self.peek() {
            match c {
                ' ' | '\t' => self.pos += 1,
                '\\' if self.line_break_len(self.pos + 1) > 0 => self.pos += 1 + self.line_break_len(self.pos + 1),
                _ => break,
            }
        }
        let end = at + op.len();
        let no_target = |splitter: &Self| {
            let operator = splitter.text[start..end].to_owned();
            splitter.error(ShellErrorKind::RedirectionWithoutTarget { operator }, start..end)
        };
        if matches!(self.peek(), None | Some('\n' | '\r' | '#' | ';' | '&' | '|' | '<' | '>' | '(' | ')')) {
            return Err(no_target(self));
        }
        let segment = std::mem::replace(&mut self.segment, Segment::Elsewhere);
        let target = self.word();
        self.segment = segment;
        match target? {
            Piece::Word(_) => {}
            Piece::Descriptor(_) => return Err(no_target(self)),
        }
        self.started = true;
        self.words_end = self.pos;
        if self.segment == Segment::Command {
            self.out.redirections.push(start..self.pos);
        }
        Ok(())
    }

    /// The error for an operator that ends the command, as `;` or `&&` do, or that cannot be here.
    fn refused(&self, at: usize) -> ShellError {
        let rest = &self.text[at..];
        let len = OPERATORS.iter().find(|op| rest.starts_with(**op)).map_or(1, |op| op.len());
        let operator = rest[..len].to_owned();
        let kind = match operator.as_str() {
            "(" | ")" => ShellErrorKind::Parenthesis { operator },
            "|" | "|&" if self.pipe_awaiting.is_some() => ShellErrorKind::PipeAfterPipe { operator },
            "|" | "|&" => ShellErrorKind::PipeFirst { operator },
            _ => ShellErrorKind::SecondCommand { operator },
        };
        self.error(kind, at..at + len)
    }

    fn unclosed(&self, opener: &'static str, at: usize) -> ShellError {
        self.error(ShellErrorKind::Unclosed { opener }, at..at + opener.len())
    }
}

/// What one `$'…'` escape stands for: a byte (`\xHH`, octal) or a character (`\u`, `\U`).
enum Decoded {
    Byte(u8),
    Char(char),
}

struct Digits {
    value: u32,
    len: usize,
}

/// The 1-based line and column (in characters) of byte offset `at`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn texts(text: &str) -> Vec<String> {
        split(text).unwrap_or_else(|e| panic!("{text:?}: {e}")).words.into_iter().map(|w| w.text).collect()
    }

    fn error(text: &str) -> ShellError {
        split(text).expect_err(text)
    }

    #[test]
    fn shell_names_round_trip() {
        for shell in Shell::ALL {
            assert_eq!(Shell::parse(shell.as_str()), Some(shell));
        }
        assert_eq!(Shell::parse("bash"), None);
    }

    #[test]
    fn posix_quoting() {
        for (word, quoted) in [
            ("--username", "--username"),
            ("a@b.com", "a@b.com"),
            ("Key=x,Value=50%", "Key=x,Value=50%"),
            ("", "''"),
            ("=ls", "'=ls'"),
            ("a=b", "a=b"),
            ("it's", r"'it'\''s'"),
            ("$(id)", "'$(id)'"),
            ("~", "'~'"),
            ("a b", "'a b'"),
            ("é", "'é'"),
            ("a\n^b^c", "'a\n''^b^c'"),
        ] {
            assert_eq!(quote(word, Shell::Posix), quoted, "{word:?}");
        }
    }

    #[test]
    fn powershell_quoting() {
        for (word, quoted) in [
            ("--username", "--username"),
            ("--phone-config", "--phone-config"),
            ("-x", "'-x'"),
            ("--", "'--'"),
            ("--Username", "'--Username'"),
            ("--x=y", "'--x=y'"),
            ("arn:aws:x/y", "arn:aws:x/y"),
            ("", "''"),
            ("a@b", "'a@b'"),
            ("$env:PATH", "'$env:PATH'"),
            ("it's", "'it''s'"),
            ("‘’‚‛", "'‘‘’’‚‚‛‛'"),
            ("`n", "'`n'"),
        ] {
            assert_eq!(quote(word, Shell::PowerShell), quoted, "{word:?}");
        }
    }

    #[test]
    fn cmd_quoting() {
        for (word, quoted) in [
            ("--username", "--username"),
            ("", r#""""#),
            ("a b", r#""a b""#),
            ("a&b", r#""a&b""#),
            (r#"say "hi""#, r#""say ""hi""""#),
            (r"C:\dir\", r#""C:\dir\\""#),
            (r#"a\"b"#, r#""a\\""b""#),
            ("a%PATH%b", r#""a"^%"PATH"^%"b""#),
            (r"a\%", r#""a\\"^%"""#),
            ("a\nb", "\"a\u{FFFD}b\""),
        ] {
            assert_eq!(quote(word, Shell::Cmd), quoted, "{word:?}");
        }
    }

    #[test]
    fn what_each_shell_can_carry() {
        assert!(can_quote("a\nb", Shell::Posix) && can_quote("a\nb", Shell::PowerShell));
        for control in ["a\rb", "a\tb", "\u{3}", "\u{1b}[201~", "\u{7f}", "\u{9b}"] {
            assert!(Shell::ALL.iter().all(|&shell| !can_quote(control, shell)), "{control:?}");
        }
        assert!(!can_quote("a\nb", Shell::Cmd) && !can_quote("a\u{1a}b", Shell::Cmd));
        for hidden in ["\u{202e}evil", "a\u{2066}b", "\u{200b}", "x\u{2028}y", "\u{feff}"] {
            assert!(Shell::ALL.iter().all(|&shell| !can_quote(hidden, shell)), "{hidden:?}");
        }
        assert!(Shell::ALL.iter().all(|&shell| can_quote("ünïcödé 😀 \"'$%^&", shell)));
    }

    #[test]
    fn rendering() {
        let lines = vec![
            vec!["aws".to_owned(), "connect".to_owned(), "create-user".to_owned()],
            vec!["--username".to_owned(), "it's".to_owned()],
            vec![],
            vec!["--tags".to_owned(), "a=1".to_owned(), "b c".to_owned()],
        ];
        assert_eq!(
            render(&lines, Shell::Posix, false),
            r"aws connect create-user --username 'it'\''s' --tags a=1 'b c'"
        );
        assert_eq!(
            render(&lines, Shell::Posix, true),
            "aws connect create-user \\\n    --username 'it'\\''s' \\\n    --tags a=1 'b c'"
        );
        assert_eq!(
            render(&lines, Shell::PowerShell, true),
            "aws connect create-user `\n    --username 'it''s' `\n    --tags a=1 'b c'"
        );
        assert_eq!(
            render(&lines, Shell::Cmd, true),
            "aws connect create-user ^\n    --username \"it's\" ^\n    --tags a=1 \"b c\""
        );
    }

    #[test]
    fn splits_quotes_escapes_and_continuations() {
        assert_eq!(
            texts("aws connect  create-user\t--username 'a b'"),
            ["aws", "connect", "create-user", "--username", "a b"]
        );
        assert_eq!(texts(r#"x "a \$ \` \" \\ \n b" c\ d \' ''"#), ["x", "a $ ` \" \\ \\n b", "c d", "'", ""]);
        assert_eq!(texts("a \\\n  b\\\r\n  c\r\n\r\n"), ["a", "b", "c"]);
        assert_eq!(texts("ab\\\ncd \"e\\\nf\""), ["abcd", "ef"]);
        assert_eq!(texts("  $ aws s3\n"), ["aws", "s3"]);
        assert_eq!(texts("# heading\naws x # trailing; | comment\n  # and after\n"), ["aws", "x"]);
        assert_eq!(texts("a#b 'multi\r\nline' trailing\\"), ["a#b", "multi\r\nline", "trailing\\"]);
        assert_eq!(texts(""), Vec::<String>::new());
    }

    #[test]
    fn decodes_ansi_c_strings() {
        assert_eq!(
            texts(r#"$'a\n\t\\\'\"\r\a\b\e\E\f\v\?' $'\x41\x4a\101\1234\u00e9\U0001F600' $'\xc3\xa9'$'\303\251'"#),
            ["a\n\t\\'\"\r\u{7}\u{8}\u{1b}\u{1b}\u{c}\u{b}?", "AJAS4é😀", "éé"],
        );
    }

    #[test]
    fn records_expansions_without_performing_them() {
        let text = r#"a $HOME "${x:-)}" $(echo ")" $(b)) `id` $[1+2] "$1$?" ~/x ~bob ~+ K=~/a:~/b $ $. "$" '$x' $'$x' \$x ~'q'"#;
        let words = split(text).unwrap_or_else(|e| panic!("{e}")).words;
        let found: Vec<(ExpansionKind, &str)> =
            words.iter().flat_map(|w| w.expansions.iter().map(|e| (e.kind, &text[e.span.clone()]))).collect();
        use ExpansionKind::*;
        assert_eq!(
            found,
            [
                (Variable, "$HOME"),
                (Variable, "${x:-)}"),
                (CommandSubstitution, r#"$(echo ")" $(b))"#),
                (CommandSubstitution, "`id`"),
                (CommandSubstitution, "$[1+2]"),
                (Variable, "$1"),
                (Variable, "$?"),
                (Tilde, "~"),
                (Tilde, "~bob"),
                (Tilde, "~+"),
                (Tilde, "~"),
                (Tilde, "~"),
            ]
        );
        let text = r#"a $HOME "${x:-)}""#;
        let words = split(text).unwrap_or_else(|e| panic!("{e}")).words;
        assert_eq!(words[1].text, "$HOME");
        assert_eq!(words[2].text, "${x:-)}");
        assert_eq!(&text[words[2].span.clone()], r#""${x:-)}""#);
        assert_eq!(&text[words[2].expansions[0].span.clone()], "${x:-)}");
        assert_eq!(texts("x $ $. \"$\" '$x' $'$x' \\$x ~'q' x~"), ["x", "$", "$.", "$", "$x", "$x", "$x", "~q", "x~"]);
    }

    #[test]
    fn unclosed_quotes_and_substitutions() {
        for (text, message, span) in [
            ("aws x \\\n  --a 'b", "The ' at line 2, column 7 is never closed.", 14..15),
            ("a \"b", "The \" at line 1, column 3 is never closed.", 2..3),
            ("a $'b\\'", "The $' at line 1, column 3 is never closed.", 2..4),
            ("a $'b\\", "The $' at line 1, column 3 is never closed.", 2..4),
            ("a $(b ')'", "The $( at line 1, column 3 is never closed.", 2..4),
            ("a ${b", "The ${ at line 1, column 3 is never closed.", 2..4),
            ("é `b", "The ` at line 1, column 3 is never closed.", 3..4),
        ] {
            let error = error(text);
            assert_eq!((error.to_string().as_str(), error.span), (message, span), "{text:?}");
        }
    }

    #[test]
    fn control_operators_are_refused() {
        let e = error("aws x && jq .");
        assert_eq!(
            e.to_string(),
            "The pasted text continues after the command with `&&` at line 1, column 7; paste only the aws command, or quote the `&&` if it belongs to a value."
        );
        assert_eq!(e.span, 6..8);
        for (text, span) in [
            ("a;b", 1..2),
            ("a||b", 1..3),
            ("a &", 2..3),
            ("| a", 0..1),
            ("a | | b", 4..5),
            ("a |", 2..3),
            ("a |\n", 2..3),
            ("a >", 2..3),
            ("a 2> ;", 2..4),
            ("a <<EOF", 2..4),
            ("a <(b)", 2..4),
            ("a | b; c", 5..6),
            ("a | b\nc", 6..7),
        ] {
            assert_eq!(error(text).span, span, "{text:?}");
        }
        assert!(error("a (b)").to_string().starts_with("The ( at line 1, column 3 is shell syntax"));
        assert!(error("a 2>").to_string().starts_with("The redirection `2>` at line 1, column 3 has nothing after it"));
    }

    #[test]
    fn redirections_and_pipes_are_taken_out_of_the_command() {
        let text = "aws x 2>&1 >out.json y>>log z <in --a=b &>/dev/null | jq . |\n  tee f >g";
        let command = split(text).unwrap_or_else(|e| panic!("{e}"));
        let words: Vec<&str> = command.words.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(words, ["aws", "x", "y", "z", "--a=b"]);
        let redirections: Vec<&str> = command.redirections.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(redirections, ["2>&1", ">out.json", ">>log", "<in", "&>/dev/null"]);
        assert_eq!(command.pipe.map(|p| &text[p]), Some("| jq . |\n  tee f >g"));
        // A file descriptor number only counts right before the operator.
        let command = split("aws a2>x 2 >y").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(command.words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>(), ["aws", "a2", "2"]);
        assert_eq!(command.redirections, [6..8, 11..13]);
    }

    fn notices(text: &str) -> Vec<(NoticeKind, &str)> {
        let command = split(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        command.notices.iter().map(|n| (n.kind, &text[n.span.clone()])).collect()
    }

    #[test]
    fn records_what_bash_dash_and_zsh_would_do_beyond_splitting() {
        use NoticeKind::*;
        assert_eq!(
            notices("x {a,b} x{a,'b c'}y {{a,b},c} {x{a,b}} {1..3} {a..e} {1..a} {a..e..2} {a} {\"a,b\"} {a\\,b} {a,b"),
            [
                (BraceList { parts: 2 }, "{a,b}"),
                (BraceList { parts: 2 }, "{a,'b c'}"),
                (BraceList { parts: 2 }, "{{a,b},c}"),
                (BraceList { parts: 2 }, "{a,b}"),
                (BraceSequence(Shells::BOTH), "{1..3}"),
                (BraceSequence(Shells::BOTH), "{a..e}"),
                (BraceSequence(Shells::ZSH), "{1..a}"),
                (BraceSequence(Shells::BASH), "{a..e..2}"),
            ]
        );
        assert_eq!(notices("x a,b} {a}} a}b '}' a\\}"), [(ZshCloseBrace, "}"), (ZshCloseBrace, "}")]);
        assert_eq!(
            notices("x * a?b [ab] x[$y] [a/b] '*' \\? \"[a]\" [ a[b =ls = '=ls'"),
            [
                (Glob, "*"),
                (Glob, "?"),
                (Glob, "[ab]"),
                (Glob, "[$y]"),
                (Glob, "[a/b]"),
                (UnclosedBracket, "["),
                (CommandPath, "=ls"),
            ]
        );
        assert_eq!(
            notices("x a!b \"a!b\" 'a!b' a\\!b a! a!= a!'b' \"a!\" \"a\\!b\" $'!x' $(echo !x) \\\n^a^b \\\n  ^a^b 'x\n^a^b'"),
            [
                (History(Shells::BOTH), "!"),
                (History(Shells::BOTH), "!"),
                (History(Shells::BASH), "!"),
                (History(Shells::ZSH), "!"),
                (HistoryBackslash, "\\!"),
                (History(Shells::BOTH), "!"),
                (History(Shells::BOTH), "^"),
                (History(Shells::ZSH), "^"),
                (History(Shells::BASH), "^"),
            ]
        );
        let command = split("aws a\0b \0 'c\0d'").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(command.words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>(), ["aws", "ab", "cd"]);
        assert_eq!(command.notices.iter().map(|n| n.span.start).collect::<Vec<_>>(), [5, 8, 12]);
        // Only the command's own words: not a redirection target, not the commands piped into.
        assert_eq!(notices("x >*.json | grep a*"), []);
    }

    #[test]
    fn notices_of_a_kind_are_capped_and_the_rest_counted() {
        let text = format!("x {}", "a* ".repeat(1000));
        let command = split(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(command.notices.len(), NOTICES_PER_KIND);
        assert_eq!(command.elided.len(), 1);
        assert_eq!((command.elided[0].kind, command.elided[0].count), (NoticeKind::Glob, 1000 - NOTICES_PER_KIND));
        assert_eq!(command.elided[0].span, 2 + 3 * NOTICES_PER_KIND + 1..text.len() - 1);
    }

    #[test]
    fn second_commands_and_foreign_continuations() {
        for (text, message, span) in [
            ("aws a\n--b c", "Line 2 starts a new command; end line 1 with \\ to continue it.", 6..11),
            ("aws a\r\n\r\n  --b c  \r\n", "Line 3 starts a new command; end line 1 with \\ and remove the blank or comment lines after it to continue it.", 11..16),
            ("aws a \\\n\n--b", "Line 3 starts a new command: the blank line 2 ends the command before it; remove the blank line.", 9..12),
            ("aws a # note\n--b", "Line 2 starts a new command: the # comment on line 1 ends the command before it; move the comment out of the command.", 13..16),
            ("aws a ^\n  --b c", "Line 1 ends with ^, the cmd.exe line continuation; paste a bash or zsh command, whose lines end in \\.", 6..7),
            ("aws a `  \r\n  --b c", "Line 1 ends with `, the PowerShell line continuation; paste a bash or zsh command, whose lines end in \\.", 6..7),
        ] {
            let error = error(text);
            assert_eq!((error.to_string().as_str(), error.span), (message, span), "{text:?}");
        }
        assert_eq!(texts("aws a^"), ["aws", "a^"]);
    }

    #[test]
    fn what_bash_zsh_and_dash_disagree_on() {
        for (text, message) in [
            ("$'\\q'", "The escape \\q at line 1, column 3 means different things in bash and zsh; write the character without the backslash, or as \\xHH."),
            ("$'\\xg'", "The escape \\x at line 1, column 3 has no hex digits after it, which bash and zsh read differently; add the digits."),
            ("$'a\\0b'", "The escape \\0 at line 1, column 4 is a NUL character, which would cut the value short; remove it."),
            ("$'\\ud800'", "The escape \\ud800 at line 1, column 3 is not a Unicode character."),
            ("a $\"b\"", "The $\" at line 1, column 3 reads differently in bash, which drops the $, and in dash and zsh, which keep it; remove the $ or write \\$."),
            ("$'\\xff'", "The $'…' string at line 1, column 1 makes bytes that are not UTF-8 text; write its characters with \\u escapes."),
        ] {
            assert_eq!(error(text).to_string(), message, "{text:?}");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "\\",
            "$",
            "$'",
            "$(",
            "${",
            "`",
            "'",
            "\"",
            "~",
            "\r",
            "\r\n\\",
            "$'\\",
            "$'\\u",
            "2>",
            "\"$(\"",
            "é$'é\\é'",
        ] {
            let _ = split(text);
        }
        let deep = "$(".repeat(100_000);
        assert!(split(&deep).is_err());
    }
}
