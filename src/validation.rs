//! Validating requests.

use crate::diagnostic::ValidationResult;
use crate::options::Options;
use crate::value::Value;

/// Validates one request. Any value is accepted: a non-object gets a `type` diagnostic.
pub fn validate(request: &Value, options: &Options) -> ValidationResult {
    ValidationResult::new(crate::rules::check(request, options))
}

/// Validates a batch with the same options, such as a bulk import.
pub fn validate_many(requests: &[Value], options: &Options) -> Vec<ValidationResult> {
    requests.iter().map(|request| validate(request, options)).collect()
}
