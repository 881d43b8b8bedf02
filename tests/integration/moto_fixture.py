#!/usr/bin/env python3
"""The moto server the integration tests share: CTest's fixture setup and cleanup.

    moto_fixture.py start STATE_DIR MOTO_SERVER   start a server on a free loopback port
    moto_fixture.py stop STATE_DIR                stop it

`start` writes STATE_DIR/endpoint (http://127.0.0.1:PORT) for the tests, STATE_DIR/pid and
STATE_DIR/moto.log. The recorded process is a small supervisor (`serve`) that owns moto_server: it
stops the server on SIGTERM, when the server exits, and in any case after AWSMODEL_MOTO_LIFETIME
seconds (default 900), so an interrupted CTest run (cleanup never executed) leaves no server behind
for long. The server listens on 127.0.0.1 only.
"""
import os, signal, socket, subprocess, sys, time, urllib.error, urllib.request

START_TIMEOUT = 60.0  # moto imports every backend at start-up; a loaded 2-core machine is slow
STOP_TIMEOUT = 10.0


def free_port():
    # Bind port 0 on loopback and let the kernel pick; another process may take the port before moto
    # binds it, so start() retries with a new port when moto exits early.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers(endpoint):
    try:
        with urllib.request.urlopen(endpoint + "/moto-api/", timeout=2) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError):
        return False


def is_ours(pid):
    """Whether `pid` is still a supervisor this script started (PIDs get reused)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read().split(b"\0")
    except OSError:
        return False
    return any(c.endswith(b"moto_fixture.py") for c in cmd) and b"serve" in cmd


def read_pid(state):
    try:
        with open(os.path.join(state, "pid")) as f:
            return int(f.read().strip())
    except (OSError, ValueError):
        return None


def stop_pid(pid):
    if pid is None or not is_ours(pid):
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT
    while time.monotonic() < deadline and is_ours(pid):
        time.sleep(0.05)
    if is_ours(pid):
        os.kill(pid, signal.SIGKILL)
    return True


def remove_state(state):
    for name in ("endpoint", "pid"):
        try:
            os.remove(os.path.join(state, name))
        except FileNotFoundError:
            pass


def serve(port, moto_server, log_path):
    """The supervisor: runs moto_server and stops it on SIGTERM, on its exit, or at the lifetime."""
    lifetime = float(os.environ.get("AWSMODEL_MOTO_LIFETIME", "900"))
    with open(log_path, "ab") as log:
        server = subprocess.Popen([moto_server, "-H", "127.0.0.1", "-p", str(port)], stdin=subprocess.DEVNULL,
                                  stdout=log, stderr=subprocess.STDOUT)

    def finish(*_):
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        sys.exit(0)

    signal.signal(signal.SIGTERM, finish)
    signal.signal(signal.SIGINT, finish)
    signal.signal(signal.SIGHUP, finish)
    try:
        server.wait(lifetime)
    except subprocess.TimeoutExpired:
        with open(log_path, "a") as log:
            log.write(f"moto_fixture: stopping moto_server after AWSMODEL_MOTO_LIFETIME={lifetime:g} s\n")
    finish()


def start(state, moto_server):
    os.makedirs(state, exist_ok=True)
    # A run that was killed before its cleanup left its supervisor: stop it first.
    if stop_pid(read_pid(state)):
        print("stopped the moto server a previous run left behind")
    remove_state(state)
    log_path = os.path.join(state, "moto.log")
    open(log_path, "w").close()
    began = time.monotonic()
    for attempt in range(1, 6):
        port = free_port()
        endpoint = f"http://127.0.0.1:{port}"
        # A new session: CTest's signals to this script's process group do not reach the server, and
        # no pipe of CTest's stays open in it (CTest waits for those to close).
        sup = subprocess.Popen([sys.executable, os.path.abspath(__file__), "serve", str(port), moto_server, log_path],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True, close_fds=True)
        with open(os.path.join(state, "pid"), "w") as f:
            f.write(f"{sup.pid}\n")
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline and sup.poll() is None and not answers(endpoint):
            time.sleep(0.1)
        if sup.poll() is None and answers(endpoint):
            with open(os.path.join(state, "endpoint"), "w") as f:
                f.write(endpoint + "\n")
            print(f"moto_server answers at {endpoint} (supervisor pid {sup.pid}) after "
                  f"{time.monotonic() - began:.1f} s, attempt {attempt}")
            return 0
        if sup.poll() is None:  # running but silent: do not leave it behind
            stop_pid(sup.pid)
            remove_state(state)
            break
        print(f"moto_server exited at start-up on port {port} (taken meanwhile?); trying another port")
        remove_state(state)
    with open(log_path, errors="replace") as f:
        tail = f.read()[-2000:]
    print(f"moto_server did not answer within {START_TIMEOUT:g} s; its log ({log_path}) ends:\n{tail}", file=sys.stderr)
    return 1


def stop(state):
    pid = read_pid(state)
    stopped = stop_pid(pid)
    remove_state(state)
    print("stopped the moto server" + (f" (supervisor pid {pid})" if stopped else ": none was running"))
    return 0


def main(argv):
    if len(argv) == 4 and argv[1] == "start":
        return start(argv[2], argv[3])
    if len(argv) == 3 and argv[1] == "stop":
        return stop(argv[2])
    if len(argv) == 5 and argv[1] == "serve":
        serve(int(argv[2]), argv[3], argv[4])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
