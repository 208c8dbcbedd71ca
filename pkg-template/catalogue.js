// Generated from the rule modules in src/rules/ and from src/model.rs by `make generated`; do not edit.
// A template is its pieces: text, and [name, format] for an argument (see render.js).

export const RULES = [
  {
    code: "required",
    severity: "error",
    title: "Required member missing",
    summary: "A member the service model marks as required is missing.",
    messages: [
      [["path"], " is required."],
    ],
    helps: [
      ["Add ", ["member"], ": ", ["member", "doc"]],
    ],
  },
  {
    code: "type",
    severity: "error",
    title: "Wrong type",
    summary: "A value has the wrong JSON type for its member, such as a string where a boolean belongs.",
    messages: [
      [["path"], " must be ", ["expected"], ", not ", ["actual"], "."],
      [["path"], " must be ", ["expected"], ", not the integer ", ["number"], "."],
      [["path"], " must be ", ["expected"], ", not the float ", ["number"], "."],
      [["path"], " must be ", ["expected"], ", not ", ["number"], "."],
      ["The request must be ", ["expected"], ", not ", ["actual"], "."],
      ["The request must be ", ["expected"], ", not the integer ", ["number"], "."],
      ["The request must be ", ["expected"], ", not the float ", ["number"], "."],
      ["The request must be ", ["expected"], ", not ", ["number"], "."],
    ],
    helps: [
      ["Write ", ["value"], " without quotes."],
      ["Write ", ["value"], " as a whole number, without a fraction or exponent."],
      ["Write it as a whole number, without a fraction or exponent."],
      ["Give a whole number of seconds."],
      [["value"], " is not a number of seconds: give a whole number from ", ["min"], " to ", ["max", "thousands"], " (about ", ["days"], " days)."],
      ["Write ", ["value"], " without quotes."],
      ["Write true or false, without quotes."],
      ["Put it in a list: [", ["value"], "]."],
      ["Write it as a string: \"", ["value"], "\"."],
      ["Write it as a string, in quotes; the fix writes it whole."],
      ["Write it as a string, in quotes."],
      ["Give a value instead of null; optional members can be left out."],
    ],
  },
  {
    code: "unknown-member",
    severity: "error",
    title: "Unknown member",
    summary: "A member the service model does not have, usually a misspelling of one it does.",
    messages: [
      [["key"], " is not a member of ", ["structure"], "."],
      [["more"], " more members are not in ", ["structure"], "."],
      ["1 more member is not in ", ["structure"], "."],
    ],
    helps: [
      ["Did you mean ", ["suggestion"], "? ", ["structure"], " has: ", ["members"], "."],
      [["structure"], " has: ", ["members"], "."],
      ["Only the first ", ["reported"], " unknown members are listed one by one; remove every member the model does not have."],
    ],
  },
  {
    code: "length",
    severity: "error",
    title: "String length out of range",
    summary: "A string is shorter or longer than the service model allows.",
    messages: [
      [["path"], " has ", ["length", "count character"], "; it must have at most ", ["limit"], "."],
      [["path"], " has ", ["length", "count character"], "; it must have at least ", ["limit"], "."],
      ["The tag key has ", ["length", "count character"], "; it must have at most ", ["limit"], "."],
      ["The tag key has ", ["length", "count character"], "; it must have at least ", ["limit"], "."],
    ],
    helps: [
    ],
  },
  {
    code: "enum",
    severity: "error",
    title: "Value not in the enum",
    summary: "A PhoneType, Channel or VoiceEnhancementMode value that is not one of the allowed values.",
    messages: [
      [["path"], " is ", ["value"], ", which is not ", ["allowed"], "."],
    ],
    helps: [
      ["Did you mean ", ["suggestion"], "? Enum values are case-sensitive: use ", ["allowed"], "."],
      ["Use ", ["allowed"], "."],
    ],
  },
  {
    code: "range",
    severity: "error",
    title: "Integer out of range",
    summary: "An integer below the model's minimum, such as a negative AfterContactWorkTimeLimit.",
    messages: [
      [["path"], " is ", ["value"], "; the minimum is ", ["min"], "."],
    ],
    helps: [
      ["Use 0 for indefinite after contact work, or a number of seconds up to ", ["max", "thousands"], " (about ", ["days"], " days)."],
    ],
  },
  {
    code: "list-length",
    severity: "error",
    title: "Too few or too many entries",
    summary: "SecurityProfileIds must have 1–10 items and Tags 1–50 entries.",
    messages: [
      [["path"], " has ", ["length", "count item"], "; it must have ", ["min"], "–", ["max"], "."],
      [["path"], " has ", ["length", "count entry"], "; it must have ", ["min"], "–", ["max"], "."],
    ],
    helps: [
      ["A user can have at most ", ["max"], " security profiles; keep the ones this user needs."],
      ["Give at least one security profile ID."],
      ["Leave ", ["path"], " out instead of sending it empty."],
      ["Keep at most ", ["max"], " tags here and add the rest with TagResource after creating the user."],
    ],
  },
  {
    code: "username-length",
    severity: "error",
    title: "Username too long for the identity type",
    summary: "Username may have at most 20 characters, or 64 with SAML identity management.",
    messages: [
      ["Username has ", ["length"], " characters; SAML identity management allows at most ", ["saml_most"], "."],
      ["Username has ", ["length"], " characters; ", ["identity"], " identity management allows at most ", ["most"], "."],
      ["Username has ", ["length"], " characters; the limit is ", ["most"], ", or ", ["saml_most"], " with SAML."],
      ["Username has ", ["length"], " characters, which is valid only with SAML identity management."],
    ],
    helps: [
      ["Shorten it to ", ["saml_most"], " characters."],
      ["Shorten it to ", ["most"], " characters; only SAML instances allow up to ", ["saml_most"], "."],
      ["Shorten it to ", ["most"], " characters, or to ", ["saml_most"], " if the instance uses SAML."],
      ["Shorten it to ", ["most"], " characters, or give the identity type if the instance uses SAML."],
    ],
  },
  {
    code: "username-characters",
    severity: "error",
    title: "Username has characters outside A–Z, a–z, 0–9, _ . @ -",
    summary: "Username may contain only ASCII letters, digits and _ . @ - (an error with SAML, a warning otherwise).",
    messages: [
      ["Username contains characters outside A–Z, a–z, 0–9, _ . @ -: ", ["characters"], "."],
    ],
    helps: [
      ["Use only ASCII letters, digits, underscore, period, at sign and hyphen."],
    ],
  },
  {
    code: "username-at-sign",
    severity: "error",
    title: "Username has @ but is not an email address",
    summary: "Username may contain @ only in email form, such as testuser@example.com.",
    messages: [
      ["Username contains @ but is not an email address such as testuser@example.com."],
    ],
    helps: [
      ["Write a complete email address, or remove the @ and what follows it."],
    ],
  },
  {
    code: "password-required",
    severity: "error",
    title: "Password missing",
    summary: "A Password is required when the instance uses CONNECT_MANAGED identity management.",
    messages: [
      ["Password is required when the instance uses CONNECT_MANAGED identity management."],
    ],
    helps: [
      ["Add a Password of 8–64 characters with an upper-case letter, a lower-case letter and a digit."],
    ],
  },
  {
    code: "password-not-allowed",
    severity: "error",
    title: "Password given without CONNECT_MANAGED",
    summary: "A Password is an error when the instance uses SAML or EXISTING_DIRECTORY identity management.",
    messages: [
      ["Password is not allowed when the instance uses ", ["identity"], " identity management."],
    ],
    helps: [
      ["Remove Password; these users sign in through their identity provider or directory."],
    ],
  },
  {
    code: "password-policy",
    severity: "error",
    title: "Password does not meet the policy",
    summary: "A Password must be 8–64 non-whitespace characters with an ASCII upper-case letter, lower-case letter and digit.",
    messages: [
      ["Password ", ["failures", "and"], "."],
    ],
    helps: [
      ["Use 8–64 characters without spaces, including an upper-case letter, a lower-case letter and a digit."],
    ],
  },
  {
    code: "name-required",
    severity: "error",
    title: "First or last name missing",
    summary: "IdentityInfo.FirstName and LastName are required with CONNECT_MANAGED or SAML identity management.",
    messages: [
      [["path"], " is required when the instance uses ", ["identity"], " identity management."],
      [["path"], " is empty; the documentation requires it with SAML, although the model allows an empty string for SAML."],
    ],
    helps: [
      ["Add the user's first name."],
      ["Add the user's last name."],
    ],
  },
  {
    code: "name-length",
    severity: "error",
    title: "Name too long for CONNECT_MANAGED",
    summary: "With CONNECT_MANAGED identity management FirstName may have 1–255 characters and LastName 1–256.",
    messages: [
      [["path"], " has ", ["length"], " characters; CONNECT_MANAGED identity management allows at most ", ["limit"], "."],
    ],
    helps: [
      ["Shorten it to ", ["limit"], " characters."],
    ],
  },
  {
    code: "name-not-nfc",
    severity: "error",
    title: "Name not in Unicode NFC",
    summary: "IdentityInfo.FirstName and LastName must be in Unicode Normalization Form C.",
    messages: [
      [["path"], " is not in Unicode NFC: it contains decomposed characters or combining marks."],
    ],
    helps: [
      ["Use the composed form of each character; the fix carries it."],
    ],
  },
  {
    code: "email-required",
    severity: "warning",
    title: "Email missing with CONNECT_MANAGED",
    summary: "The CreateUser documentation requires an Email with CONNECT_MANAGED, but AWS's own example omits it.",
    messages: [
      ["IdentityInfo.Email is missing; the CreateUser documentation requires it with CONNECT_MANAGED identity management, although AWS's own CLI example leaves it out."],
    ],
    helps: [
      ["Add the user's email address to be safe; password resets are sent there."],
    ],
  },
  {
    code: "email-not-allowed",
    severity: "error",
    title: "Email given with SAML",
    summary: "IdentityInfo.Email returns an error when the instance uses SAML identity management.",
    messages: [
      ["IdentityInfo.Email returns an error when the instance uses SAML identity management."],
    ],
    helps: [
      ["Remove Email; use SecondaryEmail if the user should get notifications."],
    ],
  },
  {
    code: "email-format",
    severity: "error",
    title: "Not an email address",
    summary: "SecondaryEmail must match the documented address pattern (error); an Email that is not an address is a warning.",
    messages: [
      ["IdentityInfo.SecondaryEmail is not an email address of the documented form, such as mary.major@example.com."],
      ["IdentityInfo.Email does not look like an email address such as mary.major@example.com."],
    ],
    helps: [
      ["Write one address of at most 265 characters: ASCII letters, digits and ._%+- before the @, and a domain ending in a dot and 2–63 letters."],
      ["Email has no documented pattern, but the service uses it to send mail: write one complete address."],
    ],
  },
  {
    code: "mobile-format",
    severity: "error",
    title: "Mobile not in E.164 form",
    summary: "IdentityInfo.Mobile must be + followed by 2–15 ASCII digits, the first not 0.",
    messages: [
      ["IdentityInfo.Mobile is not an E.164 phone number such as +15555551212."],
    ],
    helps: [
      ["Write + and the country code followed by the number, digits only, 15 digits at most."],
    ],
  },
  {
    code: "directory-user-id-not-allowed",
    severity: "error",
    title: "DirectoryUserId given with SAML",
    summary: "DirectoryUserId returns an error when the instance uses SAML identity management.",
    messages: [
      ["DirectoryUserId returns an error when the instance uses SAML identity management."],
    ],
    helps: [
      ["Remove DirectoryUserId; it is only for instances that use an existing directory."],
    ],
  },
  {
    code: "identity-type-inferred",
    severity: "info",
    title: "Identity-management type inferred",
    summary: "No identity-management type was given: which types the request fits, and the members that decided it.",
    messages: [
      ["No identity-management type was given, and the request fits none: it is not valid whatever the instance's type."],
      ["No identity-management type was given; the request fits every identity-management type."],
      ["No identity-management type was given; the request fits only ", ["types"], "."],
      ["No identity-management type was given; the request fits ", ["types"], "."],
      ["Not ", ["identity"], ": ", ["reason"]],
    ],
    helps: [
      ["Give the instance's identity-management type to check the rules that depend on it."],
      ["Give the instance's identity-management type to check the rules that depend on it. ", ["reasons"]],
      ["Change the request for the instance's identity-management type, and give the type to check every rule that depends on it. ", ["reasons"]],
    ],
  },
  {
    code: "phone-config-conflict",
    severity: "error",
    title: "PhoneConfig conflicts with a channel-specific list",
    summary: "A PhoneConfig field and the channel-specific list that replaces it cannot both be set.",
    messages: [
      [["path"], " cannot be set together with ", ["list"], "."],
    ],
    helps: [
      ["Set it per channel instead: remove ", ["path"], " and give ", ["list"], " a VOICE element such as ", ["example"], "; an existing VOICE element takes its place."],
    ],
  },
  {
    code: "voice-only",
    severity: "error",
    title: "Channel other than VOICE in a voice-only list",
    summary: "PhoneNumberConfigs, PersistentConnectionConfigs and VoiceEnhancementConfigs support only the VOICE channel.",
    messages: [
      [["path"], " is ", ["channel"], ", but ", ["list"], " supports only VOICE."],
    ],
    helps: [
      ["Use VOICE, or remove this element."],
    ],
  },
  {
    code: "agent-first-callback-voice-only",
    severity: "error",
    title: "Agent-first callback setting on a non-VOICE channel",
    summary: "AgentFirstCallbackAutoAccept and AgentFirstCallbackAfterContactWorkConfig apply only to the VOICE channel.",
    messages: [
      [["path"], " applies only to VOICE, but this element's Channel is ", ["channel"], "."],
    ],
    helps: [
      ["Move the setting to the VOICE element, or remove it."],
    ],
  },
  {
    code: "duplicate-channel",
    severity: "warning",
    title: "Channel repeated in a list",
    summary: "The same Channel appears twice in one channel-specific list.",
    messages: [
      [["element"], " repeats Channel ", ["channel"], ", already set by ", ["first"], "."],
    ],
    helps: [
      ["Keep one element per channel."],
    ],
  },
  {
    code: "desk-phone-number-required",
    severity: "error",
    title: "Desk phone without a number",
    summary: "PhoneType DESK_PHONE needs a phone number: DeskPhoneNumber in PhoneConfig, PhoneNumber in PhoneNumberConfigs.",
    messages: [
      [["path"], " is required because the phone type is DESK_PHONE."],
    ],
    helps: [
      ["Add the desk phone number in E.164 form, such as +15555551212, or use SOFT_PHONE."],
    ],
  },
  {
    code: "phone-number-unused",
    severity: "warning",
    title: "Desk phone number with a soft phone",
    summary: "A desk phone number is given but the phone type is SOFT_PHONE, so it is not used.",
    messages: [
      [["path"], " is not used, because the phone type is SOFT_PHONE."],
    ],
    helps: [
      ["Set the phone type to DESK_PHONE if calls should go to this number, or remove the number."],
    ],
  },
  {
    code: "phone-number-format",
    severity: "error",
    title: "Desk phone number not in E.164 form",
    summary: "DeskPhoneNumber and PhoneNumberConfigs[].PhoneNumber must be + followed by 2–15 ASCII digits, the first not 0.",
    messages: [
      [["path"], " is not an E.164 phone number such as +15555551212."],
    ],
    helps: [
      ["Write + and the country code followed by the number, digits only, 15 digits at most."],
    ],
  },
  {
    code: "acw-range",
    severity: "error",
    title: "After contact work time limit too high",
    summary: "AfterContactWorkTimeLimit may be at most 2,000,000 seconds.",
    messages: [
      [["path"], " is ", ["limit"], " seconds; the maximum is ", ["max", "thousands"], " (about ", ["days"], " days)."],
      [["path"], " is ", ["limit"], "; the maximum is ", ["max", "thousands"], " (about ", ["days"], " days)."],
    ],
    helps: [
      ["If this is in milliseconds (SearchUsers returns milliseconds), in seconds it is ", ["seconds"], "."],
      ["Give the limit in seconds, at most ", ["max", "thousands"], " (about ", ["days"], " days), or 0 for no limit."],
      ["Give the limit in seconds, at most ", ["max", "thousands"], " (about ", ["days"], " days), or 0 for no limit; the AWS CLI cannot even read an integer of more than ", ["digits", "thousands"], " digits."],
    ],
  },
  {
    code: "legacy-phone-config",
    severity: "info",
    title: "Legacy PhoneConfig",
    summary: "AWS recommends the channel-specific lists over PhoneConfig; the fix migrates it.",
    messages: [
      ["PhoneConfig is the legacy form; AWS recommends the channel-specific AutoAcceptConfigs, AfterContactWorkConfigs, PhoneNumberConfigs and PersistentConnectionConfigs."],
    ],
    helps: [
      ["Move each PhoneConfig field into its channel-specific list as a VOICE element; the fix does it."],
    ],
  },
  {
    code: "arn-instead-of-id",
    severity: "warning",
    title: "ARN instead of an ID",
    summary: "An ARN where CreateUser expects a plain identifier; the fix is the ID taken from the ARN.",
    messages: [
      [["path"], " is an ARN of ", ["service"], ", not of Amazon Connect."],
      [["path"], " is not an Amazon Connect resource ARN."],
      [["path"], " is the ARN of ", ["arn_kind", "article"], ", but ", ["kind", "article"], " ID belongs here."],
      [["path"], " belongs to instance ", ["owner"], ", not to InstanceId ", ["instance"], "."],
      [["path"], " is an ARN; CreateUser expects the ", ["kind"], " ID."],
    ],
    helps: [
      ["Give the ID of the ", ["kind"], " to use."],
      ["Use the ID at the end of the ARN: ", ["id"], "."],
    ],
  },
  {
    code: "id-format",
    severity: "warning",
    title: "Not a Connect identifier",
    summary: "An instance, security profile, routing profile or hierarchy group ID that is not a UUID.",
    messages: [
      [["path"], " is ", ["value"], ", which is not a Connect identifier (a UUID such as 0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b)."],
    ],
    helps: [
      ["Copy the ", ["kind"], " ID from the Amazon Connect console or the AWS CLI; example IDs from the documentation are placeholders."],
    ],
  },
  {
    code: "duplicate-security-profile",
    severity: "warning",
    title: "Security profile listed twice",
    summary: "The same security profile ID appears more than once in SecurityProfileIds.",
    messages: [
      [["path"], " repeats ", ["value"], ", already listed at ", ["first"], "."],
    ],
    helps: [
      ["List each security profile once."],
    ],
  },
  {
    code: "tag-key-reserved",
    severity: "error",
    title: "Reserved tag key prefix",
    summary: "Tag keys may not start with aws: (an error); other casings such as AWS: are a warning.",
    messages: [
      ["The tag key ", ["key"], " starts with the reserved prefix ", ["prefix"], "."],
    ],
    helps: [
      ["AWS reserves aws: for its own tags; choose another prefix."],
      ["The model refuses only lower-case aws:, but this key reads as an AWS-managed tag; choose another prefix."],
    ],
  },
  {
    code: "tag-key-characters",
    severity: "error",
    title: "Tag key has characters outside the allowed class",
    summary: "Tag keys may contain only Unicode letters, separators and numbers and _ . : / = + - @.",
    messages: [
      ["The tag key ", ["key"], " contains characters a tag key cannot have: ", ["characters"], "."],
    ],
    helps: [
      ["Use letters, numbers, spaces and _ . : / = + - @ only."],
    ],
  },
  {
    code: "cli-not-create-user",
    severity: "error",
    title: "Not a supported user operation",
    summary: "The pasted text is not an `aws connect` command of a supported user operation.",
  },
  {
    code: "cli-shell-syntax",
    severity: "error",
    title: "Not a single, complete shell command",
    summary: "The pasted text is not one complete POSIX shell command: an unclosed quote, a second command, or shell syntax this tool does not read.",
  },
  {
    code: "cli-variable",
    severity: "warning",
    title: "Shell variable not expanded",
    summary: "The command uses a shell variable (`$NAME`, `${NAME}`) or `~`, which a shell would expand but this tool cannot.",
  },
  {
    code: "cli-command-substitution",
    severity: "warning",
    title: "Command substitution not run",
    summary: "The command uses `$(…)` or backticks, which a shell would run but this tool does not.",
  },
  {
    code: "cli-file-reference",
    severity: "warning",
    title: "Value read from a file or URL",
    summary: "An option value is a `file://`, `fileb://`, `http://` or `https://` reference, which the AWS CLI would load but a browser cannot.",
  },
  {
    code: "cli-unknown-option",
    severity: "error",
    title: "Unknown option",
    summary: "The command has words the AWS CLI does not accept: an option the command does not have, or a value without its option.",
  },
  {
    code: "cli-ambiguous-option",
    severity: "error",
    title: "Ambiguous option prefix",
    summary: "An abbreviated option matches more than one option.",
  },
  {
    code: "cli-global-option",
    severity: "warning",
    title: "Abbreviation taken as a global option",
    summary: "An abbreviated option is a prefix of one of the AWS CLI's global options, which claim it first.",
  },
  {
    code: "cli-missing-value",
    severity: "error",
    title: "Option without its value",
    summary: "An option that takes a value is followed by another option or by nothing.",
  },
  {
    code: "cli-syntax",
    severity: "error",
    title: "Shorthand or JSON syntax error",
    summary: "An option value is neither valid AWS CLI shorthand nor valid JSON.",
  },
  {
    code: "cli-type-conversion",
    severity: "error",
    title: "Value cannot be converted",
    summary: "A shorthand value cannot be converted to its member's type, such as a word where an integer belongs.",
  },
  {
    code: "cli-skeleton",
    severity: "warning",
    title: "Skeleton instead of a request",
    summary: "The command has --generate-cli-skeleton, so the AWS CLI prints a skeleton and sends no request.",
  },
  {
    code: "cli-no-request",
    severity: "warning",
    title: "Version or help instead of a request",
    summary: "The command makes the AWS CLI print its version or the command's help, and send no request.",
  },
  {
    code: "cli-global-option-value",
    severity: "error",
    title: "Invalid global option",
    summary: "A global option's value the AWS CLI refuses before sending anything.",
  },
  {
    code: "cli-brace-expansion",
    severity: "warning",
    title: "Brace expansion",
    summary: "An unquoted `{a,b}` or `{1..3}`, which bash and zsh expand into several words, or a `}` that zsh refuses.",
  },
  {
    code: "cli-glob",
    severity: "warning",
    title: "File name expansion",
    summary: "An unquoted `*`, `?` or `[…]`, which a shell replaces with matching file names, or zsh's `=name`.",
  },
  {
    code: "cli-history-expansion",
    severity: "warning",
    title: "History expansion",
    summary: "A `!` (or a line starting with `^`) that interactive bash and zsh replace with text from an earlier command.",
  },
  {
    code: "cli-nul-character",
    severity: "warning",
    title: "NUL character in the command",
    summary: "The pasted text holds a NUL character, which bash and dash drop and zsh cuts the word short at.",
  },
  {
    code: "cli-redirection",
    severity: "info",
    title: "Pipe or redirection",
    summary: "The command redirects its input or output, or pipes its output into another command; neither is part of the request.",
  },
];

