//! Reading a pasted `aws connect create-user …` command, or one of another user operation
//! ([`Operation`]), into a request, as the AWS CLI v1 would:
//! its global options, its argument parser (unique prefixes, `--opt=value`, last occurrence wins),
//! file prefixes, shorthand or JSON values and type conversion. What a browser cannot do, or what
//! the CLI would refuse, becomes a diagnostic with its own code.

use crate::diagnostic::{Diagnostic, Span};
use crate::model::{holds_personal_data, Shape};
use crate::operation::Operation;
use crate::path::Path;
use crate::rules::command as codes;
use crate::rules::command::cli_syntax::Unparsable;
use crate::rules::command::cli_type_conversion::Unconvertible;
use crate::syntax::coerce::{coerce, decimal_value, python_int};
use crate::syntax::jmespath;
use crate::syntax::json;
use crate::syntax::options::{options, Arity, CliOption, CLI_INPUT_JSON, GENERATE_CLI_SKELETON, GLOBAL_OPTIONS};
use crate::syntax::shell::{self, ExpansionKind, NoticeKind, SplitCommand, Word};
use crate::syntax::shorthand::{self, is_python_space};
use crate::value::{Object, Value};
use std::collections::HashSet;
use std::ops::Range;

/// A pasted command read into a request.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedCommand {
    /// The operation of the command; `None` when the text is no command of a supported operation
    /// (and for a `--cli-input-json` document, which names none).
    pub operation: Option<Operation>,
    /// `None` when the text is not an `aws connect` command of a supported operation at all.
    pub request: Option<Value>,
    pub diagnostics: Vec<Diagnostic>,
}

#[cfg(feature = "messages")]
impl ParsedCommand {
    /// `{"operation":…,"request":…,"diagnostics":[…]}`, the JavaScript API's result; the operation
    /// (its AWS name) and the request are null when the text is no command of a supported operation.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\"operation\":");
        let operation = self.operation.map_or(Value::Null, |operation| Value::from(operation.name()));
        json::write(&mut out, &operation);
        out.push_str(",\"request\":");
        json::write(&mut out, self.request.as_ref().unwrap_or(&Value::Null));
        out.push_str(",\"diagnostics\":");
        crate::report::write_diagnostics(&mut out, &self.diagnostics, &Value::Null);
        out.push('}');
        out
    }
}

/// Reads a pasted command: an optional `$ ` prompt, backslash-newline continuations, POSIX quoting.
pub fn parse_cli_command(text: &str) -> ParsedCommand {
    let mut reader = Reader { text, diagnostics: Vec::new(), tallies: Vec::new(), unlisted: HashSet::new() };
    let read = reader.read();
    let (operation, request) = read.map_or((None, None), |(operation, request)| (Some(operation), Some(request)));
    ParsedCommand { operation, request, diagnostics: reader.finish() }
}

/// Reads a `--cli-input-json` document as the AWS CLI does: JSON as Python reads it, holding an
/// object. A syntax error points at the character where the reading stopped.
pub fn parse_cli_input_json(text: &str) -> ParsedCommand {
    let mut reader = Reader { text, diagnostics: Vec::new(), tallies: Vec::new(), unlisted: HashSet::new() };
    let request = reader.document(text, 0..text.len(), true).map(Value::Object);
    ParsedCommand { operation: None, request, diagnostics: reader.finish() }
}

/// The result for a text that cannot be read at all (in JavaScript: one with an unpaired
/// surrogate), with the UTF-16 index of the culprit.
pub fn unreadable_text(index: usize) -> ParsedCommand {
    let diagnostic =
        codes::cli_shell_syntax::unpaired_surrogate(index).with_span(Span { start: index, end: index + 1 });
    ParsedCommand { operation: None, request: None, diagnostics: vec![diagnostic] }
}

struct Reader<'a> {
    text: &'a str,
    /// Each diagnostic with its span in bytes, turned into UTF-16 offsets once at the end.
    diagnostics: Vec<(Diagnostic, Range<usize>)>,
    /// Per code: how many diagnostics were reported, and those past the first few.
    tallies: Vec<Tally>,
    /// Span starts of the words that follow an option reported with a missing value: most likely
    /// the value meant for it (a password starting with `-`), so they are never echoed.
    unlisted: HashSet<usize>,
}

/// The diagnostics of one code.
struct Tally {
    code: &'static str,
    reported: usize,
    /// Findings past the first [`codes::REPORTED_PER_CODE`], counted, and the span they cover.
    more: usize,
    more_span: Option<Range<usize>>,
}

