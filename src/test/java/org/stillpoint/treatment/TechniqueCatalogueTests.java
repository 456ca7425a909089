package org.stillpoint.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;

/** The technique catalogue: seeded, readable by anyone, changed by the owner only, with clear refusals. */
@DemoClinicTest
class TechniqueCatalogueTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theSevenTechniquesAreSeededWithTheirAreasPressureHeatAndUseDuringAnAttack() {
        MvcTestResult all = mvc.get().uri("/api/v1/techniques").exchange();

        assertThat(all).hasStatusOk();
        List<String> techniques = Json.read(all, "$[*].technique");
        assertThat(techniques).containsExactly("CRANIOSACRAL", "TRIGGER_POINT", "SWEDISH", "LYMPHATIC_DRAINAGE",
                "MEDICAL_MASSAGE", "REFLEXOLOGY", "HOT_STONE");
        Map<String, Object> hotStone = Json.<List<Map<String, Object>>>read(all, "$[?(@.technique == 'HOT_STONE')]")
                .get(0);
        assertThat(hotStone).containsEntry("heat", true).containsEntry("duringAttack", "NOT_ALLOWED");
        // §6.3: no heat on the head or neck during an attack — hot stone is not used on them at all here.
        assertThat((List<String>) hotStone.get("areas")).doesNotContain("SCALP", "FACE", "SUBOCCIPITALS",
                "POSTERIOR_NECK", "ANTERIOR_NECK");
        assertThat(Json.<List<String>>read(all, "$[?(@.technique == 'REFLEXOLOGY')].areas[*]"))
                .containsExactlyInAnyOrder("HANDS", "FEET");
        assertThat(Json.<List<Integer>>read(all, "$[*].defaultPressure")).allSatisfy(p -> assertThat(p)
                .isBetween(TechniqueCatalogue.LIGHTEST, TechniqueCatalogue.FIRMEST));
        // §8: the catalogue describes the work and claims nothing about migraine.
        assertThat(Json.body(all).toLowerCase()).doesNotContain("cure", "treats migraine", "prevent");
    }

    @Test
    void theOwnerChangesATechniqueAndAStaleVersionIs409() {
        Map<String, Object> swedish = Json.read(mvc.get().uri("/api/v1/techniques/SWEDISH").exchange(), "$");
        Number version = (Number) swedish.get("version");

        MvcTestResult changed = put("SWEDISH", Demo.OWNER, """
                {"description":"Long, slow strokes.","areas":["SHOULDERS","HANDS"],"defaultPressure":1,
                 "heat":false,"duringAttack":"WITH_CARE","attackNote":"Very light.","version":%s}"""
                .formatted(version));

        assertThat(changed).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"technique":"SWEDISH","description":"Long, slow strokes.","defaultPressure":1}""");
        assertThat(Json.<List<String>>read(changed, "$.areas")).containsExactlyInAnyOrder("SHOULDERS", "HANDS");
        assertThat(put("SWEDISH", Demo.OWNER, """
                {"description":"Again.","areas":["SHOULDERS"],"defaultPressure":2,"heat":false,
                 "duringAttack":"WITH_CARE","version":%s}""".formatted(version))).hasStatus(409);
    }

    @Test
    void onlyTheOwnerChangesTheCatalogueAndBadInputNamesEachField() {
        String body = """
                {"description":"","areas":[],"defaultPressure":7,"heat":false,"duringAttack":"WITH_CARE",
                 "version":0}""";
        assertThat(put("TRIGGER_POINT", Demo.DESK, body)).hasStatus(403);
        assertThat(put("TRIGGER_POINT", Demo.THERAPIST, body)).hasStatus(403);

        MvcTestResult refused = put("TRIGGER_POINT", Demo.OWNER, body);
        assertThat(refused).hasStatus(400);
        assertThat(Json.<List<String>>read(refused, "$.errors[*].field"))
                .containsExactlyInAnyOrder("description", "areas", "defaultPressure");
        assertThat(put("TRIGGER_POINT", Demo.OWNER, """
                {"description":"x","areas":["ELBOW"],"defaultPressure":2,"duringAttack":"WITH_CARE","version":0}"""))
                .hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/techniques/NOT_A_TECHNIQUE")).hasStatus(400);
        assertThat(Json.<String>read(mvc.get().uri("/api/v1/techniques/TRIGGER_POINT").exchange(), "$.description"))
                .isNotBlank();
    }

    @Test
    void theOwnersPagesListEditAndShowErrorsBesideTheField() throws Exception {
        var owner = SignIn.as(accounts, Demo.OWNER);
        MvcTestResult list = mvc.get().uri("/admin/techniques").with(owner).exchange();
        assertThat(list).hasStatusOk();
        assertThat(Jsoup.parse(list.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select("#techniques tbody tr")).hasSize(7);

        MvcTestResult form = mvc.get().uri("/admin/techniques/REFLEXOLOGY").with(owner).exchange();
        Document page = Jsoup.parse(form.getResponse().getContentAsString(StandardCharsets.UTF_8));
        String version = page.select("input[name=version]").val();

        MvcTestResult bad = mvc.post().uri("/admin/techniques/REFLEXOLOGY").with(owner).with(csrf())
                .param("description", "Feet and hands.").param("defaultPressure", "2")
                .param("duringAttack", "ALLOWED").param("version", version).exchange();
        assertThat(bad).hasStatusOk();
        Document refused = Jsoup.parse(bad.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.getElementById("areas-error")).as(refused.select("main").text()).isNotNull();

        assertThat(mvc.post().uri("/admin/techniques/REFLEXOLOGY").with(owner).with(csrf())
                .param("description", "Feet and hands.").param("areas", "FEET", "HANDS")
                .param("defaultPressure", "2").param("duringAttack", "ALLOWED").param("version", version))
                .hasStatus3xxRedirection().hasRedirectedUrl("/admin/techniques");
        assertThat(Json.<String>read(mvc.get().uri("/api/v1/techniques/REFLEXOLOGY").exchange(), "$.description"))
                .isEqualTo("Feet and hands.");
        assertThat(mvc.get().uri("/admin/techniques").with(SignIn.as(accounts, Demo.THERAPIST))).hasStatus(403);
    }

    private MvcTestResult put(String technique, String who, String body) {
        return mvc.put().uri("/api/v1/techniques/{t}", technique).with(Demo.basic(who))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
