//! Writes a value as a constant Rust expression, through its `Serialize` impl: texts as
//! `Cow::Borrowed("…")`, lists as `Cow::Borrowed(&[…])`. build.rs uses it to turn
//! catalog/catalog.toml into a `static`: the wasm then carries the facts as data, without a TOML
//! or JSON parser and without building anything at start-up.

use serde::ser::{self, Serialize};
use std::fmt::{self, Write};

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Error {}
impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

pub fn to_rust<T: Serialize>(value: &T) -> Result<String, Error> {
    let mut e = Emitter { out: String::new() };
    value.serialize(&mut e)?;
    Ok(e.out)
}

struct Emitter {
    out: String,
}

/// `titre-professionnel` (serde's kebab-case name) back to the Rust variant `TitreProfessionnel`.
fn variant_name(serde_name: &str) -> String {
    serde_name
        .split('-')
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|c| c.to_uppercase().chain(cs).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

impl Emitter {
    fn put(&mut self, s: impl fmt::Display) -> Result<(), Error> {
        write!(self.out, "{s}").map_err(|e| Error(e.to_string()))
    }
}

macro_rules! plain {
    ($($name:ident: $t:ty),*) => {$(
        fn $name(self, v: $t) -> Result<(), Error> { self.put(v) }
    )*};
}

impl<'a> ser::Serializer for &'a mut Emitter {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = Seq<'a>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Seq<'a>;
    type SerializeStructVariant = Seq<'a>;

    fn is_human_readable(&self) -> bool {
        false
    }
    plain!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64);
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.put(format_args!("{v:?}"))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.put(format_args!("{v:?}"))
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.put(format_args!("{v:?}"))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.put(format_args!("Cow::Borrowed({v:?})"))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(Error("bytes are not supported".into()))
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.put("None")
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<(), Error> {
        self.put("Some(")?;
        v.serialize(&mut *self)?;
        self.put(")")
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.put("()")
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<(), Error> {
        self.put(name)
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.put(format_args!("{name}::{}", variant_name(variant)))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.put(format_args!("{name}("))?;
        v.serialize(&mut *self)?;
        self.put(")")
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.put(format_args!("{name}::{}(", variant_name(variant)))?;
        v.serialize(&mut *self)?;
        self.put(")")
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, Error> {
        self.put("Cow::Borrowed(&[")?;
        Ok(Seq {
            e: self,
            close: "])",
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Seq<'a>, Error> {
        self.put("(")?;
        Ok(Seq {
            e: self,
            close: ")",
        })
    }
    fn serialize_tuple_struct(self, name: &'static str, _: usize) -> Result<Seq<'a>, Error> {
        self.put(format_args!("{name}("))?;
        Ok(Seq {
            e: self,
            close: ")",
        })
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a>, Error> {
        self.put(format_args!("{name}::{}(", variant_name(variant)))?;
        Ok(Seq {
            e: self,
            close: ")",
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error("maps are not supported: use a list of tables".into()))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Seq<'a>, Error> {
        self.put(format_args!("{name} {{"))?;
        Ok(Seq {
            e: self,
            close: "}",
        })
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a>, Error> {
        self.put(format_args!("{name}::{} {{", variant_name(variant)))?;
        Ok(Seq {
            e: self,
            close: "}",
        })
    }
}

pub struct Seq<'a> {
    e: &'a mut Emitter,
    close: &'static str,
}

impl Seq<'_> {
    fn item<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        v.serialize(&mut *self.e)?;
        self.e.put(",")
    }
    fn field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> Result<(), Error> {
        self.e.put(format_args!("{key}:"))?;
        self.item(v)
    }
    fn finish(self) -> Result<(), Error> {
        self.e.put(self.close)
    }
}

macro_rules! seq_impl {
    ($($tr:ident: $m:ident),*) => {$(
        impl ser::$tr for Seq<'_> {
            type Ok = ();
            type Error = Error;
            fn $m<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> { self.item(v) }
            fn end(self) -> Result<(), Error> { self.finish() }
        }
    )*};
}
seq_impl!(SerializeSeq: serialize_element, SerializeTuple: serialize_element,
    SerializeTupleStruct: serialize_field, SerializeTupleVariant: serialize_field);

macro_rules! struct_impl {
    ($($tr:ident),*) => {$(
        impl ser::$tr for Seq<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: ?Sized + Serialize>(&mut self, k: &'static str, v: &T) -> Result<(), Error> { self.field(k, v) }
            fn end(self) -> Result<(), Error> { self.finish() }
        }
    )*};
}
struct_impl!(SerializeStruct, SerializeStructVariant);
