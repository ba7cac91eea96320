//! The endpoint model: the struct, its fields with their rules, and the attribute arguments.

use proc_macro2::Span;
use syn::{Attribute, DeriveInput, Ident, LitStr, Type, Visibility};

use crate::attr::{self, EndpointArgs, FieldArgs};
use crate::ctxt::Ctxt;

pub struct Endpoint {
    pub args: EndpointArgs,
    /// The struct's own attributes (docs, derives, serde), passed through.
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    /// `None` for a unit struct.
    pub fields: Option<Vec<Field>>,
}

pub struct Field {
    /// Attributes other than `#[wx]`, passed through (docs, serde).
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub ty: Type,
    pub args: FieldArgs,
    /// The field's name on the wire, the one fact every encoding and message uses: its
    /// `#[serde(rename)]`, else the struct's `rename_all` applied as serde applies it, else the
    /// Rust name. `expand` pins it on the field with `#[serde(rename)]`, so JSON, the query and
    /// multipart parts cannot disagree with the registry's docs or the validation messages.
    pub wire_name: String,
}

impl Field {
    /// `Option<...>` as written; a type alias of an Option is not recognised (like serde's own
    /// `default` handling, this is syntactic).
    pub fn is_option(&self) -> bool {
        match &self.ty {
            Type::Path(path) if path.qself.is_none() => {
                path.path.segments.last().is_some_and(|segment| segment.ident == "Option")
            }
            _ => false,
        }
    }

    /// Whether the field's type is `name` or `Option<name>`, as written (syntactic, like
    /// `is_option`).
    pub fn names_type(&self, name: &str) -> bool {
        let last = |ty: &Type| match ty {
            Type::Path(path) => path.path.segments.last().cloned(),
            _ => None,
        };
        let Some(segment) = last(&self.ty) else { return false };
        if segment.ident == name {
            return true;
        }
        match (&segment.arguments, segment.ident == "Option") {
            (syn::PathArguments::AngleBracketed(args), true) => args.args.iter().any(|arg| {
                matches!(arg, syn::GenericArgument::Type(inner) if last(inner).is_some_and(|s| s.ident == name))
            }),
            _ => false,
        }
    }

    /// Whether a `#[serde(...)]` of the user's already decides when this field is skipped.
    pub fn has_serde_skip(&self) -> bool {
        self.has_serde_word(&["skip", "skip_serializing", "skip_serializing_if"])
    }

    /// Never on the wire under a name of its own (skipped, or flattened into the struct).
    pub fn is_skipped(&self) -> bool {
        self.has_serde_word(&["skip", "skip_serializing", "flatten"])
    }

    pub fn has_serde_word(&self, words: &[&str]) -> bool {
        self.attrs.iter().filter(|a| a.path().is_ident("serde")).any(|attr| {
            match &attr.meta {
            syn::Meta::List(list) => list.tokens.clone().into_iter().any(|token| {
                matches!(token, proc_macro2::TokenTree::Ident(ident) if words.iter().any(|w| ident == w))
            }),
            _ => false,
        }
        })
    }
}

impl Endpoint {
    /// The struct's `#[serde(rename_all = "...")]` (or its `serialize` half), if any.
    pub fn serde_rename_all(&self) -> Option<LitStr> {
        serde_string(&self.attrs, "rename_all")
    }

    /// Whether the user already says where serde is (`#[serde(crate = "...")]`): serde takes the
    /// key once, so the attribute then adds none of its own.
    pub fn has_serde_crate(&self) -> bool {
        serde_string(&self.attrs, "crate").is_some()
    }
}

impl Field {
    /// The field's `#[serde(rename = "...")]` (or its `serialize` half), if any.
    pub fn serde_rename(&self) -> Option<LitStr> {
        serde_string(&self.attrs, "rename")
    }

    /// The rules as declared, for documentation: `chars = 4..=120`, `nullable`, ...
    pub fn rule_texts(&self) -> Vec<String> {
        use crate::attr::Check;
        let mut texts: Vec<String> = self
            .args
            .checks
            .iter()
            .map(|check| match &check.value {
                Check::Chars { min, max } => format!("chars = {min}..={max}"),
                Check::MaxBytes(max) => format!("max_bytes = {max}"),
                Check::Range { min, max } => format!("range = {min}..={max}"),
                Check::OneOf(values) => format!("one_of = {values:?}"),
                Check::NonEmpty => "non_empty".to_owned(),
                Check::Prefix(prefix) => format!("prefix = {:?}", prefix.value()),
                Check::MaxItems(max) => format!("max_items = {max}"),
            })
            .collect();
        if self.args.nullable.is_some() {
            texts.push("nullable".to_owned());
        }
        if self.args.query.is_some() {
            texts.push("query".to_owned());
        }
        texts
    }
}

