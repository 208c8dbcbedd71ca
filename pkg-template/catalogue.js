// Generated from the rule modules in src/rules/ and from src/model.rs by `make generated`; do not edit.
// Each template is a function of a diagnostic's data and of `show`, the renderer in render.js.

export const RULES = [
  {
    code: "required",
    severity: "error",
    title: "Required member missing",
    summary: "A member the service model marks as required is missing.",
    messages: [
      (d, show) => show(d, "path", "") + " is required.",
    ],
    helps: [
      (d, show) => "Add " + show(d, "member", "") + ": " + show(d, "member", "doc"),
    ],
  },
  {
    code: "type",
    severity: "error",
    title: "Wrong type",
    summary: "A value has the wrong JSON type for its member, such as a string where a boolean belongs.",
    messages: [
      (d, show) => show(d, "path", "") + " must be " + show(d, "expected", "") + ", not " + show(d, "actual", "") + ".",
      (d, show) => show(d, "path", "") + " must be " + show(d, "expected", "") + ", not the integer " + show(d, "number", "") + ".",
      (d, show) => show(d, "path", "") + " must be " + show(d, "expected", "") + ", not the float " + show(d, "number", "") + ".",
      (d, show) => show(d, "path", "") + " must be " + show(d, "expected", "") + ", not " + show(d, "number", "") + ".",
      (d, show) => "The request must be " + show(d, "expected", "") + ", not " + show(d, "actual", "") + ".",
      (d, show) => "The request must be " + show(d, "expected", "") + ", not the integer " + show(d, "number", "") + ".",
      (d, show) => "The request must be " + show(d, "expected", "") + ", not the float " + show(d, "number", "") + ".",
      (d, show) => "The request must be " + show(d, "expected", "") + ", not " + show(d, "number", "") + ".",
    ],
    helps: [
      (d, show) => "Write " + show(d, "value", "") + " without quotes.",
      (d, show) => "Write " + show(d, "value", "") + " as a whole number, without a fraction or exponent.",
      (d, show) => "Write it as a whole number, without a fraction or exponent.",
      (d, show) => "Give a whole number of seconds.",
      (d, show) => show(d, "value", "") + " is not a number of seconds: give a whole number from " + show(d, "min", "") + " to " + show(d, "max", "thousands") + " (about " + show(d, "days", "") + " days).",
      (d, show) => "Write " + show(d, "value", "") + " without quotes.",
      (d, show) => "Write true or false, without quotes.",
      (d, show) => "Put it in a list: [" + show(d, "value", "") + "].",
      (d, show) => "Write it as a string: \"" + show(d, "value", "") + "\".",
      (d, show) => "Write it as a string, in quotes; the fix writes it whole.",
      (d, show) => "Write it as a string, in quotes.",
      (d, show) => "Give a value instead of null; optional members can be left out.",
    ],
  },
  {
    code: "unknown-member",
    severity: "error",
    title: "Unknown member",
    summary: "A member the service model does not have, usually a misspelling of one it does.",
    messages: [
      (d, show) => show(d, "key", "") + " is not a member of " + show(d, "structure", "") + ".",
      (d, show) => show(d, "more", "") + " more members are not in " + show(d, "structure", "") + ".",
      (d, show) => "1 more member is not in " + show(d, "structure", "") + ".",
    ],
    helps: [
      (d, show) => "Did you mean " + show(d, "suggestion", "") + "? " + show(d, "structure", "") + " has: " + show(d, "members", "") + ".",
      (d, show) => show(d, "structure", "") + " has: " + show(d, "members", "") + ".",
      (d, show) => "Only the first " + show(d, "reported", "") + " unknown members are listed one by one; remove every member the model does not have.",
    ],
  },
  {
    code: "length",
    severity: "error",
    title: "String length out of range",
    summary: "A string is shorter or longer than the service model allows.",
    messages: [
      (d, show) => show(d, "path", "") + " has " + show(d, "length", "count character") + "; it must have at most " + show(d, "limit", "") + ".",
      (d, show) => show(d, "path", "") + " has " + show(d, "length", "count character") + "; it must have at least " + show(d, "limit", "") + ".",
      (d, show) => "The tag key has " + show(d, "length", "count character") + "; it must have at most " + show(d, "limit", "") + ".",
      (d, show) => "The tag key has " + show(d, "length", "count character") + "; it must have at least " + show(d, "limit", "") + ".",
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
      (d, show) => show(d, "path", "") + " is " + show(d, "value", "") + ", which is not " + show(d, "allowed", "") + ".",
    ],
    helps: [
      (d, show) => "Did you mean " + show(d, "suggestion", "") + "? Enum values are case-sensitive: use " + show(d, "allowed", "") + ".",
      (d, show) => "Use " + show(d, "allowed", "") + ".",
    ],
  },
  {
    code: "range",
    severity: "error",
    title: "Integer out of range",
    summary: "An integer below the model's minimum, such as a negative AfterContactWorkTimeLimit.",
    messages: [
      (d, show) => show(d, "path", "") + " is " + show(d, "value", "") + "; the minimum is " + show(d, "min", "") + ".",
    ],
    helps: [
      (d, show) => "Use 0 for indefinite after contact work, or a number of seconds up to " + show(d, "max", "thousands") + " (about " + show(d, "days", "") + " days).",
    ],
  },
  {
    code: "list-length",
    severity: "error",
    title: "Too few or too many entries",
    summary: "SecurityProfileIds must have 1–10 items and Tags 1–50 entries.",
    messages: [
      (d, show) => show(d, "path", "") + " has " + show(d, "length", "count item") + "; it must have " + show(d, "min", "") + "–" + show(d, "max", "") + ".",
      (d, show) => show(d, "path", "") + " has " + show(d, "length", "count entry") + "; it must have " + show(d, "min", "") + "–" + show(d, "max", "") + ".",
    ],
    helps: [
      (d, show) => "A user can have at most " + show(d, "max", "") + " security profiles; keep the ones this user needs.",
      (d, show) => "Give at least one security profile ID.",
      (d, show) => "Leave " + show(d, "path", "") + " out instead of sending it empty.",
      (d, show) => "Keep at most " + show(d, "max", "") + " tags here and add the rest with TagResource after creating the user.",
    ],
  },
  {
    code: "username-length",
    severity: "error",
    title: "Username too long for the identity type",
    summary: "Username may have at most 20 characters, or 64 with SAML identity management.",
    messages: [
      (d, show) => "Username has " + show(d, "length", "") + " characters; SAML identity management allows at most " + show(d, "saml_most", "") + ".",
      (d, show) => "Username has " + show(d, "length", "") + " characters; " + show(d, "identity", "") + " identity management allows at most " + show(d, "most", "") + ".",
      (d, show) => "Username has " + show(d, "length", "") + " characters; the limit is " + show(d, "most", "") + ", or " + show(d, "saml_most", "") + " with SAML.",
      (d, show) => "Username has " + show(d, "length", "") + " characters, which is valid only with SAML identity management.",
    ],
    helps: [
      (d, show) => "Shorten it to " + show(d, "saml_most", "") + " characters.",
      (d, show) => "Shorten it to " + show(d, "most", "") + " characters; only SAML instances allow up to " + show(d, "saml_most", "") + ".",
      (d, show) => "Shorten it to " + show(d, "most", "") + " characters, or to " + show(d, "saml_most", "") + " if the instance uses SAML.",
      (d, show) => "Shorten it to " + show(d, "most", "") + " characters, or give the identity type if the instance uses SAML.",
    ],
  },
  {
    code: "username-characters",
    severity: "error",
    title: "Username has characters outside A–Z, a–z, 0–9, _ . @ -",
    summary: "Username may contain only ASCII letters, digits and _ . @ - (an error with SAML, a warning otherwise).",
    messages: [
      (d, show) => "Username contains characters outside A–Z, a–z, 0–9, _ . @ -: " + show(d, "characters", "") + ".",
    ],
    helps: [
      (d, show) => "Use only ASCII letters, digits, underscore, period, at sign and hyphen.",
    ],
  },
  {
    code: "username-at-sign",
    severity: "error",
    title: "Username has @ but is not an email address",
    summary: "Username may contain @ only in email form, such as testuser@example.com.",
    messages: [
      (d, show) => "Username contains @ but is not an email address such as testuser@example.com.",
    ],
    helps: [
      (d, show) => "Write a complete email address, or remove the @ and what follows it.",
    ],
  },
  {
    code: "password-required",
    severity: "error",
    title: "Password missing",
    summary: "A Password is required when the instance uses CONNECT_MANAGED identity management.",
    messages: [
      (d, show) => "Password is required when the instance uses CONNECT_MANAGED identity management.",
    ],
    helps: [
      (d, show) => "Add a Password of 8–64 characters with an upper-case letter, a lower-case letter and a digit.",
    ],
  },
  {
    code: "password-not-allowed",
    severity: "error",
    title: "Password given without CONNECT_MANAGED",
    summary: "A Password is an error when the instance uses SAML or EXISTING_DIRECTORY identity management.",
    messages: [
      (d, show) => "Password is not allowed when the instance uses " + show(d, "identity", "") + " identity management.",
    ],
    helps: [
      (d, show) => "Remove Password; these users sign in through their identity provider or directory.",
    ],
  },
  {
    code: "password-policy",
    severity: "error",
    title: "Password does not meet the policy",
    summary: "A Password must be 8–64 non-whitespace characters with an ASCII upper-case letter, lower-case letter and digit.",
    messages: [
      (d, show) => "Password " + show(d, "failures", "and") + ".",
    ],
    helps: [
      (d, show) => "Use 8–64 characters without spaces, including an upper-case letter, a lower-case letter and a digit.",
    ],
  },
  {
    code: "name-required",
    severity: "error",
    title: "First or last name missing",
    summary: "IdentityInfo.FirstName and LastName are required with CONNECT_MANAGED or SAML identity management.",
    messages: [
      (d, show) => show(d, "path", "") + " is required when the instance uses " + show(d, "identity", "") + " identity management.",
      (d, show) => show(d, "path", "") + " is empty; the documentation requires it with SAML, although the model allows an empty string for SAML.",
    ],
    helps: [
      (d, show) => "Add the user's first name.",
      (d, show) => "Add the user's last name.",
    ],
  },
  {
    code: "name-length",
    severity: "error",
    title: "Name too long for CONNECT_MANAGED",
    summary: "With CONNECT_MANAGED identity management FirstName may have 1–255 characters and LastName 1–256.",
    messages: [
      (d, show) => show(d, "path", "") + " has " + show(d, "length", "") + " characters; CONNECT_MANAGED identity management allows at most " + show(d, "limit", "") + ".",
    ],
    helps: [
      (d, show) => "Shorten it to " + show(d, "limit", "") + " characters.",
    ],
  },
  {
    code: "name-not-nfc",
    severity: "error",
    title: "Name not in Unicode NFC",
    summary: "IdentityInfo.FirstName and LastName must be in Unicode Normalization Form C.",
    messages: [
      (d, show) => show(d, "path", "") + " is not in Unicode NFC: it contains decomposed characters or combining marks.",
    ],
    helps: [
      (d, show) => "Use the composed form of each character; the fix carries it.",
    ],
  },
  {
    code: "email-required",
    severity: "warning",
    title: "Email missing with CONNECT_MANAGED",
    summary: "The CreateUser documentation requires an Email with CONNECT_MANAGED, but AWS's own example omits it.",
    messages: [
      (d, show) => "IdentityInfo.Email is missing; the CreateUser documentation requires it with CONNECT_MANAGED identity management, although AWS's own CLI example leaves it out.",
    ],
    helps: [
      (d, show) => "Add the user's email address to be safe; password resets are sent there.",
    ],
  },
  {
    code: "email-not-allowed",
    severity: "error",
    title: "Email given with SAML",
    summary: "IdentityInfo.Email returns an error when the instance uses SAML identity management.",
    messages: [
      (d, show) => "IdentityInfo.Email returns an error when the instance uses SAML identity management.",
    ],
    helps: [
      (d, show) => "Remove Email; use SecondaryEmail if the user should get notifications.",
    ],
  },
  {
    code: "email-format",
    severity: "error",
    title: "Not an email address",
    summary: "SecondaryEmail must match the documented address pattern (error); an Email that is not an address is a warning.",
    messages: [
      (d, show) => "IdentityInfo.SecondaryEmail is not an email address of the documented form, such as mary.major@example.com.",
      (d, show) => "IdentityInfo.Email does not look like an email address such as mary.major@example.com.",
    ],
    helps: [
      (d, show) => "Write one address of at most 265 characters: ASCII letters, digits and ._%+- before the @, and a domain ending in a dot and 2–63 letters.",
      (d, show) => "Email has no documented pattern, but the service uses it to send mail: write one complete address.",
    ],
  },
  {
    code: "mobile-format",
    severity: "error",
    title: "Mobile not in E.164 form",
    summary: "IdentityInfo.Mobile must be + followed by 2–15 ASCII digits, the first not 0.",
    messages: [
      (d, show) => "IdentityInfo.Mobile is not an E.164 phone number such as +15555551212.",
    ],
    helps: [
      (d, show) => "Write + and the country code followed by the number, digits only, 15 digits at most.",
    ],
  },
  {
    code: "directory-user-id-not-allowed",
    severity: "error",
    title: "DirectoryUserId given with SAML",
    summary: "DirectoryUserId returns an error when the instance uses SAML identity management.",
    messages: [
      (d, show) => "DirectoryUserId returns an error when the instance uses SAML identity management.",
    ],
    helps: [
      (d, show) => "Remove DirectoryUserId; it is only for instances that use an existing directory.",
    ],
  },
  {
    code: "identity-type-inferred",
    severity: "info",
    title: "Identity-management type inferred",
    summary: "No identity-management type was given: which types the request fits, and the members that decided it.",
    messages: [
      (d, show) => "No identity-management type was given, and the request fits none: it is not valid whatever the instance's type.",
      (d, show) => "No identity-management type was given; the request fits every identity-management type.",
      (d, show) => "No identity-management type was given; the request fits only " + show(d, "types", "") + ".",
      (d, show) => "No identity-management type was given; the request fits " + show(d, "types", "") + ".",
      (d, show) => "Not " + show(d, "identity", "") + ": " + show(d, "reason", ""),
    ],
    helps: [
      (d, show) => "Give the instance's identity-management type to check the rules that depend on it.",
      (d, show) => "Give the instance's identity-management type to check the rules that depend on it. " + show(d, "reasons", ""),
      (d, show) => "Change the request for the instance's identity-management type, and give the type to check every rule that depends on it. " + show(d, "reasons", ""),
    ],
  },
  {
    code: "phone-config-conflict",
    severity: "error",
    title: "PhoneConfig conflicts with a channel-specific list",
    summary: "A PhoneConfig field and the channel-specific list that replaces it cannot both be set.",
    messages: [
      (d, show) => show(d, "path", "") + " cannot be set together with " + show(d, "list", "") + ".",
    ],
    helps: [
      (d, show) => "Set it per channel instead: remove " + show(d, "path", "") + " and give " + show(d, "list", "") + " a VOICE element such as " + show(d, "example", "") + "; an existing VOICE element takes its place.",
    ],
  },
  {
    code: "voice-only",
    severity: "error",
    title: "Channel other than VOICE in a voice-only list",
    summary: "PhoneNumberConfigs, PersistentConnectionConfigs and VoiceEnhancementConfigs support only the VOICE channel.",
    messages: [
      (d, show) => show(d, "path", "") + " is " + show(d, "channel", "") + ", but " + show(d, "list", "") + " supports only VOICE.",
    ],
    helps: [
      (d, show) => "Use VOICE, or remove this element.",
    ],
  },
  {
    code: "agent-first-callback-voice-only",
    severity: "error",
    title: "Agent-first callback setting on a non-VOICE channel",
    summary: "AgentFirstCallbackAutoAccept and AgentFirstCallbackAfterContactWorkConfig apply only to the VOICE channel.",
    messages: [
      (d, show) => show(d, "path", "") + " applies only to VOICE, but this element's Channel is " + show(d, "channel", "") + ".",
    ],
    helps: [
      (d, show) => "Move the setting to the VOICE element, or remove it.",
    ],
  },
  {
    code: "duplicate-channel",
    severity: "warning",
    title: "Channel repeated in a list",
    summary: "The same Channel appears twice in one channel-specific list.",
    messages: [
      (d, show) => show(d, "element", "") + " repeats Channel " + show(d, "channel", "") + ", already set by " + show(d, "first", "") + ".",
    ],
    helps: [
      (d, show) => "Keep one element per channel.",
    ],
  },
  {
    code: "desk-phone-number-required",
    severity: "error",
    title: "Desk phone without a number",
    summary: "PhoneType DESK_PHONE needs a phone number: DeskPhoneNumber in PhoneConfig, PhoneNumber in PhoneNumberConfigs.",
    messages: [
      (d, show) => show(d, "path", "") + " is required because the phone type is DESK_PHONE.",
    ],
    helps: [
      (d, show) => "Add the desk phone number in E.164 form, such as +15555551212, or use SOFT_PHONE.",
    ],
  },
  {
    code: "phone-number-unused",
    severity: "warning",
    title: "Desk phone number with a soft phone",
    summary: "A desk phone number is given but the phone type is SOFT_PHONE, so it is not used.",
    messages: [
      (d, show) => show(d, "path", "") + " is not used, because the phone type is SOFT_PHONE.",
    ],
    helps: [
      (d, show) => "Set the phone type to DESK_PHONE if calls should go to this number, or remove the number.",
    ],
  },
  {
    code: "phone-number-format",
    severity: "error",
    title: "Desk phone number not in E.164 form",
    summary: "DeskPhoneNumber and PhoneNumberConfigs[].PhoneNumber must be + followed by 2–15 ASCII digits, the first not 0.",
    messages: [
      (d, show) => show(d, "path", "") + " is not an E.164 phone number such as +15555551212.",
    ],
    helps: [
      (d, show) => "Write + and the country code followed by the number, digits only, 15 digits at most.",
    ],
  },
  {
    code: "acw-range",
    severity: "error",
    title: "After contact work time limit too high",
    summary: "AfterContactWorkTimeLimit may be at most 2,000,000 seconds.",
    messages: [
      (d, show) => show(d, "path", "") + " is " + show(d, "limit", "") + " seconds; the maximum is " + show(d, "max", "thousands") + " (about " + show(d, "days", "") + " days).",
      (d, show) => show(d, "path", "") + " is " + show(d, "limit", "") + "; the maximum is " + show(d, "max", "thousands") + " (about " + show(d, "days", "") + " days).",
    ],
    helps: [
      (d, show) => "If this is in milliseconds (SearchUsers returns milliseconds), in seconds it is " + show(d, "seconds", "") + ".",
      (d, show) => "Give the limit in seconds, at most " + show(d, "max", "thousands") + " (about " + show(d, "days", "") + " days), or 0 for no limit.",
      (d, show) => "Give the limit in seconds, at most " + show(d, "max", "thousands") + " (about " + show(d, "days", "") + " days), or 0 for no limit; the AWS CLI cannot even read an integer of more than " + show(d, "digits", "thousands") + " digits.",
    ],
  },
  {
    code: "legacy-phone-config",
    severity: "info",
    title: "Legacy PhoneConfig",
    summary: "AWS recommends the channel-specific lists over PhoneConfig; the fix migrates it.",
    messages: [
      (d, show) => "PhoneConfig is the legacy form; AWS recommends the channel-specific AutoAcceptConfigs, AfterContactWorkConfigs, PhoneNumberConfigs and PersistentConnectionConfigs.",
    ],
    helps: [
      (d, show) => "Move each PhoneConfig field into its channel-specific list as a VOICE element; the fix does it.",
    ],
  },
  {
    code: "arn-instead-of-id",
    severity: "warning",
    title: "ARN instead of an ID",
    summary: "An ARN where CreateUser expects a plain identifier; the fix is the ID taken from the ARN.",
    messages: [
      (d, show) => show(d, "path", "") + " is an ARN of " + show(d, "service", "") + ", not of Amazon Connect.",
      (d, show) => show(d, "path", "") + " is not an Amazon Connect resource ARN.",
      (d, show) => show(d, "path", "") + " is the ARN of " + show(d, "arn_kind", "article") + ", but " + show(d, "kind", "article") + " ID belongs here.",
      (d, show) => show(d, "path", "") + " belongs to instance " + show(d, "owner", "") + ", not to InstanceId " + show(d, "instance", "") + ".",
      (d, show) => show(d, "path", "") + " is an ARN; CreateUser expects the " + show(d, "kind", "") + " ID.",
    ],
    helps: [
      (d, show) => "Give the ID of the " + show(d, "kind", "") + " to use.",
      (d, show) => "Use the ID at the end of the ARN: " + show(d, "id", "") + ".",
    ],
  },
  {
    code: "id-format",
    severity: "warning",
    title: "Not a Connect identifier",
    summary: "An instance, security profile, routing profile or hierarchy group ID that is not a UUID.",
    messages: [
      (d, show) => show(d, "path", "") + " is " + show(d, "value", "") + ", which is not a Connect identifier (a UUID such as 0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b).",
    ],
    helps: [
      (d, show) => "Copy the " + show(d, "kind", "") + " ID from the Amazon Connect console or the AWS CLI; example IDs from the documentation are placeholders.",
    ],
  },
  {
    code: "duplicate-security-profile",
    severity: "warning",
    title: "Security profile listed twice",
    summary: "The same security profile ID appears more than once in SecurityProfileIds.",
    messages: [
      (d, show) => show(d, "path", "") + " repeats " + show(d, "value", "") + ", already listed at " + show(d, "first", "") + ".",
    ],
    helps: [
      (d, show) => "List each security profile once.",
    ],
  },
  {
    code: "tag-key-reserved",
    severity: "error",
    title: "Reserved tag key prefix",
    summary: "Tag keys may not start with aws: (an error); other casings such as AWS: are a warning.",
    messages: [
      (d, show) => "The tag key " + show(d, "key", "") + " starts with the reserved prefix " + show(d, "prefix", "") + ".",
    ],
    helps: [
      (d, show) => "AWS reserves aws: for its own tags; choose another prefix.",
      (d, show) => "The model refuses only lower-case aws:, but this key reads as an AWS-managed tag; choose another prefix.",
    ],
  },
  {
    code: "tag-key-characters",
    severity: "error",
    title: "Tag key has characters outside the allowed class",
    summary: "Tag keys may contain only Unicode letters, separators and numbers and _ . : / = + - @.",
    messages: [
      (d, show) => "The tag key " + show(d, "key", "") + " contains characters a tag key cannot have: " + show(d, "characters", "") + ".",
    ],
    helps: [
      (d, show) => "Use letters, numbers, spaces and _ . : / = + - @ only.",
    ],
  },
  {
    code: "cli-not-create-user",
    severity: "error",
    title: "Not a create-user command",
    summary: "The pasted text is not an `aws connect create-user` command.",
    messages: [
      (d, show) => "The text is not an `aws connect create-user` command: it does not start with aws.",
      (d, show) => "The text is not an `aws connect create-user` command.",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-shell-syntax",
    severity: "error",
    title: "Not a single, complete shell command",
    summary: "The pasted text is not one complete POSIX shell command: an unclosed quote, a second command, or shell syntax this tool does not read.",
    messages: [
      (d, show) => "The " + show(d, "opener", "") + " at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " is never closed.",
      (d, show) => "The pasted text continues after the command with `" + show(d, "operator", "") + "` at line " + show(d, "line", "") + ", column " + show(d, "column", "") + "; paste only the aws command, or quote the `" + show(d, "operator", "") + "` if it belongs to a value.",
      (d, show) => "The " + show(d, "operator", "") + " at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " is shell syntax; quote it if it belongs to a value.",
      (d, show) => "The `" + show(d, "operator", "") + "` at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " has no command before it; paste the aws command.",
      (d, show) => "The `" + show(d, "operator", "") + "` at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " follows another `|` with no command between them.",
      (d, show) => "The `|` at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " has no command after it; paste the whole command.",
      (d, show) => "The here-document `" + show(d, "operator", "") + "` at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " is shell syntax this tool does not read; paste only the aws command.",
      (d, show) => "The process substitution `" + show(d, "operator", "") + "` at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " is shell syntax this tool does not read; paste only the aws command.",
      (d, show) => "The redirection `" + show(d, "operator", "") + "` at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " has nothing after it; paste the whole command.",
      (d, show) => "Line " + show(d, "line", "") + " starts a new command; end line " + show(d, "ended_line", "") + " with \\ to continue it.",
      (d, show) => "Line " + show(d, "line", "") + " starts a new command; end line " + show(d, "ended_line", "") + " with \\ and remove the blank or comment lines after it to continue it.",
      (d, show) => "Line " + show(d, "line", "") + " starts a new command: the blank line " + show(d, "blank_line", "") + " ends the command before it; remove the blank line.",
      (d, show) => "Line " + show(d, "line", "") + " starts a new command: the # comment on line " + show(d, "comment_line", "") + " ends the command before it; move the comment out of the command.",
      (d, show) => "Line " + show(d, "line", "") + " ends with ^, the cmd.exe line continuation; paste a bash or zsh command, whose lines end in \\.",
      (d, show) => "Line " + show(d, "line", "") + " ends with `, the PowerShell line continuation; paste a bash or zsh command, whose lines end in \\.",
      (d, show) => "The $\" at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " reads differently in bash, which drops the $, and in dash and zsh, which keep it; remove the $ or write \\$.",
      (d, show) => "The escape " + show(d, "escape", "raw") + " at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " is a NUL character, which would cut the value short; remove it.",
      (d, show) => "The escape " + show(d, "escape", "raw") + " at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " has no hex digits after it, which bash and zsh read differently; add the digits.",
      (d, show) => "The escape " + show(d, "escape", "raw") + " at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " is not a Unicode character.",
      (d, show) => "The escape " + show(d, "escape", "raw") + " at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " means different things in bash and zsh; write the character without the backslash, or as \\xHH.",
      (d, show) => "The $'…' string at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " makes bytes that are not UTF-8 text; write its characters with \\u escapes.",
      (d, show) => "The word at line " + show(d, "line", "") + ", column " + show(d, "column", "") + " is word " + show(d, "word", "") + " of the command: no create-user command has that many; paste one command.",
      (d, show) => "The text has an unpaired UTF-16 surrogate at index " + show(d, "index", "") + ", which is not a Unicode character.",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-variable",
    severity: "warning",
    title: "Shell variable not expanded",
    summary: "The command uses a shell variable (`$NAME`, `${NAME}`) or `~`, which a shell would expand but this tool cannot.",
    messages: [
      (d, show) => "A shell would replace " + show(d, "variable", "raw") + " with the variable's value; here it stays as written.",
      (d, show) => "A shell would replace a variable in " + show(d, "option", "") + " with the variable's value; here it stays as written.",
      (d, show) => "A shell would replace " + show(d, "tilde", "raw") + " with a home directory; here it stays as written.",
      (d, show) => "A shell would replace a ~ in " + show(d, "option", "") + " with a home directory; here it stays as written.",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Replace it with the value itself, or quote it with single quotes if it is meant literally.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-command-substitution",
    severity: "warning",
    title: "Command substitution not run",
    summary: "The command uses `$(…)` or backticks, which a shell would run but this tool does not.",
    messages: [
      (d, show) => "A shell would replace " + show(d, "substitution", "raw") + " with the command's output; here it stays as written.",
      (d, show) => "A shell would replace a command substitution in " + show(d, "option", "") + " with the command's output; here it stays as written.",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Replace it with the value itself, or quote it with single quotes if it is meant literally.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-file-reference",
    severity: "warning",
    title: "Value read from a file or URL",
    summary: "An option value is a `file://`, `fileb://`, `http://` or `https://` reference, which the AWS CLI would load but a browser cannot.",
    messages: [
      (d, show) => "The AWS CLI reads the value of " + show(d, "option", "") + " from a " + show(d, "prefix", "") + " reference; a browser cannot, so this value is left out.",
      (d, show) => "The AWS CLI downloads the value of " + show(d, "option", "") + " from a " + show(d, "prefix", "") + " reference; a browser cannot, so this value is left out.",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Paste the content itself (as shorthand or JSON) in place of the reference.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-unknown-option",
    severity: "error",
    title: "Unknown option",
    summary: "The command has words the AWS CLI does not accept: an option create-user does not have, or a value without its option.",
    messages: [
      (d, show) => "Unknown options: " + show(d, "options", "list"),
      (d, show) => "Unknown options: " + show(d, "options", "list") + ", " + show(d, "more", "count more word"),
      (d, show) => "Unknown options: " + show(d, "more", "count more word"),
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "create-user has no such option, or the words belong to the option before them and need quotes.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-ambiguous-option",
    severity: "error",
    title: "Ambiguous option prefix",
    summary: "An abbreviated option matches more than one option.",
    messages: [
      (d, show) => "ambiguous option: " + show(d, "prefix", "") + " could match " + show(d, "options", "list"),
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Spell the option out in full.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-global-option",
    severity: "warning",
    title: "Abbreviation taken as a global option",
    summary: "An abbreviated option is a prefix of one of the AWS CLI's global options, which claim it first.",
    messages: [
      (d, show) => "The AWS CLI takes " + show(d, "typed", "") + " as its global option " + show(d, "option", "") + ", not as an option of create-user.",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Spell the create-user option out in full.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-missing-value",
    severity: "error",
    title: "Option without its value",
    summary: "An option that takes a value is followed by another option or by nothing.",
    messages: [
      (d, show) => "argument " + show(d, "option", "") + ": expected one argument",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Give the value right after the option; a value starting with - needs the --option=value form.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-syntax",
    severity: "error",
    title: "Shorthand or JSON syntax error",
    summary: "An option value is neither valid AWS CLI shorthand nor valid JSON.",
    messages: [
      (d, show) => "Error parsing parameter '" + show(d, "parameter", "") + "': " + show(d, "reason", "") + show(d, "input", ""),
      (d, show) => "Error parsing parameter '" + show(d, "parameter", "") + "': " + show(d, "reason", ""),
      (d, show) => "Error parsing parameter '" + show(d, "parameter", "") + "': Invalid JSON: " + show(d, "reason", "") + "\nJSON received: " + show(d, "value", "raw"),
      (d, show) => "Error parsing parameter '" + show(d, "parameter", "") + "': Invalid JSON: " + show(d, "reason", ""),
      (d, show) => "Error parsing parameter '" + show(d, "parameter", "") + "': Invalid JSON:\n" + show(d, "value", "raw"),
      (d, show) => "Error parsing parameter '" + show(d, "parameter", "") + "': Invalid JSON:",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Fix the value of " + show(d, "option", "") + "; `explain cli-syntax` shows the shorthand and JSON forms.",
      (d, show) => "Fix the value of " + show(d, "option", "") + "; `explain cli-syntax` shows the shorthand and JSON forms. The value is not repeated here because it can hold personal data.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-type-conversion",
    severity: "error",
    title: "Value cannot be converted",
    summary: "A shorthand value cannot be converted to its member's type, such as a word where an integer belongs.",
    messages: [
      (d, show) => show(d, "reason", ""),
      (d, show) => "'" + show(d, "type", "") + "' object has no attribute 'keys'",
      (d, show) => "string index out of range",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "The AWS CLI could not convert the value of " + show(d, "option", "") + "; check the member types.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-skeleton",
    severity: "warning",
    title: "Skeleton instead of a request",
    summary: "The command has --generate-cli-skeleton, so the AWS CLI prints a skeleton and sends no request.",
    messages: [
      (d, show) => "With --generate-cli-skeleton the AWS CLI prints a skeleton and sends no request.",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Remove --generate-cli-skeleton to create the user.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-no-request",
    severity: "warning",
    title: "Version or help instead of a request",
    summary: "The command makes the AWS CLI print its version or the help of create-user, and send no request.",
    messages: [
      (d, show) => "With --version the AWS CLI prints its version and sends no request.",
      (d, show) => "With the word help the AWS CLI prints the help of create-user and sends no request.",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Remove --version to create the user.",
      (d, show) => "Remove the word help to create the user, or quote it if it is a value.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-global-option-value",
    severity: "error",
    title: "Invalid global option",
    summary: "A global option's value the AWS CLI refuses before sending anything.",
    messages: [
      (d, show) => "argument " + show(d, "option", "") + ": ignored explicit argument " + show(d, "value", "repr"),
      (d, show) => "argument " + show(d, "option", "") + ": Invalid choice, valid choices are: " + show(d, "choices", "pipes"),
      (d, show) => "Bad value for --query " + show(d, "expression", "raw") + ": " + show(d, "reason", ""),
      (d, show) => "Bad value for --endpoint-url \"" + show(d, "url", "raw") + "\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/",
      (d, show) => "Invalid endpoint: " + show(d, "url", "raw"),
      (d, show) => "Invalid IPv6 URL",
      (d, show) => "Provided region_name '" + show(d, "region", "raw") + "' doesn't match a supported format.",
      (d, show) => "Invalid endpoint: https://connect." + show(d, "region", "raw") + ".amazonaws.com",
      (d, show) => show(d, "reason", ""),
      (d, show) => "Attempted to set " + show(d, "which", "") + " timeout to -" + show(d, "digits", "raw") + ", but the timeout cannot be set to a value less than or equal to 0.",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "The AWS CLI stops before sending the request; fix or remove the global option.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-brace-expansion",
    severity: "warning",
    title: "Brace expansion",
    summary: "An unquoted `{a,b}` or `{1..3}`, which bash and zsh expand into several words, or a `}` that zsh refuses.",
    messages: [
      (d, show) => "bash and zsh would expand this brace expression into one word for each of its " + show(d, "parts", "") + " comma-separated parts; dash passes it unchanged, as it is read here.",
      (d, show) => show(d, "expanding", "and") + " would expand this brace expression into a sequence of words; " + show(d, "passing", "and") + " passes it unchanged, as it is read here.",
      (d, show) => show(d, "expanding", "and") + " would expand this brace expression into a sequence of words; " + show(d, "passing", "and") + " pass it unchanged, as it is read here.",
      (d, show) => "zsh refuses the command at this }, which ends a word without closing a { of it (parse error near `}'); bash and dash pass it unchanged, as it is read here.",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Write the words out, or quote the braces if they belong to the value.",
      (d, show) => "Quote the } if it belongs to the value.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-glob",
    severity: "warning",
    title: "File name expansion",
    summary: "An unquoted `*`, `?` or `[…]`, which a shell replaces with matching file names, or zsh's `=name`.",
    messages: [
      (d, show) => "A shell would replace this word with the names of the files it matches (*, ? and […] are patterns); when none does, bash and dash pass it unchanged, as it is read here, and zsh refuses the command (no matches found).",
      (d, show) => "zsh refuses a word with this unclosed [ (bad pattern); bash and dash pass it unchanged, as it is read here.",
      (d, show) => "zsh would replace this word, which starts with =, with the path of the command named after the =, or refuse the command when there is none (not found); bash and dash pass it unchanged, as it is read here.",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Put the value in single quotes.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-history-expansion",
    severity: "warning",
    title: "History expansion",
    summary: "A `!` (or a line starting with `^`) that interactive bash and zsh replace with text from an earlier command.",
    messages: [
      (d, show) => "Interactive " + show(d, "shells", "and") + " would read the line starting with this ^ as a ^old^new substitution of the previous command; scripts and dash pass it unchanged, as it is read here.",
      (d, show) => "Interactive " + show(d, "shells", "and") + " would replace this ! and what follows it with text from an earlier command, or refuse the command (event not found); scripts and dash pass it unchanged, as it is read here.",
      (d, show) => "In double quotes, interactive zsh passes this \\! as !, while bash, dash and scripts keep the backslash, as it is read here.",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Put the value in single quotes.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-nul-character",
    severity: "warning",
    title: "NUL character in the command",
    summary: "The pasted text holds a NUL character, which bash and dash drop and zsh cuts the word short at.",
    messages: [
      (d, show) => "A NUL character: bash and dash drop it, as it is read here, and zsh cuts the word short at it.",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Remove the NUL character; no value can hold one.",
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
  {
    code: "cli-redirection",
    severity: "info",
    title: "Pipe or redirection",
    summary: "The command redirects its input or output, or pipes its output into another command; neither is part of the request.",
    messages: [
      (d, show) => "The redirection " + show(d, "redirection", "raw") + " changes where the command reads or writes; it is not part of the request, which is the same without it.",
      (d, show) => "The command's output is piped into another command; what follows the | is not part of the request, which the AWS CLI still sends.",
      (d, show) => show(d, "more", "count more finding") + " of this kind (" + show(d, "rule", "title") + ") are not listed one by one.",
    ],
    helps: [
      (d, show) => "Only the first " + show(d, "reported", "") + " are listed; `explain " + show(d, "rule", "") + "` says what they have in common.",
    ],
  },
];

export const IDENTITY_TYPES = ["CONNECT_MANAGED", "SAML", "EXISTING_DIRECTORY"];
export const SHELLS = ["posix", "powershell", "cmd"];
export const UNSUPPORTED = ["undefined", "bigint", "symbol", "function", "map", "set", "date", "regexp", "promise", "error", "binary", "cycle", "deep", "large", "surrogates", "unreadable", "length", "long", "item-getter", "keys", "getter", "key-surrogates"];
export const MAX_VALUES = 500000;
export const MAX_LIST_ITEMS = 100000;
export const MAX_DEPTH = 512;
export const EXCERPT_CHARS = 60;
export const UNPRINTABLE = /^[\p{C}\p{M}\p{Z}]$/u;
export const ESCAPED = /[\u{7f}-\u{9f}\u{ad}\u{600}-\u{605}\u{61c}\u{6dd}\u{70f}\u{890}-\u{891}\u{8e2}\u{180e}\u{200b}-\u{200f}\u{202a}-\u{202e}\u{2060}-\u{2064}\u{2066}-\u{206f}\u{feff}\u{fff9}-\u{fffb}\u{110bd}\u{110cd}\u{13430}-\u{1343f}\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0001}\u{e0020}-\u{e007f}\u{2028}\u{2029}]/gu;
export const PYTHON_UNPRINTABLE = /^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** Every member's name and documentation, in the order of `model::members()`. */
export const MEMBERS = [["Username","The user name: up to 20 characters, or 64 with SAML; it may contain @ only in email form."],["Password","Required with CONNECT_MANAGED identity management and an error otherwise: 8–64 characters with upper case, lower case and a digit."],["IdentityInfo","The information about the identity of the user."],["FirstName","The first name, in Unicode NFC. Required with CONNECT_MANAGED or SAML identity management."],["LastName","The last name, in Unicode NFC. Required with CONNECT_MANAGED or SAML identity management."],["Email","The email address. With SAML identity management, including it returns an error."],["SecondaryEmail","The secondary email address; it receives notifications other than password resets."],["Mobile","The mobile number in E.164 form, such as +15555551212."],["PhoneConfig","The legacy phone settings; AWS recommends the channel-specific lists instead."],["PhoneType","The phone type: SOFT_PHONE or DESK_PHONE."],["AutoAccept","Whether contacts are connected without the agent accepting them."],["AfterContactWorkTimeLimit","The after contact work (ACW) timeout in seconds: 0 for indefinite, otherwise up to 2,000,000."],["DeskPhoneNumber","The desk phone number in E.164 form; needed with DESK_PHONE."],["PersistentConnection","Whether the agent's connection stays open after a call ends."],["DirectoryUserId","The user's identifier in an existing directory, when Connect cannot access the directory. An error with SAML."],["SecurityProfileIds","The IDs of 1 to 10 security profiles for the user."],["RoutingProfileId","The ID of the routing profile for the user."],["HierarchyGroupId","The ID of the hierarchy group for the user."],["InstanceId","The Amazon Connect instance ID; you can find it in the instance ARN."],["AutoAcceptConfigs","Auto-accept settings, one per channel."],["Channel","The channel: VOICE, CHAT, TASK or EMAIL."],["AutoAccept","Whether contacts on this channel are connected automatically."],["AgentFirstCallbackAutoAccept","Auto-accept for agent-first callbacks; VOICE only."],["AfterContactWorkConfigs","After contact work timeouts, one per channel."],["Channel","The channel: VOICE, CHAT, TASK or EMAIL."],["AfterContactWorkConfig","The ACW timeout settings for this channel."],["AfterContactWorkTimeLimit","The after contact work (ACW) timeout in seconds: 0 for indefinite, otherwise up to 2,000,000."],["AgentFirstCallbackAfterContactWorkConfig","The ACW timeout for agent-first callbacks; VOICE only."],["PhoneNumberConfigs","Phone type and desk phone number; VOICE only."],["Channel","The channel; only VOICE is supported."],["PhoneType","The phone type: SOFT_PHONE or DESK_PHONE."],["PhoneNumber","The desk phone number in E.164 form."],["PersistentConnectionConfigs","Persistent connection settings; VOICE only."],["Channel","The channel; only VOICE is supported."],["PersistentConnection","Whether the agent's connection stays open after a call ends."],["VoiceEnhancementConfigs","Voice enhancement modes; VOICE only."],["Channel","The channel; only VOICE is supported."],["VoiceEnhancementMode","VOICE_ISOLATION, NOISE_SUPPRESSION or NONE."],["Tags","1 to 50 tags, such as {\"Department\": \"Support\"}."]];

export const MODEL = {
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
};
