package org.stillpoint.support;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** Small helpers for reading API answers in tests. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** The body of an answer as text. */
    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One value by JSON path from an answer's body. */
    public static <T> T read(MvcTestResult result, String path) {
        return read(body(result), path);
    }

    /** Every property name at any depth of the document. */
    public static Set<String> keysIn(String json) {
        Set<String> keys = new TreeSet<>();
        collect(MAPPER.readValue(json, Object.class), keys);
        return keys;
    }

    /** One value by JSON path, for example the {@code id} of something just created. */
    public static <T> T read(String json, String path) {
        return JsonPath.read(json, path);
    }

    private static void collect(Object node, Set<String> keys) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                keys.add(String.valueOf(key));
                collect(value, keys);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, keys));
        }
    }
}
