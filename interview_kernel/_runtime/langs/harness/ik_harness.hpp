// The C++ worker: JSON in and out, LeetCode conversions, and the test loop.
// Protocol (see ikrt.langs): fd 3 brings an 8-byte big-endian length and a JSON array
// of arguments; fd 4 takes one JSON line per test, written after stdout/stderr are
// flushed. Parameter types come from the candidate's own declaration (member-pointer
// deduction), so `vector<int>&`, `const vector<int>&` or `vector<long long>` all work.
#pragma once

namespace ik {

struct J {
    enum Kind { NUL, BOOL, INT, NUM, STR, ARR, OBJ } k = NUL;
    bool b = false;
    long long i = 0;
    double d = 0;
    std::string s;
    std::vector<J> a;
    std::vector<std::pair<std::string, J>> o;
    const J* get(const char* key) const {
        for (auto& kv : o)
            if (kv.first == key) return &kv.second;
        return nullptr;
    }
};

struct Error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Parser {
    const char* p;
    const char* e;
    void ws() {
        while (p < e && (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')) ++p;
    }
    [[noreturn]] void fail() { throw Error("malformed test input"); }
    J value(int depth = 0) {
        if (depth > 256) fail();
        ws();
        if (p >= e) fail();
        J j;
        char c = *p;
        if (c == '{') {
            j.k = J::OBJ;
            ++p;
            ws();
            if (p < e && *p == '}') { ++p; return j; }
            for (;;) {
                ws();
                J key = value(depth + 1);
                if (key.k != J::STR) fail();
                ws();
                if (p >= e || *p != ':') fail();
                ++p;
                j.o.emplace_back(key.s, value(depth + 1));
                ws();
                if (p < e && *p == ',') { ++p; continue; }
                if (p < e && *p == '}') { ++p; break; }
                fail();
            }
        } else if (c == '[') {
            j.k = J::ARR;
            ++p;
            ws();
            if (p < e && *p == ']') { ++p; return j; }
            for (;;) {
                j.a.push_back(value(depth + 1));
                ws();
                if (p < e && *p == ',') { ++p; continue; }
                if (p < e && *p == ']') { ++p; break; }
                fail();
            }
        } else if (c == '"') {
            j.k = J::STR;
            ++p;
            while (p < e && *p != '"') {
                if (*p == '\\') {
                    ++p;
                    if (p >= e) fail();
                    char x = *p++;
                    switch (x) {
                        case 'n': j.s += '\n'; break;
                        case 't': j.s += '\t'; break;
                        case 'r': j.s += '\r'; break;
                        case 'b': j.s += '\b'; break;
                        case 'f': j.s += '\f'; break;
                        case 'u': {
                            if (e - p < 4) fail();
                            unsigned cp = std::stoul(std::string(p, 4), nullptr, 16);
                            p += 4;
                            if (cp >= 0xD800 && cp <= 0xDBFF && e - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                                unsigned lo = std::stoul(std::string(p + 2, 4), nullptr, 16);
                                p += 6;
                                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                            }
                            if (cp < 0x80) j.s += char(cp);
                            else if (cp < 0x800) { j.s += char(0xC0 | (cp >> 6)); j.s += char(0x80 | (cp & 63)); }
                            else if (cp < 0x10000) {
                                j.s += char(0xE0 | (cp >> 12)); j.s += char(0x80 | ((cp >> 6) & 63));
                                j.s += char(0x80 | (cp & 63));
                            } else {
                                j.s += char(0xF0 | (cp >> 18)); j.s += char(0x80 | ((cp >> 12) & 63));
                                j.s += char(0x80 | ((cp >> 6) & 63)); j.s += char(0x80 | (cp & 63));
                            }
                            break;
                        }
                        default: j.s += x;
                    }
                } else {
                    j.s += *p++;
                }
            }
            if (p >= e) fail();
            ++p;
        } else if (c == 't' && e - p >= 4 && !std::strncmp(p, "true", 4)) {
            j.k = J::BOOL; j.b = true; p += 4;
        } else if (c == 'f' && e - p >= 5 && !std::strncmp(p, "false", 5)) {
            j.k = J::BOOL; p += 5;
        } else if (c == 'n' && e - p >= 4 && !std::strncmp(p, "null", 4)) {
            p += 4;
        } else {
            const char* start = p;
            bool real = false;
            if (p < e && (*p == '-' || *p == '+')) ++p;
            while (p < e && (std::isdigit((unsigned char)*p) || *p == '.' || *p == 'e' || *p == 'E' || *p == '-' || *p == '+')) {
                if (*p == '.' || *p == 'e' || *p == 'E') real = true;
                ++p;
            }
            if (p == start) fail();
            std::string num(start, p);
            j.d = std::strtod(num.c_str(), nullptr);
            if (!real) {
                errno = 0;
                long long v = std::strtoll(num.c_str(), nullptr, 10);
                if (errno == 0) { j.k = J::INT; j.i = v; return j; }
            }
            j.k = J::NUM;
        }
        return j;
    }
};

inline double as_double(const J& j) {
    if (j.k == J::INT) return (double)j.i;
    if (j.k == J::NUM) return j.d;
    if (j.k == J::OBJ) {  // tagged non-finite float
        const J* v = j.get("v");
        if (v && v->k == J::STR) {
            if (v->s == "inf") return HUGE_VAL;
            if (v->s == "-inf") return -HUGE_VAL;
            return NAN;
        }
    }
    throw Error("expected a number in the test input");
}

inline const J& items(const J& j) {
    if (j.k == J::ARR) return j;
    if (j.k == J::OBJ) {  // tagged tuple or set
        const J* v = j.get("v");
        if (v && v->k == J::ARR) return *v;
    }
    throw Error("expected a list in the test input");
}

// -- test data -> C++ values -------------------------------------------------------

template <class T> struct is_vector : std::false_type {};
template <class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};

template <class T> void from(const J& j, T& out);

inline ListNode* make_list(const J& j) {
    if (j.k == J::NUL) return nullptr;
    const J& xs = items(j);
    ListNode* head = nullptr;
    for (size_t n = xs.a.size(); n-- > 0;) {
        ListNode* node = new ListNode(0);
        from(xs.a[n], node->val);
        node->next = head;
        head = node;
    }
    return head;
}

inline TreeNode* make_tree(const J& j) {
    if (j.k == J::NUL) return nullptr;
    const J& xs = items(j);
    if (xs.a.empty() || xs.a[0].k == J::NUL) return nullptr;
    auto mk = [](const J& v) { TreeNode* t = new TreeNode(0); from(v, t->val); t->left = t->right = nullptr; return t; };
    TreeNode* root = mk(xs.a[0]);
    std::deque<TreeNode*> q{root};
    size_t i = 1;
    while (!q.empty() && i < xs.a.size()) {
        TreeNode* cur = q.front();
        q.pop_front();
        if (i < xs.a.size() && xs.a[i].k != J::NUL) { cur->left = mk(xs.a[i]); q.push_back(cur->left); }
        ++i;
        if (i < xs.a.size() && xs.a[i].k != J::NUL) { cur->right = mk(xs.a[i]); q.push_back(cur->right); }
        ++i;
    }
    return root;
}

template <class T> void from(const J& j, T& out) {
    if constexpr (std::is_same_v<T, bool>) {
        if (j.k != J::BOOL) throw Error("expected true or false in the test input");
        out = j.b;
    } else if constexpr (std::is_same_v<T, char>) {
        if (j.k == J::STR && j.s.size() == 1) out = j.s[0];
        else if (j.k == J::INT) out = (char)j.i;
        else throw Error("expected a one-character string in the test input");
    } else if constexpr (std::is_integral_v<T>) {
        if (j.k != J::INT) throw Error("expected an integer in the test input");
        out = (T)j.i;
    } else if constexpr (std::is_floating_point_v<T>) {
        out = (T)as_double(j);
    } else if constexpr (std::is_same_v<T, std::string>) {
        if (j.k != J::STR) throw Error("expected a string in the test input");
        out = j.s;
    } else if constexpr (std::is_same_v<T, ListNode*>) {
        out = make_list(j);
    } else if constexpr (std::is_same_v<T, TreeNode*>) {
        out = make_tree(j);
    } else if constexpr (is_vector<T>::value) {
        out.clear();
        if constexpr (std::is_same_v<typename T::value_type, char>) {
            if (j.k == J::STR) {
                for (char c : j.s) out.push_back(c);
                return;
            }
        }
        const J& xs = items(j);
        out.resize(xs.a.size());
        for (size_t n = 0; n < xs.a.size(); ++n) {
            typename T::value_type v{};
            from(xs.a[n], v);
            out[n] = std::move(v);
        }
    } else {
        static_assert(sizeof(T) == 0, "this parameter type is not supported by the harness");
    }
}

// -- C++ values -> JSON --------------------------------------------------------------

inline void put_str(std::string& o, const std::string& s) {
    o += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': o += "\\\""; break;
            case '\\': o += "\\\\"; break;
            case '\n': o += "\\n"; break;
            case '\t': o += "\\t"; break;
            case '\r': o += "\\r"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    o += buf;
                } else {
                    o += (char)c;
                }
        }
    }
    o += '"';
}

