// The Java worker: loads the candidate's class, then answers one test per request.
// Protocol (see ikrt.langs): fd 3 brings an 8-byte big-endian length and a JSON array
// of arguments; fd 4 takes one JSON line per test, written after System.out/err are
// flushed. Parameter types come from the candidate's own declaration (reflection), so
// int[] or List<Integer>, char[][] or List<List<String>> are all accepted.
// Usage: java ... IkHarness ENTRY_JSON SOURCE_FILE_NAME

import java.io.DataInputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Queue;

public final class IkHarness {
    static final int MAX_NODES = 1000000;
    static final long STACK_BYTES = 256L << 20;
    static String sourceFile = "Solution.java";

    static final class Fail extends RuntimeException {
        Fail(String m) { super(m); }
    }

    // -- JSON --------------------------------------------------------------------------

    static final class Parser {
        final String s;
        int i;
        Parser(String s) { this.s = s; }
        void ws() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }
        Object value(int depth) {
            if (depth > 256) throw new Fail("test input nested too deeply");
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                Map<String, Object> m = new LinkedHashMap<>();
                ws();
                if (s.charAt(i) == '}') { i++; return m; }
                while (true) {
                    ws();
                    String k = (String) value(depth + 1);
                    ws();
                    i++; // ':'
                    m.put(k, value(depth + 1));
                    ws();
                    if (s.charAt(i++) == '}') return m;
                }
            }
            if (c == '[') {
                i++;
                List<Object> a = new ArrayList<>();
                ws();
                if (s.charAt(i) == ']') { i++; return a; }
                while (true) {
                    a.add(value(depth + 1));
                    ws();
                    if (s.charAt(i++) == ']') return a;
                }
            }
            if (c == '"') {
                StringBuilder b = new StringBuilder();
                i++;
                while (true) {
                    char x = s.charAt(i++);
                    if (x == '"') return b.toString();
                    if (x != '\\') { b.append(x); continue; }
                    char y = s.charAt(i++);
                    switch (y) {
                        case 'n': b.append('\n'); break;
                        case 't': b.append('\t'); break;
                        case 'r': b.append('\r'); break;
                        case 'b': b.append('\b'); break;
                        case 'f': b.append('\f'); break;
                        case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                        default: b.append(y);
                    }
                }
            }
            if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE; }
            if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE; }
            if (s.startsWith("null", i)) { i += 4; return null; }
            int st = i;
            boolean real = false;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                char x = s.charAt(i++);
                if (x == '.' || x == 'e' || x == 'E') real = true;
            }
            String num = s.substring(st, i);
            if (num.isEmpty()) throw new Fail("malformed test input");
            if (!real) {
                try { return Long.parseLong(num); } catch (NumberFormatException e) { return Double.parseDouble(num); }
            }
            return Double.parseDouble(num);
        }
    }

    static void str(StringBuilder o, String s) {
        o.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"': o.append("\\\""); break;
                case '\\': o.append("\\\\"); break;
                case '\n': o.append("\\n"); break;
                case '\t': o.append("\\t"); break;
                case '\r': o.append("\\r"); break;
                default:
                    if (c < 0x20) o.append(String.format("\\u%04x", (int) c));
                    else o.append(c);
            }
        }
        o.append('"');
    }

    static void dbl(StringBuilder o, double d) {
        if (Double.isNaN(d)) o.append("{\"$t\":\"float\",\"v\":\"nan\"}");
        else if (Double.isInfinite(d)) o.append(d > 0 ? "{\"$t\":\"float\",\"v\":\"inf\"}" : "{\"$t\":\"float\",\"v\":\"-inf\"}");
        else o.append(Double.toString(d));
    }

    // -- test data -> Java values -------------------------------------------------------

    static Object unwrap(Object j) {
        if (j instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) j;
            Object tag = m.get("$t");
            Object v = m.get("v");
            if ("float".equals(tag)) {
                return "inf".equals(v) ? Double.POSITIVE_INFINITY : "-inf".equals(v) ? Double.NEGATIVE_INFINITY : Double.NaN;
            }
            if ("tuple".equals(tag) || "set".equals(tag) || "frozenset".equals(tag)) return v;
        }
        return j;
    }

    static List<?> list(Object j) {
        j = unwrap(j);
        if (j == null) return new ArrayList<>();
        if (!(j instanceof List)) throw new Fail("expected a list in the test input");
        return (List<?>) j;
    }

    static Number num(Object j) {
        j = unwrap(j);
        if (!(j instanceof Number)) throw new Fail("expected a number in the test input");
        return (Number) j;
    }

    static boolean hasField(Class<?> c, String name) {
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            try { k.getDeclaredField(name); return true; } catch (NoSuchFieldException e) { /* next */ }
        }
        return false;
    }

    static Field field(Class<?> c, String name) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            try {
                Field f = k.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) { /* next */ }
        }
        throw new Fail(c.getSimpleName() + " has no field " + name);
    }

    static Object node(Class<?> c, Object val) throws Exception {
        Field vf = field(c, "val");
        Object v = convert(val, vf.getGenericType());
        Constructor<?> k = c.getDeclaredConstructor();
        k.setAccessible(true);
        Object n = k.newInstance();
        vf.set(n, v);
        return n;
    }

    static boolean isListNode(Class<?> c) { return hasField(c, "next") && hasField(c, "val"); }
    static boolean isTreeNode(Class<?> c) { return hasField(c, "left") && hasField(c, "right") && hasField(c, "val"); }

    static Object convert(Object j, Type t) throws Exception {
        if (t instanceof ParameterizedType) {
            ParameterizedType pt = (ParameterizedType) t;
            Class<?> raw = (Class<?>) pt.getRawType();
            Type item = pt.getActualTypeArguments()[0];
            Collection<Object> out = (raw == LinkedList.class || raw == Deque.class || raw == Queue.class)
                    ? new LinkedList<>() : new ArrayList<>();
            for (Object x : list(j)) out.add(convert(x, item));
            return out;
        }
        if (!(t instanceof Class)) return j;
        Class<?> c = (Class<?>) t;
        j = unwrap(j);
        if (c == int.class || c == Integer.class) return j == null && c == Integer.class ? null : num(j).intValue();
        if (c == long.class || c == Long.class) return j == null && c == Long.class ? null : num(j).longValue();
        if (c == double.class || c == Double.class) return j == null && c == Double.class ? null : num(j).doubleValue();
        if (c == float.class || c == Float.class) return num(j).floatValue();
        if (c == short.class || c == Short.class) return num(j).shortValue();
        if (c == byte.class || c == Byte.class) return num(j).byteValue();
        if (c == boolean.class || c == Boolean.class) {
            if (!(j instanceof Boolean)) throw new Fail("expected true or false in the test input");
            return j;
        }
        if (c == char.class || c == Character.class) {
            if (j instanceof String && ((String) j).length() == 1) return ((String) j).charAt(0);
            if (j instanceof Number) return (char) ((Number) j).intValue();
            throw new Fail("expected a one-character string in the test input");
        }
        if (c == String.class) {
            if (j != null && !(j instanceof String)) throw new Fail("expected a string in the test input");
            return j;
        }
        if (c.isArray()) {
            Class<?> comp = c.getComponentType();
            if (comp == char.class && j instanceof String) return ((String) j).toCharArray();
            List<?> xs = list(j);
            Object arr = Array.newInstance(comp, xs.size());
            for (int k = 0; k < xs.size(); k++) Array.set(arr, k, convert(xs.get(k), comp));
            return arr;
        }
        if (Collection.class.isAssignableFrom(c) || c == Iterable.class) {
            List<Object> out = new ArrayList<>();
            for (Object x : list(j)) out.add(natural(x));
            return out;
        }
        if (isListNode(c)) {
            Field next = field(c, "next");
            Object head = null;
            List<?> xs = list(j);
            for (int k = xs.size() - 1; k >= 0; k--) {
                Object n = node(c, xs.get(k));
                next.set(n, head);
                head = n;
            }
            return head;
        }
        if (isTreeNode(c)) {
            List<?> xs = list(j);
            if (xs.isEmpty() || xs.get(0) == null) return null;
            Field left = field(c, "left"), right = field(c, "right");
            Object root = node(c, xs.get(0));
            ArrayDeque<Object> q = new ArrayDeque<>();
            q.add(root);
            int k = 1;
            while (!q.isEmpty() && k < xs.size()) {
                Object cur = q.poll();
                if (k < xs.size() && xs.get(k) != null) { Object n = node(c, xs.get(k)); left.set(cur, n); q.add(n); }
                k++;
                if (k < xs.size() && xs.get(k) != null) { Object n = node(c, xs.get(k)); right.set(cur, n); q.add(n); }
                k++;
            }
            return root;
        }
        return natural(j);
    }

    static Object natural(Object j) {
        j = unwrap(j);
        if (j instanceof Long && (Long) j >= Integer.MIN_VALUE && (Long) j <= Integer.MAX_VALUE) return ((Long) j).intValue();
        if (j instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object x : (List<?>) j) out.add(natural(x));
            return out;
        }
        return j;
    }

    // -- Java values -> JSON ------------------------------------------------------------

    static void put(StringBuilder o, Object v, int depth) throws Exception {
        if (depth > 200) throw new Fail("the returned value is nested too deeply");
        if (v == null) { o.append("null"); return; }
        if (v instanceof Boolean) { o.append(((Boolean) v) ? "true" : "false"); return; }
        if (v instanceof Double || v instanceof Float) { dbl(o, ((Number) v).doubleValue()); return; }
        if (v instanceof Number) { o.append(((Number) v).longValue()); return; }
        if (v instanceof Character) { str(o, String.valueOf((char) (Character) v)); return; }
        if (v instanceof String || v instanceof CharSequence) { str(o, v.toString()); return; }
        Class<?> c = v.getClass();
        if (c.isArray()) {
            o.append('[');
            int n = Array.getLength(v);
            for (int k = 0; k < n; k++) {
                if (k > 0) o.append(',');
                put(o, Array.get(v, k), depth + 1);
            }
            o.append(']');
            return;
        }
        if (v instanceof Iterable) {
            o.append('[');
            boolean first = true;
            for (Object x : (Iterable<?>) v) {
                if (!first) o.append(',');
                first = false;
                put(o, x, depth + 1);
            }
            o.append(']');
            return;
        }
        if (v instanceof Map) {
            o.append("{\"$t\":\"dict\",\"v\":[");
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!first) o.append(',');
                first = false;
                o.append('[');
                put(o, e.getKey(), depth + 1);
                o.append(',');
                put(o, e.getValue(), depth + 1);
                o.append(']');
            }
            o.append("]}");
            return;
        }
        if (isListNode(c)) { putList(o, v); return; }
        if (isTreeNode(c)) { putTree(o, v); return; }
        throw new Fail("cannot return a value of type " + c.getSimpleName() + "; return plain data");
    }

    static void putList(StringBuilder o, Object head) throws Exception {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        o.append('[');
        boolean first = true;
        for (Object n = head; n != null; n = field(n.getClass(), "next").get(n)) {
            if (seen.put(n, Boolean.TRUE) != null) throw new Fail("the returned linked list has a cycle");
            if (seen.size() > MAX_NODES) throw new Fail("the returned linked list is too long");
            if (!first) o.append(',');
            first = false;
            put(o, field(n.getClass(), "val").get(n), 1);
        }
        o.append(']');
    }

    static void putTree(StringBuilder o, Object root) throws Exception {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        List<String> vals = new ArrayList<>();
        ArrayDeque<Object[]> q = new ArrayDeque<>();
        q.add(new Object[] {root});
        while (!q.isEmpty()) {
            Object n = q.poll()[0];
            if (n == null) { vals.add("null"); continue; }
            if (seen.put(n, Boolean.TRUE) != null) throw new Fail("the returned tree has a cycle or a shared node");
            if (seen.size() > MAX_NODES) throw new Fail("the returned tree is too large");
            StringBuilder b = new StringBuilder();
            Class<?> c = n.getClass();
            put(b, field(c, "val").get(n), 1);
            vals.add(b.toString());
            q.add(new Object[] {field(c, "left").get(n)});
            q.add(new Object[] {field(c, "right").get(n)});
        }
        int end = vals.size();
        while (end > 0 && vals.get(end - 1).equals("null")) end--;
        o.append('[').append(String.join(",", vals.subList(0, end))).append(']');
    }

    // -- calling the candidate ----------------------------------------------------------

    static String camel(String name) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : name.toCharArray()) {
            if (c == '_') { up = true; continue; }
            b.append(up ? Character.toUpperCase(c) : c);
            up = false;
        }
        return b.toString();
    }

    static Method findMethod(Class<?> c, List<String> names, int arity) {
        for (String n : names) {
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                for (Method m : k.getDeclaredMethods()) {
                    if (m.getName().equals(n) && m.getParameterCount() == arity && !m.isSynthetic()) {
                        m.setAccessible(true);
                        return m;
                    }
                }
            }
        }
        return null;
    }

    static Object[] args(Executable e, List<?> xs) throws Exception {
        Type[] ts = e.getGenericParameterTypes();
        if (ts.length != xs.size()) throw new Fail("the method takes " + ts.length + " arguments; the test gives " + xs.size());
        Object[] out = new Object[ts.length];
        for (int k = 0; k < ts.length; k++) out[k] = convert(xs.get(k), ts[k]);
        return out;
    }

    static boolean isNodeType(String t) {
        String s = t.replace(" ", "").toLowerCase();
        return s.equals("listnode") || s.equals("treenode") || s.equals("optional[listnode]") || s.equals("optional[treenode]");
    }

    static double elapsed;

    static Object timed(Executable e, Object obj, Object[] a) throws Throwable {
        long t0 = System.nanoTime();
        try {
            if (e instanceof Constructor) return ((Constructor<?>) e).newInstance(a);
            return ((Method) e).invoke(obj, a);
        } catch (InvocationTargetException ex) {
            throw ex.getCause();
        } finally {
            elapsed += (System.nanoTime() - t0) / 1e6;
        }
    }

    @SuppressWarnings("unchecked")
    static String runTest(Map<String, Object> entry, List<?> argv) throws Throwable {
        StringBuilder o = new StringBuilder();
        Object design = entry.get("design");
        if (design instanceof Map) {
            Map<String, Object> d = (Map<String, Object>) design;
            Class<?> c = Class.forName((String) d.get("class_name"));
            List<?> ops = list(argv.get(0)), al = list(argv.get(1));
            Map<String, String> rets = new java.util.HashMap<>();
            for (Object mo : list(d.get("methods"))) {
                Map<String, Object> m = (Map<String, Object>) mo;
                String r = String.valueOf(m.get("returns"));
                rets.put((String) m.get("name"), r);
                rets.put(camel((String) m.get("name")), r);
            }
            Object obj = null;
            o.append('[');
            for (int k = 0; k < ops.size(); k++) {
                if (k > 0) o.append(',');
                List<?> a = k < al.size() ? list(al.get(k)) : new ArrayList<>();
                String op = (String) ops.get(k);
                if (k == 0) {
                    Constructor<?> found = null;
                    for (Constructor<?> ctor : c.getDeclaredConstructors()) {
                        if (ctor.getParameterCount() == a.size()) found = ctor;
                    }
                    if (found == null) throw new Fail(c.getSimpleName() + " has no constructor taking " + a.size() + " arguments");
                    found.setAccessible(true);
                    obj = timed(found, null, args(found, a));
                    o.append("null");
                    continue;
                }
                Method m = findMethod(c, List.of(op, camel(op)), a.size());
                if (m == null) throw new Fail(c.getSimpleName() + " has no method " + op + " taking " + a.size() + " arguments");
                Object r = timed(m, obj, args(m, a));
                String rt = rets.getOrDefault(op, "any");
                if (m.getReturnType() == void.class) o.append("null");
                else if (r == null && isNodeType(rt)) o.append("[]");
                else put(o, r, 0);
            }
            o.append(']');
            return o.toString();
        }
        String name = (String) entry.get("name"), cam = (String) entry.get("camel");
        Class<?> c = Class.forName("Solution");
        Method m = findMethod(c, List.of(cam == null ? name : cam, name), argv.size());
        if (m == null) throw new Fail("class Solution has no method " + (cam == null ? name : cam) + " taking " + argv.size() + " arguments");
        Object obj = null;
        if (!Modifier.isStatic(m.getModifiers())) {
            Constructor<?> k = c.getDeclaredConstructor();
            k.setAccessible(true);
            obj = k.newInstance();
        }
        Object r = timed(m, obj, args(m, argv));
        if (r == null && isNodeType(String.valueOf(entry.get("returns")))) o.append("[]");
        else put(o, r, 0);
        return o.toString();
    }

    static String describe(Throwable e) {
        boolean threads = String.valueOf(e.getMessage()).contains("native thread");
        if (e instanceof OutOfMemoryError && !threads) return "{\"kind\":\"mle\",\"message\":\"java.lang.OutOfMemoryError\"}";
        if (e instanceof ExceptionInInitializerError && e.getCause() != null) e = e.getCause();
        Integer line = null;
        for (StackTraceElement el : e.getStackTrace()) {
            if (sourceFile.equals(el.getFileName())) { line = el.getLineNumber(); break; }
        }
        StringBuilder o = new StringBuilder("{\"kind\":\"exception\",\"type\":");
        str(o, e.getClass().getSimpleName());
        o.append(",\"message\":");
        String msg = e.getMessage() == null ? "" : e.getMessage();
        str(o, msg.length() > 2000 ? msg.substring(0, 2000) : msg);
        o.append(",\"line\":").append(line == null ? "null" : line.toString()).append('}');
        return o.toString();
    }

    @SuppressWarnings("unchecked")
    static void serve(String entryJson) throws Exception {
        Map<String, Object> entry = (Map<String, Object>) new Parser(entryJson).value(0);
        DataInputStream in = new DataInputStream(new FileInputStream("/proc/self/fd/3"));
        OutputStream out = new FileOutputStream("/proc/self/fd/4");
        while (true) {
            long len;
            try { len = in.readLong(); } catch (IOException e) { return; }
            if (len <= 0) return;
            byte[] raw = new byte[(int) len];
            in.readFully(raw);
            String line;
            elapsed = 0;
            try {
                List<?> argv = list(new Parser(new String(raw, StandardCharsets.UTF_8)).value(0));
                raw = null;
                String value = runTest(entry, argv);
                StringBuilder o = new StringBuilder("{\"kind\":\"ok\",\"value\":");
                o.append(value).append(",\"time_ms\":");
                dbl(o, elapsed);
                line = o.append('}').toString();
            } catch (Throwable e) {
                line = describe(e);
            }
            System.out.flush();
            System.err.flush();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    public static void main(String[] argv) throws Exception {
        final String entry = argv[0];
        if (argv.length > 1) sourceFile = argv[1];
        Thread t = new Thread(null, () -> {
            try {
                serve(entry);
            } catch (Throwable e) {
                e.printStackTrace();
                Runtime.getRuntime().halt(70);
            }
            Runtime.getRuntime().halt(0);
        }, "main", STACK_BYTES);
        t.start();
        t.join();
    }
}
