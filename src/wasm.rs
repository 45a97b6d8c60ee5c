//! The WebAssembly boundary: options in, a plain JS object out. No analysis logic here.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::Options;

#[wasm_bindgen(start)]
fn start() {
    // Report any panic (there should be none) to the console instead of "unreachable".
    console_error_panic_hook::set_once();
}

/// Analyzes `text`. `options` is an optional object:
/// `{ reference_date?: "YYYY-MM-DD", offsets?: "utf16" | "char" | "byte", max_bytes?: number, tokens?: boolean }`.
/// Throws an `Error` for an invalid option or an input over `max_bytes`.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        let value: serde_json::Value =
            serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("invalid option `options`: {e}")))?;
        Options::from_json(&value).map_err(|e| JsError::new(&e.to_string()))?
    };
    let analysis = crate::analyze(text, &options).map_err(|e| JsError::new(&e.to_string()))?;
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true).serialize_missing_as_null(true);
    analysis.serialize(&serializer).map_err(|e| JsError::new(&format!("could not build the result: {e}")))
}

/// Lede's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