export const IDENTITY_TYPES = ["CONNECT_MANAGED", "SAML", "EXISTING_DIRECTORY"];
export const OPERATIONS = ["CreateUser", "UpdateUserIdentityInfo", "UpdateUserPhoneConfig", "UpdateUserConfig", "UpdateUserSecurityProfiles", "UpdateUserRoutingProfile", "UpdateUserHierarchy", "TagResource", "UntagResource"];
export const UNSUPPORTED = ["undefined", "bigint", "symbol", "function", "map", "set", "date", "regexp", "promise", "error", "binary", "cycle", "deep", "large", "surrogates", "unreadable", "length", "long", "item-getter", "keys", "getter", "key-surrogates"];
export const MAX_VALUES = 500000;
export const MAX_LIST_ITEMS = 100000;
export const MAX_DEPTH = 512;
export const EXCERPT_CHARS = 60;
export const UNPRINTABLE = /^[\p{C}\p{M}\p{Z}]$/u;
export const ESCAPED = /[\u{7f}-\u{9f}\u{ad}\u{600}-\u{605}\u{61c}\u{6dd}\u{70f}\u{890}-\u{891}\u{8e2}\u{180e}\u{200b}-\u{200f}\u{202a}-\u{202e}\u{2060}-\u{2064}\u{2066}-\u{206f}\u{feff}\u{fff9}-\u{fffb}\u{110bd}\u{110cd}\u{13430}-\u{1343f}\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0001}\u{e0020}-\u{e007f}\u{2028}\u{2029}]/gu;
export const PYTHON_UNPRINTABLE = /^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** Every member's name and documentation, in the order of `model::members()`. */
export const MEMBERS = [["Username","The user name: up to 20 characters, or 64 with SAML; it may contain @ only in email form."],["Password","Required with CONNECT_MANAGED identity management and an error otherwise: 8–64 characters with upper case, lower case and a digit."],["IdentityInfo","The information about the identity of the user."],["FirstName","The first name, in Unicode NFC. Required with CONNECT_MANAGED or SAML identity management."],["LastName","The last name, in Unicode NFC. Required with CONNECT_MANAGED or SAML identity management."],["Email","The email address. With SAML identity management, including it returns an error."],["SecondaryEmail","The secondary email address; it receives notifications other than password resets."],["Mobile","The mobile number in E.164 form, such as +15555551212."],["PhoneConfig","The legacy phone settings; AWS recommends the channel-specific lists instead."],["PhoneType","The phone type: SOFT_PHONE or DESK_PHONE."],["AutoAccept","Whether contacts are connected without the agent accepting them."],["AfterContactWorkTimeLimit","The after contact work (ACW) timeout in seconds: 0 for indefinite, otherwise up to 2,000,000."],["DeskPhoneNumber","The desk phone number in E.164 form; needed with DESK_PHONE."],["PersistentConnection","Whether the agent's connection stays open after a call ends."],["DirectoryUserId","The user's identifier in an existing directory, when Connect cannot access the directory. An error with SAML."],["SecurityProfileIds","The IDs of 1 to 10 security profiles for the user."],["RoutingProfileId","The ID of the routing profile for the user."],["HierarchyGroupId","The ID of the hierarchy group for the user."],["InstanceId","The Amazon Connect instance ID; you can find it in the instance ARN."],["AutoAcceptConfigs","Auto-accept settings, one per channel."],["Channel","The channel: VOICE, CHAT, TASK or EMAIL."],["AutoAccept","Whether contacts on this channel are connected automatically."],["AgentFirstCallbackAutoAccept","Auto-accept for agent-first callbacks; VOICE only."],["AfterContactWorkConfigs","After contact work timeouts, one per channel."],["Channel","The channel: VOICE, CHAT, TASK or EMAIL."],["AfterContactWorkConfig","The ACW timeout settings for this channel."],["AfterContactWorkTimeLimit","The after contact work (ACW) timeout in seconds: 0 for indefinite, otherwise up to 2,000,000."],["AgentFirstCallbackAfterContactWorkConfig","The ACW timeout for agent-first callbacks; VOICE only."],["PhoneNumberConfigs","Phone type and desk phone number; VOICE only."],["Channel","The channel; only VOICE is supported."],["PhoneType","The phone type: SOFT_PHONE or DESK_PHONE."],["PhoneNumber","The desk phone number in E.164 form."],["PersistentConnectionConfigs","Persistent connection settings; VOICE only."],["Channel","The channel; only VOICE is supported."],["PersistentConnection","Whether the agent's connection stays open after a call ends."],["VoiceEnhancementConfigs","Voice enhancement modes; VOICE only."],["Channel","The channel; only VOICE is supported."],["VoiceEnhancementMode","VOICE_ISOLATION, NOISE_SUPPRESSION or NONE."],["Tags","1 to 50 tags, such as {\"Department\": \"Support\"}."],["IdentityInfo","The identity information for the user."],["UserId","The ID of the user: the Id that describe-user or list-users prints."],["InstanceId","The Amazon Connect instance ID; you can find it in the instance ARN."],["PhoneConfig","The phone settings; AWS recommends UpdateUserConfig instead."],["UserId","The ID of the user: the Id that describe-user or list-users prints."],["InstanceId","The Amazon Connect instance ID; you can find it in the instance ARN."],["AutoAcceptConfigs","Auto-accept settings, one per channel."],["AfterContactWorkConfigs","After contact work timeouts, one per channel."],["PhoneNumberConfigs","Phone type and desk phone number; VOICE only."],["PersistentConnectionConfigs","Persistent connection settings; VOICE only."],["VoiceEnhancementConfigs","Voice enhancement modes; VOICE only."],["UserId","The ID of the user: the Id that describe-user or list-users prints."],["InstanceId","The Amazon Connect instance ID; you can find it in the instance ARN."],["SecurityProfileIds","The IDs of 1 to 10 security profiles; they replace the user's."],["UserId","The ID of the user: the Id that describe-user or list-users prints."],["InstanceId","The Amazon Connect instance ID; you can find it in the instance ARN."],["RoutingProfileId","The ID of the routing profile for the user."],["UserId","The ID of the user: the Id that describe-user or list-users prints."],["InstanceId","The Amazon Connect instance ID; you can find it in the instance ARN."],["HierarchyGroupId","The ID of the hierarchy group for the user."],["UserId","The ID of the user: the Id that describe-user or list-users prints."],["InstanceId","The Amazon Connect instance ID; you can find it in the instance ARN."],["resourceArn","The user's ARN: arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE_ID/agent/USER_ID, as describe-user prints it."],["tags","1 to 50 tags to add or overwrite, such as {\"Department\": \"Support\"}."],["resourceArn","The user's ARN: arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE_ID/agent/USER_ID, as describe-user prints it."],["tagKeys","The keys of 1 to 50 tags to remove."]];

