//! Three readers of a request, each building a tree the core could walk: the package's tape
//! (`wire::read_tapes`), JSON text (`syntax::json`, Python's `json.loads`), and serde-wasm-bindgen
//! reading the JavaScript value itself, property by property, into a `serde_json::Value`.

use connect_user_validator::{syntax::json, wire};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// A buffer of `length` bytes for the next read; JavaScript writes the input there.
#[wasm_bindgen]
pub fn scratch(length: usize) -> *mut u8 {
    INPUT.with_borrow_mut(|input| {
        input.resize(length, 0);
        input.as_mut_ptr()
    })
}

/// How many values the tape holds (one per request).
#[wasm_bindgen]
pub fn read_tape(length: usize) -> usize {
    INPUT.with_borrow(|input| wire::read_tapes(&input[..length]).len())
}

/// Whether the UTF-8 JSON text reads as a value.
#[wasm_bindgen]
pub fn read_json(length: usize) -> bool {
    INPUT.with_borrow(|input| std::str::from_utf8(&input[..length]).is_ok_and(|text| json::parse(text).is_ok()))
}

/// Whether serde-wasm-bindgen reads the value.
#[wasm_bindgen]
pub fn read_serde(value: JsValue) -> bool {
    serde_wasm_bindgen::from_value::<serde_json::Value>(value).is_ok()
}
