"""Serves a directory on 127.0.0.1 at a free port with a Content-Security-Policy header on every
response, writes the port to PORT_FILE once it listens, and appends each requested path to
LOG_FILE.

Usage: python3 serve.py DIRECTORY PORT_FILE CSP LOG_FILE
"""
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    csp = ""
    log = ""

    def end_headers(self):
        self.send_header("Content-Security-Policy", self.csp)
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass

    def do_GET(self):
        with open(self.log, "a", encoding="utf-8") as log:
            log.write(self.path + "\n")
        super().do_GET()


def main(directory, port_file, csp, log):
    Handler.csp, Handler.log = csp, log
    handler = functools.partial(Handler, directory=directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        with open(port_file, "w") as out:
            out.write(str(server.server_address[1]))
        server.serve_forever()


if __name__ == "__main__":
    main(*sys.argv[1:])