/// An operation option with the words it took.
struct Given<'w> {
    option: Target,
    /// The option word itself, for spans.
    at: &'w Word,
    words: Vec<&'w Word>,
    /// The text after `=` in `--opt=value`.
    inline: Option<String>,
}

impl<'w> Given<'w> {
    /// The words holding the value: the option word itself in the `--opt=value` form.
    fn value_words(&self) -> &[&'w Word] {
        match self.inline {
            Some(_) => std::slice::from_ref(&self.at),
            None => &self.words,
        }
    }
}

#[derive(Clone, Copy)]
enum Target {
    Member(&'static CliOption),
    CliInputJson,
    GenerateCliSkeleton,
}

impl Target {
    fn name(self) -> &'static str {
        match self {
            Target::Member(option) => &option.name,
            Target::CliInputJson => CLI_INPUT_JSON,
            Target::GenerateCliSkeleton => GENERATE_CLI_SKELETON,
        }
    }
}

impl PartialEq for Target {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Target::Member(a), Target::Member(b)) => std::ptr::eq(*a, *b),
            (Target::CliInputJson, Target::CliInputJson) => true,
            (Target::GenerateCliSkeleton, Target::GenerateCliSkeleton) => true,
            _ => false,
        }
    }
}

impl<'a> Reader<'a> {
    fn tally(&mut self, code: &'static str) -> &mut Tally {
        let at = match self.tallies.iter().position(|tally| tally.code == code) {
            Some(at) => at,
            None => {
                self.tallies.push(Tally { code, reported: 0, more: 0, more_span: None });
                self.tallies.len() - 1
            }
        };
        &mut self.tallies[at]
    }

    /// Reports a diagnostic at a byte range of the text; past the first few of its code, it is
    /// only counted.
    fn report(&mut self, diagnostic: Diagnostic, at: &Range<usize>) {
        let tally = self.tally(diagnostic.code());
        if tally.reported < codes::REPORTED_PER_CODE {
            tally.reported += 1;
            self.diagnostics.push((diagnostic, at.clone()));
        } else {
            Self::count_more(tally, 1, at);
        }
    }

    fn count_more(tally: &mut Tally, count: usize, at: &Range<usize>) {
        tally.more += count;
        tally.more_span = Some(match tally.more_span.take() {
            Some(span) => span.start.min(at.start)..span.end.max(at.end),
            None => at.clone(),
        });
    }

    /// The diagnostics, each code's count of those not listed added, with spans in UTF-16 units
    /// (JavaScript's string indexes), converted in one pass over the text.
    fn finish(mut self) -> Vec<Diagnostic> {
        for tally in std::mem::take(&mut self.tallies) {
            let (Some(span), Some(rule)) =
                (tally.more_span, crate::rules::RULES.iter().find(|rule| rule.doc.code == tally.code))
            else {
                continue;
            };
            self.diagnostics.push((codes::summary(rule, tally.more), span));
        }
        let mut offsets: Vec<usize> = self.diagnostics.iter().flat_map(|(_, at)| [at.start, at.end]).collect();
        offsets.sort_unstable();
        offsets.dedup();
        let utf16 = utf16_offsets(self.text, &offsets);
        let convert = |byte: usize| offsets.binary_search(&byte).map_or(0, |at| utf16[at]);
        self.diagnostics
            .into_iter()
            .map(|(diagnostic, at)| diagnostic.with_span(Span { start: convert(at.start), end: convert(at.end) }))
            .collect()
    }

    fn read(&mut self) -> Option<(Operation, Value)> {
        let command = match shell::split(self.text) {
            Ok(command) => command,
            Err(error) => {
                self.report(codes::cli_shell_syntax::diagnostic(&error), &error.span);
                return None;
            }
        };
        let words = &command.words;
        let Some(program) = words.first().filter(|w| is_aws(&w.text)) else {
            let span = words.first().map_or(0..self.text.len(), |w| w.span.clone());
            self.report(codes::cli_not_create_user::not_aws(), &span);
            return None;
        };
        let remaining = self.skip_global_options(&words[1..]);
        let Some((operation, operation_words)) = operation_words(&remaining) else {
            self.report(codes::cli_not_create_user::other_command(), &program.span);
            return None;
        };
        let given = self.parse_operation_options(operation, operation_words);
        let request = self.build_request(operation, given);
        self.report_shell_notices(&command);
        Some((operation, request))
    }

