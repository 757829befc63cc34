package io.github.baozhi.render;

import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and null as JSON the way Python's
 * {@code json.dumps(obj, ensure_ascii=False, indent=N)} does; with {@code inlineNumbers}, a list of
 * numbers (or of such lists, as a polygon) stays on one line.
 */
final class Json {
    private final int indent;
    private final boolean inlineNumbers;
    private final StringBuilder sb = new StringBuilder();

    private Json(int indent, boolean inlineNumbers) {
        this.indent = indent;
        this.inlineNumbers = inlineNumbers;
    }

    static String write(Object o, int indent, boolean inlineNumbers) {
        Json j = new Json(indent, inlineNumbers);
        j.value(o, 0);
        return j.sb.append('\n').toString();
    }

    private void nl(int depth) {
        sb.append('\n');
        for (int i = 0; i < depth * indent; i++) {
            sb.append(' ');
        }
    }

    private static boolean numeric(Object o) {
        if (o instanceof Number) {
            return true;
        }
        if (o instanceof List) {
            for (Object x : (List<?>) o) {
                if (!numeric(x)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private void value(Object o, int depth) {
        if (o == null) {
            sb.append("null");
        } else if (o instanceof String) {
            str((String) o);
        } else if (o instanceof Boolean) {
            sb.append(o.toString());
        } else if (o instanceof Integer || o instanceof Long) {
            sb.append(o.toString());
        } else if (o instanceof Number) {
            double d = ((Number) o).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                sb.append((long) d).append(".0");
            } else {
                sb.append(Double.toString(d));
            }
        } else if (o instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) o;
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                nl(depth + 1);
                str(e.getKey().toString());
                sb.append(": ");
                value(e.getValue(), depth + 1);
            }
            nl(depth);
            sb.append('}');
        } else if (o instanceof List) {
            List<?> l = (List<?>) o;
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            if (inlineNumbers && numeric(l)) {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    value(l.get(i), depth);
                }
                sb.append(']');
                return;
            }
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                nl(depth + 1);
                value(l.get(i), depth + 1);
            }
            nl(depth);
            sb.append(']');
        } else {
            throw new IllegalArgumentException(o.getClass().toString());
        }
    }

    private void str(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
