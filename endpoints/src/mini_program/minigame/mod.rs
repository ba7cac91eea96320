//! Mini games: open data, matchmaking, lock-step rooms, virtual payment (Midas) and content security.

pub mod data;
pub mod gamematch;
pub mod lock_step;
pub mod midas;
pub mod security;