    /// What a shell would do beyond splitting the words, and the redirections and pipe.
    fn report_shell_notices(&mut self, command: &SplitCommand) {
        let mut notices: Vec<&shell::Notice> = command.notices.iter().collect();
        notices.sort_by_key(|notice| notice.span.start);
        for notice in notices {
            let caret = self.text.get(notice.span.clone()) == Some("^");
            self.report(notice_diagnostic(notice.kind, caret), &notice.span);
        }
        for elided in &command.elided {
            let code = notice_diagnostic(elided.kind, false).code();
            Self::count_more(self.tally(code), elided.count, &elided.span);
        }
        for redirection in &command.redirections {
            let operator = &self.text[redirection.clone()];
            self.report(codes::cli_redirection::redirection(operator), redirection);
        }
        if let Some(pipe) = &command.pipe {
            self.report(codes::cli_redirection::pipe(), pipe);
        }
    }

    /// Removes the AWS CLI's global options (`--region us-east-1`, `--output=json`, …) wherever
    /// they are, as its first argument parser does; everything else is left in order.
    fn skip_global_options<'w>(&mut self, words: &'w [Word]) -> Vec<&'w Word> {
        let global_names: Vec<&'static str> = GLOBAL_OPTIONS.iter().map(|(name, _)| *name).collect();
        let mut remaining = Vec::new();
        // The last value of each global option, with its span: the one the CLI uses.
        let mut values: Vec<(&'static str, String, Range<usize>)> = Vec::new();
        let mut index = 0;
        while index < words.len() {
            let word = &words[index];
            index += 1;
            let (matches, inline) = match classify(&word.text, &global_names) {
                OptionWord::Option { matches, inline } => (matches, inline),
                OptionWord::Value => {
                    remaining.push(word);
                    continue;
                }
                // No global option after `--`: the rest is for the later parsers.
                OptionWord::Dashes => {
                    remaining.extend(&words[index - 1..]);
                    break;
                }
            };
            match matches.as_slice() {
                [] => remaining.push(word),
                [global] => {
                    let (name, takes_value) = GLOBAL_OPTIONS[*global];
                    let typed = option_part(&word.text);
                    if typed != name {
                        self.report(codes::cli_global_option::diagnostic(typed, name), &word.span);
                    }
                    let value = match (takes_value, inline) {
                        (false, Some(value)) => {
                            self.report(codes::cli_global_option_value::ignored_argument(name, &value), &word.span);
                            continue;
                        }
                        (false, None) => {
                            if name == "--version" {
                                self.report(codes::cli_no_request::version(), &word.span);
                            }
                            continue;
                        }
                        (true, Some(value)) => (value, word.span.clone()),
                        (true, None) => match words.get(index).filter(|next| is_value(&next.text, &global_names)) {
                            Some(next) => {
                                index += 1;
                                (next.text.clone(), next.span.clone())
                            }
                            None => {
                                self.missing_value(name, Path::root(), word, &words[index..]);
                                continue;
                            }
                        },
                    };
                    // argparse checks choices on every occurrence; the rest is checked on the last.
                    if let Some(diagnostic) = choice_error(name, &value.0) {
                        self.report(diagnostic, &value.1);
                    }
                    values.retain(|(given, _, _)| *given != name);
                    values.push((name, value.0, value.1));
                }
                several => self.ambiguous(word, several.iter().map(|&at| global_names[at]).collect()),
            }
        }
        self.check_global_values(&values);
        remaining
    }

    /// What the CLI checks of the global options' values after parsing them, before it sends.
    fn check_global_values(&mut self, values: &[(&'static str, String, Range<usize>)]) {
        let endpoint_url = values.iter().any(|(name, _, _)| *name == "--endpoint-url");
        for (name, value, span) in values {
            let diagnostic = match *name {
                "--query" => jmespath::compile_error(value)
                    .map(|reason| codes::cli_global_option_value::bad_query(value, reason)),
                "--endpoint-url" => endpoint_url_error(value),
                "--region" => region_error(value, endpoint_url),
                "--cli-read-timeout" => timeout_error(value, "read"),
                "--cli-connect-timeout" => timeout_error(value, "connect"),
                _ => None,
            };
            if let Some(diagnostic) = diagnostic {
                self.report(diagnostic, span);
            }
        }
    }

    /// The operation's own argument parser: each option with its words, in command order.
    fn parse_operation_options<'w>(&mut self, operation: Operation, words: &[&'w Word]) -> Vec<Given<'w>> {
        let mut targets: Vec<Target> = options(operation).iter().map(Target::Member).collect();
        targets.extend([Target::CliInputJson, Target::GenerateCliSkeleton]);
        let names: Vec<&'static str> = targets.iter().map(|target| target.name()).collect();
        let mut given = Vec::new();
        let mut unknown: Vec<&Word> = Vec::new();
        // The first value no option took. The CLI's `help` positional (`-*A?-*`) takes it, and
        // drops a `--` right before or after it.
        let mut first_stray: Option<usize> = None;
        let mut index = 0;
        while index < words.len() {
            let word = words[index];
            index += 1;
            let (matches, inline) = match classify(&word.text, &names) {
                OptionWord::Option { matches, inline } => (matches, inline),
                OptionWord::Value => {
                    first_stray.get_or_insert(index - 1);
                    unknown.push(word);
                    continue;
                }
                // Every word after `--` is a value, which no option takes; the `--` is one too,
                // unless `help` takes it.
                OptionWord::Dashes => {
                    let dashes = index - 1;
                    let kept = first_stray.is_some_and(|stray| stray + 1 != dashes);
                    unknown.extend(&words[if kept { dashes } else { index }..]);
                    break;
                }
            };
            let target = match matches.as_slice() {
                [at] => targets[*at],
                [] => {
                    unknown.push(word);
                    continue;
                }
                several => {
                    self.ambiguous(word, several.iter().map(|&at| names[at]).collect());
                    continue;
                }
            };
            let mut taken = Vec::new();
            let many = matches!(target, Target::Member(option) if option.arity() == Arity::Many);
            let optional_value = target == Target::GenerateCliSkeleton;
            if inline.is_none() {
                while let Some(next) = words.get(index).filter(|next| is_value(&next.text, &names)) {
                    taken.push(*next);
                    index += 1;
                    if !many {
                        break;
                    }
                }
                if taken.is_empty() && !many && !optional_value {
                    let path = match target {
                        Target::Member(option) => Path::root().join(option.member.name),
                        _ => Path::root(),
                    };
                    self.missing_value(target.name(), path, word, words[index..].iter().copied());
                    continue;
                }
            }
            given.push(Given { option: target, at: word, words: taken, inline });
        }
        // The CLI's `help` argument took the first value no option took: it prints the help.
        let help = first_stray.map(|at| words[at]).filter(|word| word.text == "help");
        if let Some(word) = help {
            self.report(codes::cli_no_request::help(operation.cli_command()), &word.span);
            unknown.retain(|other| !std::ptr::eq(*other, word));
        }
        self.unknown_options(operation, &unknown);
        given
    }

    /// The words no option took, which the CLI refuses as `Unknown options: w1, w2`. Only words
    /// that look like option names are listed; the others are counted, since they can be values
    /// such as a password (`--pasword Secr3t` or `--password -Secr3t`).
    fn unknown_options(&mut self, operation: Operation, words: &[&Word]) {
        let Some(first) = words.first() else { return };
        let echoable = |word: &Word| looks_like_option_name(&word.text) && !self.unlisted.contains(&word.span.start);
        let listed: Vec<String> =
            words.iter().filter(|w| echoable(w)).take(codes::REPORTED_PER_CODE).map(|w| w.text.clone()).collect();
        let more = words.len() - listed.len();
        self.report(codes::cli_unknown_option::diagnostic(listed, more, operation.cli_command()), &first.span);
    }

    /// Reports a prefix of several options. The CLI's message repeats the whole word; here its
    /// `=value` is left out, as it can be personal data: `--i=FirstName=…` (--identity-info or
    /// --instance-id) or `--cli='{"Password": …}'` (meant for --cli-input-json, but ambiguous among
    /// the global options).
    fn ambiguous(&mut self, word: &Word, matches: Vec<&'static str>) {
        self.report(codes::cli_ambiguous_option::diagnostic(option_part(&word.text), &matches), &word.span);
    }

    /// Reports an option given no value. The next word (past a `--`) is most likely the value
    /// meant for it, so it is never echoed.
    fn missing_value<'x>(
        &mut self,
        name: &'static str,
        path: Path,
        word: &Word,
        following: impl IntoIterator<Item = &'x Word>,
    ) {
        if let Some(next) = following.into_iter().find(|next| next.text != "--") {
            self.unlisted.insert(next.span.start);
        }
        self.report(codes::cli_missing_value::diagnostic(path, name), &word.span);
    }

    /// The request from the options given: the last occurrence of each wins, then
    /// `--cli-input-json` fills in the members no option set.
    fn build_request(&mut self, operation: Operation, given: Vec<Given>) -> Value {
        let mut last: Vec<&Given> = Vec::new();
        for occurrence in &given {
            match last.iter_mut().find(|g| g.option == occurrence.option) {
                Some(slot) => *slot = occurrence,
                None => last.push(occurrence),
            }
        }
        let mut members = Object::new();
        let mut input_json: Option<&Given> = None;
        for occurrence in last {
            match occurrence.option {
                Target::Member(option) => {
                    if let Some(value) = self.option_value(option, occurrence) {
                        members.insert(option.member.name, value);
                    }
                }
                Target::CliInputJson => input_json = Some(occurrence),
                Target::GenerateCliSkeleton => self.report(codes::cli_skeleton::diagnostic(), &occurrence.at.span),
            }
        }
        let document = input_json.and_then(|given| self.input_json(given)).unwrap_or_default();
        // One collect, which indexes the keys, keeps a document with many keys linear. Its keys are
        // unique already; only the few the options set are skipped.
        let from_document = document.iter().filter(|(key, _)| !members.contains_key(key));
        let request: Object = options(operation)
            .iter()
            .filter_map(|option| Some((option.member.name.to_owned(), members.get(option.member.name)?.clone())))
            .chain(from_document.map(|(key, value)| (key.to_owned(), value.clone())))
            .collect();
        Value::Object(request)
    }

    /// The words of one option, expansions reported; `None` when the value cannot be read.
    fn option_value(&mut self, option: &'static CliOption, given: &Given) -> Option<Value> {
        let path = Path::root().join(option.member.name);
        let personal = holds_personal_data(option.member.shape);
        let name = option.name.as_str();
        self.report_expansions(given.value_words(), &path, personal.then_some(name));
        let words: Vec<String> = match &given.inline {
            Some(inline) => vec![inline.clone()],
            None => given.words.iter().map(|w| w.text.clone()).collect(),
        };
        // argparse removes `--` from an option's values. No option takes a separate `--` word, so
        // only `--opt=--` has one, and it leaves an empty list, whatever the option's type.
        if words == ["--"] {
            return Some(Value::Array(Vec::new()));
        }
        let span = value_span(given);
        let single = match words.as_slice() {
            [only] => Some(only.as_str()),
            _ => None,
        };
        if let Some(prefix) = single.and_then(file_prefix) {
            self.report(codes::cli_file_reference::diagnostic(path, name, prefix), &span);
            return None;
        }
        let result = match option.member.shape {
            Shape::String(_) => Ok(Value::from(words.concat())),
            Shape::List(_) if !option.takes_shorthand() => match single {
                Some(word) if python_lstrip(word).starts_with('[') => parse_json_value(name, word),
                _ => Ok(Value::Array(words.into_iter().map(Value::from).collect())),
            },
            shape @ (Shape::Structure(_) | Shape::Map(_)) => {
                let word = words.concat();
                let stripped = python_lstrip(&word);
                if stripped.starts_with(['[', '{']) {
                    if stripped.starts_with('{') {
                        parse_json_value(name, &word)
                    } else {
                        Err(not_json(name, &word))
                    }
                } else {
                    parse_shorthand(name, &word).and_then(|parsed| coerce(shape, parsed).map_err(python_error))
                }
            }
            shape @ Shape::List(_) => {
                let looks_like_json = words.first().is_some_and(|w| python_lstrip(w).starts_with(['[', '{']));
                match (looks_like_json, single) {
                    (true, Some(word)) if python_lstrip(word).starts_with('[') => parse_json_value(name, word),
                    (true, _) => words
                        .iter()
                        .map(|word| match python_lstrip(word).chars().next() {
                            Some('{') => parse_json_value(name, word),
                            Some(_) => Err(not_json(name, word)),
                            None => Err(Failure::Conversion(Unconvertible::EmptyWord)),
                        })
                        .collect::<Result<Vec<_>, _>>()
                        .map(Value::Array),
                    (false, _) => words
                        .iter()
                        .map(|word| parse_shorthand(name, word))
                        .collect::<Result<Vec<_>, _>>()
                        .and_then(|items| coerce(shape, Value::Array(items)).map_err(python_error)),
                }
            }
            Shape::Integer(_) | Shape::Boolean => Ok(Value::from(words.concat())),
        };
        match result {
            Ok(value) => Some(value),
            Err(failure) => {
                self.report_failure(failure, name, personal, path, &span);
                None
            }
        }
    }

    fn input_json(&mut self, given: &Given) -> Option<Object> {
        self.report_expansions(given.value_words(), &Path::root(), Some(CLI_INPUT_JSON));
        let text = given.inline.clone().or_else(|| given.words.first().map(|w| w.text.clone()))?;
        let span = value_span(given);
        if let Some(prefix) = file_prefix(&text).filter(|prefix| prefix.starts_with("file")) {
            self.report(codes::cli_file_reference::diagnostic(Path::root(), CLI_INPUT_JSON, prefix), &span);
            return None;
        }
        self.document(&text, span, false)
    }

    /// The `--cli-input-json` document `text`, at `span` of the pasted text. `at_error` points a
    /// syntax error at the character where the reading stopped, not at the whole document.
    fn document(&mut self, text: &str, span: Range<usize>, at_error: bool) -> Option<Object> {
        let (failure, span) = match json::parse(text) {
            Ok(Value::Object(document)) => return Some(document),
            Ok(other) => (Failure::Conversion(Unconvertible::NotAnObject(python_type_name(&other))), span),
            Err(error) => {
                let span = match text.char_indices().nth(error.index) {
                    Some((at, c)) if at_error => span.start + at..span.start + at + c.len_utf8(),
                    None if at_error => span.end..span.end,
                    _ => span,
                };
                // The CLI names this option without its dashes here.
                let unparsable = Unparsable::Json { error, value: text.to_owned() };
                (Failure::Syntax { parameter: "cli-input-json", unparsable }, span)
            }
        };
        self.report_failure(failure, CLI_INPUT_JSON, true, Path::root(), &span);
        None
    }

    /// Reports a value that could not be read. For an option that can hold personal data the CLI's
    /// echo of the value is left out; the span still marks it in the pasted text.
    fn report_failure(
        &mut self,
        failure: Failure,
        option: &'static str,
        personal: bool,
        path: Path,
        span: &std::ops::Range<usize>,
    ) {
        let diagnostic = match failure {
            Failure::Syntax { parameter, unparsable } => {
                codes::cli_syntax::diagnostic(path, parameter, option, unparsable, personal)
            }
            Failure::Conversion(unconvertible) => codes::cli_type_conversion::diagnostic(path, option, unconvertible),
            Failure::FileReference(prefix) => codes::cli_file_reference::diagnostic(path, option, prefix),
        };
        self.report(diagnostic, span);
    }

    /// Reports what a shell would expand in `words`. `personal_option` names an option whose value
    /// can hold personal data: its messages then describe the expansion without quoting it.
    fn report_expansions(&mut self, words: &[&Word], path: &Path, personal_option: Option<&'static str>) {
        let text = self.text;
        for word in words {
            for expansion in &word.expansions {
                let written = &text[expansion.span.clone()];
                let path = path.clone();
                let diagnostic = match expansion.kind {
                    ExpansionKind::Variable => codes::cli_variable::variable(path, written, personal_option),
                    ExpansionKind::Tilde => codes::cli_variable::tilde(path, written, personal_option),
                    ExpansionKind::CommandSubstitution => {
                        codes::cli_command_substitution::diagnostic(path, written, personal_option)
                    }
                };
                self.report(diagnostic, &expansion.span);
            }
        }
    }
}