inline void put_double(std::string& o, double d) {
    if (std::isnan(d)) { o += "{\"$t\":\"float\",\"v\":\"nan\"}"; return; }
    if (std::isinf(d)) { o += d > 0 ? "{\"$t\":\"float\",\"v\":\"inf\"}" : "{\"$t\":\"float\",\"v\":\"-inf\"}"; return; }
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    o += buf;
    if (!std::strpbrk(buf, ".eEn")) o += ".0";
}

const size_t MAX_NODES = 1000000;

template <class T> void put(std::string& o, const T& v);

inline void put_list(std::string& o, const ListNode* head) {
    o += '[';
    size_t n = 0;
    for (const ListNode* p = head; p; p = p->next) {
        if (++n > MAX_NODES) throw Error("the returned linked list has a cycle or is too long");
        if (n > 1) o += ',';
        put(o, p->val);
    }
    o += ']';
}

inline void put_tree(std::string& o, const TreeNode* root) {
    std::vector<const TreeNode*> q{root};
    std::vector<std::string> vals;
    for (size_t h = 0; h < q.size(); ++h) {
        if (q.size() > 2 * MAX_NODES + 1) throw Error("the returned tree has a cycle or is too large");
        const TreeNode* t = q[h];
        if (!t) { vals.emplace_back("null"); continue; }
        std::string s;
        put(s, t->val);
        vals.push_back(s);
        q.push_back(t->left);
        q.push_back(t->right);
    }
    while (!vals.empty() && vals.back() == "null") vals.pop_back();
    o += '[';
    for (size_t n = 0; n < vals.size(); ++n) {
        if (n) o += ',';
        o += vals[n];
    }
    o += ']';
}

