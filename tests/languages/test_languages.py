"""JavaScript, C++ and Java beside Python, in the real sandbox: verdicts, nodes, design, hostiles.

Programs are data: each row is (language, source, expected verdict). The sources
are small LeetCode-style solutions; the problems are two-sum (bank), reverse a
linked list (``ListNode``), tree depth (``TreeNode``), the LRU cache design
fixture and the add-two fixture (tight limits) for hostile programs.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from interview_kernel import Grader, Verdict, load_problem
from interview_kernel._runtime import types
from interview_kernel.languages import get_language, starter_code

DATA = Path(__file__).parents[1] / "data" / "problems"
ROOT = Path(__file__).resolve().parents[2]
LANGS = ["python", "javascript", "cpp", "java"]

pytestmark = pytest.mark.slow

# -- two-sum: every verdict in every language -------------------------------------------

TWO_SUM = {
    "python": {
        "AC": "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n"
        "        seen = {}\n        for i, x in enumerate(nums):\n"
        "            if target - x in seen:\n                return [seen[target - x], i]\n"
        "            seen[x] = i\n",
        "WA": "def two_sum(nums, target):\n    return [0, 1]\n",
        "CE": "def two_sum(nums, target)\n    return [0, 1]\n",
        "RE": "def two_sum(nums, target):\n    return [nums[10**9]]\n",
        "TLE": "def two_sum(nums, target):\n    while True:\n        pass\n",
        "MLE": "def two_sum(nums, target):\n    hog = []\n    while True:\n"
        "        hog.append(bytearray(1 << 24))\n",
    },
    "javascript": {
        "AC": "var twoSum = function(nums, target) {\n    const seen = new Map();\n"
        "    for (let i = 0; i < nums.length; i++) {\n"
        "        if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n"
        "        seen.set(nums[i], i);\n    }\n};\n",
        "WA": "function twoSum(nums, target) { return [0, 1]; }\n",
        "CE": "var twoSum = function(nums, target) {\n    return [0, 1;\n};\n",
        "RE": "var twoSum = function(nums, target) {\n    return null.x;\n};\n",
        "TLE": "var twoSum = function(nums, target) {\n    for (;;) {}\n};\n",
        "MLE": "var twoSum = function(nums, target) {\n    const hog = [];\n"
        "    for (;;) hog.push(new Array(1e6).fill(1.5));\n};\n",
    },
    "cpp": {
        "AC": "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n"
        "        unordered_map<int, int> seen;\n"
        "        for (int i = 0; i < (int)nums.size(); i++) {\n"
        "            auto it = seen.find(target - nums[i]);\n"
        "            if (it != seen.end()) return {it->second, i};\n"
        "            seen[nums[i]] = i;\n        }\n        return {};\n    }\n};\n",
        "WA": "class Solution {\npublic:\n    vector<int>"
        " twoSum(const vector<int>& nums, int target)"
        " const {\n        return {0, 1};\n    }\n};\n",
        "CE": "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n"
        "        return {0, 1}\n    }\n};\n",
        "RE": "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n"
        "        return {nums.at(1000000000)};\n    }\n};\n",
        "TLE": "class Solution {\npublic:\n    vector<int>"
        " twoSum(vector<int>& nums, int target) {\n"
        "        volatile long x = 0;\n        for (;;) x++;\n    }\n};\n",
        "MLE": "class Solution {\npublic:\n    vector<int>"
        " twoSum(vector<int>& nums, int target) {\n"
        "        vector<vector<int>> hog;\n        for (;;)"
        " hog.emplace_back(1 << 22, 7);\n    }\n};\n",
    },
    "java": {
        "AC": "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
        "        Map<Integer, Integer> seen = new HashMap<>();\n"
        "        for (int i = 0; i < nums.length; i++) {\n"
        "            Integer j = seen.get(target - nums[i]);\n"
        "            if (j != null) return new int[] {j, i};\n"
        "            seen.put(nums[i], i);\n        }\n        return new int[0];\n    }\n}\n",
        "WA": "class Solution {\n    public List<Integer>"
        " twoSum(List<Integer> nums, int target) {\n"
        "        return List.of(0, 1);\n    }\n}\n",
        "CE": "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
        "        return new int[] {0, 1}\n    }\n}\n",
        "RE": "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
        "        return new int[] {nums[1000000000]};\n    }\n}\n",
        "TLE": "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
        "        long x = 0;\n        while (true) x++;\n    }\n}\n",
        "MLE": "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
        "        List<int[]> hog = new ArrayList<>();\n"
        "        while (true) hog.add(new int[1 << 22]);\n    }\n}\n",
    },
}

CASES = [(lang, v) for lang in LANGS for v in ("AC", "WA", "CE", "RE", "TLE", "MLE")]


def _roomy(problem):
    """All four languages, and a run budget that survives a cold compile on a busy machine."""
    limits = problem.limits.model_copy(update={"wall_seconds": 120})
    return problem.model_copy(update={"reference": {x: "" for x in LANGS}, "limits": limits})


@pytest.fixture(scope="module")
def lang_grader():
    with Grader() as g:
        yield g


@pytest.fixture(scope="module")
def lru():
    return load_problem(str(DATA / "lru-cache"))


@pytest.mark.parametrize(("lang", "want"), CASES, ids=[f"{a}-{b}" for a, b in CASES])
def test_two_sum_verdicts(lang_grader, two_sum, lang, want):
    problem = two_sum.model_copy(update={"reference": {x: "" for x in LANGS}})
    r = lang_grader.grade(problem, TWO_SUM[lang][want], language=lang)
    first = r.first_failure
    assert r.verdict.value == want, (r.verdict, first and first.error, r.message, r.compile_output)
    if want == "CE":
        assert r.compile_output and "/opt/interview" not in r.compile_output
        assert "/tmp/work" not in r.compile_output
    if want == "RE":
        assert first is not None and first.error
    # Hidden tests never say more than their verdict and time.
    for t in r.tests:
        if t.hidden:
            assert set(t.to_dict()) == {"name", "hidden", "verdict", "time_ms"}


def test_runtime_errors_are_named(lang_grader, two_sum):
    problem = two_sum.model_copy(update={"reference": {x: "" for x in LANGS}})
    segv = (
        "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n"
        "        volatile int* volatile p = nullptr;\n        *p"
        " = 1;\n        return {};\n    }\n};\n"
    )
    r = lang_grader.grade(problem, segv, language="cpp")
    assert r.verdict is Verdict.RE and "SIGSEGV" in r.first_failure.error
    r = lang_grader.grade(problem, TWO_SUM["java"]["RE"], language="java")
    assert "ArrayIndexOutOfBoundsException" in r.first_failure.error
    assert "line 3" in r.first_failure.error
    r = lang_grader.grade(problem, TWO_SUM["javascript"]["RE"], language="javascript")
    assert r.first_failure.error.startswith("TypeError") and "line 2" in r.first_failure.error
    r = lang_grader.grade(problem, TWO_SUM["cpp"]["RE"], language="cpp")
    assert "out_of_range" in r.first_failure.error


# -- linked lists and trees ----------------------------------------------------------------

REVERSE = {
    "python": "def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:\n"
    "    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n"
    "    return prev\n",
    "javascript": "var reverseList = function(head) {\n    let prev = null;\n"
    "    while (head) { const n = head.next; head.next = prev; prev = head; head = n; }\n"
    "    return prev;\n};\n",
    "cpp": "class Solution {\npublic:\n    ListNode* reverseList(ListNode* head) {\n"
    "        ListNode* prev = nullptr;\n"
    "        while (head) { ListNode* n = head->next; head->next = prev; prev = head; head = n; }\n"
    "        return prev;\n    }\n};\n",
    "java": "class Solution {\n    public ListNode reverseList(ListNode head) {\n"
    "        ListNode prev = null;\n"
    "        while (head != null) { ListNode n = head.next;"
    " head.next = prev; prev = head; head = n; }\n"
    "        return prev;\n    }\n}\n",
}
REVERSE_WRONG = {  # returns the list unchanged, or a cycle
    "python": "def reverse_list(head):\n    return head\n",
    "javascript": "var reverseList = function(head) { return head; };\n",
    "cpp": "class Solution {\npublic:\n    ListNode* reverseList(ListNode* head) {\n"
    "        if (head) head->next = head;\n        return head;\n    }\n};\n",
    "java": "class Solution {\n    public ListNode reverseList(ListNode head) {\n"
    "        return head == null ? null : new ListNode(head.val, new ListNode(-1));\n    }\n}\n",
}
DEPTH = {
    "python": "class Solution:\n    def maxDepth(self, root: Optional[TreeNode]) -> int:\n"
    "        return 0 if root is None else 1 + max(self.maxDepth(root.left),"
    " self.maxDepth(root.right))\n",
    "javascript": "function maxDepth(root) {\n"
    "    return root === null ? 0 : 1 + Math.max(maxDepth(root.left), maxDepth(root.right));\n}\n",
    "cpp": "class Solution {\npublic:\n    int maxDepth(TreeNode* root) {\n"
    "        return root ? 1 + max(maxDepth(root->left), maxDepth(root->right)) : 0;\n    }\n};\n",
    "java": "class Solution {\n    public int maxDepth(TreeNode root) {\n"
    "        return root == null ? 0 : 1 + Math.max(maxDepth(root.left), maxDepth(root.right));\n"
    "    }\n}\n",
}
DEPTH_WRONG = {  # counts only the left spine
    "python": "def max_depth(root):\n    return 0 if root is None else 1 + max_depth(root.left)\n",
    "javascript": "var maxDepth = (root) => root === null ? 0 : 1 + maxDepth(root.left);\n",
    "cpp": "class Solution {\npublic:\n    int maxDepth(TreeNode* root) {\n"
    "        return root ? 1 + maxDepth(root->left) : 0;\n    }\n};\n",
    "java": "class Solution {\n    public int maxDepth(TreeNode root) {\n"
    "        return root == null ? 0 : 1 + maxDepth(root.left);\n    }\n}\n",
}


@pytest.mark.parametrize("lang", LANGS)
def test_linked_list_problem(lang_grader, lang):
    problem = load_problem("reverse-linked-list")
    r = lang_grader.grade(problem, REVERSE[lang], language=lang)
    assert r.verdict is Verdict.AC, (r.first_failure and r.first_failure.error, r.compile_output)
    example = r.tests[0]
    assert example.output == [4, 3, 2, 1] and example.input == {"head": [1, 2, 3, 4]}
    bad = lang_grader.grade(problem, REVERSE_WRONG[lang], language=lang)
    assert bad.verdict in (Verdict.WA, Verdict.RE), bad.first_failure.error
    if lang == "cpp":  # a cycle is caught, not followed forever
        assert bad.verdict is Verdict.RE and "cycle" in bad.first_failure.error


@pytest.mark.parametrize("lang", LANGS)
def test_binary_tree_problem(lang_grader, lang):
    problem = load_problem("maximum-depth-binary-tree")
    r = lang_grader.grade(problem, DEPTH[lang], language=lang)
    assert r.verdict is Verdict.AC, (r.first_failure and r.first_failure.error, r.compile_output)
    bad = lang_grader.grade(problem, DEPTH_WRONG[lang], language=lang)
    assert bad.verdict is Verdict.WA


# -- class design --------------------------------------------------------------------------

LRU_WRONG = {  # never evicts
    "python": "class LRUCache:\n    def __init__(self, capacity):\n        self.d = {}\n"
    "    def get(self, key):\n        return self.d.get(key, -1)\n"
    "    def put(self, key, value):\n        self.d[key] = value\n",
    "javascript": "class LRUCache {\n    constructor(c) { this.d = new Map(); }\n"
    "    get(k) { return this.d.has(k) ? this.d.get(k) : -1; }\n"
    "    put(k, v) { this.d.set(k, v); }\n}\n",
    "cpp": "class LRUCache {\n    map<int, int> d;\npublic:\n    LRUCache(int c) {}\n"
    "    int get(int k) { return d.count(k) ? d[k] : -1; }\n"
    "    void put(int k, int v) { d[k] = v; }\n};\n",
    "java": "class LRUCache {\n    Map<Integer, Integer> d = new HashMap<>();\n"
    "    LRUCache(int c) {}\n    int get(int k) { return d.getOrDefault(k, -1); }\n"
    "    void put(int k, int v) { d.put(k, v); }\n}\n",
}


@pytest.mark.parametrize("lang", LANGS)
def test_design_problem(lang_grader, lru, lang):
    r = lang_grader.grade(lru, lru.reference[lang], language=lang)
    assert r.verdict is Verdict.AC, (r.first_failure and r.first_failure.error, r.compile_output)
    assert r.tests[0].output == [None, None, None, 1, None, -1, None, -1, 3, 4]
    bad = lang_grader.grade(lru, LRU_WRONG[lang], language=lang)
    assert bad.verdict is Verdict.WA


def test_design_starters_follow_the_spec(lru):
    assert "class LRUCache {\npublic:\n    LRUCache(int capacity)" in starter_code(lru, "cpp")
    assert "public void put(int key, int value)" in starter_code(lru, "java")
    assert "LRUCache.prototype.get = function(key)" in starter_code(lru, "javascript")
    assert "def put(self, key: int, value: int) -> None:" in starter_code(lru, "python")
    assert lru.signature.params[0].name == "operations"


# -- hostile programs, per language (add-two: 0.5 s CPU, 256 MB) -----------------------------

HOSTILE = {
    "javascript": {
        "busy_loop": ("var add = function(a, b) { for (;;) {} };", "TLE"),
        "buffer_balloon": (
            "var add = function(a, b) { const h = []; for (;;)"
            " h.push(Buffer.alloc(1 << 26, 1)); };",
            "MLE",
        ),
        "fork_bomb": (
            "var add = function(a, b) {\n"
            "  const cp = process.mainModule.require('child_process');\n"
            "  for (;;) { try { cp.spawn('/bin/sh', ['-c', 'sleep 100']); } catch (e) {} }\n};\n",
            "TLE",
        ),
        "output_flood": (
            "var add = function(a, b) { for (;;) console.log('x'.repeat(1000)); };",
            "OLE",
        ),
        "read_host_files": (
            "var add = function(a, b) {\n  const fs = process.mainModule.require('fs');\n"
            "  const paths = ['/work', '/root/.ssh', '/etc/shadow', '/home', '/root/.bashrc'];\n"
            "  for (const p of paths) {\n"
            "    if (fs.existsSync(p)) throw new Error('host path visible: ' + p);\n  }\n"
            "  return a + b;\n};\n",
            "AC",
        ),
        "stack_overflow": ("var add = function f(a, b) { return f(a, b) + 1; };", "RE"),
        "python_source": ("def add(a, b):\n    return a + b\n", "CE"),
    },
    "cpp": {
        "busy_loop": (
            "class Solution { public: int add(int a, int b) {"
            " volatile int x = 0; for (;;) x++; } };",
            "TLE",
        ),
        "memory_balloon": (
            "class Solution { public: int add(int a, int b) {\n"
            "  vector<char*> h; for (;;) { char* p = new char[1 << 24]; memset(p, 1, 1 << 24);"
            " h.push_back(p); } } };",
            "MLE",
        ),
        "fork_bomb": (
            "class Solution { public: int add(int a, int b) { for (;;) fork(); } };",
            "TLE",
        ),
        "output_flood": (
            "class Solution { public: int add(int a, int b) { for (;;) puts(string(1000, 'x')"
            ".c_str()); } };",
            "OLE",
        ),
        "read_host_files": (
            "#include <sys/stat.h>\nclass Solution { public: int add(int a, int b) {\n"
            "  struct stat st;\n"
            '  for (const char* p : {"/work", "/root/.bashrc", "/home", "/etc/shadow"})'
            " if (stat(p, &st) == 0) throw runtime_error(p);\n  return a + b; } };",
            "AC",
        ),
        "segfault": (
            "class Solution { public: int add(int a, int b) { int* volatile p = nullptr;"
            " return *p; } };",
            "RE",
        ),
        "java_source": ("class Solution { public int add(int a, int b) { return a + b; } }", "CE"),
    },
    "java": {
        "busy_loop": ("class Solution { public int add(int a, int b) { while (true) {} } }", "TLE"),
        "memory_balloon": (
            "class Solution { public int add(int a, int b) {\n"
            "  List<long[]> h = new ArrayList<>(); while (true) h.add(new long[1 << 22]); } }",
            "MLE",
        ),
        "fork_bomb": (
            "class Solution { public int add(int a, int b) {\n"
            '  while (true) { try { new ProcessBuilder("/bin/sleep", "100").start(); }'
            " catch (Exception e) {} } } }",
            # The JVM spins until the CPU limit, or, once the process limit is reached,
            # cannot start a process-reaper thread (OutOfMemoryError: unable to create
            # native thread, not caught by `catch (Exception e)`): which comes first
            # depends on the machine's load. Both are honest verdicts.
            ("TLE", "RE"),
        ),
        "thread_bomb": (
            "class Solution { public int add(int a, int b) {\n"
            "  while (true) new Thread(() -> { try { Thread.sleep(100000); }"
            " catch (Exception e) {} }).start(); } }",
            "RE",
        ),
        "output_flood": (
            "class Solution { public int add(int a, int b) {"
            ' while (true) System.out.println("x".repeat(1000)); } }',
            "OLE",
        ),
        "read_host_files": (
            "class Solution { public int add(int a, int b) {\n"
            '  for (String p : new String[] {"/work", "/root/.bashrc", "/home", "/etc/shadow"})\n'
            "    if (new java.io.File(p).exists()) throw new RuntimeException(p);\n"
            "  return a + b; } }",
            "AC",
        ),
        "stack_overflow": (
            "class Solution { public int add(int a, int b) { return add(a, b) + 1; } }",
            "RE",
        ),
        "cpp_source": (
            "class Solution { public: int add(int a, int b) { return a + b; } };",
            "CE",
        ),
    },
}
HOSTILE_CASES = [(lang, name) for lang, cases in HOSTILE.items() for name in cases]


@pytest.mark.parametrize(
    ("lang", "name"), HOSTILE_CASES, ids=[f"{a}-{b}" for a, b in HOSTILE_CASES]
)
def test_hostile_program(lang_grader, add_two, lang, name):
    problem = _roomy(add_two)
    source, want = HOSTILE[lang][name]
    started = time.monotonic()
    r = lang_grader.grade(problem, source, language=lang)
    first = r.first_failure
    wanted = want if isinstance(want, tuple) else (want,)
    why = (r.verdict, first and first.error, r.message, r.compile_output)
    assert r.verdict.value in wanted, why
    assert time.monotonic() - started < 60
    good = {
        "javascript": "var add = (a, b) => a + b;",
        "cpp": "class Solution { public: int add(int a, int b) { return a + b; } };",
        "java": "class Solution { public int add(int a, int b) { return a + b; } }",
    }[lang]
    assert lang_grader.grade(problem, good, language=lang).verdict is Verdict.AC


# -- the compile cache -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["cpp", "java"])
def test_compile_cache_makes_reruns_fast(lang_grader, two_sum, lang):
    problem = two_sum.model_copy(update={"reference": {x: "" for x in LANGS}})
    source = TWO_SUM[lang]["AC"] + f"\n// cache probe {os.getpid()}\n"
    t0 = time.monotonic()
    first = lang_grader.grade(problem, source, language=lang)
    cold = time.monotonic() - t0
    t0 = time.monotonic()
    second = lang_grader.grade(problem, source, language=lang)
    warm = time.monotonic() - t0
    assert first.verdict is second.verdict is Verdict.AC
    assert warm < cold


def test_a_fresh_grader_does_not_share_a_cache(add_two):
    """Each kernel's cache lives on its own tmpfs: a new grader compiles again, cleanly."""
    problem = _roomy(add_two)
    src = "class Solution { public: int add(int a, int b) { return a + b; } };"
    with Grader() as g:
        assert g.grade(problem, src, language="cpp").verdict is Verdict.AC


