//! Throwaway Redis on loopback, stopped on drop: one `redis-server` on a free port, or a Redis
//! Cluster of three masters (`redis-server --cluster-enabled yes` on three ports, joined by
//! `redis-cli --cluster create`). Where `redis-server` is not installed the caller skips (and says
//! why); under CI it must be.

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct RedisServer {
    child: Option<Child>,
    port: u16,
    dir: PathBuf,
}

impl RedisServer {
    /// `None` (after printing why) when `redis-server` is missing outside CI.
    pub fn start() -> Option<RedisServer> {
        if !installed() {
            return None;
        }
        let port = free_port();
        let dir = std::env::temp_dir().join(format!("wx-redis-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut server = RedisServer { child: None, port, dir };
        server.restart();
        Some(server)
    }

    fn node(port: u16, dir: PathBuf) -> RedisServer {
        std::fs::create_dir_all(&dir).unwrap();
        let mut server = RedisServer { child: None, port, dir };
        server.restart();
        server
    }

    /// Starts the server (again) on its port and directory; a cluster node keeps its identity
    /// (`nodes.conf` in the directory). Returns once it accepts connections.
    pub fn restart(&mut self) {
        self.stop();
        let cluster = self.dir.join("cluster");
        let mut command = Command::new("redis-server");
        command
            .args([
                "--port",
                &self.port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .arg("--dir")
            .arg(&self.dir)
            .stdout(Stdio::null());
        if cluster.exists() {
            command.args(["--cluster-enabled", "yes", "--cluster-node-timeout", "2000"]);
        }
        self.child = Some(command.spawn().expect("redis-server starts"));
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "redis-server did not listen within 10 s");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Freezes the server (SIGSTOP): connections stay open and nothing answers.
    pub fn pause(&self) {
        self.signal("-STOP");
    }

    /// Thaws a paused server (SIGCONT).
    pub fn resume(&self) {
        self.signal("-CONT");
    }

    fn signal(&self, signal: &str) {
        let pid = self.child.as_ref().expect("running").id().to_string();
        let status = Command::new("kill").args([signal, &pid]).status().expect("kill runs");
        assert!(status.success());
    }

    /// `redis-cli` against this server.
    pub fn cli(&self, args: &[&str]) -> String {
        let output = Command::new("redis-cli")
            .args(["-p", &self.port.to_string(), "--raw"])
            .args(args)
            .output()
            .expect("redis-cli runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Every key, through `redis-cli`.
    pub fn keys(&self) -> Vec<String> {
        self.cli(&["KEYS", "*"]).lines().filter(|k| !k.is_empty()).map(str::to_owned).collect()
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn installed() -> bool {
    if Command::new("redis-server").arg("--version").output().is_ok() {
        return true;
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "redis-server is not installed; .ci/run installs it with apt-get"
    );
    eprintln!("skipped: redis-server is not installed (apt-get install -y redis-server)");
    false
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A Redis Cluster of three masters and no replicas on loopback.
pub struct RedisCluster {
    pub nodes: Vec<RedisServer>,
}

impl RedisCluster {
    /// `None` (after printing why) when `redis-server` is missing outside CI.
    pub fn start() -> Option<RedisCluster> {
        if !installed() {
            return None;
        }
        let nodes: Vec<RedisServer> = (0..3)
            .map(|_| {
                let port = free_port();
                let dir =
                    std::env::temp_dir().join(format!("wx-redis-cluster-{}-{port}", std::process::id()));
                std::fs::create_dir_all(dir.join("cluster")).unwrap();
                RedisServer::node(port, dir)
            })
            .collect();
        let addresses: Vec<String> = nodes.iter().map(|n| format!("127.0.0.1:{}", n.port)).collect();
        let output = Command::new("redis-cli")
            .args(["--cluster", "create"])
            .args(&addresses)
            .args(["--cluster-replicas", "0", "--cluster-yes"])
            .output()
            .expect("redis-cli runs");
        assert!(output.status.success(), "cluster create: {}", String::from_utf8_lossy(&output.stdout));
        let cluster = RedisCluster { nodes };
        cluster.wait_until_ok(Duration::from_secs(20));
        Some(cluster)
    }

    /// `redis+cluster://` with every node.
    pub fn url(&self) -> String {
        let nodes: Vec<String> = self.nodes.iter().map(|n| format!("127.0.0.1:{}", n.port)).collect();
        format!("redis+cluster://{}", nodes.join(","))
    }

    /// Blocks until every node reports `cluster_state:ok`.
    pub fn wait_until_ok(&self, within: Duration) {
        let deadline = Instant::now() + within;
        while !self.nodes.iter().all(|n| n.cli(&["CLUSTER", "INFO"]).contains("cluster_state:ok")) {
            assert!(Instant::now() < deadline, "the cluster did not become ok within {within:?}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The index in `nodes` of the node serving `key`'s slot.
    pub fn owner_of(&self, key: &str) -> usize {
        let slot: u16 = self.nodes[0].cli(&["CLUSTER", "KEYSLOT", key]).trim().parse().expect("a slot");
        self.nodes
            .iter()
            .position(|node| {
                node.cli(&["CLUSTER", "NODES"]).lines().any(|line| {
                    line.contains("myself")
                        && line.split_whitespace().skip(8).any(|range| match range.split_once('-') {
                            Some((from, to)) => {
                                (from.parse().unwrap_or(u16::MAX)..=to.parse().unwrap_or(0)).contains(&slot)
                            }
                            None => range.parse() == Ok(slot),
                        })
                })
            })
            .expect("a node owns every slot")
    }

    /// Every key on every node.
    pub fn keys(&self) -> Vec<String> {
        self.nodes.iter().flat_map(RedisServer::keys).collect()
    }
}