/** Each operation's input, as `requestModel(operation)` returns it. */
export const MODELS = {
  "CreateUser": {
    "operation": "CreateUser",
    "cliCommand": "create-user",
    "type": "structure",
    "name": "CreateUserRequest",
    "members": [
      {
        "name": "Username",
        "required": true,
        "doc": "The user name: up to 20 characters, or 64 with SAML; it may contain @ only in email form.",
        "cliOption": "--username",
        "shape": {
          "type": "string",
          "name": "AgentUsername",
          "min": 1,
          "max": 100
        }
      },
      {
        "name": "Password",
        "required": false,
        "doc": "Required with CONNECT_MANAGED identity management and an error otherwise: 8–64 characters with upper case, lower case and a digit.",
        "cliOption": "--password",
        "shape": {
          "type": "string",
          "name": "Password",
          "sensitive": true
        }
      },
      {
        "name": "IdentityInfo",
        "required": false,
        "doc": "The information about the identity of the user.",
        "cliOption": "--identity-info",
        "shape": {
          "type": "structure",
          "name": "UserIdentityInfo",
          "members": [
            {
              "name": "FirstName",
              "required": false,
              "doc": "The first name, in Unicode NFC. Required with CONNECT_MANAGED or SAML identity management.",
              "shape": {
                "type": "string",
                "name": "AgentFirstName",
                "min": 0,
                "max": 255,
                "sensitive": true
              }
            },
            {
              "name": "LastName",
              "required": false,
              "doc": "The last name, in Unicode NFC. Required with CONNECT_MANAGED or SAML identity management.",
              "shape": {
                "type": "string",
                "name": "AgentLastName",
                "min": 0,
                "max": 300,
                "sensitive": true
              }
            },
            {
              "name": "Email",
              "required": false,
              "doc": "The email address. With SAML identity management, including it returns an error.",
              "shape": {
                "type": "string",
                "name": "Email",
                "sensitive": true
              }
            },
            {
              "name": "SecondaryEmail",
              "required": false,
              "doc": "The secondary email address; it receives notifications other than password resets.",
              "shape": {
                "type": "string",
                "name": "Email",
                "sensitive": true
              }
            },
            {
              "name": "Mobile",
              "required": false,
              "doc": "The mobile number in E.164 form, such as +15555551212.",
              "shape": {
                "type": "string",
                "name": "PhoneNumber",
                "sensitive": true
              }
            }
          ]
        }
      },
      {
        "name": "PhoneConfig",
        "required": false,
        "doc": "The legacy phone settings; AWS recommends the channel-specific lists instead.",
        "cliOption": "--phone-config",
        "shape": {
          "type": "structure",
          "name": "UserPhoneConfig",
          "members": [
            {
              "name": "PhoneType",
              "required": false,
              "doc": "The phone type: SOFT_PHONE or DESK_PHONE.",
              "shape": {
                "type": "string",
                "name": "PhoneType",
                "enum": [
                  "SOFT_PHONE",
                  "DESK_PHONE"
                ]
              }
            },
            {
              "name": "AutoAccept",
              "required": false,
              "doc": "Whether contacts are connected without the agent accepting them.",
              "shape": {
                "type": "boolean"
              }
            },
            {
              "name": "AfterContactWorkTimeLimit",
              "required": false,
              "doc": "The after contact work (ACW) timeout in seconds: 0 for indefinite, otherwise up to 2,000,000.",
              "shape": {
                "type": "integer",
                "min": 0
              }
            },
            {
              "name": "DeskPhoneNumber",
              "required": false,
              "doc": "The desk phone number in E.164 form; needed with DESK_PHONE.",
              "shape": {
                "type": "string",
                "name": "SensitivePhoneNumber",
                "sensitive": true
              }
            },
            {
              "name": "PersistentConnection",
              "required": false,
              "doc": "Whether the agent's connection stays open after a call ends.",
              "shape": {
                "type": "boolean"
              }
            }
          ]
        }
      },
      {
        "name": "DirectoryUserId",
        "required": false,
        "doc": "The user's identifier in an existing directory, when Connect cannot access the directory. An error with SAML.",
        "cliOption": "--directory-user-id",
        "shape": {
          "type": "string",
          "name": "DirectoryUserId"
        }
      },
      {
        "name": "SecurityProfileIds",
        "required": true,
        "doc": "The IDs of 1 to 10 security profiles for the user.",
        "cliOption": "--security-profile-ids",
        "shape": {
          "type": "list",
          "min": 1,
          "max": 10,
          "member": {
            "type": "string",
            "name": "SecurityProfileId"
          }
        }
      },
      {
        "name": "RoutingProfileId",
        "required": true,
        "doc": "The ID of the routing profile for the user.",
        "cliOption": "--routing-profile-id",
        "shape": {
          "type": "string",
          "name": "RoutingProfileId"
        }
      },
      {
        "name": "HierarchyGroupId",
        "required": false,
        "doc": "The ID of the hierarchy group for the user.",
        "cliOption": "--hierarchy-group-id",
        "shape": {
          "type": "string",
          "name": "HierarchyGroupId"
        }
      },
      {
        "name": "InstanceId",
        "required": true,
        "doc": "The Amazon Connect instance ID; you can find it in the instance ARN.",
        "cliOption": "--instance-id",
        "shape": {
          "type": "string",
          "name": "InstanceId",
          "min": 1,
          "max": 100
        }
      },
      {
        "name": "AutoAcceptConfigs",
        "required": false,
        "doc": "Auto-accept settings, one per channel.",
        "cliOption": "--auto-accept-configs",
        "shape": {
          "type": "list",
          "member": {
            "type": "structure",
            "name": "AutoAcceptConfig",
            "members": [
              {
                "name": "Channel",
                "required": true,
                "doc": "The channel: VOICE, CHAT, TASK or EMAIL.",
                "shape": {
                  "type": "string",
                  "name": "Channel",
                  "enum": [
                    "VOICE",
                    "CHAT",
                    "TASK",
                    "EMAIL"
                  ]
                }
              },
              {
                "name": "AutoAccept",
                "required": true,
                "doc": "Whether contacts on this channel are connected automatically.",
                "shape": {
                  "type": "boolean"
                }
              },
              {
                "name": "AgentFirstCallbackAutoAccept",
                "required": false,
                "doc": "Auto-accept for agent-first callbacks; VOICE only.",
                "shape": {
                  "type": "boolean"
                }
              }
            ]
          }
        }
      },
      {
        "name": "AfterContactWorkConfigs",
        "required": false,
        "doc": "After contact work timeouts, one per channel.",
        "cliOption": "--after-contact-work-configs",
        "shape": {
          "type": "list",
          "member": {
            "type": "structure",
            "name": "AfterContactWorkConfigPerChannel",
            "members": [
              {
                "name": "Channel",
                "required": true,
                "doc": "The channel: VOICE, CHAT, TASK or EMAIL.",
                "shape": {
                  "type": "string",
                  "name": "Channel",
                  "enum": [
                    "VOICE",
                    "CHAT",
                    "TASK",
                    "EMAIL"
                  ]
                }
              },
              {
                "name": "AfterContactWorkConfig",
                "required": true,
                "doc": "The ACW timeout settings for this channel.",
                "shape": {
                  "type": "structure",
                  "name": "AfterContactWorkConfig",
                  "members": [
                    {
                      "name": "AfterContactWorkTimeLimit",
                      "required": false,
                      "doc": "The after contact work (ACW) timeout in seconds: 0 for indefinite, otherwise up to 2,000,000.",
                      "shape": {
                        "type": "integer",
                        "min": 0
                      }
                    }
                  ]
                }
              },
              {
                "name": "AgentFirstCallbackAfterContactWorkConfig",
                "required": false,
                "doc": "The ACW timeout for agent-first callbacks; VOICE only.",
                "shape": {
                  "type": "structure",
                  "name": "AfterContactWorkConfig",
                  "members": [
                    {
                      "name": "AfterContactWorkTimeLimit",
                      "required": false,
                      "doc": "The after contact work (ACW) timeout in seconds: 0 for indefinite, otherwise up to 2,000,000.",
                      "shape": {
                        "type": "integer",
                        "min": 0
                      }
                    }
                  ]
                }
              }
            ]
          }
        }
      },
      {
        "name": "PhoneNumberConfigs",
        "required": false,
        "doc": "Phone type and desk phone number; VOICE only.",
        "cliOption": "--phone-number-configs",
        "shape": {
          "type": "list",
          "member": {
            "type": "structure",
            "name": "PhoneNumberConfig",
            "members": [
              {
                "name": "Channel",
                "required": true,
                "doc": "The channel; only VOICE is supported.",
                "shape": {
                  "type": "string",
                  "name": "Channel",
                  "enum": [
                    "VOICE",
                    "CHAT",
                    "TASK",
                    "EMAIL"
                  ]
                }
              },
              {
                "name": "PhoneType",
                "required": true,
                "doc": "The phone type: SOFT_PHONE or DESK_PHONE.",
                "shape": {
                  "type": "string",
                  "name": "PhoneType",
                  "enum": [
                    "SOFT_PHONE",
                    "DESK_PHONE"
                  ]
                }
              },
              {
                "name": "PhoneNumber",
                "required": false,
                "doc": "The desk phone number in E.164 form.",
                "shape": {
                  "type": "string",
                  "name": "SensitivePhoneNumber",
                  "sensitive": true
                }
              }
            ]
          }
        }
      },
      {
        "name": "PersistentConnectionConfigs",
        "required": false,
        "doc": "Persistent connection settings; VOICE only.",
        "cliOption": "--persistent-connection-configs",
        "shape": {
          "type": "list",
          "member": {
            "type": "structure",
            "name": "PersistentConnectionConfig",
            "members": [
              {
                "name": "Channel",
                "required": true,
                "doc": "The channel; only VOICE is supported.",
                "shape": {
                  "type": "string",
                  "name": "Channel",
                  "enum": [
                    "VOICE",
                    "CHAT",
                    "TASK",
                    "EMAIL"
                  ]
                }
              },
              {
                "name": "PersistentConnection",
                "required": true,
                "doc": "Whether the agent's connection stays open after a call ends.",
                "shape": {
                  "type": "boolean"
                }
              }
            ]
          }
        }
      },
      {
        "name": "VoiceEnhancementConfigs",
        "required": false,
        "doc": "Voice enhancement modes; VOICE only.",
        "cliOption": "--voice-enhancement-configs",
        "shape": {
          "type": "list",
          "member": {
            "type": "structure",
            "name": "VoiceEnhancementConfig",
            "members": [
              {
                "name": "Channel",
                "required": true,
                "doc": "The channel; only VOICE is supported.",
                "shape": {
                  "type": "string",
                  "name": "Channel",
                  "enum": [
                    "VOICE",
                    "CHAT",
                    "TASK",
                    "EMAIL"
                  ]
                }
              },
              {
                "name": "VoiceEnhancementMode",
                "required": true,
                "doc": "VOICE_ISOLATION, NOISE_SUPPRESSION or NONE.",
                "shape": {
                  "type": "string",
                  "name": "VoiceEnhancementMode",
                  "enum": [
                    "VOICE_ISOLATION",
                    "NOISE_SUPPRESSION",
                    "NONE"
                  ]
                }
              }
            ]
          }
        }
      },
      {
        "name": "Tags",
        "required": false,
        "doc": "1 to 50 tags, such as {\"Department\": \"Support\"}.",
        "cliOption": "--tags",
        "shape": {
          "type": "map",
          "min": 1,
          "max": 50,
          "key": {
            "type": "string",
            "name": "TagKey",
            "min": 1,
            "max": 128
          },
          "value": {
            "type": "string",
            "name": "TagValue",
            "max": 256
          }
        }
      }
    ]
  },
  "UpdateUserIdentityInfo": {
    "operation": "UpdateUserIdentityInfo",
    "cliCommand": "update-user-identity-info",
    "type": "structure",
    "name": "UpdateUserIdentityInfoRequest",
    "members": [
      {
        "name": "IdentityInfo",
        "required": true,
        "doc": "The identity information for the user.",
        "cliOption": "--identity-info",
        "shape": {
          "type": "structure",
          "name": "UserIdentityInfo",
          "members": [
            {
              "name": "FirstName",
              "required": false,
              "doc": "The first name, in Unicode NFC. Required with CONNECT_MANAGED or SAML identity management.",
              "shape": {
                "type": "string",
                "name": "AgentFirstName",
                "min": 0,
                "max": 255,
                "sensitive": true
              }
            },
            {
              "name": "LastName",
              "required": false,
              "doc": "The last name, in Unicode NFC. Required with CONNECT_MANAGED or SAML identity management.",
              "shape": {
                "type": "string",
                "name": "AgentLastName",
                "min": 0,
                "max": 300,
                "sensitive": true
              }
            },
            {
              "name": "Email",
              "required": false,
              "doc": "The email address. With SAML identity management, including it returns an error.",
              "shape": {
                "type": "string",
                "name": "Email",
                "sensitive": true
              }
            },
            {
              "name": "SecondaryEmail",
              "required": false,
              "doc": "The secondary email address; it receives notifications other than password resets.",
              "shape": {
                "type": "string",
                "name": "Email",
                "sensitive": true
              }
            },
            {
              "name": "Mobile",
              "required": false,
              "doc": "The mobile number in E.164 form, such as +15555551212.",
              "shape": {
                "type": "string",
                "name": "PhoneNumber",
                "sensitive": true
              }
            }
          ]
        }
      },
      {
        "name": "UserId",
        "required": true,
        "doc": "The ID of the user: the Id that describe-user or list-users prints.",
        "cliOption": "--user-id",
        "shape": {
          "type": "string",
          "name": "UserId"
        }
      },
      {
        "name": "InstanceId",
        "required": true,
        "doc": "The Amazon Connect instance ID; you can find it in the instance ARN.",
        "cliOption": "--instance-id",
        "shape": {
          "type": "string",
          "name": "InstanceId",
          "min": 1,
          "max": 100
        }
      }
    ]
  },
  "UpdateUserPhoneConfig": {
    "operation": "UpdateUserPhoneConfig",
    "cliCommand": "update-user-phone-config",
    "type": "structure",
    "name": "UpdateUserPhoneConfigRequest",
    "members": [
      {
        "name": "PhoneConfig",
        "required": true,
        "doc": "The phone settings; AWS recommends UpdateUserConfig instead.",
        "cliOption": "--phone-config",
        "shape": {
          "type": "structure",
          "name": "UserPhoneConfig",
          "members": [
            {
              "name": "PhoneType",
              "required": false,
              "doc": "The phone type: SOFT_PHONE or DESK_PHONE.",
              "shape": {
                "type": "string",
                "name": "PhoneType",
                "enum": [
                  "SOFT_PHONE",
                  "DESK_PHONE"
                ]
              }
            },
            {
              "name": "AutoAccept",
              "required": false,
              "doc": "Whether contacts are connected without the agent accepting them.",
              "shape": {
                "type": "boolean"
              }
            },
            {
              "name": "AfterContactWorkTimeLimit",
              "required": false,
              "doc": "The after contact work (ACW) timeout in seconds: 0 for indefinite, otherwise up to 2,000,000.",
              "shape": {
                "type": "integer",
                "min": 0
              }
            },
            {
              "name": "DeskPhoneNumber",
              "required": false,
              "doc": "The desk phone number in E.164 form; needed with DESK_PHONE.",
              "shape": {
                "type": "string",
                "name": "SensitivePhoneNumber",
                "sensitive": true
              }
            },
            {
              "name": "PersistentConnection",
              "required": false,
              "doc": "Whether the agent's connection stays open after a call ends.",
              "shape": {
                "type": "boolean"
              }
            }
          ]
        }
      },
      {
        "name": "UserId",
        "required": true,
        "doc": "The ID of the user: the Id that describe-user or list-users prints.",
        "cliOption": "--user-id",
        "shape": {
          "type": "string",
          "name": "UserId"
        }
      },
      {
        "name": "InstanceId",
        "required": true,
        "doc": "The Amazon Connect instance ID; you can find it in the instance ARN.",
        "cliOption": "--instance-id",
        "shape": {
          "type": "string",
          "name": "InstanceId",
          "min": 1,
          "max": 100
        }
      }
    ]
  },
  "UpdateUserConfig": {
    "operation": "UpdateUserConfig",
    "cliCommand": "update-user-config",
    "type": "structure",
    "name": "UpdateUserConfigRequest",
    "members": [
      {
        "name": "AutoAcceptConfigs",
        "required": false,
        "doc": "Auto-accept settings, one per channel.",
        "cliOption": "--auto-accept-configs",
        "shape": {
          "type": "list",
          "member": {
            "type": "structure",
            "name": "AutoAcceptConfig",
            "members": [
              {
                "name": "Channel",
                "required": true,
                "doc": "The channel: VOICE, CHAT, TASK or EMAIL.",
                "shape": {
                  "type": "string",
                  "name": "Channel",
                  "enum": [
                    "VOICE",
                    "CHAT",
                    "TASK",
                    "EMAIL"
                  ]
                }
              },
              {
                "name": "AutoAccept",
                "required": true,
                "doc": "Whether contacts on this channel are connected automatically.",
                "shape": {
                  "type": "boolean"
                }
              },
              {
                "name": "AgentFirstCallbackAutoAccept",
                "required": false,
                "doc": "Auto-accept for agent-first callbacks; VOICE only.",
                "shape": {
                  "type": "boolean"
                }
              }
            ]
          }
        }
      },
      {
        "name": "AfterContactWorkConfigs",
        "required": false,
        "doc": "After contact work timeouts, one per channel.",
        "cliOption": "--after-contact-work-configs",
        "shape": {
          "type": "list",
          "member": {
            "type": "structure",
            "name": "AfterContactWorkConfigPerChannel",
            "members": [
              {
                "name": "Channel",
                "required": true,
                "doc": "The channel: VOICE, CHAT, TASK or EMAIL.",
                "shape": {
                  "type": "string",
                  "name": "Channel",
                  "enum": [
                    "VOICE",
                    "CHAT",
                    "TASK",
                    "EMAIL"
                  ]
                }
              },
              {
                "name": "AfterContactWorkConfig",
                "required": true,
                "doc": "The ACW timeout settings for this channel.",
                "shape": {
                  "type": "structure",
                  "name": "AfterContactWorkConfig",
                  "members": [
                    {
                      "name": "AfterContactWorkTimeLimit",
                      "required": false,
                      "doc": "The after contact work (ACW) timeout in seconds: 0 for indefinite, otherwise up to 2,000,000.",
                      "shape": {
                        "type": "integer",
                        "min": 0
                      }
                    }
                  ]
                }
              },
              {
                "name": "AgentFirstCallbackAfterContactWorkConfig",
                "required": false,
                "doc": "The ACW timeout for agent-first callbacks; VOICE only.",
                "shape": {
                  "type": "structure",
                  "name": "AfterContactWorkConfig",
                  "members": [
                    {
                      "name": "AfterContactWorkTimeLimit",
                      "required": false,
                      "doc": "The after contact work (ACW) timeout in seconds: 0 for indefinite, otherwise up to 2,000,000.",
                      "shape": {
                        "type": "integer",
                        "min": 0
                      }
                    }
                  ]
                }
              }
            ]
          }
        }
      },
      {
        "name": "PhoneNumberConfigs",
        "required": false,
        "doc": "Phone type and desk phone number; VOICE only.",
        "cliOption": "--phone-number-configs",
        "shape": {
          "type": "list",
          "member": {
            "type": "structure",
            "name": "PhoneNumberConfig",
            "members": [
              {
                "name": "Channel",
                "required": true,
                "doc": "The channel; only VOICE is supported.",
                "shape": {
                  "type": "string",
                  "name": "Channel",
                  "enum": [
                    "VOICE",
                    "CHAT",
                    "TASK",
                    "EMAIL"
                  ]
                }
              },
              {
                "name": "PhoneType",
                "required": true,
                "doc": "The phone type: SOFT_PHONE or DESK_PHONE.",
                "shape": {
                  "type": "string",
                  "name": "PhoneType",
                  "enum": [
                    "SOFT_PHONE",
                    "DESK_PHONE"
                  ]
                }
              },
              {
                "name": "PhoneNumber",
                "required": false,
                "doc": "The desk phone number in E.164 form.",
                "shape": {
                  "type": "string",
                  "name": "SensitivePhoneNumber",
                  "sensitive": true
                }
              }
            ]
          }
        }
      },
      {
        "name": "PersistentConnectionConfigs",
        "required": false,
        "doc": "Persistent connection settings; VOICE only.",
        "cliOption": "--persistent-connection-configs",
        "shape": {
          "type": "list",
          "member": {
            "type": "structure",
            "name": "PersistentConnectionConfig",
            "members": [
              {
                "name": "Channel",
                "required": true,
                "doc": "The channel; only VOICE is supported.",
                "shape": {
                  "type": "string",
                  "name": "Channel",
                  "enum": [
                    "VOICE",
                    "CHAT",
                    "TASK",
                    "EMAIL"
                  ]
                }
              },
              {
                "name": "PersistentConnection",
                "required": true,
                "doc": "Whether the agent's connection stays open after a call ends.",
                "shape": {
                  "type": "boolean"
                }
              }
            ]
          }
        }
      },
      {
        "name": "VoiceEnhancementConfigs",
        "required": false,
        "doc": "Voice enhancement modes; VOICE only.",
        "cliOption": "--voice-enhancement-configs",
        "shape": {
          "type": "list",
          "member": {
            "type": "structure",
            "name": "VoiceEnhancementConfig",
            "members": [
              {
                "name": "Channel",
                "required": true,
                "doc": "The channel; only VOICE is supported.",
                "shape": {
                  "type": "string",
                  "name": "Channel",
                  "enum": [
                    "VOICE",
                    "CHAT",
                    "TASK",
                    "EMAIL"
                  ]
                }
              },
              {
                "name": "VoiceEnhancementMode",
                "required": true,
                "doc": "VOICE_ISOLATION, NOISE_SUPPRESSION or NONE.",
                "shape": {
                  "type": "string",
                  "name": "VoiceEnhancementMode",
                  "enum": [
                    "VOICE_ISOLATION",
                    "NOISE_SUPPRESSION",
                    "NONE"
                  ]
                }
              }
            ]
          }
        }
      },
      {
        "name": "UserId",
        "required": true,
        "doc": "The ID of the user: the Id that describe-user or list-users prints.",
        "cliOption": "--user-id",
        "shape": {
          "type": "string",
          "name": "UserId"
        }
      },
      {
        "name": "InstanceId",
        "required": true,
        "doc": "The Amazon Connect instance ID; you can find it in the instance ARN.",
        "cliOption": "--instance-id",
        "shape": {
          "type": "string",
          "name": "InstanceId",
          "min": 1,
          "max": 100
        }
      }
    ]
  },
  "UpdateUserSecurityProfiles": {
    "operation": "UpdateUserSecurityProfiles",
    "cliCommand": "update-user-security-profiles",
    "type": "structure",
    "name": "UpdateUserSecurityProfilesRequest",
    "members": [
      {
        "name": "SecurityProfileIds",
        "required": true,
        "doc": "The IDs of 1 to 10 security profiles; they replace the user's.",
        "cliOption": "--security-profile-ids",
        "shape": {
          "type": "list",
          "min": 1,
          "max": 10,
          "member": {
            "type": "string",
            "name": "SecurityProfileId"
          }
        }
      },
      {
        "name": "UserId",
        "required": true,
        "doc": "The ID of the user: the Id that describe-user or list-users prints.",
        "cliOption": "--user-id",
        "shape": {
          "type": "string",
          "name": "UserId"
        }
      },
      {
        "name": "InstanceId",
        "required": true,
        "doc": "The Amazon Connect instance ID; you can find it in the instance ARN.",
        "cliOption": "--instance-id",
        "shape": {
          "type": "string",
          "name": "InstanceId",
          "min": 1,
          "max": 100
        }
      }
    ]
  },
  "UpdateUserRoutingProfile": {
    "operation": "UpdateUserRoutingProfile",
    "cliCommand": "update-user-routing-profile",
    "type": "structure",
    "name": "UpdateUserRoutingProfileRequest",
    "members": [
      {
        "name": "RoutingProfileId",
        "required": true,
        "doc": "The ID of the routing profile for the user.",
        "cliOption": "--routing-profile-id",
        "shape": {
          "type": "string",
          "name": "RoutingProfileId"
        }
      },
      {
        "name": "UserId",
        "required": true,
        "doc": "The ID of the user: the Id that describe-user or list-users prints.",
        "cliOption": "--user-id",
        "shape": {
          "type": "string",
          "name": "UserId"
        }
      },
      {
        "name": "InstanceId",
        "required": true,
        "doc": "The Amazon Connect instance ID; you can find it in the instance ARN.",
        "cliOption": "--instance-id",
        "shape": {
          "type": "string",
          "name": "InstanceId",
          "min": 1,
          "max": 100
        }
      }
    ]
  },
  "UpdateUserHierarchy": {
    "operation": "UpdateUserHierarchy",
    "cliCommand": "update-user-hierarchy",
    "type": "structure",
    "name": "UpdateUserHierarchyRequest",
    "members": [
      {
        "name": "HierarchyGroupId",
        "required": false,
        "doc": "The ID of the hierarchy group for the user.",
        "cliOption": "--hierarchy-group-id",
        "shape": {
          "type": "string",
          "name": "HierarchyGroupId"
        }
      },
      {
        "name": "UserId",
        "required": true,
        "doc": "The ID of the user: the Id that describe-user or list-users prints.",
        "cliOption": "--user-id",
        "shape": {
          "type": "string",
          "name": "UserId"
        }
      },
      {
        "name": "InstanceId",
        "required": true,
        "doc": "The Amazon Connect instance ID; you can find it in the instance ARN.",
        "cliOption": "--instance-id",
        "shape": {
          "type": "string",
          "name": "InstanceId",
          "min": 1,
          "max": 100
        }
      }
    ]
  },
  "TagResource": {
    "operation": "TagResource",
    "cliCommand": "tag-resource",
    "type": "structure",
    "name": "TagResourceRequest",
    "members": [
      {
        "name": "resourceArn",
        "required": true,
        "doc": "The user's ARN: arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE_ID/agent/USER_ID, as describe-user prints it.",
        "cliOption": "--resource-arn",
        "shape": {
          "type": "string",
          "name": "ARN"
        }
      },
      {
        "name": "tags",
        "required": true,
        "doc": "1 to 50 tags to add or overwrite, such as {\"Department\": \"Support\"}.",
        "cliOption": "--tags",
        "shape": {
          "type": "map",
          "min": 1,
          "max": 50,
          "key": {
            "type": "string",
            "name": "TagKey",
            "min": 1,
            "max": 128
          },
          "value": {
            "type": "string",
            "name": "TagValue",
            "max": 256
          }
        }
      }
    ]
  },
  "UntagResource": {
    "operation": "UntagResource",
    "cliCommand": "untag-resource",
    "type": "structure",
    "name": "UntagResourceRequest",
    "members": [
      {
        "name": "resourceArn",
        "required": true,
        "doc": "The user's ARN: arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE_ID/agent/USER_ID, as describe-user prints it.",
        "cliOption": "--resource-arn",
        "shape": {
          "type": "string",
          "name": "ARN"
        }
      },
      {
        "name": "tagKeys",
        "required": true,
        "doc": "The keys of 1 to 50 tags to remove.",
        "cliOption": "--tag-keys",
        "shape": {
          "type": "list",
          "min": 1,
          "max": 50,
          "member": {
            "type": "string",
            "name": "TagKey",
            "min": 1,
            "max": 128
          }
        }
      }
    ]
  }
};