# -- pure parts --------------------------------------------------------------------------------


def test_type_layer_round_trips():
    assert str(types.parse("list[list[int]]")) == "list[list[int]]"
    assert types.parse("ListNode").cpp() == "ListNode*"
    assert types.parse("list[int]").java() == "int[]"
    assert types.parse("list[list[int]]").java(returned=True) == "List<List<Integer>>"
    tree = [3, 9, 20, None, None, 15, 7]
    assert (
        types.from_native(types.to_native(tree, types.parse("TreeNode")), types.parse("TreeNode"))
        == tree
    )
    assert (
        types.from_native(types.to_native([], types.parse("TreeNode")), types.parse("TreeNode"))
        == []
    )
    lst = types.parse("ListNode")
    assert types.from_native(types.to_native([1, 2], lst), lst) == [1, 2]
    node = types.ListNode(1)
    node.next = node
    with pytest.raises(ValueError, match="cycle"):
        types.from_native(node, lst)
    with pytest.raises(types.TypeSyntaxError, match="unsupported type"):
        types.parse("dict[str, int]")


def test_languages_are_registered_with_extensions():
    for name, ext in [("javascript", ".js"), ("cpp", ".cpp"), ("java", ".java")]:
        lang = get_language(name)
        assert lang is not None and ext in lang.extensions
    assert get_language("c++").name == "cpp" and get_language("js").name == "javascript"


def test_starter_code_matches_leetcode(two_sum):
    assert "vector<int> twoSum(vector<int>& nums, int target)" in starter_code(two_sum, "cpp")
    assert "public int[] twoSum(int[] nums, int target)" in starter_code(two_sum, "java")
    assert "var twoSum = function(nums, target)" in starter_code(two_sum, "javascript")


def test_a_missing_toolchain_is_a_clear_error(lang_grader, add_two):
    from interview_kernel.errors import ToolchainMissingError
    from interview_kernel.languages.registry import Language, register

    register(Language("cobol", (".cob",), lambda p: "", "COBOL", ("no-such-cobc-xyz",), "apt"))
    try:
        with pytest.raises(ToolchainMissingError, match="COBOL is not installed"):
            lang_grader.grade(add_two, "IDENTIFICATION DIVISION.", language="cobol")
    finally:
        from interview_kernel.languages import registry as languages

        languages._REGISTRY.pop("cobol", None)


def test_design_tests_are_checked(lru):
    from pydantic import ValidationError

    bad = lru.model_dump()
    bad["tests"] = [{**bad["tests"][0], "expected": [None]}]
    with pytest.raises(ValidationError, match="one return per operation"):
        type(lru).model_validate(bad)