/// Why an option value could not be read.
enum Failure {
    /// A shorthand or JSON syntax error; the CLI's message names the option as `parameter`.
    Syntax { parameter: &'static str, unparsable: Unparsable },
    /// A type conversion error.
    Conversion(Unconvertible),
    /// A `key@=file://…` value.
    FileReference(&'static str),
}

fn parse_json_value(option: &'static str, text: &str) -> Result<Value, Failure> {
    json::parse(text).map_err(|error| Failure::Syntax {
        parameter: option,
        unparsable: Unparsable::Json { error, value: text.to_owned() },
    })
}

fn not_json(option: &'static str, text: &str) -> Failure {
    Failure::Syntax { parameter: option, unparsable: Unparsable::NotJson { value: text.to_owned() } }
}

fn python_error(reason: String) -> Failure {
    Failure::Conversion(Unconvertible::Python(reason))
}

fn parse_shorthand(option: &'static str, text: &str) -> Result<Value, Failure> {
    shorthand::parse(text).map_err(|error| match error.paramfile.as_deref().and_then(file_prefix) {
        // The prefix of the value the CLI would load, not any other in the text.
        Some(prefix) => Failure::FileReference(prefix),
        None => Failure::Syntax { parameter: option, unparsable: Unparsable::Shorthand(error) },
    })
}

fn python_type_name(value: &Value) -> &'static str {
    match value {
        Value::Array(_) => "list",
        Value::String(_) => "str",
        Value::Number(n) if n.is_integral() => "int",
        Value::Number(_) => "float",
        Value::Bool(_) => "bool",
        _ => "NoneType",
    }
}

fn value_span(given: &Given) -> std::ops::Range<usize> {
    match (given.words.first(), given.words.last()) {
        (Some(first), Some(last)) => first.span.start..last.span.end,
        _ => given.at.span.clone(),
    }
}

/// The prefix that makes the CLI load a value from elsewhere.
fn file_prefix(word: &str) -> Option<&'static str> {
    ["fileb://", "file://", "https://", "http://"].into_iter().find(|prefix| word.starts_with(prefix))
}

