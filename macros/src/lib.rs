//! `#[wx_endpoint]` (declare a WeChat or Tencent IM endpoint as a struct) and `error_table!` (error
//! codes a family of endpoints shares). Use them through `wx-endpoints`, which re-exports them with
//! the runtime the generated code names and documents their grammar.
//!
//! The macro is a pipeline: `attr` parses the grammar, `ast` builds the model, `valid` checks its
//! meaning (collecting every error in a `ctxt::Ctxt`), `expand` generates code, and `fallback`
//! keeps the output well-formed when there were errors.

mod ast;
mod attr;
mod ctxt;
mod expand;
mod fallback;
mod valid;

use proc_macro::TokenStream;

// Documented where users meet it, on the re-export `wx_endpoints::wx_endpoint` (rustdoc shows
// these docs after those, so none are written here).
#[proc_macro_attribute]
pub fn wx_endpoint(args: TokenStream, item: TokenStream) -> TokenStream {
    let input = match syn::parse::<syn::DeriveInput>(item.clone()) {
        Ok(input) => input,
        Err(_) => {
            // Not a struct at all (a function, an impl, ...): say so, and keep the item.
            let error = syn::Error::new(
                proc_macro2::Span::call_site(),
                "#[wx_endpoint] goes on a struct with named fields (or a unit struct)",
            )
            .to_compile_error();
            let item = proc_macro2::TokenStream::from(item);
            return quote::quote!(#error #item).into();
        }
    };
    let mut cx = ctxt::Ctxt::default();
    let args = attr::parse_endpoint_args(args.into(), &mut cx);
    let output = match ast::parse(args, input, &mut cx) {
        ast::Item::Rejected(input, args) => fallback::rejected(input, args),
        ast::Item::Endpoint(mut endpoint) => {
            valid::check(&endpoint, &mut cx);
            if cx.has_errors() {
                fallback::sanitize(&mut endpoint);
            }
            expand::endpoint(&endpoint)
        }
    };
    let errors = cx.into_compile_errors();
    quote::quote!(#errors #output).into()
}

// Documented on the re-export `wx_endpoints::error_table`.
#[proc_macro]
pub fn error_table(input: TokenStream) -> TokenStream {
    let mut cx = ctxt::Ctxt::default();
    let output = match attr::parse_error_table(input.into(), &mut cx) {
        Some(mut table) => {
            valid::check_table(&table, &mut cx);
            fallback::sanitize_rows(&mut table.rows);
            expand::error_table(&table)
        }
        None => proc_macro2::TokenStream::new(),
    };
    let errors = cx.into_compile_errors();
    quote::quote!(#errors #output).into()
}
