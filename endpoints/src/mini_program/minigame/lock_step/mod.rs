//! Mini game lock-step (frame synchronisation) service: rooms created from the server, frames and players of finished games.

mod create_game_room;
mod get_game_frame;
mod get_game_identity_info;
mod get_game_room_info;

pub use create_game_room::{CreateGameRoom, CreateGameRoomError, CreatedGameRoom, RoomAccess};
pub use get_game_frame::{
    FramePackage, GameFrame, GameFrameData, GameFrames, GetGameFrame, GetGameFrameError,
};
pub use get_game_identity_info::{
    GameIdentities, GameIdentity, GameIdentityData, GetGameIdentityInfo, GetGameIdentityInfoError,
};
pub use get_game_room_info::{
    GameRoom, GameRoomData, GetGameRoomInfo, GetGameRoomInfoError, RoomMember, RoomRole, RoomState,
};