fn is_aws(program: &str) -> bool {
    let name = program.rsplit(['/', '\\']).next().unwrap_or(program);
    matches!(name, "aws" | "aws.exe" | "aws.cmd")
}

/// The operation of `connect create-user` (or of another supported command), and the words after
/// it. Both are argparse positionals (`-*A-*`), of the main and the service parser, and each of
/// those drops its first `--` when it stands right before or after the positional's word.
fn operation_words<'a, 'w>(words: &'a [&'w Word]) -> Option<(Operation, &'a [&'w Word])> {
    let positional = |words: &'a [&'w Word]| match words {
        [dashes, word, rest @ ..] if dashes.text == "--" => Some((*word, rest)),
        [word, dashes, rest @ ..] if dashes.text == "--" => Some((*word, rest)),
        [word, rest @ ..] => Some((*word, rest)),
        [] => None,
    };
    let (service, rest) = positional(words)?;
    let (operation, rest) = positional(rest)?;
    let operation = Operation::from_cli_command(&operation.text).filter(|_| service.text == "connect")?;
    Some((operation, rest))
}

/// The option name part of `--opt=value`.
fn option_part(word: &str) -> &str {
    word.split_once('=').map_or(word, |(name, _)| name)
}

/// How Python's argparse sees a word (the 'A', 'O' and '-' of its pattern), given the parser's
/// option names.
enum OptionWord {
    /// A value.
    Value,
    /// An option: the indexes of the names it can mean (none for an unknown option), and its
    /// `=value`.
    Option { matches: Vec<usize>, inline: Option<String> },
    /// `--`: every word after it is a value.
    Dashes,
}

