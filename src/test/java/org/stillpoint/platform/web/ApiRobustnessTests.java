package org.stillpoint.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation the OpenAPI document lists, called by each role with ids that do not exist, ids that are not ids,
 * and bodies that are empty, malformed or of the wrong shape: the answer is always a 4xx problem+json, never a 5xx.
 */
@DemoClinicTest
class ApiRobustnessTests {

    private static final List<String> CALLERS = List.of(Demo.OWNER, Demo.DESK, Demo.THERAPIST, Demo.CLIENT);
    private static final List<String> BODIES = List.of("", "{", "[]", "{\"start\":\"yesterday\",\"minutes\":-1}",
            "{\"clientId\":\"not-a-uuid\",\"email\":42,\"kind\":\"NOPE\",\"days\":[1,2]}", "null");

    @Autowired
    MockMvcTester mvc;

    @Test
    void noOperationAnswersAServerErrorToBadInput() throws Exception {
        String docs = mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
        JsonNode paths = JsonMapper.builder().build().readTree(docs).get("paths");
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Iterator<String> methods = path.getValue().propertyNames().iterator(); methods.hasNext(); ) {
                HttpMethod method = HttpMethod.valueOf(methods.next().toUpperCase());
                for (String template : List.of(path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString()),
                        path.getKey().replaceAll("\\{[^}]+}", "not-an-id"))) {
                    for (String caller : CALLERS) {
                        List<String> bodies = method == HttpMethod.GET || method == HttpMethod.DELETE
                                ? List.of("") : BODIES;
                        for (String body : bodies) {
                            MvcTestResult result = mvc.perform(org.springframework.test.web.servlet.request
                                    .MockMvcRequestBuilders.request(method, template + "?from=x&to=&sessionType=1")
                                    .with(Demo.basic(caller)).contentType(MediaType.APPLICATION_JSON).content(body));
                            calls++;
                            int status = result.getResponse().getStatus();
                            if (status >= 500) {
                                failures.add(method + " " + template + " as " + caller + " with '" + body + "' → "
                                        + status);
                            }
                        }
                    }
                }
            }
        }
        assertThat(calls).as("operations called").isGreaterThan(200);
        assertThat(failures).isEmpty();
    }
}
