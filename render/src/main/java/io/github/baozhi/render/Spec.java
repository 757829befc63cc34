package io.github.baozhi.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Strict reading of a page spec's JSON: an unknown key or a wrong type fails loudly with its path. */
final class Spec {
    final JsonNode node;
    final String path;

    Spec(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static IllegalArgumentException fail(String path, String msg) {
        return new IllegalArgumentException("spec " + path + ": " + msg);
    }

    Spec keys(String... allowed) {
        if (!node.isObject()) {
            throw fail(path, "expected an object");
        }
        Set<String> ok = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!ok.contains(k)) {
                throw fail(path, "unknown key '" + k + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        return this;
    }

    boolean has(String k) {
        return node.has(k) && !node.get(k).isNull();
    }

    Spec get(String k) {
        return has(k) ? new Spec(node.get(k), path + "." + k) : null;
    }

    String str(String k, String dflt) {
        if (!has(k)) {
            return dflt;
        }
        JsonNode v = node.get(k);
        if (!v.isTextual()) {
            throw fail(path + "." + k, "expected a string");
        }
        return v.asText();
    }

    String str(String k) {
        String s = str(k, null);
        if (s == null) {
            throw fail(path, "missing '" + k + "'");
        }
        return s;
    }

    double num(String k, double dflt) {
        if (!has(k)) {
            return dflt;
        }
        JsonNode v = node.get(k);
        if (!v.isNumber()) {
            throw fail(path + "." + k, "expected a number");
        }
        return v.asDouble();
    }

    int integer(String k, int dflt) {
        double d = num(k, dflt);
        if (d != Math.rint(d)) {
            throw fail(path + "." + k, "expected an integer");
        }
        return (int) d;
    }

    boolean bool(String k, boolean dflt) {
        if (!has(k)) {
            return dflt;
        }
        JsonNode v = node.get(k);
        if (!v.isBoolean()) {
            throw fail(path + "." + k, "expected true or false");
        }
        return v.asBoolean();
    }

    /** A string or a list of strings (lines). */
    List<String> lines(String k) {
        List<String> out = new ArrayList<>();
        if (!has(k)) {
            return out;
        }
        JsonNode v = node.get(k);
        if (v.isTextual()) {
            out.add(v.asText());
        } else if (v.isArray()) {
            for (JsonNode x : v) {
                if (!x.isTextual()) {
                    throw fail(path + "." + k, "expected strings");
                }
                out.add(x.asText());
            }
        } else {
            throw fail(path + "." + k, "expected a string or a list of strings");
        }
        return out;
    }

    List<Spec> list(String k) {
        List<Spec> out = new ArrayList<>();
        if (!has(k)) {
            return out;
        }
        JsonNode v = node.get(k);
        if (!v.isArray()) {
            throw fail(path + "." + k, "expected a list");
        }
        int i = 0;
        for (JsonNode x : v) {
            out.add(new Spec(x, path + "." + k + "[" + i++ + "]"));
        }
        return out;
    }
}