/// argparse's `_parse_optional` with abbreviations allowed.
fn classify(word: &str, names: &[&str]) -> OptionWord {
    if word == "--" {
        return OptionWord::Dashes;
    }
    if !word.starts_with('-') || word.len() == 1 {
        return OptionWord::Value;
    }
    if let Some(at) = names.iter().position(|name| *name == word) {
        return OptionWord::Option { matches: vec![at], inline: None };
    }
    let (prefix, inline) = match word.split_once('=') {
        Some((name, value)) => (name, Some(value.to_owned())),
        None => (word, None),
    };
    if let Some(at) = names.iter().position(|name| *name == prefix) {
        return OptionWord::Option { matches: vec![at], inline };
    }
    if word.starts_with("--") {
        let matches: Vec<usize> = (0..names.len()).filter(|&at| names[at].starts_with(prefix)).collect();
        if !matches.is_empty() {
            return OptionWord::Option { matches, inline };
        }
    }
    if is_negative_number(word) || word.contains(' ') {
        return OptionWord::Value;
    }
    OptionWord::Option { matches: Vec::new(), inline }
}

/// Whether an option takes `word` as a value: never an option, nor a `--`.
fn is_value(word: &str, names: &[&str]) -> bool {
    matches!(classify(word, names), OptionWord::Value)
}

