//! A raw TCP HTTP/1.1 server that misbehaves on script: statuses, bodies, headers that never
//! arrive, bodies that stall, connections closed before or after the request was read. It counts
//! connections and requests.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Clone, Debug)]
pub enum Behavior {
    Respond {
        status: u16,
        content_type: &'static str,
        body: Vec<u8>,
    },
    /// Read the request, never answer.
    HeadersNever,
    /// Answer headers and a few bytes of a longer body, then stall.
    StallBody,
    /// Close the connection as soon as it is accepted, reading nothing.
    CloseBeforeReading,
    /// Read the request, then close without answering.
    CloseAfterReading,
}

impl Behavior {
    pub fn json(body: &str) -> Behavior {
        Behavior::Respond { status: 200, content_type: "application/json", body: body.as_bytes().to_vec() }
    }

    pub fn html(status: u16) -> Behavior {
        Behavior::Respond {
            status,
            content_type: "text/html",
            body: format!("<html><body>{status}</body></html>").into_bytes(),
        }
    }
}

pub struct FaultServer {
    address: SocketAddr,
    requests: Arc<AtomicUsize>,
    connections: Arc<AtomicUsize>,
}

/// The script: behaviours in order; the last repeats.
type Script = Arc<Mutex<VecDeque<Behavior>>>;

fn next(script: &Script, peek: bool) -> Behavior {
    let mut script = script.lock().unwrap();
    let behavior = script.front().cloned().unwrap_or_else(|| Behavior::json("{}"));
    if !peek && script.len() > 1 {
        script.pop_front();
    }
    behavior
}

impl FaultServer {
    pub async fn start(script: Vec<Behavior>) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let (requests, connections) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let script: Script = Arc::new(Mutex::new(script.into()));
        let (r, c) = (requests.clone(), connections.clone());
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                c.fetch_add(1, Ordering::SeqCst);
                if matches!(next(&script, true), Behavior::CloseBeforeReading) {
                    next(&script, false);
                    drop(stream);
                    continue;
                }
                tokio::spawn(serve(stream, script.clone(), r.clone()));
            }
        });
        FaultServer { address, requests, connections }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

/// Reads one request (head and Content-Length body); `false` at end of stream.
async fn read_request(stream: &mut TcpStream) -> bool {
    let mut data = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        let Ok(n) = stream.read(&mut buffer).await else { return false };
        if n == 0 {
            return false;
        }
        data.extend_from_slice(&buffer[..n]);
        let text = String::from_utf8_lossy(&data);
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse().unwrap_or(0))
                })
                .unwrap_or(0usize);
            if data.len() >= end + 4 + length {
                return true;
            }
        }
    }
}

async fn serve(mut stream: TcpStream, script: Script, requests: Arc<AtomicUsize>) {
    let _ = stream.set_nodelay(true);
    while read_request(&mut stream).await {
        requests.fetch_add(1, Ordering::SeqCst);
        match next(&script, false) {
            Behavior::Respond { status, content_type, body } => {
                let head = format!(
                    "HTTP/1.1 {status} X\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n\r\n",
                    body.len()
                );
                if stream.write_all(head.as_bytes()).await.is_err() || stream.write_all(&body).await.is_err()
                {
                    return;
                }
            }
            Behavior::HeadersNever => {
                tokio::time::sleep(Duration::from_secs(3600)).await;
            }
            Behavior::StallBody => {
                let _ = stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"errcode\"").await;
                tokio::time::sleep(Duration::from_secs(3600)).await;
            }
            Behavior::CloseBeforeReading | Behavior::CloseAfterReading => return,
        }
    }
}
