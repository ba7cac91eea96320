//! Standard output that never panics: a closed pipe (`wx endpoints | head`) ends the output quietly.

/// `println!` without the panic on a broken pipe.
macro_rules! out {
    ($($arg:tt)*) => {{
        use ::std::io::Write as _;
        let _ = ::std::writeln!(::std::io::stdout().lock(), $($arg)*);
    }};
}
