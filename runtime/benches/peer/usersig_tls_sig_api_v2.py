"""UserSig against Tencent's own Python library, tls-sig-api-v2 (`pip install tls-sig-api-v2`).

1. Times the library's `gen_sig` (the figure BENCHMARKS.md puts beside `cargo bench -p wx-runtime
   --bench usersig`; run both in one sitting).
2. Checks UserSigs made by `wx usersig gen` with the library: it inflates them and recomputes
   `TLS.sig` with the library's own HMAC, for an identifier with and without a userbuf.

    python runtime/benches/peer/usersig_tls_sig_api_v2.py target/release/wx
"""

import base64
import json
import subprocess
import sys
import timeit
import zlib

import TLSSigAPIv2

SDKAPPID = 1400000000
KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e"


def inflate(usersig):
    standard = usersig.replace("*", "+").replace("-", "/").replace("_", "=")
    return json.loads(zlib.decompress(base64.b64decode(standard)))


def check(wx, userbuf):
    args = [wx, "usersig", "gen", "--quiet", "--sdkappid", str(SDKAPPID), "--key", KEY,
            "--identifier", "administrator", "--expire", "86400", "--time", "1700000000"]
    if userbuf is not None:
        args += ["--userbuf", userbuf]
    usersig = subprocess.run(args, check=True, capture_output=True, text=True).stdout.strip()
    document = inflate(usersig)
    api = TLSSigAPIv2.TLSSigAPIv2(SDKAPPID, KEY)
    base64_userbuf = document.get("TLS.userbuf")
    expected = api._TLSSigAPIv2__hmacsha256(
        document["TLS.identifier"], document["TLS.time"], document["TLS.expire"], base64_userbuf
    ).decode()
    assert document["TLS.sig"] == expected, (document, expected)
    assert document["TLS.sdkappid"] == SDKAPPID and document["TLS.ver"] == "2.0"
    return len(usersig)


def main():
    api = TLSSigAPIv2.TLSSigAPIv2(SDKAPPID, KEY)
    n = 20000
    best = min(timeit.repeat(lambda: api.gen_sig("administrator", 86400), number=n, repeat=7))
    print(f"tls-sig-api-v2 gen_sig: {best / n * 1e6:.1f} us")
    if len(sys.argv) > 1:
        plain = check(sys.argv[1], None)
        with_userbuf = check(sys.argv[1], "abc")
        print(f"wx usersig gen verified by tls-sig-api-v2 ({plain} and {with_userbuf} characters)")


if __name__ == "__main__":
    main()
