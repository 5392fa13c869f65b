//! Where plans are kept, as text under keys: the seam between the plans and the browser's local
//! storage ([`super::Place`]), with [`Memory`] standing in where there is none, and in tests.

use super::codec;
use serde::Serialize;
use std::collections::BTreeMap;

/// A write the storage refused (full, or blocked).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

/// The storage the plans live in: the browser's local storage, or memory.
pub trait Kv {
    /// The text stored under `key`, as it is.
    fn get(&self, key: &str) -> Option<String>;
    /// Fails when the storage is full or refuses to write.
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused>;
    /// Writes a value as its JSON (the stored form of plans).
    fn set_value<T: Serialize>(&mut self, key: &str, value: &T) -> Result<(), Refused> {
        self.set(key, &codec::to_text(value))
    }
    fn remove(&mut self, key: &str);
    fn keys(&self) -> Vec<String>;
}

/// Storage in memory: where local storage is unavailable, and in tests (`full` refuses writes).
#[derive(Clone, Debug, Default)]
pub struct Memory {
    pub map: BTreeMap<String, String>,
    pub full: bool,
}

impl Kv for Memory {
    fn get(&self, key: &str) -> Option<String> {
        self.map.get(key).cloned()
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        if self.full {
            return Err(Refused);
        }
        self.map.insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&mut self, key: &str) {
        self.map.remove(key);
    }
    fn keys(&self) -> Vec<String> {
        self.map.keys().cloned().collect()
    }
}
