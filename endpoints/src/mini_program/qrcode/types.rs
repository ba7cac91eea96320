//! Types the Mini Program code endpoints share.

use serde::{Deserialize, Serialize};

/// The version a Mini Program code opens (`env_version`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EnvVersion {
    /// `release`: the released version (the default).
    Release,
    /// `trial`: the trial version.
    Trial,
    /// `develop`: the development version.
    Develop,
}

/// An RGB line color, decimal (`line_color`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineColor {
    /// Red.
    pub r: u8,
    /// Green.
    pub g: u8,
    /// Blue.
    pub b: u8,
}
