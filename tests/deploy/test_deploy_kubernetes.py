"""The Zero to JupyterHub values file, checked without a cluster (none on this machine).

It must parse, run the image the Dockerfile builds with the hub recipe's config,
take the store's URL from a Secret, cull idle servers, bound each pod, and give
the pod exactly the settings deploy/kubernetes/bubblewrap.md says bwrap needs:
nothing privileged, no added capability.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from interview_kernel import settings

ROOT = Path(__file__).resolve().parents[2]
IMAGE_ROOT = "/app/"


@pytest.fixture(scope="module")
def values() -> dict:
    return yaml.safe_load((ROOT / "deploy/kubernetes/values.yaml").read_text())


def in_image(path: str) -> Path:
    """The project file an absolute path in the image comes from."""
    assert path.startswith(IMAGE_ROOT), path
    return ROOT / path.removeprefix(IMAGE_ROOT)


def test_the_user_pod_runs_the_recipe_from_the_image(values):
    su = values["singleuser"]
    cmd = su["cmd"]
    assert cmd[0] == "jupyterhub-singleuser"
    [config] = [a.split("=", 1)[1] for a in cmd if a.startswith("--config=")]
    assert in_image(config) == ROOT / "deploy/jupyterhub/singleuser_config.py"
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "COPY deploy/jupyterhub/singleuser_config.py" in dockerfile
    assert "hub" in re.search(r"pip install -e '\.\[([a-z,]+)\]'", dockerfile).group(1)
    assert in_image(su["notebookDir"]).joinpath("interview.ipynb").is_file()
    recipe = (ROOT / "deploy/jupyterhub/singleuser_config.py").read_text()
    assert f'default_url = "{su["defaultUrl"]}"' in recipe


def test_the_store_url_comes_from_a_secret_and_the_env_is_known(values):
    env = values["singleuser"]["extraEnv"]
    ref = env["INTERVIEW_DB_URL"]["valueFrom"]["secretKeyRef"]
    assert ref["name"] and ref["key"]
    known = {s.name for s in settings.SETTINGS}
    for name in env:
        assert name in known or name == "JUPYTER_PATH", name
    assert in_image(env["JUPYTER_PATH"]).joinpath("voila/templates/interview").is_dir()
    for path in env["INTERVIEW_PROBLEMS"].split(":"):
        assert in_image(path).is_dir()


def test_idle_servers_are_culled_and_pods_are_bounded(values):
    assert values["cull"]["enabled"] is True and values["cull"]["timeout"] > 0
    su = values["singleuser"]
    assert su["cpu"]["limit"] and su["memory"]["limit"]
    assert su["storage"]["type"] == "none"


def test_bubblewrap_gets_what_it_needs_and_nothing_privileged(values):
    su = values["singleuser"]
    sc = values["hub"]["config"]["KubeSpawner"]["container_security_context"]
    assert sc["privileged"] is False and sc["allowPrivilegeEscalation"] is False
    assert sc["capabilities"] == {"drop": ["ALL"]} and "add" not in sc["capabilities"]
    assert sc["runAsNonRoot"] is True and sc["runAsUser"] == su["uid"] == 1000
    assert "--uid 1000" in (ROOT / "Dockerfile").read_text()
    seccomp = sc["seccompProfile"]
    assert seccomp["type"] == "Localhost"
    profile = Path(seccomp["localhostProfile"]).name
    assert (ROOT / "deploy/seccomp" / profile).is_file()
    assert sc["appArmorProfile"]["type"] in ("Unconfined", "Localhost")
    assert sc["procMount"] == "Unmasked" and su["extraPodConfig"]["hostUsers"] is False
    page = (ROOT / "deploy/kubernetes/bubblewrap.md").read_text()
    for term in ("user.max_user_namespaces", "CLONE_NEWUSER", "procMount", "hostUsers"):
        assert term in page, term
