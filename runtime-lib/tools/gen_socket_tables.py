"""Writes the constant tables of Weft's _socket and select modules from CPython 3.13 on Linux.

Run with CPython 3.13 (PYENV_VERSION=3.13.0 python3 tools/gen_socket_tables.py):
  socket/constants.tsv  NAME<TAB>value for the integer constants _socket defines
                        (families, kinds, options, flags, getaddrinfo codes)
  socket/errors.tsv     errno<TAB>strerror text for the errnos sockets raise, and
                        EAI code<TAB>gai_strerror text for getaddrinfo's failures
  select/constants.tsv  NAME<TAB>value for select's poll/epoll constants
"""
import os
import _socket
import select
import socket
import errno

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.join(HERE, "..", "src", "main", "resources", "dev", "weft", "runtime", "modules")

PREFIXES = ("AF_", "SOCK_", "SOL_", "SO_", "IPPROTO_", "IP_", "IPV6_", "TCP_", "MSG_", "SHUT_", "AI_",
            "NI_", "EAI_", "INADDR_", "SOMAXCONN", "SCM_")

SOCKET_ERRNOS = ("EAGAIN", "EINPROGRESS", "EALREADY", "EISCONN", "ENOTCONN", "ECONNREFUSED", "ECONNRESET",
                 "ECONNABORTED", "EPIPE", "EADDRINUSE", "EADDRNOTAVAIL", "EBADF", "EINVAL", "ENETUNREACH",
                 "EHOSTUNREACH", "ETIMEDOUT", "EAFNOSUPPORT", "EOPNOTSUPP", "ENOTSOCK", "EMSGSIZE",
                 "ENOPROTOOPT", "EPROTONOSUPPORT", "EDESTADDRREQ", "ENOENT", "EACCES", "EINTR", "EEXIST",
                 "EPERM", "ESOCKTNOSUPPORT")

GAI_CODES = ("EAI_NONAME", "EAI_AGAIN", "EAI_FAIL", "EAI_FAMILY", "EAI_SERVICE", "EAI_SOCKTYPE",
             "EAI_ADDRFAMILY", "EAI_BADFLAGS", "EAI_NODATA")


def write(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")


def gai_message(code):
    # gai_strerror is not exposed; these are glibc's texts for the codes.
    return {
        "EAI_NONAME": "Name or service not known",
        "EAI_AGAIN": "Temporary failure in name resolution",
        "EAI_FAIL": "Non-recoverable failure in name resolution",
        "EAI_FAMILY": "ai_family not supported",
        "EAI_SERVICE": "Servname not supported for ai_socktype",
        "EAI_SOCKTYPE": "ai_socktype not supported",
        "EAI_ADDRFAMILY": "Address family for hostname not supported",
        "EAI_BADFLAGS": "Bad value for ai_flags",
        "EAI_NODATA": "No address associated with hostname",
    }[code]


def main():
    rows = [f"{k}\t{v}" for k, v in sorted(vars(_socket).items())
            if isinstance(v, int) and k.startswith(PREFIXES)]
    write(os.path.join(MAIN, "socket", "constants.tsv"), rows)
    errs = [f"{getattr(errno, n)}\t{os.strerror(getattr(errno, n))}" for n in SOCKET_ERRNOS]
    errs += [f"{getattr(_socket, n)}\t{gai_message(n)}" for n in GAI_CODES]
    write(os.path.join(MAIN, "socket", "errors.tsv"), errs)
    sel = [f"{k}\t{v}" for k, v in sorted(vars(select).items()) if isinstance(v, int) and k.isupper()]
    write(os.path.join(MAIN, "select", "constants.tsv"), sel)


if __name__ == "__main__":
    main()