/// `--[a-z0-9-]+`: a word the unknown-option message may repeat.
fn looks_like_option_name(word: &str) -> bool {
    word.strip_prefix("--").is_some_and(|name| {
        !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    })
}

/// Python's `str.lstrip()`, with which (or `strip()`, the same for a first character) the CLI
/// tells JSON from shorthand. Unlike `str::trim_start` it also strips U+001C..U+001F.
fn python_lstrip(text: &str) -> &str {
    text.trim_start_matches(is_python_space)
}

/// The UTF-16 offset of each of the sorted byte offsets of `text` (character boundaries or its end).
fn utf16_offsets(text: &str, sorted: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sorted.len());
    let mut targets = sorted.iter().peekable();
    let mut units = 0;
    for (byte, c) in text.char_indices().chain(std::iter::once((text.len(), '\0'))) {
        while targets.next_if(|&&target| target <= byte).is_some() {
            out.push(units);
        }
        units += c.len_utf16();
    }
    out.resize(sorted.len(), units);
    out
}

/// The diagnostic for what a shell would do (`caret`: the notice is a `^` starting a line).
fn notice_diagnostic(kind: NoticeKind, caret: bool) -> Diagnostic {
    match kind {
        NoticeKind::BraceList { parts } => codes::cli_brace_expansion::list(parts),
        NoticeKind::BraceSequence(shells) => codes::cli_brace_expansion::sequence(shells),
        NoticeKind::ZshCloseBrace => codes::cli_brace_expansion::zsh_close_brace(),
        NoticeKind::Glob => codes::cli_glob::pattern(),
        NoticeKind::UnclosedBracket => codes::cli_glob::unclosed_bracket(),
        NoticeKind::CommandPath => codes::cli_glob::command_path(),
        NoticeKind::History(shells) => codes::cli_history_expansion::expansion(shells, caret),
        NoticeKind::HistoryBackslash => codes::cli_history_expansion::backslash(),
        NoticeKind::Nul => codes::cli_nul_character::diagnostic(),
    }
}

