# The single-server case: `interview serve` (the app, the API and the grading
# service) on port 5100, the store in /app/memory, imported problem sets and
# caches in /app/data. See deploy/docker/README.md: bubblewrap needs user
# namespaces, so the container runs with seccomp and AppArmor relaxed (compose.yaml).
#
#   docker build -t interview .
#   docker compose up            # or: docker compose --profile postgres up
#
# Not built on the machine this was written on (no Docker engine there);
# tests/deploy/test_docker.py checks the files statically.

FROM python:3.11-slim-bookworm

# bubblewrap + setpriv (util-linux): the sandbox; g++, a JDK, Node: the graded
# languages (C++, Java, JavaScript); npm builds the editor bundle once.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      bubblewrap util-linux g++ default-jdk-headless nodejs npm ca-certificates tini \
 && rm -rf /var/lib/apt/lists/*

ENV VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1
# /opt/venv (mode 755) is readable by the unprivileged uid the sandbox drops to.
RUN python -m venv /opt/venv && pip install --upgrade pip

WORKDIR /app
# The front-end bundles first (changes to Python code do not rebuild them).
COPY widgets/js/package.json widgets/js/package-lock.json widgets/js/build.mjs widgets/js/
COPY widgets/js/src widgets/js/src
RUN npm ci --prefix widgets/js --no-audit --no-fund \
 && npm run build --prefix widgets/js \
 && rm -rf widgets/js/node_modules /root/.npm

COPY pyproject.toml README.md ./
COPY interview_kernel interview_kernel
COPY widgets widgets
COPY notebooks notebooks
COPY problems problems
COPY deploy/jupyterhub/singleuser_config.py deploy/jupyterhub/
# Editable, as `make run`: problems/ and notebooks/ are found beside the package.
# [hub] adds jupyterhub-singleuser, so the same image is the Kubernetes user pod
# (deploy/kubernetes/values.yaml), where it runs as uid 1000 (jovyan).
RUN pip install -e '.[postgres,hub]' \
 && mkdir -p memory data/problems \
 && interview problems list --json >/dev/null \
 && useradd --create-home --uid 1000 --gid 100 --shell /bin/bash jovyan

# memory/: the store (SQLite, unless INTERVIEW_DB_URL names PostgreSQL).
# data/: problem sets you import (`interview problems import ... --into data/problems`)
# and the parsed-problem cache; the bank in the image comes first.
ENV INTERVIEW_PROBLEMS=/app/problems:/app/data/problems \
    INTERVIEW_CACHE_DIR=/app/data/cache
VOLUME ["/app/memory", "/app/data"]
EXPOSE 5100

# INTERVIEW_TOKEN from the environment (compose passes it through); without
# one `interview serve` makes a token up and prints it in the log.
# Alive when the server answers at all (401 without the token is an answer).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD python -c "import http.client as h; c = h.HTTPConnection('127.0.0.1', 5100, timeout=4); c.request('GET', '/interview/api/openapi.json'); c.getresponse()"
ENTRYPOINT ["tini", "--"]
CMD ["interview", "serve", "--host", "0.0.0.0", "--port", "5100"]
