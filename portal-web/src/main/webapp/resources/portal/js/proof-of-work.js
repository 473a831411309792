/*
 * The question form's anti-abuse challenge, solved in the browser with no third-party service:
 * find a number such that SHA-256(challenge + ":" + number) starts with the asked-for zero bits.
 * A person waits a moment once; a machine sending thousands of questions pays for every one.
 */
(function () {
    'use strict';

    var K = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
    ];
    var W = new Array(64);

    function rotr(x, n) {
        return (x >>> n) | (x << (32 - n));
    }

    /** One SHA-256 compression of the 16 words at {@code offset} into the state {@code h}. */
    function compress(h, words, offset) {
        var i;
        for (i = 0; i < 64; i++) {
            if (i < 16) {
                W[i] = words[offset + i] | 0;
            } else {
                var s0 = rotr(W[i - 15], 7) ^ rotr(W[i - 15], 18) ^ (W[i - 15] >>> 3);
                var s1 = rotr(W[i - 2], 17) ^ rotr(W[i - 2], 19) ^ (W[i - 2] >>> 10);
                W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
            }
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
        for (i = 0; i < 64; i++) {
            var t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
            var t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
            k = g;
            g = f;
            f = e;
            e = (d + t1) | 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) | 0;
        }
        h[0] = (h[0] + a) | 0;
        h[1] = (h[1] + b) | 0;
        h[2] = (h[2] + c) | 0;
        h[3] = (h[3] + d) | 0;
        h[4] = (h[4] + e) | 0;
        h[5] = (h[5] + f) | 0;
        h[6] = (h[6] + g) | 0;
        h[7] = (h[7] + k) | 0;
    }

    /**
     * SHA-256 of an ASCII text whose first {@code skipped} bytes (whole blocks) were compressed into
     * {@code state} already: every nonce shares the challenge's first block, so it is done once.
     */
    function finish(state, text, skipped) {
        var length = text.length - skipped;
        var words = new Int32Array((((length + 8) >> 6) + 1) * 16);
        var i;
        for (i = 0; i < length; i++) {
            words[i >> 2] |= (text.charCodeAt(skipped + i) & 0xff) << (24 - (i % 4) * 8);
        }
        words[length >> 2] |= 0x80 << (24 - (length % 4) * 8);
        words[words.length - 1] = text.length * 8;
        var h = state.slice();
        for (var block = 0; block < words.length; block += 16) {
            compress(h, words, block);
        }
        return h;
    }

    var INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    /** SHA-256 of an ASCII string (challenges and nonces are ASCII), as eight 32-bit words. */
    function sha256(text) {
        return finish(INITIAL, text, 0);
    }

    /** The state after the whole 64-byte blocks of the prefix, and how many bytes that covers. */
    function midstate(prefix) {
        var whole = prefix.length - (prefix.length % 64);
        var words = new Int32Array(whole / 4);
        for (var i = 0; i < whole; i++) {
            words[i >> 2] |= (prefix.charCodeAt(i) & 0xff) << (24 - (i % 4) * 8);
        }
        var h = INITIAL.slice();
        for (var block = 0; block < words.length; block += 16) {
            compress(h, words, block);
        }
        return {state: h, bytes: whole};
    }

    function leadingZeroBits(hash) {
        var bits = 0;
        for (var i = 0; i < hash.length; i++) {
            if (hash[i] === 0) {
                bits += 32;
                continue;
            }
            return bits + Math.clz32(hash[i]);
        }
        return bits;
    }

    /** Searches in slices so the page stays responsive; calls done(nonce) when found. */
    function solve(challenge, bits, done) {
        var nonce = 0;
        var prefix = challenge + ':';
        var mid = midstate(prefix);
        function slice() {
            var end = nonce + 5000;
            for (; nonce < end; nonce++) {
                if (leadingZeroBits(finish(mid.state, prefix + nonce, mid.bytes)) >= bits) {
                    done(String(nonce));
                    return;
                }
            }
            setTimeout(slice, 0);
        }
        slice();
    }

    function start(form) {
        var challengeInput = form.querySelector('[data-role="challenge"]');
        var nonceInput = form.querySelector('[data-role="nonce"]');
        var status = form.querySelector('[data-role="challenge-status"]');
        var solved = false;
        var waitingSubmitter = null;
        var waiting = false;

        function say(attribute) {
            if (status) {
                status.textContent = status.getAttribute(attribute) || '';
            }
        }

        function submitNow() {
            if (form.requestSubmit) {
                form.requestSubmit(waitingSubmitter || undefined);
                return;
            }
            if (waitingSubmitter && waitingSubmitter.name) {
                var hidden = document.createElement('input');
                hidden.type = 'hidden';
                hidden.name = waitingSubmitter.name;
                hidden.value = waitingSubmitter.value;
                form.appendChild(hidden);
            }
            form.submit();
        }

        form.addEventListener('submit', function (event) {
            if (solved) {
                return;
            }
            event.preventDefault();
            waiting = true;
            waitingSubmitter = event.submitter || null;
            say('data-verifying');
        });

        say('data-verifying');
        fetch(form.getAttribute('data-challenge-url'), {headers: {'Accept': 'application/json'}, cache: 'no-store'})
            .then(function (response) {
                return response.json();
            })
            .then(function (issued) {
                challengeInput.value = issued.challenge;
                solve(issued.challenge, issued.bits, function (nonce) {
                    nonceInput.value = nonce;
                    solved = true;
                    say('data-verified');
                    if (waiting) {
                        submitNow();
                    }
                });
            })
            .catch(function () {
                say('data-failed');
            });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var forms = document.querySelectorAll('form[data-challenge-url]');
        for (var i = 0; i < forms.length; i++) {
            start(forms[i]);
        }
    });
})();