/// argparse's choice check (`CLIArgParser._check_value`), for the global options with choices.
fn choice_error(name: &'static str, value: &str) -> Option<Diagnostic> {
    let choices: &[&str] = match name {
        "--output" => &["json", "text", "table"],
        "--color" => &["on", "off", "auto"],
        _ => return None,
    };
    (!choices.contains(&value)).then(|| codes::cli_global_option_value::invalid_choice(name, choices))
}

/// `_resolve_endpoint_url` (a scheme is needed) and botocore's `is_valid_endpoint_url` or
/// `is_valid_ipv6_endpoint_url`, as Python's `urlsplit` reads the URL.
fn endpoint_url_error(url: &str) -> Option<Diagnostic> {
    // urlsplit strips leading C0 controls and spaces, and removes tabs and line breaks.
    let cleaned: String =
        url.trim_start_matches(|c: char| c <= ' ').chars().filter(|c| !"\t\r\n".contains(*c)).collect();
    let scheme_end = cleaned.find(':').filter(|&end| {
        end > 0
            && cleaned.starts_with(|c: char| c.is_ascii_alphabetic())
            && cleaned[..end].chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    let Some(scheme_end) = scheme_end else {
        return Some(codes::cli_global_option_value::endpoint_without_scheme(url));
    };
    let invalid = || Some(codes::cli_global_option_value::invalid_endpoint(url));
    if url.contains(['\t', '\r', '\n']) {
        return invalid();
    }
    let rest = &cleaned[scheme_end + 1..];
    let netloc = match rest.strip_prefix("//") {
        Some(after) => &after[..after.find(['/', '?', '#']).unwrap_or(after.len())],
        None => "",
    };
    if netloc.contains('[') != netloc.contains(']') {
        return Some(codes::cli_global_option_value::invalid_ipv6_url());
    }
    let host_info = netloc.rsplit_once('@').map_or(netloc, |(_, host)| host);
    let hostname = match host_info.split_once('[') {
        Some((_, bracketed)) => bracketed.split_once(']').map_or(bracketed, |(host, _)| host),
        None => host_info.split_once(':').map_or(host_info, |(host, _)| host),
    };
    if hostname.is_empty() || hostname.len() > 255 {
        return invalid();
    }
    let label = |label: &str| {
        (1..=63).contains(&label.len())
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    let name = hostname.strip_suffix('.').unwrap_or(hostname);
    let ipv6 = |host: &str| host.split('%').next().is_some_and(|address| address.parse::<std::net::Ipv6Addr>().is_ok());
    if name.split('.').all(label) || ipv6(hostname) {
        return None;
    }
    invalid()
}

/// botocore's `validate_region_name` (`^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{,63}(?<!-)$`), then the
/// endpoint the region makes when no `--endpoint-url` replaces it.
fn region_error(region: &str, endpoint_url: bool) -> Option<Diagnostic> {
    // Python's `$` also matches before a final newline, which then breaks the endpoint.
    let checked = region.strip_suffix('\n').unwrap_or(region);
    let valid = checked.len() <= 63
        && checked.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && (checked.is_empty() || !checked.bytes().all(|b| b.is_ascii_digit()))
        && !checked.starts_with('-')
        && !checked.ends_with('-');
    if !valid {
        return Some(codes::cli_global_option_value::invalid_region(region));
    }
    (!endpoint_url && (checked.is_empty() || checked.len() != region.len()))
        .then(|| codes::cli_global_option_value::region_endpoint(region))
}

/// `_resolve_timeout`: Python's `int()`, then urllib3's refusal of a negative timeout.
fn timeout_error(value: &str, which: &'static str) -> Option<Diagnostic> {
    let number = match python_int(value) {
        Ok(number) => number,
        Err(reason) => return Some(codes::cli_global_option_value::timeout_not_an_integer(reason)),
    };
    let digits: String = value.chars().filter_map(decimal_value).map(|d| char::from(b'0' + d as u8)).collect();
    let shown = digits.trim_start_matches('0');
    (number.is_negative() && !shown.is_empty()).then(|| codes::cli_global_option_value::negative_timeout(which, shown))
}

/// argparse's `^-\d+$|^-\d*\.\d+$` (Python's `\d` is any Unicode decimal digit).
fn is_negative_number(word: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| decimal_value(c).is_some());
    let Some(rest) = word.strip_prefix('-') else { return false };
    match rest.split_once('.') {
        None => digits(rest),
        Some((whole, fraction)) => (whole.is_empty() || digits(whole)) && digits(fraction),
    }
}