/// serde's `rename_all` rules for fields, exactly as serde_derive applies them to a field name
/// (a case-conversion crate splits words differently for names with capitals or doubled `_`, and
/// the wire name must be serde's).
pub fn rename_rule(rule: &str) -> Option<fn(&str) -> String> {
    fn pascal(name: &str) -> String {
        let mut out = String::with_capacity(name.len());
        let mut capitalize = true;
        for ch in name.chars() {
            if ch == '_' {
                capitalize = true;
            } else if capitalize {
                out.push(ch.to_ascii_uppercase());
                capitalize = false;
            } else {
                out.push(ch);
            }
        }
        out
    }
    Some(match rule {
        "lowercase" | "snake_case" => str::to_owned,
        "UPPERCASE" | "SCREAMING_SNAKE_CASE" => str::to_ascii_uppercase,
        "PascalCase" => pascal,
        "camelCase" => |name| {
            let pascal = pascal(name);
            let mut chars = pascal.chars();
            chars.next().map(|first| first.to_ascii_lowercase()).into_iter().chain(chars).collect()
        },
        "kebab-case" => |name| name.replace('_', "-"),
        "SCREAMING-KEBAB-CASE" => |name| name.to_ascii_uppercase().replace('_', "-"),
        _ => return None,
    })
}

/// The value of `key` in the `#[serde(...)]` attributes: `key = "x"`, or the `serialize` half of
/// `key(serialize = "x", deserialize = "y")`.
fn serde_string(attrs: &[Attribute], key: &str) -> Option<LitStr> {
    let mut found = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            let wanted = meta.path.is_ident(key);
            if meta.input.peek(syn::Token![=]) {
                let value = meta.value()?.parse::<syn::Lit>()?;
                if let (true, syn::Lit::Str(lit)) = (wanted, value) {
                    found = Some(lit);
                }
            } else if meta.input.peek(syn::token::Paren) {
                meta.parse_nested_meta(|inner| {
                    if inner.input.peek(syn::Token![=]) {
                        let value = inner.value()?.parse::<syn::Lit>()?;
                        if let (true, true, syn::Lit::Str(lit)) =
                            (wanted, inner.path.is_ident("serialize"), value)
                        {
                            found = Some(lit);
                        }
                    }
                    Ok(())
                })?;
            }
            Ok(())
        });
    }
    found
}

/// The struct the attribute sits on, or why it cannot be an endpoint.
// Built once per macro call and moved once: the size difference costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum Item {
    Endpoint(Endpoint),
    /// Not an endpoint shape (enum, tuple struct, generic); emit it unchanged after the errors.
    Rejected(DeriveInput, EndpointArgs),
}

pub fn parse(args: EndpointArgs, input: DeriveInput, cx: &mut Ctxt) -> Item {
    let data = match &input.data {
        syn::Data::Struct(data) => data,
        syn::Data::Enum(data) => {
            cx.error_at(
                data.enum_token,
                "#[wx_endpoint] goes on a struct with named fields (or a unit struct); an enum is not an endpoint",
            );
            return Item::Rejected(input, args);
        }
        syn::Data::Union(data) => {
            cx.error_at(data.union_token, "#[wx_endpoint] goes on a struct with named fields, not a union");
            return Item::Rejected(input, args);
        }
    };
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        cx.error_at(
            &input.generics,
            "an endpoint struct cannot be generic: its wire format and error table are fixed; use concrete field types",
        );
        return Item::Rejected(input, args);
    }
    let fields = match &data.fields {
        syn::Fields::Named(named) => {
            let rename_all = serde_string(&input.attrs, "rename_all");
            Some(named.named.iter().map(|f| parse_field(f, rename_all.as_ref(), cx)).collect())
        }
        syn::Fields::Unit => None,
        syn::Fields::Unnamed(unnamed) => {
            cx.error_at(
                unnamed,
                "an endpoint needs named fields (they are the JSON keys); write `struct Name { field: Type }`, or `struct Name;` for no fields",
            );
            return Item::Rejected(input, args);
        }
    };
    Item::Endpoint(Endpoint { args, attrs: input.attrs, vis: input.vis, ident: input.ident, fields })
}

fn parse_field(field: &syn::Field, rename_all: Option<&LitStr>, cx: &mut Ctxt) -> Field {
    let mut args = FieldArgs::default();
    let mut attrs = Vec::new();
    for attr in &field.attrs {
        if attr.path().is_ident("wx") {
            attr::parse_field_args(attr, &mut args, cx);
        } else {
            attrs.push(attr.clone());
        }
    }
    // Named fields always have an ident.
    let ident = field.ident.clone().unwrap_or_else(|| Ident::new("_", Span::call_site()));
    let wire_name = wire_name(&ident, serde_string(&attrs, "rename").as_ref(), rename_all);
    Field { attrs, vis: field.vis.clone(), ident, ty: field.ty.clone(), args, wire_name }
}

/// The `#[serde(rename)]`, else `rename_all` applied as serde applies it, else the Rust name.
fn wire_name(ident: &Ident, rename: Option<&LitStr>, rename_all: Option<&LitStr>) -> String {
    if let Some(rename) = rename {
        return rename.value();
    }
    let name = ident.to_string().trim_start_matches("r#").to_owned();
    match rename_all.and_then(|rule| rename_rule(&rule.value())) {
        Some(rule) => rule(&name),
        None => name,
    }
}

/// Removes `#[wx]` attributes from fields of an item that is emitted unchanged, so rustc does not
/// add "cannot find attribute `wx`" to the real error.
pub fn strip_field_attrs(input: &mut DeriveInput) {
    let strip = |fields: &mut syn::Fields| {
        for field in fields.iter_mut() {
            field.attrs.retain(|a| !a.path().is_ident("wx"));
        }
    };
    match &mut input.data {
        syn::Data::Struct(data) => strip(&mut data.fields),
        syn::Data::Enum(data) => data.variants.iter_mut().for_each(|v| strip(&mut v.fields)),
        syn::Data::Union(_) => {}
    }
}
