"""The whiteboard checks on hand-drawn Excalidraw scenes: components, single points of
failure, connected read and write paths, and back-of-envelope numbers."""

from __future__ import annotations

import json
from typing import Any

import pytest

from interview_kernel.interviewer.board import (
    analyze_board,
    check_numbers,
    classify_label,
    expected_numbers,
    read_board,
    stated_numbers,
)
from interview_kernel.interviewer.catalog import load_design_prompt
from interview_kernel.interviewer.design import assess_design


class Scene:
    """Builds an Excalidraw scene the way the editor stores one."""

    def __init__(self) -> None:
        self.elements: list[dict[str, Any]] = []
        self.at = 0

    def box(self, ident: str, label: str, shape: str = "rectangle") -> str:
        x, self.at = self.at, self.at + 300
        self.elements.append(
            {
                "id": ident,
                "type": shape,
                "x": x,
                "y": 0,
                "width": 160,
                "height": 80,
                "boundElements": [{"id": f"{ident}-t", "type": "text"}],
                "version": 3,
            }
        )
        self.elements.append(
            {
                "id": f"{ident}-t",
                "type": "text",
                "x": x + 10,
                "y": 30,
                "width": 140,
                "height": 20,
                "text": label,
                "containerId": ident,
            }
        )
        return ident

    def arrow(self, a: str, b: str, label: str = "", both: bool = False) -> None:
        ident = f"{a}->{b}"
        self.elements.append(
            {
                "id": ident,
                "type": "arrow",
                "x": 0,
                "y": 0,
                "width": 10,
                "height": 0,
                "points": [[0, 0], [10, 0]],
                "startBinding": {"elementId": a, "focus": 0, "gap": 4},
                "endBinding": {"elementId": b, "focus": 0, "gap": 4},
                "startArrowhead": "arrow" if both else None,
                "endArrowhead": "arrow",
            }
        )
        if label:
            self.elements.append(
                {"id": f"{ident}-t", "type": "text", "text": label, "containerId": ident}
            )

    def json(self) -> str:
        return json.dumps({"type": "excalidraw", "elements": self.elements})


def good_design() -> Scene:
    s = Scene()
    s.box("c", "Mobile clients")
    s.box("lb", "Load balancer")
    s.box("app", "App servers x3")
    s.box("cache", "Redis cache")
    s.box("db", "Postgres primary + 2 read replicas", "ellipse")
    s.arrow("c", "lb")
    s.arrow("lb", "app")
    s.arrow("app", "cache")
    s.arrow("app", "db")
    return s


def test_labels_name_components() -> None:
    assert classify_label("Redis cache") == "cache"
    assert classify_label("API Gateway") == "gateway"
    assert classify_label("Kafka topic") == "queue"
    assert classify_label("S3 bucket") == "object_storage"
    assert classify_label("Users (browser)") == "client"
    assert classify_label("CDN") == "cdn"
    assert classify_label("a cloud") is None


def test_a_good_design_draws_every_component_and_connects_both_paths() -> None:
    a = analyze_board(good_design().json())
    assert set(a.components) == {"client", "load_balancer", "service", "cache", "database"}
    assert a.missing == []
    assert all(f.ok for f in a.spofs), a.spofs
    paths = {f.check: f for f in a.paths}
    assert paths["write_path"].ok and paths["read_path"].ok
    assert paths["write_path"].elements[0] == "Mobile clients"
    assert paths["write_path"].elements[-1].startswith("Postgres")
    assert "stranded" not in paths


def test_one_database_without_replica_and_one_bare_server_are_single_points_of_failure() -> None:
    s = Scene()
    s.box("c", "Client")
    s.box("app", "API server")
    s.box("db", "MySQL")
    s.arrow("c", "app")
    s.arrow("app", "db")
    spofs = {f.check: f for f in analyze_board(s.json()).spofs}
    assert not spofs["database"].ok and spofs["database"].elements == ("MySQL",)
    assert not spofs["service"].ok and "nothing in front" in spofs["service"].message


def test_a_load_balancer_in_front_of_one_server_still_asks_for_more_instances() -> None:
    s = Scene()
    s.box("c", "Client")
    s.box("lb", "LB")
    s.box("app", "API server")
    s.box("db", "Cassandra cluster")
    for a, b in (("c", "lb"), ("lb", "app"), ("app", "db")):
        s.arrow(a, b)
    spofs = {f.check: f for f in analyze_board(s.json()).spofs}
    assert spofs["database"].ok
    assert not spofs["service"].ok and spofs["service"].elements == ("LB", "API server")


def test_disconnected_paths_are_reported_with_the_stranded_components() -> None:
    s = Scene()
    s.box("c", "Web client")
    s.box("app", "Services")
    s.box("cache", "Cache")
    s.box("db", "Database with replica")
    s.arrow("c", "app")
    s.arrow("db", "cache")  # drawn the wrong way round, and nothing reaches the store
    a = analyze_board(s.json())
    paths = {f.check: f for f in a.paths}
    assert not paths["write_path"].ok and not paths["read_path"].ok
    assert set(paths["stranded"].elements) == {"Cache", "Database with replica"}