template <class T> void put(std::string& o, const T& v) {
    if constexpr (std::is_same_v<T, bool>) {
        o += v ? "true" : "false";
    } else if constexpr (std::is_same_v<T, char>) {
        put_str(o, std::string(1, v));
    } else if constexpr (std::is_integral_v<T>) {
        o += std::to_string(v);
    } else if constexpr (std::is_floating_point_v<T>) {
        put_double(o, (double)v);
    } else if constexpr (std::is_convertible_v<const T&, std::string>) {
        put_str(o, std::string(v));
    } else if constexpr (std::is_convertible_v<T, const ListNode*>) {
        put_list(o, v);
    } else if constexpr (std::is_convertible_v<T, const TreeNode*>) {
        put_tree(o, v);
    } else if constexpr (std::is_same_v<T, std::nullptr_t>) {
        o += "null";
    } else {
        o += '[';
        bool first = true;
        for (const auto& x : v) {
            if (!first) o += ',';
            first = false;
            put(o, static_cast<const std::decay_t<decltype(x)>&>(x));
        }
        o += ']';
    }
}

// -- calling the candidate -------------------------------------------------------------

struct Clock {
    double wall = 0, cpu = 0;
    std::chrono::steady_clock::time_point t0;
    timespec c0{};
    void start() {
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
        t0 = std::chrono::steady_clock::now();
    }
    void stop() {
        auto t1 = std::chrono::steady_clock::now();
        timespec c1{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
        wall += std::chrono::duration<double, std::milli>(t1 - t0).count();
        cpu += (c1.tv_sec - c0.tv_sec) * 1e3 + (c1.tv_nsec - c0.tv_nsec) / 1e6;
    }
};

template <class R, class... A, class F, size_t... I>
void apply(F&& f, const J& args, std::string& out, Clock& clk, std::index_sequence<I...>) {
    const J& xs = items(args);
    if (xs.a.size() != sizeof...(A)) throw Error("the function takes a different number of arguments than the test gives");
    std::tuple<std::decay_t<A>...> vals;
    (from(xs.a[I], std::get<I>(vals)), ...);
    if constexpr (std::is_void_v<R>) {
        clk.start();
        f(static_cast<A&&>(std::get<I>(vals))...);
        clk.stop();
        out += "null";
    } else {
        clk.start();
        auto&& r = f(static_cast<A&&>(std::get<I>(vals))...);
        clk.stop();
        put(out, static_cast<const std::decay_t<R>&>(r));
    }
}

template <class C, class R, class... A>
void call(C& obj, R (C::*m)(A...), const J& args, std::string& out, Clock& clk) {
    apply<R, A...>([&](auto&&... a) -> R { return (obj.*m)(std::forward<decltype(a)>(a)...); }, args, out, clk,
                   std::index_sequence_for<A...>{});
}

template <class C, class R, class... A>
void call(C& obj, R (C::*m)(A...) const, const J& args, std::string& out, Clock& clk) {
    apply<R, A...>([&](auto&&... a) -> R { return (obj.*m)(std::forward<decltype(a)>(a)...); }, args, out, clk,
                   std::index_sequence_for<A...>{});
}

template <class C, class R, class... A>
void call(C&, R (*f)(A...), const J& args, std::string& out, Clock& clk) {
    apply<R, A...>([&](auto&&... a) -> R { return f(std::forward<decltype(a)>(a)...); }, args, out, clk,
                   std::index_sequence_for<A...>{});
}

inline bool read_exact(int fd, char* buf, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t k = ::read(fd, buf + got, n - got);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return false;
        got += (size_t)k;
    }
    return true;
}

