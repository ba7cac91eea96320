"""The push of `cargo bench -p wx-endpoints --bench push`, opened by wechatpy
(`pip install "wechatpy[cryptography]"`): `WeChatCrypto.decrypt_message` (signature check and
decryption), and, for comparison with the SDK's typed result, `decrypt_message` + `parse_message`.
Run both in one sitting; BENCHMARKS.md puts the figures side by side.

    python endpoints/benches/peer/push_wechatpy.py
"""

import base64
import hashlib
import os
import struct
import timeit

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from wechatpy import parse_message
from wechatpy.crypto import WeChatCrypto

TOKEN = "sandbox_callback_token"
AES_KEY = "sandboxEncodingAesKey0123456789abcdefghijkl"
COMPONENT = "wxsandboxcomponent"
TIMESTAMP = "1700000000"
NONCE = "1590219412"
MESSAGE = "<xml><ToUserName><![CDATA[gh_3c884a361561]]></ToUserName><FromUserName><![CDATA[ozy4qt5QUADNXORxCVipKMV9dss0]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[Hello, is the shop open on Sunday?]]></Content><MsgId>24320412340129381</MsgId></xml>"


def encrypt(message):
    """WXBizMsgCrypt encryption, written out so the ciphertext matches the Rust bench's."""
    key = base64.b64decode(AES_KEY + "=")
    text = message.encode()
    plain = b"0123456789abcdef" + struct.pack(">I", len(text)) + text + COMPONENT.encode()
    pad = 32 - len(plain) % 32
    plain += bytes([pad]) * pad
    encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return base64.b64encode(encryptor.update(plain) + encryptor.finalize()).decode()


def main():
    encrypted = encrypt(MESSAGE)
    signature = hashlib.sha1("".join(sorted([TOKEN, TIMESTAMP, NONCE, encrypted])).encode()).hexdigest()
    body = f"<xml><ToUserName><![CDATA[gh_3c884a361561]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>"
    crypto = WeChatCrypto(TOKEN, AES_KEY, COMPONENT)
    assert crypto.decrypt_message(body, signature, TIMESTAMP, NONCE) == MESSAGE
    n = 20000
    decrypt = min(timeit.repeat(lambda: crypto.decrypt_message(body, signature, TIMESTAMP, NONCE), number=n, repeat=7))
    print(f"wechatpy decrypt_message: {decrypt / n * 1e6:.1f} us")
    full = min(timeit.repeat(
        lambda: parse_message(crypto.decrypt_message(body, signature, TIMESTAMP, NONCE)), number=n, repeat=7))
    print(f"wechatpy decrypt_message + parse_message: {full / n * 1e6:.1f} us")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
