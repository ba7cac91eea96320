//! The endpoint model: the struct, its fields with their rules, and the attribute arguments.

use proc_macro2::Span;
use syn::{Attribute, DeriveInput, Ident, Type, Visibility};

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

    /// Whether a `#[serde(...)]` of the user's already decides when this field is skipped.
    pub fn has_serde_skip(&self) -> bool {
        self.attrs.iter().filter(|a| a.path().is_ident("serde")).any(|attr| match &attr.meta {
            syn::Meta::List(list) => list.tokens.clone().into_iter().any(|token| {
                matches!(token, proc_macro2::TokenTree::Ident(ident)
                    if ident == "skip" || ident == "skip_serializing" || ident == "skip_serializing_if")
            }),
            _ => false,
        })
    }
}

impl Endpoint {
    /// The struct's `#[serde(rename_all = "...")]`, if any.
    pub fn serde_rename_all(&self) -> Option<String> {
        serde_string(&self.attrs, "rename_all")
    }
}

impl Field {
    /// The field's name on the wire: its `#[serde(rename)]`, else the struct's `rename_all` applied.
    pub fn wire_name(&self, rename_all: Option<&str>) -> String {
        if let Some(rename) = serde_string(&self.attrs, "rename") {
            return rename;
        }
        let name = self.ident.to_string().trim_start_matches("r#").to_owned();
        let words: Vec<&str> = name.split('_').filter(|w| !w.is_empty()).collect();
        let capitalized = |word: &&str| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
        };
        match rename_all {
            Some("PascalCase") => words.iter().map(capitalized).collect(),
            Some("camelCase") => words
                .first()
                .map(|w| w.to_string())
                .into_iter()
                .chain(words.iter().skip(1).map(capitalized))
                .collect(),
            Some("lowercase") => name.to_lowercase(),
            Some("UPPERCASE") => name.to_uppercase(),
            _ => name,
        }
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
        texts
    }
}

/// The string value of `key` in the `#[serde(...)]` attributes (`rename = "x"`), if any.
fn serde_string(attrs: &[Attribute], key: &str) -> Option<String> {
    let mut found = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident(key) && meta.input.peek(syn::Token![=]) {
                found = Some(meta.value()?.parse::<syn::LitStr>()?.value());
            } else if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<syn::Lit>()?;
            } else if meta.input.peek(syn::token::Paren) {
                meta.parse_nested_meta(|inner| {
                    if inner.input.peek(syn::Token![=]) {
                        inner.value()?.parse::<syn::Lit>()?;
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
    Rejected(DeriveInput),
}

pub fn parse(args: EndpointArgs, input: DeriveInput, cx: &mut Ctxt) -> Item {
    let data = match &input.data {
        syn::Data::Struct(data) => data,
        syn::Data::Enum(data) => {
            cx.error_at(
                data.enum_token,
                "#[wx_endpoint] goes on a struct with named fields (or a unit struct); an enum is not an endpoint",
            );
            return Item::Rejected(input);
        }
        syn::Data::Union(data) => {
            cx.error_at(data.union_token, "#[wx_endpoint] goes on a struct with named fields, not a union");
            return Item::Rejected(input);
        }
    };
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        cx.error_at(
            &input.generics,
            "an endpoint struct cannot be generic: its wire format and error table are fixed; use concrete field types",
        );
        return Item::Rejected(input);
    }
    let fields = match &data.fields {
        syn::Fields::Named(named) => Some(named.named.iter().map(|f| parse_field(f, cx)).collect()),
        syn::Fields::Unit => None,
        syn::Fields::Unnamed(unnamed) => {
            cx.error_at(
                unnamed,
                "an endpoint needs named fields (they are the JSON keys); write `struct Name { field: Type }`, or `struct Name;` for no fields",
            );
            return Item::Rejected(input);
        }
    };
    Item::Endpoint(Endpoint { args, attrs: input.attrs, vis: input.vis, ident: input.ident, fields })
}

fn parse_field(field: &syn::Field, cx: &mut Ctxt) -> Field {
    let mut args = FieldArgs::default();
    let mut attrs = Vec::new();
    for attr in &field.attrs {
        if attr.path().is_ident("wx") {
            attr::parse_field_args(attr, &mut args, cx);
        } else {
            attrs.push(attr.clone());
        }
    }
    Field {
        attrs,
        vis: field.vis.clone(),
        // Named fields always have an ident.
        ident: field.ident.clone().unwrap_or_else(|| Ident::new("_", Span::call_site())),
        ty: field.ty.clone(),
        args,
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
