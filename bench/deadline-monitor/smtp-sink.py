#!/usr/bin/env python3
"""A minimal SMTP server that accepts every mail and keeps only a count (bench only, loopback).

Usage: smtp-sink.py PORT_FILE COUNT_FILE. It listens on a port the system picks and writes it to
PORT_FILE (a port just probed free can still refuse a bind while old connections linger in
TIME-WAIT). The benchmark needs the job's deliver step to talk to a real
SMTP peer; the mail content is not the point, so nothing is stored.
"""
import socketserver
import sys
import threading


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))

    def handle(self):
        self.reply("220 bench-sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode("ascii", "replace").strip().split(" ")[0].upper()
            if verb == "EHLO":
                self.reply("250-bench-sink")
                self.reply("250 8BITMIME")
            elif verb == "DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                while self.rfile.readline() not in (b".\r\n", b".\n", b""):
                    pass
                with Session.lock:
                    Session.delivered += 1
                    with open(COUNT_FILE, "w") as out:
                        out.write(str(Session.delivered))
                self.reply("250 queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")

    delivered = 0
    lock = threading.Lock()


if __name__ == "__main__":
    PORT_FILE, COUNT_FILE = sys.argv[1], sys.argv[2]
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Session) as server:
        with open(PORT_FILE, "w") as out:
            out.write(str(server.server_address[1]))
        server.serve_forever()