inline void write_all(int fd, const std::string& s) {
    size_t off = 0;
    while (off < s.size()) {
        ssize_t k = ::write(fd, s.data() + off, s.size() - off);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) std::_Exit(70);
        off += (size_t)k;
    }
}

inline std::string demangle(const char* name) {
    int status = 0;
    char* d = abi::__cxa_demangle(name, nullptr, nullptr, &status);
    std::string out = (status == 0 && d) ? d : name;
    std::free(d);
    return out;
}

inline std::string exception_line(const std::string& type, const std::string& msg) {
    std::string o = "{\"kind\":\"exception\",\"type\":";
    put_str(o, type);
    o += ",\"message\":";
    put_str(o, msg.substr(0, 2000));
    o += ",\"line\":null}";
    return o;
}

// Answer tests until told to stop; `run(args, out, clock)` writes one result value.
template <class F> int serve(F run) {
    for (;;) {
        unsigned char head[8];
        if (!read_exact(3, (char*)head, 8)) return 0;
        uint64_t len = 0;
        for (unsigned char b : head) len = (len << 8) | b;
        if (len == 0) return 0;
        std::string raw(len, '\0');
        if (!read_exact(3, raw.data(), len)) return 0;
        std::string line;
        try {
            Parser ps{raw.data(), raw.data() + raw.size()};
            J args = ps.value();
            std::string().swap(raw);
            std::string value;
            Clock clk;
            run(args, value, clk);
            line = "{\"kind\":\"ok\",\"value\":" + value + ",\"time_ms\":";
            put_double(line, clk.wall);
            line += ",\"call_cpu_ms\":";
            put_double(line, clk.cpu);
            line += '}';
        } catch (const std::bad_alloc& e) {
            line = "{\"kind\":\"mle\",\"message\":\"std::bad_alloc\"}";
        } catch (const std::exception& e) {
            line = exception_line(demangle(typeid(e).name()), e.what());
        } catch (const char* s) {
            line = exception_line("const char*", s);
        } catch (const std::string& s) {
            line = exception_line("std::string", s);
        } catch (int x) {
            line = exception_line("int", std::to_string(x));
        } catch (...) {
            line = exception_line("unknown exception", "");
        }
        std::fflush(stdout);
        std::cout.flush();
        std::cerr.flush();
        write_all(4, line + "\n");
    }
}

}  // namespace ik

namespace ik {

template <class C, class... A, size_t... I>
C* construct_impl(const J& args, Clock& clk, std::index_sequence<I...>) {
    const J& xs = items(args);
    if (xs.a.size() != sizeof...(A)) throw Error("the constructor takes a different number of arguments than the test gives");
    std::tuple<A...> vals;
    (from(xs.a[I], std::get<I>(vals)), ...);
    clk.start();
    C* obj = new C(std::get<I>(vals)...);
    clk.stop();
    return obj;
}

// Construct a class-design object from the test's constructor arguments.
template <class C, class... A> C* construct(const J& args, Clock& clk) {
    return construct_impl<C, A...>(args, clk, std::index_sequence_for<A...>{});
}

inline const J& empty_args() {
    static const J e = [] { J j; j.k = J::ARR; return j; }();
    return e;
}

}  // namespace ik