def test_arrow_labels_separate_the_read_path_from_the_write_path() -> None:
    s = Scene()
    s.box("c", "Client")
    s.box("app", "Services")
    s.box("cache", "Cache")
    s.box("db", "DB replicas")
    s.arrow("c", "app")
    s.arrow("app", "db", "writes")
    s.arrow("app", "cache", "reads")
    paths = {f.check: f for f in analyze_board(s.json()).paths}
    assert paths["write_path"].elements == ("Client", "Services", "DB replicas")
    assert paths["read_path"].elements == ("Client", "Services", "Cache")


def test_unbound_arrow_ends_near_a_box_and_free_text_inside_a_box_count() -> None:
    elements = [
        {"id": "a", "type": "rectangle", "x": 0, "y": 0, "width": 100, "height": 50},
        {"id": "b", "type": "rectangle", "x": 300, "y": 0, "width": 100, "height": 50},
        {"id": "ta", "type": "text", "x": 10, "y": 10, "width": 60, "height": 20, "text": "Users"},
        {"id": "tb", "type": "text", "x": 310, "y": 10, "width": 60, "height": 20, "text": "DB"},
        # stops 10 px short of b, starts inside a
        {"id": "ar", "type": "arrow", "x": 90, "y": 25, "points": [[0, 0], [200, 0]]},
        {"id": "gone", "type": "rectangle", "x": 0, "y": 0, "isDeleted": True},
    ]
    board = read_board({"elements": elements})
    assert {n.label for n in board.nodes.values()} == {"Users", "DB"}
    assert [(e.start, e.end) for e in board.edges] == [("a", "b")]


@pytest.mark.parametrize("garbage", ["", "not json", "42", '{"elements": 3}', "[1, null]"])
def test_anything_that_is_not_a_scene_is_an_empty_board(garbage: str) -> None:
    a = analyze_board(garbage)
    assert a.empty and a.node_count == 0


def test_the_prompt_components_set_what_is_expected() -> None:
    a = analyze_board(good_design().json(), ["clients", "CDN", "object storage", "database"])
    assert a.expected == ["client", "cdn", "object_storage", "database"]
    assert a.missing == ["cdn", "object_storage"]
    own = analyze_board(good_design().json(), ["geohash index"])
    assert own.expected == ["geohash_index"] and own.missing == ["geohash_index"]


def test_expected_numbers_follow_from_each_prompts_scale() -> None:
    def rates(prompt_id: str) -> list[int]:
        scale = load_design_prompt(prompt_id).scale
        return [round(e.value) for e in expected_numbers(scale) if e.kind == "rate"]

    assert rates("chat-service") == [23148]  # 50M users x 40 messages / 86,400 s
    assert rates("url-shortener") == [46, 2315]  # 120M links a month; each opened 50 times
    assert rates("ride-hailing") == [250000, 56]  # 1M drivers every 4 s; 200k at the peak hour
    assert rates("rate-limiter") == [500000]
    crawl = expected_numbers(load_design_prompt("web-crawler").scale)
    storage = [e for e in crawl if e.kind == "storage"]
    assert len(storage) == 1 and storage[0].value == pytest.approx(1.5e15, rel=0.01)


def test_stated_numbers_are_read_with_their_units() -> None:
    got = [(s.kind, s.value) for s in stated_numbers("Writes: ~23k msgs/s. Reads 2.3M QPS; 40 TB.")]
    assert got == [("rate", 23e3), ("rate", 2.3e6), ("storage", 40e12)]


def test_numbers_within_the_tolerance_pass_and_far_ones_fail() -> None:
    scale = load_design_prompt("url-shortener").scale
    right = check_numbers("About 50 writes/s and 2,500 redirects per second.", scale)
    assert [c.ok for c in right] == [True, True]
    wrong = check_numbers("About 5 writes/s and 900k redirects per second.", scale)
    assert [c.ok for c in wrong] == [False, False]
    assert check_numbers("no numbers here", scale)[0].stated is None


def test_a_sitting_with_a_good_board_and_right_numbers_beats_the_same_text_alone() -> None:
    prompt = load_design_prompt("url-shortener")
    notes = "## Estimation\nAbout 50 new links/s and 2.5k redirects per second at peak."
    with_board = assess_design(prompt, notes, good_design().json())
    alone = assess_design(prompt, notes, None)
    assert with_board.score > alone.score
    assert with_board.levels["high_level_design"] >= 3
    assert any("Redis cache" in e for e in with_board.diagram["scaling"])
    assert with_board.levels["estimation"] >= 3
    assert with_board.to_dict()["board"]["components"]["cache"] == ["Redis cache"]
    from interview_kernel.scoring import HIRE_SIGNALS

    rank = HIRE_SIGNALS.index
    assert rank(with_board.hire_signal) > rank(alone.hire_signal)  # no API yet: not "hire"


def test_a_single_point_of_failure_caps_reliability() -> None:
    prompt = load_design_prompt("url-shortener")
    s = Scene()
    s.box("c", "Client")
    s.box("app", "Server")
    s.box("db", "Database")
    s.arrow("c", "app")
    s.arrow("app", "db")
    text = "We replicate everything with failover and retries; replicas in two regions."
    a = assess_design(prompt, text, s.json())
    assert a.levels["reliability"] <= 2
    assert any("no replica" in g for g in a.gaps["reliability"])
